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

// Value-stack segment size and the bound on the whole chain (in Values). A Python
// recursion that would need more raises RecursionError.
// A segment is a small heap chunk: 1597 Values are 12776 bytes (vec_reserve's growth
// steps from 4 reach 1597 exactly, so the capacity is the size; 1598 would take 2396).
// The first segment was 16 Ki Values: a 160 KiB chunk of 5 blocks that every program
// kept, and that every collection traced and frame_drop_dead cleared whole although
// most programs use a few hundred slots of it (docs/notes/mem17.md). Deeper recursion
// chains more segments (frame_next_seg), which are kept for reuse.
#define VM_SEG_VALUES 1597u
#define VM_STACK_MIN (64u * 1024u)
#define VM_STACK_MAX (4u * 1024u * 1024u)

static StackSeg *new_seg(Interp *I, size_t size) {
    StackSeg *sg = heap_new(I->heap, sizeof(StackSeg), HEAP_SCAN);
    if (sg == NULL) {
        exc_nomem(I);
        return NULL;
    }
    vec_init(&sg->vals);
    if (vec_resize(I->heap, &sg->vals, size) != K_OK) {
        exc_nomem(I);
        return NULL;
    }
    sg->prev = sg->next = NULL;
    return sg;
}

bool vm_init(Interp *I) {
    VmState *vm = heap_new(I->heap, sizeof(VmState), HEAP_SCAN);
    if (vm == NULL) {
        exc_nomem(I);
        return false;
    }
    size_t limit = heap_capacity(I->heap) / 8 / sizeof(Value);
    if (limit < VM_STACK_MIN) limit = VM_STACK_MIN;
    if (limit > VM_STACK_MAX) limit = VM_STACK_MAX;
    vm->limit = limit;
    vm->seg = new_seg(I, VM_SEG_VALUES);
    if (vm->seg == NULL) return false;
    vm->total = VM_SEG_VALUES;
    vm->top = 0;
    vm->current = NULL;
    vm->spare = NULL;
    Obj *marker = obj_alloc(I, interp_type(I, TY_OBJECT), sizeof(Obj));
    if (marker == NULL) return false;
    vm->nullv = obj_val(marker);
    I->vm = vm;
    return true;
}

// Forgets the segments from [sg] on (no live frame uses them).
static void drop_segs(VmState *vm, StackSeg *sg) {
    for (; sg != NULL; sg = sg->next) vm->total -= sg->vals.len;
}

StackSeg *frame_next_seg(Interp *I, StackSeg *seg, size_t need) {
    VmState *vm = I->vm;
    StackSeg *n = seg->next;
    if (n != NULL && n->vals.len >= need) return n;
    drop_segs(vm, n);
    seg->next = NULL;
    size_t size = need > VM_SEG_VALUES ? need : VM_SEG_VALUES;
    if (vm->total > vm->limit || size > vm->limit - vm->total) {
        exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded");
        return NULL;
    }
    n = new_seg(I, size);
    if (n == NULL) return NULL;
    n->prev = seg;
    seg->next = n;
    vm->total += size;
    return n;
}

void frame_trim_segs(Interp *I, StackSeg *seg) {
    StackSeg *spare = seg->next;
    if (spare == NULL || spare->next == NULL) return;
    drop_segs(I->vm, spare->next);
    spare->next = NULL;
}

// Clears the references of a record no frame is using (a finished call's), which the
// collector would otherwise scan like a live one; its spare link is kept for reuse.
// Records are fully re-initialised when next used.
static void scrub_record(Frame *f) {
    f->co = NULL;
    f->back = NULL;
    f->func = f->globals = f->builtins = f->locals = f->fastdict = f->gen = f->aux = VAL_NULL;
    f->standin = f->caught_tb = VAL_NULL;
}

// Scrubs the idle records of the spare chain from [f] on (store NULL: not running; the
// records under an idle one are idle too).
static void scrub_idle(Frame *f) {
    for (; f != NULL && f->store == NULL; f = f->spare) scrub_record(f);
}

// Clears store[from, to).
static void clear_slots(ValVec *store, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) (void)vec_set(store, i, VAL_NULL);
}

void frame_drop_dead(VmState *vm) {
    if (vm == NULL || vm->seg == NULL) return;
    StackSeg *s = vm->seg;
    clear_slots(&s->vals, vm->top, s->vals.len);
    for (s = s->next; s != NULL; s = s->next) clear_slots(&s->vals, 0, s->vals.len);
    scrub_idle(vm->spare);
    // Innermost first. A frame whose inner neighbour its own loop started (not
    // FRAME_ENTRY) waits in that call and saved its depth in sp once the callee's frame
    // was made; the innermost frame of a loop holds its depth in a register, known only
    // while CALL runs C code (cdepth). A frame started by a fast call has its locals in
    // its caller's value stack, just above the caller's depth: [inner] is the lowest
    // frame base seen so far in [inner_store], which no outer frame's clearing may reach.
    const ValVec *inner_store = NULL;
    size_t inner = 0;
    const Frame *prev = NULL;
    for (Frame *f = vm->current; f != NULL; prev = f, f = f->back) {
        scrub_idle(f->spare);
        if (f->co == NULL || f->store == NULL) continue;
        size_t bottom = f->base + code_nlocalsplus(f->co);
        size_t end = bottom + f->co->stacksize;
        if (f->store == inner_store && inner < end) end = inner;
        if (prev != NULL && !(prev->flags & FRAME_ENTRY))
            clear_slots(f->store, bottom + f->sp, end);
        else if (f->cdepth > 0)
            clear_slots(f->store, bottom + f->cdepth - 1, end);
        inner_store = f->store;
        inner = f->base;
    }
}

Frame *frame_new(Interp *I) {
    // (heap_new_small: a constant size, inlined when a claimed slot is ready; every
    // generator made takes one)
    Frame *f = heap_new_small(I->heap, sizeof(Frame), HEAP_SCAN);
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
    if (f->tr_shown > 0) return f->tr_shown; // (in a trace event: trace.c)
    if (f->pc == 0) return f->co->firstlineno;
    return code_pos(f->co, f->pc - 1).line;
}

Value vm_current_globals(Interp *I) {
    if (I->vm == NULL || I->vm->current == NULL) return VAL_NULL;
    return I->vm->current->globals;
}

// Sets d[name] = v, or removes name from d when v is unbound (CPython's map_to_dict).
static bool sync_one(Interp *I, Value d, Value name, Value v) {
    if (v != VAL_NULL) return dict_set(I, d, name, v);
    return dict_del(I, d, name) >= 0;
}

// Refreshes [d] from the locals, cells and free variables of [f].
static bool fill_fast_locals(Interp *I, const Frame *f, Value d) {
    CodeObject *co = f->co;
    for (size_t i = 0; i < co->nlocals; i++) {
        if (!sync_one(I, d, tuple_get(co->localnames, i), frame_local(f, i))) return false;
    }
    size_t ncf = (size_t)co->ncells + co->nfrees;
    for (size_t i = 0; i < ncf; i++) {
        CellObject *c = cell_cast(frame_local(f, co->nlocals + i));
        Value name = i < co->ncells ? tuple_get(co->cellnames, i)
                                    : tuple_get(co->freenames, i - co->ncells);
        if (!sync_one(I, d, name, c != NULL ? c->v : VAL_NULL)) return false;
    }
    return true;
}

Value frame_locals_snapshot(Interp *I, const Frame *f) {
    if (f->locals != VAL_NULL) return f->locals;
    if (f->co == NULL || f->store == NULL) return VAL_NULL;
    size_t n = code_nlocalsplus(f->co);
    ValView slots = vview_slice(vview_of_vec(f->store), f->base, f->base + n);
    if (slots.n != n) return VAL_NULL;
    Value saved = exc_fetch(I);
    Value t = tuple_from_view(I, slots);
    if (t == VAL_NULL) exc_clear(I);
    I->exc = saved;
    return t;
}

Value frame_snapshot_dict(Interp *I, Value code, Value snap) {
    if (dict_check(snap)) return snap;
    Value d = dict_new(I);
    CodeObject *co = code_cast(code);
    if (d == VAL_NULL || co == NULL || !tuple_check(snap) ||
        tuple_len(snap) != code_nlocalsplus(co))
        return d;
    for (size_t i = 0; i < co->nlocals; i++) {
        Value v = tuple_get(snap, i);
        if (v != VAL_NULL && !dict_set(I, d, tuple_get(co->localnames, i), v)) return VAL_NULL;
    }
    size_t ncf = (size_t)co->ncells + co->nfrees;
    for (size_t i = 0; i < ncf; i++) {
        CellObject *c = cell_cast(tuple_get(snap, co->nlocals + i));
        Value name = i < co->ncells ? tuple_get(co->cellnames, i)
                                    : tuple_get(co->freenames, i - co->ncells);
        if (c != NULL && c->v != VAL_NULL && !dict_set(I, d, name, c->v)) return VAL_NULL;
    }
    return d;
}

void frame_end_standin(Interp *I, Frame *f, size_t pc) {
    Value fr = f->standin;
    f->standin = VAL_NULL;
    if (fr == VAL_NULL || f->co == NULL || f->store == NULL) return;
    Value saved = exc_fetch(I);
    Value locals = frame_locals_dict(I, f);
    if (locals == VAL_NULL || obj_setattr_cstr(I, fr, "f_locals", locals) < 0 ||
        !exc_frame_set_lineno(I, fr, code_pos(f->co, pc).line) ||
        obj_setattr_cstr(I, fr, "f_lasti", val_from_small((intptr_t)pc * 2)) < 0)
        exc_clear(I);
    I->exc = saved;
}

bool frame_locals_writeback(Interp *I, Frame *f) {
    Value d = f->fastdict;
    CodeObject *co = f->co;
    if (f->locals != VAL_NULL || d == VAL_NULL || co == NULL || f->store == NULL) return true;
    for (size_t i = 0; i < co->nlocals; i++) {
        Value v = dict_get(I, d, tuple_get(co->localnames, i));
        if (v == VAL_NULL && I->exc != VAL_NULL) return false;
        if (vec_set(f->store, f->base + i, v) != K_OK) return true; // (in range: running)
    }
    size_t ncf = (size_t)co->ncells + co->nfrees;
    for (size_t i = 0; i < ncf; i++) {
        CellObject *c = cell_cast(frame_local(f, co->nlocals + i));
        Value name = i < co->ncells ? tuple_get(co->cellnames, i)
                                    : tuple_get(co->freenames, i - co->ncells);
        Value v = dict_get(I, d, name);
        if (v == VAL_NULL && I->exc != VAL_NULL) return false;
        if (c != NULL) c->v = v;
    }
    return true;
}

Value frame_standin(Interp *I, Frame *f) {
    Value locals = frame_locals_dict(I, f);
    if (locals == VAL_NULL) return VAL_NULL;
    if (f->standin != VAL_NULL) {
        if (obj_setattr_cstr(I, f->standin, "f_locals", locals) < 0 ||
            !exc_frame_set_lineno(I, f->standin, frame_line(f)))
            return VAL_NULL;
        return f->standin;
    }
    size_t lasti = f->pc > 0 ? f->pc - 1 : 0;
    Value fr = exc_frame_object(I, obj_val(f->co), f->globals, frame_line(f),
                                (intptr_t)lasti * 2, locals);
    if (fr == VAL_NULL) return VAL_NULL;
    f->standin = fr;
    return fr;
}

Value frame_standin_chain(Interp *I, Frame *f) {
    Value first = VAL_NULL, prev = VAL_NULL;
    for (; f != NULL; f = f->back) {
        if (f->co == NULL) continue;
        Value fr = frame_standin(I, f);
        if (fr == VAL_NULL) return VAL_NULL;
        if (prev != VAL_NULL && obj_setattr_cstr(I, prev, "f_back", fr) < 0) return VAL_NULL;
        if (first == VAL_NULL) first = fr;
        prev = fr;
    }
    return first;
}

Value frame_of_traceback(Interp *I, Value tb) {
    TracebackObject *t = traceback_cast(tb);
    if (t == NULL) return VAL_NULL;
    // the innermost frame with the key: a key left by an entry freed since can only match
    // an entry at the same address that is of the same code and caught nowhere inside
    Value key = frame_tb_key(tb);
    for (Frame *f = I->vm != NULL ? I->vm->current : NULL; f != NULL; f = f->back)
        if (f->caught_tb == key && f->co != NULL && obj_val(f->co) == t->code)
            return frame_standin_chain(I, f);
    return VAL_NULL;
}

Value frame_standin_live_locals(Interp *I, Value standin) {
    for (Frame *f = I->vm != NULL ? I->vm->current : NULL; f != NULL; f = f->back)
        if (f->standin == standin) return frame_locals_dict(I, f);
    return VAL_NULL;
}

Value vm_current_locals(Interp *I) {
    if (I->vm == NULL || I->vm->current == NULL) return VAL_NULL;
    return frame_locals_dict(I, I->vm->current);
}

Value frame_locals_dict(Interp *I, Frame *f) {
    if (f->locals != VAL_NULL) return f->locals;
    // As CPython 3.11: one dict per frame, refreshed by every locals() call.
    if (f->fastdict == VAL_NULL) {
        f->fastdict = dict_new(I);
        if (f->fastdict == VAL_NULL) return VAL_NULL;
    }
    if (!fill_fast_locals(I, f, f->fastdict)) return VAL_NULL;
    return f->fastdict;
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
