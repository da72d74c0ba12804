/*
 * trace.c: the events of sys.settrace and sys.setprofile (trace.h says how the eval loop
 * reaches them at no cost while neither is set).
 *
 * Owns: I->trace_fn / profile_fn / trace_codes / trace_on / trace_busy / depth_trap while
 * tracing, and the Frame.tr_* fields. CPython 3.11's rules, as its ceval.c and
 * sysmodule.c apply them:
 * - the global trace function gets 'call' (its result, when not None, becomes the frame's
 *   f_trace); f_trace gets 'line', 'opcode', 'return' and 'exception'; a result other
 *   than None replaces f_trace;
 * - the profile function gets 'call', 'return', 'c_call', 'c_return', 'c_exception';
 * - a generator's resumption is a 'call', its yield a 'return';
 * - a function raising removes itself (settrace(None) / setprofile(None)) and its
 *   exception replaces what was pending;
 * - no event while a trace or profile function runs (trace_busy).
 * Invariant: trace_on == (trace_fn or profile_fn set); depth_trap is 0 while trace_on, the
 * recursion limit otherwise; every code object in trace_codes may be instrumented, and
 * only those are.
 */
#include "trace.h"

#include "../objects/descr.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "func.h"
#include "opcodes.h"

enum { TRACE_DONE = 2 };

static bool rec_valid(const Frame *f) {
    return f->standin != VAL_NULL && f->tr_owner == f->standin;
}

// Instruments [co] and remembers it (code that CPython implements in C is not traced).
static bool prepare_code(Interp *I, CodeObject *co) {
    if (co == NULL || co->orig.len != 0 || !co->verified ||
        (co->flags & CO_SAFEPY_NO_TRACEBACK))
        return true;
    if (I->trace_codes == VAL_NULL) {
        I->trace_codes = list_new(I, 0);
        if (I->trace_codes == VAL_NULL) return false;
    }
    if (!list_append(I, I->trace_codes, obj_val(co))) return false;
    return code_instrument(I, co);
}

// Restores every instrumented code object.
static void unprepare_all(Interp *I) {
    Value l = I->trace_codes;
    if (l == VAL_NULL) return;
    for (size_t i = 0; i < list_len(l); i++) {
        CodeObject *co = code_cast(list_get(l, i));
        if (co != NULL) code_uninstrument(co);
    }
    list_clear(l);
}

// The frame object of [f] brought up to date; a new one gets its f_back (the caller's
// frame object, made with its own chain only when it has none yet: a traced call costs no
// walk down the whole stack).
static Value standin_of(Interp *I, Frame *f) {
    if (f->standin != VAL_NULL) return frame_standin(I, f);
    Value fr = frame_standin(I, f);
    if (fr == VAL_NULL) return VAL_NULL;
    Frame *b = f->back;
    while (b != NULL && b->co == NULL) b = b->back;
    if (b == NULL) return fr;
    Value bf = b->standin != VAL_NULL ? b->standin : frame_standin_chain(I, b);
    if (bf == VAL_NULL || obj_setattr_cstr(I, fr, "f_back", bf) < 0) return VAL_NULL;
    return fr;
}

bool trace_set(Interp *I, Value fn, bool profile) {
    if (fn == I->none) fn = VAL_NULL;
    if (profile)
        I->profile_fn = fn;
    else
        I->trace_fn = fn;
    if (I->trace_fn == VAL_NULL && I->profile_fn == VAL_NULL) {
        if (I->trace_on) {
            I->trace_on = false;
            I->depth_trap = I->recursion_limit;
            unprepare_all(I);
        }
        return true;
    }
    I->trace_on = true;
    I->depth_trap = 0;
    // the frames running now: instrumented, each with its state (no 'call' for them:
    // they started before)
    for (Frame *f = I->vm != NULL ? I->vm->current : NULL; f != NULL; f = f->back) {
        if (f->co == NULL) continue;
        if (!prepare_code(I, f->co)) return false;
        if (rec_valid(f) || f->co->orig.len == 0) continue;
        Value fr = standin_of(I, f);
        if (fr == VAL_NULL) return false;
        f->tr_owner = fr;
        f->tr_ccall = VAL_NULL;
        f->tr_last = f->pc > 0 ? (int32_t)f->pc - 1 : -1;
        f->tr_line = frame_line(f);
        f->tr_state = TRACE_RUNNING;
    }
    return true;
}

bool trace_depth_slow(Interp *I, CodeObject *co) {
    if (I->depth >= I->recursion_limit) {
        exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded");
        return false;
    }
    return !I->trace_on || prepare_code(I, co);
}


// Calls [fn](frame, [event], [arg]) for frame [f], with f_lineno [line] when > 0. No event
// runs meanwhile. The result, or VAL_NULL with an exception. When [jump] is given, it gets
// the line the function assigned to frame.f_lineno (0: none, -1: not an int).
static Value call_fn(Interp *I, Frame *f, Value fn, const char *event, uint8_t kind,
                     Value arg, int line, int *jump) {
    Value fr = standin_of(I, f);
    if (fr == VAL_NULL) return VAL_NULL;
    if (line > 0 && !exc_frame_set_lineno(I, fr, line)) return VAL_NULL;
    int shown = line > 0 ? line : frame_line(f);
    intptr_t lasti = f->pc > 0 ? (intptr_t)f->pc - 1 : 0;
    if (obj_setattr_cstr(I, fr, "f_lasti", val_from_small(lasti * 2)) < 0) return VAL_NULL;
    Value ev = str_intern_cstr(I, event);
    if (ev == VAL_NULL) return VAL_NULL;
    Value a[3] = {fr, ev, arg == VAL_NULL ? I->none : arg};
    int32_t outer_shown = f->tr_shown;
    f->tr_shown = shown;
    Frame *outer_frame = I->trace_frame;
    uint8_t outer_event = I->trace_event;
    I->trace_frame = f;
    I->trace_event = kind;
    I->trace_busy = true;
    Value r = obj_call(I, fn, vview_make(a, 3), VAL_NULL);
    I->trace_busy = false;
    I->trace_frame = outer_frame;
    I->trace_event = outer_event;
    f->tr_shown = outer_shown;
    // (a changed f_locals is written back, as CPython; a trace function's exception wins)
    Value pending = exc_fetch(I);
    bool ok = frame_locals_writeback(I, f);
    if (pending != VAL_NULL) {
        exc_clear(I);
        I->exc = pending;
        return VAL_NULL;
    }
    if (!ok) return VAL_NULL;
    if (jump != NULL) {
        *jump = 0;
        Value nl = obj_getattr_cstr(I, fr, "f_lineno");
        if (nl == VAL_NULL) {
            exc_clear(I);
        } else if (!val_is_small(nl)) {
            *jump = -1;
        } else if (val_small(nl) != shown) {
            intptr_t n = val_small(nl);
            *jump = n < 1 ? -2 : n > INT32_MAX ? INT32_MAX : (int)n;
        }
    }
    return r;
}

// A trace function raised: it is removed (settrace(None)) and the frame's f_trace cleared,
// the exception kept pending.
static void trace_failed(Interp *I, Frame *f) {
    Value saved = exc_fetch(I);
    (void)trace_set(I, VAL_NULL, false);
    if (f->standin != VAL_NULL && obj_setattr_cstr(I, f->standin, "f_trace", I->none) < 0)
        exc_clear(I);
    exc_clear(I);
    I->exc = saved;
}

static void profile_failed(Interp *I) {
    Value saved = exc_fetch(I);
    (void)trace_set(I, VAL_NULL, true);
    exc_clear(I);
    I->exc = saved;
}

// The frame's f_trace (None when unset), or VAL_NULL with an exception.
static Value local_fn(Interp *I, Frame *f) {
    if (I->trace_fn == VAL_NULL || f->standin == VAL_NULL) return I->none;
    return obj_getattr_cstr(I, f->standin, "f_trace");
}

// A trace function assigned frame.f_lineno in an event other than 'line' ([jump] as
// call_fn gives it): CPython's ValueError; the function is removed as if it had raised it.
static bool no_jump(Interp *I, Frame *f, int jump, bool call) {
    if (jump == 0) return true;
    if (jump == -1)
        exc_raise(I, TY_VALUE_ERROR, "lineno must be an integer");
    else if (call)
        exc_raise(I, TY_VALUE_ERROR, "can't jump from the 'call' trace event of a new frame");
    else
        exc_raise(I, TY_VALUE_ERROR, "can only jump from a 'line' trace event");
    trace_failed(I, f);
    return false;
}

// [event] to the frame's f_trace, when it has one; [jump] (NULL: not allowed) gets a line
// the function set frame.f_lineno to.
static bool local_event_j(Interp *I, Frame *f, const char *event, uint8_t kind, Value arg,
                          int line, int *jump) {
    Value ft = local_fn(I, f);
    if (ft == VAL_NULL) return false;
    if (ft == I->none) return true;
    int j = 0;
    Value r = call_fn(I, f, ft, event, kind, arg, line, &j);
    if (r == VAL_NULL) {
        trace_failed(I, f);
        return false;
    }
    if (jump != NULL)
        *jump = j;
    else if (!no_jump(I, f, j, false))
        return false;
    return r == I->none || f->standin == VAL_NULL ||
           obj_setattr_cstr(I, f->standin, "f_trace", r) >= 0;
}

static bool local_event(Interp *I, Frame *f, const char *event, Value arg, int line) {
    return local_event_j(I, f, event, TRACE_EV_OTHER, arg, line, NULL);
}

static bool profile_event(Interp *I, Frame *f, const char *event, Value arg, int line) {
    Value fn = I->profile_fn;
    if (fn == VAL_NULL) return true;
    if (call_fn(I, f, fn, event, TRACE_EV_OTHER, arg, line, NULL) == VAL_NULL) {
        profile_failed(I);
        return false;
    }
    return true;
}

// 'call' to the global trace function (its result becomes f_trace), then the profiler.
static bool call_event(Interp *I, Frame *f, int line) {
    Value fn = I->trace_fn;
    if (fn != VAL_NULL) {
        int j = 0;
        Value r = call_fn(I, f, fn, "call", TRACE_EV_CALL, I->none, line, &j);
        if (r == VAL_NULL) {
            trace_failed(I, f);
            return false;
        }
        if (!no_jump(I, f, j, true)) return false;
        if (r != I->none && f->standin != VAL_NULL &&
            obj_setattr_cstr(I, f->standin, "f_trace", r) < 0)
            return false;
    }
    return profile_event(I, f, "call", I->none, line);
}

// 'return' of [v] (None: the frame ends with an exception) to f_trace, then the profiler.
static bool return_event(Interp *I, Frame *f, Value v) {
    return local_event(I, f, "return", v, 0) && profile_event(I, f, "return", v, 0);
}

// Makes [f]'s state valid before instruction [ti]: a new activation (its first
// instruction) or a generator resumed gets its 'call'. False with an exception.
static bool enter(Interp *I, Frame *f, size_t ti) {
    if (rec_valid(f)) {
        if (f->tr_state != TRACE_SUSPENDED) return true;
        f->tr_state = TRACE_RUNNING;
        return call_event(I, f, f->tr_line);
    }
    CodeObject *co = f->co;
    bool call = ti == 0 || (f->flags & FRAME_GEN);
    Value fr = standin_of(I, f);
    if (fr == VAL_NULL) return false;
    f->tr_owner = fr;
    f->tr_ccall = VAL_NULL;
    f->tr_state = TRACE_RUNNING;
    if (ti == 0) {
        // the first instruction always gets its 'line' (CPython's RESUME is not on one)
        f->tr_last = -1;
        f->tr_line = -1;
        if (call) return call_event(I, f, co->firstlineno);
    } else {
        f->tr_last = (int32_t)ti - 1;
        f->tr_line = code_pos(co, ti - 1).line;
    }
    return !call || call_event(I, f, f->tr_line);
}

// What CPython's profiler sees called for CALL of [callable] with first argument [self]:
// a builtin function, or a method descriptor bound to its first argument; else VAL_NULL.
// A first argument of the wrong type makes CPython's binding fail before any event (the
// call then raises the descriptor's TypeError): no event either.
static Value c_callable(Interp *I, Value callable, Value self) {
    CFuncObject *cf = cfunc_cast(callable);
    if (cf == NULL) return VAL_NULL;
    Type *t = obj_ptr(callable)->type;
    if (t == interp_type(I, TY_BUILTIN_FUNCTION)) return callable;
    if (t == interp_type(I, TY_METHOD_DESCR) && self != VAL_NULL &&
        (cf->owner == NULL || obj_is_instance_of(I, self, cf->owner))) {
        Value b = descr_bind_cfunc(I, callable, self);
        if (b == VAL_NULL) exc_clear(I);
        return b;
    }
    return VAL_NULL;
}

// The kind of value producer code [c] (code_stack_producers) stands for, as CPython's
// jump check sorts them: 1 a for loop's iterator, 2 the exception an except block saved,
// 0 anything else (compared by where it was made).
static int slot_kind(CodeObject *co, intptr_t c) {
    if (c <= 0 || (size_t)c > co->ninstr) return 0;
    unsigned op = INSTR_OP(code_instr(co, (size_t)c - 1));
    if (op == OP_GET_ITER || op == OP_GET_FOR_ITER || op == OP_GET_AITER) return 1;
    return op == OP_PUSH_EXC_INFO ? 2 : 0;
}

// Whether slot values with producer codes [a] and [b] are interchangeable: made in the
// same place (not a mixed slot), or both a for loop's iterator, or both an except
// block's saved exception (what CPython allows: the loop then goes on over the other
// iterator, the block restores the other saved exception, as in CPython).
static bool same_slot(CodeObject *co, Value a, Value b) {
    if (a == VAL_NULL || b == VAL_NULL || a == val_from_small(0)) return false;
    if (a == b) return true;
    int ka = slot_kind(co, val_small(a));
    return ka != 0 && ka == slot_kind(co, val_small(b));
}

// Whether the values on the stack before instruction [k] were made where those before
// [ti] were ([prod], [w] wide, of [depth] slots, from code_stack_producers), or are of
// the same kind where CPython allows that (same_slot): the same slots then hold the same
// kinds of values (an iterator, a saved exception, a with block's __exit__).
static bool same_stack(CodeObject *co, const ValVec *prod, size_t w, size_t ti, size_t k,
                       size_t depth) {
    for (size_t s = 0; s < depth; s++) {
        if (!same_slot(co, vec_get(prod, ti * w + s), vec_get(prod, k * w + s))) return false;
    }
    return true;
}

// CPython's explanation for a refused jump to [k] ([dk]: k's depth, [dt]: ti's), by
// what the topmost value on k's stack not made where ti's was is there for; NULL when k's
// stack is the bottom of ti's (a jump out of a block, which CPython makes by dropping
// values: safepy's own message).
static const char *why_not(CodeObject *co, const ValVec *prod, size_t w, size_t ti, size_t k,
                           size_t dk, size_t dt) {
    for (size_t s = dk; s-- > 0;) {
        Value b = vec_get(prod, k * w + s);
        if (s < dt && same_slot(co, vec_get(prod, ti * w + s), b)) continue;
        intptr_t c = b != VAL_NULL && val_is_small(b) ? val_small(b) : 0;
        int kind = slot_kind(co, c);
        if (kind == 1) return "can't jump into the body of a for loop";
        if (kind == 2 || c < 0) return "can't jump into an 'except' block as there's no exception";
        return "incompatible stacks";
    }
    return NULL;
}

// The instruction a 'line' event's assignment frame.f_lineno = [line] moves frame [f] to
// from instruction [ti]: the first on the first line at or after [line] whose stack holds
// values made where those of [ti]'s were (same depth, same producers: the verifier's
// guarantees then hold unchanged, nothing is pushed or dropped, and no slot gets a value
// of another kind: an iterator for a with block's __exit__, a for loop's iterator for an
// except block's exception). -1 with ValueError.
static long jump_target(Interp *I, Frame *f, size_t ti, int line) {
    CodeObject *co = f->co;
    if (line == -1) {
        exc_raise(I, TY_VALUE_ERROR, "lineno must be an integer");
        return -1;
    }
    if (line < co->firstlineno) {
        exc_raise(I, TY_VALUE_ERROR, "line %d comes before the current code block", line);
        return -1;
    }
    int32_t best = INT32_MAX;
    for (size_t k = 0; k < co->ninstr; k++) {
        int32_t l = code_pos(co, k).line;
        if (l >= line && l < best) best = l;
    }
    if (best == INT32_MAX) {
        exc_raise(I, TY_VALUE_ERROR, "line %d comes after the current code block", line);
        return -1;
    }
    ValVec depth, prod;
    if (!code_stack_producers(I, co, &depth, &prod)) return -1;
    size_t w = co->stacksize + 1;
    Value cur = vec_get(&depth, ti);
    const char *why = NULL;
    bool first = true;
    for (size_t k = 0; k < co->ninstr && cur != VAL_NULL; k++) {
        Value dk = vec_get(&depth, k);
        if (code_pos(co, k).line != best || dk == VAL_NULL) continue;
        size_t d = (size_t)val_small(cur);
        if (dk == cur && same_stack(co, &prod, w, ti, k, d)) return (long)k;
        if (first) why = why_not(co, &prod, w, ti, k, (size_t)val_small(dk), d);
        first = false;
    }
    if (why != NULL) {
        exc_raise(I, TY_VALUE_ERROR, "%s", why);
        return -1;
    }
    exc_raise(I, TY_VALUE_ERROR,
              "can't jump to line %d: safepy jumps only where the value stack holds what it "
              "holds here (not into or out of a for loop, a with block or an except block)",
              (int)best);
    return -1;
}

int trace_set_lineno(Interp *I, Value standin, Value v) {
    // (CPython's order of checks: the type, the event, then the frame)
    if (v == VAL_NULL || !int_check(I, v) || type_of(I, v) != interp_type(I, TY_INT)) {
        exc_raise(I, TY_VALUE_ERROR, "lineno must be an integer");
        return -1;
    }
    Frame *f = I->trace_frame;
    if (I->trace_event == TRACE_EV_CALL) {
        exc_raise(I, TY_VALUE_ERROR, "can't jump from the 'call' trace event of a new frame");
        return -1;
    }
    if (f != NULL && I->trace_event != TRACE_EV_LINE) {
        exc_raise(I, TY_VALUE_ERROR, "can only jump from a 'line' trace event");
        return -1;
    }
    if (f == NULL || f->standin != standin || f->co == NULL || f->tr_last < 0) {
        exc_raise(I, TY_VALUE_ERROR, "f_lineno can only be set by a trace function");
        return -1;
    }
    if (!val_is_small(v) || val_small(v) > INT32_MAX) {
        exc_raise(I, TY_VALUE_ERROR, "lineno out of range");
        return -1;
    }
    if (val_small(v) < 1) {
        exc_raise(I, TY_VALUE_ERROR, "line %S comes before the current code block", v);
        return -1;
    }
    return jump_target(I, f, (size_t)f->tr_last, (int)val_small(v)) < 0 ? -1 : 0;
}

long trace_instr(Interp *I, Frame *f, size_t ti, uint32_t word, Value tos, Value callable,
                 Value self, bool jumped) {
    if (I->trace_busy || !I->trace_on) return (long)ti;
    CodeObject *co = f->co;
    unsigned op = INSTR_OP(word);
    if (!jumped) {
        if (!enter(I, f, ti)) return -1;
        if (f->tr_ccall != VAL_NULL) {
            Value c = f->tr_ccall;
            f->tr_ccall = VAL_NULL;
            int cl = f->tr_last >= 0 ? code_pos(co, (size_t)f->tr_last).line : 0;
            if (!profile_event(I, f, "c_return", c, cl)) return -1;
        }
        int32_t line = code_pos(co, ti).line;
        bool new_line = line > 0 && (line != f->tr_line ||
                                     ((int32_t)ti < f->tr_last && op != OP_SEND));
        f->tr_line = line;
        f->tr_last = (int32_t)ti;
        Value ft = local_fn(I, f);
        if (ft == VAL_NULL) return -1;
        if (ft != I->none) {
            if (new_line) {
                Value on = obj_getattr_cstr(I, f->standin, "f_trace_lines");
                int t = on != VAL_NULL ? obj_truth(I, on) : -1;
                int jump = 0;
                if (t < 0 ||
                    (t > 0 && !local_event_j(I, f, "line", TRACE_EV_LINE, I->none, 0, &jump)))
                    return -1;
                if (jump != 0) {
                    long k = jump_target(I, f, ti, jump);
                    if (k < 0) {
                        trace_failed(I, f);
                        return -1;
                    }
                    f->tr_last = (int32_t)k;
                    f->tr_line = code_pos(co, (size_t)k).line;
                    return k;
                }
            }
            if (f->standin != VAL_NULL && local_fn(I, f) != I->none) {
                Value on = obj_getattr_cstr(I, f->standin, "f_trace_opcodes");
                int t = on != VAL_NULL ? obj_truth(I, on) : -1;
                if (t < 0 || (t > 0 && !local_event(I, f, "opcode", I->none, 0))) return -1;
            }
        }
    }
    if (op == OP_RETURN_VALUE || op == OP_YIELD_VALUE) {
        if (!return_event(I, f, tos)) return -1;
        f->tr_state = op == OP_YIELD_VALUE ? TRACE_SUSPENDED : TRACE_DONE;
    } else if ((op == OP_CALL || op == OP_CALL_FUNCTION_EX) && I->profile_fn != VAL_NULL) {
        Value c = c_callable(I, callable, self);
        if (c != VAL_NULL) {
            if (!profile_event(I, f, "c_call", c, 0)) return -1;
            f->tr_ccall = c;
        }
    }
    return (long)ti;
}

void trace_exception(Interp *I, Frame *f) {
    if (I->trace_busy || !I->trace_on || I->exiting || f->co == NULL || f->co->orig.len == 0)
        return; // (os._exit() runs no more Python code)
    size_t ti = f->pc > 0 ? f->pc - 1 : 0;
    Value saved = exc_fetch(I);
    bool ok = enter(I, f, ti); // (generator.throw() resumes it)
    if (ok && f->tr_ccall != VAL_NULL) {
        Value c = f->tr_ccall;
        f->tr_ccall = VAL_NULL;
        ok = profile_event(I, f, "c_exception", c, 0);
    }
    if (ok && I->trace_fn != VAL_NULL && saved != VAL_NULL) {
        Value ft = local_fn(I, f);
        ok = ft != VAL_NULL;
        if (ok && ft != I->none) {
            Value tb = exc_get_traceback(saved);
            Value arg = tuple_pack(I, 3, obj_val(obj_ptr(saved)->type), saved,
                                   tb != VAL_NULL ? tb : I->none);
            ok = arg != VAL_NULL && local_event(I, f, "exception", arg, 0);
        }
    }
    if (ok) I->exc = saved; // else the trace function's exception replaces it
}

void trace_unwind(Interp *I, Frame *f) {
    if (I->trace_busy || !I->trace_on || I->exiting || !rec_valid(f) ||
        f->tr_state != TRACE_RUNNING)
        return;
    f->tr_state = TRACE_DONE;
    Value saved = exc_fetch(I);
    if (return_event(I, f, I->none)) I->exc = saved;
}

bool trace_stop_iteration(Interp *I, Frame *f, Value v) {
    if (v != VAL_NULL) {
        if (v == I->none) return true;
        exc_raise_arg(I, TY_STOP_ITERATION, v);
    }
    trace_exception(I, f);
    if (!exc_pending_is(I, TY_STOP_ITERATION)) return false;
    exc_clear(I);
    return true;
}

// Value-stack slot [k] (0: the bottom) of running frame [f]: VAL_NULL out of range.
static Value stack_at(const Frame *f, size_t depth, size_t k) {
    if (k >= depth) return VAL_NULL;
    return vec_get(f->store, f->base + code_nlocalsplus(f->co) + k);
}

int64_t trace_hook(Interp *I, Frame *f) {
    CodeObject *co = f->co;
    size_t ti = f->pc > 0 ? f->pc - 1 : 0;
    size_t depth = f->cdepth > 0 ? f->cdepth - 1 : 0;
    Value nullv = I->vm->nullv;
    if (ti >= co->ninstr || depth > co->stacksize) {
        exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: unknown opcode");
        return -1;
    }
    uint32_t word = code_instr(co, ti);
    bool jumped = false;
    while (!I->trace_busy) {
        unsigned op = INSTR_OP(word), arg = INSTR_ARG(word);
        Value tos = depth > 0 ? stack_at(f, depth, depth - 1) : VAL_NULL;
        Value callable = VAL_NULL, self = VAL_NULL;
        if (op == OP_CALL && depth >= (size_t)arg + 2) {
            // (the verifier proved the CALL's oparg + 2 operands are on the stack)
            size_t c = depth - arg - 2;
            callable = stack_at(f, depth, c);
            self = stack_at(f, depth, c + 1);
            if (callable == nullv) {
                callable = self;
                self = arg > 0 ? stack_at(f, depth, c + 2) : VAL_NULL;
            }
        } else if (op == OP_CALL_FUNCTION_EX && depth >= 3 + (size_t)(arg & 1u)) {
            // (NULL, callable, args tuple and the kwargs dict when oparg & 1)
            callable = stack_at(f, depth, depth - 2 - (arg & 1u));
        }
        long next = trace_instr(I, f, ti, word, tos, callable, self, jumped);
        if (next < 0) return -1;
        if ((size_t)next == ti) break;
        // (read with code_instr: the trace function may have ended tracing, restoring
        // the code's words)
        if ((size_t)next >= co->ninstr) {
            exc_raise(I, TY_SYSTEM_ERROR, "bad jump target");
            return -1;
        }
        ti = (size_t)next;
        f->pc = (uint32_t)ti + 1;
        word = code_instr(co, ti);
        jumped = true;
    }
    f->pc = (uint32_t)ti + 1;
    return (int64_t)word;
}
