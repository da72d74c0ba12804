/*
 * func.h: Python functions, builtin (C) functions, bound methods and closure cells.
 */
#ifndef SAFEPY_VM_FUNC_H
#define SAFEPY_VM_FUNC_H

#include "../objects/interp.h"

typedef struct FuncObject {
    Obj h;               /* h.dict: function attributes */
    Value code;          /* CodeObject */
    Value globals;       /* dict */
    Value name, qualname, module, doc;
    Value defaults;      /* tuple or VAL_NULL */
    Value kwdefaults;    /* dict or VAL_NULL */
    Value closure;       /* tuple of cells or VAL_NULL */
    Value annotations;   /* dict or VAL_NULL */
} FuncObject;
OBJ_CAST_FN(func_cast, FuncObject, K_FUNC)

typedef struct CFuncObject {
    Obj h;
    CFunc fn;
    Value self;          /* bound object, or VAL_NULL */
    Value name;          /* str */
    Value qualname;      /* str or VAL_NULL ("list.append") */
    Value module;        /* str or VAL_NULL */
    const char *doc;
    uint32_t mflags;     /* METH_* */
    Type *owner;         /* type that defined it (method descriptors), or NULL */
} CFuncObject;
OBJ_CAST_FN(cfunc_cast, CFuncObject, K_CFUNC)

/* __text_signature__ of builtin function or method descriptor [self]: CPython's text
 * signature of the function (textsig.h), or None. */
Value cfunc_text_signature(Interp *I, Value self);

typedef struct MethodObject {
    Obj h;
    Value func;
    Value self;
} MethodObject;
OBJ_CAST_FN(method_cast, MethodObject, K_METHOD)

typedef struct CellObject {
    Obj h;
    Value v;             /* VAL_NULL when empty */
} CellObject;
OBJ_CAST_FN(cell_cast, CellObject, K_CELL)

/* A Python function from [code] (verified here: raises if it is malformed). */
Value func_new(Interp *I, Value code, Value globals, Value qualname);

/* A builtin function named [name] calling [fn] with [self] bound (VAL_NULL: none). */
Value cfunc_new(Interp *I, const char *name, CFunc fn, Value self);

/* A method descriptor of builtin type [owner] (a CFuncObject with self unbound). */
Value cfunc_new_method(Interp *I, Type *owner, const MethodDef *def);

/* A bound method. */
Value method_new(Interp *I, Value func, Value self);

/* A slot wrapper (wrapper_descriptor [descr]) bound to [self]: a method-wrapper, the same
 * layout as a bound method with its own type name, repr and attributes (as CPython's). */
Value method_wrapper_new(Interp *I, Value descr, Value self);

Value cell_new(Interp *I, Value v);

/* Builtin types defined in func.c (code_spec is declared in code.h; method_descriptor,
 * the type of cfunc_new_method's results, is the core's descr.c). */
extern const TypeSpec function_spec;         /* TY_FUNCTION */
extern const TypeSpec builtin_function_spec; /* TY_BUILTIN_FUNCTION */
extern const TypeSpec method_spec;           /* TY_METHOD: bound methods */
extern const TypeSpec method_wrapper_spec;   /* TY_METHOD_WRAPPER: bound slot wrappers */
extern const TypeSpec cell_spec;             /* TY_CELL */

#endif
