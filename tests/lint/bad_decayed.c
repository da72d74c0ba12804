/* Planted violations: a parameter declared as an array is a pointer (its bound is not
 * checked by anyone), and a typedef does not hide a pointer type from the lint. */
#include "objects/list.h"

typedef Value *ValPtr;
typedef ListObject *ListPtr;

Value bad_decayed(Value v[7], const char s[], int m[2][3], ValPtr p, size_t i, Obj *o);
Value bad_decayed(Value v[7], const char s[], int m[2][3], ValPtr p, size_t i, Obj *o) {
    Value a = v[i];          // VIOLATION
    Value b = i[v];          // VIOLATION
    Value c = *(v + 1);      // VIOLATION
    v++;                     // VIOLATION
    char d = s[i];           // VIOLATION
    int e = m[1][2];         // VIOLATION
    Value f = p[i];          // VIOLATION
    ListPtr l = (ListPtr)o;  // VIOLATION
    (void)l;
    return a + b + c + (Value)d + (Value)e + f;
}
