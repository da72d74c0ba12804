/*
 * builtins.h: the builtins module: the builtin functions (len, print, sorted, eval,
 * __build_class__ ...), the builtin types under their names, every exception class, and
 * None/Ellipsis/NotImplemented/True/False/__debug__.
 *
 * The functions are split over three files: builtins.c (module setup and the small
 * one-object functions), builtins_seq.c (iteration, aggregation, printing and input),
 * builtins_eval.c (attributes, namespaces, compile/eval/exec, class creation, import).
 */
#ifndef SAFEPY_MODULES_BUILTINS_H
#define SAFEPY_MODULES_BUILTINS_H

#include "../objects/args.h"
#include "../objects/interp.h"

/* Creates the builtins module: sets I->builtins (its namespace dict) and I->builtins_mod
 * and registers it in I->modules as "builtins" (creating I->modules when VAL_NULL).
 * False with an exception pending on failure. */
bool builtins_init(Interp *I);

/* The functions defined in builtins_seq.c: all any enumerate-free iteration helpers
 * (iter next), aggregation (max min sum sorted), print and input. NULL-name terminated. */
extern const MethodDef builtins_seq_methods[];

/* The functions defined in builtins_eval.c: getattr setattr delattr hasattr globals
 * locals vars dir compile eval exec __build_class__ __import__. NULL-name terminated. */
extern const MethodDef builtins_eval_methods[];

/* "[fname]() takes exactly one argument (N given)" / "[fname]() takes no keyword
 * arguments" check of CPython's one-argument (METH_O) builtins; the argument in *out. */
static inline bool builtins_one_arg(Interp *I, ValView args, Value kwnames, const char *fname,
                                    Value *out) {
    *out = vview_get(args, 0);
    return args_one(I, args, kwnames, fname); // (inline: the common case costs two compares)
}

/* Adds copyright, credits, license and help (CPython's site builtins) to the builtins
 * namespace [d] (sitebuiltins.c). */
bool sitebuiltins_add(Interp *I, Value d);

#endif
