/*
 * timemod_fmt.h: strftime's formatting engine (time.strftime, and through it
 * datetime.strftime), following glibc's rules in the C locale.
 */
#ifndef SAFEPY_MODULES_TIMEMOD_FMT_H
#define SAFEPY_MODULES_TIMEMOD_FMT_H

#include "../objects/interp.h"

/* The broken-down time a format is applied to. */
typedef struct TimeFields {
    int64_t year, mon, mday;  /* mon 1..12 */
    int64_t hour, min, sec;
    int64_t wday;             /* 0 = Monday */
    int64_t yday;             /* 1..366 */
    int64_t isdst;            /* < 0: unknown (no %z, no default %Z) */
    int64_t gmtoff;           /* seconds east of UTC */
    int64_t secs;             /* %s: seconds since the epoch */
    BView zone;               /* %Z */
} TimeFields;

/* [fmt] (UTF-8) formatted as glibc's strftime does: flags _ - 0 ^ #, a field width,
 * the E and O modifiers where glibc accepts them, unknown sequences copied through
 * (padded to the width). As CPython's time.strftime, a result that would not fit in
 * the largest buffer CPython tries (1024 doubled until 256 per format byte) is ''. */
Value timemod_format(Interp *I, BView fmt, const TimeFields *t);

#endif
