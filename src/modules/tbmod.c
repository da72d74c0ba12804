/*
 * tbmod.c: _traceback, the C half of the traceback module (lib/traceback.py). It exposes
 * the core's report formatter (traceback.c) and the running Python stack:
 *   format(exc[, pymod])      the full report CPython's excepthook prints, as a str
 *                             (pymod: source lines as the traceback module shows them);
 *   stack_tb(skip)            a traceback chain (outermost first) for the current stack
 *                             minus the [skip] innermost frames, or None;
 *   single(tb)                a copy of one traceback entry with no tb_next;
 *   tb_info(tb)               (filename, lineno, name, lasti, globals) of one entry;
 *   frame_info(depth)         (filename, lineno, globals, name) of a running frame.
 * Per-entry text with CPython's ^~~ markers is made by formatting a bare exception that
 * carries a one-entry traceback (traceback.py strips the header and the last line).
 *
 * Invariant: the traceback objects made here are ordinary K_TRACEBACK objects, filled
 * completely before anyone sees them.
 */
#include "modtab.h"
#include "traceback.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/code.h"
#include "../vm/frame.h"

static Value tb_format(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "format", 1, 2)) return VAL_NULL;
    Value exc = vview_get(args, 0);
    int pymod = args.n > 1 ? obj_truth(I, vview_get(args, 1)) : 0;
    if (pymod < 0) return VAL_NULL;
    if (!exc_is_instance(I, exc))
        return exc_raise(I, TY_TYPE_ERROR, "format() argument must be an exception, not %T", exc);
    StrBuilder sb;
    sb_init(&sb);
    if (!traceback_format_style(I, exc, &sb, pymod != 0)) return VAL_NULL;
    return sb_finish(I, &sb);
}

static TracebackObject *new_tb(Interp *I, Value next, Value code, Value globals, int lasti, int lineno) {
    TracebackObject *tb = obj_alloc_kind(I, interp_type(I, TY_TRACEBACK), K_TRACEBACK, sizeof(TracebackObject));
    if (tb == NULL) return NULL;
    tb->next = next;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti;
    tb->lineno = lineno;
    return tb;
}

static Value tb_stack_tb(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value skipv;
    if (!args_parse(I, args, kwnames, "stack_tb", "| skip", &skipv)) return VAL_NULL;
    int64_t skip = 0;
    if (skipv != VAL_NULL && !obj_index_i64(I, skipv, &skip)) return VAL_NULL;
    Value chain = VAL_NULL;  // built innermost first, so the head ends up outermost
    Frame *f = I->vm != NULL ? I->vm->current : NULL;
    for (; f != NULL; f = f->back) {
        if (f->co == NULL) continue;
        if (skip > 0) {
            skip--;
            continue;
        }
        int lasti = f->pc > 0 ? (int)f->pc - 1 : 0;
        TracebackObject *tb = new_tb(I, chain, obj_val(f->co), f->globals, lasti, frame_line(f));
        if (tb == NULL) return VAL_NULL;
        chain = obj_val(tb);
    }
    return chain == VAL_NULL ? I->none : chain;
}

static TracebackObject *tb_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!args_count(I, args, kwnames, fname, 1, 1)) return NULL;
    TracebackObject *tb = traceback_cast(vview_get(args, 0));
    if (tb == NULL) exc_raise(I, TY_TYPE_ERROR, "%s() argument must be a traceback", fname);
    return tb;
}

static Value tb_single(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    TracebackObject *tb = tb_arg(I, args, kwnames, "single");
    if (tb == NULL) return VAL_NULL;
    TracebackObject *c = new_tb(I, VAL_NULL, tb->code, tb->globals, tb->lasti, exc_tb_lineno(tb));
    return c == NULL ? VAL_NULL : obj_val(c);
}

static Value tb_info(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    TracebackObject *tb = tb_arg(I, args, kwnames, "tb_info");
    if (tb == NULL) return VAL_NULL;
    CodeObject *co = code_cast(tb->code);
    Value fname = co != NULL ? co->filename : str_from_cstr(I, "<unknown>");
    Value name = co != NULL ? co->name : str_from_cstr(I, "<unknown>");
    if (fname == VAL_NULL || name == VAL_NULL) return VAL_NULL;
    Value globals = tb->globals == VAL_NULL ? I->none : tb->globals;
    return tuple_pack(I, 5, fname, val_from_small(exc_tb_lineno(tb)), name, val_from_small(tb->lasti), globals);
}

// frame_info(depth): (filename, lineno, globals, name) of the Python frame [depth] levels
// out from the innermost one (0 = the caller of frame_info), or None past the outermost.
static Value tb_frame_info(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "frame_info", 1, 1)) return VAL_NULL;
    int64_t depth;
    if (!obj_index_i64(I, vview_get(args, 0), &depth)) return VAL_NULL;
    Frame *f = I->vm != NULL ? I->vm->current : NULL;
    for (; f != NULL; f = f->back) {
        if (f->co == NULL) continue;
        if (depth <= 0) break;
        depth--;
    }
    if (f == NULL) return I->none;
    return tuple_pack(I, 4, f->co->filename, val_from_small(frame_line(f)), f->globals, f->co->name);
}

static const MethodDef tb_functions[] = {
    {"frame_info", tb_frame_info, 0, "(filename, lineno, globals, name) of a running frame."},
    {"format", tb_format, 0, "The full traceback report of an exception, as the excepthook prints it."},
    {"stack_tb", tb_stack_tb, 0, "A traceback chain for the running stack."},
    {"single", tb_single, 0, "A one-entry copy of a traceback entry."},
    {"tb_info", tb_info, 0, "(filename, lineno, name, lasti, globals) of a traceback entry."},
    {NULL, NULL, 0, NULL},
};

bool tbmod_init(Interp *I, Value m) { return module_add_functions(I, m, tb_functions); }
