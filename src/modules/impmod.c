/*
 * impmod.c: the _imp module, the low-level questions importlib and test helpers ask the
 * import system: which names are built-in (C modules, src/modules/modtab.c) or frozen
 * (src/modules/frozen.h), the import lock (safepy runs one thread: never held) and the
 * extension suffixes (none: safepy loads no shared objects).
 *
 * Invariant: every answer comes from the same tables the importer itself consults, so
 * _imp and `import` never disagree about a name.
 */
#include "frozen.h"
#include "import.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

// The one str argument of [fname], or VAL_NULL with CPython's TypeError.
static Value name_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!args_count(I, args, kwnames, fname, 1, 1)) return VAL_NULL;
    Value n = vview_get(args, 0);
    if (!str_check(n))
        return exc_raise(I, TY_TYPE_ERROR, "%s() argument must be str, not %s", fname,
                         n == I->none ? "None" : obj_type_name(I, n));
    return n;
}

static Value imp_lock_held(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_imp.lock_held", 0, 0)) return VAL_NULL;
    Value depth = dict_get_cstr(I, I->scratch, "_imp.lock");
    return depth != VAL_NULL && val_small(depth) > 0 ? I->true_ : I->false_;
}

// The import lock is only counted (one thread): acquire_lock() adds one, release_lock()
// takes one away and refuses when there is none, as CPython's for its own thread.
static Value lock_add(Interp *I, int delta) {
    Value depth = dict_get_cstr(I, I->scratch, "_imp.lock");
    intptr_t n = depth != VAL_NULL ? val_small(depth) : 0;
    if (n + delta < 0) return exc_raise(I, TY_RUNTIME_ERROR, "not holding the import lock");
    if (!dict_set_cstr(I, I->scratch, "_imp.lock", val_from_small(n + delta))) return VAL_NULL;
    return I->none;
}

static Value imp_acquire_lock(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_imp.acquire_lock", 0, 0)) return VAL_NULL;
    return lock_add(I, 1);
}

static Value imp_release_lock(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_imp.release_lock", 0, 0)) return VAL_NULL;
    return lock_add(I, -1);
}

// 1 for a C module, -1 for the two that cannot be initialised again (sys, builtins, as
// CPython answers), 0 for anything else.
static Value imp_is_builtin(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value n = name_arg(I, args, kwnames, "is_builtin");
    if (n == VAL_NULL) return VAL_NULL;
    BView v = str_view(n);
    if (bview_eq_cstr(v, "sys") || bview_eq_cstr(v, "builtins")) return val_from_small(-1);
    Value names = modtab_names(I);
    if (names == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < list_len(names); i++)
        if (bview_eq(str_view(list_get(names, i)), v)) return val_from_small(1);
    return val_from_small(0);
}

static Value imp_is_frozen(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value n = name_arg(I, args, kwnames, "is_frozen");
    if (n == VAL_NULL) return VAL_NULL;
    return import_frozen_index(str_view(n)) >= 0 ? I->true_ : I->false_;
}

static Value imp_is_frozen_package(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value n = name_arg(I, args, kwnames, "is_frozen_package");
    if (n == VAL_NULL) return VAL_NULL;
    int64_t i = import_frozen_index(str_view(n));
    if (i < 0) return exc_raise(I, TY_IMPORT_ERROR, "No such frozen object named %R", n);
    return frozen_modules[i].is_package ? I->true_ : I->false_;
}

static Value imp_frozen_names(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_frozen_module_names", 0, 0)) return VAL_NULL;
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; frozen_modules[i].name != NULL; i++) {
        Value s = str_from_cstr(I, frozen_modules[i].name);
        if (s == VAL_NULL || !list_append(I, l, s)) return VAL_NULL;
    }
    return tuple_from_view(I, list_view(l));
}

// get_frozen_object(name, data=None): the code of a frozen module (runpy runs it in a
// namespace of its own; FrozenImporter.get_code returns it).
static Value imp_get_frozen_object(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "get_frozen_object", 1, 2)) return VAL_NULL;
    Value n = vview_get(args, 0);
    if (!str_check(n))
        return exc_raise(I, TY_TYPE_ERROR, "get_frozen_object() argument 1 must be str, not %s",
                         obj_type_name(I, n));
    Value data = vview_get(args, 1);
    if (data != VAL_NULL && data != I->none)
        return exc_raise(I, TY_IMPORT_ERROR, "No such frozen object named %R", n);
    return import_frozen_code(I, n);
}

static Value imp_extension_suffixes(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "extension_suffixes", 0, 0)) return VAL_NULL;
    return list_new(I, 0);
}

// _fix_co_filename(code, path) and _override_frozen_modules_for_tests(override): nothing
// to do here (code objects name their file when compiled; the frozen table is fixed).
static Value imp_fix_co_filename(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_fix_co_filename", 2, 2)) return VAL_NULL;
    return I->none;
}

static Value imp_override_frozen(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_override_frozen_modules_for_tests", 1, 1)) return VAL_NULL;
    return I->none;
}

static const MethodDef imp_functions[] = {
    {"lock_held", imp_lock_held, 0, "Return True if the import lock is currently held, else False."},
    {"acquire_lock", imp_acquire_lock, 0, "Acquires the interpreter's import lock for the current thread."},
    {"release_lock", imp_release_lock, 0, "Release the interpreter's import lock."},
    {"is_builtin", imp_is_builtin, 0, "Returns True if the module name corresponds to a built-in module."},
    {"is_frozen", imp_is_frozen, 0, "Returns True if the module name corresponds to a frozen module."},
    {"is_frozen_package", imp_is_frozen_package, 0, "Returns True if the module name is of a frozen package."},
    {"_frozen_module_names", imp_frozen_names, 0, "Returns the list of available frozen modules."},
    {"get_frozen_object", imp_get_frozen_object, 0, "Create a code object for a frozen module."},
    {"extension_suffixes", imp_extension_suffixes, 0, "Returns the list of file suffixes used to identify extension modules."},
    {"_fix_co_filename", imp_fix_co_filename, 0, "Changes code.co_filename to specify the passed-in file path."},
    {"_override_frozen_modules_for_tests", imp_override_frozen, 0, "(internal-only) Override PyConfig.use_frozen_modules."},
    {NULL, NULL, 0, NULL},
};

bool impmod_init(Interp *I, Value m) {
    return module_add_functions(I, m, imp_functions) &&
           module_add_str(I, m, "check_hash_based_pycs", "default");
}
