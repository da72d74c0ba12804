/*
 * frame.c: the VM state (value stack + frame record pool) and everything that inspects
 * frames from outside the loop: globals()/locals(), zero-argument super(), the frame type.
 *
 * Frame storage is read here only through vec_get on (store, base + i), so a frame whose
 * bookkeeping were wrong would read VAL_NULL, never stray memory.
 */
#include "frame.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "eval.h"
#include "func.h"

// Value-stack capacity bounds (in Values). The stack is allocated once; Python recursion
// that would overflow it raises RecursionError.
#define VM_STACK_MIN (16u * 1024u)
#define VM_STACK_MAX (16u * 1024u)

bool vm_init(Interp *I) {
    VmState *vm = heap_new(I->heap, sizeof(VmState), HEAP_SCAN);
    if (vm == NULL) {
        exc_nomem(I);
        return false;
    }
    vec_init(&vm->stack);
    size_t cap = heap_capacity(I->heap) / 64 / sizeof(Value);
    if (cap < VM_STACK_MIN) cap = VM_STACK_MIN;
    if (cap > VM_STACK_MAX) cap = VM_STACK_MAX;
    if (vec_resize(I->heap, &vm->stack, cap) != K_OK) {
        exc_nomem(I);
        return false;
    }
    vm->top = 0;
    vm->current = NULL;
    vm->spare = NULL;
    Obj *marker = obj_alloc(I, interp_type(I, TY_OBJECT), sizeof(Obj));
    if (marker == NULL) return false;
    vm->nullv = obj_val(marker);
    I->vm = vm;
    return true;
}

Frame *frame_new(Interp *I) {
    Frame *f = heap_new(I->heap, sizeof(Frame), HEAP_SCAN);
    if (f == NULL) exc_nomem(I);
    return f;
}

Frame *frame_take(Interp *I, Frame *parent) {
    Frame *f = parent != NULL ? parent->spare : I->vm->spare;
    if (f != NULL) return f;
    f = frame_new(I);
    if (f == NULL) return NULL;
    if (parent != NULL)
        parent->spare = f;
    else
        I->vm->spare = f;
    return f;
}

Value frame_local(const Frame *f, size_t i) {
    if (f->co == NULL || i >= code_nlocalsplus(f->co)) return VAL_NULL;
    return vec_get(f->store, f->base + i);
}

int frame_line(const Frame *f) {
    if (f->co == NULL) return 0;
    if (f->pc == 0) return f->co->firstlineno;
    return code_pos(f->co, f->pc - 1).line;
}

Value vm_current_globals(Interp *I) {
    if (I->vm == NULL || I->vm->current == NULL) return VAL_NULL;
    return I->vm->current->globals;
}

// Adds name -> value for every bound local, cell and free variable of [f] to [d].
static bool fill_fast_locals(Interp *I, const Frame *f, Value d) {
    CodeObject *co = f->co;
    for (size_t i = 0; i < co->nlocals; i++) {
        Value v = frame_local(f, i);
        if (v == VAL_NULL) continue;
        if (!dict_set(I, d, tuple_get(co->localnames, i), v)) return false;
    }
    size_t ncf = (size_t)co->ncells + co->nfrees;
    for (size_t i = 0; i < ncf; i++) {
        CellObject *c = cell_cast(frame_local(f, co->nlocals + i));
        if (c == NULL || c->v == VAL_NULL) continue;
        Value name = i < co->ncells ? tuple_get(co->cellnames, i)
                                    : tuple_get(co->freenames, i - co->ncells);
        if (!dict_set(I, d, name, c->v)) return false;
    }
    return true;
}

Value vm_current_locals(Interp *I) {
    if (I->vm == NULL || I->vm->current == NULL) return VAL_NULL;
    Frame *f = I->vm->current;
    if (f->locals != VAL_NULL) return f->locals;
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    if (!fill_fast_locals(I, f, d)) return VAL_NULL;
    return d;
}

bool vm_super_args(Interp *I, Value *type, Value *obj) {
    Frame *f = I->vm != NULL ? I->vm->current : NULL;
    if (f == NULL) {
        exc_raise(I, TY_RUNTIME_ERROR, "super(): no current frame");
        return false;
    }
    CodeObject *co = f->co;
    if (co->argcount == 0) {
        exc_raise(I, TY_RUNTIME_ERROR, "super(): no arguments");
        return false;
    }
    Value first = frame_local(f, 0);
    // the first argument may have moved into a cell (it is captured by an inner scope)
    size_t nmap = co->cell2arg != VAL_NULL ? tuple_len(co->cell2arg) : 0;
    for (size_t i = 0; i < nmap && first == VAL_NULL; i++) {
        if (val_small(tuple_get(co->cell2arg, i)) == 0) {
            CellObject *c = cell_cast(frame_local(f, co->nlocals + i));
            if (c != NULL) first = c->v;
        }
    }
    if (first == VAL_NULL) {
        exc_raise(I, TY_RUNTIME_ERROR, "super(): arg[0] deleted");
        return false;
    }
    for (size_t i = 0; i < co->nfrees; i++) {
        if (!str_eq_cstr(tuple_get(co->freenames, i), "__class__")) continue;
        CellObject *c = cell_cast(frame_local(f, (size_t)co->nlocals + co->ncells + i));
        if (c == NULL) {
            exc_raise(I, TY_RUNTIME_ERROR, "super(): bad __class__ cell");
            return false;
        }
        if (c->v == VAL_NULL) {
            exc_raise(I, TY_RUNTIME_ERROR, "super(): empty __class__ cell");
            return false;
        }
        if (type_cast(c->v) == NULL) {
            exc_raise(I, TY_RUNTIME_ERROR, "super(): __class__ is not a type (%T)", c->v);
            return false;
        }
        *type = c->v;
        *obj = first;
        return true;
    }
    exc_raise(I, TY_RUNTIME_ERROR, "super(): __class__ cell not found");
    return false;
}
