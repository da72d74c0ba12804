/* Code the lint must accept: checked kernel APIs, kind-checked casts, local arrays,
 * arrays passed by pointer to the whole array or inside a struct. */
#include "objects/list.h"

typedef struct Fields {
    Value v[7];
} Fields;
typedef void *VoidPtr;

Value good_arrays(Value (*v)[7], Fields *f, size_t i, Obj *o);
Value good_arrays(Value (*v)[7], Fields *f, size_t i, Obj *o) {
    VoidPtr p = (VoidPtr)o;
    (void)p;
    return (*v)[i % 7] + f->v[i % 7];
}

Value good(Value v, size_t i);
Value good(Value v, size_t i) {
    ListObject *l = list_cast(v);
    if (l == NULL) return VAL_NULL;
    int table[3] = {1, 2, 3};
    (void)table[i % 3];
    void *p = (void *)l;
    (void)p;
    return vec_get(&l->v, i);
}

// NULL and a literal 0 are the pointers an integer may become.
void *good_null(void);
void *good_null(void) {
    void *p = (void *)0;
    return p != NULL ? p : NULL;
}
