/*
 * trace.h: sys.settrace and sys.setprofile, as CPython 3.11 runs them.
 *
 * Zero cost while neither is set: the eval loop tests nothing new on its hot paths.
 * - Frame starts compare the depth with I->depth_trap (the recursion limit) as they did
 *   with the limit; while tracing is on the trap is 0, so every frame start takes the
 *   slow path (trace_depth_slow), which instruments the code about to run.
 * - An instrumented code object (code_instrument) has every opcode of co->code replaced
 *   in place by OP_TRACE_HOOK, the verified words kept in co->orig: the loop's hook label
 *   raises the events of the instruction (trace_instr) and then runs the original word,
 *   with its operand unchanged, so the verifier's guarantees are those of the original.
 * - The loop's exception paths (already slow) test I->trace_on for the 'exception' and
 *   unwinding 'return' events.
 * Turning both off restores every instrumented code object.
 *
 * The per-activation state (Frame.tr_*) is valid while Frame.tr_owner is the frame's
 * stand-in object (the frame object the trace functions receive).
 */
#ifndef SAFEPY_VM_TRACE_H
#define SAFEPY_VM_TRACE_H

#include "frame.h"

enum { TRACE_RUNNING = 0, TRACE_SUSPENDED = 1 };

/* sys.settrace([fn]) ([profile] false) / sys.setprofile([fn]): [fn] None or VAL_NULL
 * removes it. Frames running now get their code instrumented (and a frame object).
 * False with an exception (MemoryError). */
/* Interp.trace_event: which event the running trace function got (frame.f_lineno may be
 * assigned only in a 'line' event). */
enum { TRACE_EV_NONE = 0, TRACE_EV_LINE, TRACE_EV_CALL, TRACE_EV_OTHER };

/* frame.f_lineno = [v] on stand-in [standin]: CPython's ValueError when the assignment
 * cannot be a jump (not the frame whose trace function runs, not a 'line' event, not an
 * int, or a target line jump_target refuses); 0 when the jump is allowed (trace_instr
 * makes it after the trace function returns). */
int trace_set_lineno(Interp *I, Value standin, Value v);

bool trace_set(Interp *I, Value fn, bool profile);

/* A frame start found I->depth >= I->depth_trap: RecursionError (false) when the depth is
 * at the recursion limit, else the trap of tracing: [co] (the code about to run, or NULL)
 * is instrumented. False with an exception. */
bool trace_depth_slow(Interp *I, CodeObject *co);

/* Before instruction [ti] (original word [word]) of running frame [f] (its pc saved):
 * the 'call' of a new activation or a resumed generator, a due 'c_return', 'line',
 * 'opcode', and for RETURN_VALUE / YIELD_VALUE the 'return' of [tos] (the value on top of
 * the stack), for CALL of a C function ([callable] with [self] or VAL_NULL, as on the
 * stack) the profiler's 'c_call'. [jumped]: [ti] is where a jump of the trace function
 * landed (only the instruction's own events). Returns the instruction to run: [ti], or
 * where a 'line' event's assignment to frame.f_lineno jumps (same verified stack depth:
 * nothing to push or drop; the caller then calls again with [jumped] for it); -1 with an
 * exception (a trace function raised: it is removed), and no instruction runs. */
long trace_instr(Interp *I, Frame *f, size_t ti, uint32_t word, Value tos, Value callable,
                 Value self, bool jumped);

/* The eval loop's OP_TRACE_HOOK in running frame [f] (its pc saved: 1 + the
 * instruction's index; cdepth: 1 + its stack depth): the events (trace_instr, reading the
 * operands it needs from the frame's store), and where to go on: the original word of the
 * instruction to run, f->pc then 1 + its index (<= co->ninstr: another instruction when a
 * trace function jumped). -1 with an exception. */
__attribute__((noinline)) int64_t trace_hook(Interp *I, Frame *f);

/* An exception (pending) was raised in frame [f] (at its saved pc): a due 'c_exception'
 * and the 'exception' event. The pending exception is replaced by one a trace function
 * raises. */
void trace_exception(Interp *I, Frame *f);

/* A FOR_ITER or SEND of frame [f] saw its iterator end: with StopIteration pending
 * ([v] VAL_NULL), or a generator that returned [v] (CPython raises StopIteration(v) for a
 * value other than None): that 'exception' event, as CPython's tracing loop gives it.
 * The StopIteration is cleared; false with another exception (a trace function's). */
bool trace_stop_iteration(Interp *I, Frame *f, Value v);

/* Frame [f] ends with the pending exception: its 'return' events (value None). */
void trace_unwind(Interp *I, Frame *f);

#endif
