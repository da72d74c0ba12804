/*
 * unicode.h: Unicode character properties and case mappings for str methods (isalpha,
 * upper, casefold, split on whitespace, isidentifier, ...), for every code point of all
 * planes, generated from CPython 3.11 (tools/gen_unicode.py -> unicode_db.c).
 *
 * Case mappings are the full ones str methods use: a code point may map to up to
 * UNICODE_MAX_MAP code points ('ß'.upper() == 'SS'). Final-sigma handling in lower() is
 * context-dependent and done by the caller with unicode_is_cased/_case_ignorable.
 *
 * Invariant: every function accepts any uint32_t (values above U+10FFFF have no
 * properties and map to themselves) and reads the tables only at checked indices.
 */
#ifndef SAFEPY_KERNEL_UNICODE_H
#define SAFEPY_KERNEL_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UNICODE_MAX_MAP 3

/* str.isalpha() of the one-character string chr(cp); likewise below. */
/*@ assigns \nothing; */
bool unicode_is_alpha(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_decimal(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_digit(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_numeric(uint32_t cp);
/* isalpha or isdecimal or isdigit or isnumeric (str.isalnum per character). */
/*@ assigns \nothing; */
bool unicode_is_alnum(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_space(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_printable(uint32_t cp);

/* Unicode's Uppercase / Lowercase properties and general category Lt (the ISUPPER,
 * ISLOWER, ISTITLE of CPython's str.isupper/islower/istitle). */
/*@ assigns \nothing; */
bool unicode_is_upper(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_lower(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_title(uint32_t cp);

/* Unicode's Cased and Case_Ignorable properties (title() and the final sigma rule). */
/*@ assigns \nothing; */
bool unicode_is_cased(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_case_ignorable(uint32_t cp);

/* XID_Start (plus '_') and XID_Continue: str.isidentifier(). */
/*@ assigns \nothing; */
bool unicode_is_xid_start(uint32_t cp);
/*@ assigns \nothing; */
bool unicode_is_xid_continue(uint32_t cp);

/* Line boundaries of str.splitlines(): \n \v \f \r \x1c \x1d \x1e \x85 U+2028 U+2029. */
/*@ assigns \nothing; */
bool unicode_is_linebreak(uint32_t cp);

/*@ assigns \nothing;
    ensures -1 <= \result <= 9; */
/* Decimal value 0..9 of a decimal character (int() digits), -1 for others. */
int unicode_decimal_value(uint32_t cp);

/*@ assigns \nothing;
    ensures -1 <= \result <= 9; */
/* Digit value 0..9 of a digit character ('²' is 2), -1 for others. */
int unicode_digit_value(uint32_t cp);

/*@ requires \valid(out + (0 .. 2));
    assigns out[0 .. 2];
    ensures 1 <= \result <= 3; */
/* Full case mappings of [cp] into out[0..2]; the result is the number of code points
 * (1..3). Code points without a mapping map to themselves. */
size_t unicode_to_upper(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]);
size_t unicode_to_lower(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]);
size_t unicode_to_title(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]);
size_t unicode_to_casefold(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]);

#endif
