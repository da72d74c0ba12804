/*
 * fmtspec.h: the format-specification mini-language shared by int, float, complex and str
 * __format__ (and by f-strings / str.format through them).
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Parsing follows CPython 3.11's parse_internal_render_format_spec exactly, including its
 * error messages, its "0" rule (a '0' before the width means fill '0' when no fill was
 * given, and '=' alignment when no alignment was given and the type aligns right by
 * default) and its check of ',' / '_' against the presentation type.
 *
 * Invariant of a parsed FormatSpec: fill is a valid code point; width and precision are
 * -1 or in [0, INT64_MAX]; align, sign and grouping hold one of the listed characters or 0.
 */
#ifndef SAFEPY_OBJECTS_FMTSPEC_H
#define SAFEPY_OBJECTS_FMTSPEC_H

#include "str.h"

typedef struct FormatSpec {
    uint32_t fill;      /* fill code point: ' ' by default, '0' with the 0 flag */
    char align;         /* '<', '>', '^', '=' or 0 (none given and no default) */
    char sign;          /* '+', '-', ' ' or 0 (none given) */
    bool no_neg_zero;   /* 'z' (3.11): coerce negative zero to zero (floats only) */
    bool alt;           /* '#' */
    bool zero;          /* '0' flag given before the width */
    bool fill_given;    /* an explicit fill character preceded the align character */
    bool align_given;   /* an align character was present in the spec */
    bool type_given;    /* the spec ended with a presentation type */
    int64_t width;      /* -1: none */
    char grouping;      /* ',', '_' or 0 */
    int64_t precision;  /* -1: none */
    uint32_t type;      /* presentation type code point, or the default type when none */
} FormatSpec;

/* Parses str [spec_str] the way str.__format__ does (default type 's', default alignment
 * '<', type name "str" in messages) into [out]. Raises ValueError with CPython's messages:
 * "Invalid format specifier '%s' for object of type 'str'", "Format specifier missing
 * precision", "Too many decimal digits in format string", "Cannot specify both ',' and
 * '_'.", "Cannot specify ',' with 's'.". The checks particular to strings ("Sign not
 * allowed in string format specifier", ...) are done by fmtspec_check_str. */
bool fmtspec_parse(Interp *I, Value spec_str, FormatSpec *out) __attribute__((warn_unused_result));

/* The general parser: [type_name] is the type named in "Invalid format specifier ... for
 * object of type '%s'", [default_type] the presentation type assumed when the spec has
 * none ('s' for str, 'd' for int, 0 for float and complex), [default_align] the alignment
 * when none is given ('<' for str, '>' for numbers). After success, out->align is the
 * resolved alignment (never 0 unless default_align is 0) and out->fill the resolved fill. */
bool fmtspec_parse_as(Interp *I, Value spec_str, const char *type_name, uint32_t default_type,
                      char default_align, FormatSpec *out) __attribute__((warn_unused_result));

/* Raises the ValueErrors CPython raises when a spec for a str has a sign ("Sign not allowed
 * in string format specifier" / "Space not allowed ..."), 'z', '#' or '=' alignment, or an
 * unknown type ("Unknown format code 'x' for object of type 'str'"). [type_name] names
 * the type in the last message. */
bool fmtspec_check_str(Interp *I, const FormatSpec *fs, const char *type_name)
    __attribute__((warn_unused_result));

/* Raises ValueError "Unknown format code 'q' for object of type '[type_name]'" (with
 * '\x%x' for codes outside printable ASCII, as CPython). Always returns false. */
bool fmtspec_unknown_code(Interp *I, uint32_t code, const char *type_name);

/* Appends [body] (UTF-8, [body_chars] code points) to [sb], padded with fs->fill up to
 * fs->width code points. Alignment is fs->align, or [default_align] when fs->align is 0;
 * '=' pads on the left (use fmtspec_pad_split for sign-aware padding). MemoryError (or
 * OverflowError for impossible sizes) when the result cannot be built. */
bool fmtspec_pad(Interp *I, StrBuilder *sb, BView body, size_t body_chars, const FormatSpec *fs,
                 char default_align) __attribute__((warn_unused_result));

/* Like fmtspec_pad for numbers: [prefix] (sign and base prefix such as "-0x",
 * [prefix_chars] code points) then [body]; with '=' alignment the fill goes between them. */
bool fmtspec_pad_split(Interp *I, StrBuilder *sb, BView prefix, size_t prefix_chars, BView body,
                       size_t body_chars, const FormatSpec *fs, char default_align)
    __attribute__((warn_unused_result));

/* Appends [count] copies of code point [cp] to [sb]. */
bool fmtspec_fill(Interp *I, StrBuilder *sb, uint32_t cp, size_t count)
    __attribute__((warn_unused_result));

/* Appends ASCII digits [digits] to [sb] grouped from the right by [group] with separator
 * [sep] (0: no grouping), preceded by as many '0' digits as it takes for the appended
 * text to reach [min_width] characters (never starting with a separator: CPython's zero
 * padding of "010," and "#012_x"). Stores the number of characters appended in
 * *nchars. */
bool fmtspec_group_digits(Interp *I, StrBuilder *sb, BView digits, char sep, int group,
                          size_t min_width, size_t *nchars) __attribute__((warn_unused_result));

/* Number of code points in UTF-8 text [v] (counts bytes that do not continue a sequence). */
size_t fmtspec_nchars(BView v);

#endif
