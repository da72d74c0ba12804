/*
 * opcodes.h: the bytecode instruction set, defined once (X-macro). The compiler,
 * disassembler and bytecode verifier all expand this table.
 *
 * Encoding: one 32-bit word per instruction: opcode in bits 0-7, operand in bits 8-31
 * (0 .. 2^24-1). There is no EXTENDED_ARG; the compiler raises SyntaxError when an
 * operand would not fit.
 *
 * Columns: NAME, operand kind, stack inputs popped, stack outputs pushed. A pop/push of
 * -1 means "depends on the operand" (see the verifier's stack_effect()). Operand kinds:
 *   OPK_NONE   operand must be 0 (kinds are OPK_*; opcodes are OP_<NAME>)
 *   CONST  index into co_consts          NAME   index into co_names
 *   LOCAL  index into local variables    DEREF  index into cells+free vars
 *   JUMP   absolute instruction index    COUNT  an item count
 *   IMM    a small immediate (flags, operator number)
 *
 * The frame's "fast" area is [nlocals locals][ncells cell vars][nfrees free vars].
 * LOCAL operands index the first part, DEREF operands index cells+frees (0-based from
 * the first cell). Semantics follow CPython 3.11's instructions of the same name unless
 * a comment says otherwise. Stack pictures are written bottom ... top.
 */
#ifndef SAFEPY_VM_OPCODES_H
#define SAFEPY_VM_OPCODES_H

#define OPK_NONE 0
#define OPK_CONST 1
#define OPK_NAME 2
#define OPK_LOCAL 3
#define OPK_DEREF 4
#define OPK_JUMP 5
#define OPK_COUNT 6
#define OPK_IMM 7

#define OPCODES(X)                                                                        \
    X(NOP, OPK_NONE, 0, 0)              /* do nothing */                                   \
    X(POP_TOP, OPK_NONE, 1, 0)          /* discard TOS */                                  \
    X(COPY, OPK_COUNT, -1, -1)          /* push stack[-n] (n >= 1) */                      \
    X(SWAP, OPK_COUNT, -1, -1)          /* swap TOS and stack[-n] (n >= 2) */              \
    X(LOAD_CONST, OPK_CONST, 0, 1)      /* push consts[i] */                               \
    X(LOAD_FAST, OPK_LOCAL, 0, 1)       /* push local i; UnboundLocalError if unset */     \
    X(STORE_FAST, OPK_LOCAL, 1, 0)      /* local i = TOS */                                \
    X(DELETE_FAST, OPK_LOCAL, 0, 0)     /* unset local i; UnboundLocalError if unset */    \
    X(LOAD_DEREF, OPK_DEREF, 0, 1)      /* push contents of cell i; NameError if empty */  \
    X(STORE_DEREF, OPK_DEREF, 1, 0)     /* cell i contents = TOS */                        \
    X(DELETE_DEREF, OPK_DEREF, 0, 0)    /* empty cell i */                                 \
    X(LOAD_CLOSURE, OPK_DEREF, 0, 1)    /* push the cell object i itself */                \
    X(LOAD_CLASSDEREF, OPK_DEREF, 0, 1) /* class body: locals dict[name of i], else cell */ \
    X(LOAD_NAME, OPK_NAME, 0, 1)        /* locals, then globals, then builtins */          \
    X(STORE_NAME, OPK_NAME, 1, 0)       /* locals[name] = TOS */                           \
    X(DELETE_NAME, OPK_NAME, 0, 0)      /* del locals[name] */                             \
    X(LOAD_GLOBAL, OPK_NAME, 0, 1)      /* globals, then builtins */                       \
    X(STORE_GLOBAL, OPK_NAME, 1, 0)                                                        \
    X(DELETE_GLOBAL, OPK_NAME, 0, 0)                                                       \
    X(LOAD_ATTR, OPK_NAME, 1, 1)        /* obj -> getattr(obj, name) */                    \
    X(STORE_ATTR, OPK_NAME, 2, 0)       /* value obj -> (obj.name = value) */              \
    X(DELETE_ATTR, OPK_NAME, 1, 0)      /* obj -> (del obj.name) */                        \
    X(LOAD_METHOD, OPK_NAME, 1, 2)      /* obj -> meth obj | NULL attr (see CALL) */       \
    X(KW_NAMES, OPK_CONST, 0, 0)        /* next CALL's last len(consts[i]) args are kw */  \
    X(CALL, OPK_COUNT, -1, 1)           /* callable-or-meth self-or-NULL a1..an -> result. \
                                          Stack: [X, Y, args...]: if X is NULL, call Y   \
                                          (self absent); else call X with Y prepended */ \
    X(PUSH_NULL, OPK_NONE, 0, 1)        /* push NULL (before a plain callable for CALL) */ \
    X(CALL_FUNCTION_EX, OPK_IMM, -1, 1) /* NULL f args-tuple [kwargs-dict if i&1] -> res */ \
    X(BINARY_OP, OPK_IMM, 2, 1)         /* a b -> a OP b; i&31 is a BinOp (inplace >= 13), \
                                          i&32 / i&64: a / b is the value of a binary   \
                                          operation just computed (BINOP_TMP_*) */      \
    X(UNARY_NEGATIVE, OPK_NONE, 1, 1)                                                      \
    X(UNARY_POSITIVE, OPK_NONE, 1, 1)                                                      \
    X(UNARY_INVERT, OPK_NONE, 1, 1)                                                        \
    X(UNARY_NOT, OPK_NONE, 1, 1)                                                           \
    X(COMPARE_OP, OPK_IMM, 2, 1)        /* i: 0 < 1 <= 2 == 3 != 4 > 5 >= */               \
    X(IS_OP, OPK_IMM, 2, 1)             /* a is b (i=1: is not) -> bool */                 \
    X(CONTAINS_OP, OPK_IMM, 2, 1)       /* a in b (i=1: not in) -> bool */                 \
    X(BINARY_SUBSCR, OPK_NONE, 2, 1)    /* container key -> container[key] */              \
    X(STORE_SUBSCR, OPK_NONE, 3, 0)     /* value container key -> */                       \
    X(DELETE_SUBSCR, OPK_NONE, 2, 0)    /* container key -> */                             \
    X(BUILD_SLICE, OPK_COUNT, -1, 1)    /* start stop [step] (n = 2 or 3) -> slice */      \
    X(BUILD_TUPLE, OPK_COUNT, -1, 1)                                                       \
    X(BUILD_LIST, OPK_COUNT, -1, 1)                                                        \
    X(BUILD_SET, OPK_COUNT, -1, 1)                                                         \
    X(BUILD_MAP, OPK_COUNT, -1, 1)      /* k1 v1 ... kn vn -> dict (n pairs) */            \
    X(BUILD_STRING, OPK_COUNT, -1, 1)   /* s1..sn -> concatenation (f-strings) */          \
    X(LIST_APPEND, OPK_COUNT, 1, 0)     /* list at stack[-i] (after pop) .append(TOS) */   \
    X(SET_ADD, OPK_COUNT, 1, 0)         /* set at stack[-i] (after pop) .add(TOS) */       \
    X(MAP_ADD, OPK_COUNT, 2, 0)         /* dict at stack[-i] (after pops)[k] = v; k v */   \
    X(LIST_EXTEND, OPK_COUNT, 1, 0)     /* list at stack[-i] (after pop).extend(TOS) */    \
    X(SET_UPDATE, OPK_COUNT, 1, 0)                                                         \
    X(DICT_UPDATE, OPK_COUNT, 1, 0)     /* dict at stack[-i].update(TOS) ({**x}) */        \
    X(DICT_MERGE, OPK_COUNT, 1, 0)      /* like DICT_UPDATE, TypeError on dup key (f(**x)) */ \
    X(LIST_TO_TUPLE, OPK_NONE, 1, 1)                                                       \
    X(UNPACK_SEQUENCE, OPK_COUNT, 1, -1) /* seq -> item_n-1 ... item_0 (item_0 on top) */  \
    X(UNPACK_EX, OPK_IMM, 1, -1)        /* i = before | after << 8; starred list between */ \
    X(FORMAT_VALUE, OPK_IMM, -1, 1)     /* value [spec if i&4] -> str; i&3: 0 none,        \
                                          1 str, 2 repr, 3 ascii */                      \
    X(JUMP, OPK_JUMP, 0, 0)             /* pc = i */                                       \
    X(POP_JUMP_IF_FALSE, OPK_JUMP, 1, 0)                                                   \
    X(POP_JUMP_IF_TRUE, OPK_JUMP, 1, 0)                                                    \
    X(POP_JUMP_IF_NONE, OPK_JUMP, 1, 0)                                                    \
    X(POP_JUMP_IF_NOT_NONE, OPK_JUMP, 1, 0)                                                \
    X(JUMP_IF_FALSE_OR_POP, OPK_JUMP, 1, -1) /* falsy: keep TOS and jump; else pop */      \
    X(JUMP_IF_TRUE_OR_POP, OPK_JUMP, 1, -1)                                                \
    X(GET_ITER, OPK_NONE, 1, 1)         /* obj -> iter(obj) */                             \
    X(FOR_ITER, OPK_JUMP, 1, -1)        /* it -> it next; exhausted: pop it, pc = i */     \
    X(RETURN_VALUE, OPK_NONE, 1, 0)                                                        \
    X(MAKE_FUNCTION, OPK_IMM, -1, 1)    /* [defaults if i&1] [kwdefaults if i&2]           \
                                          [annotations if i&4] [closure if i&8] code      \
                                          qualname -> function */                         \
    X(LOAD_BUILD_CLASS, OPK_NONE, 0, 1) /* push builtins.__build_class__ */                \
    X(SETUP_ANNOTATIONS, OPK_NONE, 0, 0) /* ensure __annotations__ in locals */            \
    X(IMPORT_NAME, OPK_NAME, 2, 1)      /* level fromlist -> module */                     \
    X(IMPORT_FROM, OPK_NAME, 1, 2)      /* module -> module module.name */                 \
    X(IMPORT_STAR, OPK_NONE, 1, 0)      /* module -> (names copied into locals) */         \
    X(RAISE_VARARGS, OPK_COUNT, -1, 0)  /* [exc [cause]]: n = 0 re-raise, 1, 2 (from) */   \
    X(LOAD_ASSERTION_ERROR, OPK_NONE, 0, 1)                                                \
    X(PUSH_EXC_INFO, OPK_NONE, 1, 2)    /* exc -> prev_exc exc; current exception = exc */ \
    X(POP_EXCEPT, OPK_NONE, 1, 0)       /* prev_exc -> ; current exception = prev_exc */   \
    X(CHECK_EXC_MATCH, OPK_NONE, 2, 2)  /* exc type -> exc bool(isinstance(exc, type)) */  \
    X(RERAISE, OPK_IMM, 1, 0)           /* exc -> raise exc again (traceback kept);        \
                                          i=1: stack[-2] (under exc) is lasti, restore */ \
    X(BEFORE_WITH, OPK_NONE, 1, 2)      /* mgr -> bound_exit mgr.__enter__() */            \
    X(WITH_EXCEPT_START, OPK_NONE, 4, 5) /* exit lasti prev exc -> ... res =               \
                                          exit(type(exc), exc, exc.__traceback__) */     \
    X(YIELD_VALUE, OPK_NONE, 1, 1)      /* v -> sent value (generator suspends) */         \
    X(GET_YIELD_FROM_ITER, OPK_NONE, 1, 1)                                                 \
    X(SEND, OPK_JUMP, 2, -1)            /* it v -> it result; on StopIteration: pop it,    \
                                          push its value, pc = i */                      \
    X(PRINT_EXPR, OPK_NONE, 1, 0)       /* REPL: sys.displayhook(TOS) */                   \
    X(GET_LEN, OPK_NONE, 1, 2)          /* obj -> obj len(obj) */                          \
    X(MATCH_MAPPING, OPK_NONE, 1, 2)    /* subj -> subj bool(is mapping) */                \
    X(MATCH_SEQUENCE, OPK_NONE, 1, 2)   /* subj -> subj bool(is sequence, not str/bytes) */ \
    X(MATCH_KEYS, OPK_NONE, 2, 3)       /* subj keys -> subj keys values-tuple-or-None */  \
    X(MATCH_CLASS, OPK_COUNT, 3, 1)     /* subj cls kwnames -> attrs-tuple or None         \
                                          (i positional sub-patterns) */                 \
    X(RETURN_GENERATOR, OPK_NONE, 0, 0) /* reserved: generators are made at call time */ \
    X(CHECK_EG_MATCH, OPK_NONE, 2, 2)   /* exc type -> rest match (except*: match is  \
                                          None when nothing matched) */                  \
    X(PREP_RERAISE_STAR, OPK_NONE, 2, 1) /* orig list -> exception to re-raise or None */ \
    X(GET_AWAITABLE, OPK_IMM, 1, 1)     /* obj -> awaitable iterator (i: 0 await,         \
                                          1 __aenter__, 2 __aexit__ result) */           \
    X(GET_AITER, OPK_NONE, 1, 1)        /* obj -> obj.__aiter__() */                       \
    X(GET_ANEXT, OPK_NONE, 1, 2)        /* aiter -> aiter awaitable(aiter.__anext__()) */  \
    X(BEFORE_ASYNC_WITH, OPK_NONE, 1, 2) /* mgr -> bound_aexit mgr.__aenter__() */         \
    X(END_ASYNC_FOR, OPK_NONE, 2, 0)    /* aiter exc -> ; re-raises exc unless it is      \
                                          StopAsyncIteration */                          \
    X(ASYNC_GEN_WRAP, OPK_NONE, 1, 1)   /* v -> v wrapped (a value yielded by an async    \
                                          generator, as opposed to an await's) */        \
    X(GET_FOR_ITER, OPK_IMM, 1, 1)      /* obj -> iter(obj) for a for statement; an       \
                                          unstarted generator only the loop can reach is \
                                          marked loop-owned (i=1: obj is a call's result, \
                                          i=0: only when iter(obj) is not obj) */        \
    X(POP_FOR_ITER, OPK_NONE, 1, 0)     /* it -> ; a for loop left early (break, return): \
                                          closes a suspended loop-owned generator, as    \
                                          CPython's refcounting finalizes it there */

typedef enum {
#define OPCODE_ENUM(name, kind, pops, pushes) OP_##name,
    OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OP__COUNT
} Opcode;

/* Operators for BINARY_OP, in CPython 3.11's numbering. Inplace forms add 13. */
typedef enum {
    BINOP_ADD = 0, BINOP_AND = 1, BINOP_FLOORDIV = 2, BINOP_LSHIFT = 3, BINOP_MATMUL = 4,
    BINOP_MUL = 5, BINOP_MOD = 6, BINOP_OR = 7, BINOP_POW = 8, BINOP_RSHIFT = 9,
    BINOP_SUB = 10, BINOP_TRUEDIV = 11, BINOP_XOR = 12, BINOP_INPLACE = 13,
    BINOP__COUNT = 26
} BinOp;
/* BINARY_OP operand flags: the left / right operand is the result of the binary operation
 * whose code ends right before (the compiler's claim, from the syntax tree; the VM still
 * checks the value is the float its own fast path just made before it reuses it). */
#define BINOP_MASK 31u
#define BINOP_TMP_LEFT 32u
#define BINOP_TMP_RIGHT 64u

/* Comparison operators for COMPARE_OP and rich comparison slots. */
typedef enum { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 } CmpOp;

/* Encoding helpers. */
#define INSTR_OP(w) ((unsigned)((w) & 0xffu))
#define INSTR_ARG(w) ((unsigned)((w) >> 8))
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xffffffu

#endif
