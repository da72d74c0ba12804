/*
 * ast.h: the abstract syntax tree the parser builds and the symbol table / code generator
 * read. It mirrors CPython 3.11's `ast` module: one NodeKind per ast class, the same field
 * names with the same meanings, and the same positions (lineno/end_lineno 1-based,
 * col_offset/end_col_offset 0-based UTF-8 byte offsets, exactly as CPython computes them).
 *
 * Representation
 *  - Every node is one `Node` (fixed size) allocated with heap_new(heap, sizeof(Node),
 *    HEAP_SCAN): zeroed, GC-managed, never freed. Pointers between nodes keep each other
 *    alive; the per-kind fields live in an anonymous union named after the Python class,
 *    e.g. n->BinOp.left, n->For.orelse, n->Constant.value (as CPython's s->v.For.target).
 *  - AsyncFunctionDef, AsyncFor and AsyncWith have the same fields as FunctionDef, For and
 *    With; their union members alias those (n->AsyncFor.iter == n->For.iter).
 *  - Sequences (Python `X*` fields) are `NodeList *`. NULL means the empty list. Read them
 *    only with ast_len / ast_get. Some lists hold "None" slots (Dict.keys for `**d`,
 *    arguments.kw_defaults for a keyword-only parameter without default): ast_get returns
 *    NULL for those.
 *  - Optional fields (`X?`) are NULL when absent (None).
 *  - Identifiers are BViews. Most point into the source buffer (which therefore stays alive
 *    while nodes exist); some (dotted import names written with spaces/comments) point
 *    into a fresh heap Buf. An absent optional identifier (ImportFrom.module of
 *    `from . import x`, ExceptHandler.name, alias.asname, keyword.arg of `**kw`,
 *    MatchAs.name of `_`, MatchStar.name of `*_`, MatchMapping.rest) has n == 0.
 *    Identifiers are not NFKC-normalised.
 *  - `identifier*` fields (Global.names, Nonlocal.names, MatchClass.kwd_attrs) are
 *    NodeLists of AST_IDENTIFIER nodes (not an ast class: an identifier with its position).
 *  - Constant: see AstConstKind. str and bytes values are decoded (escapes processed,
 *    adjacent literals concatenated): UTF-8 for str, raw bytes for bytes. Numbers are the
 *    literal's source text with underscores removed: int keeps its prefix ("0x1F", "0o7",
 *    "0b1", "123"), float is e.g. "1.5e-3" / ".5" / "1." / "1e5", imaginary is the text
 *    before the j/J suffix ("3", "1.5e2"), meaning complex(0, float(text)).
 *  - Nodes without positions in CPython (arguments, comprehension, withitem, match_case,
 *    and the mod kinds) have all four position fields 0.
 *
 * Invariant: a Node's `kind` never changes after the parser returns; every Node *
 * reachable from a tree is either NULL (absent/None) or a node of a kind allowed in that
 * field by Python.asdl (3.11).
 */
#ifndef SAFEPY_COMPILER_AST_H
#define SAFEPY_COMPILER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../kernel/buf.h"
#include "../kernel/heap.h"
#include "../kernel/vec.h"

/* Node kinds: X(ENUM_SUFFIX, "PythonClassName"). */
#define AST_KINDS(X)                                                                      \
    /* mod */                                                                             \
    X(MODULE, "Module") X(INTERACTIVE, "Interactive") X(EXPRESSION, "Expression")         \
    /* stmt */                                                                            \
    X(FUNCTION_DEF, "FunctionDef") X(ASYNC_FUNCTION_DEF, "AsyncFunctionDef")              \
    X(CLASS_DEF, "ClassDef") X(RETURN, "Return") X(DELETE, "Delete") X(ASSIGN, "Assign")  \
    X(AUG_ASSIGN, "AugAssign") X(ANN_ASSIGN, "AnnAssign") X(FOR, "For")                   \
    X(ASYNC_FOR, "AsyncFor") X(WHILE, "While") X(IF, "If") X(WITH, "With")                \
    X(ASYNC_WITH, "AsyncWith") X(MATCH, "Match") X(RAISE, "Raise") X(TRY, "Try")          \
    X(TRY_STAR, "TryStar") X(ASSERT, "Assert") X(IMPORT, "Import")                        \
    X(IMPORT_FROM, "ImportFrom") X(GLOBAL, "Global") X(NONLOCAL, "Nonlocal")              \
    X(EXPR, "Expr") X(PASS, "Pass") X(BREAK, "Break") X(CONTINUE, "Continue")             \
    /* expr */                                                                            \
    X(BOOL_OP, "BoolOp") X(NAMED_EXPR, "NamedExpr") X(BIN_OP, "BinOp")                    \
    X(UNARY_OP, "UnaryOp") X(LAMBDA, "Lambda") X(IF_EXP, "IfExp") X(DICT, "Dict")         \
    X(SET, "Set") X(LIST_COMP, "ListComp") X(SET_COMP, "SetComp")                         \
    X(DICT_COMP, "DictComp") X(GENERATOR_EXP, "GeneratorExp") X(AWAIT, "Await")           \
    X(YIELD, "Yield") X(YIELD_FROM, "YieldFrom") X(COMPARE, "Compare") X(CALL, "Call")    \
    X(FORMATTED_VALUE, "FormattedValue") X(JOINED_STR, "JoinedStr")                       \
    X(CONSTANT, "Constant") X(ATTRIBUTE, "Attribute") X(SUBSCRIPT, "Subscript")           \
    X(STARRED, "Starred") X(NAME, "Name") X(LIST, "List") X(TUPLE, "Tuple")               \
    X(SLICE, "Slice")                                                                     \
    /* helper types */                                                                    \
    X(COMPREHENSION, "comprehension") X(EXCEPT_HANDLER, "ExceptHandler")                  \
    X(ARGUMENTS, "arguments") X(ARG, "arg") X(KEYWORD, "keyword") X(ALIAS, "alias")       \
    X(WITHITEM, "withitem") X(MATCH_CASE, "match_case")                                   \
    /* pattern */                                                                         \
    X(MATCH_VALUE, "MatchValue") X(MATCH_SINGLETON, "MatchSingleton")                     \
    X(MATCH_SEQUENCE, "MatchSequence") X(MATCH_MAPPING, "MatchMapping")                   \
    X(MATCH_CLASS, "MatchClass") X(MATCH_STAR, "MatchStar") X(MATCH_AS, "MatchAs")        \
    X(MATCH_OR, "MatchOr")                                                                \
    /* not an ast class: an identifier with a position, element of identifier* lists */   \
    X(IDENTIFIER, "identifier")

typedef enum {
#define AST_KIND_ENUM(e, s) AST_##e,
    AST_KINDS(AST_KIND_ENUM)
#undef AST_KIND_ENUM
    AST__COUNT
} NodeKind;

/* True for statement kinds (FunctionDef .. Continue). */
static inline bool ast_is_stmt(int k) { return k >= AST_FUNCTION_DEF && k <= AST_CONTINUE; }
/* True for expression kinds (BoolOp .. Slice). */
static inline bool ast_is_expr(int k) { return k >= AST_BOOL_OP && k <= AST_SLICE; }
/* True for pattern kinds (MatchValue .. MatchOr). */
static inline bool ast_is_pattern(int k) { return k >= AST_MATCH_VALUE && k <= AST_MATCH_OR; }

/* expr_context */
typedef enum { AST_LOAD = 0, AST_STORE = 1, AST_DEL = 2 } AstExprContext;

/* boolop */
typedef enum { AST_AND = 0, AST_OR = 1 } AstBoolOp;

/* operator (BinOp.op, AugAssign.op) */
typedef enum {
    AST_ADD = 0, AST_SUB, AST_MULT, AST_MAT_MULT, AST_DIV, AST_MOD, AST_POW, AST_LSHIFT,
    AST_RSHIFT, AST_BIT_OR, AST_BIT_XOR, AST_BIT_AND, AST_FLOOR_DIV, AST_OPERATOR__COUNT
} AstOperator;

/* unaryop */
typedef enum { AST_INVERT = 0, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;

/* cmpop */
typedef enum {
    AST_EQ = 0, AST_NOT_EQ, AST_LT, AST_LT_E, AST_GT, AST_GT_E, AST_IS, AST_IS_NOT, AST_IN,
    AST_NOT_IN
} AstCmpOp;

/* What a Constant (or MatchSingleton) holds. */
typedef enum {
    AST_CONST_NONE = 0,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,   /* value: source text without underscores, prefix kept ("0x1f") */
    AST_CONST_FLOAT, /* value: source text without underscores ("1.5e3", ".5", "1.") */
    AST_CONST_IMAG,  /* value: text before the j suffix, no underscores: complex(0, float) */
    AST_CONST_STR,   /* value: decoded UTF-8 */
    AST_CONST_BYTES, /* value: decoded bytes */
    AST_CONST_OBJECT /* a tuple or frozenset from an AST object (ast_import): obj only */
} AstConstKind;

/* FormattedValue.conversion values (CPython uses the character code, -1 for none). */
#define AST_CONV_NONE (-1)
#define AST_CONV_STR ((int)'s')
#define AST_CONV_REPR ((int)'r')
#define AST_CONV_ASCII ((int)'a')

typedef struct Node Node;

/* A sequence of nodes (elements may be NULL for None slots). A NULL NodeList * is the
 * empty sequence. Items are kept as Values (node addresses) in a ValVec. */
typedef struct NodeList {
    ValVec items;
} NodeList;

/* Shared field layouts for the Async* aliases. */
typedef struct AstFunctionDefFields {
    BView name;
    Node *args;          /* AST_ARGUMENTS */
    NodeList *body;      /* stmt* */
    NodeList *decorator_list; /* expr* */
    Node *returns;       /* expr? */
} AstFunctionDefFields;

typedef struct AstForFields {
    Node *target;
    Node *iter;
    NodeList *body;
    NodeList *orelse;
} AstForFields;

typedef struct AstWithFields {
    NodeList *items; /* withitem* */
    NodeList *body;
} AstWithFields;

typedef struct AstTryFields {
    NodeList *body;
    NodeList *handlers; /* ExceptHandler* */
    NodeList *orelse;
    NodeList *finalbody;
} AstTryFields;

typedef struct AstCompFields {
    Node *elt;
    NodeList *generators; /* comprehension* */
} AstCompFields;

typedef struct AstSeqFields {
    NodeList *elts;
    uint8_t ctx; /* AstExprContext */
} AstSeqFields;

struct Node {
    uint8_t kind; /* NodeKind */
    int32_t lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* ---- mod ---- */
        struct { NodeList *body; } Module;
        struct { NodeList *body; } Interactive;
        struct { Node *body; } Expression;

        /* ---- stmt ---- */
        AstFunctionDefFields FunctionDef;
        AstFunctionDefFields AsyncFunctionDef;
        struct {
            BView name;
            NodeList *bases;          /* expr* */
            NodeList *keywords;       /* keyword* */
            NodeList *body;
            NodeList *decorator_list;
        } ClassDef;
        struct { Node *value; } Return;              /* value? */
        struct { NodeList *targets; } Delete;
        struct { NodeList *targets; Node *value; } Assign;
        struct { Node *target; uint8_t op; Node *value; } AugAssign; /* op: AstOperator */
        struct {
            Node *target;
            Node *annotation;
            Node *value;  /* expr? */
            int simple;   /* 1 when target is a plain Name not in parentheses */
        } AnnAssign;
        AstForFields For;
        AstForFields AsyncFor;
        struct { Node *test; NodeList *body; NodeList *orelse; } While;
        struct { Node *test; NodeList *body; NodeList *orelse; } If;
        AstWithFields With;
        AstWithFields AsyncWith;
        struct { Node *subject; NodeList *cases; } Match; /* cases: match_case* */
        struct { Node *exc; Node *cause; } Raise;          /* both optional */
        AstTryFields Try;
        AstTryFields TryStar;
        struct { Node *test; Node *msg; } Assert;          /* msg? */
        struct { NodeList *names; } Import;                /* alias* */
        struct {
            BView module;      /* n == 0: None (from . import x) */
            NodeList *names;   /* alias* */
            int level;
        } ImportFrom;
        struct { NodeList *names; } Global;                /* AST_IDENTIFIER* */
        struct { NodeList *names; } Nonlocal;              /* AST_IDENTIFIER* */
        struct { Node *value; } Expr;

        /* ---- expr ---- */
        struct { uint8_t op; NodeList *values; } BoolOp;   /* op: AstBoolOp */
        struct { Node *target; Node *value; } NamedExpr;
        struct { Node *left; uint8_t op; Node *right; } BinOp; /* op: AstOperator */
        struct { uint8_t op; Node *operand; } UnaryOp;     /* op: AstUnaryOp */
        struct { Node *args; Node *body; } Lambda;         /* args: AST_ARGUMENTS */
        struct { Node *test; Node *body; Node *orelse; } IfExp;
        struct { NodeList *keys; NodeList *values; } Dict; /* key NULL: **value */
        struct { NodeList *elts; } Set;
        AstCompFields ListComp;
        AstCompFields SetComp;
        struct { Node *key; Node *value; NodeList *generators; } DictComp;
        AstCompFields GeneratorExp;
        struct { Node *value; } Await;
        struct { Node *value; } Yield;                     /* value? */
        struct { Node *value; } YieldFrom;
        struct {
            Node *left;
            NodeList *ops;         /* AST_CMPOPS: see ast_cmpop_get */
            NodeList *comparators; /* expr* */
        } Compare;
        struct { Node *func; NodeList *args; NodeList *keywords; } Call;
        struct {
            Node *value;
            int conversion;    /* AST_CONV_* */
            Node *format_spec; /* JoinedStr? */
        } FormattedValue;
        struct { NodeList *values; } JoinedStr; /* Constant(str) and FormattedValue */
        struct {
            uint8_t ckind;  /* AstConstKind */
            bool ukind;     /* Python's Constant.kind == 'u' (u-prefixed first literal) */
            BView value;    /* see AstConstKind; empty for None/True/False/Ellipsis */
            Value obj;      /* VAL_NULL, or (trees made by ast_import) the value itself */
        } Constant;
        struct { Node *value; BView attr; uint8_t ctx; } Attribute;
        struct { Node *value; Node *slice; uint8_t ctx; } Subscript;
        struct { Node *value; uint8_t ctx; } Starred;
        struct { BView id; uint8_t ctx; } Name;
        AstSeqFields List;
        AstSeqFields Tuple;
        struct { Node *lower; Node *upper; Node *step; } Slice; /* all optional */

        /* ---- helper types ---- */
        struct {
            Node *target;
            Node *iter;
            NodeList *ifs;
            int is_async;
        } comprehension;
        struct {
            Node *type;      /* expr? */
            BView name;      /* n == 0: None */
            NodeList *body;
        } ExceptHandler;
        struct {
            NodeList *posonlyargs; /* arg* */
            NodeList *args;        /* arg* */
            Node *vararg;          /* arg? */
            NodeList *kwonlyargs;  /* arg* */
            NodeList *kw_defaults; /* expr (NULL slot: no default), one per kwonlyarg */
            Node *kwarg;           /* arg? */
            NodeList *defaults;    /* expr*: defaults of the last positional params */
        } arguments;
        struct { BView arg; Node *annotation; } arg;       /* annotation? */
        struct { BView arg; Node *value; } keyword;        /* arg n == 0: **value */
        struct { BView name; BView asname; } alias;        /* name may be dotted "a.b" */
        struct { Node *context_expr; Node *optional_vars; } withitem;
        struct { Node *pattern; Node *guard; NodeList *body; } match_case;

        /* ---- pattern ---- */
        struct { Node *value; } MatchValue;
        struct { uint8_t value; } MatchSingleton;          /* AST_CONST_NONE/TRUE/FALSE */
        struct { NodeList *patterns; } MatchSequence;
        struct { NodeList *keys; NodeList *patterns; BView rest; } MatchMapping;
        struct {
            Node *cls;
            NodeList *patterns;
            NodeList *kwd_attrs;    /* AST_IDENTIFIER* */
            NodeList *kwd_patterns;
        } MatchClass;
        struct { BView name; } MatchStar;                  /* n == 0: `*_` */
        struct { Node *pattern; BView name; } MatchAs;     /* both optional: `_` */
        struct { NodeList *patterns; } MatchOr;

        /* ---- AST_IDENTIFIER ---- */
        struct { BView id; } Identifier;
    };
};

/* ---- reading ---- */

/* Number of elements of [l] (0 for NULL). */
size_t ast_len(const NodeList *l);

/* Element [i] of [l]; NULL when i is out of range or the slot holds None. */
Node *ast_get(const NodeList *l, size_t i);

/* The comparison operator [i] of a Compare node's ops (AstCmpOp), -1 when out of range.
 * (Compare.ops holds operators, not nodes: they are stored as small ints.) */
int ast_cmpop_get(const Node *compare, size_t i);

/* Python class name of [kind] ("BinOp"), "?" when out of range. */
const char *ast_kind_name(int kind);

/* Python names of operators: "Add", "And", "Not", "Eq", "Load"... ("?" when out of range). */
const char *ast_operator_name(int op);
const char *ast_boolop_name(int op);
const char *ast_unaryop_name(int op);
const char *ast_cmpop_name(int op);
const char *ast_ctx_name(int ctx);

/* True when identifier [v] is present (not None). */
static inline bool ast_has_ident(BView v) { return v.n != 0; }

/* ---- building (used by the parser) ---- */

/* New zeroed node of [kind] with the given position; NULL when the heap is exhausted. */
Node *ast_new(Heap *h, int kind, int lineno, int col_offset, int end_lineno,
              int end_col_offset);

/* Appends [n] (may be NULL for a None slot) to *[l], creating the list when *l is NULL.
 * False when the heap is exhausted. */
K_MUST bool ast_push(Heap *h, NodeList **l, Node *n);

/* Appends comparison operator [op] to Compare node [compare]'s ops. */
K_MUST bool ast_cmpop_push(Heap *h, Node *compare, int op);

/* Replaces element [i] of [l] (i < len). */
void ast_set(NodeList *l, size_t i, Node *n);

/* Copies the position of [from] to [to]. */
void ast_copy_pos(Node *to, const Node *from);

#endif
