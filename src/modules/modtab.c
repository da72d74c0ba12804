/*
 * modtab.c: the table of C modules and their loading (see modtab.h).
 */
#include "modtab.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"

// Sorted by name (code points, as Python sorts strs): sys.builtin_module_names is this
// list plus "builtins" and "sys", sorted at start-up, which is then a few comparisons.
static const BuiltinModule builtin_modules[] = {
    {"_ast", astmod_init},
    {"_bisect", bisectmod_init},
    {"_blake2", hashlibmod_builtin_init},
    {"_collections", collectionsmod_init},
    {"_functools", functoolsmod_init},
    {"_hashlib", hashlibmod_init},
    {"_heapq", heapqmod_init},
    {"_imp", impmod_init},
    {"_io", iomod_mem_init},
    {"_itertools", itertoolsmod_init},
    {"_json", jsonmod_init},
    {"_md5", hashlibmod_builtin_init},
    {"_os", osmod_init},
    {"_random", randommod_init},
    {"_re", remod_init},
    {"_sha1", hashlibmod_builtin_init},
    {"_sha256", hashlibmod_builtin_init},
    {"_sha3", hashlibmod_builtin_init},
    {"_sha512", hashlibmod_builtin_init},
    {"_signal", signalmod_init},
    {"_struct", structmod_init},
    {"_traceback", tbmod_init},
    {"_weakref", weakrefmod_init},
    {"array", arraymod_init},
    {"binascii", binasciimod_init},
    {"cmath", cmathmod_init},
    {"errno", errnomod_init},
    {"gc", gcmod_init},
    {"marshal", marshalmod_init},
    {"math", mathmod_init},
    {"operator", operatormod_init},
    {"time", timemod_init},
    {"unicodedata", unicodedatamod_init},
    {"zlib", zlibmod_init},
    {NULL, NULL},
};

static const BuiltinModule *entry_at(size_t i) { return &builtin_modules[i]; }

Value modtab_load(Interp *I, Value fullname, bool *found) {
    *found = false;
    BView name = str_view(fullname);
    for (size_t i = 0; entry_at(i)->name != NULL; i++) {
        const BuiltinModule *e = entry_at(i);
        if (!bview_eq_cstr(name, e->name)) continue;
        *found = true;
        Value m = module_new(I, fullname);
        if (m == VAL_NULL || !dict_set(I, I->modules, fullname, m)) return VAL_NULL;
        if (!e->init(I, m)) {
            Value exc = I->exc;
            I->exc = VAL_NULL;
            (void)dict_del(I, I->modules, fullname);
            I->exc = exc;
            return VAL_NULL;
        }
        return m;
    }
    return VAL_NULL;
}

Value modtab_names(Interp *I) {
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; entry_at(i)->name != NULL; i++) {
        Value s = str_intern_cstr(I, entry_at(i)->name);
        if (s == VAL_NULL || !list_append(I, l, s)) return VAL_NULL;
    }
    return l;
}
