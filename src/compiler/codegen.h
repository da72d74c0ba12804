/*
 * codegen.h: the code generator's internal interface, shared by codegen.c (units,
 * emission, constants and names), codegen_asm.c (assembly: jump resolution, stack depth,
 * dead code, exception table, code object), codegen_expr.c, codegen_stmt.c and
 * codegen_match.c (the AST visitors).
 *
 * Model. Each code object under construction is a Unit. Instructions are appended to the
 * unit's IR (ValVecs of small ints): jump operands are label ids until assembly. Every
 * instruction also records its source position and the exception handler that covers
 * it: the generator keeps a "current handler" (a try/with/except region), changed
 * structurally when regions open and close (where CPython writes SETUP_xxx and POP_BLOCK),
 * so the exception table falls out of the instruction stream. A handler's stack depth
 * is the depth, found by flow analysis at assembly, of the first instruction emitted
 * after it was opened (plus a fixed delta).
 *
 * Invariant: all IR, tables and units live in HEAP_SCAN memory or C locals; no Value is
 * stored anywhere the collector cannot see.
 */
#ifndef SAFEPY_COMPILER_CODEGEN_H
#define SAFEPY_COMPILER_CODEGEN_H

#include "../objects/interp.h"
#include "../vm/code.h"
#include "ast.h"
#include "compile.h"
#include "symtable.h"

#define CODEGEN_CO_COROUTINE 0x80        /* CPython's CO_COROUTINE (async def) */
#define CODEGEN_CO_ASYNC_GENERATOR 0x200 /* CPython's CO_ASYNC_GENERATOR */
#define CODEGEN_MAX_BLOCKS 20     /* CPython's limit of statically nested blocks */
#define CODEGEN_STACK_USE_GUARD 30 /* above this many items, build sequences incrementally */

/* Kinds of compile units (CPython's COMPILER_SCOPE_*). */
typedef enum {
    UNIT_MODULE = 0, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION
} UnitKind;

/* Kinds of frame blocks: statements that control flow leaving them must clean up. */
typedef enum {
    FB_WHILE_LOOP = 0, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_ASYNC_WITH,
    FB_HANDLER_STAR
} FBlockKind;

typedef struct FBlock {
    int kind;            /* FBlockKind */
    int block;           /* loops: label of the loop head (continue target) */
    int exit;            /* loops: label after the loop (break target) */
    int outer_handler;   /* handler in force outside this block */
    Node *node;          /* the statement (for locations) */
    NodeList *body;      /* FINALLY_TRY: the finally body */
    Value name;          /* HANDLER_CLEANUP: the `as` name (mangled later) or VAL_NULL */
} FBlock;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *ste;
    int kind;                 /* UnitKind */
    Value name, qualname;     /* str */
    Value private_;           /* class name for mangling, or VAL_NULL */
    /* IR, one entry per instruction */
    ValVec code;              /* op | arg << 8 (jumps: label id) */
    ValVec pos_lines;         /* line << 31 | end_line */
    ValVec pos_cols;          /* (col + 1) << 31 | (end_col + 1) (0: unknown) */
    ValVec hidx;              /* covering handler + 1 (0: none) */
    ValVec labels;            /* label id -> instruction index (-1: unbound) */
    size_t art_from;          /* 1 + index of the instruction whose position the next
                                 artificial instruction takes (the FOR_ITER a loop's exit
                                 comes from); 0: the last one emitted */
    size_t line_nop;          /* 1 + index of a NOP kept only for its line (pass, try:)
                                 while it is the last instruction; 0: none */
    ValVec handlers;          /* 4 per handler: label, lasti, ref instruction, delta */
    /* tables */
    ValVec consts;
    int64_t singleton_idx[4]; /* index + 1 of None, True, False, Ellipsis (0: absent) */
    Value const_strs;         /* dict str -> index; const_key tuple -> index (codegen.c) */
    Value const_ints;         /* dict small int -> index */
    ValVec names;
    Value name_map;           /* dict name -> index */
    ValVec varnames;
    Value varname_map;
    ValVec cellvars;
    Value cell_map;
    ValVec freevars;
    Value free_map;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t firstlineno;
    /* state */
    SrcPos loc;               /* position given to emitted instructions */
    bool artificial;          /* emit with the previous instruction's position */
    int cur_handler;          /* -1: none */
    FBlock fblocks[CODEGEN_MAX_BLOCKS];
    int nfblocks;
};

typedef struct Compiler {
    Interp *I;
    CompileDepth depth;       /* recursion guard of the visitors */
    const CompileSrc *cs;
    Scope *top;
    Unit *u;
    bool interactive;         /* COMPILE_SINGLE: print expression statements */
    bool future_annotations;  /* from __future__ import annotations: keep them as text */
    int future_lineno;        /* line of the last leading __future__ import (0: none) */
    int nestlevel;            /* units open */
    ValVec frozensets;        /* frozenset constants made so far (merged when equal) */
} Compiler;

/* ---- codegen.c: units and emission ---- */

/* Compiles module [mod] (Module / Interactive / Expression) to a verified code object;
 * VAL_NULL with an exception pending. */
Value codegen_module(Interp *I, Node *mod, Scope *top, const CompileSrc *cs,
                     bool interactive);

/* Opens a unit for scope [ste] (kind UnitKind) named [name]; false on error. */
bool codegen_enter_unit(Compiler *c, Scope *ste, int kind, Value name, int firstlineno);
/* Assembles the current unit into a code object and closes it; VAL_NULL on error. */
Value codegen_exit_unit(Compiler *c);
/* Closes the current unit without assembling (error paths). */
void codegen_drop_unit(Compiler *c);

/* Raises SyntaxError [msg] (str_from_format directives) at the current location. */
bool codegen_error(Compiler *c, const char *fmt, ...);
/* Same at node [n]'s position. */
bool codegen_error_at(Compiler *c, const Node *n, const char *fmt, ...);

/* Sets the location of following instructions to node [n]'s; returns the old one. */
SrcPos codegen_set_loc(Compiler *c, const Node *n);
void codegen_restore_loc(Compiler *c, SrcPos p);
/* The position of node [n]. */
SrcPos codegen_pos_of(const Node *n);

/* Appends instruction [op] [arg]; false with SyntaxError when arg does not fit. */
bool codegen_emit(Compiler *c, int op, uint32_t arg);
/* The last instruction appended to the current unit is [op]. */
bool codegen_last_op_is(Compiler *c, int op);
/* Appends a jump-kind instruction [op] to [label]. */
bool codegen_emit_jump(Compiler *c, int op, int label);
/* A new unbound label, or -1 with MemoryError. */
int codegen_new_label(Compiler *c);
/* Binds [label] to the next instruction. */
bool codegen_bind(Compiler *c, int label);

/* Emits the JUMP back to [label] that ends a loop body (an artificial instruction: the
 * position of the one before). Where other jumps also arrive (a label is bound here: the
 * end of an if statement or of an inner loop) it gets no line instead, as CPython's line
 * propagation leaves such a block: a line tracer sees no event for it. */
bool codegen_emit_loop_jump(Compiler *c, int label);

/* Emits a NOP at the current position that only marks its line for tracers (pass, the
 * 'try:' line), as CPython 3.11 keeps one: it is dropped again when the next instruction
 * is on its line or the one before it is (within one block). */
bool codegen_emit_line_nop(Compiler *c);

/* The next instruction emitted, when artificial, takes the position of instruction
 * [index] (the FOR_ITER whose exhaustion jumps here: CPython's line propagation gives the
 * block a single predecessor's line). */
void codegen_artificial_from(Compiler *c, size_t index);

/* Opens an exception handler region: instructions emitted from now until codegen_set_handler
 * restores the returned previous handler are covered, jumping to [label] with the stack
 * cut to (depth at this point + [delta]) and, when [lasti], the instruction index pushed.
 * Returns the previous handler (>= -1) or -2 on error. */
int codegen_push_handler(Compiler *c, int label, bool lasti, int delta);
/* Makes [h] the handler of following instructions. */
void codegen_set_handler(Compiler *c, int h);

/* Index of constant [v] in the unit's consts (deduplicated where cheap); -1 on error. */
int64_t codegen_add_const(Compiler *c, Value v);
bool codegen_load_const(Compiler *c, Value v);
/* Emits [op] with the index of [name] (mangled when [mangle]) in co_names. */
bool codegen_emit_name(Compiler *c, int op, Value name, bool mangle);
/* Load / store / delete of variable [name] (unmangled identifier str) by scope. */
bool codegen_nameop(Compiler *c, Value name, int ctx);
/* Index of [name] in the unit's varnames (added when absent); -1 on error. */
int64_t codegen_varname(Compiler *c, Value name);
int64_t codegen_varname_in(Compiler *c, Unit *u, Value name);
/* LOAD_CLOSURE index (cells then frees) of [name] in the current unit; -1 if absent. */
int64_t codegen_closure_index(Compiler *c, Value name);

/* An interned str from an identifier. */
Value codegen_ident(Compiler *c, BView id);
/* Mangles [name] for the current unit. */
Value codegen_mangle(Compiler *c, Value name);

/* Pushes / pops a frame block; push fails with "too many statically nested blocks". */
bool codegen_push_fblock(Compiler *c, int kind, int block, int exit, Node *node);
void codegen_pop_fblock(Compiler *c);
FBlock *codegen_top_fblock(Compiler *c);

/* ---- codegen_asm.c ---- */

/* Builds the code object of unit [u] (not yet verified by the caller); VAL_NULL on error. */
Value codegen_assemble(Compiler *c, Unit *u);

/* ---- codegen_expr.c ---- */
bool codegen_expr(Compiler *c, Node *e);
/* Evaluates [e] for truth and jumps to [label] when its truth equals [cond]. */
bool codegen_jump_if(Compiler *c, Node *e, int label, bool cond);
/* Stores TOS into assignment target [t] (Name, Attribute, Subscript, Tuple, List,
 * Starred inside those). */
bool codegen_store(Compiler *c, Node *t);
/* Deletes target [t]. */
bool codegen_delete(Compiler *c, Node *t);
/* Builds the function object of a def or lambda whose body is already compiled to
 * [code]: pushes closure cells, code and qualname, MAKE_FUNCTION [flags]. */
bool codegen_make_closure(Compiler *c, Value code, int flags, Value qualname);
/* Emits the call part of f(args, **kw) when [n] extra positional values are already on
 * the stack above the callable pair. */
bool codegen_call_helper(Compiler *c, int n, NodeList *args, NodeList *keywords);
/* Pushes defaults / kwdefaults (and, when [annotations], the annotations dict) of
 * [args]; returns MAKE_FUNCTION flags or -1 on error. */
int codegen_function_prelude(Compiler *c, Node *args, Node *returns, bool annotations);
/* Sets the current unit's argcount / posonlyargcount / kwonlyargcount from [args]. */
void codegen_set_argcounts(Compiler *c, Node *args);
/* Pushes a tuple of [elts] (no starred items): one constant when they all fold. */
bool codegen_starunpack_tuple(Compiler *c, NodeList *elts);
/* The text `from __future__ import annotations` stores for annotation [n]. */
Value codegen_annotation_text(Compiler *c, const Node *n);
/* Raises "cannot assign to __debug__" style errors; false when [name] is forbidden. */
bool codegen_check_forbidden(Compiler *c, BView name, int ctx);
/* Value of a constant node (int/float/str/...) as an object; VAL_NULL on error. */
Value codegen_constant_value(Compiler *c, Node *e);
/* Pushes [e] where only its iteration matters (for / comprehension iterables, the
 * right side of `in`): constant lists fold to tuples, constant sets to frozensets, other
 * list displays are built as tuples. */
bool codegen_iter_expr(Compiler *c, Node *e);

/* ---- codegen_fold.c ---- */
/* Folds constant expression [e] (CPython 3.11's AST optimizer rules): 1 with *out set,
 * 0 when not constant, -1 on error. */
int codegen_try_fold(Compiler *c, Node *e, Value *out);
/* Same for an iterable position: a list of constants gives a tuple, a set of constants a
 * frozenset. */
int codegen_fold_iterable(Compiler *c, Node *e, Value *out);
/* The frozenset constant CPython would make of the items of tuple [items] (same
 * iteration order); VAL_NULL on error (unhashable items raise TypeError). */
Value codegen_frozenset_const(Compiler *c, Value items);
/* Moves the start of the current location to the attribute name of multi-line [attr]. */
void codegen_loc_match_attr(Compiler *c, const Node *attr);
/* BINARY_OP operand for an AstOperator. */
int codegen_binop_of(int astop);
/* [flag] (BINOP_TMP_LEFT / BINOP_TMP_RIGHT) when operand [e], just compiled, is a binary
 * operation whose value is the result of the BINARY_OP that ends its code; else 0. */
uint32_t codegen_binop_tmp(Compiler *c, const Node *e, uint32_t flag);
/* Builds a list/set/tuple from [elts] (may hold *starred), [pushed] items already on the
 * stack going first. */
bool codegen_starunpack(Compiler *c, NodeList *elts, int pushed, int build, int add, int extend,
                   bool tuple);
/* The SEND / YIELD_VALUE loop of `yield from` (iterator and first value on the stack). */
bool codegen_yield_from_loop(Compiler *c);
/* GET_AWAITABLE [where]; LOAD_CONST None; the yield-from loop: awaits the value on top. */
bool codegen_await_tos(Compiler *c, unsigned where);

/* ---- codegen_call.c ---- */
bool codegen_call(Compiler *c, Node *e);
bool codegen_lambda(Compiler *c, Node *e);
bool codegen_comprehension(Compiler *c, Node *e);

/* ---- codegen_stmt.c ---- */
bool codegen_stmt(Compiler *c, Node *s);
/* try / except* (codegen_except_star.c); `finally` is handled by the caller. */
bool codegen_try_star(Compiler *c, Node *s);

/* try/except and try/except* (codegen_stmt.c): the body under a handler at [except], the
 * else block, a jump to [end]; then at [except] PUSH_EXC_INFO under a handler at
 * [cleanup]. *[outer] gets the handler enclosing the statement. */
bool codegen_try_head(Compiler *c, Node *s, int except, int end, int cleanup, int *outer);

/* COPY 3; POP_EXCEPT; RERAISE 1: restore the previous exception and re-raise. */
bool codegen_pop_except_reraise(Compiler *c);
bool codegen_stmts(Compiler *c, NodeList *l);
/* Body of a module, class or interactive statement: __doc__ (not interactive),
 * SETUP_ANNOTATIONS when some statement annotates a name, then the statements. */
enum { CODEGEN_BODY_CLASS = 0, CODEGEN_BODY_MODULE = 1, CODEGEN_BODY_INTERACTIVE = 2 };
bool codegen_body(Compiler *c, NodeList *body, int mode);

/* ---- codegen_match.c ---- */
bool codegen_match(Compiler *c, Node *s);

/* ---- codegen_warn.c: CPython's compile-time SyntaxWarnings ---- */

/* Warns about `is` / `is not` with a literal operand in Compare [e]. False only when a
 * warning filter turned the warning into an exception (pending). */
bool codegen_warn_compare(Compiler *c, Node *e);

/* Warns about calling a literal or display (Call [e]: `5()`, `(1, 2)()`). */
bool codegen_warn_call(Compiler *c, Node *e);

/* Warns about subscripting a literal that is not subscriptable, or indexing a sequence
 * literal with a literal that is not an int (Subscript [e] in a load). */
bool codegen_warn_subscript(Compiler *c, Node *e);

/* Warns about `assert (test, msg)`: a non-empty tuple is always true (Assert [s]). */
bool codegen_warn_assert(Compiler *c, Node *s);

#endif
