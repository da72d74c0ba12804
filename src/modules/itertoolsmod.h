/*
 * itertoolsmod.h: shared layout of the C iterators of _itertools (itertoolsmod.c: the
 * simple ones and the module; itertoolsmod_comb.c: the combinatoric ones).
 *
 * Every iterator is an ItObj; which fields mean what is documented per type. A
 * finished iterator sets [done] and never touches its sources again.
 */
#ifndef SAFEPY_MODULES_ITERTOOLSMOD_H
#define SAFEPY_MODULES_ITERTOOLSMOD_H

#include "../objects/interp.h"

typedef struct ItObj {
    CustomObj h;
    Value a, b, c, d; /* per type: sources, functions, saved values */
    ValVec v;         /* per type: pools, indices, saved items */
    ValVec w;         /* per type: second index vector */
    int64_t n, i, j;  /* per type: counters */
    bool done, started;
} ItObj;

/* The layout shared by every _itertools iterator. */
extern const CustomLayout itertoolsmod_layout;

/* [v] as an ItObj, or NULL (TypeError raised) when it is not one. */
ItObj *itertoolsmod_cast(Interp *I, Value v);

/* A new ItObj instance of [t]. NULL with MemoryError. */
ItObj *itertoolsmod_alloc(Interp *I, Type *t);

/* [v] (an int or __index__ object) as a Py_ssize_t-like int64 for a count argument;
 * OverflowError "Python int too large to convert to C ssize_t" when it does not fit. */
bool itertoolsmod_ssize(Interp *I, Value v, int64_t *out);

/* The _itertools type registered in I->scratch under [key] ("_itertools.chain", ...);
 * NULL with SystemError when the module did not register it. */
Type *itertoolsmod_type(Interp *I, const char *key);

/* The iterator [self] a method taking exactly [nargs] positional arguments was called
 * on; NULL with TypeError on other arguments or another object. */
ItObj *itertoolsmod_method_self(Interp *I, Value self, ValView args, Value kwnames,
                                const char *name, size_t nargs);

/* A __reduce__ result: (type(self), [args]) or, when [state] is not VAL_NULL,
 * (type(self), [args], [state]). VAL_NULL (exception pending) when [args] is VAL_NULL. */
Value itertoolsmod_reduced(Interp *I, Value self, Value args, Value state);

/* __iter__ of every iterator: itself. */
Value itertoolsmod_self(Interp *I, Value self);

/* __reduce__ / __setstate__ of the simple iterators (itertoolsmod_reduce.c): chain's two
 * methods (listed in chain's own table), and the method tables of islice, accumulate,
 * starmap/filterfalse/compress (reduce only: both fields are the arguments), takewhile,
 * dropwhile, zip_longest and cycle. */
Value itertoolsmod_chain_reduce(Interp *I, Value self, ValView args, Value kwnames);
Value itertoolsmod_chain_setstate(Interp *I, Value self, ValView args, Value kwnames);
extern const MethodDef itertoolsmod_islice_pickle[];
extern const MethodDef itertoolsmod_accumulate_pickle[];
extern const MethodDef itertoolsmod_pair_pickle[];
extern const MethodDef itertoolsmod_takewhile_pickle[];
extern const MethodDef itertoolsmod_dropwhile_pickle[];
extern const MethodDef itertoolsmod_zip_longest_pickle[];
extern const MethodDef itertoolsmod_cycle_pickle[];

/* The combinatoric iterators' specs (itertoolsmod_comb.c). */
extern const TypeSpec itertoolsmod_product_spec;
extern const TypeSpec itertoolsmod_permutations_spec;
extern const TypeSpec itertoolsmod_combinations_spec;
extern const TypeSpec itertoolsmod_cwr_spec;

/* groupby, its _grouper, tee's _tee and _tee_dataobject, and the tee() function
 * (itertoolsmod_group.c). The module registers each type in I->scratch under
 * "_itertools.<name>" (groupby, _grouper, _tee, _tee_dataobject). */
extern const TypeSpec itertoolsmod_groupby_spec;
extern const TypeSpec itertoolsmod_grouper_spec;
extern const TypeSpec itertoolsmod_tee_spec;
extern const TypeSpec itertoolsmod_teedata_spec;
extern const MethodDef itertoolsmod_group_functions[];

#endif
