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

/* __iter__ of every iterator: itself. */
Value itertoolsmod_self(Interp *I, Value self);

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
