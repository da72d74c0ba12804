/*
 * float.h: Python float (IEEE double, boxed).
 */
#ifndef SAFEPY_OBJECTS_FLOAT_H
#define SAFEPY_OBJECTS_FLOAT_H

#include "interp.h"
#include "str.h"

typedef struct FloatObject {
    Obj h;
    double v;
} FloatObject;
OBJ_CAST_FN(float_cast, FloatObject, K_FLOAT)

Value float_new(Interp *I, double d);
bool float_check(Value v);
/* The double of a float Value (0.0 if not a float). */
double float_value(Value v);
/* Parses float() text ("1.5", " inf ", "1_000.5"); ValueError "could not convert string to
 * float: %R" on bad input. */
Value float_from_text(Interp *I, BView text);

/* The double C text [text] spells as CPython's PyOS_string_to_double reads it (marshal's
 * text floats): up to the first NUL byte, [+-]digits[.digits][(e|E)[+-]digits] or
 * inf/infinity/nan in any case, nothing else (no spaces, underscores or non-ASCII
 * digits). False with ValueError ("could not convert string to float: '...'"). */
bool float_parse_c_text(Interp *I, BView text, double *out);
/* repr(float): shortest text that round-trips. */
Value float_repr(Interp *I, double d);
/* Appends repr(d) to [sb] (no str made when it is in fixed notation). */
bool float_repr_into(Interp *I, StrBuilder *sb, double d);
/* Hash as CPython computes it for floats (equal to int hash for integral values). */
int64_t float_hash(double d);
/* Converts any real number (int, float, __float__, __index__) to double; TypeError else. */
bool float_as_double(Interp *I, Value v, double *out);

/* The float type (TY_FLOAT). */
extern const TypeSpec float_spec;

/* divmod(a, b) when either is a float and both are real numbers (float or int): the tuple
 * (a // b, a % b); NotImplemented otherwise. ZeroDivisionError "float divmod()". */
Value float_divmod(Interp *I, Value a, Value b);

/* A float instance of type [t] (float or a subclass) holding [d]. */
Value float_new_of_type(Interp *I, Type *t, double d);

#endif
