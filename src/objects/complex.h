/*
 * complex.h: Python complex (a pair of IEEE doubles, boxed).
 */
#ifndef SAFEPY_OBJECTS_COMPLEX_H
#define SAFEPY_OBJECTS_COMPLEX_H

#include "interp.h"

typedef struct ComplexObject {
    Obj h;
    double re, im;
} ComplexObject;
OBJ_CAST_FN(complex_cast, ComplexObject, K_COMPLEX)

/* The complex type (TY_COMPLEX). */
extern const TypeSpec complex_spec;

/* A new complex re + im*j. */
Value complex_new(Interp *I, double re, double im);

/* A complex instance of type [t] (complex or a subclass). */
Value complex_new_of_type(Interp *I, Type *t, double re, double im);

/* True when [v] is a complex (or subclass instance). */
bool complex_check(Value v);

/* (ar + ai j) ** (br + bi j) with CPython's rules: ZeroDivisionError "0.0 to a negative or
 * complex power", OverflowError "complex exponentiation". */
Value complex_pow_values(Interp *I, double ar, double ai, double br, double bi);

/* (ar + ai j) / (br + bi j) by CPython's algorithm (_Py_c_quot: scaled by the larger part
 * of the divisor; NaN parts when the divisor has a NaN); false when the divisor is zero. */
bool complex_quot(double ar, double ai, double br, double bi, double *qr, double *qi);

/* repr of a complex with these parts: "(1+2j)", "3j", "(-0-1j)", "(nan+infj)". */
Value complex_repr_parts(Interp *I, double re, double im);

#endif
