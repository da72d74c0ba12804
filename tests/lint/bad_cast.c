/* Planted violations: unchecked casts to object structs or byte pointers. */
#include "objects/list.h"

ListObject *bad_cast(Value v, Obj *o);
ListObject *bad_cast(Value v, Obj *o) {
    ListObject *a = (ListObject *)o;        // VIOLATION
    ListObject *b = (ListObject *)(void *)v; // VIOLATION
    unsigned char *c = (unsigned char *)o;  // VIOLATION
    (void)b;
    (void)c;
    return a;
}
