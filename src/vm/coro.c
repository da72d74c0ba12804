/*
 * coro.c: what `await`, `async for` and `async with` drive: the awaitable lookup of
 * GET_AWAITABLE (coroutines directly, other objects through __await__), __aiter__ /
 * __anext__ and __aenter__ / __aexit__ lookups, the coroutine_wrapper that
 * coroutine.__await__() returns, and the async generator protocol.
 *
 * An async generator is a GenObject whose frame yields two kinds of values: values of
 * `yield` statements, which the compiler wraps (ASYNC_GEN_WRAP) in an
 * async_generator_wrapped_value, and values that an await inside it passes up to the
 * event loop, which are not wrapped. The awaitables returned by asend() / __anext__()
 * and athrow() / aclose() drive the generator: a wrapped value ends the awaitable
 * (StopIteration(value)), anything else is yielded onwards to whoever awaits.
 *
 * Invariant: ag_running_async is set while an awaitable is between its first send and
 * its completion, and cleared on every path that completes it.
 */
#include "coro.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "code.h"
#include "eval_ops.h"
#include "gen.h"

// ---- wrapped values ----

typedef struct Wrapped {
    CustomObj h;
    Value v;
} Wrapped;
static const CustomLayout wrapped_layout = {"AsyncGenWrapped"};
CUSTOM_CAST_FN(wrapped_cast, Wrapped, wrapped_layout)

Value coro_wrap_value(Interp *I, Value v) {
    Wrapped *w = custom_alloc(I, interp_type(I, TY_ASYNC_GEN_WRAPPED), &wrapped_layout,
                              sizeof(Wrapped));
    if (w == NULL) return VAL_NULL;
    w->v = v;
    return obj_val(w);
}

const TypeSpec async_gen_wrapped_spec = {
    .name = "async_generator_wrapped_value",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Wrapped),
    .base = TY_OBJECT,
    .getattr = obj_generic_getattr,
};

// ---- helpers ----

static Value special(Interp *I, Value obj, const char *name) {
    Value n = str_intern_cstr(I, name);
    if (n == VAL_NULL) return VAL_NULL;
    return eval_ops_special(I, obj, n);
}

static bool is_coroutine(Value v) {
    GenObject *g = gen_cast(v);
    if (g == NULL) return false;
    if (g->kind == GEN_KIND_COROUTINE) return true;
    return g->kind == GEN_KIND_GENERATOR && g->frame != NULL && g->frame->co != NULL &&
           (g->frame->co->flags & CO_ITERABLE_COROUTINE) != 0;
}

// The iterator `await o` drives; *no_await set when o has no __await__ at all.
static Value awaitable_iter(Interp *I, Value o, bool *no_await) {
    *no_await = false;
    if (is_coroutine(o)) return o;
    Value m = special(I, o, "__await__");
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        *no_await = true;
        return exc_raise(I, TY_TYPE_ERROR, "object %T can't be used in 'await' expression", o);
    }
    Value r = obj_call0(I, m);
    if (r == VAL_NULL) return VAL_NULL;
    if (is_coroutine(r)) return exc_raise(I, TY_TYPE_ERROR, "__await__() returned a coroutine");
    if (type_of(I, r)->next == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "__await__() returned non-iterator of type '%T'", r);
    return r;
}

Value coro_get_awaitable(Interp *I, Value obj, unsigned where) {
    bool no_await = false;
    Value it = awaitable_iter(I, obj, &no_await);
    if (it == VAL_NULL) {
        if (no_await && where != 0) {
            exc_clear(I);
            return exc_raise(I, TY_TYPE_ERROR,
                             "'async with' received an object from %s that does not implement "
                             "__await__: %T",
                             where == 1 ? "__aenter__" : "__aexit__", obj);
        }
        return VAL_NULL;
    }
    GenObject *g = gen_cast(it);
    if (g != NULL && g->kind == GEN_KIND_COROUTINE && gen_yieldfrom(g) != VAL_NULL)
        return exc_raise(I, TY_RUNTIME_ERROR, "coroutine is being awaited already");
    return it;
}

Value coro_get_aiter(Interp *I, Value obj) {
    Value m = special(I, obj, "__aiter__");
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'async for' requires an object with __aiter__ method, got %T", obj);
    }
    Value it = obj_call0(I, m);
    if (it == VAL_NULL) return VAL_NULL;
    Value n = special(I, it, "__anext__");
    if (n == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'async for' received an object from __aiter__ that does not implement "
                         "__anext__: %T",
                         it);
    }
    return it;
}

static Value make_asend(Interp *I, Value gen, Value v);

// The first asend/__anext__/athrow/aclose of async generator [gen] calls the firstiter hook
// of sys.set_asyncgen_hooks (asyncio's loop registers the generator, to aclose it at
// shutdown_asyncgens). False with an exception pending when the hook fails.
static bool init_hooks(Interp *I, Value gen) {
    GenObject *g = gen_cast(gen);
    if (g == NULL || g->ag_hooks_done) return true;
    g->ag_hooks_done = true;
    Value hook = dict_get_cstr(I, I->scratch, ASYNCGEN_FIRSTITER_KEY);
    if (hook == VAL_NULL || hook == I->none) return I->exc == VAL_NULL;
    return obj_call1(I, hook, gen) != VAL_NULL;
}

Value coro_get_anext(Interp *I, Value aiter) {
    GenObject *g = gen_cast(aiter);
    if (g != NULL && g->kind == GEN_KIND_ASYNC_GEN)
        return init_hooks(I, aiter) ? make_asend(I, aiter, I->none) : VAL_NULL;
    Value m = special(I, aiter, "__anext__");
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'async for' requires an iterator with __anext__ method, got %T", aiter);
    }
    Value nx = obj_call0(I, m);
    if (nx == VAL_NULL) return VAL_NULL;
    bool no_await = false;
    Value aw = awaitable_iter(I, nx, &no_await);
    if (aw == VAL_NULL) {
        Value cause = exc_fetch(I);
        exc_raise(I, TY_TYPE_ERROR, "'async for' received an invalid object from __anext__: %T",
                  nx);
        if (I->exc != VAL_NULL && cause != VAL_NULL) {
            exc_set_cause(I, I->exc, cause);
            exc_set_context(I->exc, cause);
            ExcObject *e = exc_cast(I->exc);
            if (e != NULL) e->suppress_context = false;
        }
        return VAL_NULL;
    }
    return aw;
}

Value coro_before_async_with(Interp *I, Value mgr, Value *exitf) {
    Value enter = special(I, mgr, "__aenter__");
    if (enter == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'%T' object does not support the asynchronous context manager protocol",
                         mgr);
    }
    Value ex = special(I, mgr, "__aexit__");
    if (ex == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'%T' object does not support the asynchronous context manager protocol "
                         "(missed __aexit__ method)",
                         mgr);
    }
    *exitf = ex;
    return obj_call0(I, enter);
}

// ---- coroutine.__await__(): coroutine_wrapper ----

typedef struct CoroWrapper {
    CustomObj h;
    Value coro;
} CoroWrapper;
static const CustomLayout wrapper_layout = {"CoroWrapper"};
CUSTOM_CAST_FN(wrapper_cast, CoroWrapper, wrapper_layout)

Value coro_m_await(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__await__", 0, 0)) return VAL_NULL;
    if (gen_cast(self) == NULL) return exc_raise(I, TY_TYPE_ERROR, "coroutine expected");
    CoroWrapper *w = custom_alloc(I, interp_type(I, TY_CORO_WRAPPER), &wrapper_layout,
                                  sizeof(CoroWrapper));
    if (w == NULL) return VAL_NULL;
    w->coro = self;
    return obj_val(w);
}

static Value wrapper_coro(Interp *I, Value self) {
    CoroWrapper *w = wrapper_cast(self);
    if (w == NULL) return exc_raise(I, TY_TYPE_ERROR, "coroutine_wrapper expected");
    return w->coro;
}

static Value wrapper_next(Interp *I, Value self) {
    Value c = wrapper_coro(I, self);
    if (c == VAL_NULL) return VAL_NULL;
    Value ret = VAL_NULL;
    Value r = gen_send(I, c, I->none, &ret);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    return gen_raise_stop(I, ret);
}

static Value wrapper_iter(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value w_send(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "send", 1)) return VAL_NULL;
    Value c = wrapper_coro(I, self);
    if (c == VAL_NULL) return VAL_NULL;
    Value ret = VAL_NULL;
    Value r = gen_send(I, c, vview_get(args, 0), &ret);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    return gen_raise_stop(I, ret);
}

static Value w_throw(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "throw", 1, 3)) return VAL_NULL;
    Value c = wrapper_coro(I, self);
    if (c == VAL_NULL) return VAL_NULL;
    bool returned = false;
    Value r = gen_throw_args(I, c, vview_get(args, 0), vview_get(args, 1), vview_get(args, 2),
                             true, &returned);
    if (r == VAL_NULL) return VAL_NULL;
    if (returned) return gen_raise_stop(I, r);
    return r;
}

static Value w_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "close", 0)) return VAL_NULL;
    Value c = wrapper_coro(I, self);
    if (c == VAL_NULL) return VAL_NULL;
    if (gen_close(I, c) < 0) return VAL_NULL;
    return I->none;
}

static const MethodDef wrapper_methods[] = {
    {"send", w_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", w_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", w_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec coro_wrapper_spec = {
    .name = "coroutine_wrapper",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(CoroWrapper),
    .base = TY_OBJECT,
    .getattr = obj_generic_getattr,
    .iter = wrapper_iter,
    .next = wrapper_next,
    .methods = wrapper_methods,
};

// ---- async generators: asend / __anext__ ----

enum { AW_INIT = 0, AW_ITER = 1, AW_CLOSED = 2 };

typedef struct ASend {
    CustomObj h;
    Value gen;
    Value sendval;
    int state;
} ASend;
static const CustomLayout asend_layout = {"AsyncGenASend"};
CUSTOM_CAST_FN(asend_cast, ASend, asend_layout)

typedef struct AThrow {
    CustomObj h;
    Value gen;
    Value typ, val, tb; /* athrow() arguments; typ VAL_NULL: aclose() */
    int state;
    size_t bad_nargs;   /* athrow() called with this many arguments (not 1..3): the
                           TypeError is raised when the awaitable runs, as CPython */
} AThrow;
static const CustomLayout athrow_layout = {"AsyncGenAThrow"};
CUSTOM_CAST_FN(athrow_cast, AThrow, athrow_layout)

static GenObject *agen(Interp *I, Value self) {
    GenObject *g = gen_cast(self);
    if (g == NULL || g->kind != GEN_KIND_ASYNC_GEN) {
        exc_raise(I, TY_TYPE_ERROR, "async generator expected");
        return NULL;
    }
    return g;
}

static Value make_asend(Interp *I, Value gen, Value v) {
    ASend *a = custom_alloc(I, interp_type(I, TY_ASYNC_GEN_ASEND), &asend_layout, sizeof(ASend));
    if (a == NULL) return VAL_NULL;
    a->gen = gen;
    a->sendval = v;
    a->state = AW_INIT;
    return obj_val(a);
}

// What one step of the generator means to the awaitable driving it: a wrapped value ends
// the awaitable with StopIteration(value); the generator finishing ends the iteration
// (StopAsyncIteration); other values pass on up. [returned]: the generator returned.
static Value unwrap(Interp *I, GenObject *g, Value r, bool returned) {
    if (r == VAL_NULL || returned) {
        if (returned || I->exc == VAL_NULL)
            exc_set(I, obj_val(interp_type(I, TY_STOP_ASYNC_ITERATION)));
        if (exc_pending_is(I, TY_STOP_ASYNC_ITERATION) || exc_pending_is(I, TY_GENERATOR_EXIT))
            g->ag_closed = true;
        g->ag_running_async = false;
        return VAL_NULL;
    }
    Wrapped *w = wrapped_cast(r);
    if (w != NULL) {
        g->ag_running_async = false;
        return exc_raise_arg(I, TY_STOP_ITERATION, w->v);
    }
    return r;
}

// One send into the generator: the value and whether it returned.
static Value step(Interp *I, Value gen, Value v, bool *returned) {
    Value ret = VAL_NULL;
    Value r = gen_send(I, gen, v, &ret);
    *returned = r == VAL_NULL && I->exc == VAL_NULL;
    return r;
}

static Value asend_send(Interp *I, Value self, Value arg) {
    ASend *a = asend_cast(self);
    if (a == NULL) return exc_raise(I, TY_TYPE_ERROR, "async_generator_asend expected");
    if (a->state == AW_CLOSED)
        return exc_raise(I, TY_RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
    GenObject *g = agen(I, a->gen);
    if (g == NULL) return VAL_NULL;
    if (a->state == AW_INIT) {
        if (g->ag_running_async)
            return exc_raise(I, TY_RUNTIME_ERROR,
                             "anext(): asynchronous generator is already running");
        if (arg == VAL_NULL || arg == I->none) arg = a->sendval;
        a->state = AW_ITER;
    }
    g->ag_running_async = true;
    bool returned = false;
    Value r = step(I, a->gen, arg, &returned);
    r = unwrap(I, g, r, returned);
    if (r == VAL_NULL) a->state = AW_CLOSED;
    return r;
}

static Value asend_next(Interp *I, Value self) { return asend_send(I, self, I->none); }

static Value self_iter(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value as_send(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "send", 1)) return VAL_NULL;
    return asend_send(I, self, vview_get(args, 0));
}

static Value as_throw(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "throw", 1, 3)) return VAL_NULL;
    ASend *a = asend_cast(self);
    if (a == NULL) return exc_raise(I, TY_TYPE_ERROR, "async_generator_asend expected");
    if (a->state == AW_CLOSED)
        return exc_raise(I, TY_RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
    GenObject *g = agen(I, a->gen);
    if (g == NULL) return VAL_NULL;
    bool returned = false;
    Value r = gen_throw_args(I, a->gen, vview_get(args, 0), vview_get(args, 1),
                             vview_get(args, 2), true, &returned);
    r = unwrap(I, g, r, returned);
    if (r == VAL_NULL) a->state = AW_CLOSED;
    return r;
}

static Value as_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "close", 0)) return VAL_NULL;
    ASend *a = asend_cast(self);
    if (a != NULL) a->state = AW_CLOSED;
    return I->none;
}

static Value m_self(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__await__", 0, 0)) return VAL_NULL;
    return self;
}

static const MethodDef asend_methods[] = {
    {"send", as_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", as_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", as_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec async_gen_asend_spec = {
    .name = "async_generator_asend",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ASend),
    .base = TY_OBJECT,
    .getattr = obj_generic_getattr,
    .iter = self_iter,
    .next = asend_next,
    .methods = asend_methods,
};

// ---- async generators: athrow / aclose ----

static Value make_athrow(Interp *I, Value gen, Value typ, Value val, Value tb) {
    AThrow *t =
        custom_alloc(I, interp_type(I, TY_ASYNC_GEN_ATHROW), &athrow_layout, sizeof(AThrow));
    if (t == NULL) return VAL_NULL;
    t->gen = gen;
    t->typ = typ;
    t->val = val;
    t->tb = tb;
    t->state = AW_INIT;
    t->bad_nargs = 0;
    return obj_val(t);
}

static Value ignored_exit(Interp *I, AThrow *t, GenObject *g) {
    g->ag_running_async = false;
    t->state = AW_CLOSED;
    return exc_raise(I, TY_RUNTIME_ERROR, "async generator ignored GeneratorExit");
}

// The generator stopped (error or return) while an aclose()/athrow() drove it.
static Value athrow_done(Interp *I, AThrow *t, GenObject *g, bool returned) {
    g->ag_running_async = false;
    t->state = AW_CLOSED;
    if (returned) exc_set(I, obj_val(interp_type(I, TY_STOP_ASYNC_ITERATION)));
    if (t->typ == VAL_NULL &&
        (exc_pending_is(I, TY_STOP_ASYNC_ITERATION) || exc_pending_is(I, TY_GENERATOR_EXIT))) {
        // aclose() is done: the generator closed
        exc_clear(I);
        exc_set(I, obj_val(interp_type(I, TY_STOP_ITERATION)));
    }
    return VAL_NULL;
}

// An aclose()/athrow() step gave [r]: finish or pass it on.
static Value athrow_result(Interp *I, AThrow *t, GenObject *g, Value r, bool returned) {
    if (t->typ != VAL_NULL) {
        r = unwrap(I, g, r, returned);
        if (r == VAL_NULL) t->state = AW_CLOSED;
        return r;
    }
    if (r != VAL_NULL && !returned) {
        if (wrapped_cast(r) != NULL) return ignored_exit(I, t, g);
        return r;
    }
    return athrow_done(I, t, g, returned);
}

static Value athrow_send(Interp *I, Value self, Value arg) {
    AThrow *t = athrow_cast(self);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "async_generator_athrow expected");
    if (t->state == AW_CLOSED)
        return exc_raise(I, TY_RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
    GenObject *g = agen(I, t->gen);
    if (g == NULL) return VAL_NULL;
    if (g->state == GEN_CLOSED) {
        t->state = AW_CLOSED;
        return exc_set(I, obj_val(interp_type(I, TY_STOP_ITERATION)));
    }
    bool returned = false;
    Value r;
    if (t->state == AW_INIT) {
        if (t->bad_nargs != 0 || (t->typ == VAL_NULL && t->val != VAL_NULL)) {
            size_t n = t->bad_nargs;
            return exc_raise(I, TY_TYPE_ERROR, "athrow expected %s %d argument%s, got %zu",
                             n == 0 ? "at least" : "at most", n == 0 ? 1 : 3,
                             n == 0 ? "" : "s", n);
        }
        if (g->ag_running_async) {
            t->state = AW_CLOSED;
            return exc_raise(I, TY_RUNTIME_ERROR, "%s(): asynchronous generator is already running",
                             t->typ == VAL_NULL ? "aclose" : "athrow");
        }
        if (g->ag_closed) {
            t->state = AW_CLOSED;
            return exc_set(I, obj_val(interp_type(I, TY_STOP_ASYNC_ITERATION)));
        }
        if (arg != VAL_NULL && arg != I->none)
            return exc_raise(I, TY_RUNTIME_ERROR,
                             "can't send non-None value to a just-started coroutine");
        t->state = AW_ITER;
        g->ag_running_async = true;
        if (t->typ == VAL_NULL) {
            g->ag_closed = true;
            r = gen_throw_args(I, t->gen, obj_val(interp_type(I, TY_GENERATOR_EXIT)), VAL_NULL,
                               VAL_NULL, false, &returned);
        } else {
            r = gen_throw_args(I, t->gen, t->typ, t->val, t->tb, false, &returned);
        }
        return athrow_result(I, t, g, r, returned);
    }
    r = step(I, t->gen, arg == VAL_NULL ? I->none : arg, &returned);
    return athrow_result(I, t, g, r, returned);
}

static Value athrow_next(Interp *I, Value self) { return athrow_send(I, self, I->none); }

static Value at_send(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "send", 1)) return VAL_NULL;
    return athrow_send(I, self, vview_get(args, 0));
}

static Value at_throw(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "throw", 1, 3)) return VAL_NULL;
    AThrow *t = athrow_cast(self);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "async_generator_athrow expected");
    if (t->state == AW_CLOSED)
        return exc_raise(I, TY_RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
    GenObject *g = agen(I, t->gen);
    if (g == NULL) return VAL_NULL;
    bool returned = false;
    Value r = gen_throw_args(I, t->gen, vview_get(args, 0), vview_get(args, 1),
                             vview_get(args, 2), true, &returned);
    return athrow_result(I, t, g, r, returned);
}

static Value at_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "close", 0)) return VAL_NULL;
    AThrow *t = athrow_cast(self);
    if (t != NULL) t->state = AW_CLOSED;
    return I->none;
}

static const MethodDef athrow_methods[] = {
    {"send", at_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", at_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", at_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec async_gen_athrow_spec = {
    .name = "async_generator_athrow",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(AThrow),
    .base = TY_OBJECT,
    .getattr = obj_generic_getattr,
    .iter = self_iter,
    .next = athrow_next,
    .methods = athrow_methods,
};

// ---- async generator methods ----

Value coro_m_asend(Interp *I, Value self, ValView args, Value kwnames) {
    if (agen(I, self) == NULL || !gen_check_nargs(I, self, args, kwnames, "asend", 1))
        return VAL_NULL;
    if (!init_hooks(I, self)) return VAL_NULL;
    return make_asend(I, self, vview_get(args, 0));
}

Value coro_m_anext(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__anext__", 0, 0)) return VAL_NULL;
    if (agen(I, self) == NULL) return VAL_NULL;
    if (!init_hooks(I, self)) return VAL_NULL;
    return make_asend(I, self, I->none);
}

Value coro_m_aiter(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__aiter__", 0, 0)) return VAL_NULL;
    return self;
}

Value coro_m_athrow(Interp *I, Value self, ValView args, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL && tuple_check(kwnames) ? tuple_len(kwnames) : 0;
    if (nkw > 0) return exc_raise(I, TY_TYPE_ERROR, "athrow() takes no keyword arguments");
    if (agen(I, self) == NULL) return VAL_NULL;
    if (!init_hooks(I, self)) return VAL_NULL;
    if (args.n == 0 || args.n > 3) {
        // CPython checks the arguments only when the awaitable runs
        Value t = make_athrow(I, self, VAL_NULL, I->none, VAL_NULL);
        AThrow *at = athrow_cast(t);
        if (at != NULL) at->bad_nargs = args.n;
        return t;
    }
    return make_athrow(I, self, vview_get(args, 0), vview_get(args, 1), vview_get(args, 2));
}

Value coro_m_aclose(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "aclose", 0, 0)) return VAL_NULL;
    if (agen(I, self) == NULL) return VAL_NULL;
    if (!init_hooks(I, self)) return VAL_NULL;
    return make_athrow(I, self, VAL_NULL, VAL_NULL, VAL_NULL);
}

// ---- builtins aiter() / anext() ----

typedef struct ANext {
    CustomObj h;
    Value wrapped; /* what __anext__ returned */
    Value it;      /* its await iterator, once started */
    Value dflt;
} ANext;
static const CustomLayout anext_layout = {"ANextAwaitable"};
CUSTOM_CAST_FN(anext_cast, ANext, anext_layout)

static Value b_aiter(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    // a one-argument builtin (METH_O in CPython) words its count error so
    if (!args_no_kw(I, kwnames, "aiter")) return VAL_NULL;
    if (args.n != 1) return exc_raise(I, TY_TYPE_ERROR, "aiter() takes exactly one argument (%zu given)", args.n);
    Value obj = vview_get(args, 0);
    Value m = special(I, obj, "__aiter__");
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an async iterable", obj);
    }
    Value it = obj_call0(I, m);
    if (it == VAL_NULL) return VAL_NULL;
    Value n = special(I, it, "__anext__");
    if (n == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "aiter() returned not an async iterator of type '%T'",
                         it);
    }
    return it;
}

static Value b_anext(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "anext", 1, 2)) return VAL_NULL;
    Value obj = vview_get(args, 0);
    Value m = special(I, obj, "__anext__");
    if (m == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an async iterator", obj);
    }
    Value aw = obj_call0(I, m);
    if (aw == VAL_NULL || args.n < 2) return aw;
    ANext *a = custom_alloc(I, interp_type(I, TY_ANEXT_AWAITABLE), &anext_layout, sizeof(ANext));
    if (a == NULL) return VAL_NULL;
    a->wrapped = aw;
    a->it = VAL_NULL;
    a->dflt = vview_get(args, 1);
    return obj_val(a);
}

const MethodDef coro_builtins[] = {
    {"aiter", b_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", b_anext, 0, "Return the next item from the async iterator."},
    {NULL, NULL, 0, NULL},
};

// One step of an anext(..., default) awaitable: kind 0 send, 1 throw (args).
static Value anext_step(Interp *I, Value self, Value v, ValView targs, bool throwing) {
    ANext *a = anext_cast(self);
    if (a == NULL) return exc_raise(I, TY_TYPE_ERROR, "anext_awaitable expected");
    if (a->it == VAL_NULL) {
        bool no_await = false;
        a->it = awaitable_iter(I, a->wrapped, &no_await);
        if (a->it == VAL_NULL) return VAL_NULL;
    }
    Value r;
    if (gen_cast(a->it) != NULL) {
        // a coroutine: drive it directly (it has no __next__)
        bool returned = false;
        Value ret = VAL_NULL;
        if (throwing) {
            r = gen_throw_args(I, a->it, vview_get(targs, 0), vview_get(targs, 1),
                               vview_get(targs, 2), true, &returned);
            if (r != VAL_NULL && returned) return gen_raise_stop(I, r);
        } else {
            r = gen_send(I, a->it, v, &ret);
            if (r == VAL_NULL && I->exc == VAL_NULL) return gen_raise_stop(I, ret);
        }
    } else if (throwing) {
        r = obj_call_method(I, a->it, "throw", targs);
    } else if (v == I->none) {
        r = obj_next_raising(I, a->it);
    } else {
        r = obj_call_method(I, a->it, "send", vview_make(&v, 1));
    }
    if (r == VAL_NULL && exc_pending_is(I, TY_STOP_ASYNC_ITERATION)) {
        exc_clear(I);
        return exc_raise_arg(I, TY_STOP_ITERATION, a->dflt);
    }
    return r;
}

static Value anext_next(Interp *I, Value self) {
    ValView none = {NULL, 0};
    return anext_step(I, self, I->none, none, false);
}

static Value an_send(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "send", 1)) return VAL_NULL;
    ValView none = {NULL, 0};
    return anext_step(I, self, vview_get(args, 0), none, false);
}

static Value an_throw(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "throw", 1, 3)) return VAL_NULL;
    return anext_step(I, self, I->none, args, true);
}

static Value an_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!gen_check_nargs(I, self, args, kwnames, "close", 0)) return VAL_NULL;
    ANext *a = anext_cast(self);
    if (a == NULL || a->it == VAL_NULL) return I->none;
    ValView none = {NULL, 0};
    Value m = obj_lookup_attr(I, a->it, interp_name(I, N_close));
    if (m == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    return obj_call(I, m, none, VAL_NULL);
}

static const MethodDef anext_methods[] = {
    {"send", an_send, 0, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", an_throw, 0, "throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator, return next yielded value\nor raise StopIteration."},
    {"close", an_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec anext_awaitable_spec = {
    .name = "anext_awaitable",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ANext),
    .base = TY_OBJECT,
    .getattr = obj_generic_getattr,
    .iter = self_iter,
    .next = anext_next,
    .methods = anext_methods,
};
