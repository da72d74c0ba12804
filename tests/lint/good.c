/* Code the lint must accept: checked kernel APIs, kind-checked casts, local arrays. */
#include "objects/list.h"

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
