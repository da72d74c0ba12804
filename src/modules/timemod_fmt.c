/*
 * timemod_fmt.c: strftime's formatting engine, glibc's rules in the C locale.
 *
 * A directive is '%', flags ('_' space padding, '-' none, '0' zeros: the last one wins;
 * '^' upper case; '#' swapped case), a decimal width, an optional E or O modifier and the
 * conversion character. Numbers are padded to max(their usual digits, width) — zeros
 * unless the flag says otherwise (%e %k %l pad with spaces) — names and composite
 * conversions (%c %D %F %r %R %T %x %X) to the width with spaces ('0': zeros). A
 * directive glibc does not accept (unknown character, a modifier the conversion does not
 * take, a flag after the width) is copied through as it stands, padded to the width.
 *
 * Invariant: the output never grows past the cap CPython's buffer loop allows (checked
 * before every append), so a huge width costs no memory; the result is then ''.
 */
#include "timemod_fmt.h"

#include "../kernel/utf8.h"
#include "../objects/exc.h"
#include "../objects/str.h"

typedef struct Out {
    Interp *I;
    Buf b;
    size_t cap;  /* a result of cap bytes or more becomes '' */
    bool over;   /* the cap was reached */
} Out;

typedef struct Spec {
    int pad;       /* 0, '_', '-' or '0' */
    bool up, low;  /* case conversion (low wins) */
    int64_t width; /* -1: none */
} Spec;

static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

static bool kst(Out *o, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(o->I, s, "strftime");
    return false;
}

// Room for [n] more bytes under the cap (else the result is over).
static bool room(Out *o, uint64_t n) {
    if (o->over || n >= o->cap || o->b.len + n >= o->cap) {
        o->over = true;
        return false;
    }
    return true;
}

static bool fill_with(Out *o, int c, uint64_t n) {
    uint8_t one[1] = {(uint8_t)c};
    BView v = {one, 1};
    return kst(o, buf_append_repeat(o->I->heap, &o->b, v, (size_t)n));
}

// Appends [v] padded on the left to the width ('0': zeros, else spaces), case changed.
static bool emit(Out *o, BView v, const Spec *s) {
    uint64_t w = s->width > 0 ? (uint64_t)s->width : 0;
    uint64_t delta = w > v.n ? w - v.n : 0;
    if (!room(o, delta + v.n)) return true;
    if (delta > 0 && !fill_with(o, s->pad == '0' ? '0' : ' ', delta)) return false;
    for (size_t k = 0; k < v.n; k++) {
        int c = bview_get(v, k);
        if (s->low && c >= 'A' && c <= 'Z') c += 'a' - 'A';
        else if (!s->low && s->up && c >= 'a' && c <= 'z') c -= 'a' - 'A';
        if (!kst(o, buf_push(o->I->heap, &o->b, (uint8_t)c))) return false;
    }
    return true;
}

static bool emit_c(Out *o, const char *text, const Spec *s) { return emit(o, bview_cstr(text), s); }

// A number with [d] usual digits: zero-padded (or as the flag says) to max(d, width).
static bool num(Out *o, int64_t v, int d, Spec s) {
    uint8_t digits[24];
    size_t at = sizeof digits;
    bool neg = v < 0;
    uint64_t mag = neg ? 0u - (uint64_t)v : (uint64_t)v;
    do {
        digits[--at] = (uint8_t)('0' + mag % 10);
        mag /= 10;
    } while (mag != 0);
    if (neg) digits[--at] = '-';
    BView text = bview_slice((BView){digits, sizeof digits}, at, sizeof digits);
    int64_t want = d > s.width ? d : s.width;
    if (s.pad != '-') {
        int64_t padding = want - (int64_t)text.n;
        if (padding > 0) {
            if (!room(o, (uint64_t)padding)) return true;
            if (s.pad != '_' && neg) { // zeros go between the sign and the digits
                if (!kst(o, buf_push(o->I->heap, &o->b, '-'))) return false;
                text = bview_slice(text, 1, text.n);
            }
            if (!fill_with(o, s.pad == '_' ? ' ' : '0', (uint64_t)padding)) return false;
            s.width = s.width > padding ? s.width - padding : 0;
        }
    }
    return emit(o, text, &s);
}

// %e %k %l: space padding unless '0' or '-' asks otherwise.
static bool num_spaced(Out *o, int64_t v, Spec s) {
    if (s.pad != '0' && s.pad != '-') s.pad = '_';
    return num(o, v, 2, s);
}

static bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Week number of the year with weeks starting on [first] (0 Sunday, 1 Monday), as %U/%W.
static int64_t week_number(const TimeFields *t, int first) {
    int64_t cwday = (t->wday + 1) % 7; // 0 = Sunday
    int64_t wd = first == 0 ? cwday : (cwday + 6) % 7;
    return (t->yday - 1 + 7 - wd) / 7;
}

// ISO 8601 year and week of [t] (%G, %g, %V).
static void iso_week(const TimeFields *t, int64_t *iy, int64_t *iw) {
    int64_t wd = t->wday + 1; // 1 Monday .. 7 Sunday
    int64_t w = (t->yday - wd + 10) / 7;
    int64_t y = t->year;
    if (w < 1) {
        y--;
        int64_t prev = t->yday + (is_leap(y) ? 366 : 365); // yday counted in the previous year
        w = (prev - wd + 10) / 7;
    } else if (w == 53 && t->yday - wd + 4 > (is_leap(y) ? 366 : 365)) {
        y++; // the Thursday of this week lies in the next year
        w = 1;
    }
    *iy = y;
    *iw = w;
}

static bool format_into(Out *o, BView f, const TimeFields *t, int depth);

// A composite conversion: [sub] formatted plainly, then padded and upper-cased as a whole.
static bool composite(Out *o, const char *sub, const TimeFields *t, const Spec *s, int depth) {
    Out inner = {o->I, {0}, o->cap, false};
    buf_init(&inner.b);
    if (!format_into(&inner, bview_cstr(sub), t, depth + 1)) return false;
    if (inner.over) {
        o->over = true;
        return true;
    }
    Spec ps = {s->pad, s->up, false, s->width};
    return emit(o, buf_view(&inner.b), &ps);
}

static bool in_set(const char *set, int c) {
    BView v = bview_cstr(set);
    return c != 0 && bview_find_byte(v, (uint8_t)c, 0) >= 0;
}

// One conversion [c] with spec [s] ([chg]: the '#' flag). False with an exception;
// *bad when glibc would not accept it.
static bool convert(Out *o, int c, Spec s, bool chg, const TimeFields *t, int depth, bool *bad) {
    const char *day = day_names[((t->wday % 7) + 7) % 7];
    const char *month = month_names[(((t->mon - 1) % 12) + 12) % 12];
    int64_t h12 = t->hour % 12 == 0 ? 12 : t->hour % 12;
    int64_t iy, iw;
    *bad = false;
    switch (c) {
    case 'a':
    case 'A':
    case 'b':
    case 'h':
    case 'B': {
        if (chg) {
            s.up = true;
            s.low = false;
        }
        BView name = bview_cstr(c == 'a' || c == 'A' ? day : month);
        if (c != 'A' && c != 'B') name = bview_slice(name, 0, 3);
        return emit(o, name, &s);
    }
    case 'c': return composite(o, "%a %b %e %H:%M:%S %Y", t, &s, depth);
    case 'D':
    case 'x': return composite(o, "%m/%d/%y", t, &s, depth);
    case 'F': return composite(o, "%Y-%m-%d", t, &s, depth);
    case 'r': return composite(o, "%I:%M:%S %p", t, &s, depth);
    case 'R': return composite(o, "%H:%M", t, &s, depth);
    case 'T':
    case 'X': return composite(o, "%H:%M:%S", t, &s, depth);
    case 'C': {
        int64_t cen = t->year / 100 - (t->year % 100 < 0 ? 1 : 0);
        return num(o, cen, 1, s);
    }
    case 'd': return num(o, t->mday, 2, s);
    case 'e': return num_spaced(o, t->mday, s);
    case 'G': iso_week(t, &iy, &iw); return num(o, iy, 1, s);
    case 'g': iso_week(t, &iy, &iw); return num(o, ((iy % 100) + 100) % 100, 2, s);
    case 'V': iso_week(t, &iy, &iw); return num(o, iw, 2, s);
    case 'H': return num(o, t->hour, 2, s);
    case 'I': return num(o, h12, 2, s);
    case 'j': return num(o, t->yday, 3, s);
    case 'k': return num_spaced(o, t->hour, s);
    case 'l': return num_spaced(o, h12, s);
    case 'm': return num(o, t->mon, 2, s);
    case 'M': return num(o, t->min, 2, s);
    case 'S': return num(o, t->sec, 2, s);
    case 's': return num(o, t->secs, 1, s);
    case 'u': return num(o, t->wday + 1, 1, s);
    case 'w': return num(o, (t->wday + 1) % 7, 1, s);
    case 'U': return num(o, week_number(t, 0), 2, s);
    case 'W': return num(o, week_number(t, 1), 2, s);
    case 'y': return num(o, ((t->year % 100) + 100) % 100, 2, s);
    case 'Y': return num(o, t->year, 1, s);
    case 'n': return emit_c(o, "\n", &s);
    case 't': return emit_c(o, "\t", &s);
    case '%': return emit_c(o, "%", &s);
    case 'p':
    case 'P':
        if (chg || c == 'P') {
            s.low = true;
            s.up = false;
        }
        return emit_c(o, t->hour < 12 ? "AM" : "PM", &s);
    case 'Z':
        if (chg) {
            s.low = true;
            s.up = false;
        }
        return emit(o, t->zone, &s);
    case 'z': {
        if (t->isdst < 0) return true; // glibc prints no offset for an unknown DST state
        // glibc keeps the offset in an int: only its low 32 bits count
        int64_t diff = (int32_t)(uint32_t)(uint64_t)t->gmtoff;
        if (!emit_c(o, diff < 0 ? "-" : "+", &s)) return false;
        uint64_t off = (uint64_t)(diff < 0 ? -diff : diff) / 60;
        return num(o, (int64_t)(off / 60 * 100 + off % 60), 4, s);
    }
    default: *bad = true; return true;
    }
}

static bool format_into(Out *o, BView f, const TimeFields *t, int depth) {
    size_t i = 0;
    while (i < f.n && !o->over) {
        int c = bview_get(f, i);
        if (c != '%') {
            if (room(o, 1) && !kst(o, buf_push(o->I->heap, &o->b, (uint8_t)c))) return false;
            i++;
            continue;
        }
        size_t start = i, j = i + 1;
        Spec s = {0, false, false, -1};
        bool chg = false;
        for (; j < f.n; j++) {
            int g = bview_get(f, j);
            if (g == '_' || g == '-' || g == '0') s.pad = g;
            else if (g == '^') s.up = true;
            else if (g == '#') chg = true;
            else break;
        }
        if (j < f.n && bview_get(f, j) >= '0' && bview_get(f, j) <= '9') {
            s.width = 0;
            for (; j < f.n && bview_get(f, j) >= '0' && bview_get(f, j) <= '9'; j++) {
                int dg = bview_get(f, j) - '0';
                s.width = s.width > (INT32_MAX - dg) / 10 ? INT32_MAX : s.width * 10 + dg;
            }
        }
        int mod = 0;
        if (j < f.n && (bview_get(f, j) == 'E' || bview_get(f, j) == 'O')) mod = bview_get(f, j++);
        bool bad = true;
        size_t end; // the directive is f[start:end]
        if (j >= f.n) {
            end = f.n; // a directive cut short by the end: copied as it is
        } else {
            c = bview_get(f, j);
            end = j + 1;
            bool mod_ok = mod == 0 || (mod == 'E' && in_set("%CPRTXYZcnprstuxyz", c)) ||
                          (mod == 'O' && in_set("%BCGHIMPRSTUVWZbdeghjklmnprstuwyz", c));
            if (mod_ok && c < 0x80 && !convert(o, c, s, chg, t, depth, &bad)) return false;
        }
        if (bad) {
            s.low = false;
            if (!emit(o, bview_slice(f, start, end), &s)) return false;
        }
        i = end;
    }
    return true;
}

Value timemod_format(Interp *I, BView fmt, const TimeFields *t) {
    Out o = {I, {0}, 1024, false};
    buf_init(&o.b);
    // CPython tries buffers of 1024 bytes, doubled until one holds the result or is at
    // least 256 bytes per format byte.
    while (o.cap < (uint64_t)fmt.n * 256) o.cap *= 2;
    if (!format_into(&o, fmt, t, 0)) return VAL_NULL;
    if (o.over) return str_from_cstr(I, "");
    // The result is pieces of the format str and the zone str (lone surrogates of the
    // format included, as CPython's surrogateescape round trip keeps them) and ASCII.
    if (!utf8_is_internal(buf_view(&o.b))) return exc_raise(I, TY_SYSTEM_ERROR, "strftime produced invalid text");
    return str_new(I, buf_view(&o.b));
}
