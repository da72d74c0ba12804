/*
 * ast.c: node allocation, NodeList access and the name tables of ast.h.
 *
 * A NodeList keeps node addresses as Values in a ValVec (a Node is the start of a HEAP_SCAN
 * chunk, so its address is a valid pointer Value and the list keeps it alive). The only
 * Value -> Node conversion is node_of below; it accepts only pointer Values, so the small
 * ints Compare.ops stores never come back as nodes.
 */
#include "ast.h"

static Node *node_of(Value v) {
    if (!val_is_ptr(v)) return NULL;
    void *addr = (void *)v; // lists hold only Node chunks (ast_push) and small ints
    Node *n = addr;
    return n->kind < AST__COUNT ? n : NULL;
}

static Value val_of(const Node *n) { return (Value)(uintptr_t)n; }

size_t ast_len(const NodeList *l) { return l == NULL ? 0 : l->items.len; }

Node *ast_get(const NodeList *l, size_t i) {
    if (l == NULL) return NULL;
    return node_of(vec_get(&l->items, i));
}

int ast_cmpop_get(const Node *compare, size_t i) {
    if (compare == NULL || compare->kind != AST_COMPARE || compare->Compare.ops == NULL)
        return -1;
    Value v = vec_get(&compare->Compare.ops->items, i);
    if (!val_is_small(v)) return -1;
    return (int)val_small(v);
}

static const char *const kind_names[AST__COUNT] = {
#define AST_KIND_NAME(e, s) s,
    AST_KINDS(AST_KIND_NAME)
#undef AST_KIND_NAME
};

const char *ast_kind_name(int kind) {
    if (kind < 0 || kind >= AST__COUNT) return "?";
    return kind_names[kind];
}

const char *ast_operator_name(int op) {
    static const char *const names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor", "BitAnd",
                                        "FloorDiv"};
    if (op < 0 || op >= (int)(sizeof names / sizeof names[0])) return "?";
    return names[op];
}

const char *ast_boolop_name(int op) {
    if (op == AST_AND) return "And";
    if (op == AST_OR) return "Or";
    return "?";
}

const char *ast_unaryop_name(int op) {
    static const char *const names[] = {"Invert", "Not", "UAdd", "USub"};
    if (op < 0 || op >= (int)(sizeof names / sizeof names[0])) return "?";
    return names[op];
}

const char *ast_cmpop_name(int op) {
    static const char *const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is",
                                        "IsNot", "In", "NotIn"};
    if (op < 0 || op >= (int)(sizeof names / sizeof names[0])) return "?";
    return names[op];
}

const char *ast_ctx_name(int ctx) {
    static const char *const names[] = {"Load", "Store", "Del"};
    if (ctx < 0 || ctx >= (int)(sizeof names / sizeof names[0])) return "?";
    return names[ctx];
}

Node *ast_new(Heap *h, int kind, int lineno, int col_offset, int end_lineno,
              int end_col_offset) {
    Node *n = heap_new(h, sizeof(Node), HEAP_SCAN);
    if (n == NULL) return NULL;
    n->kind = (uint8_t)kind;
    n->lineno = lineno;
    n->col_offset = col_offset;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col_offset;
    return n;
}

static bool push_value(Heap *h, NodeList **l, Value v) {
    if (*l == NULL) {
        NodeList *nl = heap_new(h, sizeof(NodeList), HEAP_SCAN);
        if (nl == NULL) return false;
        vec_init(&nl->items);
        *l = nl;
    }
    return vec_push(h, &(*l)->items, v) == K_OK;
}

bool ast_push(Heap *h, NodeList **l, Node *n) { return push_value(h, l, val_of(n)); }

bool ast_cmpop_push(Heap *h, Node *compare, int op) {
    return push_value(h, &compare->Compare.ops, val_from_small(op));
}

void ast_set(NodeList *l, size_t i, Node *n) {
    if (l == NULL) return;
    (void)vec_set(&l->items, i, val_of(n));
}

void ast_copy_pos(Node *to, const Node *from) {
    to->lineno = from->lineno;
    to->col_offset = from->col_offset;
    to->end_lineno = from->end_lineno;
    to->end_col_offset = from->end_col_offset;
}
