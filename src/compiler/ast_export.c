/*
 * ast_export.c: the `_ast` class table and the conversion of a parser tree into Python
 * node objects (compile(..., PyCF_ONLY_AST), ast.parse).
 *
 * Each node becomes an instance of its class with every field set (absent optionals as
 * None, sequences as lists) and, for the classes with _attributes, its four positions.
 * Operators and expression contexts are shared singletons, as in CPython. The field values
 * of a node are gathered in _fields order and stored under the names of the class's
 * _fields tuple captured when `_ast` was built, so the two can never disagree.
 */
#include "ast_export.h"

#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "symtable.h"

static const AstClassDef classes[] = {
    {"AST", NULL, "", AST_POS_NONE},
    {"mod", "AST", "", AST_POS_NONE},
    {"Module", "mod", "stmt* body, type_ignore* type_ignores", AST_POS_NONE},
    {"Interactive", "mod", "stmt* body", AST_POS_NONE},
    {"Expression", "mod", "expr body", AST_POS_NONE},
    {"FunctionType", "mod", "expr* argtypes, expr returns", AST_POS_NONE},
    {"stmt", "AST", "", AST_POS_OPT_END},
    {"FunctionDef", "stmt", "identifier name, arguments args, stmt* body, expr* decorator_list, "
     "expr? returns, string? type_comment", AST_POS_NONE},
    {"AsyncFunctionDef", "stmt", "identifier name, arguments args, stmt* body, "
     "expr* decorator_list, expr? returns, string? type_comment", AST_POS_NONE},
    {"ClassDef", "stmt", "identifier name, expr* bases, keyword* keywords, stmt* body, "
     "expr* decorator_list", AST_POS_NONE},
    {"Return", "stmt", "expr? value", AST_POS_NONE},
    {"Delete", "stmt", "expr* targets", AST_POS_NONE},
    {"Assign", "stmt", "expr* targets, expr value, string? type_comment", AST_POS_NONE},
    {"AugAssign", "stmt", "expr target, operator op, expr value", AST_POS_NONE},
    {"AnnAssign", "stmt", "expr target, expr annotation, expr? value, int simple", AST_POS_NONE},
    {"For", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment",
     AST_POS_NONE},
    {"AsyncFor", "stmt", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment",
     AST_POS_NONE},
    {"While", "stmt", "expr test, stmt* body, stmt* orelse", AST_POS_NONE},
    {"If", "stmt", "expr test, stmt* body, stmt* orelse", AST_POS_NONE},
    {"With", "stmt", "withitem* items, stmt* body, string? type_comment", AST_POS_NONE},
    {"AsyncWith", "stmt", "withitem* items, stmt* body, string? type_comment", AST_POS_NONE},
    {"Match", "stmt", "expr subject, match_case* cases", AST_POS_NONE},
    {"Raise", "stmt", "expr? exc, expr? cause", AST_POS_NONE},
    {"Try", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody",
     AST_POS_NONE},
    {"TryStar", "stmt", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody",
     AST_POS_NONE},
    {"Assert", "stmt", "expr test, expr? msg", AST_POS_NONE},
    {"Import", "stmt", "alias* names", AST_POS_NONE},
    {"ImportFrom", "stmt", "identifier? module, alias* names, int? level", AST_POS_NONE},
    {"Global", "stmt", "identifier* names", AST_POS_NONE},
    {"Nonlocal", "stmt", "identifier* names", AST_POS_NONE},
    {"Expr", "stmt", "expr value", AST_POS_NONE},
    {"Pass", "stmt", "", AST_POS_NONE},
    {"Break", "stmt", "", AST_POS_NONE},
    {"Continue", "stmt", "", AST_POS_NONE},
    {"expr", "AST", "", AST_POS_OPT_END},
    {"BoolOp", "expr", "boolop op, expr* values", AST_POS_NONE},
    {"NamedExpr", "expr", "expr target, expr value", AST_POS_NONE},
    {"BinOp", "expr", "expr left, operator op, expr right", AST_POS_NONE},
    {"UnaryOp", "expr", "unaryop op, expr operand", AST_POS_NONE},
    {"Lambda", "expr", "arguments args, expr body", AST_POS_NONE},
    {"IfExp", "expr", "expr test, expr body, expr orelse", AST_POS_NONE},
    {"Dict", "expr", "expr* keys, expr* values", AST_POS_NONE},
    {"Set", "expr", "expr* elts", AST_POS_NONE},
    {"ListComp", "expr", "expr elt, comprehension* generators", AST_POS_NONE},
    {"SetComp", "expr", "expr elt, comprehension* generators", AST_POS_NONE},
    {"DictComp", "expr", "expr key, expr value, comprehension* generators", AST_POS_NONE},
    {"GeneratorExp", "expr", "expr elt, comprehension* generators", AST_POS_NONE},
    {"Await", "expr", "expr value", AST_POS_NONE},
    {"Yield", "expr", "expr? value", AST_POS_NONE},
    {"YieldFrom", "expr", "expr value", AST_POS_NONE},
    {"Compare", "expr", "expr left, cmpop* ops, expr* comparators", AST_POS_NONE},
    {"Call", "expr", "expr func, expr* args, keyword* keywords", AST_POS_NONE},
    {"FormattedValue", "expr", "expr value, int conversion, expr? format_spec", AST_POS_NONE},
    {"JoinedStr", "expr", "expr* values", AST_POS_NONE},
    {"Constant", "expr", "constant value, string? kind", AST_POS_NONE},
    {"Attribute", "expr", "expr value, identifier attr, expr_context ctx", AST_POS_NONE},
    {"Subscript", "expr", "expr value, expr slice, expr_context ctx", AST_POS_NONE},
    {"Starred", "expr", "expr value, expr_context ctx", AST_POS_NONE},
    {"Name", "expr", "identifier id, expr_context ctx", AST_POS_NONE},
    {"List", "expr", "expr* elts, expr_context ctx", AST_POS_NONE},
    {"Tuple", "expr", "expr* elts, expr_context ctx", AST_POS_NONE},
    {"Slice", "expr", "expr? lower, expr? upper, expr? step", AST_POS_NONE},
    {"expr_context", "AST", "", AST_POS_NONE},
    {"Load", "expr_context", "", AST_POS_NONE},
    {"Store", "expr_context", "", AST_POS_NONE},
    {"Del", "expr_context", "", AST_POS_NONE},
    {"boolop", "AST", "", AST_POS_NONE},
    {"And", "boolop", "", AST_POS_NONE},
    {"Or", "boolop", "", AST_POS_NONE},
    {"operator", "AST", "", AST_POS_NONE},
    {"Add", "operator", "", AST_POS_NONE},
    {"Sub", "operator", "", AST_POS_NONE},
    {"Mult", "operator", "", AST_POS_NONE},
    {"MatMult", "operator", "", AST_POS_NONE},
    {"Div", "operator", "", AST_POS_NONE},
    {"Mod", "operator", "", AST_POS_NONE},
    {"Pow", "operator", "", AST_POS_NONE},
    {"LShift", "operator", "", AST_POS_NONE},
    {"RShift", "operator", "", AST_POS_NONE},
    {"BitOr", "operator", "", AST_POS_NONE},
    {"BitXor", "operator", "", AST_POS_NONE},
    {"BitAnd", "operator", "", AST_POS_NONE},
    {"FloorDiv", "operator", "", AST_POS_NONE},
    {"unaryop", "AST", "", AST_POS_NONE},
    {"Invert", "unaryop", "", AST_POS_NONE},
    {"Not", "unaryop", "", AST_POS_NONE},
    {"UAdd", "unaryop", "", AST_POS_NONE},
    {"USub", "unaryop", "", AST_POS_NONE},
    {"cmpop", "AST", "", AST_POS_NONE},
    {"Eq", "cmpop", "", AST_POS_NONE},
    {"NotEq", "cmpop", "", AST_POS_NONE},
    {"Lt", "cmpop", "", AST_POS_NONE},
    {"LtE", "cmpop", "", AST_POS_NONE},
    {"Gt", "cmpop", "", AST_POS_NONE},
    {"GtE", "cmpop", "", AST_POS_NONE},
    {"Is", "cmpop", "", AST_POS_NONE},
    {"IsNot", "cmpop", "", AST_POS_NONE},
    {"In", "cmpop", "", AST_POS_NONE},
    {"NotIn", "cmpop", "", AST_POS_NONE},
    {"comprehension", "AST", "expr target, expr iter, expr* ifs, int is_async", AST_POS_NONE},
    {"excepthandler", "AST", "", AST_POS_OPT_END},
    {"ExceptHandler", "excepthandler", "expr? type, identifier? name, stmt* body", AST_POS_NONE},
    {"arguments", "AST", "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, "
     "expr* kw_defaults, arg? kwarg, expr* defaults", AST_POS_NONE},
    {"arg", "AST", "identifier arg, expr? annotation, string? type_comment", AST_POS_OPT_END},
    {"keyword", "AST", "identifier? arg, expr value", AST_POS_OPT_END},
    {"alias", "AST", "identifier name, identifier? asname", AST_POS_OPT_END},
    {"withitem", "AST", "expr context_expr, expr? optional_vars", AST_POS_NONE},
    {"match_case", "AST", "pattern pattern, expr? guard, stmt* body", AST_POS_NONE},
    {"pattern", "AST", "", AST_POS_ALL},
    {"MatchValue", "pattern", "expr value", AST_POS_NONE},
    {"MatchSingleton", "pattern", "constant value", AST_POS_NONE},
    {"MatchSequence", "pattern", "pattern* patterns", AST_POS_NONE},
    {"MatchMapping", "pattern", "expr* keys, pattern* patterns, identifier? rest", AST_POS_NONE},
    {"MatchClass", "pattern", "expr cls, pattern* patterns, identifier* kwd_attrs, "
     "pattern* kwd_patterns", AST_POS_NONE},
    {"MatchStar", "pattern", "identifier? name", AST_POS_NONE},
    {"MatchAs", "pattern", "pattern? pattern, identifier? name", AST_POS_NONE},
    {"MatchOr", "pattern", "pattern* patterns", AST_POS_NONE},
    {"type_ignore", "AST", "", AST_POS_NONE},
    {"TypeIgnore", "type_ignore", "int lineno, string tag", AST_POS_NONE},
};

size_t ast_class_count(void) { return sizeof classes / sizeof classes[0]; }

const AstClassDef *ast_class_def(size_t i) {
    return i < ast_class_count() ? &classes[i] : &classes[0];
}

Value ast_constant_value(Interp *I, const Node *e) {
    BView v = e->Constant.value;
    if (e->Constant.obj != VAL_NULL) return e->Constant.obj;
    switch (e->Constant.ckind) {
    case AST_CONST_NONE: return I->none;
    case AST_CONST_TRUE: return I->true_;
    case AST_CONST_FALSE: return I->false_;
    case AST_CONST_ELLIPSIS: return I->ellipsis;
    case AST_CONST_INT: return int_from_text(I, v, 0);
    case AST_CONST_FLOAT: return float_from_text(I, v);
    case AST_CONST_IMAG: {
        // complex(0.0, imag) through the complex type itself.
        Value im = float_from_text(I, v);
        if (im == VAL_NULL) return VAL_NULL;
        Value args[2] = {float_new(I, 0.0), im};
        if (args[0] == VAL_NULL) return VAL_NULL;
        return obj_call(I, obj_val(interp_type(I, TY_COMPLEX)), vview_make(args, 2), VAL_NULL);
    }
    case AST_CONST_STR: return str_new(I, v);
    case AST_CONST_BYTES: return bytes_new(I, v);
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: bad constant");
        return VAL_NULL;
    }
}

/* ---- export ---- */

typedef struct Export {
    Interp *I;
    Value kinds, singletons;
    bool failed; // an exception is pending: every helper returns VAL_NULL at once
} Export;

static Value check(Export *x, Value v) {
    if (v == VAL_NULL) x->failed = true;
    return v;
}

static Value node(Export *x, const Node *n);

static Value list(Export *x, const NodeList *l) {
    if (x->failed) return VAL_NULL;
    Value out = check(x, list_new(x->I, 0));
    for (size_t i = 0; i < ast_len(l) && !x->failed; i++)
        if (!list_append(x->I, out, node(x, ast_get(l, i)))) x->failed = true;
    return x->failed ? VAL_NULL : out;
}

// An identifier, None when absent.
static Value ident(Export *x, BView v) {
    if (x->failed) return VAL_NULL;
    return ast_has_ident(v) ? check(x, symtable_ident(x->I, v)) : x->I->none;
}

// The list of identifiers of an identifier* field (AST_IDENTIFIER nodes).
static Value idents(Export *x, const NodeList *l) {
    if (x->failed) return VAL_NULL;
    Value out = check(x, list_new(x->I, 0));
    for (size_t i = 0; i < ast_len(l) && !x->failed; i++) {
        const Node *n = ast_get(l, i);
        Value s = n != NULL ? ident(x, n->Identifier.id) : x->I->none;
        if (x->failed || !list_append(x->I, out, s)) x->failed = true;
    }
    return x->failed ? VAL_NULL : out;
}

// The shared instance of operator / context class [name].
static Value single(Export *x, const char *name) {
    if (x->failed) return VAL_NULL;
    Value v = dict_get_cstr(x->I, x->singletons, name);
    if (v == VAL_NULL && x->I->exc == VAL_NULL)
        exc_raise(x->I, TY_SYSTEM_ERROR, "_ast: no instance of %s", name);
    return check(x, v);
}

static Value cmpops(Export *x, const Node *compare) {
    if (x->failed) return VAL_NULL;
    Value out = check(x, list_new(x->I, 0));
    for (size_t i = 0; i < ast_len(compare->Compare.ops) && !x->failed; i++)
        if (!list_append(x->I, out, single(x, ast_cmpop_name(ast_cmpop_get(compare, i)))))
            x->failed = true;
    return x->failed ? VAL_NULL : out;
}

static Value small(int v) { return val_from_small(v); }

// The field values of one node, in _fields order (no class has more than FIELDS_MAX).
enum { FIELDS_MAX = 7 };
typedef struct Fields {
    Value v[FIELDS_MAX];
    size_t n;
} Fields;

// Appends the next field value. Past the array's room only the count grows, so
// node_body's count check reports the node and nothing is written out of bounds.
static void put(Fields *f, Value v) {
    if (f->n < FIELDS_MAX) f->v[f->n] = v;
    f->n++;
}

// Puts the field values of [n] in [f], in _fields order.
static void fields(Export *x, const Node *n, Fields *f) {
    Interp *I = x->I;
    Value none = I->none;
    switch (n->kind) {
    case AST_MODULE:
        put(f, list(x, n->Module.body));
        put(f, list(x, NULL));
        return;
    case AST_INTERACTIVE: put(f, list(x, n->Interactive.body)); return;
    case AST_EXPRESSION: put(f, node(x, n->Expression.body)); return;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        put(f, ident(x, n->FunctionDef.name));
        put(f, node(x, n->FunctionDef.args));
        put(f, list(x, n->FunctionDef.body));
        put(f, list(x, n->FunctionDef.decorator_list));
        put(f, node(x, n->FunctionDef.returns));
        put(f, none);
        return;
    case AST_CLASS_DEF:
        put(f, ident(x, n->ClassDef.name));
        put(f, list(x, n->ClassDef.bases));
        put(f, list(x, n->ClassDef.keywords));
        put(f, list(x, n->ClassDef.body));
        put(f, list(x, n->ClassDef.decorator_list));
        return;
    case AST_RETURN: put(f, node(x, n->Return.value)); return;
    case AST_DELETE: put(f, list(x, n->Delete.targets)); return;
    case AST_ASSIGN:
        put(f, list(x, n->Assign.targets));
        put(f, node(x, n->Assign.value));
        put(f, none);
        return;
    case AST_AUG_ASSIGN:
        put(f, node(x, n->AugAssign.target));
        put(f, single(x, ast_operator_name(n->AugAssign.op)));
        put(f, node(x, n->AugAssign.value));
        return;
    case AST_ANN_ASSIGN:
        put(f, node(x, n->AnnAssign.target));
        put(f, node(x, n->AnnAssign.annotation));
        put(f, node(x, n->AnnAssign.value));
        put(f, small(n->AnnAssign.simple));
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        put(f, node(x, n->For.target));
        put(f, node(x, n->For.iter));
        put(f, list(x, n->For.body));
        put(f, list(x, n->For.orelse));
        put(f, none);
        return;
    case AST_WHILE:
        put(f, node(x, n->While.test));
        put(f, list(x, n->While.body));
        put(f, list(x, n->While.orelse));
        return;
    case AST_IF:
        put(f, node(x, n->If.test));
        put(f, list(x, n->If.body));
        put(f, list(x, n->If.orelse));
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        put(f, list(x, n->With.items));
        put(f, list(x, n->With.body));
        put(f, none);
        return;
    case AST_MATCH:
        put(f, node(x, n->Match.subject));
        put(f, list(x, n->Match.cases));
        return;
    case AST_RAISE:
        put(f, node(x, n->Raise.exc));
        put(f, node(x, n->Raise.cause));
        return;
    case AST_TRY:
    case AST_TRY_STAR:
        put(f, list(x, n->Try.body));
        put(f, list(x, n->Try.handlers));
        put(f, list(x, n->Try.orelse));
        put(f, list(x, n->Try.finalbody));
        return;
    case AST_ASSERT:
        put(f, node(x, n->Assert.test));
        put(f, node(x, n->Assert.msg));
        return;
    case AST_IMPORT: put(f, list(x, n->Import.names)); return;
    case AST_IMPORT_FROM:
        put(f, ident(x, n->ImportFrom.module));
        put(f, list(x, n->ImportFrom.names));
        put(f, small(n->ImportFrom.level));
        return;
    case AST_GLOBAL: put(f, idents(x, n->Global.names)); return;
    case AST_NONLOCAL: put(f, idents(x, n->Nonlocal.names)); return;
    case AST_EXPR: put(f, node(x, n->Expr.value)); return;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    case AST_BOOL_OP:
        put(f, single(x, ast_boolop_name(n->BoolOp.op)));
        put(f, list(x, n->BoolOp.values));
        return;
    case AST_NAMED_EXPR:
        put(f, node(x, n->NamedExpr.target));
        put(f, node(x, n->NamedExpr.value));
        return;
    case AST_BIN_OP:
        put(f, node(x, n->BinOp.left));
        put(f, single(x, ast_operator_name(n->BinOp.op)));
        put(f, node(x, n->BinOp.right));
        return;
    case AST_UNARY_OP:
        put(f, single(x, ast_unaryop_name(n->UnaryOp.op)));
        put(f, node(x, n->UnaryOp.operand));
        return;
    case AST_LAMBDA:
        put(f, node(x, n->Lambda.args));
        put(f, node(x, n->Lambda.body));
        return;
    case AST_IF_EXP:
        put(f, node(x, n->IfExp.test));
        put(f, node(x, n->IfExp.body));
        put(f, node(x, n->IfExp.orelse));
        return;
    case AST_DICT:
        put(f, list(x, n->Dict.keys));
        put(f, list(x, n->Dict.values));
        return;
    case AST_SET: put(f, list(x, n->Set.elts)); return;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        put(f, node(x, n->ListComp.elt));
        put(f, list(x, n->ListComp.generators));
        return;
    case AST_DICT_COMP:
        put(f, node(x, n->DictComp.key));
        put(f, node(x, n->DictComp.value));
        put(f, list(x, n->DictComp.generators));
        return;
    case AST_AWAIT: put(f, node(x, n->Await.value)); return;
    case AST_YIELD: put(f, node(x, n->Yield.value)); return;
    case AST_YIELD_FROM: put(f, node(x, n->YieldFrom.value)); return;
    case AST_COMPARE:
        put(f, node(x, n->Compare.left));
        put(f, cmpops(x, n));
        put(f, list(x, n->Compare.comparators));
        return;
    case AST_CALL:
        put(f, node(x, n->Call.func));
        put(f, list(x, n->Call.args));
        put(f, list(x, n->Call.keywords));
        return;
    case AST_FORMATTED_VALUE:
        put(f, node(x, n->FormattedValue.value));
        put(f, small(n->FormattedValue.conversion));
        put(f, node(x, n->FormattedValue.format_spec));
        return;
    case AST_JOINED_STR: put(f, list(x, n->JoinedStr.values)); return;
    case AST_CONSTANT:
        put(f, x->failed ? VAL_NULL : check(x, ast_constant_value(I, n)));
        put(f, n->Constant.ukind ? check(x, str_intern_cstr(I, "u")) : none);
        return;
    case AST_ATTRIBUTE:
        put(f, node(x, n->Attribute.value));
        put(f, ident(x, n->Attribute.attr));
        put(f, single(x, ast_ctx_name(n->Attribute.ctx)));
        return;
    case AST_SUBSCRIPT:
        put(f, node(x, n->Subscript.value));
        put(f, node(x, n->Subscript.slice));
        put(f, single(x, ast_ctx_name(n->Subscript.ctx)));
        return;
    case AST_STARRED:
        put(f, node(x, n->Starred.value));
        put(f, single(x, ast_ctx_name(n->Starred.ctx)));
        return;
    case AST_NAME:
        put(f, ident(x, n->Name.id));
        put(f, single(x, ast_ctx_name(n->Name.ctx)));
        return;
    case AST_LIST:
    case AST_TUPLE:
        put(f, list(x, n->List.elts));
        put(f, single(x, ast_ctx_name(n->List.ctx)));
        return;
    case AST_SLICE:
        put(f, node(x, n->Slice.lower));
        put(f, node(x, n->Slice.upper));
        put(f, node(x, n->Slice.step));
        return;
    case AST_COMPREHENSION:
        put(f, node(x, n->comprehension.target));
        put(f, node(x, n->comprehension.iter));
        put(f, list(x, n->comprehension.ifs));
        put(f, small(n->comprehension.is_async));
        return;
    case AST_EXCEPT_HANDLER:
        put(f, node(x, n->ExceptHandler.type));
        put(f, ident(x, n->ExceptHandler.name));
        put(f, list(x, n->ExceptHandler.body));
        return;
    case AST_ARGUMENTS:
        put(f, list(x, n->arguments.posonlyargs));
        put(f, list(x, n->arguments.args));
        put(f, node(x, n->arguments.vararg));
        put(f, list(x, n->arguments.kwonlyargs));
        put(f, list(x, n->arguments.kw_defaults));
        put(f, node(x, n->arguments.kwarg));
        put(f, list(x, n->arguments.defaults));
        return;
    case AST_ARG:
        put(f, ident(x, n->arg.arg));
        put(f, node(x, n->arg.annotation));
        put(f, none);
        return;
    case AST_KEYWORD:
        put(f, ident(x, n->keyword.arg));
        put(f, node(x, n->keyword.value));
        return;
    case AST_ALIAS:
        // a dotted name ("a.b") is kept as written, not normalised as one identifier
        put(f, x->failed ? VAL_NULL : check(x, str_new(I, n->alias.name)));
        put(f, ident(x, n->alias.asname));
        return;
    case AST_WITHITEM:
        put(f, node(x, n->withitem.context_expr));
        put(f, node(x, n->withitem.optional_vars));
        return;
    case AST_MATCH_CASE:
        put(f, node(x, n->match_case.pattern));
        put(f, node(x, n->match_case.guard));
        put(f, list(x, n->match_case.body));
        return;
    case AST_MATCH_VALUE: put(f, node(x, n->MatchValue.value)); return;
    case AST_MATCH_SINGLETON:
        put(f, n->MatchSingleton.value == AST_CONST_TRUE    ? I->true_
               : n->MatchSingleton.value == AST_CONST_FALSE ? I->false_
                                                            : none);
        return;
    case AST_MATCH_SEQUENCE: put(f, list(x, n->MatchSequence.patterns)); return;
    case AST_MATCH_MAPPING:
        put(f, list(x, n->MatchMapping.keys));
        put(f, list(x, n->MatchMapping.patterns));
        put(f, ident(x, n->MatchMapping.rest));
        return;
    case AST_MATCH_CLASS:
        put(f, node(x, n->MatchClass.cls));
        put(f, list(x, n->MatchClass.patterns));
        put(f, idents(x, n->MatchClass.kwd_attrs));
        put(f, list(x, n->MatchClass.kwd_patterns));
        return;
    case AST_MATCH_STAR: put(f, ident(x, n->MatchStar.name)); return;
    case AST_MATCH_AS:
        put(f, node(x, n->MatchAs.pattern));
        put(f, ident(x, n->MatchAs.name));
        return;
    case AST_MATCH_OR: put(f, list(x, n->MatchOr.patterns)); return;
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "_ast: unexpected node kind %d", (int)n->kind);
        x->failed = true;
        return;
    }
}

// True for the classes with positions (_attributes): stmt, expr, excepthandler, arg,
// keyword, alias and pattern nodes.
static bool has_positions(int kind) {
    return ast_is_stmt(kind) || ast_is_expr(kind) || ast_is_pattern(kind) ||
           kind == AST_EXCEPT_HANDLER || kind == AST_ARG || kind == AST_KEYWORD ||
           kind == AST_ALIAS;
}

static bool set_attr(Export *x, Value o, Value name, Value v) {
    if (x->failed || v == VAL_NULL || obj_setattr(x->I, o, name, v) < 0) x->failed = true;
    return !x->failed;
}

static bool set_position(Export *x, Value o, const char *name, int v) {
    if (x->failed) return false;
    Value s = check(x, str_intern_cstr(x->I, name));
    return !x->failed && set_attr(x, o, s, small(v));
}

static Value node_body(Export *x, const Node *n) {
    Interp *I = x->I;
    Value entry = tuple_get(x->kinds, n->kind);
    Value cls = entry != VAL_NULL && tuple_check(entry) ? tuple_get(entry, 0) : VAL_NULL;
    Value names = entry != VAL_NULL && tuple_check(entry) ? tuple_get(entry, 1) : VAL_NULL;
    if (cls == VAL_NULL || names == VAL_NULL || !tuple_check(names)) {
        exc_raise(I, TY_SYSTEM_ERROR, "_ast: no class for node kind %d", (int)n->kind);
        x->failed = true;
        return VAL_NULL;
    }
    Fields f = {.n = 0};
    fields(x, n, &f);
    if (x->failed) return VAL_NULL;
    if (f.n > FIELDS_MAX || f.n != tuple_len(names)) {
        exc_raise(I, TY_SYSTEM_ERROR, "_ast: field count mismatch for %s", ast_kind_name(n->kind));
        x->failed = true;
        return VAL_NULL;
    }
    Value o = check(x, obj_call(I, cls, vview_make(f.v, 0), VAL_NULL));
    for (size_t i = 0; i < f.n && !x->failed; i++) set_attr(x, o, tuple_get(names, i), f.v[i]);
    if (has_positions(n->kind)) {
        set_position(x, o, "lineno", n->lineno);
        set_position(x, o, "col_offset", n->col_offset);
        set_position(x, o, "end_lineno", n->end_lineno);
        set_position(x, o, "end_col_offset", n->end_col_offset);
    }
    return x->failed ? VAL_NULL : o;
}

static Value node(Export *x, const Node *n) {
    if (x->failed) return VAL_NULL;
    if (n == NULL) return x->I->none;
    // the C stack bounds the depth, as for the compiler's own walks (symtable.c): a tree
    // compile() accepts converts too (CPython's limit there is ~3x the recursion limit)
    if (!interp_check_stack(x->I, " during ast construction")) {
        x->failed = true;
        return VAL_NULL;
    }
    return node_body(x, n);
}

Value ast_export(Interp *I, const Node *mod, Value kinds, Value singletons) {
    Export x = {I, kinds, singletons, false};
    return node(&x, mod);
}
