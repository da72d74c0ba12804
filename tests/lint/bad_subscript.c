/* Planted violations: the lint must report each line marked VIOLATION. */
#include "objects/object.h"

int bad_subscript(const Value *items, size_t i);
int bad_subscript(const Value *items, size_t i) {
    Value v = items[i]; // VIOLATION
    return (int)v;
}
