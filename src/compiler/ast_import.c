/*
 * ast_import.c: compile() of an AST object. Converts `_ast` node objects back into the
 * parser's tree (ast.h) so that the normal symtable / codegen path compiles it.
 *
 * Table-driven like ast_export: `specs` gives, per NodeKind, the type of each field in
 * _fields order; one generic reader converts the field values (TypeError for a missing
 * field or a value of the wrong type, as CPython's obj2ast), `store` puts them in the
 * node's union member, and `validate` applies CPython 3.11's validator (ValueError for
 * bad contexts, empty bodies, positions...). Each node is checked right after its fields
 * are read, so a tree with several faults may report another one first than CPython.
 *
 * Invariant: every tree returned satisfies ast.h's invariant (required fields non-NULL,
 * list lengths that go together equal), as the parser's trees do: codegen relies on it.
 * Depth is bounded by the C stack check, so cyclic and very deep trees raise
 * RecursionError.
 */
#include "ast_import.h"

#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* Field types, one token per field of _fields: a code letter, then '?' (optional) or
 * '*' (a list). e expr (Load context), S expr (Store), D expr (Del), x expr (the context
 * the node itself was asked for: elements of List/Tuple/Starred), y expr whose context is
 * not checked (NamedExpr.target, as CPython 3.11), s stmt, p pattern,
 * P pattern where a MatchStar may be (MatchSequence.patterns), h excepthandler, t type_ignore, a arguments, g arg, k keyword, l alias, w withitem,
 * m match_case, c comprehension, i identifier, z string, n int, K constant, O operator,
 * B boolop, U unaryop, C cmpop, X expr_context. */
static const char *const specs[AST__COUNT] = {
    [AST_MODULE] = "s* t*",
    [AST_INTERACTIVE] = "s*",
    [AST_EXPRESSION] = "e",
    [AST_FUNCTION_DEF] = "i a s* e* e? z?",
    [AST_ASYNC_FUNCTION_DEF] = "i a s* e* e? z?",
    [AST_CLASS_DEF] = "i e* k* s* e*",
    [AST_RETURN] = "e?",
    [AST_DELETE] = "D*",
    [AST_ASSIGN] = "S* e z?",
    [AST_AUG_ASSIGN] = "S O e",
    [AST_ANN_ASSIGN] = "S e e? n",
    [AST_FOR] = "S e s* s* z?",
    [AST_ASYNC_FOR] = "S e s* s* z?",
    [AST_WHILE] = "e s* s*",
    [AST_IF] = "e s* s*",
    [AST_WITH] = "w* s* z?",
    [AST_ASYNC_WITH] = "w* s* z?",
    [AST_MATCH] = "e m*",
    [AST_RAISE] = "e? e?",
    [AST_TRY] = "s* h* s* s*",
    [AST_TRY_STAR] = "s* h* s* s*",
    [AST_ASSERT] = "e e?",
    [AST_IMPORT] = "l*",
    [AST_IMPORT_FROM] = "i? l* n?",
    [AST_GLOBAL] = "i*",
    [AST_NONLOCAL] = "i*",
    [AST_EXPR] = "e",
    [AST_PASS] = "",
    [AST_BREAK] = "",
    [AST_CONTINUE] = "",
    [AST_BOOL_OP] = "B e*",
    [AST_NAMED_EXPR] = "y e",
    [AST_BIN_OP] = "e O e",
    [AST_UNARY_OP] = "U e",
    [AST_LAMBDA] = "a e",
    [AST_IF_EXP] = "e e e",
    [AST_DICT] = "e* e*",
    [AST_SET] = "e*",
    [AST_LIST_COMP] = "e c*",
    [AST_SET_COMP] = "e c*",
    [AST_DICT_COMP] = "e e c*",
    [AST_GENERATOR_EXP] = "e c*",
    [AST_AWAIT] = "e",
    [AST_YIELD] = "e?",
    [AST_YIELD_FROM] = "e",
    [AST_COMPARE] = "e C* e*",
    [AST_CALL] = "e e* k*",
    [AST_FORMATTED_VALUE] = "e n e?",
    [AST_JOINED_STR] = "e*",
    [AST_CONSTANT] = "K z?",
    [AST_ATTRIBUTE] = "e i X",
    [AST_SUBSCRIPT] = "e e X",
    [AST_STARRED] = "x X",
    [AST_NAME] = "i X",
    [AST_LIST] = "x* X",
    [AST_TUPLE] = "x* X",
    [AST_SLICE] = "e? e? e?",
    [AST_COMPREHENSION] = "S e e* n",
    [AST_EXCEPT_HANDLER] = "e? i? s*",
    [AST_ARGUMENTS] = "g* g* g? g* e* g? e*",
    [AST_ARG] = "i e? z?",
    [AST_KEYWORD] = "i? e",
    [AST_ALIAS] = "i i?",
    [AST_WITHITEM] = "e S?",
    [AST_MATCH_CASE] = "p e? s*",
    [AST_MATCH_VALUE] = "e",
    [AST_MATCH_SINGLETON] = "K",
    [AST_MATCH_SEQUENCE] = "P*",
    [AST_MATCH_MAPPING] = "e* p* i?",
    [AST_MATCH_CLASS] = "e p* i* p*",
    [AST_MATCH_STAR] = "i?",
    [AST_MATCH_AS] = "p? i?",
    [AST_MATCH_OR] = "p*",
};

#define MAX_FIELDS 7

/* One converted field value. */
typedef struct Field {
    Node *n;     /* node fields (NULL: None) */
    NodeList *l; /* list fields */
    BView id;    /* identifier fields */
    bool has_id; /* the identifier is not None */
    int num;     /* int, operator, boolop, unaryop, expr_context fields */
    Value obj;   /* constant fields */
} Field;

/* The fields of one node, in _fields order. */
typedef struct Fields {
    Field v[MAX_FIELDS];
} Fields;

typedef struct Import {
    Interp *I;
    Value kinds, classes;
    bool failed; // an exception is pending
} Import;

static bool fail(Import *x) {
    x->failed = true;
    return false;
}

static bool fail_with(Import *x, TypeId t, const char *fmt, const char *a, const char *b) {
    exc_raise(x->I, t, fmt, a, b);
    return fail(x);
}

static Value class_named(Import *x, const char *name) {
    Value c = dict_get_cstr(x->I, x->classes, name);
    if (c == VAL_NULL && x->I->exc == VAL_NULL)
        exc_raise(x->I, TY_SYSTEM_ERROR, "_ast: no class %s", name);
    if (c == VAL_NULL) x->failed = true;
    return c;
}

static bool is_instance(Import *x, Value o, Value cls) {
    Type *t = type_cast(cls);
    return t != NULL && type_is_subtype(type_of(x->I, o), t);
}

static bool is_exact(Import *x, Value o, TypeId t) {
    return type_of(x->I, o) == interp_type(x->I, t);
}

/* Attribute [name] of [o]: VAL_NULL (and no exception) when absent. */
static Value lookup(Import *x, Value o, Value name) {
    Value v = obj_lookup_attr(x->I, o, name);
    if (v == VAL_NULL && x->I->exc != VAL_NULL) x->failed = true;
    return v;
}

static bool missing(Import *x, Value name, const char *owner) {
    exc_raise(x->I, TY_TYPE_ERROR, "required field \"%U\" missing from %s", name, owner);
    return fail(x);
}

/* A C int field (obj2ast_int): ValueError for a non-int, OverflowError past int32. */
static bool int_value(Import *x, Value v, int *out) {
    int64_t n = 0;
    if (!int_check(x->I, v)) {
        exc_raise(x->I, TY_VALUE_ERROR, "invalid integer value: %R", v);
        return fail(x);
    }
    if (!int_index_c_int(x->I, v, &n)) return fail(x);
    *out = (int)n;
    return true;
}

/* The four positions of a node with _attributes; [owner] names the type in messages
 * ("stmt", "expr", "arg"...). Absent or None end positions default to the start. */
static bool positions(Import *x, Value o, const char *owner, bool end_required,
                      int (*pos)[4]) {
    static const char *const names[4] = {"lineno", "col_offset", "end_lineno",
                                         "end_col_offset"};
    for (int i = 0; i < 4; i++) {
        Value name = str_intern_cstr(x->I, names[i]);
        if (name == VAL_NULL) return fail(x);
        Value v = lookup(x, o, name);
        if (x->failed) return false;
        if (v == VAL_NULL && (i < 2 || end_required)) return missing(x, name, owner);
        if (i >= 2 && !end_required && (v == VAL_NULL || v == x->I->none)) {
            (*pos)[i] = (*pos)[i - 2];
            continue;
        }
        if (!int_value(x, v, &(*pos)[i])) return false;
    }
    return true;
}

static Node *node(Import *x, Value o, char code, int ctx);

/* Constant values CPython's validator accepts: None, Ellipsis, int, float, complex, bool,
 * str, bytes (exact types), and tuples / frozensets of those. */
static bool check_constant(Import *x, Value v) {
    Interp *I = x->I;
    if (v == I->none || v == I->ellipsis || is_exact(x, v, TY_INT) || is_exact(x, v, TY_BOOL) ||
        is_exact(x, v, TY_FLOAT) || is_exact(x, v, TY_COMPLEX) || is_exact(x, v, TY_STR) ||
        is_exact(x, v, TY_BYTES))
        return true;
    if (!interp_check_stack(I, " while validating a Constant")) return fail(x);
    if (tuple_check(v)) {
        for (size_t i = 0; i < tuple_len(v); i++)
            if (!check_constant(x, tuple_get(v, i))) return false;
        return true;
    }
    if (set_check(v) && set_is_frozen(I, v)) {
        size_t pos = 0;
        Value k;
        while (set_next(v, &pos, &k))
            if (!check_constant(x, k)) return false;
        return true;
    }
    exc_raise(I, TY_TYPE_ERROR, "got an invalid type in Constant: %s", obj_type_name(I, v));
    return fail(x);
}

/* The index of the class of [o] among the [count] classes named by [name_of] (operators,
 * contexts); TypeError "expected some sort of [sum]" otherwise. */
static bool enum_value(Import *x, Value o, const char *sum, const char *(*name_of)(int),
                       int count, int *out) {
    for (int i = 0; i < count; i++) {
        Value cls = class_named(x, name_of(i));
        if (cls == VAL_NULL) return false;
        if (is_instance(x, o, cls)) {
            *out = i;
            return true;
        }
    }
    exc_raise(x->I, TY_TYPE_ERROR, "expected some sort of %s, but got %R", sum, o);
    return fail(x);
}

/* One value of field type [code] (not a list). */
static bool value(Import *x, Value v, char code, int ctx, Field *f) {
    Interp *I = x->I;
    switch (code) {
    case 'i':
    case 'z':
        if (v == I->none) return true;
        if (!is_exact(x, v, TY_STR))
            return fail_with(x, TY_TYPE_ERROR, code == 'i' ? "AST identifier must be of type str"
                                                       : "AST string must be of type str",
                         NULL, NULL);
        f->id = str_view(v);
        f->has_id = true;
        f->obj = v;
        return true;
    case 'n': return int_value(x, v, &f->num);
    case 'K': f->obj = v; return check_constant(x, v);
    case 'O': return enum_value(x, v, "operator", ast_operator_name, AST_OPERATOR__COUNT, &f->num);
    case 'B': return enum_value(x, v, "boolop", ast_boolop_name, 2, &f->num);
    case 'U': return enum_value(x, v, "unaryop", ast_unaryop_name, 4, &f->num);
    case 'C': return enum_value(x, v, "cmpop", ast_cmpop_name, 10, &f->num);
    case 'X': return enum_value(x, v, "expr_context", ast_ctx_name, 3, &f->num);
    default:
        f->n = node(x, v, code, ctx);
        return !x->failed;
    }
}

static const char *list_kind(char code) {
    switch (code) {
    case 's': return "statement";
    case 'p':
    case 'P': return "pattern";
    default: return "expression";
    }
}

/* A list field: CPython's "X field "f" must be a list" and its check that the list does
 * not change size while it is converted (a field getter may mutate it). */
static bool list_value(Import *x, Value v, int kind, Value name, char code, int ctx,
                       Field *f) {
    Interp *I = x->I;
    if (!list_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "%s field \"%U\" must be a list, not a %T",
                  ast_kind_name(kind), name, v);
        return fail(x);
    }
    size_t n = list_len(v);
    for (size_t i = 0; i < n; i++) {
        Field e = {0};
        Value item = list_get(v, i);
        if (item == VAL_NULL) break;
        if (!value(x, item, code, ctx, &e)) return false;
        if (list_len(v) != n) {
            exc_raise(I, TY_RUNTIME_ERROR, "%s field \"%U\" changed size during iteration",
                      ast_kind_name(kind), name);
            return fail(x);
        }
        Node *item_node = e.n;
        if (code == 'C') {
            // comparison operators are kept as small ints (ast_cmpop_push)
            // (into a holder node: the operators are kept in a Compare node's list)
            if (f->n == NULL && (f->n = ast_new(I->heap, AST_COMPARE, 0, 0, 0, 0)) == NULL)
                goto nomem;
            if (!ast_cmpop_push(I->heap, f->n, e.num)) goto nomem;
            f->l = f->n->Compare.ops;
            continue;
        }
        if (code == 'i') {
            if (!e.has_id) return fail_with(x, TY_VALUE_ERROR, "None disallowed in %s list",
                                        "identifier", NULL);
            item_node = ast_new(I->heap, AST_IDENTIFIER, 0, 0, 0, 0);
            if (item_node == NULL) goto nomem;
            item_node->Identifier.id = e.id;
        }
        if (!ast_push(I->heap, &f->l, item_node)) goto nomem;
    }
    return true;
nomem:
    exc_nomem(I);
    return fail(x);
}

/* Puts the converted fields [fs] of [n] (in _fields order) in its union member. */
static void store(Node *n, const Fields *fs) {
    switch (n->kind) {
    case AST_MODULE: n->Module.body = fs->v[0].l; break;
    case AST_INTERACTIVE: n->Interactive.body = fs->v[0].l; break;
    case AST_EXPRESSION: n->Expression.body = fs->v[0].n; break;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        n->FunctionDef.name = fs->v[0].id;
        n->FunctionDef.args = fs->v[1].n;
        n->FunctionDef.body = fs->v[2].l;
        n->FunctionDef.decorator_list = fs->v[3].l;
        n->FunctionDef.returns = fs->v[4].n;
        break;
    case AST_CLASS_DEF:
        n->ClassDef.name = fs->v[0].id;
        n->ClassDef.bases = fs->v[1].l;
        n->ClassDef.keywords = fs->v[2].l;
        n->ClassDef.body = fs->v[3].l;
        n->ClassDef.decorator_list = fs->v[4].l;
        break;
    case AST_RETURN: n->Return.value = fs->v[0].n; break;
    case AST_DELETE: n->Delete.targets = fs->v[0].l; break;
    case AST_ASSIGN:
        n->Assign.targets = fs->v[0].l;
        n->Assign.value = fs->v[1].n;
        break;
    case AST_AUG_ASSIGN:
        n->AugAssign.target = fs->v[0].n;
        n->AugAssign.op = (uint8_t)fs->v[1].num;
        n->AugAssign.value = fs->v[2].n;
        break;
    case AST_ANN_ASSIGN:
        n->AnnAssign.target = fs->v[0].n;
        n->AnnAssign.annotation = fs->v[1].n;
        n->AnnAssign.value = fs->v[2].n;
        n->AnnAssign.simple = fs->v[3].num != 0;
        break;
    case AST_FOR:
    case AST_ASYNC_FOR:
        n->For.target = fs->v[0].n;
        n->For.iter = fs->v[1].n;
        n->For.body = fs->v[2].l;
        n->For.orelse = fs->v[3].l;
        break;
    case AST_WHILE:
        n->While.test = fs->v[0].n;
        n->While.body = fs->v[1].l;
        n->While.orelse = fs->v[2].l;
        break;
    case AST_IF:
        n->If.test = fs->v[0].n;
        n->If.body = fs->v[1].l;
        n->If.orelse = fs->v[2].l;
        break;
    case AST_WITH:
    case AST_ASYNC_WITH:
        n->With.items = fs->v[0].l;
        n->With.body = fs->v[1].l;
        break;
    case AST_MATCH:
        n->Match.subject = fs->v[0].n;
        n->Match.cases = fs->v[1].l;
        break;
    case AST_RAISE:
        n->Raise.exc = fs->v[0].n;
        n->Raise.cause = fs->v[1].n;
        break;
    case AST_TRY:
    case AST_TRY_STAR:
        n->Try.body = fs->v[0].l;
        n->Try.handlers = fs->v[1].l;
        n->Try.orelse = fs->v[2].l;
        n->Try.finalbody = fs->v[3].l;
        break;
    case AST_ASSERT:
        n->Assert.test = fs->v[0].n;
        n->Assert.msg = fs->v[1].n;
        break;
    case AST_IMPORT: n->Import.names = fs->v[0].l; break;
    case AST_IMPORT_FROM:
        n->ImportFrom.module = fs->v[0].id;
        n->ImportFrom.names = fs->v[1].l;
        n->ImportFrom.level = fs->v[2].num;
        break;
    case AST_GLOBAL: n->Global.names = fs->v[0].l; break;
    case AST_NONLOCAL: n->Nonlocal.names = fs->v[0].l; break;
    case AST_EXPR: n->Expr.value = fs->v[0].n; break;
    case AST_BOOL_OP:
        n->BoolOp.op = (uint8_t)fs->v[0].num;
        n->BoolOp.values = fs->v[1].l;
        break;
    case AST_NAMED_EXPR:
        n->NamedExpr.target = fs->v[0].n;
        n->NamedExpr.value = fs->v[1].n;
        break;
    case AST_BIN_OP:
        n->BinOp.left = fs->v[0].n;
        n->BinOp.op = (uint8_t)fs->v[1].num;
        n->BinOp.right = fs->v[2].n;
        break;
    case AST_UNARY_OP:
        n->UnaryOp.op = (uint8_t)fs->v[0].num;
        n->UnaryOp.operand = fs->v[1].n;
        break;
    case AST_LAMBDA:
        n->Lambda.args = fs->v[0].n;
        n->Lambda.body = fs->v[1].n;
        break;
    case AST_IF_EXP:
        n->IfExp.test = fs->v[0].n;
        n->IfExp.body = fs->v[1].n;
        n->IfExp.orelse = fs->v[2].n;
        break;
    case AST_DICT:
        n->Dict.keys = fs->v[0].l;
        n->Dict.values = fs->v[1].l;
        break;
    case AST_SET: n->Set.elts = fs->v[0].l; break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        n->ListComp.elt = fs->v[0].n;
        n->ListComp.generators = fs->v[1].l;
        break;
    case AST_DICT_COMP:
        n->DictComp.key = fs->v[0].n;
        n->DictComp.value = fs->v[1].n;
        n->DictComp.generators = fs->v[2].l;
        break;
    case AST_AWAIT: n->Await.value = fs->v[0].n; break;
    case AST_YIELD: n->Yield.value = fs->v[0].n; break;
    case AST_YIELD_FROM: n->YieldFrom.value = fs->v[0].n; break;
    case AST_COMPARE:
        n->Compare.left = fs->v[0].n;
        n->Compare.ops = fs->v[1].l;
        n->Compare.comparators = fs->v[2].l;
        break;
    case AST_CALL:
        n->Call.func = fs->v[0].n;
        n->Call.args = fs->v[1].l;
        n->Call.keywords = fs->v[2].l;
        break;
    case AST_FORMATTED_VALUE:
        n->FormattedValue.value = fs->v[0].n;
        n->FormattedValue.conversion = fs->v[1].num;
        n->FormattedValue.format_spec = fs->v[2].n;
        break;
    case AST_JOINED_STR: n->JoinedStr.values = fs->v[0].l; break;
    case AST_CONSTANT:
        n->Constant.obj = fs->v[0].obj;
        n->Constant.ukind = fs->v[1].has_id && bview_eq_cstr(fs->v[1].id, "u");
        break;
    case AST_ATTRIBUTE:
        n->Attribute.value = fs->v[0].n;
        n->Attribute.attr = fs->v[1].id;
        n->Attribute.ctx = (uint8_t)fs->v[2].num;
        break;
    case AST_SUBSCRIPT:
        n->Subscript.value = fs->v[0].n;
        n->Subscript.slice = fs->v[1].n;
        n->Subscript.ctx = (uint8_t)fs->v[2].num;
        break;
    case AST_STARRED:
        n->Starred.value = fs->v[0].n;
        n->Starred.ctx = (uint8_t)fs->v[1].num;
        break;
    case AST_NAME:
        n->Name.id = fs->v[0].id;
        n->Name.ctx = (uint8_t)fs->v[1].num;
        break;
    case AST_LIST:
    case AST_TUPLE:
        n->List.elts = fs->v[0].l;
        n->List.ctx = (uint8_t)fs->v[1].num;
        break;
    case AST_SLICE:
        n->Slice.lower = fs->v[0].n;
        n->Slice.upper = fs->v[1].n;
        n->Slice.step = fs->v[2].n;
        break;
    case AST_COMPREHENSION:
        n->comprehension.target = fs->v[0].n;
        n->comprehension.iter = fs->v[1].n;
        n->comprehension.ifs = fs->v[2].l;
        n->comprehension.is_async = fs->v[3].num;
        break;
    case AST_EXCEPT_HANDLER:
        n->ExceptHandler.type = fs->v[0].n;
        n->ExceptHandler.name = fs->v[1].id;
        n->ExceptHandler.body = fs->v[2].l;
        break;
    case AST_ARGUMENTS:
        n->arguments.posonlyargs = fs->v[0].l;
        n->arguments.args = fs->v[1].l;
        n->arguments.vararg = fs->v[2].n;
        n->arguments.kwonlyargs = fs->v[3].l;
        n->arguments.kw_defaults = fs->v[4].l;
        n->arguments.kwarg = fs->v[5].n;
        n->arguments.defaults = fs->v[6].l;
        break;
    case AST_ARG:
        n->arg.arg = fs->v[0].id;
        n->arg.annotation = fs->v[1].n;
        break;
    case AST_KEYWORD:
        n->keyword.arg = fs->v[0].id;
        n->keyword.value = fs->v[1].n;
        break;
    case AST_ALIAS:
        n->alias.name = fs->v[0].id;
        n->alias.asname = fs->v[1].id;
        break;
    case AST_WITHITEM:
        n->withitem.context_expr = fs->v[0].n;
        n->withitem.optional_vars = fs->v[1].n;
        break;
    case AST_MATCH_CASE:
        n->match_case.pattern = fs->v[0].n;
        n->match_case.guard = fs->v[1].n;
        n->match_case.body = fs->v[2].l;
        break;
    case AST_MATCH_VALUE: n->MatchValue.value = fs->v[0].n; break;
    case AST_MATCH_SEQUENCE: n->MatchSequence.patterns = fs->v[0].l; break;
    case AST_MATCH_MAPPING:
        n->MatchMapping.keys = fs->v[0].l;
        n->MatchMapping.patterns = fs->v[1].l;
        n->MatchMapping.rest = fs->v[2].id;
        break;
    case AST_MATCH_CLASS:
        n->MatchClass.cls = fs->v[0].n;
        n->MatchClass.patterns = fs->v[1].l;
        n->MatchClass.kwd_attrs = fs->v[2].l;
        n->MatchClass.kwd_patterns = fs->v[3].l;
        break;
    case AST_MATCH_STAR: n->MatchStar.name = fs->v[0].id; break;
    case AST_MATCH_AS:
        n->MatchAs.pattern = fs->v[0].n;
        n->MatchAs.name = fs->v[1].id;
        break;
    case AST_MATCH_OR: n->MatchOr.patterns = fs->v[0].l; break;
    default: break; // MatchSingleton: set by constant_kind
    }
}

/* The parser's representation of constant [v] in Constant (or MatchSingleton) [n]: the
 * object itself, plus the kind and text codegen inspects (docstrings, folding, warnings). */
static bool constant(Import *x, Node *n, Value v) {
    Interp *I = x->I;
    uint8_t k = AST_CONST_OBJECT;
    BView text = bview_cstr("");
    if (v == I->none) k = AST_CONST_NONE;
    else if (v == I->true_) k = AST_CONST_TRUE;
    else if (v == I->false_) k = AST_CONST_FALSE;
    else if (v == I->ellipsis) k = AST_CONST_ELLIPSIS;
    else if (is_exact(x, v, TY_STR)) k = AST_CONST_STR, text = str_view(v);
    else if (is_exact(x, v, TY_BYTES)) k = AST_CONST_BYTES, text = bytes_view(v);
    else if (is_exact(x, v, TY_FLOAT)) k = AST_CONST_FLOAT;
    else if (is_exact(x, v, TY_COMPLEX)) k = AST_CONST_IMAG;
    else if (is_exact(x, v, TY_INT)) {
        k = AST_CONST_INT;
        Value r = obj_repr(I, v); // the literal text codegen folds `if 0:` with
        if (r == VAL_NULL) exc_clear(I); // past the int digit limit: not folded
        else text = str_view(r);
    }
    if (n->kind == AST_MATCH_SINGLETON) {
        if (k != AST_CONST_NONE && k != AST_CONST_TRUE && k != AST_CONST_FALSE)
            return fail_with(x, TY_VALUE_ERROR, "MatchSingleton can only contain True, False and None",
                         NULL, NULL);
        n->MatchSingleton.value = k;
        return true;
    }
    n->Constant.ckind = k;
    n->Constant.value = text;
    return true;
}

static bool value_error(Import *x, const char *fmt, const char *a) {
    return fail_with(x, TY_VALUE_ERROR, fmt, a, NULL);
}

static bool nonempty(Import *x, const NodeList *l, const char *what, const Node *owner) {
    if (ast_len(l) > 0) return true;
    return fail_with(x, TY_VALUE_ERROR, "empty %s on %s", what, ast_kind_name(owner->kind));
}

/* No None slot in [l] (a list of expressions, statements or patterns [code]). */
static bool no_none(Import *x, const NodeList *l, char code) {
    for (size_t i = 0; i < ast_len(l); i++)
        if (ast_get(l, i) == NULL)
            return value_error(x, "None disallowed in %s list", list_kind(code));
    return true;
}

static bool nonempty_generators(Import *x, const NodeList *l) {
    if (ast_len(l) > 0) return true;
    return value_error(x, "comprehension with no generators", NULL);
}

/* CPython's VALIDATE_POSITIONS for statements, expressions, patterns, handlers and the
 * parameters in the lists of arguments (not vararg / kwarg). */
static bool check_positions(Import *x, const Node *n) {
    Interp *I = x->I;
    if (n == NULL) return true;
    if (n->lineno > n->end_lineno) {
        exc_raise(I, TY_VALUE_ERROR, "AST node line range (%d, %d) is not valid", n->lineno,
                  n->end_lineno);
        return fail(x);
    }
    if ((n->lineno < 0 && n->end_lineno != n->lineno) ||
        (n->col_offset < 0 && n->col_offset != n->end_col_offset)) {
        exc_raise(I, TY_VALUE_ERROR,
                  "AST node column range (%d, %d) for line range (%d, %d) is not valid",
                  n->col_offset, n->end_col_offset, n->lineno, n->end_lineno);
        return fail(x);
    }
    if (n->lineno == n->end_lineno && n->col_offset > n->end_col_offset) {
        exc_raise(I, TY_VALUE_ERROR, "line %d, column %d-%d is not a valid range", n->lineno,
                  n->col_offset, n->end_col_offset);
        return fail(x);
    }
    return true;
}

/* The context check of expression [n] asked for in context [ctx] (-1: any). */
static bool check_context(Import *x, const Node *n, int ctx) {
    int actual;
    if (ctx < 0) return true; // not checked
    switch (n->kind) {
    case AST_ATTRIBUTE: actual = n->Attribute.ctx; break;
    case AST_SUBSCRIPT: actual = n->Subscript.ctx; break;
    case AST_STARRED: actual = n->Starred.ctx; break;
    case AST_NAME: actual = n->Name.ctx; break;
    case AST_LIST: actual = n->List.ctx; break;
    case AST_TUPLE: actual = n->Tuple.ctx; break;
    default:
        if (ctx == AST_LOAD) return true;
        return value_error(x, "expression which can't be assigned to in %s context",
                           ast_ctx_name(ctx));
    }
    if (actual == ctx) return true;
    return fail_with(x, TY_VALUE_ERROR, "expression must have %s context but has %s instead",
                 ast_ctx_name(ctx), ast_ctx_name(actual));
}

/* The value of a MatchValue or a MatchMapping key (CPython's
 * validate_pattern_match_value). */
static bool match_value(Import *x, const Node *v) {
    switch (v->kind) {
    case AST_CONSTANT: {
        uint8_t k = v->Constant.ckind;
        if (k == AST_CONST_INT || k == AST_CONST_FLOAT || k == AST_CONST_IMAG ||
            k == AST_CONST_STR || k == AST_CONST_BYTES)
            return true;
        return value_error(x, "unexpected constant inside of a literal pattern", NULL);
    }
    case AST_ATTRIBUTE:
    case AST_JOINED_STR: return true;
    case AST_UNARY_OP:
        if (v->UnaryOp.op == AST_USUB) return true;
        break;
    case AST_BIN_OP:
        if (v->BinOp.op == AST_ADD || v->BinOp.op == AST_SUB) return true;
        break;
    default: break;
    }
    return value_error(x, "patterns may only match literals and attribute lookups", NULL);
}

/* A Name's id or a captured name: not None, True or False (CPython's validate_name). */
static bool check_name(Import *x, BView name) {
    static const char *const forbidden[3] = {"None", "True", "False"};
    for (int i = 0; i < 3; i++)
        if (bview_eq_cstr(name, forbidden[i]))
            return value_error(x, "identifier field can't represent '%s' constant", forbidden[i]);
    return true;
}

/* A name a pattern binds: not '_' (MatchAs/MatchStar use None for it). */
static bool check_capture(Import *x, BView name) {
    if (bview_eq_cstr(name, "_"))
        return value_error(x, "can't capture name '_' in patterns", NULL);
    return check_name(x, name);
}

/* CPython 3.11's validator (Python/ast.c) for node [n], asked for in context [ctx] (for
 * a pattern: 1 where a MatchStar may be); its children are already validated. */
static bool validate(Import *x, Node *n, int ctx) {
    bool positioned = ast_is_stmt(n->kind) || ast_is_expr(n->kind) ||
                      ast_is_pattern(n->kind) || n->kind == AST_EXCEPT_HANDLER;
    if (positioned && !check_positions(x, n)) return false;
    if (ast_is_expr(n->kind) && !check_context(x, n, ctx)) return false;
    switch (n->kind) {
    case AST_MODULE:
    case AST_INTERACTIVE: return no_none(x, n->Module.body, 's');
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        return nonempty(x, n->FunctionDef.body, "body", n) && no_none(x, n->FunctionDef.body, 's') &&
               no_none(x, n->FunctionDef.decorator_list, 'e');
    case AST_CLASS_DEF:
        return nonempty(x, n->ClassDef.body, "body", n) && no_none(x, n->ClassDef.body, 's') &&
               no_none(x, n->ClassDef.bases, 'e') && no_none(x, n->ClassDef.decorator_list, 'e');
    case AST_DELETE:
        return nonempty(x, n->Delete.targets, "targets", n) && no_none(x, n->Delete.targets, 'e');
    case AST_ASSIGN:
        return nonempty(x, n->Assign.targets, "targets", n) && no_none(x, n->Assign.targets, 'e');
    case AST_ANN_ASSIGN:
        if (n->AnnAssign.simple && n->AnnAssign.target->kind != AST_NAME)
            return fail_with(x, TY_TYPE_ERROR, "AnnAssign with simple non-Name target", NULL, NULL);
        return true;
    case AST_FOR:
    case AST_ASYNC_FOR:
        return nonempty(x, n->For.body, "body", n) && no_none(x, n->For.body, 's') &&
               no_none(x, n->For.orelse, 's');
    case AST_WHILE:
        return nonempty(x, n->While.body, "body", n) && no_none(x, n->While.body, 's') &&
               no_none(x, n->While.orelse, 's');
    case AST_IF:
        return nonempty(x, n->If.body, "body", n) && no_none(x, n->If.body, 's') &&
               no_none(x, n->If.orelse, 's');
    case AST_WITH:
    case AST_ASYNC_WITH:
        return nonempty(x, n->With.items, "items", n) && nonempty(x, n->With.body, "body", n) &&
               no_none(x, n->With.body, 's');
    case AST_MATCH: return nonempty(x, n->Match.cases, "cases", n);
    case AST_MATCH_CASE:
        return nonempty(x, n->match_case.body, "body", n) && no_none(x, n->match_case.body, 's');
    case AST_RAISE:
        if (n->Raise.cause != NULL && n->Raise.exc == NULL)
            return value_error(x, "Raise with cause but no exception", NULL);
        return true;
    case AST_TRY:
    case AST_TRY_STAR: {
        const char *name = ast_kind_name(n->kind);
        if (!nonempty(x, n->Try.body, "body", n)) return false;
        if (ast_len(n->Try.handlers) == 0 && ast_len(n->Try.finalbody) == 0)
            return value_error(x, "%s has neither except handlers nor finalbody", name);
        if (ast_len(n->Try.handlers) == 0 && ast_len(n->Try.orelse) > 0)
            return value_error(x, "%s has orelse but no except handlers", name);
        for (size_t i = 0; i < ast_len(n->Try.handlers); i++)
            if (ast_get(n->Try.handlers, i) == NULL)
                return value_error(x, "None disallowed in %s list", "excepthandler");
        return no_none(x, n->Try.body, 's') && no_none(x, n->Try.orelse, 's') &&
               no_none(x, n->Try.finalbody, 's');
    }
    case AST_EXCEPT_HANDLER:
        return nonempty(x, n->ExceptHandler.body, "body", n) &&
               no_none(x, n->ExceptHandler.body, 's');
    case AST_IMPORT: return nonempty(x, n->Import.names, "names", n);
    case AST_IMPORT_FROM:
        if (n->ImportFrom.level < 0) return value_error(x, "Negative ImportFrom level", NULL);
        return nonempty(x, n->ImportFrom.names, "names", n);
    case AST_GLOBAL: return nonempty(x, n->Global.names, "names", n);
    case AST_NONLOCAL: return nonempty(x, n->Nonlocal.names, "names", n);
    case AST_BOOL_OP:
        if (ast_len(n->BoolOp.values) < 2)
            return value_error(x, "BoolOp with less than 2 values", NULL);
        return no_none(x, n->BoolOp.values, 'e');
    case AST_NAMED_EXPR:
        // CPython 3.11 compiles any target as a name; only a Name means one here
        if (n->NamedExpr.target->kind != AST_NAME)
            return fail_with(x, TY_TYPE_ERROR, "NamedExpr target must be a Name", NULL, NULL);
        return true;
    case AST_DICT:
        if (ast_len(n->Dict.keys) != ast_len(n->Dict.values))
            return value_error(x, "Dict doesn't have the same number of keys as values", NULL);
        return no_none(x, n->Dict.values, 'e');
    case AST_SET: return no_none(x, n->Set.elts, 'e');
    case AST_LIST:
    case AST_TUPLE: return no_none(x, n->List.elts, 'e');
    case AST_JOINED_STR: return no_none(x, n->JoinedStr.values, 'e');
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        return nonempty_generators(x, n->ListComp.generators);
    case AST_DICT_COMP: return nonempty_generators(x, n->DictComp.generators);
    case AST_COMPREHENSION: return no_none(x, n->comprehension.ifs, 'e');
    case AST_COMPARE:
        if (ast_len(n->Compare.comparators) == 0)
            return value_error(x, "Compare with no comparators", NULL);
        if (ast_len(n->Compare.comparators) != ast_len(n->Compare.ops))
            return value_error(x, "Compare has a different number of comparators and operands",
                               NULL);
        return no_none(x, n->Compare.comparators, 'e');
    case AST_CALL: return no_none(x, n->Call.args, 'e');
    case AST_NAME: return check_name(x, n->Name.id);
    case AST_ARGUMENTS: {
        const NodeList *lists[3] = {n->arguments.posonlyargs, n->arguments.args,
                                    n->arguments.kwonlyargs};
        for (int k = 0; k < 3; k++)
            for (size_t i = 0; i < ast_len(lists[k]); i++)
                if (!check_positions(x, ast_get(lists[k], i))) return false;
        size_t npos = ast_len(n->arguments.posonlyargs) + ast_len(n->arguments.args);
        if (ast_len(n->arguments.defaults) > npos)
            return value_error(x, "more positional defaults than args on arguments", NULL);
        if (ast_len(n->arguments.kw_defaults) != ast_len(n->arguments.kwonlyargs))
            return value_error(x, "length of kwonlyargs is not the same as kw_defaults on "
                                  "arguments", NULL);
        return no_none(x, n->arguments.defaults, 'e');
    }
    case AST_MATCH_VALUE: return match_value(x, n->MatchValue.value);
    case AST_MATCH_SEQUENCE: return no_none(x, n->MatchSequence.patterns, 'p');
    case AST_MATCH_OR:
        if (ast_len(n->MatchOr.patterns) < 2)
            return value_error(x, "MatchOr requires at least 2 patterns", NULL);
        return no_none(x, n->MatchOr.patterns, 'p');
    case AST_MATCH_MAPPING:
        if (ast_len(n->MatchMapping.keys) != ast_len(n->MatchMapping.patterns))
            return value_error(x, "MatchMapping doesn't have the same number of keys as patterns",
                               NULL);
        if (ast_has_ident(n->MatchMapping.rest) && !check_capture(x, n->MatchMapping.rest))
            return false;
        for (size_t i = 0; i < ast_len(n->MatchMapping.keys); i++) {
            const Node *k = ast_get(n->MatchMapping.keys, i);
            if (k == NULL) break; // reported below
            bool singleton = k->kind == AST_CONSTANT && (k->Constant.ckind == AST_CONST_NONE ||
                                                         k->Constant.ckind == AST_CONST_TRUE ||
                                                         k->Constant.ckind == AST_CONST_FALSE);
            if (!singleton && !match_value(x, k)) return false;
        }
        return no_none(x, n->MatchMapping.keys, 'e') && no_none(x, n->MatchMapping.patterns, 'p');
    case AST_MATCH_CLASS:
        for (const Node *c = n->MatchClass.cls; c->kind != AST_NAME; c = c->Attribute.value)
            if (c->kind != AST_ATTRIBUTE)
                return value_error(x, "MatchClass cls field can only contain Name or Attribute "
                                      "nodes.", NULL);
        if (ast_len(n->MatchClass.kwd_attrs) != ast_len(n->MatchClass.kwd_patterns))
            return value_error(x, "MatchClass doesn't have the same number of keyword "
                                  "attributes as patterns", NULL);
        for (size_t i = 0; i < ast_len(n->MatchClass.kwd_attrs); i++)
            if (!check_name(x, ast_get(n->MatchClass.kwd_attrs, i)->Identifier.id)) return false;
        return no_none(x, n->MatchClass.patterns, 'p') &&
               no_none(x, n->MatchClass.kwd_patterns, 'p');
    case AST_MATCH_STAR:
        if (ctx != 1) return value_error(x, "can't use MatchStar here", NULL);
        return !ast_has_ident(n->MatchStar.name) || check_capture(x, n->MatchStar.name);
    case AST_MATCH_AS:
        if (!ast_has_ident(n->MatchAs.name)) {
            if (n->MatchAs.pattern != NULL)
                return value_error(x, "MatchAs must specify a target name if a pattern is given",
                                   NULL);
            return true;
        }
        return check_capture(x, n->MatchAs.name);
    default: return true;
    }
}

/* The sum type (or product type) of field code [code]: its name, the NodeKinds it
 * covers, whether its nodes have positions. False for codes that are not node types. */
typedef struct NodeType {
    const char *name, *where; // where: the RecursionError suffix
    int lo, hi;
    bool sum;
} NodeType;

static bool node_type(char code, NodeType *t) {
    switch (code) {
    case 'e':
    case 'S':
    case 'D':
    case 'x':
    case 'y':
        *t = (NodeType){"expr", " while traversing 'expr' node", AST_BOOL_OP, AST_SLICE, true};
        return true;
    case 's':
        *t = (NodeType){"stmt", " while traversing 'expr' node", AST_FUNCTION_DEF, AST_CONTINUE,
                        true};
        return true;
    case 'p':
    case 'P':
        *t = (NodeType){"pattern", " while traversing 'expr' node", AST_MATCH_VALUE,
                        AST_MATCH_OR, true};
        return true;
    case 'h':
        *t = (NodeType){"excepthandler", " while traversing 'expr' node",
                        AST_EXCEPT_HANDLER, AST_EXCEPT_HANDLER, true};
        return true;
    default: break;
    }
    static const struct { char code; int kind; const char *where; } products[] = {
        {'a', AST_ARGUMENTS, " while traversing 'expr' node"},
        {'g', AST_ARG, " while traversing 'expr' node"},
        {'k', AST_KEYWORD, " while traversing 'expr' node"},
        {'l', AST_ALIAS, " while traversing 'expr' node"},
        {'w', AST_WITHITEM, " while traversing 'expr' node"},
        {'m', AST_MATCH_CASE, " while traversing 'expr' node"},
        {'c', AST_COMPREHENSION, " while traversing 'expr' node"},
    };
    for (size_t i = 0; i < sizeof products / sizeof products[0]; i++)
        if (products[i].code == code) {
            int k = products[i].kind;
            *t = (NodeType){ast_kind_name(k), products[i].where, k, k, false};
            return true;
        }
    return false;
}

/* Class and _fields of [kind] from the module state. */
static bool kind_entry(Import *x, int kind, Value *cls, Value *names) {
    Value entry = tuple_get(x->kinds, (size_t)kind);
    if (entry == VAL_NULL || !tuple_check(entry) || tuple_len(entry) != 2 ||
        !tuple_check(tuple_get(entry, 1))) {
        exc_raise(x->I, TY_SYSTEM_ERROR, "_ast: no class for node kind %d", kind);
        return fail(x);
    }
    *cls = tuple_get(entry, 0);
    *names = tuple_get(entry, 1);
    return true;
}

/* The field token at *[p] of a spec: its type [code] and its modifier [mod] ('?', '*' or
 * ' '); *[p] moves past it. */
static void next_field(BView spec, size_t *p, char *code, char *mod) {
    *code = (char)bview_get(spec, (*p)++);
    char m = (char)bview_get(spec, *p);
    *mod = m == '?' || m == '*' ? m : ' ';
    if (*mod != ' ') (*p)++;
    if (bview_get(spec, *p) == ' ') (*p)++;
}

/* The fields of [o], a node of [kind], converted by specs[kind] into [fs]. */
static bool read_fields(Import *x, Value o, int kind, int ctx, Fields *fs) {
    Value cls, names;
    if (!kind_entry(x, kind, &cls, &names)) return false;
    BView spec = bview_cstr(specs[kind]);
    size_t i = 0;
    for (size_t p = 0; p < spec.n; i++) {
        if (i >= MAX_FIELDS || i >= tuple_len(names)) break;
        char code, mod;
        next_field(spec, &p, &code, &mod);
        Value name = tuple_get(names, i);
        Value v = lookup(x, o, name);
        if (x->failed) return false;
        if (v == VAL_NULL && mod != '?') return missing(x, name, ast_kind_name(kind));
        if (v == VAL_NULL || (v == x->I->none && mod == '?')) continue;
        // for expressions the context they must have; for patterns 1 when a star is allowed
        int fctx = code == 'S'   ? AST_STORE
                   : code == 'D' ? AST_DEL
                   : code == 'x' ? ctx
                   : code == 'y' ? -1
                   : code == 'P' ? 1
                                 : AST_LOAD;
        if (mod == '*' ? !list_value(x, v, kind, name, code, fctx, &fs->v[i])
                       : !value(x, v, code, fctx, &fs->v[i]))
            return false;
    }
    if (i != tuple_len(names)) {
        exc_raise(x->I, TY_SYSTEM_ERROR, "_ast: field table mismatch for %s", ast_kind_name(kind));
        return fail(x);
    }
    // required nodes and identifiers given as None (CPython's node constructors)
    i = 0;
    NodeType t;
    for (size_t p = 0; p < spec.n; i++) {
        char code, mod;
        next_field(spec, &p, &code, &mod);
        bool absent = code == 'i' ? !fs->v[i].has_id || fs->v[i].id.n == 0
                                  : node_type(code, &t) && fs->v[i].n == NULL;
        if (mod == ' ' && absent) {
            exc_raise(x->I, TY_VALUE_ERROR, "field '%U' is required for %s", tuple_get(names, i),
                      ast_kind_name(kind));
            return fail(x);
        }
    }
    return true;
}

/* A node of type [code] (see specs) from [o], asked for in context [ctx] (see validate). */
static Node *node(Import *x, Value o, char code, int ctx) {
    Interp *I = x->I;
    NodeType t;
    if (x->failed || !node_type(code, &t)) return NULL;
    if (t.sum && o == I->none) return NULL;
    if (!interp_check_stack(I, t.where)) {
        x->failed = true;
        return NULL;
    }
    int pos[4] = {0, 0, 0, 0};
    // a sum type's positions are read before its class is known (CPython's order)
    if (t.sum && !positions(x, o, t.name, ast_is_pattern(t.lo), &pos)) return NULL;
    int kind = -1;
    for (int k = t.lo; k <= t.hi && kind < 0; k++) {
        Value cls, names;
        if (!kind_entry(x, k, &cls, &names)) return NULL;
        if (!t.sum || is_instance(x, o, cls)) kind = k;
    }
    if (kind < 0) {
        exc_raise(I, TY_TYPE_ERROR, "expected some sort of %s, but got %R", t.name, o);
        x->failed = true;
        return NULL;
    }
    Fields fs = {{{0}}};
    if (!read_fields(x, o, kind, ctx, &fs)) return NULL;
    bool product_pos = kind == AST_ARG || kind == AST_KEYWORD || kind == AST_ALIAS;
    if (product_pos && !positions(x, o, t.name, false, &pos)) return NULL;
    Node *n = ast_new(I->heap, kind, pos[0], pos[1], pos[2], pos[3]);
    if (n == NULL) {
        exc_nomem(I);
        x->failed = true;
        return NULL;
    }
    store(n, &fs);
    if ((kind == AST_CONSTANT || kind == AST_MATCH_SINGLETON) && !constant(x, n, fs.v[0].obj))
        return NULL;
    return validate(x, n, ctx) ? n : NULL;
}

/* The type_ignores of a Module: checked as CPython does, then dropped (the parser keeps
 * no type comments either). */
static bool type_ignores(Import *x, Value mod) {
    Value name = str_intern_cstr(x->I, "type_ignores");
    Value list = name == VAL_NULL ? VAL_NULL : lookup(x, mod, name);
    if (name == VAL_NULL || x->failed) return fail(x);
    if (list == VAL_NULL) return missing(x, name, "Module");
    if (!list_check(list)) {
        exc_raise(x->I, TY_TYPE_ERROR, "Module field \"type_ignores\" must be a list, not a %T",
                  list);
        return fail(x);
    }
    Value cls = class_named(x, "TypeIgnore");
    for (size_t i = 0; cls != VAL_NULL && i < list_len(list); i++) {
        Value item = list_get(list, i);
        if (item == VAL_NULL || item == x->I->none) continue;
        if (!is_instance(x, item, cls)) {
            exc_raise(x->I, TY_TYPE_ERROR, "expected some sort of type_ignore, but got %R", item);
            return fail(x);
        }
        Field f[2] = {{0}};
        static const char *const names[2] = {"lineno", "tag"};
        for (int k = 0; k < 2; k++) {
            Value fname = str_intern_cstr(x->I, names[k]);
            Value v = fname == VAL_NULL ? VAL_NULL : lookup(x, item, fname);
            if (fname == VAL_NULL || x->failed) return fail(x);
            if (v == VAL_NULL) return missing(x, fname, "TypeIgnore");
            if (!value(x, v, k == 0 ? 'n' : 'z', AST_LOAD, &f[k])) return false;
        }
    }
    return !x->failed;
}

Node *ast_import(Interp *I, Value obj, int mode, Value kinds, Value classes) {
    Import x = {I, kinds, classes, false};
    int kind = mode == 1 ? AST_EXPRESSION : mode == 2 ? AST_INTERACTIVE : AST_MODULE;
    Value cls = class_named(&x, ast_kind_name(kind));
    if (cls == VAL_NULL) return NULL;
    if (!is_instance(&x, obj, cls)) {
        // the type's __name__, without a module ("AST", not "ast.AST")
        Value tname = obj_getattr_cstr(I, obj_val(type_of(I, obj)), "__name__");
        if (tname != VAL_NULL)
            exc_raise(I, TY_TYPE_ERROR, "expected %s node, got %S", ast_kind_name(kind), tname);
        return NULL;
    }
    Fields fs = {{{0}}};
    if (!interp_check_stack(I, " while traversing 'expr' node")) return NULL;
    // Module's type_ignores ("t*") is checked apart: it makes no node
    if (kind == AST_MODULE) {
        Value names, c;
        if (!kind_entry(&x, kind, &c, &names)) return NULL;
        Value name = tuple_get(names, 0);
        Value body = lookup(&x, obj, name);
        if (x.failed) return NULL;
        if (body == VAL_NULL) {
            missing(&x, name, "Module");
            return NULL;
        }
        if (!list_value(&x, body, kind, name, 's', AST_LOAD, &fs.v[0]) || !type_ignores(&x, obj))
            return NULL;
    } else if (!read_fields(&x, obj, kind, AST_LOAD, &fs)) {
        return NULL;
    }
    Node *n = ast_new(I->heap, kind, 0, 0, 0, 0);
    if (n == NULL) {
        exc_nomem(I);
        return NULL;
    }
    store(n, &fs);
    return validate(&x, n, AST_LOAD) ? n : NULL;
}
