/*
 * modexc.h: exception classes defined by C modules (struct.error, binascii.Error, ...).
 * A class is created once when its module is initialised, bound in the module and
 * remembered in I->scratch under a key, so the module's C functions (which may run with
 * any self) find it again with modexc_get.
 */
#ifndef SAFEPY_MODULES_MODEXC_H
#define SAFEPY_MODULES_MODEXC_H

#include "../objects/interp.h"

/* Creates class [name] (bases: [base], a type) with __module__ [modname], binds it in
 * module [m] under [name] and in I->scratch under [key]; when [key] already holds a class
 * (the module is initialised again) binds that one instead. NULL with an exception on
 * failure. */
Type *modexc_new_class(Interp *I, Value m, const char *modname, const char *name, Type *base,
                       const char *key);

/* The class stored under [key] (TY_VALUE_ERROR's type when missing). */
Type *modexc_get(Interp *I, const char *key);

#endif
