/*
 * finalize.h: __del__ on top of the tracing collector (PEP 442's rules, CPython 3.11's
 * observable order where a tracing GC can give it).
 *
 * Instances of classes with __del__ (TF_HAS_DEL) are registered with the heap at creation
 * (obj_fin_register); a collection that finds one unreachable makes it ready (kernel
 * heap_fin_add) and keeps it. The finalizers of ready objects run here, at safe points of
 * the interpreter: after the instruction that dropped a reference (del, rebinding a name,
 * a frame's return), at backward jumps and calls after any collection, at gc.collect()
 * and at exit. Each object's __del__ runs at most once, even if it resurrects itself.
 *
 * Promptness costs collections: finalize_point collects only while finalizable objects
 * exist, and within a budget (traced bytes against allocated bytes, plus a backoff after
 * collections that found nothing), so a program without __del__ pays nothing and a loop
 * making many finalizable objects stays linear.
 */
#ifndef SAFEPY_VM_FINALIZE_H
#define SAFEPY_VM_FINALIZE_H

#include "../objects/interp.h"
#include "../objects/object.h"

/* True when dropping a reference to [v] may have made a finalizable object unreachable:
 * [v] is one, or a container or instance that may hold one. Cheap; no allocation. */
bool finalize_drops(Interp *I, Value v);

/* Runs the finalizers of the ready objects, in registration order. A pending exception
 * (and the handled one) is kept; a finalizer's exception is reported as CPython does
 * ("Exception ignored in: <function C.__del__ ...>") and dropped. */
void finalize_run_ready(Interp *I);

/* A reference that may have kept a finalizable object alive was dropped: collects now
 * when the budget allows, then runs the ready finalizers and the weakref callbacks due. */
void finalize_point(Interp *I);

/* A deletion (del name, attribute or item) whose value is not known: finalize_point when
 * instances with __del__ exist or finalizers are due. */
void finalize_point_any(Interp *I);

/* gc.collect(): a full collection, the finalizers it made due, and (when any ran) a
 * second collection that frees what they left unreachable; then the weakref callbacks. */
void finalize_collect(Interp *I);

/* __del__ was just set on class [t]: its instances (and its subclasses') made before
 * are registered too. */
void finalize_class_gained(Interp *I, Type *t);

/* Interpreter exit: the finalizers of the objects __main__'s globals ([main_dict], may
 * be VAL_NULL) lead to, in the order CPython 3.11's shutdown collection runs them
 * (breadth first from the dict), then those of every object still registered, in
 * registration order. */
void finalize_at_exit(Interp *I, Value main_dict);

#endif
