/*
 * gen.c: generator objects: creation at call time, send / throw / close, delegation to
 * a sub-iterator during `yield from`, and the generator type.
 *
 * A generator owns a Frame record and a fixed-size ValVec holding the frame's locals and
 * value stack; the eval loop runs that frame in place (gen->frame->store == &gen->stack).
 * The loop resumes generators itself for FOR_ITER and SEND; everything else comes here
 * and enters the loop through vm_gen_resume().
 *
 * `yield from` shape relied on (CPython 3.11's): SEND target; YIELD_VALUE; ... with the
 * sub-iterator on top of the stack while suspended at that YIELD_VALUE.
 */
#include "gen.h"

#include "../modules/sysmod.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "eval.h"
#include "eval_call.h"
#include "eval_ops.h"
#include "coro.h"
#include "func.h"

Value gen_new(Interp *I, Value func, ValView args, Value kwnames) {
    FuncObject *fn = func_cast(func);
    if (fn == NULL) return exc_raise(I, TY_TYPE_ERROR, "generator function expected");
    CodeObject *co = code_cast(fn->code);
    if (co == NULL) return exc_raise(I, TY_TYPE_ERROR, "generator function expected");
    if (!co->verified && !code_verify(I, co)) return VAL_NULL;
    TypeId tid = TY_GENERATOR;
    uint32_t kind = GEN_KIND_GENERATOR;
    if (co->flags & CO_COROUTINE) {
        tid = TY_COROUTINE;
        kind = GEN_KIND_COROUTINE;
    } else if (co->flags & CO_ASYNC_GENERATOR) {
        tid = TY_ASYNC_GENERATOR;
        kind = GEN_KIND_ASYNC_GEN;
    }
    GenObject *g = obj_alloc(I, interp_type(I, tid), sizeof(GenObject));
    if (g == NULL) return VAL_NULL;
    g->kind = kind;
    vec_init(&g->stack);
    size_t nlp = code_nlocalsplus(co);
    // at least one slot: the eval loop forms its frame pointers from the storage's base,
    // which an empty vector leaves NULL (a code object may declare no locals and no stack)
    size_t nslots = nlp + co->stacksize;
    if (vec_resize(I->heap, &g->stack, nslots > 0 ? nslots : 1) != K_OK) return exc_nomem(I);
    if (kwnames == VAL_NULL && args.n == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        // exactly the positional parameters: eval_call_bind would copy them and clear
        // the other locals, which the new storage already holds as VAL_NULL
        for (size_t j = 0; j < args.n; j++) (void)vec_set(&g->stack, j, vview_get(args, j));
    } else if (!eval_call_bind(I, fn, co, &g->stack, 0, args, kwnames)) {
        return VAL_NULL;
    }
    if ((co->ncells > 0 || co->nfrees > 0) && !eval_call_cells(I, fn->closure, co, &g->stack, 0))
        return VAL_NULL;
    VmState *vm = I->vm; // set up by interp_new, before any code runs
    if (vm == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "generator created without a VM");
    Frame *gf = frame_new(I);
    if (gf == NULL) return VAL_NULL;
    Frame *cur = vm->current;
    gf->back = NULL;
    gf->spare = NULL;
    gf->co = co;
    gf->func = func;
    gf->globals = fn->globals;
    gf->builtins = (cur != NULL && cur->globals == fn->globals) ? cur->builtins : I->builtins;
    gf->locals = VAL_NULL;
    gf->store = &g->stack;
    gf->base = 0;
    gf->seg = vm->seg;
    gf->top = 0;
    gf->pc = 0;
    gf->sp = 0;
    gf->flags = FRAME_GEN;
    gf->gen = obj_val(g);
    gf->fastdict = VAL_NULL;
    g->frame = gf;
    g->func = func;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->exc_state = VAL_NULL;
    g->saved_exc = VAL_NULL;
    g->handling = 0;
    g->state = GEN_CREATED;
    // no origin: the CALL opcodes record it when they made the generator themselves
    // (gen_mark_call_origin); one made inside C code (a cache, a defaultdict...) may be
    // stored there too
    g->origin = NULL;
    g->origin_co = NULL;
    g->origin_pc = 0;
    // a generator with try/with blocks is closed when it dies suspended (its finally
    // blocks and __exit__ run), as CPython's generator finalizer does (finalize.c)
    if (kind == GEN_KIND_GENERATOR && co->nexc > 0) (void)obj_fin_register(I, &g->h);
    return obj_val(g);
}

const char *gen_kind_name(const GenObject *g) {
    switch (g->kind) {
    case GEN_KIND_COROUTINE: return "coroutine";
    case GEN_KIND_ASYNC_GEN: return "async generator";
    default: return "generator";
    }
}

static Value already_executing(Interp *I, GenObject *g) {
    return exc_raise(I, TY_VALUE_ERROR, "%s already executing", gen_kind_name(g));
}

static Value reuse_error(Interp *I) {
    return exc_raise(I, TY_RUNTIME_ERROR, "cannot reuse already awaited coroutine");
}

Value gen_send(Interp *I, Value gen, Value v, Value *retval) {
    GenObject *g = gen_cast(gen);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "generator expected, not %T", gen);
    if (g->state == GEN_RUNNING) return already_executing(I, g);
    if (g->state == GEN_CLOSED) {
        if (g->kind == GEN_KIND_COROUTINE) return reuse_error(I);
        *retval = I->none;
        return VAL_NULL;
    }
    if (g->state == GEN_CREATED && v != I->none)
        return exc_raise(I, TY_TYPE_ERROR, "can't send non-None value to a just-started %s",
                         gen_kind_name(g));
    bool returned = false;
    Value r = vm_gen_resume(I, gen, v, false, &returned);
    if (r == VAL_NULL) return VAL_NULL;
    if (returned) {
        *retval = r;
        return VAL_NULL;
    }
    return r;
}

void gen_drop_frame(GenObject *g) {
    for (size_t i = 0; i < g->stack.len; i++) (void)vec_set(&g->stack, i, VAL_NULL);
    if (g->frame != NULL) {
        g->frame->sp = 0;
        g->frame->fastdict = VAL_NULL;
    }
}

// The sub-iterator of a generator suspended inside `yield from`, or VAL_NULL.
static Value delegate(GenObject *g) {
    if (g->state != GEN_SUSPENDED) return VAL_NULL;
    Frame *gf = g->frame;
    if (gf->pc < 2 || gf->sp == 0) return VAL_NULL;
    if (INSTR_OP(code_instr(gf->co, gf->pc - 1)) != OP_YIELD_VALUE ||
        INSTR_OP(code_instr(gf->co, gf->pc - 2)) != OP_SEND)
        return VAL_NULL;
    return vec_get(gf->store, gf->base + code_nlocalsplus(gf->co) + gf->sp - 1);
}

Value gen_yieldfrom(GenObject *g) { return delegate(g); }

// The sub-iterator finished: pop it and point the frame at the SEND that drove it.
// Returns the SEND's jump target.
static uint32_t end_delegation(GenObject *g) {
    Frame *gf = g->frame;
    uint32_t send_at = gf->pc - 2;
    gf->sp--;
    (void)vec_set(gf->store, gf->base + code_nlocalsplus(gf->co) + gf->sp, VAL_NULL);
    gf->pc = send_at + 1; // an exception raised now is "at" the SEND
    return INSTR_ARG(code_instr(gf->co, send_at));
}

// Closes a sub-iterator: generators directly, others through their close() if any.
static int close_iter(Interp *I, Value it) {
    if (gen_cast(it) != NULL) return gen_close(I, it);
    Value m = obj_lookup_attr(I, it, interp_name(I, N_close));
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return -1;
        return 0;
    }
    return obj_call0(I, m) != VAL_NULL ? 0 : -1;
}

// Resumes [g] with the pending exception raised at its suspension point.
static Value resume_throwing(Interp *I, Value gen, bool *returned) {
    return vm_gen_resume(I, gen, VAL_NULL, true, returned);
}

// Throws exception instance [exc] into [gen]. Yielded value, or the return value with
// *returned set, or VAL_NULL with an exception. [raw] holds the arguments given to throw()
// (typ[, val[, tb]]): a delegate that is not a generator gets them unchanged, as CPython.
static Value throw_ex(Interp *I, Value gen, Value exc, ValView raw, bool close_on_genexit,
                      bool *returned) {
    *returned = false;
    GenObject *g = gen_cast(gen);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "generator expected");
    if (g->state == GEN_RUNNING) return already_executing(I, g);
    Value yf = delegate(g);
    if (yf != VAL_NULL) {
        Value r;
        bool sub_returned = false;
        bool is_genexit = obj_is_instance_of(I, exc, interp_type(I, TY_GENERATOR_EXIT));
        if (is_genexit && close_on_genexit) {
            g->state = GEN_RUNNING;
            int err = close_iter(I, yf);
            g->state = GEN_SUSPENDED;
            if (err < 0) {
                (void)end_delegation(g);
                return resume_throwing(I, gen, returned);
            }
            goto throw_here;
        }
        if (gen_cast(yf) != NULL) {
            // The inner generator runs as if [g] had resumed it (as CPython does): link
            // g's frame as the current one meanwhile, so the stack seen from inside (and
            // traceback.extract_stack) is the same as for send(). A suspended frame has
            // cdepth 0 and its depth saved in sp, which is all the frame walks read.
            VmState *vm = I->vm;
            Frame *saved = vm != NULL ? vm->current : NULL;
            if (vm != NULL) {
                g->frame->back = saved;
                vm->current = g->frame;
            }
            g->state = GEN_RUNNING;
            r = throw_ex(I, yf, exc, raw, close_on_genexit, &sub_returned);
            g->state = GEN_SUSPENDED;
            if (vm != NULL) {
                vm->current = saved;
                g->frame->back = NULL;
            }
        } else {
            Value m = obj_lookup_attr(I, yf, interp_name(I, N_throw));
            if (m == VAL_NULL) {
                if (I->exc != VAL_NULL) {
                    (void)end_delegation(g);
                    return resume_throwing(I, gen, returned);
                }
                goto throw_here;
            }
            g->state = GEN_RUNNING;
            r = obj_call(I, m, raw, VAL_NULL);
            g->state = GEN_SUSPENDED;
        }
        if (r != VAL_NULL && !sub_returned) return r; // the sub-iterator yielded
        uint32_t target = end_delegation(g);
        Value val = r;
        if (r == VAL_NULL) {
            if (!exc_pending_is(I, TY_STOP_ITERATION)) return resume_throwing(I, gen, returned);
            val = eval_ops_stopiter_value(I, exc_fetch(I));
        }
        g->frame->pc = target;
        return vm_gen_resume(I, gen, val, false, returned);
    }
throw_here:
    I->exc = exc;
    if (g->state == GEN_CLOSED) {
        // nothing runs: the exception propagates (a finished coroutine refuses instead)
        if (g->kind == GEN_KIND_COROUTINE && close_on_genexit) return reuse_error(I);
        return VAL_NULL;
    }
    return resume_throwing(I, gen, returned);
}

// Builds the exception instance for throw(typ[, val[, tb]]). *[ctor_failed]: the failure
// (VAL_NULL) came from building the instance (the class's call raised or gave a
// non-exception): CPython makes the instance inside the generator's frame, so that error
// is thrown in rather than raised to the caller; argument errors are the caller's.
static Value make_thrown(Interp *I, Value typ, Value val, Value tb, bool *ctor_failed) {
    *ctor_failed = false;
    if (tb != VAL_NULL && tb == I->none) tb = VAL_NULL;
    if (tb != VAL_NULL && traceback_cast(tb) == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "throw() third argument must be a traceback object");
    Value inst;
    if (exc_is_class(I, typ)) {
        if (val != VAL_NULL && val != I->none && obj_is_instance_of(I, val, type_cast(typ))) {
            inst = val;
        } else if (val == VAL_NULL || val == I->none) {
            inst = obj_call0(I, typ);
        } else if (tuple_check(val)) {
            inst = obj_call(I, typ, tuple_view(val), VAL_NULL);
        } else {
            inst = obj_call1(I, typ, val);
        }
        *ctor_failed = true;
        if (inst == VAL_NULL) return VAL_NULL;
        if (!exc_is_instance(I, inst))
            return exc_raise(I, TY_TYPE_ERROR,
                             "calling %R should have returned an instance of BaseException, not %T",
                             typ, inst);   // (the raise statement words it with %R of the type)
        *ctor_failed = false;
    } else if (exc_is_instance(I, typ)) {
        if (val != VAL_NULL && val != I->none)
            return exc_raise(I, TY_TYPE_ERROR, "instance exception may not have a separate value");
        inst = typ;
    } else {
        return exc_raise(I, TY_TYPE_ERROR,
                         "exceptions must be classes or instances deriving from BaseException, "
                         "not %T",
                         typ);
    }
    if (tb != VAL_NULL) {
        ExcObject *e = exc_cast(inst);
        if (e != NULL) e->traceback = tb;
    }
    return inst;
}

Value gen_throw_args(Interp *I, Value gen, Value typ, Value val, Value tb, bool close_on_genexit,
                     bool *returned) {
    *returned = false;
    bool ctor_failed;
    Value inst = make_thrown(I, typ, val, tb, &ctor_failed);
    Value raw[3] = {typ, val, tb};
    size_t n = val == VAL_NULL ? 1 : tb == VAL_NULL ? 2 : 3;
    if (inst == VAL_NULL) {
        if (!ctor_failed) return VAL_NULL;
        inst = raw[0] = exc_fetch(I);
        n = 1;
    }
    return throw_ex(I, gen, inst, vview_make(raw, n), close_on_genexit, returned);
}

Value gen_throw(Interp *I, Value gen, Value exc, Value *retval) {
    bool ctor_failed;
    Value inst = make_thrown(I, exc, VAL_NULL, VAL_NULL, &ctor_failed);
    if (inst == VAL_NULL) {
        if (!ctor_failed) return VAL_NULL;
        inst = exc = exc_fetch(I);
    }
    bool returned = false;
    Value r = throw_ex(I, gen, inst, vview_make(&exc, 1), true, &returned);
    if (r != VAL_NULL && returned) {
        *retval = r;
        return VAL_NULL;
    }
    return r;
}

void gen_mark_call_origin(Value res, Value func, const Frame *f, uint32_t pc) {
    GenObject *g = gen_cast(res);
    if (g == NULL || g->state != GEN_CREATED || g->func != func) return;
    g->origin = f;
    g->origin_co = f->co;
    g->origin_pc = pc;
}

void gen_drop_loop_iter(Interp *I, Value it) {
    GenObject *g = gen_cast(it);
    if (g == NULL || !g->loop_owned || g->state != GEN_SUSPENDED) return;
    g->loop_owned = false;
    Value saved = exc_fetch(I);
    // CPython reports a finalizer's error as "Exception ignored in: ..." and goes on
    if (gen_close(I, it) < 0) {
        Value e = exc_fetch(I);
        if (e != VAL_NULL) sysmod_write_unraisable(I, e, it, false);
    }
    exc_clear(I);
    I->exc = saved;
}

void gen_close_globals(Interp *I, Value d) {
    if (d == VAL_NULL || !dict_check(d)) return;
    // collected first: a finally block may rebind the globals while they are closed
    ValVec open;
    vec_init(&open);
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        GenObject *g = gen_cast(v);
        if (g != NULL && g->kind == GEN_KIND_GENERATOR && g->state == GEN_SUSPENDED &&
            vec_push(I->heap, &open, v) != K_OK)
            return;
    }
    exc_clear(I);
    for (size_t i = 0; i < open.len; i++) {
        Value gv = vec_get(&open, i);
        GenObject *g = gen_cast(gv);
        if (g != NULL && g->state == GEN_SUSPENDED && gen_close(I, gv) < 0) {
            Value e = exc_fetch(I);
            if (e != VAL_NULL) sysmod_write_unraisable(I, e, gv, true);
            exc_clear(I);
        }
    }
    exc_clear(I);
}

int gen_close(Interp *I, Value gen) {
    GenObject *g = gen_cast(gen);
    if (g == NULL) return 0;
    if (g->state == GEN_RUNNING) {
        already_executing(I, g);
        return -1;
    }
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        g->state = GEN_CLOSED;
        gen_drop_frame(g);
        return 0;
    }
    Value yf = delegate(g);
    int err = 0;
    if (yf != VAL_NULL) {
        g->state = GEN_RUNNING;
        err = close_iter(I, yf);
        g->state = GEN_SUSPENDED;
    }
    if (err == 0) exc_set(I, obj_val(interp_type(I, TY_GENERATOR_EXIT)));
    else (void)end_delegation(g);
    bool returned = false;
    Value r = resume_throwing(I, gen, &returned);
    if (r != VAL_NULL) {
        if (returned) return 0;
        exc_raise(I, TY_RUNTIME_ERROR, "%s ignored GeneratorExit", gen_kind_name(g));
        return -1;
    }
    if (exc_pending_is(I, TY_GENERATOR_EXIT) || exc_pending_is(I, TY_STOP_ITERATION)) {
        exc_clear(I);
        return 0;
    }
    return -1;
}

// ---- the Python-level API ----

bool gen_check_nargs(Interp *I, Value self, ValView args, Value kwnames, const char *meth,
                     size_t want) {
    size_t nkw = kwnames != VAL_NULL && tuple_check(kwnames) ? tuple_len(kwnames) : 0;
    if (nkw > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%T.%s() takes no keyword arguments", self, meth);
        return false;
    }
    if (args.n == want) return true;
    if (want == 0)
        exc_raise(I, TY_TYPE_ERROR, "%T.%s() takes no arguments (%zu given)", self, meth, args.n);
    else
        exc_raise(I, TY_TYPE_ERROR, "%T.%s() takes exactly one argument (%zu given)", self, meth,
                  args.n);
    return false;
}

Value gen_raise_stop(Interp *I, Value v) {
    if (v == VAL_NULL || v == I->none) return exc_set(I, obj_val(interp_type(I, TY_STOP_ITERATION)));
    return exc_raise_arg(I, TY_STOP_ITERATION, v);
}

static Value gen_iternext(Interp *I, Value self) {
    GenObject *g = gen_cast(self);
    if (g != NULL && g->state == GEN_SUSPENDED) {
        // the usual step of a loop: gen_send's checks all pass, resume directly
        bool returned = false;
        Value r = vm_gen_resume(I, self, I->none, false, &returned);
        if (r == VAL_NULL || !returned) return r;
        return r != I->none ? gen_raise_stop(I, r) : VAL_NULL;
    }
    Value ret = VAL_NULL;
    Value r = gen_send(I, self, I->none, &ret);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    if (ret != VAL_NULL && ret != I->none) return gen_raise_stop(I, ret);
    return VAL_NULL;
}

static Value gen_iter(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value m_send(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "send", 1)) return VAL_NULL;
    Value ret = VAL_NULL;
    Value r = gen_send(I, self, vview_get(args, 0), &ret);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    return gen_raise_stop(I, ret);
}

static Value m_throw(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "throw", 1, 3)) return VAL_NULL;
    bool ctor_failed;
    Value inst = make_thrown(I, vview_get(args, 0), vview_get(args, 1), vview_get(args, 2),
                             &ctor_failed);
    if (inst == VAL_NULL) {
        if (!ctor_failed) return VAL_NULL;
        inst = exc_fetch(I);
        args = vview_make(&inst, 1);
    }
    bool returned = false;
    Value r = throw_ex(I, self, inst, args, true, &returned);
    if (r == VAL_NULL) return VAL_NULL;
    if (returned) return gen_raise_stop(I, r);
    return r;
}

static Value m_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "close", 0)) return VAL_NULL;
    if (gen_close(I, self) < 0) return VAL_NULL;
    return I->none;
}

static const MethodDef gen_methods[] = {
    {"send", m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static Value gen_repr(Interp *I, Value self) {
    GenObject *g = gen_cast(self);
    if (g == NULL) return str_from_cstr(I, "<generator object>");
    const char *tn = g->kind == GEN_KIND_COROUTINE   ? "coroutine"
                     : g->kind == GEN_KIND_ASYNC_GEN ? "async_generator"
                                                     : "generator";
    // the address as CPython prints it: 0x + lowercase hex
    char buf[2 + 2 * sizeof(Value) + 1];
    static const char hex[] = "0123456789abcdef";
    char tmp[2 * sizeof(Value)];
    size_t n = 0;
    uintptr_t x = (uintptr_t)self;
    do {
        tmp[n++] = hex[x & 15u];
        x >>= 4;
    } while (x != 0 && n < sizeof tmp);
    buf[0] = '0';
    buf[1] = 'x';
    size_t k = 2;
    while (n > 0) buf[k++] = tmp[--n];
    buf[k] = 0;
    return str_from_format(I, "<%s object %U at %s>", tn, g->qualname, buf);
}

static bool gen_hash(Interp *I, Value self, int64_t *out) {
    (void)I;
    uintptr_t x = (uintptr_t)self;
    *out = (int64_t)((x >> 4) | (x << (8 * sizeof(uintptr_t) - 4)));
    if (*out == -1) *out = -2;
    return true;
}

#define GEN_SELF(g, self)                                                                 \
    GenObject *g = gen_cast(self);                                                        \
    if (g == NULL) return I->none

static Value g_running(Interp *I, Value self) {
    GEN_SELF(g, self);
    return interp_bool(I, g->state == GEN_RUNNING);
}
static Value g_suspended(Interp *I, Value self) {
    GEN_SELF(g, self);
    return interp_bool(I, g->state == GEN_SUSPENDED);
}
// Frame records are not Python objects here (see frame.h): gi_frame is None once the
// generator finished, else a stand-in object of the private class "frame" that
// tracebacks' tb_frame also use (f_code, f_globals, f_lineno, f_lasti, f_back,
// f_locals as a snapshot), so `gen.gi_frame is None` tells a finished generator.
static Value g_frame(Interp *I, Value self) {
    GEN_SELF(g, self);
    if (g->state == GEN_CLOSED || g->frame == NULL || g->frame->co == NULL) return I->none;
    // the same object every time (and the one sys._getframe gives inside the generator);
    // a generator that is not running has no f_back
    Value fr = frame_standin(I, g->frame);
    if (fr != VAL_NULL && g->state != GEN_RUNNING && obj_setattr_cstr(I, fr, "f_back", I->none) < 0)
        return VAL_NULL;
    return fr;
}
static Value g_code(Interp *I, Value self) {
    GEN_SELF(g, self);
    return obj_val(g->frame->co);
}
static Value g_yieldfrom(Interp *I, Value self) {
    GEN_SELF(g, self);
    Value d = delegate(g);
    return d != VAL_NULL ? d : I->none;
}
static Value g_name(Interp *I, Value self) {
    GEN_SELF(g, self);
    return g->name;
}
static int g_set_name(Interp *I, Value self, Value v) {
    GenObject *g = gen_cast(self);
    if (g == NULL) return -1;
    if (v == VAL_NULL || !str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__name__ must be set to a string object");
        return -1;
    }
    g->name = v;
    return 0;
}
static Value g_qualname(Interp *I, Value self) {
    GEN_SELF(g, self);
    return g->qualname;
}
static int g_set_qualname(Interp *I, Value self, Value v) {
    GenObject *g = gen_cast(self);
    if (g == NULL) return -1;
    if (v == VAL_NULL || !str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__qualname__ must be set to a string object");
        return -1;
    }
    g->qualname = v;
    return 0;
}

static const GetSetDef gen_getsets[] = {
    {"gi_running", g_running, NULL},
    {"gi_suspended", g_suspended, NULL},
    {"gi_frame", g_frame, NULL},
    {"gi_code", g_code, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL},
    {"__name__", g_name, g_set_name},
    {"__qualname__", g_qualname, g_set_qualname},
    {NULL, NULL, NULL},
};

const TypeSpec generator_spec = {
    .name = "generator",
    .inst_kind = K_GEN,
    .inst_size = sizeof(GenObject),
    .base = TY_OBJECT,
    .repr = gen_repr,
    .hash = gen_hash,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .next = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

// ---- coroutines and async generators (their awaitables live in coro.c) ----

static Value g_none(Interp *I, Value self) {
    (void)self;
    return I->none;
}
static Value ag_running(Interp *I, Value self) {
    GEN_SELF(g, self);
    return interp_bool(I, g->ag_running_async);
}

static const MethodDef coroutine_methods[] = {
    {"send", m_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", m_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", m_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_m_await, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coroutine_getsets[] = {
    {"cr_running", g_running, NULL},
    {"cr_suspended", g_suspended, NULL},
    {"cr_frame", g_frame, NULL},
    {"cr_code", g_code, NULL},
    {"cr_await", g_yieldfrom, NULL},
    {"cr_origin", g_none, NULL},
    {"__name__", g_name, g_set_name},
    {"__qualname__", g_qualname, g_set_qualname},
    {NULL, NULL, NULL},
};

const TypeSpec coroutine_spec = {
    .name = "coroutine",
    .inst_kind = K_GEN,
    .inst_size = sizeof(GenObject),
    .base = TY_OBJECT,
    .repr = gen_repr,
    .hash = gen_hash,
    .getattr = obj_generic_getattr,
    .methods = coroutine_methods,
    .getsets = coroutine_getsets,
};

static const MethodDef async_generator_methods[] = {
    {"asend", coro_m_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", coro_m_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", coro_m_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {"__aiter__", coro_m_aiter, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", coro_m_anext, 0, "Return a value or raise StopAsyncIteration."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef async_generator_getsets[] = {
    {"ag_running", ag_running, NULL},
    {"ag_frame", g_frame, NULL},
    {"ag_code", g_code, NULL},
    {"ag_await", g_yieldfrom, NULL},
    {"__name__", g_name, g_set_name},
    {"__qualname__", g_qualname, g_set_qualname},
    {NULL, NULL, NULL},
};

const TypeSpec async_generator_spec = {
    .name = "async_generator",
    .inst_kind = K_GEN,
    .inst_size = sizeof(GenObject),
    .base = TY_OBJECT,
    .repr = gen_repr,
    .hash = gen_hash,
    .getattr = obj_generic_getattr,
    .methods = async_generator_methods,
    .getsets = async_generator_getsets,
};
