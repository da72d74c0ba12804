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

// The field values of [n] in _fields order; their number.
static size_t fields(Export *x, const Node *n, Value v[7]) {
    Interp *I = x->I;
    Value none = I->none;
    switch (n->kind) {
    case AST_MODULE:
        v[0] = list(x, n->Module.body);
        v[1] = list(x, NULL);
        return 2;
    case AST_INTERACTIVE: v[0] = list(x, n->Interactive.body); return 1;
    case AST_EXPRESSION: v[0] = node(x, n->Expression.body); return 1;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        v[0] = ident(x, n->FunctionDef.name);
        v[1] = node(x, n->FunctionDef.args);
        v[2] = list(x, n->FunctionDef.body);
        v[3] = list(x, n->FunctionDef.decorator_list);
        v[4] = node(x, n->FunctionDef.returns);
        v[5] = none;
        return 6;
    case AST_CLASS_DEF:
        v[0] = ident(x, n->ClassDef.name);
        v[1] = list(x, n->ClassDef.bases);
        v[2] = list(x, n->ClassDef.keywords);
        v[3] = list(x, n->ClassDef.body);
        v[4] = list(x, n->ClassDef.decorator_list);
        return 5;
    case AST_RETURN: v[0] = node(x, n->Return.value); return 1;
    case AST_DELETE: v[0] = list(x, n->Delete.targets); return 1;
    case AST_ASSIGN:
        v[0] = list(x, n->Assign.targets);
        v[1] = node(x, n->Assign.value);
        v[2] = none;
        return 3;
    case AST_AUG_ASSIGN:
        v[0] = node(x, n->AugAssign.target);
        v[1] = single(x, ast_operator_name(n->AugAssign.op));
        v[2] = node(x, n->AugAssign.value);
        return 3;
    case AST_ANN_ASSIGN:
        v[0] = node(x, n->AnnAssign.target);
        v[1] = node(x, n->AnnAssign.annotation);
        v[2] = node(x, n->AnnAssign.value);
        v[3] = small(n->AnnAssign.simple);
        return 4;
    case AST_FOR:
    case AST_ASYNC_FOR:
        v[0] = node(x, n->For.target);
        v[1] = node(x, n->For.iter);
        v[2] = list(x, n->For.body);
        v[3] = list(x, n->For.orelse);
        v[4] = none;
        return 5;
    case AST_WHILE:
        v[0] = node(x, n->While.test);
        v[1] = list(x, n->While.body);
        v[2] = list(x, n->While.orelse);
        return 3;
    case AST_IF:
        v[0] = node(x, n->If.test);
        v[1] = list(x, n->If.body);
        v[2] = list(x, n->If.orelse);
        return 3;
    case AST_WITH:
    case AST_ASYNC_WITH:
        v[0] = list(x, n->With.items);
        v[1] = list(x, n->With.body);
        v[2] = none;
        return 3;
    case AST_MATCH:
        v[0] = node(x, n->Match.subject);
        v[1] = list(x, n->Match.cases);
        return 2;
    case AST_RAISE:
        v[0] = node(x, n->Raise.exc);
        v[1] = node(x, n->Raise.cause);
        return 2;
    case AST_TRY:
    case AST_TRY_STAR:
        v[0] = list(x, n->Try.body);
        v[1] = list(x, n->Try.handlers);
        v[2] = list(x, n->Try.orelse);
        v[3] = list(x, n->Try.finalbody);
        return 4;
    case AST_ASSERT:
        v[0] = node(x, n->Assert.test);
        v[1] = node(x, n->Assert.msg);
        return 2;
    case AST_IMPORT: v[0] = list(x, n->Import.names); return 1;
    case AST_IMPORT_FROM:
        v[0] = ident(x, n->ImportFrom.module);
        v[1] = list(x, n->ImportFrom.names);
        v[2] = small(n->ImportFrom.level);
        return 3;
    case AST_GLOBAL: v[0] = idents(x, n->Global.names); return 1;
    case AST_NONLOCAL: v[0] = idents(x, n->Nonlocal.names); return 1;
    case AST_EXPR: v[0] = node(x, n->Expr.value); return 1;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return 0;
    case AST_BOOL_OP:
        v[0] = single(x, ast_boolop_name(n->BoolOp.op));
        v[1] = list(x, n->BoolOp.values);
        return 2;
    case AST_NAMED_EXPR:
        v[0] = node(x, n->NamedExpr.target);
        v[1] = node(x, n->NamedExpr.value);
        return 2;
    case AST_BIN_OP:
        v[0] = node(x, n->BinOp.left);
        v[1] = single(x, ast_operator_name(n->BinOp.op));
        v[2] = node(x, n->BinOp.right);
        return 3;
    case AST_UNARY_OP:
        v[0] = single(x, ast_unaryop_name(n->UnaryOp.op));
        v[1] = node(x, n->UnaryOp.operand);
        return 2;
    case AST_LAMBDA:
        v[0] = node(x, n->Lambda.args);
        v[1] = node(x, n->Lambda.body);
        return 2;
    case AST_IF_EXP:
        v[0] = node(x, n->IfExp.test);
        v[1] = node(x, n->IfExp.body);
        v[2] = node(x, n->IfExp.orelse);
        return 3;
    case AST_DICT:
        v[0] = list(x, n->Dict.keys);
        v[1] = list(x, n->Dict.values);
        return 2;
    case AST_SET: v[0] = list(x, n->Set.elts); return 1;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        v[0] = node(x, n->ListComp.elt);
        v[1] = list(x, n->ListComp.generators);
        return 2;
    case AST_DICT_COMP:
        v[0] = node(x, n->DictComp.key);
        v[1] = node(x, n->DictComp.value);
        v[2] = list(x, n->DictComp.generators);
        return 3;
    case AST_AWAIT: v[0] = node(x, n->Await.value); return 1;
    case AST_YIELD: v[0] = node(x, n->Yield.value); return 1;
    case AST_YIELD_FROM: v[0] = node(x, n->YieldFrom.value); return 1;
    case AST_COMPARE:
        v[0] = node(x, n->Compare.left);
        v[1] = cmpops(x, n);
        v[2] = list(x, n->Compare.comparators);
        return 3;
    case AST_CALL:
        v[0] = node(x, n->Call.func);
        v[1] = list(x, n->Call.args);
        v[2] = list(x, n->Call.keywords);
        return 3;
    case AST_FORMATTED_VALUE:
        v[0] = node(x, n->FormattedValue.value);
        v[1] = small(n->FormattedValue.conversion);
        v[2] = node(x, n->FormattedValue.format_spec);
        return 3;
    case AST_JOINED_STR: v[0] = list(x, n->JoinedStr.values); return 1;
    case AST_CONSTANT:
        v[0] = x->failed ? VAL_NULL : check(x, ast_constant_value(I, n));
        v[1] = n->Constant.ukind ? check(x, str_intern_cstr(I, "u")) : none;
        return 2;
    case AST_ATTRIBUTE:
        v[0] = node(x, n->Attribute.value);
        v[1] = ident(x, n->Attribute.attr);
        v[2] = single(x, ast_ctx_name(n->Attribute.ctx));
        return 3;
    case AST_SUBSCRIPT:
        v[0] = node(x, n->Subscript.value);
        v[1] = node(x, n->Subscript.slice);
        v[2] = single(x, ast_ctx_name(n->Subscript.ctx));
        return 3;
    case AST_STARRED:
        v[0] = node(x, n->Starred.value);
        v[1] = single(x, ast_ctx_name(n->Starred.ctx));
        return 2;
    case AST_NAME:
        v[0] = ident(x, n->Name.id);
        v[1] = single(x, ast_ctx_name(n->Name.ctx));
        return 2;
    case AST_LIST:
    case AST_TUPLE:
        v[0] = list(x, n->List.elts);
        v[1] = single(x, ast_ctx_name(n->List.ctx));
        return 2;
    case AST_SLICE:
        v[0] = node(x, n->Slice.lower);
        v[1] = node(x, n->Slice.upper);
        v[2] = node(x, n->Slice.step);
        return 3;
    case AST_COMPREHENSION:
        v[0] = node(x, n->comprehension.target);
        v[1] = node(x, n->comprehension.iter);
        v[2] = list(x, n->comprehension.ifs);
        v[3] = small(n->comprehension.is_async);
        return 4;
    case AST_EXCEPT_HANDLER:
        v[0] = node(x, n->ExceptHandler.type);
        v[1] = ident(x, n->ExceptHandler.name);
        v[2] = list(x, n->ExceptHandler.body);
        return 3;
    case AST_ARGUMENTS:
        v[0] = list(x, n->arguments.posonlyargs);
        v[1] = list(x, n->arguments.args);
        v[2] = node(x, n->arguments.vararg);
        v[3] = list(x, n->arguments.kwonlyargs);
        v[4] = list(x, n->arguments.kw_defaults);
        v[5] = node(x, n->arguments.kwarg);
        v[6] = list(x, n->arguments.defaults);
        return 7;
    case AST_ARG:
        v[0] = ident(x, n->arg.arg);
        v[1] = node(x, n->arg.annotation);
        v[2] = none;
        return 3;
    case AST_KEYWORD:
        v[0] = ident(x, n->keyword.arg);
        v[1] = node(x, n->keyword.value);
        return 2;
    case AST_ALIAS:
        // a dotted name ("a.b") is kept as written, not normalised as one identifier
        v[0] = x->failed ? VAL_NULL : check(x, str_new(I, n->alias.name));
        v[1] = ident(x, n->alias.asname);
        return 2;
    case AST_WITHITEM:
        v[0] = node(x, n->withitem.context_expr);
        v[1] = node(x, n->withitem.optional_vars);
        return 2;
    case AST_MATCH_CASE:
        v[0] = node(x, n->match_case.pattern);
        v[1] = node(x, n->match_case.guard);
        v[2] = list(x, n->match_case.body);
        return 3;
    case AST_MATCH_VALUE: v[0] = node(x, n->MatchValue.value); return 1;
    case AST_MATCH_SINGLETON:
        v[0] = n->MatchSingleton.value == AST_CONST_TRUE    ? I->true_
               : n->MatchSingleton.value == AST_CONST_FALSE ? I->false_
                                                            : none;
        return 1;
    case AST_MATCH_SEQUENCE: v[0] = list(x, n->MatchSequence.patterns); return 1;
    case AST_MATCH_MAPPING:
        v[0] = list(x, n->MatchMapping.keys);
        v[1] = list(x, n->MatchMapping.patterns);
        v[2] = ident(x, n->MatchMapping.rest);
        return 3;
    case AST_MATCH_CLASS:
        v[0] = node(x, n->MatchClass.cls);
        v[1] = list(x, n->MatchClass.patterns);
        v[2] = idents(x, n->MatchClass.kwd_attrs);
        v[3] = list(x, n->MatchClass.kwd_patterns);
        return 4;
    case AST_MATCH_STAR: v[0] = ident(x, n->MatchStar.name); return 1;
    case AST_MATCH_AS:
        v[0] = node(x, n->MatchAs.pattern);
        v[1] = ident(x, n->MatchAs.name);
        return 2;
    case AST_MATCH_OR: v[0] = list(x, n->MatchOr.patterns); return 1;
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "_ast: unexpected node kind %d", (int)n->kind);
        x->failed = true;
        return 0;
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
    Value v[7];
    size_t nv = fields(x, n, v);
    if (x->failed) return VAL_NULL;
    if (nv != tuple_len(names)) {
        exc_raise(I, TY_SYSTEM_ERROR, "_ast: field count mismatch for %s", ast_kind_name(n->kind));
        x->failed = true;
        return VAL_NULL;
    }
    Value o = check(x, obj_call(I, cls, vview_make(v, 0), VAL_NULL));
    for (size_t i = 0; i < nv && !x->failed; i++) set_attr(x, o, tuple_get(names, i), v[i]);
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
