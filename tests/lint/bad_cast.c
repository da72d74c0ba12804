/* Planted violations: unchecked casts to object structs or byte pointers. */
#include "objects/list.h"

ListObject *bad_cast(Value v, Obj *o);
ListObject *bad_cast(Value v, Obj *o) {
    ListObject *a = (ListObject *)o;        // VIOLATION
    ListObject *b = (ListObject *)(void *)o; // VIOLATION
    unsigned char *c = (unsigned char *)o;  // VIOLATION
    (void)b;
    (void)c;
    return a;
}

// An integer made into a pointer: arithmetic on the address, then a (void *) cast.
ListObject *bad_forge(Obj *o, Value v);
ListObject *bad_forge(Obj *o, Value v) {
    ListObject *a = (void *)((uintptr_t)o + 16); // VIOLATION
    Obj *b = (void *)v;                          // VIOLATION
    (void)b;
    return a;
}
