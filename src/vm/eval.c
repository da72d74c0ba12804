/*
 * eval.c: the bytecode dispatch loop.
 *
 * Owns: run(), which executes frames until its entry frame returns or yields; the
 * frame pushes and pops of Python-to-Python calls (no C recursion: CALL of a function
 * object pushes a frame and the loop continues; RETURN_VALUE pops it); inline resumption
 * of generators by FOR_ITER and SEND; exception unwinding through each code's exception
 * table; and the C entry points vm_call_function / vm_exec / vm_exec_body /
 * vm_gen_resume, each of which nests the loop once and counts in I->c_depth.
 *
 * Raw memory access: this is the one file outside the kernel that indexes memory
 * directly. It reads instruction words, constants, names, locals, cells and the value
 * stack through pointers, relying on code_verify(): every operand is in range, the value
 * stack never underflows and never exceeds co->stacksize, and every frame is given
 * localsplus + stacksize slots of its store when it is pushed (checked against the
 * store's length here). Anything not covered by the verifier (stack contents, exception
 * handler depths after RERAISE) is checked at run time.
 *
 * Inline caches: each instruction's InlineCache slot (code.h) drives the fast paths of
 * LOAD_ATTR / STORE_ATTR / LOAD_METHOD / LOAD_GLOBAL / CALL of a class / BINARY_OP on
 * instances; eval_attr.h says what each cache kind promises and how it is validated, and
 * eval_attr.c holds the full lookups that refill them. Python code those paths reach
 * (property getters, __init__, __op__) runs as frames of this loop.
 *
 * Dispatch: computed goto (GCC/Clang labels-as-values); -DSAFEPY_SWITCH_DISPATCH selects
 * a switch. The opcode bodies are written once with TARGET()/NEXT().
 */
#include "eval.h"

#include <math.h>

#include "../objects/descr.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/iterobject.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../modules/import.h"
#include "code.h"
#include "eval_attr.h"
#include "eval_call.h"
#include "eval_ops.h"
#include "frame.h"
#include "func.h"
#include "coro.h"
#include "finalize.h"
#include "gen.h"
#include "trace.h"

#if defined(SAFEPY_SWITCH_DISPATCH) || !defined(__GNUC__)
#define EVAL_SWITCH 1
#else
#define EVAL_SWITCH 0
#endif

// How run() left its entry frame.
enum { RUN_RETURN = 0, RUN_YIELD = 1 };

static inline void init_frame(Frame *nf, Frame *back, CodeObject *co, Value func, Value globals,
                              Value builtins, Value locals, StackSeg *seg, size_t base,
                              size_t top) {
    nf->back = back;
    nf->co = co;
    nf->func = func;
    nf->globals = globals;
    nf->builtins = builtins;
    nf->locals = locals;
    nf->store = &seg->vals;
    nf->base = base;
    nf->seg = seg;
    nf->top = top;
    nf->pc = 0;
    nf->sp = 0;
    nf->flags = 0;
    nf->gen = VAL_NULL;
    nf->fastdict = VAL_NULL;
    nf->aux = VAL_NULL;
    nf->standin = VAL_NULL;
    nf->caught_tb = VAL_NULL;
}

// Builtins for a function frame: the caller's when it shares the function's globals
// (exec with a custom __builtins__), else the interpreter's.
static inline Value func_builtins(Interp *I, Frame *parent, FuncObject *fn) {
    if (parent != NULL && parent->globals == fn->globals) return parent->builtins;
    return I->builtins;
}

// Room for a frame of [need] Values at the first free slot: the segment (the current one
// or the next) and the index in it. NULL with RecursionError / MemoryError.
static inline __attribute__((always_inline)) StackSeg *frame_room(Interp *I, CodeObject *co,
                                                                  size_t need, size_t *base) {
    VmState *vm = I->vm;
    if (I->depth >= I->depth_trap && !trace_depth_slow(I, co)) return NULL;
    StackSeg *seg = vm->seg;
    if (need <= seg->vals.len - vm->top) {
        *base = vm->top;
        return seg;
    }
    *base = 0;
    return frame_next_seg(I, seg, need);
}

// Starts a frame for [fn] at the first free slot, binding [args] (general path). NULL
// with an exception pending.
static Frame *start_call(Interp *I, Frame *parent, FuncObject *fn, CodeObject *co,
                         ValView args, Value kwnames) {
    VmState *vm = I->vm;
    size_t need = co->framesize, base; // (co is verified: every caller checks)
    StackSeg *seg = frame_room(I, co, need, &base);
    if (seg == NULL) return NULL;
    Frame *nf = frame_take(I, parent);
    if (nf == NULL) return NULL;
    StackSeg *saved_seg = vm->seg;
    size_t saved_top = vm->top;
    vm->seg = seg; // reserved while binding
    vm->top = base + need;
    bool ok;
    if (kwnames == VAL_NULL && args.n == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        // plain positional call: copy (base + need <= segment length was checked)
        Value *dst = seg->vals.items + base;
        for (size_t i = 0; i < args.n; i++) dst[i] = vview_get(args, i);
        for (size_t i = args.n; i < co->nlocals; i++) dst[i] = VAL_NULL;
        ok = (co->ncells | co->nfrees) == 0 ||
             eval_call_cells(I, fn->closure, co, &seg->vals, base);
    } else {
        ok = eval_call_bind(I, fn, co, &seg->vals, base, args, kwnames) &&
             ((co->ncells | co->nfrees) == 0 ||
              eval_call_cells(I, fn->closure, co, &seg->vals, base));
    }
    vm->seg = saved_seg;
    vm->top = saved_top;
    if (!ok) return NULL;
    init_frame(nf, parent, co, obj_val(fn), fn->globals, func_builtins(I, parent, fn),
               VAL_NULL, seg, base, base + need);
    I->depth++;
    return nf;
}

// Fast path: exactly argcount positional arguments already in place in the current
// segment at [args]; the new frame's locals start there (no copy). Falls back to
// start_call when the frame does not fit in the segment.
EVAL_ATTR_INLINE Frame *push_fast(Interp *I, Frame *parent, FuncObject *fn, CodeObject *co,
                                  Value *args, size_t nargs) {
    VmState *vm = I->vm;
    StackSeg *seg = vm->seg;
    size_t base = (size_t)(args - seg->vals.items);
    size_t need = co->framesize; // (co is verified: PLAIN_CALL or the caller checked)
    if (base > seg->vals.len || need > seg->vals.len - base)
        return start_call(I, parent, fn, co, vview_make(args, nargs), VAL_NULL);
    if (I->depth >= I->depth_trap && !trace_depth_slow(I, co)) return NULL;
    Frame *nf = frame_take(I, parent);
    if (nf == NULL) return NULL;
    for (size_t i = nargs; i < co->nlocals; i++) args[i] = VAL_NULL;
    if ((co->ncells | co->nfrees) != 0) {
        // reserve the frame while the cells are made: the collector clears above top (and
        // the frame reaches past the depth the parent will save: the caller saves it only
        // once the frame is made)
        size_t saved_top = vm->top;
        vm->top = base + need;
        bool ok = eval_call_cells(I, fn->closure, co, &seg->vals, base);
        vm->top = saved_top;
        if (!ok) return NULL;
    }
    init_frame(nf, parent, co, obj_val(fn), fn->globals, func_builtins(I, parent, fn),
               VAL_NULL, seg, base, base + need);
    I->depth++;
    return nf;
}

// True when a positional call of [fn] with [nargs] arguments at [args] (fewer than its
// parameters, none keyword-only, no cell among them) gets the rest from its defaults and
// its frame fits in segment [seg] from [args] on: push_defaults can then make it.
static inline bool positional_defaults_fit(StackSeg *seg, FuncObject *fn, CodeObject *co,
                                           Value *args, size_t nargs) {
    TupleObject *dt = tuple_cast(fn->defaults);
    size_t base = (size_t)(args - seg->vals.items);
    return dt != NULL && nargs + dt->a.len >= co->argcount && base <= seg->vals.len &&
           co->framesize <= seg->vals.len - base;
}

// push_fast for a call positional_defaults_fit accepted: the frame made over the
// arguments, then the missing parameters set from the defaults (once the frame exists,
// so the collector sees them in it; no cell takes an argument: ncells is 0).
static Frame *push_defaults(Interp *I, Frame *parent, FuncObject *fn, CodeObject *co,
                            Value *args, size_t nargs) {
    Frame *nf = push_fast(I, parent, fn, co, args, nargs);
    if (nf == NULL) return NULL;
    TupleObject *dt = tuple_cast(fn->defaults);
    ValView dv = dt != NULL ? vview_of_arr(&dt->a) : vview_make(NULL, 0);
    size_t first = dv.n + nargs - co->argcount; // (positional_defaults_fit: no wrap)
    for (size_t i = nargs; i < co->argcount; i++) args[i] = vview_get(dv, first + i - nargs);
    return nf;
}

// restore_top's rare case: back to another stack segment.
static __attribute__((noinline)) void switch_seg(Interp *I, StackSeg *seg) {
    I->vm->seg = seg;
    frame_trim_segs(I, seg);
}

// Points VmState at (seg, top) again, dropping segments no frame uses any more. Inline in
// every LOAD_FRAME (every call and return: gcc kept it out of line, ~12 instructions a
// call), the segment change out of line.
static inline __attribute__((always_inline)) void restore_top(Interp *I, StackSeg *seg,
                                                              size_t top) {
    VmState *vm = I->vm;
    if (__builtin_expect(vm->seg != seg, 0)) switch_seg(I, seg);
    vm->top = top;
}

// ---- generator bookkeeping (exception state swap on resume / suspend / finish) ----

static inline void gen_enter(Interp *I, GenObject *g) {
    g->state = GEN_RUNNING;
    g->saved_exc = I->exc_info;
    if (g->handling > 0 && g->exc_state != VAL_NULL) I->exc_info = g->exc_state;
}

static inline void gen_suspend(Interp *I, GenObject *g) {
    g->state = GEN_SUSPENDED;
    g->exc_state = g->handling > 0 ? I->exc_info : VAL_NULL;
    I->exc_info = g->saved_exc;
    g->saved_exc = VAL_NULL;
}

/* The generator function that calling [callable] runs, when that call makes a new
 * generator and runs nothing else: [callable] itself or the function of a bound method
 * (read before the call: the call cannot change it). VAL_NULL for anything else. */
static Value gen_function(Interp *I, Value callable) {
    MethodObject *m = method_cast(callable);
    if (m != NULL && obj_ptr(callable)->type == interp_type(I, TY_METHOD)) callable = m->func;
    FuncObject *fn = func_cast(callable);
    CodeObject *co = fn != NULL ? code_cast(fn->code) : NULL;
    return co != NULL && (co->flags & CO_GENLIKE) ? callable : VAL_NULL;
}

static void gen_finish(Interp *I, GenObject *g, bool error) {
    if (g == NULL) return; // a FRAME_GEN frame always holds its generator (gen_cast of f->gen)
    g->state = GEN_CLOSED;
    gen_drop_frame(g);
    I->exc_info = g->saved_exc;
    g->saved_exc = VAL_NULL;
    g->exc_state = VAL_NULL;
    g->handling = 0;
    bool stop_async = g->kind == GEN_KIND_ASYNC_GEN && exc_pending_is(I, TY_STOP_ASYNC_ITERATION);
    if (error && (exc_pending_is(I, TY_STOP_ITERATION) || stop_async)) {
        Value si = exc_fetch(I);
        exc_raise(I, TY_RUNTIME_ERROR, "%s raised %s", gen_kind_name(g),
                  stop_async ? "StopAsyncIteration" : "StopIteration");
        ExcObject *e = exc_cast(I->exc);
        if (e != NULL) {
            e->cause = si;
            e->context = si;
            e->suppress_context = true;
        }
    }
}

// Prepares generator [g]'s frame to run under [caller] inside the current loop.
static void resume_inline(Interp *I, GenObject *g, Frame *caller, Value v) {
    Frame *gf = g->frame;
    if (g->state == GEN_SUSPENDED) {
        // the yield that suspended it popped one value; the verifier allowed its push
        (void)vec_set(gf->store, gf->base + code_nlocalsplus(gf->co) + gf->sp, v);
        gf->sp++;
    }
    gf->back = caller;
    gf->flags = FRAME_GEN;
    gf->seg = caller->seg;
    gf->top = caller->top;
    gen_enter(I, g);
    I->depth++;
}

// ---- fast paths ----

EVAL_ATTR_INLINE Value small_binop(Value a, Value b, unsigned op) {
    intptr_t x = val_small(a), y = val_small(b), z;
    switch (op) {
    case BINOP_ADD: z = x + y; break; // |x|, |y| < 2^62: cannot overflow
    case BINOP_SUB: z = x - y; break;
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &z)) return VAL_NULL;
        break;
    case BINOP_AND: return val_from_small(x & y);
    case BINOP_OR: return val_from_small(x | y);
    case BINOP_XOR: return val_from_small(x ^ y);
    case BINOP_FLOORDIV:
        if (y == 0) return VAL_NULL;
        z = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) z--;
        break;
    case BINOP_MOD:
        if (y == 0) return VAL_NULL;
        z = x % y;
        if (z != 0 && ((z < 0) != (y < 0))) z += y;
        break;
    case BINOP_RSHIFT:
        if (y < 0) return VAL_NULL;
        z = y >= 62 ? (x < 0 ? -1 : 0) : (x >= 0 ? x >> y : -((-x - 1) >> y) - 1);
        break;
    case BINOP_LSHIFT:
        if (y < 0 || y >= 62) return VAL_NULL;
        if (x > (VAL_SMALL_MAX >> y) || x < (VAL_SMALL_MIN >> y)) return VAL_NULL;
        z = x * ((intptr_t)1 << y);
        break;
    default: return VAL_NULL;
    }
    if (!val_fits_small(z)) return VAL_NULL;
    return val_from_small(z);
}

// Exact float value of [v] (a float or a small int up to 2^53) into *d. The float test
// comes first: it is the hot case (both small ints never get here from BINARY_OP /
// COMPARE_OP).
EVAL_ATTR_INLINE bool as_double(Interp *I, Value v, double *d) {
    FloatObject *fo = float_cast(v);
    if (fo != NULL) {
        if (fo->h.type != interp_type(I, TY_FLOAT)) return false;
        *d = fo->v;
        return true;
    }
    if (!val_is_small(v)) return false;
    intptr_t x = val_small(v);
    if (x > ((intptr_t)1 << 53) || x < -((intptr_t)1 << 53)) return false;
    *d = (double)x;
    return true;
}

// A new float (float_new without the extra call levels: arithmetic is allocation-bound).
// The allocation is heap_new_small inlined; the header is set as obj_alloc does (flags
// and dict stay zero from the zero-filled chunk).
static inline Value new_float(Interp *I, double d) {
    Type *t = interp_type(I, TY_FLOAT);
    FloatObject *o = heap_new_small(I->heap, sizeof(FloatObject), HEAP_OBJ);
    if (o == NULL) return exc_nomem(I);
    o->h.type = t;
    o->h.kind = t->inst_kind;
    o->v = d;
    return obj_val(o);
}

// The double of small int [v] when it is exact (|v| <= 2^53).
EVAL_ATTR_INLINE bool small_as_double(Value v, double *d) {
    if (!val_is_small(v)) return false;
    intptr_t x = val_small(v);
    if (x > ((intptr_t)1 << 53) || x < -((intptr_t)1 << 53)) return false;
    *d = (double)x;
    return true;
}

// float OP float / int; VAL_NULL without an exception when not applicable. Called only
// when [a] and [b] are not both small ints, so two operands accepted include a float.
// [flags] are BINARY_OP's BINOP_TMP_*: an operand so marked that is also vm->fresh, the
// float this function made last, is held by its value-stack slot alone (see BINARY_OP),
// and its box takes the result (no allocation). A new result becomes vm->fresh.
EVAL_ATTR_INLINE Value float_binop(Interp *I, VmState *vm, Value a, Value b, unsigned op,
                                   unsigned flags) {
    double x, y;
    Type *ft = interp_type(I, TY_FLOAT);
    FloatObject *fa = float_cast(a), *fb = float_cast(b);
    if (fa != NULL) {
        if (fa->h.type != ft) return VAL_NULL;
        x = fa->v;
    } else if (!small_as_double(a, &x)) {
        return VAL_NULL;
    }
    if (fb != NULL) {
        if (fb->h.type != ft) return VAL_NULL;
        y = fb->v;
    } else if (!small_as_double(b, &y)) {
        return VAL_NULL;
    }
    double z;
    // (tests in order of frequency: cheaper than the switch's indirect jump)
    if (op == BINOP_MUL) {
        z = x * y;
    } else if (op == BINOP_ADD) {
        z = x + y;
    } else if (op == BINOP_SUB) {
        z = x - y;
    } else if (op == BINOP_TRUEDIV) {
        if (y == 0.0) return VAL_NULL;
        z = x / y;
    } else if (op == BINOP_POW) {
        // positive finite base, finite result: plain pow (everything else, including
        // the complex results of negative bases and the errors, takes the slow path)
        if (!(x > 0.0) || !isfinite(x) || !isfinite(y)) return VAL_NULL;
        z = pow(x, y);
        if (!isfinite(z)) return VAL_NULL;
    } else {
        return VAL_NULL;
    }
    if (flags != 0) {
        if ((flags & BINOP_TMP_LEFT) && a == vm->fresh && fa != NULL) {
            fa->v = z;
            return a;
        }
        if ((flags & BINOP_TMP_RIGHT) && b == vm->fresh && fb != NULL) {
            fb->v = z;
            return b;
        }
    }
    Value r = new_float(I, z); // one inlined allocation for all the operators
    vm->fresh = r;
    return r;
}

// The operator of a BINARY_OP operand, inplace or not, flags (BINOP_TMP_*) ignored: one
// mask and load per instruction (the verifier proved the operand below 128; 31 is no
// operator, for the numbers above BINOP__COUNT).
#define BINOP_BASE_32                                                                     \
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 31, 31, \
        31, 31, 31, 31
static const uint8_t binop_base[128] = {BINOP_BASE_32, BINOP_BASE_32, BINOP_BASE_32, BINOP_BASE_32};
#undef BINOP_BASE_32

static inline bool is_exact(Interp *I, Value v, TypeId t) {
    Obj *o = obj_ptr(v);
    return o != NULL && o->type == interp_type(I, t);
}

// The bounds slice_unpack + slice_adjust give for a slice of small-int / None parts over
// [len] items; false (nothing computed) for any other part or a zero step, which the
// generic path handles (and raises for).
EVAL_ATTR_INLINE bool small_slice(Interp *I, Value start, Value stop, Value step, size_t len,
                                  int64_t *a, int64_t *b, int64_t *st, int64_t *count) {
    int64_t s = 1;
    if (step != I->none) {
        if (!val_is_small(step) || val_small(step) == 0) return false;
        s = (int64_t)val_small(step);
    }
    if (start == I->none)
        *a = s < 0 ? INT64_MAX : 0;
    else if (val_is_small(start))
        *a = (int64_t)val_small(start);
    else
        return false;
    if (stop == I->none)
        *b = s < 0 ? INT64_MIN : INT64_MAX;
    else if (val_is_small(stop))
        *b = (int64_t)val_small(stop);
    else
        return false;
    *st = s;
    *count = slice_adjust((int64_t)len, a, b, s);
    return true;
}

static inline Type *vtype(Interp *I, Value v) {
    Obj *o = obj_ptr(v);
    return o != NULL ? o->type : interp_type(I, TY_INT);
}

// LOAD_GLOBAL's lookup (globals, then builtins) through the instruction's cache: the
// entry of the dict that held the name last time (checked to still hold that very key),
// for builtins while the globals' keys version says the name is still absent there.
EVAL_ATTR_INLINE Value load_global(Interp *I, InlineCache *c, Frame *f, Value name) {
    if (c->kind == IC_GLOBAL) {
        Value v = eval_attr_entry(f->globals, c->index, name);
        if (v != VAL_NULL) return v;
    } else if (c->kind == IC_BUILTIN && c->key == f->globals && c->key2 == f->builtins) {
        DictObject *g = dict_cast(f->globals);
        if (g != NULL && g->version == c->version) {
            Value v = eval_attr_entry(f->builtins, c->index, name);
            if (v != VAL_NULL) return v;
        }
    }
    return eval_attr_global(I, c, f->globals, f->builtins, name);
}

// The exception-table entry of [co] covering instruction [i], or NULL (the verifier
// checked the table is sorted, disjoint and nexc entries long).
static inline const ExcEntry *find_handler(const CodeObject *co, size_t i) {
    const ExcEntry *tab = (const ExcEntry *)(const void *)co->exctable.data;
    size_t lo = 0, hi = co->nexc;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (i < tab[mid].start)
            hi = mid;
        else if (i >= tab[mid].end)
            lo = mid + 1;
        else
            return &tab[mid];
    }
    return NULL;
}

// Whether the [n] locals at [fast] (of a frame about to return) may hold a finalizable
// object (finalize_drops), [a] and [b] (what the frame returns, the instance __init__
// set up) left out: they live on.
static bool locals_drop(Interp *I, const Value *fast, size_t n, Value a, Value b) {
    bool any = false; // (all tested: finalize_drops notes a finalizable object itself)
    for (size_t i = 0; i < n; i++)
        if (fast[i] != a && fast[i] != b && finalize_drops(I, fast[i])) any = true;
    return any;
}

// ---- the loop ----

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
// Derived frame pointers, computed when needed (keeping them in variables costs registers
// in the hot loop).
#define BOTTOM() (fast + co->nlocalsplus)
#define CELLS() (fast + co->nlocals)
// The inline cache of the instruction just fetched, co->caches[ip - instrs - 1] (the
// verifier made ncaches == ninstr), as one multiply-add from the ip: cbias, read with co
// and instrs by LOAD_FRAME (code_verify computed it from the same caches and code.data),
// folds the base addresses and the -1 (address arithmetic modulo 2^64, the same address
// as the subscript's; the byte offset of an instruction times CACHE_SCALE is its cache's
// byte offset, as instructions are 4 bytes).
#define CACHE_SCALE (sizeof(InlineCache) / sizeof(uint32_t))
_Static_assert(sizeof(InlineCache) % sizeof(uint32_t) == 0, "CACHE: whole instruction words");
#define CACHE() ((InlineCache *)(cbias + CACHE_SCALE * (uintptr_t)ip))
// A verified code object taking exactly [n] positional arguments and nothing else.
#define PLAIN_CALL(nco, n)                                                                \
    ((nco)->verified && (nco)->argcount == (n) && (nco)->kwonlyargcount == 0 &&           \
     !((nco)->flags & (CO_GENLIKE | CO_VARARGS | CO_VARKEYWORDS)))

#define LOAD_FRAME()                                                                      \
    do {                                                                                  \
        co = f->co;                                                                       \
        instrs = (const uint32_t *)(const void *)co->code.data;                          \
        cbias = co->cache_bias;                                                           \
        ip = instrs + f->pc;                                                              \
        fast = f->store->items + f->base;                                                 \
        sp = fast + co->nlocalsplus + f->sp;                                              \
        consts = co->const_items;                                                         \
        names = co->name_items;                                                           \
        vm->current = f;                                                                  \
        restore_top(I, f->seg, f->top);                                                   \
    } while (0)

/* After a comparison whose outcome is the C bool [res], still on the stack as an operand:
 * a following POP_JUMP_IF_FALSE/TRUE is done here, without the bool round trip (the
 * verifier proved that instruction exists: control never falls off the end of the code;
 * its target was checked like any jump's). Falls through when another instruction follows. */
#define FUSED_POP_JUMP(res)                                                               \
    do {                                                                                  \
        uint32_t nw_ = *ip;                                                               \
        unsigned nop_ = INSTR_OP(nw_);                                                    \
        if (nop_ == OP_POP_JUMP_IF_FALSE || nop_ == OP_POP_JUMP_IF_TRUE) {                \
            (void)POP();                                                                  \
            ip++;                                                                         \
            if ((res) == (nop_ == OP_POP_JUMP_IF_TRUE)) JUMPTO(INSTR_ARG(nw_));           \
            NEXT();                                                                       \
        }                                                                                 \
    } while (0)
#define SAVE_FRAME()                                                                      \
    do {                                                                                  \
        f->pc = (uint32_t)(ip - instrs);                                                  \
        f->sp = (uint32_t)(sp - BOTTOM());                                                \
    } while (0)
/* Before a C call inside an instruction that may run Python code (a dunder, a property,
 * __getattr__, __hash__, an iterator's __next__...): the frame's position, so the code run
 * sees this line as its caller's (sys._getframe(1).f_lineno, warnings' stacklevel,
 * traceback.extract_stack). Only on the generic paths: the inline-cached and exact-type
 * fast paths run no Python code and skip it. */
#define SAVE_PC() (f->pc = (uint32_t)(ip - instrs))

/* Finalizers (finalize.h) run between instructions, as in a call from C code: the
 * collector then drops the frame's value-stack slots above the current depth. */
#define FIN_RUN(call)                                                                     \
    do {                                                                                  \
        SAVE_PC();                                                                        \
        f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;                                        \
        call;                                                                             \
        f->cdepth = 0;                                                                    \
    } while (0)
/* Finalizable objects exist (one load and test: programs without __del__ pay nothing
 * else). */
#define FIN_ON() __builtin_expect(I->fin_on, 0)
/* A reference to [old] was dropped: a finalizer may be due. */
#define FIN_DROPPED(old)                                                                  \
    do {                                                                                  \
        if (FIN_ON() && finalize_drops(I, (old))) FIN_RUN(finalize_point(I));              \
    } while (0)

#define COUNT_STEP()                                                                      \
    do {                                                                                  \
        if (++I->steps > I->limits.max_steps && I->limits.max_steps > 0) {                \
            exc_raise(I, TY_BUDGET_ERROR, "instruction budget exhausted");                \
            goto error;                                                                   \
        }                                                                                 \
    } while (0)

#define JUMPTO(t)                                                                         \
    do {                                                                                  \
        const uint32_t *dest_ = instrs + (t);                                             \
        if (dest_ < ip) COUNT_STEP();                                                     \
        ip = dest_;                                                                       \
    } while (0)

#if EVAL_SWITCH
#define TARGET(op) case OP_##op:
#define NEXT() goto dispatch
#else
#define TARGET(op) L_##op:
#define NEXT()                                                                            \
    do {                                                                                  \
        word = *ip++;                                                                     \
        oparg = INSTR_ARG(word);                                                          \
        goto *dispatch_table[INSTR_OP(word)];                                             \
    } while (0)
#endif

// Each opcode keeps its own dispatch jump (better branch prediction): stop GCC from
// merging the identical NEXT() tails.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-crossjumping", "no-gcse")))
#endif
static Value run(Interp *I, Frame *f, bool throwing, int *how) {
#if !EVAL_SWITCH
    // One entry for every value of INSTR_OP's 8 bits, so the index is in range by its
    // type (no bounds check per instruction in the hardened build) and an opcode the
    // verifier would refuse lands on bad_opcode, never past the table.
    _Static_assert(OP__COUNT < OP_TRACE_HOOK && OP_TRACE_HOOK == 255,
                   "an opcode is 8 bits; bad_opcode and trace_hook need entries");
    static const void *const dispatch_table[256] = {
#define OPCODE_LABEL(name, kind, pops, pushes) &&L_##name,
        OPCODES(OPCODE_LABEL)
#undef OPCODE_LABEL
        [OP__COUNT ... OP_TRACE_HOOK - 1] = &&bad_opcode,
        [OP_TRACE_HOOK] = &&trace_hook,
    };
#endif
    VmState *vm = I->vm;
    const Value nullv = vm->nullv;
    CodeObject *co;
    const uint32_t *instrs, *ip;
    uintptr_t cbias; // CACHE()
    Value *fast, *sp;
    const Value *consts, *names;
    Value kwnames = VAL_NULL;
    uint32_t word;
    unsigned oparg;
    // the instruction a RERAISE with lasti put back (CPython restores f_lasti): where a
    // frame the exception then leaves ended, for tb_frame.f_lineno; -1 otherwise
    ptrdiff_t reraise_pc = -1;

    *how = RUN_RETURN;
    LOAD_FRAME();
    if (throwing) goto error;

#if EVAL_SWITCH
dispatch:
    word = *ip++;
dispatch_word:
    oparg = INSTR_ARG(word);
    switch (INSTR_OP(word)) {
#else
    NEXT();
    {
#endif

    TARGET(NOP) { NEXT(); }

    TARGET(POP_TOP) {
        if (FIN_ON()) {
            // a discarded result (an expression statement's) dies here
            Value v = POP();
            if (finalize_drops(I, v)) FIN_RUN(finalize_point(I));
            NEXT();
        }
        (void)POP();
        NEXT();
    }

    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(v);
        NEXT();
    }

    TARGET(SWAP) {
        Value t = TOP();
        sp[-1] = PEEK(oparg);
        PEEK(oparg) = t;
        NEXT();
    }

    TARGET(LOAD_CONST) {
        PUSH(consts[oparg]);
        NEXT();
    }

    TARGET(LOAD_FAST) {
        Value v = fast[oparg];
        if (v == VAL_NULL) {
            eval_ops_unbound_local(I, co, oparg);
            goto error;
        }
        PUSH(v);
        NEXT();
    }

    TARGET(STORE_FAST) {
        if (FIN_ON()) {
            Value old = fast[oparg];
            fast[oparg] = POP();
            if (finalize_drops(I, old)) FIN_RUN(finalize_point(I));
            NEXT();
        }
        fast[oparg] = POP();
        NEXT();
    }

    TARGET(DELETE_FAST) {
        Value old = fast[oparg];
        if (old == VAL_NULL) {
            eval_ops_unbound_local(I, co, oparg);
            goto error;
        }
        fast[oparg] = VAL_NULL;
        FIN_DROPPED(old);
        NEXT();
    }

    TARGET(LOAD_DEREF) {
        CellObject *c = cell_cast(CELLS()[oparg]);
        if (c == NULL || c->v == VAL_NULL) {
            eval_ops_unbound_deref(I, co, oparg);
            goto error;
        }
        PUSH(c->v);
        NEXT();
    }

    TARGET(STORE_DEREF) {
        CellObject *c = cell_cast(CELLS()[oparg]);
        if (c == NULL) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad cell");
            goto error;
        }
        Value old = c->v;
        c->v = POP();
        FIN_DROPPED(old);
        NEXT();
    }

    TARGET(DELETE_DEREF) {
        CellObject *c = cell_cast(CELLS()[oparg]);
        if (c == NULL || c->v == VAL_NULL) {
            eval_ops_unbound_deref(I, co, oparg);
            goto error;
        }
        Value old = c->v;
        c->v = VAL_NULL;
        FIN_DROPPED(old);
        NEXT();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(CELLS()[oparg]);
        NEXT();
    }

    TARGET(LOAD_CLASSDEREF) {
        SAVE_PC();
        Value v = eval_ops_load_classderef(I, f, oparg, CELLS()[oparg]);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        NEXT();
    }

    TARGET(LOAD_NAME) {
        Value v;
        // module level (exact dict namespace): the same lookup as LOAD_GLOBAL
        if (f->locals == f->globals && is_exact(I, f->locals, TY_DICT))
            v = load_global(I, CACHE(), f, names[oparg]);
        else {
            SAVE_PC();
            v = eval_ops_load_name(I, f, names[oparg]);
        }
        if (v == VAL_NULL) goto error;
        PUSH(v);
        NEXT();
    }

    TARGET(STORE_NAME) {
        Value v = POP();
        bool ok;
        if (FIN_ON()) {
            bool drops;
            SAVE_PC();
            if (!eval_ops_store_name_fin(I, f, names[oparg], v, &drops)) goto error;
            if (drops) FIN_RUN(finalize_point(I));
            NEXT();
        }
        if (f->locals == f->globals && is_exact(I, f->locals, TY_DICT))
            ok = eval_attr_store_global(I, CACHE(), f->globals, names[oparg], v);
        else {
            SAVE_PC();
            ok = eval_ops_store_name(I, f, names[oparg], v);
        }
        if (!ok) goto error;
        NEXT();
    }

    TARGET(DELETE_NAME) {
        SAVE_PC();
        // (the deleted value, when the namespace is a dict, is tested before: see STORE_NAME)
        bool drops = FIN_ON() && eval_ops_name_drops(I, f, names[oparg]);
        if (!eval_ops_delete_name(I, f, names[oparg])) goto error;
        if (drops) FIN_RUN(finalize_point(I));
        NEXT();
    }

    TARGET(LOAD_GLOBAL) {
        Value v = load_global(I, CACHE(), f, names[oparg]);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        NEXT();
    }

    TARGET(STORE_GLOBAL) {
        Value v = POP();
        Value old = FIN_ON() ? dict_get(I, f->globals, names[oparg]) : VAL_NULL;
        if (old == VAL_NULL && I->exc != VAL_NULL) goto error;
        bool drops = old != VAL_NULL && finalize_drops(I, old); // (old is dead from here)
        if (!eval_attr_store_global(I, CACHE(), f->globals, names[oparg], v)) goto error;
        if (drops) FIN_RUN(finalize_point(I));
        NEXT();
    }

    TARGET(DELETE_GLOBAL) {
        Value old = FIN_ON() ? dict_get(I, f->globals, names[oparg]) : VAL_NULL;
        if (old == VAL_NULL && I->exc != VAL_NULL) goto error;
        bool drops = old != VAL_NULL && finalize_drops(I, old); // (old is dead from here)
        int r = dict_del(I, f->globals, names[oparg]);
        if (r < 0) goto error;
        if (r == 0) {
            eval_ops_name_error(I, names[oparg]);
            goto error;
        }
        if (drops) FIN_RUN(finalize_point(I));
        NEXT();
    }

    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        InlineCache *c = CACHE();
        Obj *o = obj_ptr(obj);
        if (o != NULL) {
            switch (c->kind) {
            case IC_ATTR_DICT:
                if (obj_val(o->type) == c->key && o->type->version == c->version) {
                    Value v = eval_attr_dict_hint(o->dict, c->index, names[oparg]);
                    if (v != VAL_NULL) {
                        sp[-1] = v;
                        NEXT();
                    }
                }
                break;
            case IC_ATTR_SPLIT:
                if (obj_val(o->type) == c->key && o->type->version == c->version) {
                    Value v = eval_attr_split_get(o->dict, c->value, c->index);
                    if (v != VAL_NULL) {
                        sp[-1] = v;
                        NEXT();
                    }
                }
                break;
            case IC_ATTR_SLOT:
                if (obj_val(o->type) == c->key && o->type->version == c->version) {
                    Value v = descr_slot_get(o->dict, c->index);
                    if (v != VAL_NULL) {
                        sp[-1] = v;
                        NEXT();
                    }
                }
                break;
            case IC_ATTR_MODULE:
                if (o->type == interp_type(I, TY_MODULE)) {
                    Value v = eval_attr_entry(o->dict, c->index, names[oparg]);
                    if (v != VAL_NULL) {
                        sp[-1] = v;
                        NEXT();
                    }
                }
                break;
            case IC_ATTR_CLASS: {
                Type *ct = type_cast(obj);
                if (obj == c->key && ct != NULL && ct->version == c->version &&
                    o->type == interp_type(I, TY_TYPE)) {
                    sp[-1] = c->value;
                    NEXT();
                }
                break;
            }
            case IC_ATTR_PROPERTY:
                if (obj_val(o->type) == c->key && o->type->version == c->version) {
                    PropertyObject *p = property_cast(c->value);
                    FuncObject *fn = p != NULL ? func_cast(p->fget) : NULL;
                    CodeObject *nco = fn != NULL ? code_cast(fn->code) : NULL;
                    if (nco != NULL && PLAIN_CALL(nco, 1) && f->store == &vm->seg->vals) {
                        // run the getter in a frame of this loop, obj as its argument
                        f->pc = (uint32_t)(ip - instrs);
                        Frame *nf = push_fast(I, f, fn, nco, sp - 1, 1);
                        if (nf == NULL) goto error;
                        f->sp = (uint32_t)(sp - 1 - BOTTOM()); // the getter's locals start there
                        nf->flags |= FRAME_ATTR;
                        nf->aux = obj;
                        f = nf;
                        LOAD_FRAME();
                        NEXT();
                    }
                }
                break;
            case IC_ATTR_DATA:
                if (obj_val(o->type) == c->key && o->type->version == c->version) {
                    SAVE_PC(); // (a Python __get__ or a getter in C calling back)
                    Value v = vtype(I, c->value)->descr_get(I, c->value, obj, c->key);
                    if (v == VAL_NULL) {
                        exc_attr_context(I, obj, names[oparg]);
                        goto error;
                    }
                    sp[-1] = v;
                    NEXT();
                }
                break;
            default: break;
            }
        }
        SAVE_PC();
        Value v = eval_attr_load(I, c, obj, names[oparg]);
        if (v == VAL_NULL) {
            exc_attr_context(I, obj, names[oparg]);
            goto error;
        }
        sp[-1] = v;
        NEXT();
    }

    TARGET(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        InlineCache *c = CACHE();
        Obj *o = obj_ptr(obj);
        if (o != NULL && obj_val(o->type) == c->key && o->type->version == c->version &&
            ((c->kind == IC_STORE_SPLIT && eval_attr_split_set(o->dict, c->value, c->index, v)) ||
             (c->kind == IC_STORE_DICT &&
              eval_attr_dict_hint_set(o->dict, c->index, names[oparg], v)) ||
             (c->kind == IC_STORE_SLOT && descr_slot_put(o->dict, c->index, v))))
            NEXT();
        SAVE_PC();
        if (o != NULL && obj_val(o->type) == c->key && o->type->version == c->version) {
            // (plain stores with generic setattr: no Python code runs)
            if (eval_attr_store_slow(I, c, obj, names[oparg], v, true) < 0) goto error;
            NEXT();
        }
        if (eval_attr_store(I, c, obj, names[oparg], v) < 0) goto error;
        NEXT();
    }

    TARGET(DELETE_ATTR) {
        Value obj = POP();
        SAVE_PC();
        if (obj_setattr(I, obj, names[oparg], VAL_NULL) < 0) goto error;
        if (FIN_ON()) FIN_RUN(finalize_point_any(I));
        NEXT();
    }

    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Value name = names[oparg];
        InlineCache *c = CACHE();
        Obj *o = obj_ptr(obj);
        if (c->kind == IC_METHOD && o != NULL && obj_val(o->type) == c->key &&
            o->type->version == c->version &&
            (o->dict == VAL_NULL || (o->type->tflags & TF_HAS_SLOTS) ||
             (c->index != 0 && eval_attr_dict_lacks(I, o->dict, name)))) {
            sp[-1] = c->value;
            PUSH(obj);
            NEXT();
        }
        if (c->kind == IC_ATTR_MODULE && o != NULL && o->type == interp_type(I, TY_MODULE)) {
            // module.function(...): the attribute from its dict entry, called without self
            Value v = eval_attr_entry(o->dict, c->index, name);
            if (v != VAL_NULL) {
                sp[-1] = nullv;
                PUSH(v);
                NEXT();
            }
        }
        bool bound;
        SAVE_PC();
        Value v = eval_attr_method(I, c, obj, name, &bound);
        if (v == VAL_NULL) goto error;
        if (!bound) {
            sp[-1] = v;
            PUSH(obj);
            NEXT();
        }
        sp[-1] = nullv;
        PUSH(v);
        NEXT();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        NEXT();
    }

    TARGET(CALL) {
        Value *callp = sp - oparg - 2;
        Value callable = callp[0];
        Value *args = callp + 1;
        size_t nargs = (size_t)oparg + 1;
        if (callable == nullv) {
            callable = callp[1];
            args = callp + 2;
            nargs = oparg;
            MethodObject *m = method_cast(callable);
            if (m != NULL) {
                callp[0] = m->func;
                callp[1] = m->self;
                callable = m->func;
                args = callp + 1;
                nargs = (size_t)oparg + 1;
            }
        }
        Value kw = kwnames;
        kwnames = VAL_NULL;
        COUNT_STEP();
        Obj *co_ = obj_ptr(callable);
        if (co_ != NULL && co_->kind != K_FUNC) {
            // (one test on the way to the Python-function path below)
            if (co_ != NULL && co_->kind == K_CFUNC && kw == VAL_NULL) {
                // builtin function, or method descriptor of a builtin type with its self
                // first (LOAD_METHOD + CALL), positional arguments only: straight to the C
                // function with the arguments viewed on the value stack (what cfunc_call
                // and the descriptor's call do once their checks pass)
                CFuncObject *cf = cfunc_cast(callable); // (not NULL: tested for the analysers)
                Value self = VAL_NULL;
                bool lean = false;
                if (cf != NULL && cf->fn != NULL) {
                    if (co_->type == interp_type(I, TY_BUILTIN_FUNCTION)) {
                        self = cf->self;
                        lean = true;
                    } else if (nargs >= 1 && co_->type == interp_type(I, TY_METHOD_DESCR) &&
                               cf->self == VAL_NULL && !(cf->mflags & (METH_STATIC | METH_CLASS)) &&
                               cf->owner != NULL &&
                               (vtype(I, args[0]) == cf->owner ||
                                type_is_subtype(vtype(I, args[0]), cf->owner))) {
                        self = args[0];
                        args++;
                        nargs--;
                        lean = true;
                    }
                }
                if (lean) {
                    f->pc = (uint32_t)(ip - instrs);
                    f->cdepth = (uint32_t)(sp - BOTTOM()) + 1; // (slots above: dropped)
                    Value res = cf->fn(I, self, vview_make(args, nargs), VAL_NULL);
                    f->cdepth = 0;
                    if (res == VAL_NULL) goto error;
                    sp = callp;
                    PUSH(res);
                    NEXT();
                }
            }
            if (co_ != NULL && co_->kind == K_TYPE && kw == VAL_NULL && nargs == 1 &&
                (callable == obj_val(interp_type(I, TY_STR)) ||
                 callable == obj_val(interp_type(I, TY_TYPE)))) {
                // str(x) and type(x): what the types' calls do with one positional argument
                Value res;
                if (callable == obj_val(interp_type(I, TY_STR))) {
                    f->pc = (uint32_t)(ip - instrs);
                    f->cdepth = (uint32_t)(sp - BOTTOM()) + 1; // (slots above: dropped)
                    res = obj_str(I, args[0]);
                    f->cdepth = 0;
                    if (res == VAL_NULL) goto error;
                } else {
                    res = obj_val(type_of(I, args[0]));
                }
                sp = callp;
                PUSH(res);
                NEXT();
            }
            if (co_ != NULL && co_->kind == K_TYPE && co_->type == interp_type(I, TY_TYPE) &&
                args == callp + 2 && kw == VAL_NULL && f->store == &vm->seg->vals) {
                // a class whose instances object() makes and whose __init__ is a Python
                // function: make the instance and run __init__ in a frame of this loop; the
                // instance waits in callp[0] and RETURN_VALUE leaves it there (FRAME_INIT)
                Type *cls = type_cast(callable);
                InlineCache *c = CACHE();
                if ((c->kind == IC_INIT && c->key == callable && c->version == cls->version) ||
                    eval_attr_init_fill(I, c, cls)) {
                    FuncObject *ifn = func_cast(c->value);
                    CodeObject *ico = ifn != NULL ? code_cast(ifn->code) : NULL;
                    if (ico != NULL && PLAIN_CALL(ico, nargs + 1)) {
                        Value inst = eval_attr_new_instance(I, cls);
                        if (inst == VAL_NULL) goto error;
                        callp[0] = inst;
                        callp[1] = inst;
                        f->pc = (uint32_t)(ip - instrs);
                        Frame *nf = push_fast(I, f, ifn, ico, callp + 1, nargs + 1);
                        if (nf == NULL) goto error;
                        f->sp = (uint32_t)(callp + 1 - BOTTOM());
                        nf->flags |= FRAME_INIT;
                        f = nf;
                        LOAD_FRAME();
                        NEXT();
                    }
                }
            }
        }
        FuncObject *fn = func_cast(callable);
        if (fn != NULL) {
            CodeObject *nco = code_cast(fn->code);
            if (nco != NULL && nco->verified && !(nco->flags & CO_GENLIKE)) {
                // f->sp is set once the frame is made (the collector then trusts it):
                // until then the arguments must stay live (start_call copies them after
                // allocating); on return the result replaces callp[0]
                f->pc = (uint32_t)(ip - instrs);
                Frame *nf;
                if (kw == VAL_NULL && nargs == nco->argcount && f->store == &vm->seg->vals &&
                    !(nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) && nco->kwonlyargcount == 0)
                    nf = push_fast(I, f, fn, nco, args, nargs);
                else if (kw == VAL_NULL && nargs < nco->argcount && f->store == &vm->seg->vals &&
                         !(nco->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
                         nco->kwonlyargcount == 0 && nco->ncells == 0 &&
                         positional_defaults_fit(vm->seg, fn, nco, args, nargs))
                    nf = push_defaults(I, f, fn, nco, args, nargs);
                else
                    nf = start_call(I, f, fn, nco, vview_make(args, nargs), kw);
                if (nf == NULL) goto error;
                f->sp = (uint32_t)(callp - BOTTOM());
                f = nf;
                LOAD_FRAME();
                NEXT();
            }
        }
        f->pc = (uint32_t)(ip - instrs);
        f->cdepth = (uint32_t)(sp - BOTTOM()) + 1; // the collector drops the slots above
        Value gen_fn = gen_function(I, callable); // (off the Python-function fast path)
        CFuncObject *cf = cfunc_cast(callable);
        Value res;
        // (co_ != NULL whenever cf != NULL; tested again for the analysers)
        if (cf != NULL && co_ != NULL && cf->fn != NULL &&
            co_->type == interp_type(I, TY_BUILTIN_FUNCTION)) {
            // builtin function with keyword arguments: straight to its C function
            res = cf->fn(I, cf->self, vview_make(args, nargs), kw);
        } else {
            res = obj_call(I, callable, vview_make(args, nargs), kw);
        }
        f->cdepth = 0;
        if (res == VAL_NULL) goto error;
        if (gen_fn != VAL_NULL) gen_mark_call_origin(res, gen_fn, f, f->pc);
        sp = callp;
        PUSH(res);
        NEXT();
    }

    TARGET(PUSH_NULL) {
        PUSH(nullv);
        NEXT();
    }

    TARGET(CALL_FUNCTION_EX) {
        Value dstar = (oparg & 1) ? POP() : VAL_NULL;
        Value star = POP();
        Value func = POP();
        (void)POP();
        ValVec argv;
        vec_init(&argv);
        Value kw = VAL_NULL;
        SAVE_PC();
        if (!eval_call_unpack(I, func, star, dstar, &argv, &kw)) goto error;
        COUNT_STEP();
        FuncObject *fn = func_cast(func);
        if (fn != NULL) {
            CodeObject *nco = code_cast(fn->code);
            if (nco != NULL && nco->verified && !(nco->flags & CO_GENLIKE)) {
                SAVE_FRAME();
                Frame *nf = start_call(I, f, fn, nco, vview_of_vec(&argv), kw);
                if (nf == NULL) goto error;
                f = nf;
                LOAD_FRAME();
                NEXT();
            }
        }
        f->pc = (uint32_t)(ip - instrs);
        f->cdepth = (uint32_t)(sp - BOTTOM()) + 1; // (the popped operands are in C locals)
        Value gen_fn = gen_function(I, func);
        Value res = obj_call(I, func, vview_of_vec(&argv), kw);
        f->cdepth = 0;
        if (res == VAL_NULL) goto error;
        if (gen_fn != VAL_NULL) gen_mark_call_origin(res, gen_fn, f, f->pc);
        PUSH(res);
        NEXT();
    }

    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        unsigned bop = binop_base[oparg & 127u];
        Value r = VAL_NULL;
        if (val_is_small(a) && val_is_small(b)) {
            if (bop == BINOP_TRUEDIV) {
                // both exact as doubles (|x|, |y| <= 2^53): one correctly rounded division
                double x, y;
                if (b != val_from_small(0) && as_double(I, a, &x) && as_double(I, b, &y))
                    r = new_float(I, x / y);
                if (r == VAL_NULL && I->exc != VAL_NULL) goto error;
            } else {
                r = small_binop(a, b, bop);
            }
        } else {
            // An operand the compiler marked as the value of the operation just before
            // (BINOP_TMP_*) that is also the float float_binop made last (vm->fresh) is
            // held by this value-stack slot alone: a generic path (a dunder, which may
            // keep the object it returns) resets vm->fresh after it, and no new object
            // can take the address of one still alive. float_binop reuses its box.
            r = float_binop(I, vm, a, b, bop, oparg & (BINOP_TMP_LEFT | BINOP_TMP_RIGHT));
        }
        if (r == VAL_NULL) {
            if (I->exc != VAL_NULL) goto error;
            SAVE_PC();
            if ((bop == BINOP_ADD || bop == BINOP_SUB || bop == BINOP_MUL) &&
                int_exact_pair(I, a, b)) {
                // exact ints, not both small: a temporary operand made by this path last
                // (vm->fresh, as for floats above) lends its box and limbs to the result
                r = int_arith_tmp(I, a, b, (BinOp)bop, oparg & (BINOP_TMP_LEFT | BINOP_TMP_RIGHT),
                                  &vm->fresh);
                if (r == VAL_NULL) goto error;
                sp[-1] = r;
                NEXT();
            }
            unsigned op = oparg & BINOP_MASK;
            Obj *ao = obj_ptr(a), *bo = obj_ptr(b);
            if (ao != NULL && bo != NULL && ao->type == bo->type && op < BINOP_INPLACE &&
                (ao->type->tflags & TF_HEAP) && f->store == &vm->seg->vals) {
                // a.__op__(b) for two instances of one class, in a frame of this loop; b is
                // still in the slot above a (just popped), so the two are its arguments
                Type *t = ao->type;
                InlineCache *c = CACHE();
                if ((c->kind == IC_BINOP && c->key == obj_val(t) && c->version == t->version &&
                     c->index == op) ||
                    eval_attr_binop_fill(I, c, t, op)) {
                    FuncObject *bf = func_cast(c->value);
                    CodeObject *bco = bf != NULL ? code_cast(bf->code) : NULL;
                    if (bco != NULL && PLAIN_CALL(bco, 2)) {
                        f->pc = (uint32_t)(ip - instrs);
                        Frame *nf = push_fast(I, f, bf, bco, sp - 1, 2);
                        if (nf == NULL) goto error;
                        f->sp = (uint32_t)(sp - 1 - BOTTOM());
                        nf->flags |= FRAME_BINOP;
                        nf->aux = obj_val(t);
                        f = nf;
                        LOAD_FRAME();
                        NEXT();
                    }
                }
            }
            r = obj_binop(I, a, b, (BinOp)op);
            vm->fresh = VAL_NULL;
            if (r == VAL_NULL) goto error;
        }
        sp[-1] = r;
        NEXT();
    }

    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        Value r;
        if (val_is_small(v) && val_small(v) != VAL_SMALL_MIN)
            r = val_from_small(-val_small(v));
        else
            r = (SAVE_PC(), obj_unary(I, v, UN_NEG));
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(UNARY_POSITIVE) {
        Value v = TOP();
        if (!val_is_small(v)) {
            SAVE_PC();
            Value r = obj_unary(I, v, UN_POS);
            if (r == VAL_NULL) goto error;
            sp[-1] = r;
        }
        NEXT();
    }

    TARGET(UNARY_INVERT) {
        Value v = TOP();
        Value r;
        if (val_is_small(v))
            r = val_from_small(~val_small(v));
        else
            r = (SAVE_PC(), obj_unary(I, v, UN_INVERT));
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(UNARY_NOT) {
        Value v = TOP();
        int t;
        if (v == I->true_)
            t = 1;
        else if (v == I->false_)
            t = 0;
        else {
            SAVE_PC();
            t = obj_truth(I, v);
            if (t < 0) goto error;
        }
        sp[-1] = interp_bool(I, !t);
        NEXT();
    }

    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        Value r;
        double x, y;
        bool res;
        if (val_is_small(a) && val_is_small(b)) {
            intptr_t c = (intptr_t)a < (intptr_t)b ? -1 : ((intptr_t)a > (intptr_t)b);
            res = cmp_holds(c, (CmpOp)oparg);
            goto compare_fused;
        } else if (as_double(I, a, &x) && as_double(I, b, &y)) { // (not both small ints)
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
        compare_fused : {
            FUSED_POP_JUMP(res);
            r = interp_bool(I, res);
        }
        } else if ((oparg == CMP_EQ || oparg == CMP_NE) && is_exact(I, a, TY_STR) &&
                   is_exact(I, b, TY_STR)) {
            r = interp_bool(I, str_eq(a, b) == (oparg == CMP_EQ));
        } else {
            SAVE_PC();
            r = obj_richcmp(I, a, b, (CmpOp)oparg);
            if (r == VAL_NULL) goto error;
        }
        sp[-1] = r;
        NEXT();
    }

    TARGET(IS_OP) {
        Value b = POP();
        Value a = TOP();
        sp[-1] = interp_bool(I, (a == b) != (oparg != 0));
        NEXT();
    }

    TARGET(CONTAINS_OP) {
        Value b = POP();
        Value a = TOP();
        int r;
        if (val_is_small(a) && (is_exact(I, b, TY_SET) || is_exact(I, b, TY_FROZENSET)) &&
            (r = set_contains_small(b, a)) >= 0) {
            bool res = (r != 0) != (oparg != 0);
            FUSED_POP_JUMP(res);
            sp[-1] = interp_bool(I, res);
            NEXT();
        }
        SAVE_PC();
        r = obj_contains(I, b, a);
        if (r < 0) goto error;
        sp[-1] = interp_bool(I, (r != 0) != (oparg != 0));
        NEXT();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value c = TOP();
        Value r = VAL_NULL;
        if (val_is_small(key)) {
            intptr_t i = val_small(key);
            bool seq = true;
            ValView items = vview_make(NULL, 0);
            if (is_exact(I, c, TY_LIST))
                items = vview_of_vec(&list_cast(c)->v);
            else if (is_exact(I, c, TY_TUPLE))
                items = vview_of_arr(&tuple_cast(c)->a);
            else
                seq = false;
            if (seq) {
                if (i < 0) i += (intptr_t)items.n;
                if (i >= 0) r = vview_get(items, (size_t)i);
            }
        } else if (is_exact(I, c, TY_DICT)) {
            SAVE_PC(); // (the key's __hash__ / __eq__)
            r = dict_get(I, c, key);
            if (r == VAL_NULL && I->exc != VAL_NULL) goto error;
        }
        if (r == VAL_NULL) {
            SAVE_PC();
            r = obj_getitem(I, c, key);
            if (r == VAL_NULL) goto error;
        }
        sp[-1] = r;
        NEXT();
    }

    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value c = POP();
        Value v = POP();
        if (val_is_small(key) && is_exact(I, c, TY_LIST)) {
            ValVec *items = &list_cast(c)->v;
            intptr_t i = val_small(key);
            if (i < 0) i += (intptr_t)items->len;
            if (i >= 0 && vec_set(items, (size_t)i, v) == K_OK) NEXT();
        } else if (is_exact(I, c, TY_DICT)) {
            SAVE_PC();
            if (!dict_set(I, c, key, v)) goto error;
            NEXT();
        }
        SAVE_PC();
        if (obj_setitem(I, c, key, v) < 0) goto error;
        NEXT();
    }

    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value c = POP();
        SAVE_PC();
        if (obj_delitem(I, c, key) < 0) goto error;
        if (FIN_ON()) FIN_RUN(finalize_point_any(I));
        NEXT();
    }

    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : I->none;
        Value stop = POP();
        Value start = TOP();
        // list[a:b:c] (a BINARY_SUBSCR next) and list[a:b] = list or tuple (a STORE_SUBSCR
        // next) on an exact list with small-int / None parts are done here, without the
        // slice object. The next instruction exists (control never falls off the end of
        // verified code) and pops the slice and the list below it (and for a store the
        // value below that), so sp[-2] / sp[-3] are on the stack.
        unsigned nop = INSTR_OP(*ip);
        if ((nop == OP_BINARY_SUBSCR || nop == OP_STORE_SUBSCR) && is_exact(I, sp[-2], TY_LIST)) {
            int64_t a, b, st, count;
            if (small_slice(I, start, stop, step, list_len(sp[-2]), &a, &b, &st, &count)) {
                if (nop == OP_BINARY_SUBSCR) {
                    Value r = list_slice_get(I, sp[-2], a, st, count);
                    if (r == VAL_NULL) goto error;
                    ip++;
                    sp--;
                    sp[-1] = r;
                    NEXT();
                }
                if (st == 1) {
                    int done = list_slice_set(I, sp[-2], a, b, sp[-3]);
                    if (done < 0) goto error;
                    if (done > 0) {
                        ip++;
                        sp -= 3;
                        NEXT();
                    }
                }
            }
        }
        Value r = slice_new(I, start, stop, step);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(BUILD_TUPLE) {
        Value r = tuple_from_view(I, vview_make(sp - oparg, oparg));
        if (r == VAL_NULL) goto error;
        sp -= oparg;
        PUSH(r);
        NEXT();
    }

    TARGET(BUILD_LIST) {
        Value r = list_from_view(I, vview_make(sp - oparg, oparg));
        if (r == VAL_NULL) goto error;
        sp -= oparg;
        PUSH(r);
        NEXT();
    }

    TARGET(BUILD_SET) {
        SAVE_PC();
        Value r = eval_ops_build_set(I, vview_make(sp - oparg, oparg));
        if (r == VAL_NULL) goto error;
        sp -= oparg;
        PUSH(r);
        NEXT();
    }

    TARGET(BUILD_MAP) {
        SAVE_PC();
        Value r = eval_ops_build_map(I, vview_make(sp - 2 * (size_t)oparg, 2 * (size_t)oparg));
        if (r == VAL_NULL) goto error;
        sp -= 2 * (size_t)oparg;
        PUSH(r);
        NEXT();
    }

    TARGET(BUILD_STRING) {
        Value r = eval_ops_build_string(I, vview_make(sp - oparg, oparg));
        if (r == VAL_NULL) goto error;
        sp -= oparg;
        PUSH(r);
        NEXT();
    }

    TARGET(LIST_APPEND) {
        Value v = POP();
        if (!list_append(I, PEEK(oparg), v)) goto error;
        NEXT();
    }

    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_PC();
        if (!set_add(I, PEEK(oparg), v)) goto error;
        NEXT();
    }

    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_PC();
        if (!dict_set(I, PEEK(oparg), k, v)) goto error;
        NEXT();
    }

    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_PC();
        if (!eval_ops_list_extend(I, PEEK(oparg), it)) goto error;
        NEXT();
    }

    TARGET(SET_UPDATE) {
        Value it = POP();
        if (!set_check(PEEK(oparg))) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: SET_UPDATE target is not a set");
            goto error;
        }
        SAVE_PC();
        if (!set_update(I, PEEK(oparg), it)) goto error;
        NEXT();
    }

    TARGET(DICT_UPDATE) {
        Value other = POP();
        SAVE_PC();
        if (!eval_ops_dict_update(I, PEEK(oparg), other)) goto error;
        NEXT();
    }

    TARGET(DICT_MERGE) {
        Value other = POP();
        Value func = (size_t)(sp - BOTTOM()) >= (size_t)oparg + 2 ? PEEK(oparg + 2) : VAL_NULL;
        if (func == nullv) func = VAL_NULL;
        SAVE_PC();
        if (!eval_ops_dict_merge(I, func, PEEK(oparg), other)) goto error;
        NEXT();
    }

    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        Value r = list_check(l) ? tuple_from_view(I, list_view(l)) : (SAVE_PC(), obj_to_tuple(I, l));
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        bool exact = true;
        ValView items = vview_make(NULL, 0);
        if (is_exact(I, seq, TY_TUPLE))
            items = vview_of_arr(&tuple_cast(seq)->a);
        else if (is_exact(I, seq, TY_LIST))
            items = vview_of_vec(&list_cast(seq)->v);
        else
            exact = false;
        if (exact && items.n == oparg) {
            (void)POP();
            for (size_t i = oparg; i > 0; i--) PUSH(vview_get(items, i - 1));
            NEXT();
        }
        SAVE_PC();
        Value t = eval_ops_unpack(I, seq, oparg);
        if (t == VAL_NULL) goto error;
        (void)POP();
        for (size_t i = oparg; i > 0; i--) PUSH(tuple_get(t, i - 1));
        NEXT();
    }

    TARGET(UNPACK_EX) {
        size_t before = oparg & 0xffu, after = oparg >> 8;
        SAVE_PC();
        Value t = eval_ops_unpack_ex(I, TOP(), before, after);
        if (t == VAL_NULL) goto error;
        (void)POP();
        for (size_t i = before + after + 1; i > 0; i--) PUSH(tuple_get(t, i - 1));
        NEXT();
    }

    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : VAL_NULL;
        SAVE_PC();
        Value r = eval_ops_format(I, TOP(), oparg & 3, spec);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(JUMP) {
        JUMPTO(oparg);
        NEXT();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == I->false_) {
            JUMPTO(oparg);
        } else if (v != I->true_) {
            SAVE_PC();
            int t = obj_truth(I, v);
            if (t < 0) goto error;
            if (!t) JUMPTO(oparg);
        }
        NEXT();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == I->true_) {
            JUMPTO(oparg);
        } else if (v != I->false_) {
            SAVE_PC();
            int t = obj_truth(I, v);
            if (t < 0) goto error;
            if (t) JUMPTO(oparg);
        }
        NEXT();
    }

    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == I->none) JUMPTO(oparg);
        NEXT();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != I->none) JUMPTO(oparg);
        NEXT();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == I->true_ || v == I->false_) {
            t = v == I->true_;
        } else {
            SAVE_PC();
            t = obj_truth(I, v);
            if (t < 0) goto error;
        }
        if (!t)
            JUMPTO(oparg);
        else
            (void)POP();
        NEXT();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == I->true_ || v == I->false_) {
            t = v == I->true_;
        } else {
            SAVE_PC();
            t = obj_truth(I, v);
            if (t < 0) goto error;
        }
        if (t)
            JUMPTO(oparg);
        else
            (void)POP();
        NEXT();
    }

    TARGET(GET_ITER) {
        SAVE_PC();
        Value r = obj_iter(I, TOP());
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(GET_FOR_ITER) {
        Value obj = TOP();
        SAVE_PC();
        Value r = obj_iter(I, obj);
        if (r == VAL_NULL) goto error;
        GenObject *g = gen_cast(r);
        if (g != NULL && g->kind == GEN_KIND_GENERATOR && g->state == GEN_CREATED) {
            // fresh for sure: made by the generator-function call just before this
            // instruction (a call returning a generator made earlier, e.g. iter(g) or a
            // getter of a stored one, is not marked), or what a generator-function
            // __iter__ just made (an __iter__ returning a stored generator is not marked)
            if (r == obj) {
                g->loop_owned = oparg == 1 && g->origin == f && g->origin_co == f->co &&
                                (size_t)g->origin_pc + 1 == (size_t)(ip - instrs);
            } else {
                Value fn = type_lookup(I, type_of(I, obj), interp_name(I, N___iter__));
                g->loop_owned = fn != VAL_NULL && fn == g->func;
            }
        }
        sp[-1] = r;
        NEXT();
    }

    TARGET(POP_FOR_ITER) {
        Value it = POP();
        GenObject *g = gen_cast(it);
        if (g != NULL && g->loop_owned) {
            SAVE_FRAME();
            gen_drop_loop_iter(I, it);
            LOAD_FRAME();
        }
        NEXT();
    }

    TARGET(FOR_ITER) {
        Value it = TOP();
        GenObject *g = gen_cast(it);
        if (g != NULL && (g->state == GEN_CREATED || g->state == GEN_SUSPENDED)) {
            if (I->depth >= I->depth_trap && !trace_depth_slow(I, g->frame->co)) goto error;
            SAVE_FRAME();
            resume_inline(I, g, f, I->none);
            f = g->frame;
            LOAD_FRAME();
            NEXT();
        }
        IterObject *io = iterobject_cast(it);
        if (io != NULL && io->src != VAL_NULL) {
            if (io->h.type == interp_type(I, TY_LIST_ITER)) {
                // list_iter_next's hit path; the end and odd states take the slot below
                ListObject *l = list_cast(io->src);
                if (l != NULL && io->i >= 0 && (size_t)io->i < l->v.len) {
                    Value v = vec_get(&l->v, (size_t)io->i++);
                    PUSH(v);
                    NEXT();
                }
            } else if (io->h.type == interp_type(I, TY_RANGE_ITER) && io->mode == 0 &&
                       io->n > 0 && val_fits_small((intptr_t)io->i)) {
                // range_iter_next's int64 mode (mode 0): i is the next value, n the count
                // left, stamp the step
                int64_t v = io->i;
                io->n--;
                if (io->n > 0) io->i += (int64_t)io->stamp;
                PUSH(val_from_small((intptr_t)v));
                NEXT();
            } else if (*ip == INSTR_MAKE(OP_UNPACK_SEQUENCE, 2)) {
                // FOR_ITER + UNPACK_SEQUENCE 2 over dict items, enumerate or a two-way
                // zip: the pair goes to the stack as the UNPACK_SEQUENCE would put it,
                // without its tuple, and the UNPACK_SEQUENCE is skipped. The verifier
                // reached it as this FOR_ITER's fall-through (so it is in the code) and
                // its own fall-through with both values (so the stack has their room).
                Value a, b;
                SAVE_PC();
                int r = io->h.type == interp_type(I, TY_DICT_ITEMITER)
                            ? dict_itemiter_next_pair(I, it, &a, &b)
                            : iterobject_next_pair(I, it, &a, &b);
                if (r > 0) {
                    PUSH(b);
                    PUSH(a);
                    ip++;
                    NEXT();
                }
                if (r == 0) {
                    if (I->exc != VAL_NULL) {
                        if (!exc_pending_is(I, TY_STOP_ITERATION)) goto error;
                        exc_clear(I);
                    }
                    (void)POP();
                    JUMPTO(oparg);
                    NEXT();
                }
            }
        }
        Type *t = vtype(I, it);
        SAVE_PC();
        Value v = t->next != NULL ? t->next(I, it) : obj_next(I, it);
        if (v != VAL_NULL) {
            PUSH(v);
            NEXT();
        }
        if (I->exc != VAL_NULL) {
            if (!exc_pending_is(I, TY_STOP_ITERATION)) goto error;
            if (__builtin_expect(I->trace_on, 0)) {
                f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
                bool ok = trace_stop_iteration(I, f, VAL_NULL);
                f->cdepth = 0;
                if (!ok) goto error;
            }
            exc_clear(I);
        }
        (void)POP();
        JUMPTO(oparg);
        NEXT();
    }

    TARGET(RETURN_VALUE) {
        Value retval = POP();
        // the frame's locals die: a finalizer may be due once back in the caller
        // (and the finalizers an allocation's collection made due run there too)
        bool fin = FIN_ON() && !(f->flags & FRAME_GEN) &&
                   (I->heap->fin_ready != 0 ||
                    locals_drop(I, fast, code_nlocalsplus(co), retval,
                                (f->flags & FRAME_INIT) && code_nlocalsplus(co) > 0 ? fast[0] : retval));
        Frame *done = f;
        if (done->standin != VAL_NULL) frame_end_standin(I, done, (size_t)(ip - instrs - 1));
        I->depth--;
        if (done->flags & FRAME_GEN)
            gen_finish(I, gen_cast(done->gen), false);
        else
            done->store = NULL; // the record is reused; don't pin the segment
        f = done->back;
        if (done->flags & FRAME_ENTRY) {
            vm->current = f;
            *how = RUN_RETURN;
            return retval;
        }
        LOAD_FRAME();
        uint32_t dflags = done->flags;
        if (fin) {
            // (the finalizers' calls reuse the [done] record: its fields are read before;
            // retval stays in this C frame, which the collector scans)
            Value daux = done->aux;
            FIN_RUN(finalize_point(I));
            done->aux = daux;
        }
        if (dflags & FRAME_BINOP) {
            // a.__op__(b) run for BINARY_OP: its result may be kept elsewhere too
            vm->fresh = VAL_NULL;
            if (retval == I->notimpl) {
                Type *bt = type_cast(done->aux);
                eval_attr_binop_error(I, bt, INSTR_ARG(ip[-1]) & BINOP_MASK);
                goto error;
            }
        }
        if (dflags & FRAME_INIT) {
            // __init__ run by CALL of a class: the instance is already in place
            if (retval != I->none) {
                exc_raise(I, TY_TYPE_ERROR, "__init__() should return None, not '%T'", retval);
                goto error;
            }
            NEXT();
        }
        if (dflags & FRAME_GEN) {
            // an inline-resumed generator finished: complete the caller's FOR_ITER / SEND
            uint32_t w = ip[-1];
            if (INSTR_OP(w) == OP_TRACE_HOOK) w = code_instr(co, (size_t)(ip - instrs - 1));
            if (__builtin_expect(I->trace_on, 0)) {
                f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
                bool ok = trace_stop_iteration(I, f, retval);
                f->cdepth = 0;
                if (!ok) goto error;
            }
            if (INSTR_OP(w) == OP_SEND)
                sp[-1] = retval;
            else
                (void)POP();
            ip = instrs + INSTR_ARG(w);
            NEXT();
        }
        PUSH(retval);
        NEXT();
    }

    TARGET(YIELD_VALUE) {
        Value v = POP();
        GenObject *g = gen_cast(f->gen);
        if (g == NULL) {
            exc_raise(I, TY_SYSTEM_ERROR, "yield outside a generator frame");
            goto error;
        }
        SAVE_FRAME();
        I->depth--;
        gen_suspend(I, g);
        Frame *done = f;
        f = done->back;
        if (done->flags & FRAME_ENTRY) {
            vm->current = f;
            *how = RUN_YIELD;
            return v;
        }
        LOAD_FRAME();
        PUSH(v);
        NEXT();
    }

    TARGET(MAKE_FUNCTION) {
        size_t n = 2 + (oparg & 1u) + ((oparg >> 1) & 1u) + ((oparg >> 2) & 1u) + ((oparg >> 3) & 1u);
        Value r = eval_ops_make_function(I, vview_make(sp - n, n), oparg, f->globals);
        if (r == VAL_NULL) goto error;
        sp -= n;
        PUSH(r);
        NEXT();
    }

    TARGET(LOAD_BUILD_CLASS) {
        SAVE_PC();
        Value v = eval_ops_build_class(I, f);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        NEXT();
    }

    TARGET(SETUP_ANNOTATIONS) {
        SAVE_PC();
        if (!eval_ops_setup_annotations(I, f)) goto error;
        NEXT();
    }

    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        SAVE_PC();
        Value r = eval_ops_import_name(I, f, names[oparg], fromlist, TOP());
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(IMPORT_FROM) {
        SAVE_PC();
        Value r = import_from(I, TOP(), names[oparg]);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(IMPORT_STAR) {
        Value m = POP();
        SAVE_PC();
        if (!eval_ops_import_star(I, f, m)) goto error;
        NEXT();
    }

    TARGET(RAISE_VARARGS) {
        Value cause = oparg == 2 ? POP() : VAL_NULL;
        Value exc = oparg >= 1 ? POP() : VAL_NULL;
        SAVE_PC(); // (a class raised is instantiated here)
        reraise_pc = -1;
        if (eval_ops_raise(I, exc, cause) == 1) goto unwind;
        goto error;
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(obj_val(interp_type(I, TY_ASSERTION_ERROR)));
        NEXT();
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = POP();
        if (!exc_is_instance(I, exc)) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: PUSH_EXC_INFO of a non-exception");
            goto error;
        }
        Value prev = I->exc_info != VAL_NULL ? I->exc_info : I->none;
        // A generator has its own exception state (CPython's gi_exc_state): when it is
        // handling nothing itself, what it saves is "nothing", not its resumer's state.
        GenObject *pg = (f->flags & FRAME_GEN) ? gen_cast(f->gen) : NULL;
        if (pg != NULL) {
            if (pg->handling == 0) prev = I->none;
            if (pg->handling < UINT32_MAX) pg->handling++;
        }
        PUSH(prev);
        I->exc_info = exc;
        PUSH(exc);
        NEXT();
    }

    TARGET(POP_EXCEPT) {
        Value prev = POP();
        if (prev != I->none && !exc_is_instance(I, prev)) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: POP_EXCEPT of a non-exception");
            goto error;
        }
        GenObject *pg = (f->flags & FRAME_GEN) ? gen_cast(f->gen) : NULL;
        if (pg != NULL && pg->handling > 0) pg->handling--;
        if (prev != I->none)
            I->exc_info = prev;
        else if (pg != NULL)
            I->exc_info = pg->saved_exc; // back to the resumer's state
        else
            I->exc_info = VAL_NULL;
        NEXT();
    }

    TARGET(CHECK_EXC_MATCH) {
        Value typ = POP();
        SAVE_PC();
        int r = eval_ops_exc_match(I, TOP(), typ);
        if (r < 0) goto error;
        PUSH(interp_bool(I, r != 0));
        NEXT();
    }

    TARGET(RERAISE) {
        Value exc = POP();
        if (oparg) {
            // CPython restores f_lasti from the value under the exception; the handler
            // search still uses this instruction's own position. Our tracebacks are
            // already recorded, so the value is only checked.
            Value l = TOP();
            if (!val_is_small(l) || val_small(l) < 0 || (size_t)val_small(l) >= co->ninstr) {
                exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: RERAISE without a valid lasti");
                goto error;
            }
            reraise_pc = (ptrdiff_t)val_small(l);
        } else {
            reraise_pc = -1;
        }
        if (!exc_is_instance(I, exc)) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: RERAISE of a non-exception");
            goto error;
        }
        I->exc = exc;
        goto unwind;
    }

    TARGET(BEFORE_WITH) {
        // the bound __exit__ replaces the manager in its slot: no C local of this loop
        // holds it (the collector scans this function's stack frame too)
        SAVE_PC();
        Value r = eval_ops_before_with(I, TOP(), &sp[-1]);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(WITH_EXCEPT_START) {
        SAVE_PC();
        Value r = eval_ops_with_exit(I, PEEK(4), TOP());
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        SAVE_PC();
        Value r = eval_ops_yield_from_iter(I, TOP(),
                                           (co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) != 0);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(SEND) {
        Value v = TOP();
        Value it = PEEK(2);
        GenObject *g = gen_cast(it);
        if (g != NULL && (g->state == GEN_CREATED || g->state == GEN_SUSPENDED)) {
            if (g->state == GEN_CREATED && v != I->none) {
                exc_raise(I, TY_TYPE_ERROR, "can't send non-None value to a just-started %s",
                          gen_kind_name(g));
                goto error;
            }
            if (I->depth >= I->depth_trap && !trace_depth_slow(I, g->frame->co)) goto error;
            (void)POP();
            SAVE_FRAME();
            resume_inline(I, g, f, v);
            f = g->frame;
            LOAD_FRAME();
            NEXT();
        }
        bool done = false;
        SAVE_PC();
        Value r = eval_ops_send(I, it, v, &done);
        if (r == VAL_NULL) goto error;
        if (done && __builtin_expect(I->trace_on, 0)) {
            f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
            bool ok = trace_stop_iteration(I, f, r);
            f->cdepth = 0;
            if (!ok) goto error;
        }
        if (done) {
            (void)POP();
            sp[-1] = r;
            ip = instrs + oparg;
        } else {
            sp[-1] = r;
        }
        NEXT();
    }

    TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE_PC();
        if (!eval_ops_print_expr(I, v)) goto error;
        NEXT();
    }

    TARGET(GET_LEN) {
        SAVE_PC();
        int64_t n = obj_len(I, TOP());
        if (n < 0) goto error;
        Value r = int_from_i64(I, n);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(MATCH_MAPPING) {
        SAVE_PC();
        Value r = eval_ops_match_mapping(I, TOP());
        PUSH(r);
        NEXT();
    }

    TARGET(MATCH_SEQUENCE) {
        SAVE_PC();
        Value r = eval_ops_match_sequence(I, TOP());
        PUSH(r);
        NEXT();
    }

    TARGET(MATCH_KEYS) {
        SAVE_PC();
        Value r = eval_ops_match_keys(I, PEEK(2), TOP());
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(MATCH_CLASS) {
        Value kwn = POP();
        Value cls = POP();
        SAVE_PC();
        Value r = eval_ops_match_class(I, TOP(), cls, kwn, oparg);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(RETURN_GENERATOR) { goto bad_opcode; }

    TARGET(CHECK_EG_MATCH) {
        Value match = VAL_NULL;
        SAVE_PC();
        Value rest = exc_group_match(I, PEEK(2), TOP(), &match);
        if (rest == VAL_NULL) goto error;
        sp[-2] = rest;
        sp[-1] = match;
        if (match != I->none) {
            // as CPython: the matched part becomes the exception being handled
            I->exc_info = match;
        }
        NEXT();
    }

    TARGET(PREP_RERAISE_STAR) {
        Value excs = POP();
        Value r = exc_group_prep_reraise(I, TOP(), excs);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(GET_AWAITABLE) {
        SAVE_PC();
        Value r = coro_get_awaitable(I, TOP(), oparg);
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(GET_AITER) {
        SAVE_PC();
        Value r = coro_get_aiter(I, TOP());
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

    TARGET(GET_ANEXT) {
        SAVE_PC();
        Value r = coro_get_anext(I, TOP());
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        // the bound __exit__ replaces the manager in its slot: no C local of this loop
        // holds it (the collector scans this function's stack frame too)
        SAVE_PC();
        Value r = coro_before_async_with(I, TOP(), &sp[-1]);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        NEXT();
    }

    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (!exc_is_instance(I, exc)) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: END_ASYNC_FOR of a non-exception");
            goto error;
        }
        if (obj_is_instance_of(I, exc, interp_type(I, TY_STOP_ASYNC_ITERATION))) {
            (void)POP();
            NEXT();
        }
        I->exc = exc;
        reraise_pc = -1;
        goto unwind;
    }

    TARGET(ASYNC_GEN_WRAP) {
        Value r = coro_wrap_value(I, TOP());
        if (r == VAL_NULL) goto error;
        sp[-1] = r;
        NEXT();
    }

#if EVAL_SWITCH
    case OP_TRACE_HOOK:
        goto trace_hook;
    default:
        goto bad_opcode;
    }
#else
    }
#endif

trace_hook: {
    // an instruction of a code object instrumented for tracing (trace.h): its events, then
    // the original instruction (the verified word at the same index, or where a trace
    // function's jump lands: same verified stack depth, so the stack stays as it is). All
    // of it out of line: code here would cost the hot paths registers.
    SAVE_PC();
    f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
    int64_t next = trace_hook(I, f);
    f->cdepth = 0;
    if (next < 0) goto error;
    ip = instrs + f->pc; // (trace_hook: 1 + an instruction's index)
    word = (uint32_t)next;
#if EVAL_SWITCH
    goto dispatch_word;
#else
    oparg = INSTR_ARG(word);
    goto *dispatch_table[INSTR_OP(word)];
#endif
}

bad_opcode:
    exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: unknown opcode");
    goto error;

error:
    kwnames = VAL_NULL;
    reraise_pc = -1;
    if (I->exc == VAL_NULL)
        exc_raise(I, TY_SYSTEM_ERROR, "error return without exception set");
    if (!(co->flags & CO_SAFEPY_NO_TRACEBACK)) {
        ptrdiff_t li = ip - instrs - 1;
        exc_add_traceback(I, obj_val(co), f->globals, (int)li, EXC_TB_LINE_UNKNOWN);
        if (f->locals != VAL_NULL) exc_tb_set_locals(I, obj_val(co), f->locals, -1); // a namespace
    }
    if (__builtin_expect(I->trace_on, 0)) {
        SAVE_PC();
        f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
        trace_exception(I, f);
        f->cdepth = 0;
    }

unwind: {
    ptrdiff_t li = ip - instrs - 1;
    const ExcEntry *h = li >= 0 ? find_handler(co, (size_t)li) : NULL;
    // A handler at or before the raising instruction is a loop with no backward jump
    // (hostile bytecode only): count it as a step. Once the budget is spent no handler
    // runs, so neither such a loop nor a handler that swallows BudgetExceeded can
    // outlive it (found by tests/fuzz/fuzz_code.c).
    if (h != NULL && I->limits.max_steps > 0 &&
        (I->steps > I->limits.max_steps ||
         ((ptrdiff_t)h->target <= li && ++I->steps > I->limits.max_steps))) {
        if (!exc_pending_is(I, TY_BUDGET_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_BUDGET_ERROR, "instruction budget exhausted");
        }
        h = NULL;
    }
    if (I->exiting) h = NULL; // os._exit(): no except, finally or __exit__ runs
    if (h != NULL) {
        if ((size_t)(sp - BOTTOM()) < h->depth) {
            // only hostile bytecode gets here (the verifier checks handler depths)
            exc_clear(I);
            exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: handler depth above stack depth");
        } else {
            // drop the unwound slots: stale references there would keep garbage alive
            // for the conservative collector (a caught MemoryError must free memory)
            Value *keep = BOTTOM() + h->depth;
            while (sp > keep) {
                Value v = *--sp;
                *sp = VAL_NULL;
                GenObject *lg = gen_cast(v);
                if (lg != NULL && lg->loop_owned) { // a for loop the exception leaves
                    SAVE_FRAME();
                    gen_drop_loop_iter(I, v);
                    LOAD_FRAME();
                    keep = BOTTOM() + h->depth;
                }
            }
            // (CPython pushes f_lasti, which a RERAISE with lasti has put back)
            if (h->lasti) PUSH(val_from_small(reraise_pc >= 0 ? reraise_pc : li));
            f->caught_tb = frame_tb_key(exc_get_traceback(I->exc)); // its tb_frame: f's
            PUSH(exc_fetch(I));
            ip = instrs + h->target;
            NEXT();
        }
    }
}
    // no handler here: the frame ends with the exception (its slots are cleared, as above)
    {
        Frame *done = f;
        // for loops the exception leaves drop their generators (closed as CPython's
        // refcounting does while unwinding), in a generator's frame too (it ends here)
        size_t depth = (size_t)(sp - BOTTOM());
        for (size_t k = depth; k > 0; k--) {
            Value v = BOTTOM()[k - 1];
            GenObject *lg = gen_cast(v);
            if (lg != NULL && lg->loop_owned) {
                SAVE_FRAME();
                gen_drop_loop_iter(I, v);
                LOAD_FRAME();
            }
        }
        // the traceback keeps the variables for tb_frame.f_locals; then the slots are cleared
        ptrdiff_t end = reraise_pc >= 0 ? reraise_pc : ip - instrs - 1;
        if (__builtin_expect(I->trace_on, 0)) {
            SAVE_PC();
            f->cdepth = (uint32_t)(sp - BOTTOM()) + 1;
            trace_unwind(I, done);
            f->cdepth = 0;
        }
        exc_tb_set_locals(I, obj_val(co), frame_locals_snapshot(I, done), (int)end);
        if (done->standin != VAL_NULL) frame_end_standin(I, done, (size_t)end);
        if ((done->flags & FRAME_GEN) == 0)
            while (sp > fast) *--sp = VAL_NULL;
        I->depth--;
        if (done->flags & FRAME_GEN)
            gen_finish(I, gen_cast(done->gen), true);
        else
            done->store = NULL;
        f = done->back;
        if (done->flags & FRAME_ENTRY) {
            vm->current = f;
            return VAL_NULL;
        }
        LOAD_FRAME();
        if (done->flags & FRAME_ATTR) exc_attr_context(I, done->aux, names[INSTR_ARG(ip[-1])]);
        goto error;
    }
}

// ---- C entry points ----

// Runs [co] in a new entry frame at VmState.top (module, exec, class bodies).
static Value run_code(Interp *I, CodeObject *co, Value func, Value globals, Value builtins,
                      Value locals, Value closure) {
    if (!interp_enter_c(I, "while calling a Python object")) return VAL_NULL;
    VmState *vm = I->vm;
    StackSeg *saved_seg = vm->seg;
    size_t saved_top = vm->top;
    size_t need = code_nlocalsplus(co) + co->stacksize, base;
    Value r = VAL_NULL;
    StackSeg *seg = frame_room(I, co, need, &base);
    if (seg == NULL) goto out;
    Frame *nf = frame_take(I, vm->current);
    if (nf == NULL) goto out;
    vm->seg = seg; // reserved while the cells are made
    vm->top = base + need;
    for (size_t i = 0; i < code_nlocalsplus(co); i++) (void)vec_set(&seg->vals, base + i, VAL_NULL);
    if (!eval_call_cells(I, closure, co, &seg->vals, base)) goto out;
    init_frame(nf, vm->current, co, func, globals, builtins, locals, seg, base, base + need);
    nf->flags = FRAME_ENTRY;
    I->depth++;
    int how;
    r = run(I, nf, false, &how);
out:
    restore_top(I, saved_seg, saved_top);
    interp_leave_c(I);
    return r;
}

static Value builtins_for(Interp *I, Value globals) {
    Value name = interp_name(I, N___builtins__);
    Value b = dict_get(I, globals, name);
    if (b == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        if (!dict_set(I, globals, name, I->builtins)) return VAL_NULL;
        return I->builtins;
    }
    if (val_kind(b) == K_MODULE) {
        Value d = obj_ptr(b)->dict;
        if (d != VAL_NULL) return d;
    }
    if (dict_check(b)) return b;
    return I->builtins;
}

static CodeObject *verified_code(Interp *I, Value code) {
    CodeObject *co = code_cast(code);
    if (co == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a code object, not %T", code);
        return NULL;
    }
    if (!co->verified && !code_verify(I, co)) return NULL;
    return co;
}

Value vm_exec(Interp *I, Value code, Value globals, Value locals) {
    return vm_exec_closure(I, code, globals, locals, VAL_NULL);
}

Value vm_exec_closure(Interp *I, Value code, Value globals, Value locals, Value closure) {
    CodeObject *co = verified_code(I, code);
    if (co == NULL) return VAL_NULL;
    if (!dict_check(globals))
        return exc_raise(I, TY_TYPE_ERROR, "globals must be a dict, not %T", globals);
    if (co->nfrees > 0 && closure == VAL_NULL)
        return exc_raise(I, TY_TYPE_ERROR,
                         "code object passed to exec() may not contain free variables");
    if (locals == VAL_NULL || locals == I->none) locals = globals;
    Value builtins = builtins_for(I, globals);
    if (builtins == VAL_NULL) return VAL_NULL;
    // A function's code with parameters, or a generator's: as CPython, called as a function
    // named after the code, with no arguments (missing ones raise TypeError; a generator
    // is made and dropped).
    if ((co->flags & (CO_GENLIKE | CO_VARARGS | CO_VARKEYWORDS)) != 0 || co->argcount > 0 ||
        co->kwonlyargcount > 0) {
        Value fv = func_new(I, code, globals, co->name);
        FuncObject *fn = fv != VAL_NULL ? func_cast(fv) : NULL;
        if (fn == NULL) return VAL_NULL;
        fn->closure = closure;
        return vm_call_function(I, fv, vview_make(NULL, 0), VAL_NULL);
    }
    return run_code(I, co, VAL_NULL, globals, builtins, locals, closure);
}

Value vm_exec_body(Interp *I, Value func, Value locals) {
    FuncObject *fn = func_cast(func);
    if (fn == NULL) return exc_raise(I, TY_TYPE_ERROR, "class body must be a function");
    CodeObject *co = verified_code(I, fn->code);
    if (co == NULL) return VAL_NULL;
    if (co->flags & CO_GENLIKE)
        return exc_raise(I, TY_TYPE_ERROR, "class body cannot be a generator");
    Frame *cur = I->vm->current;
    Value builtins = func_builtins(I, cur, fn);
    return run_code(I, co, func, fn->globals, builtins, locals, fn->closure);
}

Value vm_call_function(Interp *I, Value func, ValView args, Value kwnames) {
    FuncObject *fn = func_cast(func);
    if (fn == NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not callable", func);
    CodeObject *co = verified_code(I, fn->code);
    if (co == NULL) return VAL_NULL;
    if (co->flags & CO_GENLIKE) return gen_new(I, func, args, kwnames);
    // Not counted in I->c_depth (obj_call does not count either): the Python frame counts
    // in I->depth, and the C stack a Python -> C -> Python cycle uses is checked here.
    if (!interp_check_stack(I, "while calling a Python object")) return VAL_NULL;
    VmState *vm = I->vm;
    StackSeg *saved_seg = vm->seg;
    size_t saved_top = vm->top;
    Frame *nf = start_call(I, vm->current, fn, co, args, kwnames);
    Value r = VAL_NULL;
    if (nf != NULL) {
        nf->flags = FRAME_ENTRY;
        int how;
        r = run(I, nf, false, &how);
    }
    restore_top(I, saved_seg, saved_top);
    return r;
}

Value vm_gen_resume(Interp *I, Value gen, Value v, bool throwing, bool *returned) {
    *returned = false;
    GenObject *g = gen_cast(gen);
    if (g == NULL || (g->state != GEN_CREATED && g->state != GEN_SUSPENDED))
        return exc_raise(I, TY_SYSTEM_ERROR, "resuming a generator that cannot run");
    // CPython's message has no suffix here (resuming a frame is not a C-level call)
    if (!interp_enter_c(I, "")) return VAL_NULL;
    Value r = VAL_NULL;
    if (I->depth >= I->depth_trap && !trace_depth_slow(I, g->frame->co)) {
        // (RecursionError pending)
    } else {
        VmState *vm = I->vm;
        Frame *gf = g->frame;
        StackSeg *saved_seg = vm->seg;
        size_t saved_top = vm->top;
        if (!throwing && g->state == GEN_SUSPENDED) {
            (void)vec_set(gf->store, gf->base + code_nlocalsplus(gf->co) + gf->sp, v);
            gf->sp++;
        }
        gf->back = vm->current;
        gf->flags = FRAME_GEN | FRAME_ENTRY;
        gf->seg = vm->seg;
        gf->top = vm->top;
        gen_enter(I, g);
        // an exception thrown into a generator that is handling one itself has that one
        // as its context (CPython's _PyErr_ChainStackItem)
        if (throwing && g->handling > 0 && I->exc != VAL_NULL) exc_chain_context(I, I->exc, I->exc_info);
        I->depth++;
        int how = RUN_RETURN;
        r = run(I, gf, throwing, &how);
        *returned = r != VAL_NULL && how == RUN_RETURN;
        restore_top(I, saved_seg, saved_top);
    }
    interp_leave_c(I);
    return r;
}
