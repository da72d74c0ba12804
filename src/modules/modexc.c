/*
 * modexc.c: exception classes of C modules (see modexc.h). The classes are ordinary
 * classes built by type_new, so they behave exactly like ones defined in Python.
 */
#include "modexc.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

Type *modexc_new_class(Interp *I, Value m, const char *modname, const char *name, Type *base,
                       const char *key) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return NULL;
    }
    // A module initialised again (importlib.reload, import_fresh_module) binds the class
    // it made the first time: its C functions raise the class found under [key], so a new
    // class would not be the one `except module.error` names in code that imported it
    // before.
    Value known = dict_get_cstr(I, I->scratch, key);
    if (known == VAL_NULL && I->exc != VAL_NULL) return NULL;
    if (type_cast(known) != NULL) return module_add_value(I, m, name, known) ? type_cast(known) : NULL;
    Value ns = dict_new(I);
    Value nm = str_from_cstr(I, name);
    Value mod = str_from_cstr(I, modname);
    if (ns == VAL_NULL || nm == VAL_NULL || mod == VAL_NULL) return NULL;
    if (!dict_set_cstr(I, ns, "__module__", mod)) return NULL;
    Value bases = tuple_pack(I, 1, obj_val(base));
    if (bases == VAL_NULL) return NULL;
    Value cls = type_new(I, I->types[TY_TYPE], nm, bases, ns, vview_make(NULL, 0), VAL_NULL);
    if (cls == VAL_NULL) return NULL;
    if (!module_add_value(I, m, name, cls)) return NULL;
    if (!dict_set_cstr(I, I->scratch, key, cls)) return NULL;
    return type_cast(cls);
}

Type *modexc_get(Interp *I, const char *key) {
    Value cls = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, key) : VAL_NULL;
    Type *t = type_cast(cls);
    if (t == NULL) {
        if (I->exc != VAL_NULL) exc_clear(I);
        return I->types[TY_VALUE_ERROR];
    }
    return t;
}
