/*
 * traceback.c: CPython 3.11's exception report (see traceback.h). Source lines are read
 * through the host table (or the frozen-module table); carets for binary operators and
 * subscripts are placed by re-parsing the failing segment with our own parser, as
 * CPython does. Nothing here can fail badly: any error while formatting one part is
 * swallowed and that part is left out.
 */
#include "traceback.h"

#include "../compiler/ast.h"
#include "../compiler/parser.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"
#include "../vm/code.h"
#include "frozen.h"
#include "frozenpos.h"
#include "import.h"
#include "iomod.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

/* The source text of [filename], or an empty view. */
static BView source_of(Interp *I, Value filename, Value cache) {
    BView none = {NULL, 0};
    if (!str_check(filename)) return none;
    Value src = dict_get(I, cache, filename);
    if (src == VAL_NULL) {
        if (I->exc != VAL_NULL) {
            exc_clear(I);
            return none;
        }
        BView fn = str_view(filename);
        if (bview_startswith(fn, bview_cstr("<frozen ")) && bview_endswith(fn, bview_cstr(">"))) {
            BView name = bview_slice(fn, 8, fn.n - 1);
            for (size_t i = 0; frozen_modules[i].name != NULL; i++) {
                if (!bview_eq_cstr(name, frozen_modules[i].name)) continue;
                Buf text;
                if (import_frozen_source(I, i, &text)) src = bytes_new(I, buf_view(&text));
                break;
            }
        } else if (!bview_startswith(fn, bview_cstr("<"))) {
            int err = 0;
            src = import_read_file(I, filename, &err);
            if (src != VAL_NULL) src = import_source_utf8(I, src, VAL_NULL); // lines shown decoded
        }
        if (src == VAL_NULL) {
            exc_clear(I);
            src = I->empty_bytes;
        }
        if (!dict_set(I, cache, filename, src)) exc_clear(I);
    }
    return bytes_view(src);
}

/* Line [lineno] (1-based) of [src] without its line ending. */
static BView line_of(BView src, int lineno) {
    size_t pos = 0;
    for (int l = 1; l < lineno; l++) {
        int64_t nl = bview_find_byte(src, '\n', pos);
        if (nl < 0) return bview_slice(src, 0, 0);
        pos = (size_t)nl + 1;
    }
    int64_t nl = bview_find_byte(src, '\n', pos);
    size_t end = nl < 0 ? src.n : (size_t)nl;
    BView line = bview_slice(src, pos, end);
    if (line.n > 0 && bview_get(line, line.n - 1) == '\r') line = bview_slice(line, 0, line.n - 1);
    return line;
}

static bool is_ws(int c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

/* Number of code points in the first [n] bytes of [v]. */
static size_t chars_in(BView v, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n && i < v.n; i++)
        if ((bview_get(v, i) & 0xc0) != 0x80) c++;
    return c;
}

/* CPython 3.11's anchors: for a BinOp, the operator; for a Subscript, the brackets.
 * Offsets are bytes within [seg]. */
static bool anchors(Interp *I, BView seg, size_t *left, size_t *right) {
    ParseError err;
    Node *mod = parse_source(I->heap, seg, PARSE_EXEC, &err);
    if (mod == NULL || mod->kind != AST_MODULE || ast_len(mod->Module.body) != 1) return false;
    Node *st = ast_get(mod->Module.body, 0);
    if (st == NULL || st->kind != AST_EXPR || st->Expr.value == NULL) return false;
    Node *e = st->Expr.value;
    if (e->kind == AST_BIN_OP && e->BinOp.left != NULL && e->BinOp.right != NULL) {
        for (int32_t i = e->BinOp.left->end_col_offset; i < e->BinOp.right->col_offset; i++) {
            if (is_ws(bview_get(seg, (size_t)i))) continue;
            *left = (size_t)i;
            *right = (size_t)i + 1;
            if (i + 1 < e->BinOp.right->col_offset && !is_ws(bview_get(seg, (size_t)i + 1))) (*right)++;
            return true;
        }
        return false;
    }
    if (e->kind == AST_SUBSCRIPT && e->Subscript.value != NULL && e->Subscript.slice != NULL) {
        *left = (size_t)e->Subscript.value->end_col_offset;
        *right = (size_t)e->Subscript.slice->end_col_offset + 1;
        return true;
    }
    return false;
}

/* The source line of a frame plus its marker line. The interpreter's report keeps
 * trailing blanks of the line (markers then show unless they reach its very end); the
 * traceback module ([pymod]) strips them and, as CPython's does, shifts the markers left
 * by their count. */
static bool add_source(Interp *I, StrBuilder *sb, BView line, SrcPos pos, bool pymod) {
    size_t lead = 0;
    while (lead < line.n && is_ws(bview_get(line, lead))) lead++;
    size_t end = line.n;
    while (end > lead && is_ws(bview_get(line, end - 1))) end--;
    if (end <= lead) return true;
    size_t trail = line.n - end;
    if (!pymod) end = line.n;
    if (!sb_add_cstr(I, sb, "    ") || !sb_add_view(I, sb, bview_slice(line, lead, end)) || !sb_add_cstr(I, sb, "\n"))
        return false;
    if (pos.line <= 0 || pos.col < 0 || pos.end_col < 0) return true;
    size_t start = (size_t)pos.col;
    size_t stop = pos.end_line == pos.line ? (size_t)pos.end_col : line.n;
    if (stop > line.n) stop = line.n;
    if (start >= stop) return true;
    size_t la = 0, ra = 0;
    bool has = anchors(I, bview_slice(line, start, stop), &la, &ra);
    if (I->exc != VAL_NULL) exc_clear(I);
    if (!has && start <= lead && stop >= end) return true; // spans the whole line: no markers
    if (!sb_add_cstr(I, sb, "    ")) return false;
    // Markers are drawn per character of the stripped line.
    size_t skip = pymod ? trail : 0;
    for (size_t b = lead; b < stop; b++) {
        int c = bview_get(line, b);
        if ((c & 0xc0) == 0x80) continue;
        const char *mark;
        if (b < start && skip > 0) {
            skip--;
            continue;
        }
        if (b < start) mark = " ";
        else if (!has) mark = "^";
        else {
            size_t rel = b - start;
            mark = rel < la ? "~" : rel < ra ? "^" : "~";
        }
        if (!sb_add_cstr(I, sb, mark)) return false;
    }
    return sb_add_cstr(I, sb, "\n");
}

/* For the traceback module: the source of a pseudo-file ("<doctest x[0]>", "<stdin>")
 * as linecache.getlines() gives it (doctest registers its examples there, as in
 * CPython); empty when linecache is not loaded or knows nothing. */
static BView linecache_source(Interp *I, Value filename, Value cache) {
    Value src = dict_get(I, cache, filename);
    if (src != VAL_NULL) return bytes_view(src);
    src = I->empty_bytes;
    Value lc = I->exc == VAL_NULL ? dict_get_cstr(I, I->modules, "linecache") : VAL_NULL;
    Value lines = lc != VAL_NULL ? obj_call_method(I, lc, "getlines", vview_make(&filename, 1)) : VAL_NULL;
    if (lines != VAL_NULL && list_check(lines)) {
        StrBuilder sb;
        sb_init(&sb);
        bool ok = true;
        for (size_t i = 0; ok && i < list_len(lines); i++) {
            Value line = list_get(lines, i);
            if (str_check(line)) ok = sb_add_str(I, &sb, line);
        }
        Value text = ok ? sb_finish(I, &sb) : VAL_NULL;
        Value b = text != VAL_NULL ? bytes_new(I, str_view(text)) : VAL_NULL;
        if (b != VAL_NULL) src = b;
    }
    if (I->exc != VAL_NULL) exc_clear(I);
    if (!dict_set(I, cache, filename, src)) exc_clear(I);
    return bytes_view(src);
}

static bool add_entry(Interp *I, StrBuilder *sb, TracebackObject *tb, Value cache, bool pymod) {
    CodeObject *co = code_cast(tb->code);
    if (co == NULL) return true;
    int line = exc_tb_lineno(tb);
    if (!sb_add_format(I, sb, "  File \"%U\", line %d, in %U\n", co->filename, line, co->name))
        return false;
    BView fn = str_check(co->filename) ? str_view(co->filename) : bview_cstr("");
    bool pseudo = bview_startswith(fn, bview_cstr("<")) && !bview_startswith(fn, bview_cstr("<frozen "));
    BView src = pymod && pseudo ? linecache_source(I, co->filename, cache) : source_of(I, co->filename, cache);
    if (src.n == 0 || line <= 0) return true;
    frozenpos_complete(I, co); // (frozen code keeps lines only: the carets need columns)
    SrcPos pos = code_pos(co, tb->lasti >= 0 ? (size_t)tb->lasti : 0);
    if (pos.line != line) pos.line = 0;
    return add_source(I, sb, line_of(src, line), pos, pymod);
}

/* True for a frame of a frozen module that stands in for one of CPython's C modules
 * (os.remove, datetime.date, Decimal, OrderedDict, warnings.warn...): CPython's reports have
 * no frame there, so ours leave it out too. Frames of modules that are Python in CPython stay. */
static bool hidden_frame(Value filename) {
    static const char *const hidden[] = {"os", "datetime", "decimal", "functools", "itertools",
                                         "heapq", "bisect", "struct", "hashlib", "collections",
                                         "operator", "array", "math", "time", "warnings",
                                         NULL};
    if (filename == VAL_NULL || !str_check(filename)) return false;
    BView fn = str_view(filename);
    if (!bview_startswith(fn, bview_cstr("<frozen ")) || !bview_endswith(fn, bview_cstr(">")))
        return false;
    BView name = bview_slice(fn, 8, fn.n - 1);
    for (size_t i = 0; hidden[i] != NULL; i++)
        if (bview_eq_cstr(name, hidden[i])) return true;
    return false;
}

/* The number of entries a report shows: sys.tracebacklimit when it is an int (CPython's
 * PyTraceBack_Print: 0 or less shows none, not even the header; a huge one, all), else
 * 1000. The traceback module's own entries ([pymod]) apply its limit themselves. */
static int64_t tb_limit(Interp *I, bool pymod) {
    if (pymod || I->sys == VAL_NULL) return TB_LIMIT;
    Value v = obj_getattr_cstr(I, I->sys, "tracebacklimit");
    int64_t limit = TB_LIMIT;
    if (v != VAL_NULL && int_check(I, v) && !int_to_i64(I, v, &limit))
        limit = int_sign(I, v) > 0 ? INT64_MAX : 0;
    exc_clear(I);
    return limit;
}

static bool add_traceback(Interp *I, StrBuilder *sb, Value tbv, Value cache, const char *header,
                          bool pymod) {
    int64_t limit = tb_limit(I, pymod);
    if (limit <= 0) return true;
    size_t depth = 0;
    for (Value t = tbv; t != VAL_NULL; depth++) {
        TracebackObject *tb = traceback_cast(t);
        if (tb == NULL) break;
        t = tb->next;
    }
    while ((uint64_t)depth > (uint64_t)limit) {
        TracebackObject *tb = traceback_cast(tbv);
        if (tb == NULL) break;
        tbv = tb->next;
        depth--;
    }
    if (!sb_add_cstr(I, sb, header)) return false;
    Value last_file = VAL_NULL, last_name = VAL_NULL;
    int last_line = -1;
    long cnt = 0;
    for (Value t = tbv; t != VAL_NULL;) {
        TracebackObject *tb = traceback_cast(t);
        if (tb == NULL) break;
        CodeObject *co = code_cast(tb->code);
        Value file = co != NULL ? co->filename : VAL_NULL, name = co != NULL ? co->name : VAL_NULL;
        if (hidden_frame(file)) {
            t = tb->next;
            continue;
        }
        bool same = last_file != VAL_NULL && file == last_file && name == last_name && exc_tb_lineno(tb) == last_line;
        if (!same) {
            if (cnt > TB_RECURSIVE_CUTOFF &&
                !sb_add_format(I, sb, "  [Previous line repeated %ld more times]\n", cnt - TB_RECURSIVE_CUTOFF))
                return false;
            last_file = file;
            last_name = name;
            last_line = exc_tb_lineno(tb);
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF && !add_entry(I, sb, tb, cache, pymod)) return false;
        t = tb->next;
    }
    if (cnt > TB_RECURSIVE_CUTOFF &&
        !sb_add_format(I, sb, "  [Previous line repeated %ld more times]\n", cnt - TB_RECURSIVE_CUTOFF))
        return false;
    return true;
}

Value traceback_type_name(Interp *I, Value exc) {
    Type *t = type_of(I, exc);
    Value qual = obj_lookup_attr(I, obj_val(t), interp_name(I, N___qualname__));
    if (qual == VAL_NULL || !str_check(qual)) {
        exc_clear(I);
        qual = t->name;
    }
    Value mod = obj_lookup_attr(I, obj_val(t), interp_name(I, N___module__));
    if (mod == VAL_NULL || !str_check(mod)) {
        exc_clear(I);
        return qual;
    }
    if (str_eq_cstr(mod, "builtins") || str_eq_cstr(mod, "__main__")) return qual;
    return str_from_format(I, "%U.%U", mod, qual);
}

/* Attribute [name] of [exc] when it is a str, else VAL_NULL (no exception). */
static Value str_attr(Interp *I, Value exc, const char *name) {
    Value v = obj_getattr_cstr(I, exc, name);
    if (v == VAL_NULL) exc_clear(I);
    return v;
}

static int int_attr(Interp *I, Value exc, const char *name) {
    Value v = obj_getattr_cstr(I, exc, name);
    if (v == VAL_NULL) {
        exc_clear(I);
        return -1;
    }
    int64_t x;
    if (!val_is_small(v)) return -1;
    x = val_small(v);
    return x < -1000000 || x > 1000000000 ? -1 : (int)x;
}

static bool add_syntax_error(Interp *I, StrBuilder *sb, Value exc) {
    Value fn = str_attr(I, exc, "filename");
    int lineno = int_attr(I, exc, "lineno");
    if (fn != VAL_NULL && str_check(fn)) {
        if (!sb_add_format(I, sb, "  File \"%U\", line %d\n", fn, lineno)) return false;
    } else if (fn != VAL_NULL && lineno >= 0) {
        // as CPython: a None filename reads "<string>", any other object prints as str()
        Value shown = fn == I->none ? str_from_cstr(I, "<string>") : obj_str(I, fn);
        if (shown == VAL_NULL) {
            exc_clear(I);
        } else if (!sb_add_format(I, sb, "  File \"%U\", line %d\n", shown, lineno)) {
            return false;
        }
    }
    Value text = str_attr(I, exc, "text");
    if (text == VAL_NULL || !str_check(text)) return true;
    BView line = str_view(text);
    int64_t nl = bview_find_byte(line, '\n', 0);
    if (nl >= 0) line = bview_slice(line, 0, (size_t)nl);
    size_t lead = 0;
    while (lead < line.n && is_ws(bview_get(line, lead))) lead++;
    size_t end = line.n;
    while (end > lead && is_ws(bview_get(line, end - 1))) end--;
    if (!sb_add_cstr(I, sb, "    ") || !sb_add_view(I, sb, bview_slice(line, lead, end)) || !sb_add_cstr(I, sb, "\n"))
        return false;
    int offset = int_attr(I, exc, "offset");
    int end_offset = int_attr(I, exc, "end_offset");
    int end_lineno = int_attr(I, exc, "end_lineno");
    // CPython 3.11's caret rules: the 0-based offset into the stripped line; none when
    // it falls left of the text; one caret for IndentationError; up to end_offset on the
    // same line, or to the end of the line when the error spans several lines.
    long col = (long)offset - 1 - (long)chars_in(line, lead);
    if (offset < 0 || col < 0) return true;
    long len = (long)chars_in(line, end) - (long)chars_in(line, lead);
    if (col > len) col = len;
    long n = 1;
    if (!obj_is_instance_of(I, exc, interp_type(I, TY_INDENTATION_ERROR))) {
        if (end_lineno > lineno) n = len - col;
        else if (end_offset > offset) n = end_offset - offset;
    }
    if (n < 1) n = 1;
    if (!sb_add_cstr(I, sb, "    ")) return false;
    for (long i = 0; i < col; i++)
        if (!sb_add_cstr(I, sb, " ")) return false;
    for (long i = 0; i < n; i++)
        if (!sb_add_cstr(I, sb, "^")) return false;
    return sb_add_cstr(I, sb, "\n");
}

/* ---- "Did you mean" suggestions (CPython 3.11's edit distance and thresholds) ---- */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t subst_cost(int a, int b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Edit distance between [a] and [b] (moves cost 2, case changes 1), or max_cost + 1 once
 * it is certain to exceed [max_cost]. */
static size_t edit_distance(BView a, BView b, size_t max_cost) {
    while (a.n > 0 && b.n > 0 && bview_get(a, 0) == bview_get(b, 0)) {
        a = bview_slice(a, 1, a.n);
        b = bview_slice(b, 1, b.n);
    }
    while (a.n > 0 && b.n > 0 && bview_get(a, a.n - 1) == bview_get(b, b.n - 1)) {
        a = bview_slice(a, 0, a.n - 1);
        b = bview_slice(b, 0, b.n - 1);
    }
    if (a.n == 0 || b.n == 0) return (a.n + b.n) * MOVE_COST;
    if (a.n > SUGGEST_MAX_SIZE || b.n > SUGGEST_MAX_SIZE) return max_cost + 1;
    if (b.n < a.n) {
        BView t = a;
        a = b;
        b = t;
    }
    if ((b.n - a.n) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[SUGGEST_MAX_SIZE];
    for (size_t i = 0; i < a.n; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b.n; bi++) {
        int code = bview_get(b, bi);
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a.n; ai++) {
            size_t substitute = distance + subst_cost(code, bview_get(a, ai));
            distance = row[ai];
            size_t ins_del = (result < distance ? result : distance) + MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            row[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest name to [name] among the str items of [names], or VAL_NULL. */
static Value closest(Interp *I, Value names, Value name) {
    Value list = obj_to_list(I, names);
    if (list == VAL_NULL) {
        exc_clear(I);
        return VAL_NULL;
    }
    size_t n = list_len(list);
    if (n >= SUGGEST_MAX_ITEMS) return VAL_NULL;
    BView nv = str_view(name);
    Value best = VAL_NULL;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        Value item = list_get(list, i);
        if (!str_check(item) || str_eq(item, name)) continue;
        BView iv = str_view(item);
        size_t max_d = (nv.n + iv.n + 3) * MOVE_COST / 6;
        if (best_d != SIZE_MAX && best_d - 1 < max_d) max_d = best_d - 1;
        size_t d = edit_distance(nv, iv, max_d);
        if (d > max_d) continue;
        if (best == VAL_NULL || d < best_d) {
            best = item;
            best_d = d;
        }
    }
    return best;
}

/* The suggestion CPython 3.11 appends to AttributeError / NameError messages. */
static Value suggestion(Interp *I, Value exc) {
    Value name = obj_lookup_attr(I, exc, interp_name(I, N_name));
    if (name == VAL_NULL || !str_check(name)) {
        exc_clear(I);
        return VAL_NULL;
    }
    if (obj_is_instance_of(I, exc, interp_type(I, TY_ATTRIBUTE_ERROR))) {
        Value obj = obj_lookup_attr(I, exc, interp_name(I, N_obj));
        if (obj == VAL_NULL) {
            exc_clear(I);
            return VAL_NULL;
        }
        // dir(obj): __dir__ looked up on the type (a class's own __dir__ attribute is an
        // unbound method needing an instance)
        bool found = false;
        Value dir = obj_call_special(I, obj, interp_name(I, N___dir__), vview_make(NULL, 0), &found);
        if (dir == VAL_NULL) {
            exc_clear(I);
            return VAL_NULL;
        }
        Value sorted = obj_to_list(I, dir);
        if (sorted == VAL_NULL || !list_sort(I, sorted, VAL_NULL, false)) {
            exc_clear(I);
            return VAL_NULL;
        }
        return closest(I, sorted, name);
    }
    if (!obj_is_instance_of(I, exc, interp_type(I, TY_NAME_ERROR))) return VAL_NULL;
    ExcObject *e = exc_cast(exc);
    TracebackObject *last = NULL;
    for (Value t = e != NULL ? e->traceback : VAL_NULL; t != VAL_NULL && t != I->none;) {
        TracebackObject *tb = traceback_cast(t);
        if (tb == NULL) break;
        last = tb;
        t = tb->next;
    }
    if (last == NULL) return VAL_NULL;
    CodeObject *co = code_cast(last->code);
    Value found = VAL_NULL;
    if (co != NULL && (co->flags & CO_OPTIMIZED) != 0) found = closest(I, co->localnames, name);
    if (found == VAL_NULL && last->globals != VAL_NULL && dict_check(last->globals))
        found = closest(I, last->globals, name);
    if (found == VAL_NULL && I->builtins != VAL_NULL) found = closest(I, I->builtins, name);
    return found;
}

static bool add_notes(Interp *I, StrBuilder *sb, Value exc) {
    Value notes = obj_lookup_attr(I, exc, str_intern_cstr(I, "__notes__"));
    if (notes == VAL_NULL) {
        exc_clear(I);
        return true;
    }
    Value list = obj_to_list(I, notes);
    if (list == VAL_NULL) {
        exc_clear(I);
        Value r = obj_repr(I, notes);
        if (r == VAL_NULL) {
            exc_clear(I);
            return sb_add_cstr(I, sb, "<__notes__ repr() failed>\n");
        }
        return sb_add_format(I, sb, "%U\n", r);
    }
    for (size_t i = 0; i < list_len(list); i++) {
        Value note = list_get(list, i);
        Value text = str_check(note) ? note : obj_repr(I, note);
        if (text == VAL_NULL) {
            exc_clear(I);
            if (!sb_add_cstr(I, sb, "<note repr() failed>\n")) return false;
            continue;
        }
        if (!sb_add_format(I, sb, "%U\n", text)) return false;
    }
    return true;
}

static bool add_exception_line(Interp *I, StrBuilder *sb, Value exc) {
    Value name = traceback_type_name(I, exc);
    if (name == VAL_NULL) return false;
    bool syntax = obj_is_instance_of(I, exc, interp_type(I, TY_SYNTAX_ERROR));
    if (syntax) {
        // CPython shows the file/line/caret form only when lineno is an int and offset an
        // int or None; else the plain "SyntaxError: str(exc)" line
        Value ln = str_attr(I, exc, "lineno"), off = str_attr(I, exc, "offset");
        syntax = ln != VAL_NULL && int_check(I, ln) && off != VAL_NULL &&
                 (off == I->none || int_check(I, off));
    }
    bool syntax_class = obj_is_instance_of(I, exc, interp_type(I, TY_SYNTAX_ERROR));
    Value msg;
    if (syntax) {
        if (!add_syntax_error(I, sb, exc)) return false;
        msg = str_attr(I, exc, "msg");
        if (msg != VAL_NULL && !str_check(msg)) msg = obj_str(I, msg);
    } else {
        msg = obj_str(I, exc);
    }
    if (msg == VAL_NULL) { // the suggestion and notes still follow, as in CPython
        exc_clear(I);
        msg = str_from_cstr(I, "<exception str() failed>");
        if (msg == VAL_NULL) return false;
    }
    Value hint = syntax_class ? VAL_NULL : suggestion(I, exc);
    bool ok;
    if (str_len(msg) == 0) ok = sb_add_format(I, sb, "%U", name);
    else ok = sb_add_format(I, sb, "%U: %U", name, msg);
    if (ok && hint != VAL_NULL) ok = sb_add_format(I, sb, ". Did you mean: %R?", hint);
    if (!ok || !sb_add_cstr(I, sb, "\n")) return false;
    return add_notes(I, sb, exc);
}

/* Exception groups are printed as CPython 3.11's traceback module does: nested parts
 * indented two columns per level with a "| " margin, each sub-exception under a
 * "+---------------- i ----------------" rule. */
#define TB_GROUP_WIDTH 15
#define TB_GROUP_DEPTH 10

typedef struct TbCtx {
    Value seen, cache;
    int group_depth;
    bool need_close;
    bool pymod;  // source lines as the traceback module shows them (add_source)
} TbCtx;

static bool add_indent(Interp *I, StrBuilder *out, int depth) {
    for (int i = 0; i < depth; i++)
        if (!sb_add_cstr(I, out, "  ")) return false;
    return true;
}

// Adds [text] to [out], every line prefixed with the context's indentation and margin.
static bool emit(Interp *I, StrBuilder *out, TbCtx *c, BView text, const char *margin) {
    if (c->group_depth == 0) return sb_add_view(I, out, text);
    size_t pos = 0;
    while (pos < text.n) {
        int64_t nl = bview_find_byte(text, '\n', pos);
        size_t end = nl < 0 ? text.n : (size_t)nl + 1;
        if (!add_indent(I, out, c->group_depth) || !sb_add_cstr(I, out, margin) ||
            !sb_add_cstr(I, out, " ") || !sb_add_view(I, out, bview_slice(text, pos, end)))
            return false;
        pos = end;
    }
    return true;
}

static bool emit_cstr(Interp *I, StrBuilder *out, TbCtx *c, const char *s) {
    return emit(I, out, c, bview_cstr(s), "|");
}

static bool format_one(Interp *I, Value exc, StrBuilder *out, TbCtx *c, int depth);

static bool format_group(Interp *I, Value exc, StrBuilder *out, TbCtx *c, int depth) {
    ExcObject *e = exc_cast(exc);
    bool top = c->group_depth == 0;
    if (top) c->group_depth++;
    StrBuilder tmp;
    sb_init(&tmp);
    if (e != NULL && e->traceback != VAL_NULL && e->traceback != I->none) {
        if (!add_traceback(I, &tmp, e->traceback, c->cache,
                           "Exception Group Traceback (most recent call last):\n", c->pymod))
            return false;
    }
    // the header line takes the '+' margin at the top level, the rest '|'
    BView tv = buf_view(&tmp.b);
    int64_t nl = tv.n > 0 ? bview_find_byte(tv, '\n', 0) : -1;
    if (nl >= 0) {
        if (!emit(I, out, c, bview_slice(tv, 0, (size_t)nl + 1), top ? "+" : "|") ||
            !emit(I, out, c, bview_slice(tv, (size_t)nl + 1, tv.n), "|"))
            return false;
    }
    sb_init(&tmp);
    if (!add_exception_line(I, &tmp, exc) || !emit(I, out, c, buf_view(&tmp.b), "|")) return false;
    Value excs = obj_getattr_cstr(I, exc, "exceptions");
    if (excs == VAL_NULL || !tuple_check(excs)) {
        exc_clear(I);
        if (top) c->group_depth = 0;
        return true;
    }
    size_t num = tuple_len(excs);
    size_t n = num <= TB_GROUP_WIDTH ? num : TB_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i + 1 == n;
        if (last) c->need_close = true;
        bool truncated = i >= TB_GROUP_WIDTH;
        if (!add_indent(I, out, c->group_depth) || !sb_add_cstr(I, out, i == 0 ? "+-" : "  "))
            return false;
        if (truncated) {
            if (!sb_add_cstr(I, out, "+---------------- ... ----------------\n")) return false;
        } else if (!sb_add_format(I, out, "+---------------- %zu ----------------\n", i + 1)) {
            return false;
        }
        c->group_depth++;
        if (!truncated) {
            if (!format_one(I, tuple_get(excs, i), out, c, depth + 1)) return false;
        } else {
            size_t rem = num - TB_GROUP_WIDTH;
            sb_init(&tmp);
            if (!sb_add_format(I, &tmp, "and %zu more exception%s\n", rem, rem > 1 ? "s" : "") ||
                !emit(I, out, c, buf_view(&tmp.b), "|"))
                return false;
        }
        if (last && c->need_close) {
            if (!add_indent(I, out, c->group_depth) ||
                !sb_add_cstr(I, out, "+------------------------------------\n"))
                return false;
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (top) c->group_depth = 0;
    return true;
}

static bool format_one(Interp *I, Value exc, StrBuilder *out, TbCtx *c, int depth) {
    Value key = int_from_i64(I, (int64_t)(uintptr_t)exc);
    if (key == VAL_NULL || !dict_set(I, c->seen, key, I->true_)) return false;
    ExcObject *e = exc_cast(exc);
    if (e != NULL && depth < 100) {
        Value nested = VAL_NULL;
        const char *sep = NULL;
        if (e->cause != VAL_NULL && e->cause != I->none) {
            nested = e->cause;
            sep = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context != VAL_NULL && e->context != I->none && !e->suppress_context) {
            nested = e->context;
            sep = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (nested != VAL_NULL) {
            Value nkey = int_from_i64(I, (int64_t)(uintptr_t)nested);
            if (nkey == VAL_NULL) return false;
            Value was = dict_get(I, c->seen, nkey);
            if (was == VAL_NULL && I->exc == VAL_NULL) {
                // a group in the chain closes its own frame, not the one this exception is in
                bool need_close = c->need_close;
                if (!format_one(I, nested, out, c, depth + 1)) return false;
                c->need_close = need_close;
                if (!emit_cstr(I, out, c, sep)) return false;
            }
            exc_clear(I);
        }
    }
    if (exc_group_check(I, exc)) {
        if (c->group_depth > TB_GROUP_DEPTH) {
            StrBuilder tmp;
            sb_init(&tmp);
            return sb_add_format(I, &tmp, "... (max_group_depth is %d)\n", TB_GROUP_DEPTH) &&
                   emit(I, out, c, buf_view(&tmp.b), "|");
        }
        return format_group(I, exc, out, c, depth);
    }
    StrBuilder tmp;
    sb_init(&tmp);
    if (e != NULL && e->traceback != VAL_NULL && e->traceback != I->none) {
        if (!add_traceback(I, &tmp, e->traceback, c->cache, "Traceback (most recent call last):\n",
                           c->pymod))
            return false;
    }
    return add_exception_line(I, &tmp, exc) && emit(I, out, c, buf_view(&tmp.b), "|");
}

bool traceback_format(Interp *I, Value exc, StrBuilder *sb) {
    return traceback_format_style(I, exc, sb, false);
}

bool traceback_format_style(Interp *I, Value exc, StrBuilder *sb, bool pymod) {
    TbCtx c = {dict_new(I), dict_new(I), 0, false, pymod};
    if (c.seen == VAL_NULL || c.cache == VAL_NULL) return false;
    return format_one(I, exc, sb, &c, 0);
}

void traceback_print(Interp *I, Value exc) {
    iomod_flush_std(I);
    StrBuilder sb;
    sb_init(&sb);
    bool ok = traceback_format(I, exc, &sb);
    if (!ok) exc_clear(I);
    BView out = buf_view(&sb.b);
    if (!ok) out = bview_cstr("MemoryError while printing an exception\n");
    I->host->write(I->host->ctx, HOST_STDERR, out.p, out.n);
}
