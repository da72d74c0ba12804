/*
 * frame.h: the VM's frame records and value stack (VmState).
 *
 * Every running Python frame is a Frame record plus an area in a ValVec "store":
 * [nlocals locals][ncells cells][nfrees free cells][stacksize value-stack slots], starting
 * at index [base]. Ordinary frames live in the VmState value stack: a chain of segments,
 * each a ValVec allocated once with a fixed length and never moved (a frame never spans
 * two segments; a call that does not fit in the current one starts the next); a
 * generator's frame lives in the generator's own ValVec. Frame records are VM-internal HEAP_SCAN chunks (not Python
 * objects: tracebacks record code, globals and line instead) reused through the [spare]
 * chain, so a Python-to-Python call allocates nothing once a depth was reached.
 *
 * Invariant: for the running frame f, f->base + localsplus + stacksize <= f->store->len,
 * and (VmState.seg, VmState.top) is the first slot of the segmented stack no running frame
 * uses (C code re-entering the VM starts new frames there). Segments after the current
 * one's spare hold no live frame and are dropped.
 */
#ifndef SAFEPY_VM_FRAME_H
#define SAFEPY_VM_FRAME_H

#include "code.h"

#define FRAME_ENTRY 1u /* returning or yielding from it leaves the current C loop */
#define FRAME_GEN 2u   /* a generator's frame: storage is the generator's */
#define FRAME_INIT 4u  /* __init__ run by CALL of a class: returns None, leaves nothing */
#define FRAME_BINOP 8u /* a.__op__(b) run by BINARY_OP (a, b of one class): NotImplemented
                          from it is the operator's TypeError */
#define FRAME_ATTR 16u /* a property getter run by LOAD_ATTR: an AttributeError leaving it
                          gets .name (the LOAD_ATTR's) and .obj (aux) */

typedef struct Frame Frame;
typedef struct StackSeg StackSeg;

/* One segment of the value stack. */
struct StackSeg {
    ValVec vals;     /* fixed length: never reallocated */
    StackSeg *prev;
    StackSeg *next;  /* the next segment (in use, or a spare kept for reuse), or NULL */
};

struct Frame {
    Frame *back;     /* the frame that called (or resumed) this one, or NULL */
    Frame *spare;    /* record reused for the next frame started under this one */
    CodeObject *co;
    Value func;      /* FuncObject, or VAL_NULL for module / exec code */
    Value globals;   /* dict */
    Value builtins;  /* dict */
    Value locals;    /* namespace mapping (module, class body, exec), or VAL_NULL */
    ValVec *store;   /* holds localsplus and the value stack */
    size_t base;     /* index of local 0 in *store */
    StackSeg *seg;   /* VmState.seg while this frame runs */
    size_t top;      /* VmState.top while this frame runs */
    uint32_t pc;     /* next instruction (saved while not running) */
    uint32_t sp;     /* value-stack depth (saved while not running: once the frame of a
                        call it makes is set up, or suspended) */
    uint32_t flags;  /* FRAME_* */
    uint32_t cdepth; /* while CALL runs C code: 1 + the value-stack depth, else 0 */
    Value gen;       /* owning generator, or VAL_NULL */
    Value fastdict;  /* function frames: the dict locals() returns and refreshes */
    Value aux;       /* FRAME_BINOP: the operands' type (for the NotImplemented error);
                        FRAME_ATTR: the object whose attribute is read */
    Value standin;   /* the frame object sys._getframe handed out for this activation
                        (frame_end_standin brings it up to date when the frame ends), or
                        VAL_NULL */
    Value caught_tb; /* which traceback entry the exception this activation last caught
                        has (its tb_frame is this frame's object: frame_of_traceback),
                        as frame_tb_key: a small int, so that it keeps nothing alive (a
                        caught exception and what its traceback holds can be freed once
                        the handler dropped it); VAL_NULL for none */
    /* tracing (trace.c): valid only while tr_owner == standin != VAL_NULL (not reset
     * when the record is reused: a new activation has no standin yet) */
    Value tr_owner;  /* the stand-in these fields belong to */
    Value tr_ccall;  /* the C function a traced CALL called (its c_return is due) */
    int32_t tr_last; /* the last instruction traced (-1: none yet) */
    int32_t tr_line; /* its line */
    uint32_t tr_state; /* TRACE_RUNNING, TRACE_SUSPENDED (a generator's, after a yield) */
    int32_t tr_shown;  /* while a trace function runs for this frame: the f_lineno it is
                          shown (frame_line gives it), else 0 */
};

struct VmState {
    StackSeg *seg;   /* the segment holding the first free slot */
    size_t top;      /* first free slot (index in seg->vals) */
    size_t total;    /* Values in all segments of the chain */
    size_t limit;    /* bound on total: a deeper stack is RecursionError */
    Frame *current;  /* innermost running Python frame, or NULL */
    Frame *spare;    /* record for a frame started with no Python frame running */
    Value nullv;     /* the "NULL" of PUSH_NULL / LOAD_METHOD: a private object, so a
                        hostile code object that misuses it only ever sees an object */
    Value fresh;     /* BINARY_OP (eval.c only): the float its fast path made last, while
                        that float can only be the value-stack operand just pushed; a
                        generic path sets VAL_NULL. A compared key, never dereferenced */
};

/* A frame record for a frame started under [parent] (NULL: the outermost), reused from
 * the spare chain. NULL with MemoryError. */
Frame *frame_take(Interp *I, Frame *parent);

/* The segment after [seg] with room for [need] Values: its spare when large enough, else
 * a new one. NULL with RecursionError when the stack would pass its limit (or
 * MemoryError). */
StackSeg *frame_next_seg(Interp *I, StackSeg *seg, size_t need);

/* The running frame moved back to segment [seg]: drops the segments after its spare. */
void frame_trim_segs(Interp *I, StackSeg *seg);

/* Before a collection: clears the value-stack slots no running frame uses, so that the
 * references dead values left there do not keep garbage alive: above VmState.top, and in
 * each frame of the chain from VmState.current the slots above its depth when that is
 * known (sp of a frame waiting in a call its own loop made, cdepth of the innermost frame
 * of a loop waiting in C code; else none). Does not allocate. */
void frame_drop_dead(VmState *vm);

/* A fresh zeroed frame record (generators own one each). NULL with MemoryError. */
Frame *frame_new(Interp *I);

/* Local slot [i] (0 .. localsplus-1) of a frame that is not running or is the current one
 * (VAL_NULL when unset or out of range). */
Value frame_local(const Frame *f, size_t i);

/* locals() of frame [f] (the current one or one waiting in a call): its namespace dict,
 * or for a function frame its dict of fast locals, refreshed now. VAL_NULL with
 * MemoryError. */
Value frame_locals_dict(Interp *I, Frame *f);

/* What a traceback keeps of [f]'s variables for tb.tb_frame.f_locals: the namespace dict
 * of a module or class frame, else a private tuple of its local slots (locals, then cell
 * objects; unbound ones VAL_NULL). Never raises: VAL_NULL when there is no memory, with
 * any pending exception left as it was. */
Value frame_locals_snapshot(Interp *I, const Frame *f);

/* The f_locals dict of a snapshot [snap] of a frame running [code] (see
 * frame_locals_snapshot): a new dict, cells read now. VAL_NULL with MemoryError. */
Value frame_snapshot_dict(Interp *I, Value code, Value snap);

/* After a trace function ran for function frame [f] (running): its locals and cells take
 * the values of its f_locals dict (a name missing there is unbound), as CPython 3.11's
 * PyFrame_LocalsToFast. Any value is safe in a slot: the loop checks what it loads. False
 * with an exception (a key's hash or comparison raised). */
bool frame_locals_writeback(Interp *I, Frame *f);

/* Frame [f] ends at instruction [pc] (returning or with an exception, its slots still
 * in place): the frame object sys._getframe made for it, if any, gets its final
 * f_locals, f_lineno and f_lasti, as a CPython frame object keeps them. Never raises
 * (a pending exception is kept). */
void frame_end_standin(Interp *I, Frame *f, size_t pc);

/* The frame object of frame [f] (running, or a suspended generator's): one per activation
 * (CPython's identity), its f_locals and f_lineno brought up to date now; its f_back is
 * left as it is. VAL_NULL with an exception. */
Value frame_standin(Interp *I, Frame *f);

/* The frame object of running frame [f] (made once per activation, then brought up to
 * date: f_locals, f_lineno), with its f_back chain down to the outermost frame.
 * VAL_NULL with an exception. */
Value frame_standin_chain(Interp *I, Frame *f);

/* The frame object of the running frame that caught the exception whose traceback entry
 * is [tb] (see Frame.caught_tb), or VAL_NULL without an exception when no running frame
 * did. */
Value frame_of_traceback(Interp *I, Value tb);

/* Frame.caught_tb's key for traceback entry [tb]: a small int made from its address, not
 * a reference (VAL_NULL for VAL_NULL). */
static inline Value frame_tb_key(Value tb) {
    return tb == VAL_NULL ? VAL_NULL : val_from_small((intptr_t)((uint64_t)tb >> 4));
}

/* The f_locals of the running frame whose sys._getframe stand-in is [standin] (found
 * along the current frame chain), refreshed now; VAL_NULL without an exception when that
 * frame no longer runs. */
Value frame_standin_live_locals(Interp *I, Value standin);

/* The source line [f] is at (its last started instruction). */
int frame_line(const Frame *f);

#endif
