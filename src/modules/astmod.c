/*
 * astmod.c: the `_ast` module: class AST (its constructor sets fields from positional and
 * keyword arguments, as CPython's) and every node class of CPython 3.11, made from the
 * class table of compiler/ast_export.c; the PyCF_* flags; compile()'s AST output.
 *
 * Invariant: the classes, the per-NodeKind (class, _fields) tuple and the shared operator
 * / context instances are made once per interpreter and kept in I->scratch, so trees
 * made by compile() are always instances of the classes `_ast` exports (even when the
 * module is imported again, or its attributes are rebound by a program).
 */
#include "astmod.h"

#include "../compiler/ast_export.h"
#include "../compiler/ast_import.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "import.h"
#include "modtab.h"

#define CLASSES_KEY "_ast.classes"       // dict: class name -> class
#define KINDS_KEY "_ast.kinds"           // tuple by NodeKind: (class, _fields)
#define SINGLETONS_KEY "_ast.singletons" // dict: class name -> shared instance

/* ---- class AST ---- */

static int ast_init(Interp *I, Value self, ValView args, Value kwnames) {
    size_t nkw = kwnames == VAL_NULL ? 0 : tuple_len(kwnames);
    size_t npos = args.n - nkw;
    Type *t = type_of(I, self);
    Value fields = obj_lookup_attr(I, obj_val(t), str_intern_cstr(I, "_fields"));
    if (fields == VAL_NULL && I->exc != VAL_NULL) return -1;
    int64_t nfields = 0;
    if (fields != VAL_NULL) {
        nfields = obj_len(I, fields);
        if (nfields < 0) return -1;
    }
    if ((int64_t)npos > nfields) {
        exc_raise(I, TY_TYPE_ERROR, "%s constructor takes at most %d positional argument%s",
                  type_name_cstr(I, t), (int)nfields, nfields == 1 ? "" : "s");
        return -1;
    }
    for (size_t i = 0; i < npos; i++) {
        Value name = obj_getitem(I, fields, val_from_small((intptr_t)i));
        if (name == VAL_NULL || obj_setattr(I, self, name, vview_get(args, i)) < 0) return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        Value key = tuple_get(kwnames, k);
        for (size_t i = 0; i < npos; i++) {
            Value name = obj_getitem(I, fields, val_from_small((intptr_t)i));
            if (name == VAL_NULL) return -1;
            int eq = obj_eq(I, name, key);
            if (eq < 0) return -1;
            if (eq) {
                exc_raise(I, TY_TYPE_ERROR, "%s got multiple values for argument '%S'",
                          type_name_cstr(I, t), key);
                return -1;
            }
        }
        if (obj_setattr(I, self, key, vview_get(args, npos + k)) < 0) return -1;
    }
    return 0;
}

// __reduce__: (type(self), (), self.__dict__), so copy and pickle rebuild nodes.
static Value ast_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    Value cls = obj_val(type_of(I, self));
    Value d = obj_lookup_attr(I, self, str_intern_cstr(I, "__dict__"));
    if (d == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return tuple_pack(I, 2, cls, tuple_new(I, 0));
    }
    return tuple_pack(I, 3, cls, tuple_new(I, 0), d);
}

// AST.__new__ ignores its arguments (CPython's generic allocation; __init__ reads them):
// a subclass's own __new__ may pass its arguments on, as ast.Num's does.
static Value ast_class_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return interp_type(I, TY_OBJECT)->new_(I, t, vview_make(NULL, 0), VAL_NULL);
}

static const MethodDef ast_methods[] = {
    {"__reduce__", ast_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec ast_spec = {
    .name = "ast.AST",
    .inst_kind = K_OBJECT,
    .inst_size = sizeof(Obj),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .new_ = ast_class_new,
    .init = ast_init,
    .methods = ast_methods,
};

/* ---- building the classes ---- */

// The names of the fields [spec] (Python.asdl's "type name" pairs separated by ", ", as
// in "expr* elts, expr? value") as a tuple of interned str; the optional ones (type
// ending in '?') also become None entries of namespace [ns].
static Value field_names(Interp *I, const char *spec, Value ns) {
    BView all = bview_cstr(spec);
    size_t n = all.n == 0 ? 0 : 1;
    for (size_t i = 0; i < all.n; i++)
        if (bview_get(all, i) == ',') n++;
    Value t = tuple_new(I, n);
    if (t == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    for (size_t k = 0; k < n; k++) {
        int64_t comma = bview_find_byte(all, ',', pos);
        size_t end = comma < 0 ? all.n : (size_t)comma;
        BView field = bview_slice(all, pos, end);
        int64_t sp = bview_find_byte(field, ' ', 0);
        if (sp <= 0) return exc_raise(I, TY_SYSTEM_ERROR, "_ast: bad field '%s'", spec);
        bool optional = bview_get(field, (size_t)sp - 1) == '?';
        Value s = str_new(I, bview_slice(field, (size_t)sp + 1, field.n));
        if (s == VAL_NULL || (s = str_intern(I, s)) == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, k, s);
        if (optional && !dict_set(I, ns, s, I->none)) return VAL_NULL;
        pos = end + 2; // past ", "
    }
    return t;
}

// "Name(fields)", or "Name" for a class without fields.
static bool add_signature(Interp *I, StrBuilder *sb, const AstClassDef *def) {
    if (!sb_add_cstr(I, sb, def->name)) return false;
    if (bview_cstr(def->fields).n == 0) return true;
    return sb_add_cstr(I, sb, "(") && sb_add_cstr(I, sb, def->fields) && sb_add_cstr(I, sb, ")");
}

// The __doc__ of class [index] (CPython's ASDL text): its signature, or for an abstract
// class the signatures of its subclasses ("expr = BoolOp(...)\n     | NamedExpr(...)",
// on one line when none has fields: "cmpop = Eq | NotEq | ..."). VAL_NULL for AST.
static Value class_doc(Interp *I, size_t index) {
    const AstClassDef *def = ast_class_def(index);
    if (def->base == NULL) return VAL_NULL;
    bool abstract = false, fieldless = true;
    for (size_t i = index + 1; i < ast_class_count(); i++) {
        const AstClassDef *sub = ast_class_def(i);
        if (sub->base == NULL || !bview_eq_cstr(bview_cstr(sub->base), def->name)) continue;
        abstract = true;
        fieldless = fieldless && bview_cstr(sub->fields).n == 0;
    }
    StrBuilder sb;
    sb_init(&sb);
    if (!abstract) return add_signature(I, &sb, def) ? sb_finish(I, &sb) : VAL_NULL;
    if (!sb_add_cstr(I, &sb, def->name) || !sb_add_cstr(I, &sb, " =")) return VAL_NULL;
    bool first = true;
    for (size_t i = index + 1; i < ast_class_count(); i++) {
        const AstClassDef *sub = ast_class_def(i);
        if (sub->base == NULL || !bview_eq_cstr(bview_cstr(sub->base), def->name)) continue;
        if (!first && !fieldless) {
            // the '|' under the '='
            if (!sb_add_cstr(I, &sb, "\n")) return VAL_NULL;
            for (size_t k = bview_cstr(def->name).n; k > 0; k--)
                if (!sb_add_cstr(I, &sb, " ")) return VAL_NULL;
        }
        if (!sb_add_cstr(I, &sb, first ? " " : " | ") || !add_signature(I, &sb, sub))
            return VAL_NULL;
        first = false;
    }
    return sb_finish(I, &sb);
}

// The namespace of class [index]: __module__, __doc__, _fields, __match_args__ and, for
// classes with positions, _attributes and the optional end positions (None).
static Value namespace_of(Interp *I, size_t index) {
    const AstClassDef *def = ast_class_def(index);
    Value ns = dict_new(I);
    if (ns == VAL_NULL || !dict_set_cstr(I, ns, "__module__", str_intern_cstr(I, "ast")))
        return VAL_NULL;
    if (def->base != NULL) {
        Value doc = class_doc(I, index);
        if (doc == VAL_NULL || !dict_set_cstr(I, ns, "__doc__", doc)) return VAL_NULL;
    }
    Value fields = field_names(I, def->fields, ns);
    if (fields == VAL_NULL || !dict_set_cstr(I, ns, "_fields", fields) ||
        !dict_set_cstr(I, ns, "__match_args__", fields))
        return VAL_NULL;
    if (def->positions != AST_POS_NONE) {
        Value attrs = field_names(I, def->positions == AST_POS_ALL
                                         ? "int lineno, int col_offset, int end_lineno, "
                                           "int end_col_offset"
                                         : "int lineno, int col_offset, int? end_lineno, "
                                           "int? end_col_offset",
                                  ns);
        if (attrs == VAL_NULL || !dict_set_cstr(I, ns, "_attributes", attrs)) return VAL_NULL;
    } else if (def->base == NULL || bview_eq_cstr(bview_cstr(def->base), "AST")) {
        if (!dict_set_cstr(I, ns, "_attributes", tuple_new(I, 0))) return VAL_NULL;
    }
    return ns;
}

// True for the classes whose nodes are shared instances: operators and contexts.
static bool is_singleton_class(const AstClassDef *def) {
    static const char *const bases[] = {"expr_context", "boolop", "operator", "unaryop",
                                        "cmpop"};
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++)
        if (def->base != NULL && bview_eq_cstr(bview_cstr(def->base), bases[i])) return true;
    return false;
}

// Class AST: the C type, with the namespace entries its subclasses have.
static Value make_ast_class(Interp *I) {
    Type *t = type_from_spec(I, &ast_spec, NULL);
    if (t == NULL) return VAL_NULL;
    Value ns = namespace_of(I, 0);
    size_t pos = 0;
    Value k, v;
    while (ns != VAL_NULL && dict_next(ns, &pos, &k, &v))
        if (!dict_set(I, t->h.dict, k, v)) return VAL_NULL;
    if (ns == VAL_NULL) return VAL_NULL;
    type_modified(I, t);
    return obj_val(t);
}

// Makes every class, the NodeKind table and the shared instances; stores them in
// I->scratch.
static bool build_classes(Interp *I) {
    Value classes = dict_new(I), singletons = dict_new(I);
    Value ast = make_ast_class(I);
    if (classes == VAL_NULL || singletons == VAL_NULL || ast == VAL_NULL ||
        !dict_set_cstr(I, classes, "AST", ast))
        return false;
    Type *meta = interp_type(I, TY_TYPE);
    for (size_t i = 1; i < ast_class_count(); i++) {
        const AstClassDef *def = ast_class_def(i);
        Value base = dict_get_cstr(I, classes, def->base);
        Value ns = namespace_of(I, i);
        Value name = str_intern_cstr(I, def->name);
        Value bases = base == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, base);
        if (ns == VAL_NULL || name == VAL_NULL || bases == VAL_NULL) {
            if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "_ast: bad class table");
            return false;
        }
        Value cls = type_new(I, meta, name, bases, ns, vview_make(NULL, 0), VAL_NULL);
        if (cls == VAL_NULL || !dict_set(I, classes, name, cls)) return false;
        if (is_singleton_class(def)) {
            Value inst = obj_call(I, cls, vview_make(NULL, 0), VAL_NULL);
            if (inst == VAL_NULL || !dict_set(I, singletons, name, inst)) return false;
        }
    }
    Value kinds = tuple_new(I, AST__COUNT);
    if (kinds == VAL_NULL) return false;
    for (int k = 0; k < AST__COUNT; k++) {
        Value entry = I->none;
        if (k != AST_IDENTIFIER) {
            Value cls = dict_get_cstr(I, classes, ast_kind_name(k));
            Value fields = cls == VAL_NULL ? VAL_NULL
                                           : dict_get_cstr(I, obj_ptr(cls)->dict, "_fields");
            entry = fields == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, cls, fields);
            if (entry == VAL_NULL) {
                if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "_ast: no class %s",
                                                  ast_kind_name(k));
                return false;
            }
        }
        tuple_init_item(kinds, (size_t)k, entry);
    }
    return dict_set_cstr(I, I->scratch, CLASSES_KEY, classes) &&
           dict_set_cstr(I, I->scratch, KINDS_KEY, kinds) &&
           dict_set_cstr(I, I->scratch, SINGLETONS_KEY, singletons);
}

bool astmod_init(Interp *I, Value m) {
    Value classes = dict_get_cstr(I, I->scratch, CLASSES_KEY);
    if (classes == VAL_NULL) {
        if (!build_classes(I)) return false;
        classes = dict_get_cstr(I, I->scratch, CLASSES_KEY);
        if (classes == VAL_NULL) return false;
    }
    for (size_t i = 0; i < ast_class_count(); i++) {
        const char *name = ast_class_def(i)->name;
        Value cls = dict_get_cstr(I, classes, name);
        if (cls == VAL_NULL || !module_add_value(I, m, name, cls)) return false;
    }
    return module_add_int(I, m, "PyCF_ONLY_AST", ASTMOD_ONLY_AST) &&
           module_add_int(I, m, "PyCF_TYPE_COMMENTS", 0x1000) &&
           module_add_int(I, m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000);
}

/* ---- compile() ---- */

Value astmod_parse(Interp *I, BView src, Value filename, CompileMode mode, uint32_t flags) {
    if (import_module_cstr(I, "_ast") == VAL_NULL) return VAL_NULL;
    Node *mod = compile_parse(I, src, filename, mode, flags);
    if (mod == NULL) return VAL_NULL;
    Value kinds = dict_get_cstr(I, I->scratch, KINDS_KEY);
    Value singletons = dict_get_cstr(I, I->scratch, SINGLETONS_KEY);
    if (kinds == VAL_NULL || singletons == VAL_NULL)
        return exc_raise(I, TY_SYSTEM_ERROR, "_ast: module state missing");
    return ast_export(I, mod, kinds, singletons);
}

Value astmod_compile(Interp *I, Value tree, Value filename, CompileMode mode, uint32_t flags,
                     int optimize) {
    Value kinds = dict_get_cstr(I, I->scratch, KINDS_KEY);
    Value classes = dict_get_cstr(I, I->scratch, CLASSES_KEY);
    if (kinds == VAL_NULL || classes == VAL_NULL)
        return exc_raise(I, TY_SYSTEM_ERROR, "_ast: module state missing");
    Node *mod = ast_import(I, tree, (int)mode, kinds, classes);
    if (mod == NULL) return VAL_NULL;
    return compile_tree(I, mod, bview_cstr(""), filename, mode, flags, optimize);
}

bool astmod_is_ast(Interp *I, Value v) {
    Value classes = dict_get_cstr(I, I->scratch, CLASSES_KEY);
    Value ast = classes == VAL_NULL ? VAL_NULL : dict_get_cstr(I, classes, "AST");
    Type *t = ast == VAL_NULL ? NULL : type_cast(ast);
    return t != NULL && type_is_subtype(type_of(I, v), t);
}
