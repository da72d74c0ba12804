/*
 * timemod.c: the time module (CPython 3.11): clocks through the host table (time,
 * monotonic, perf_counter, process_time and their _ns forms), sleep, the calendar
 * conversions gmtime/localtime/mktime (UTC: the host offers no time zone database, so
 * local time is UTC as on a host with TZ unset), asctime/ctime, strftime with the C
 * locale's directives, strptime (delegated to the frozen _strptime module), and the
 * struct_time type.
 *
 * Invariant: calendar arithmetic is done on proleptic Gregorian dates in int64 with
 * floor division, so any time_t-sized timestamp converts without overflow; the
 * struct_time class is created once per interpreter and kept in I->scratch.
 */
#include <math.h>

#include "mathmod.h"
#include "modtab.h"

#include "../enclave/host.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/func.h"
#include "import.h"
#include "iomod.h"
#include "sysmod.h"
#include "timemod_fmt.h"

#define STRUCT_TIME_KEY "time.struct_time"

// A broken-down time with Python's conventions: mon 1-12, wday 0 = Monday, yday 1-366.
typedef struct Tm {
    int64_t year;
    int64_t mon, mday, hour, min, sec, wday, yday, isdst;
    Value zone;     /* str from a struct_time's tm_zone, or VAL_NULL: "UTC" */
    int64_t gmtoff; /* seconds east of UTC (struct_time's tm_gmtoff), else 0 */
} Tm;

static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}


// Days from 1970-01-01 to y-m-d (m 1-12, d any; proleptic Gregorian).
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t mp = (m + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, Tm *t) {
    z += 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    t->mday = doy - (153 * mp + 2) / 5 + 1;
    t->mon = mp < 10 ? mp + 3 : mp - 9;
    t->year = y + (t->mon <= 2);
}

static void tm_from_secs(int64_t secs, Tm *t) {
    t->zone = VAL_NULL;
    t->gmtoff = 0;
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    civil_from_days(days, t);
    t->hour = rem / 3600;
    t->min = rem % 3600 / 60;
    t->sec = rem % 60;
    t->wday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday (3)
    t->yday = days - days_from_civil(t->year, 1, 1) + 1;
    t->isdst = 0;
}

// Seconds since the epoch of [t] (fields normalised like timegm; as glibc's mktime in
// a zone without summer time, a positive isdst reads the time as one hour ahead).
static int64_t tm_to_secs(const Tm *t) {
    int64_t m0 = t->mon - 1;
    int64_t y = t->year + floor_div(m0, 12);
    int64_t m = m0 - floor_div(m0, 12) * 12 + 1;
    int64_t days = days_from_civil(y, m, 1) + t->mday - 1;
    return days * 86400 + t->hour * 3600 + t->min * 60 + t->sec - (t->isdst > 0 ? 3600 : 0);
}

// ---- struct_time ----

static Value struct_time_type(Interp *I) {
    return I->scratch == VAL_NULL ? VAL_NULL : dict_get_cstr(I, I->scratch, STRUCT_TIME_KEY);
}

static Value make_struct_time(Interp *I, const Tm *t, const char *zone) {
    Value items[9];
    int64_t f[9] = {t->year, t->mon, t->mday, t->hour, t->min, t->sec, t->wday, t->yday, t->isdst};
    for (int i = 0; i < 9; i++) {
        items[i] = int_from_i64(I, f[i]);
        if (items[i] == VAL_NULL) return VAL_NULL;
    }
    Value tup = tuple_from_view(I, vview_make(items, 9));
    Value type = struct_time_type(I);
    if (tup == VAL_NULL || type == VAL_NULL) return VAL_NULL;
    Value r = obj_call1(I, type, tup);
    if (r == VAL_NULL) return VAL_NULL;
    Value z = str_from_cstr(I, zone);
    if (z == VAL_NULL || obj_setattr_cstr(I, r, "tm_zone", z) < 0 ||
        obj_setattr_cstr(I, r, "tm_gmtoff", int_from_i64(I, 0)) < 0)
        return VAL_NULL;
    return r;
}

// struct_time(seq): checks the sequence length as CPython does.
static Value st_new(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    Value cls, seq, dict;
    if (!args_parse(I, args, kw, "struct_time", "cls sequence | dict", &cls, &seq, &dict))
        return VAL_NULL;
    Value t = obj_to_tuple(I, seq);
    if (t == VAL_NULL) {
        if (!exc_pending_is(I, TY_TYPE_ERROR)) return VAL_NULL;
        exc_clear(I);
        return exc_raise(I, TY_TYPE_ERROR, "constructor requires a sequence");
    }
    size_t n = tuple_len(t);
    if (n < 9)
        return exc_raise(I, TY_TYPE_ERROR,
                         "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
    if (n > 11)
        return exc_raise(I, TY_TYPE_ERROR,
                         "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
    Value tnew = obj_getattr_cstr(I, obj_val(interp_type(I, TY_TUPLE)), "__new__");
    if (tnew == VAL_NULL) return VAL_NULL;
    Value first = tuple_get_slice(I, t, 0, 9);
    if (first == VAL_NULL) return VAL_NULL;
    Value r = obj_call2(I, tnew, cls, first);
    if (r == VAL_NULL) return VAL_NULL;
    Value zone = n > 9 ? tuple_get(t, 9) : I->none;
    Value off = n > 10 ? tuple_get(t, 10) : I->none;
    if (obj_setattr_cstr(I, r, "tm_zone", zone) < 0 ||
        obj_setattr_cstr(I, r, "tm_gmtoff", off) < 0)
        return VAL_NULL;
    return r;
}

static bool init_struct_time(Interp *I, Value m) {
    Value zeros[9];
    for (int i = 0; i < 9; i++) zeros[i] = int_from_i64(I, 0);
    Value sample = sysmod_structseq(I, "time", "struct_time",
                                    "tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday "
                                    "tm_yday tm_isdst",
                                    vview_make(zeros, 9));
    if (sample == VAL_NULL) return false;
    Value type = obj_val(type_of(I, sample));
    Value newf = cfunc_new(I, "__new__", st_new, VAL_NULL);
    if (newf == VAL_NULL) return false;
    Value sm = obj_call1(I, obj_val(interp_type(I, TY_STATICMETHOD)), newf);
    if (sm == VAL_NULL || obj_setattr_cstr(I, type, "__new__", sm) < 0) return false;
    if (obj_setattr_cstr(I, type, "n_fields", int_from_i64(I, 11)) < 0) return false;
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return false;
    }
    return dict_set_cstr(I, I->scratch, STRUCT_TIME_KEY, type) &&
           module_add_value(I, m, "struct_time", type);
}

// A time tuple argument of function [fname] as a Tm (CPython's gettmarg).
static bool get_tm(Interp *I, Value v, const char *fname, Tm *t) {
    if (!tuple_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "Tuple or struct_time argument required");
        return false;
    }
    if (tuple_len(v) != 9) {
        exc_raise(I, TY_TYPE_ERROR, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t f[9];
    for (size_t i = 0; i < 9; i++) {
        Value x = tuple_get(v, i);
        if (float_check(x)) {
            exc_raise(I, TY_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
            return false;
        }
        Value xi = obj_index(I, x);
        if (xi == VAL_NULL) return false;
        if (int_bit_length(I, xi) > 63 || !int_to_i64(I, xi, &f[i])) {
            exc_clear(I);
            exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C long");
            return false;
        }
        if (f[i] > INT32_MAX || f[i] < INT32_MIN) {
            exc_raise(I, TY_OVERFLOW_ERROR, "signed integer is %s", f[i] > 0 ? "greater than maximum"
                                                                          : "less than minimum");
            return false;
        }
    }
    // CPython stores year - 1900 in a C int.
    if (f[0] < (int64_t)INT32_MIN + 1900) {
        exc_raise(I, TY_OVERFLOW_ERROR, "year out of range");
        return false;
    }
    t->year = f[0];
    t->mon = f[1];
    t->mday = f[2];
    t->hour = f[3];
    t->min = f[4];
    t->sec = f[5];
    // As C's tm_wday (0 = Sunday) with C's remainder, then back to Python's (0 = Monday);
    // -1 when negative, which check_tm rejects as CPython does.
    t->wday = (f[6] + 1) % 7;
    t->wday = t->wday < 0 ? -1 : (t->wday + 6) % 7;
    t->yday = f[7];
    t->isdst = f[8];
    t->zone = VAL_NULL;
    t->gmtoff = 0;
    // A struct_time carries its zone name and offset (used by %Z and %z).
    if (obj_val(type_of(I, v)) == struct_time_type(I)) {
        Value z = obj_lookup_attr(I, v, str_intern_cstr(I, "tm_zone"));
        if (z == VAL_NULL && I->exc != VAL_NULL) return false;
        if (z != VAL_NULL && str_check(z)) t->zone = z;
        Value off = obj_lookup_attr(I, v, str_intern_cstr(I, "tm_gmtoff"));
        if (off == VAL_NULL && I->exc != VAL_NULL) return false;
        if (off != VAL_NULL && off != I->none && !obj_index_i64(I, off, &t->gmtoff)) return false;
    }
    return true;
}

// CPython's checktm with its normalisations (month/day/yday 0 become 1).
static bool check_tm(Interp *I, Tm *t) {
    if (t->mon == 0) t->mon = 1;
    if (t->mday == 0) t->mday = 1;
    if (t->yday == 0) t->yday = 1;
    const char *err = NULL;
    if (t->mon < 1 || t->mon > 12) err = "month out of range";
    else if (t->mday < 1 || t->mday > 31) err = "day of month out of range";
    else if (t->hour < 0 || t->hour > 23) err = "hour out of range";
    else if (t->min < 0 || t->min > 59) err = "minute out of range";
    else if (t->sec < 0 || t->sec > 61) err = "seconds out of range";
    else if (t->wday < 0) err = "day of week out of range";
    else if (t->yday < 1 || t->yday > 366) err = "day of year out of range";
    if (err != NULL) {
        exc_raise(I, TY_VALUE_ERROR, "%s", err);
        return false;
    }
    return true;
}

// PyArg_ParseTuple-style count check: "f() takes at most 1 argument (2 given)".
static bool tuple_count(Interp *I, ValView args, Value kw, const char *fname, size_t min,
                        size_t max) {
    if (!args_no_kw(I, kw, fname)) return false;
    if (args.n >= min && args.n <= max) return true;
    if (max == 0)
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
    else if (min == max)
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly %zu argument%s (%zu given)", fname, min,
                  min == 1 ? "" : "s", args.n);
    else if (args.n < min)
        exc_raise(I, TY_TYPE_ERROR, "%s() takes at least %zu argument%s (%zu given)", fname, min,
                  min == 1 ? "" : "s", args.n);
    else
        exc_raise(I, TY_TYPE_ERROR, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                  max == 1 ? "" : "s", args.n);
    return false;
}

// ---- clocks ----

// A host that refuses the clock (the enclave without the clock capability) answers
// -HOST_EACCES: a PermissionError, never a made-up time.
static Value clock_denied(Interp *I, const char *fname) {
    return exc_raise(I, TY_PERMISSION_ERROR, "%s(): clock access denied by the host", fname);
}

static Value clock_float(Interp *I, ValView args, Value kw, const char *fname, int which) {
    if (!tuple_count(I, args, kw, fname, 0, 0)) return VAL_NULL;
    const Host *h = I->host;
    if (h->clock_ns != NULL) {
        int64_t ns = h->clock_ns(h->ctx, which);
        if (ns >= 0) return float_new(I, (double)ns * 1e-9);
        if (ns == -HOST_EACCES) return clock_denied(I, fname);
    }
    return float_new(I, h->clock(h->ctx, which));
}

static Value clock_int(Interp *I, ValView args, Value kw, const char *fname, int which) {
    if (!tuple_count(I, args, kw, fname, 0, 0)) return VAL_NULL;
    const Host *h = I->host;
    if (h->clock_ns != NULL) {
        int64_t ns = h->clock_ns(h->ctx, which);
        if (ns >= 0) return int_from_i64(I, ns);
        if (ns == -HOST_EACCES) return clock_denied(I, fname);
    }
    return int_from_i64(I, (int64_t)(h->clock(h->ctx, which) * 1e9));
}

#define CLOCK_FNS(name, which)                                                            \
    static Value t_##name(Interp *I, Value self, ValView args, Value kw) {                \
        (void)self;                                                                       \
        return clock_float(I, args, kw, "time." #name, which);                                    \
    }                                                                                     \
    static Value t_##name##_ns(Interp *I, Value self, ValView args, Value kw) {           \
        (void)self;                                                                       \
        return clock_int(I, args, kw, "time." #name "_ns", which);                                \
    }
CLOCK_FNS(time, 0)
CLOCK_FNS(monotonic, 1)
CLOCK_FNS(perf_counter, 1)
CLOCK_FNS(process_time, 2)
CLOCK_FNS(thread_time, 2)

static Value t_sleep(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "time.sleep")) return VAL_NULL;
    Value v = vview_get(args, 0);
    // As CPython: the length must fit a signed 64-bit count of nanoseconds.
    double ns;
    if (float_check(v)) {
        double secs = float_value(v);
        if (isnan(secs)) return exc_raise(I, TY_VALUE_ERROR, "Invalid value NaN (not a number)");
        ns = secs * 1e9;
    } else {
        Value iv = obj_index(I, v);
        if (iv == VAL_NULL) return VAL_NULL;
        int64_t secs = 0;
        if (int_bit_length(I, iv) > 34 || !int_to_i64(I, iv, &secs)) {
            exc_clear(I);
            ns = INFINITY;
        } else {
            ns = (double)secs * 1e9;
        }
    }
    if (!(ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18))
        return exc_raise(I, TY_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
    if (ns < 0) return exc_raise(I, TY_VALUE_ERROR, "sleep length must be non-negative");
    const Host *h = I->host;
    if (h->sleep == NULL) return exc_raise(I, TY_OS_ERROR, "sleep is not available");
    int r = h->sleep(h->ctx, (int64_t)ceil(ns));
    if (r < 0) return exc_raise(I, TY_OS_ERROR, "sleep failed");
    return I->none;
}

// ---- conversions ----

// The seconds glibc's gmtime takes: tm_year (the year - 1900) must fit a C int.
#define SECS_MAX 67768036191676799LL
#define SECS_MIN (-67768040609740800LL)

// A time_t past those years: glibc's EOVERFLOW, which CPython raises as OSError.
static bool secs_overflow(Interp *I) {
    (void)iomod_raise_errno(I, 75 /* EOVERFLOW */, VAL_NULL);
    return false;
}

// The seconds argument of gmtime/localtime/ctime (None or absent: now), floored.
static bool get_secs(Interp *I, Value v, int64_t *out) {
    if (v == VAL_NULL || v == I->none) {
        const Host *h = I->host;
        double now = h->clock(h->ctx, 0);
        if (h->clock_ns != NULL) {
            int64_t ns = h->clock_ns(h->ctx, 0);
            if (ns >= 0) {
                *out = ns / 1000000000;
                return true;
            }
            if (ns == -HOST_EACCES) {
                exc_raise(I, TY_PERMISSION_ERROR, "clock access denied by the host");
                return false;
            }
        }
        *out = (int64_t)floor(now);
        return true;
    }
    if (float_check(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            exc_raise(I, TY_VALUE_ERROR, "Invalid value NaN (not a number)");
            return false;
        }
        d = floor(d);
        // time_t's range, bounds included as CPython's check does (2**63 passes it, then
        // fails as a year past the platform's)
        if (!(d >= -9.223372036854775808e18 && d <= 9.223372036854775808e18)) {
            exc_raise(I, TY_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
            return false;
        }
        if (d > (double)SECS_MAX || d < (double)SECS_MIN) return secs_overflow(I);
        *out = (int64_t)d;
    } else {
        Value iv = obj_index(I, v);
        if (iv == VAL_NULL) return false;
        if (!int_to_i64(I, iv, out)) {
            exc_clear(I);
            exc_raise(I, TY_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
            return false;
        }
    }
    if (*out > SECS_MAX || *out < SECS_MIN) return secs_overflow(I);
    return true;
}

static Value to_struct(Interp *I, ValView args, Value kw, const char *fname, const char *zone) {
    if (!tuple_count(I, args, kw, fname, 0, 1)) return VAL_NULL;
    int64_t secs;
    if (!get_secs(I, vview_get(args, 0), &secs)) return VAL_NULL;
    Tm t;
    tm_from_secs(secs, &t);
    return make_struct_time(I, &t, zone);
}

static Value t_gmtime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return to_struct(I, args, kw, "gmtime", "GMT");
}

static Value t_localtime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return to_struct(I, args, kw, "localtime", "UTC");
}

static Value t_mktime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "time.mktime")) return VAL_NULL;
    Tm t;
    if (!get_tm(I, vview_get(args, 0), "mktime", &t)) return VAL_NULL;
    return float_new(I, (double)tm_to_secs(&t));
}

// The time tuple argument [v] of asctime/strftime (absent: localtime now), checked.
static bool tm_arg(Interp *I, Value v, const char *fname, Tm *t) {
    if (v == VAL_NULL) {
        int64_t secs;
        if (!get_secs(I, VAL_NULL, &secs)) return false;
        tm_from_secs(secs, t);
        return true;
    }
    return get_tm(I, v, fname, t) && check_tm(I, t);
}

static bool add_asctime(Interp *I, StrBuilder *sb, const Tm *t) {
    BView day = bview_slice(bview_cstr(day_names[t->wday % 7]), 0, 3);
    BView mon = bview_slice(bview_cstr(month_names[(t->mon - 1) % 12]), 0, 3);
    return sb_add_view(I, sb, day) && sb_add_cstr(I, sb, " ") && sb_add_view(I, sb, mon) &&
           sb_add_format(I, sb, " %s%d %02d:%02d:%02d %lld", t->mday < 10 ? " " : "", (int)t->mday, (int)t->hour, (int)t->min,
                         (int)t->sec, (long long)t->year);
}

static Value t_asctime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_count(I, args, kw, "asctime", 0, 1)) return VAL_NULL;
    Tm t;
    if (!tm_arg(I, vview_get(args, 0), "asctime", &t)) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (!add_asctime(I, &sb, &t)) return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value t_ctime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!tuple_count(I, args, kw, "ctime", 0, 1)) return VAL_NULL;
    int64_t secs;
    if (!get_secs(I, vview_get(args, 0), &secs)) return VAL_NULL;
    Tm t;
    tm_from_secs(secs, &t);
    StrBuilder sb;
    sb_init(&sb);
    if (!add_asctime(I, &sb, &t)) return VAL_NULL;
    return sb_finish(I, &sb);
}

// ---- strftime (the engine is timemod_fmt.c) ----

static Value t_strftime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!tuple_count(I, args, kw, "strftime", 1, 2)) return VAL_NULL;
    Value fmt = vview_get(args, 0);
    if (!str_check(fmt))
        return exc_raise(I, TY_TYPE_ERROR, "strftime() argument 1 must be str, not %T", fmt);
    Tm t;
    if (!tm_arg(I, vview_get(args, 1), "strftime", &t)) return VAL_NULL;
    BView f = str_view(fmt);
    if (bview_find_byte(f, 0, 0) >= 0) return exc_raise(I, TY_VALUE_ERROR, "embedded null character");
    TimeFields tf = {t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst,
                     t.gmtoff, tm_to_secs(&t), bview_cstr("")};
    if (t.zone != VAL_NULL) tf.zone = str_view(t.zone);
    else if (t.isdst >= 0) tf.zone = bview_cstr("UTC");
    return timemod_format(I, f, &tf);
}

static Value t_strptime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_count(I, args, kw, "strptime", 1, 2)) return VAL_NULL;
    Value mod = import_module_cstr(I, "_strptime");
    if (mod == VAL_NULL) return VAL_NULL;
    Value f = obj_getattr_cstr(I, mod, "_strptime_time");
    if (f == VAL_NULL) return VAL_NULL;
    return obj_call(I, f, args, VAL_NULL);
}

// ---- clock_gettime & co ----

// Host clock for a CLOCK_* id (0 wall, 1 monotonic, 2 CPU time); -1 for unknown ids.
static int host_clock_of(int64_t id) {
    switch (id) {
    case 0:  // CLOCK_REALTIME
    case 11: // CLOCK_TAI
        return 0;
    case 1: // CLOCK_MONOTONIC
    case 4: // CLOCK_MONOTONIC_RAW
    case 7: // CLOCK_BOOTTIME
        return 1;
    case 2: // CLOCK_PROCESS_CPUTIME_ID
    case 3: // CLOCK_THREAD_CPUTIME_ID
        return 2;
    default:
        return -1;
    }
}

static bool clock_id_arg(Interp *I, ValView args, Value kw, const char *fname, int *which) {
    if (!tuple_count(I, args, kw, fname, 1, 1)) return false;
    int64_t id;
    if (!obj_index_i64(I, vview_get(args, 0), &id)) return false;
    *which = host_clock_of(id);
    if (*which < 0) {
        exc_raise(I, TY_OS_ERROR, "[Errno 22] Invalid argument");
        return false;
    }
    return true;
}

static Value t_clock_gettime(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    int which;
    if (!clock_id_arg(I, args, kw, "clock_gettime", &which)) return VAL_NULL;
    return clock_float(I, vview_make(NULL, 0), VAL_NULL, "time.clock_gettime", which);
}

static Value t_clock_gettime_ns(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    int which;
    if (!clock_id_arg(I, args, kw, "clock_gettime_ns", &which)) return VAL_NULL;
    return clock_int(I, vview_make(NULL, 0), VAL_NULL, "time.clock_gettime_ns", which);
}

static Value t_clock_getres(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    int which;
    if (!clock_id_arg(I, args, kw, "clock_getres", &which)) return VAL_NULL;
    return float_new(I, 1e-09);
}

static Value t_tzset(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!tuple_count(I, args, kw, "time.tzset", 0, 0)) return VAL_NULL;
    return I->none;
}

typedef struct ClockInfo {
    const char *name, *impl;
    bool monotonic, adjustable;
} ClockInfo;

static const ClockInfo clock_infos[] = {
    {"time", "clock_gettime(CLOCK_REALTIME)", false, true},
    {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
    {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
};

static Value t_get_clock_info(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "time.get_clock_info")) return VAL_NULL;
    Value name = vview_get(args, 0);
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "get_clock_info() argument 1 must be str, not %T",
                         name);
    for (size_t i = 0; i < sizeof clock_infos / sizeof clock_infos[0]; i++) {
        const ClockInfo *ci = &clock_infos[i];
        if (!str_eq_cstr(name, ci->name)) continue;
        // A SimpleNamespace (the type of sys.implementation), filled in CPython's order.
        Value impl = obj_getattr_cstr(I, I->sys, "implementation");
        if (impl == VAL_NULL) return VAL_NULL;
        Value ns = obj_call0(I, obj_val(type_of(I, impl)));
        Value text = ns == VAL_NULL ? VAL_NULL : str_from_cstr(I, ci->impl);
        Value res = text == VAL_NULL ? VAL_NULL : float_new(I, 1e-09);
        if (res == VAL_NULL || obj_setattr_cstr(I, ns, "implementation", text) < 0 ||
            obj_setattr_cstr(I, ns, "monotonic", interp_bool(I, ci->monotonic)) < 0 ||
            obj_setattr_cstr(I, ns, "adjustable", interp_bool(I, ci->adjustable)) < 0 ||
            obj_setattr_cstr(I, ns, "resolution", res) < 0)
            return VAL_NULL;
        return ns;
    }
    return exc_raise(I, TY_VALUE_ERROR, "unknown clock");
}

static const MethodDef time_methods[] = {
    {"clock_gettime", t_clock_gettime, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, NULL},
    {"clock_getres", t_clock_getres, 0, NULL},
    {"get_clock_info", t_get_clock_info, 0, NULL},
    {"tzset", t_tzset, 0, NULL},
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"sleep", t_sleep, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"localtime", t_localtime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {"strftime", t_strftime, 0, NULL},
    {"strptime", t_strptime, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool timemod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, time_methods) || !init_struct_time(I, m)) return false;
    Value utc = str_from_cstr(I, "UTC");
    Value names = utc == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, utc, utc);
    return names != VAL_NULL && module_add_value(I, m, "tzname", names) &&
           module_add_int(I, m, "timezone", 0) && module_add_int(I, m, "altzone", 0) &&
           module_add_int(I, m, "daylight", 0) && module_add_int(I, m, "_STRUCT_TM_ITEMS", 11) &&
           module_add_int(I, m, "CLOCK_REALTIME", 0) && module_add_int(I, m, "CLOCK_MONOTONIC", 1) &&
           module_add_int(I, m, "CLOCK_PROCESS_CPUTIME_ID", 2) &&
           module_add_int(I, m, "CLOCK_THREAD_CPUTIME_ID", 3) &&
           module_add_int(I, m, "CLOCK_MONOTONIC_RAW", 4) &&
           module_add_int(I, m, "CLOCK_BOOTTIME", 7) && module_add_int(I, m, "CLOCK_TAI", 11);
}
