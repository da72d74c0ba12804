/*
 * symtable.h: the symbol table: which scope every name of a module belongs to.
 *
 * symtable_build walks the AST once, creating one Scope per module, class body,
 * function, lambda and comprehension, recording how each name is used there (DEF_*
 * flags), then resolves every name to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE /
 * CELL as CPython 3.11 does (free variables propagate up through intermediate scopes,
 * class bodies do not enclose their methods except through the implicit __class__ cell,
 * `global`/`nonlocal` checks, walrus targets inside comprehensions bind in the enclosing
 * function). The code generator asks it for each name's scope.
 *
 * Invariant: names stored in a Scope are interned strs, already mangled (__private
 * names inside a class); every Scope is a HEAP_SCAN chunk reachable from the module
 * scope, so holding the module Scope keeps the whole table alive.
 */
#ifndef SAFEPY_COMPILER_SYMTABLE_H
#define SAFEPY_COMPILER_SYMTABLE_H

#include <stdarg.h>

#include "../objects/interp.h"
#include "ast.h"

/* How a name is used in one scope (bits of the symbol's flags). */
#define DEF_GLOBAL 0x1      /* `global` statement */
#define DEF_LOCAL 0x2       /* assigned (any binding) */
#define DEF_PARAM 0x4       /* a parameter */
#define DEF_NONLOCAL 0x8    /* `nonlocal` statement (or walrus in a comprehension) */
#define DEF_USE 0x10        /* read */
#define DEF_FREE 0x20       /* free in a nested scope */
#define DEF_FREE_CLASS 0x40 /* free in a method, also bound in the class body */
#define DEF_IMPORT 0x80     /* bound by import */
#define DEF_ANNOT 0x100     /* annotated */
#define DEF_COMP_ITER 0x200 /* comprehension iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scope of a name, stored in the flags at SYM_SCOPE_SHIFT. */
#define SYM_SCOPE_SHIFT 12
#define SYM_SCOPE_MASK 7
#define SYM_LOCAL 1
#define SYM_GLOBAL_EXPLICIT 2
#define SYM_GLOBAL_IMPLICIT 3
#define SYM_FREE 4
#define SYM_CELL 5

typedef enum { SCOPE_MODULE = 0, SCOPE_FUNCTION = 1, SCOPE_CLASS = 2 } ScopeKind;

/* Comprehension kinds (Scope.comp_kind), for messages. */
typedef enum {
    COMP_NONE = 0, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP
} CompKind;

typedef struct Scope Scope;
struct Scope {
    uint8_t kind;          /* ScopeKind (lambda and comprehension scopes are functions) */
    uint8_t comp_kind;     /* CompKind: non-zero for comprehension scopes */
    bool is_lambda;
    bool is_async;         /* async def, or a comprehension with async for / await */
    bool nested;           /* inside a function (directly or not) */
    bool has_free;         /* uses free variables */
    bool child_free;       /* a nested scope has free variables */
    bool generator;        /* contains yield / yield from (or is a generator expression) */
    bool varargs, varkeywords;
    bool needs_class_closure; /* class body: methods use __class__ / super() */
    int comp_iter_target;  /* > 0 while visiting a comprehension's targets */
    int comp_iter_expr;    /* > 0 while visiting a comprehension's iterable */
    int annotation;        /* > 0 while visiting an annotation kept as text (PEP 563) */
    Node *node;            /* the AST node that opened the scope */
    Value name;            /* str: "<module>", function or class name, "<lambda>"... */
    Value symbols;         /* dict: mangled name -> small int (DEF_* | scope << SHIFT) */
    Value varnames;        /* list: parameter names in order */
    Value directives;      /* dict: name -> tuple(lineno, col, end_lineno, end_col) */
    Scope *parent;
    Scope *first_child, *last_child, *next_sibling;
    Scope *cursor;         /* where symtable_child's search resumes */
    int32_t lineno, col_offset;
};

/* The compiler's recursion guard. CPython lets the compiler recurse 3 levels per unit
 * of sys.getrecursionlimit() (COMPILER_STACK_FRAME_SCALE); every level also checks the
 * real C stack budget (interp_check_stack), so deep input gives RecursionError, never a
 * stack overflow. */
typedef struct CompileDepth {
    int64_t depth, limit;
} CompileDepth;

/* Starts a guard for a compilation begun at the interpreter's current depth. */
void symtable_depth_init(Interp *I, CompileDepth *d);
/* One level deeper: false with RecursionError ("maximum recursion depth exceeded during
 * compilation") when too deep. Pair with symtable_depth_leave. */
bool symtable_depth_enter(Interp *I, CompileDepth *d);
void symtable_depth_leave(CompileDepth *d);

/* Where the source came from, for SyntaxError locations. */
typedef struct CompileSrc {
    Value filename;        /* str */
    BView src;             /* the whole source text (UTF-8) */
    uint32_t flags;        /* compile() flags: COMPILE_FUTURE_ANNOTATIONS (compile.h) */
    int optimize;          /* compile() optimize: >= 1 drops asserts, __debug__ is False */
} CompileSrc;

/* Builds the symbol table of module node [mod] (Module, Interactive or Expression).
 * Returns the module scope, or NULL with SyntaxError (or MemoryError / RecursionError)
 * pending. */
Scope *symtable_build(Interp *I, Node *mod, const CompileSrc *cs);

/* Second pass (symtable_analyze.c): resolves the scope of every name under module scope
 * [top]. False with SyntaxError (bad global/nonlocal) or MemoryError pending. */
bool symtable_analyze(Interp *I, const CompileSrc *cs, Scope *top);

/* The scope opened by AST node [n] (a FunctionDef, Lambda, ClassDef or comprehension
 * expression) directly inside [parent], or NULL. */
Scope *symtable_child(Scope *parent, const Node *n);

/* Flags (DEF_* | scope << SYM_SCOPE_SHIFT) of mangled name [name] in [s]; 0 when the
 * name does not occur there. */
int symtable_flags(Interp *I, Scope *s, Value name);

/* The resolved scope (SYM_*) of mangled name [name] in [s]; 0 when unknown. */
int symtable_scope_of(Interp *I, Scope *s, Value name);

/* CPython's _Py_Mangle: [name] (a str) as seen inside class [private_] (a str, or
 * VAL_NULL outside classes): "__x" becomes "_Class__x". Returns an interned str, or
 * VAL_NULL with MemoryError. */
Value symtable_mangle(Interp *I, Value private_, Value name);

/* The `from __future__ import` statements at the top of module body [body] (after its
 * docstring): the indices [*from, return value). */
size_t symtable_future_range(const NodeList *body, size_t *from);
/* True when one of those statements imports `annotations`. */
bool symtable_future_annotations(const NodeList *body);

/* An interned str from identifier bytes [v]; VAL_NULL with MemoryError. */
Value symtable_ident(Interp *I, BView v);

/* Raises SyntaxError [msg] at the given position (1-based line, 0-based byte columns;
 * end_col -1 gives end_offset None);
 * the exception's text is the source line (None for "<...>" pseudo file names, as
 * CPython, which rereads the file, reports them). Returns false. */
bool symtable_error(Interp *I, const CompileSrc *cs, TypeId type, const char *msg,
                    int lineno, int col, int end_lineno, int end_col);

/* Same with a message made by str_from_format's directives (%U for a str Value). */
bool symtable_errorf(Interp *I, const CompileSrc *cs, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...);
bool symtable_verrorf(Interp *I, const CompileSrc *cs, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, va_list ap);

#endif
