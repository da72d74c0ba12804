/*
 * frame_refs.h: whether the running program names a value (for memoryview exports).
 */
#ifndef SAFEPY_VM_FRAME_REFS_H
#define SAFEPY_VM_FRAME_REFS_H

#include "../objects/interp.h"

/* A predicate over a value found by frame_refs_find (reads only, no user code). */
typedef bool (*FrameRefsMatch)(Value v, const void *ctx);

/* True when a value [match] accepts is held where the program can name it: a local or
 * cell of a frame in the chain from VmState.current, a live slot of its value stack (when
 * that depth is known: a frame waiting in a call, or in C code called by CALL), a value
 * of its globals or locals mapping, or an item up to two levels inside one of those (a
 * list, tuple, dict value, cell, attribute of an instance of a class, the sequence of a list, tuple or
 * sequence iterator, a closure cell or default value of a function, or a local or stack
 * slot of a generator that is not running). Copies the conservative collector may see but the
 * program cannot reach (C stack, dead value-stack slots) do not count; neither do deeper
 * holders, nor what lies past a fixed budget of values looked at (names are looked at
 * before the items of containers): it may say false for a value that is reachable.
 * Not looked into either: class and module attributes, frames kept by a traceback,
 * iterators other than the three above, and operands an opcode has popped into C
 * locals before calling C code (`b[len(b):] = memoryview(b)`). Instance attributes
 * include __slots__ values. Does not allocate. */
bool frame_refs_find(Interp *I, FrameRefsMatch match, const void *ctx);

#endif
