/*
 * coro.h: the awaitable side of coroutines and async generators: the objects await and
 * async for drive (coroutine_wrapper, async_generator_asend / _athrow and the wrapper
 * that marks values an async generator yields), and the work of the opcodes
 * GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH and ASYNC_GEN_WRAP.
 */
#ifndef SAFEPY_VM_CORO_H
#define SAFEPY_VM_CORO_H

#include "../objects/interp.h"

extern const TypeSpec coro_wrapper_spec;
extern const TypeSpec async_gen_asend_spec;
extern const TypeSpec async_gen_athrow_spec;
extern const TypeSpec async_gen_wrapped_spec;
extern const TypeSpec anext_awaitable_spec;

/* The builtins aiter() and anext() (added to the builtins module). */
extern const MethodDef coro_builtins[];

/* GET_AWAITABLE: the iterator `await obj` drives. [where]: 0 await, 1 the result of
 * __aenter__, 2 the result of __aexit__ (for CPython's messages). */
Value coro_get_awaitable(Interp *I, Value obj, unsigned where);

/* GET_AITER: obj.__aiter__(), checked to have __anext__. */
Value coro_get_aiter(Interp *I, Value obj);

/* GET_ANEXT: the awaitable for the next item of [aiter]. */
Value coro_get_anext(Interp *I, Value aiter);

/* BEFORE_ASYNC_WITH: mgr.__aenter__(); *exitf (may be where mgr came from) gets the
 * bound __aexit__ before the call. */
Value coro_before_async_with(Interp *I, Value mgr, Value *exitf);

/* ASYNC_GEN_WRAP: [v] marked as yielded by an async generator. */
Value coro_wrap_value(Interp *I, Value v);

/* Methods of coroutine / async_generator objects (tables in gen.c). */
Value coro_m_await(Interp *I, Value self, ValView args, Value kwnames);
Value coro_m_asend(Interp *I, Value self, ValView args, Value kwnames);
Value coro_m_athrow(Interp *I, Value self, ValView args, Value kwnames);
Value coro_m_aclose(Interp *I, Value self, ValView args, Value kwnames);
Value coro_m_aiter(Interp *I, Value self, ValView args, Value kwnames);
Value coro_m_anext(Interp *I, Value self, ValView args, Value kwnames);

/* I->scratch keys of the hooks sys.set_asyncgen_hooks installs (absent or None: no hook).
 * The firstiter hook is called with an async generator when it is first iterated. */
#define ASYNCGEN_FIRSTITER_KEY "sys.asyncgen_firstiter"
#define ASYNCGEN_FINALIZER_KEY "sys.asyncgen_finalizer"

#endif
