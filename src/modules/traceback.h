/*
 * traceback.h: printing exceptions the way CPython 3.11's default excepthook does:
 * chained exceptions, "Traceback (most recent call last):", one entry per frame with the
 * source line and ^~~ markers, "[Previous line repeated N more times]", SyntaxError's
 * caret display, and the final "Type: message" line.
 */
#ifndef SAFEPY_MODULES_TRACEBACK_H
#define SAFEPY_MODULES_TRACEBACK_H

#include "../objects/interp.h"
#include "../objects/str.h"

/* Appends the full report of exception [exc] to [sb]. False with an exception pending only
 * on MemoryError; other failures while formatting are reported inline. */
bool traceback_format(Interp *I, Value exc, StrBuilder *sb);

/* The same; with [pymod] the source lines are shown as the traceback module shows them
 * (trailing blanks stripped, markers shifted left by their count, as CPython's). */
bool traceback_format_style(Interp *I, Value exc, StrBuilder *sb, bool pymod);

/* Writes the report of [exc] to the host's stderr (after flushing sys.stdout). */
void traceback_print(Interp *I, Value exc);

/* The exception's class name as the report shows it: "ValueError", "mod.MyError". */
Value traceback_type_name(Interp *I, Value exc);

#endif
