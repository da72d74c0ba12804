/*
 * eval_ops.h: the less frequent opcodes' work, kept out of the dispatch loop. Each
 * function takes plain Values (the loop pops and pushes) and follows the usual error
 * convention (VAL_NULL / false / -1 with an exception pending).
 */
#ifndef SAFEPY_VM_EVAL_OPS_H
#define SAFEPY_VM_EVAL_OPS_H

#include "frame.h"

/* NameError "name 'x' is not defined". Returns VAL_NULL. */
Value eval_ops_name_error(Interp *I, Value name);

/* UnboundLocalError for local [i] of [co]. Returns VAL_NULL. */
Value eval_ops_unbound_local(Interp *I, CodeObject *co, size_t i);

/* The error for an empty cell [i] (cells then frees) of [co]. Returns VAL_NULL. */
Value eval_ops_unbound_deref(Interp *I, CodeObject *co, size_t i);

/* LOAD_NAME / STORE_NAME / DELETE_NAME on the frame's namespaces. */
Value eval_ops_load_name(Interp *I, Frame *f, Value name);
bool eval_ops_store_name(Interp *I, Frame *f, Value name, Value v);
bool eval_ops_delete_name(Interp *I, Frame *f, Value name);

/* STORE_NAME while finalizable objects exist: eval_ops_store_name; [*drops] tells
 * whether the value it replaced (when the namespace is a dict) may have kept a
 * finalizable object alive (finalize_drops). */
bool eval_ops_store_name_fin(Interp *I, Frame *f, Value name, Value v, bool *drops);

/* Whether the value bound to [name] in the frame's namespace (when a dict) may keep a
 * finalizable object alive (finalize_drops); false when unbound. Raises nothing. */
bool eval_ops_name_drops(Interp *I, Frame *f, Value name);

/* builtins[name] for LOAD_GLOBAL after globals missed; NameError when absent. */
Value eval_ops_load_builtin(Interp *I, Value builtins, Value name);

/* LOAD_CLASSDEREF: the class namespace first, then the cell [i]. */
Value eval_ops_load_classderef(Interp *I, Frame *f, size_t i, Value cell);

bool eval_ops_setup_annotations(Interp *I, Frame *f);
bool eval_ops_import_star(Interp *I, Frame *f, Value module);

/* UNPACK_SEQUENCE: a tuple of exactly [n] items of [seq] (in order). */
Value eval_ops_unpack(Interp *I, Value seq, size_t n);

/* UNPACK_EX: a tuple of before + 1 + after values: the first items, a list of the
 * middle ones, the last items. */
Value eval_ops_unpack_ex(Interp *I, Value seq, size_t before, size_t after);

/* FORMAT_VALUE: conversion [conv] (0 none, 1 str, 2 repr, 3 ascii) then format with
 * [spec] (VAL_NULL: none). */
Value eval_ops_format(Interp *I, Value v, unsigned conv, Value spec);

Value eval_ops_build_string(Interp *I, ValView parts);
Value eval_ops_build_set(Interp *I, ValView items);
Value eval_ops_build_map(Interp *I, ValView pairs);

/* LIST_EXTEND / DICT_UPDATE / DICT_MERGE with CPython's messages ([func] names the
 * callee for DICT_MERGE; VAL_NULL when unknown). */
bool eval_ops_list_extend(Interp *I, Value list, Value iterable);
bool eval_ops_dict_update(Interp *I, Value dict, Value other);
bool eval_ops_dict_merge(Interp *I, Value func, Value dict, Value other);

/* RAISE_VARARGS: raises [exc] (VAL_NULL: re-raise the handled exception) with [cause]
 * (VAL_NULL: none given). Returns 1 for a bare re-raise (no new traceback entry), 0 when
 * a new exception is pending. */
int eval_ops_raise(Interp *I, Value exc, Value cause);

/* CHECK_EXC_MATCH: 1 when [exc] is an instance of exception class(es) [type], 0 if not,
 * -1 with TypeError when [type] is not an exception class or tuple of them. */
int eval_ops_exc_match(Interp *I, Value exc, Value type);

/* BEFORE_WITH: calls mgr.__enter__(); *exitf (may be where mgr came from) gets the bound
 * __exit__ before the call. */
Value eval_ops_before_with(Interp *I, Value mgr, Value *exitf);

/* WITH_EXCEPT_START: exitf(type(exc), exc, exc.__traceback__). */
Value eval_ops_with_exit(Interp *I, Value exitf, Value exc);

/* MAKE_FUNCTION from its operands (bottom to top) and flags. */
Value eval_ops_make_function(Interp *I, ValView ops, unsigned flags, Value globals);

bool eval_ops_print_expr(Interp *I, Value v);

/* StopIteration instance [exc] -> its value (None when absent). */
Value eval_ops_stopiter_value(Interp *I, Value exc);

/* SEND to anything that is not a runnable generator: the next yielded value, or (with
 * *done set) the value the sub-iterator finished with. */
Value eval_ops_send(Interp *I, Value it, Value v, bool *done);

/* GET_YIELD_FROM_ITER ([in_coroutine]: the code is a coroutine or iterable coroutine,
 * which may delegate to a coroutine). */
Value eval_ops_yield_from_iter(Interp *I, Value v, bool in_coroutine);

/* The special method [name] looked up on type(obj) and bound to obj; VAL_NULL without
 * an exception when absent. */
Value eval_ops_special(Interp *I, Value obj, Value name);

/* MATCH_* opcodes. */
Value eval_ops_match_mapping(Interp *I, Value subj);
Value eval_ops_match_sequence(Interp *I, Value subj);
Value eval_ops_match_keys(Interp *I, Value subj, Value keys);
Value eval_ops_match_class(Interp *I, Value subj, Value cls, Value kwnames, size_t npos);

/* IMPORT_NAME with level operand [level]. */
Value eval_ops_import_name(Interp *I, Frame *f, Value name, Value fromlist, Value level);

/* LOAD_BUILD_CLASS. */
Value eval_ops_build_class(Interp *I, Frame *f);

#endif
