/*
 * frame_refs.h: whether the running program names a value (for memoryview exports).
 */
#ifndef SAFEPY_VM_FRAME_REFS_H
#define SAFEPY_VM_FRAME_REFS_H

#include "../objects/interp.h"

/* True when [target] is held where the program can name it: a local or cell of a frame
 * in the chain from VmState.current, a live slot of its value stack (when that depth is
 * known: a frame waiting in a call, or in C code called by CALL), a value of its globals
 * or locals mapping, or an item up to two levels inside one of those (a list, tuple,
 * dict value, cell, instance attribute, or a local or stack slot of a generator that is
 * not running). Copies the conservative collector may see but the program cannot reach
 * (C stack, dead value-stack slots) do not count; neither do deeper holders (a bounded
 * walk: it may say false for a value that is reachable). Does not allocate. */
bool frame_refs_holds(Interp *I, Value target);

#endif
