/*
 * api.c: the public embedding API (include/safepy.h) over the POSIX host: reserves the
 * heap region, builds the interpreter with its builtins, sys and import system, runs
 * code and turns the outcome into CPython's exit statuses and error reports.
 */
#include "../../include/safepy.h"

#include <sys/mman.h>
#include <unistd.h>

#include "../compiler/compile.h"
#include "../modules/builtins.h"
#include "../modules/import.h"
#include "../modules/iomod.h"
#include "../modules/sysmod.h"
#include "../modules/traceback.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../vm/dis.h"
#include "../vm/eval.h"
#include "../vm/finalize.h"
#include "../vm/gen.h"
#include "../kernel/cargs.h"
#include "../objects/list.h"
#include "posix_host.h"

#define DEFAULT_HEAP ((size_t)4 << 30)
#define DEFAULT_C_STACK ((size_t)6 << 20)
#define HUGE_PAGE ((size_t)2 << 20) /* transparent huge page size (x86-64, arm64 4K) */
/* Where transparent huge pages start in the block area (docs/notes/rss21.md): below it the
 * heap keeps 4 KiB pages, so a heap's resident memory is the pages it touched, not its
 * span rounded up to 2 MiB. A small program's heap (start-up blocks 1-20 chunks full, a
 * few MiB of churn) then stays below CPython's peak (7.3 MB against 8.2, was 9.6); a big
 * heap takes huge pages from here on, so the page faults it adds are bounded (4096 more,
 * about 5 ms, for a heap that reaches this size). */
#define HUGE_FROM ((size_t)16 << 20)

struct safepy_State {
    Interp *I;
    uint8_t *region;
    size_t size;
    bool inspect; // -i: a SystemExit from the program is reported, not obeyed
    bool banner;  // the REPL prints the banner even when stdin is not a terminal
    const char *prog; // the program name for messages (argv[0])
};

safepy_State *safepy_new(const safepy_Config *cfg, void *stack_base) {
    safepy_Config c = {0};
    if (cfg != NULL) c = *cfg;
    size_t size = c.max_heap != 0 ? c.max_heap : DEFAULT_HEAP;
    size_t meta = heap_region_size(0);
    if (size < (size_t)1 << 20) size = (size_t)1 << 20;
    // The region holds the metadata as well: reserve a little more than the usable heap.
    size_t region_size = size + size / 32 + meta;
    // Mapped with room to start the heap so its blocks begin on a huge-page boundary.
    size_t mapped = region_size + HUGE_PAGE;
    void *m = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    uint8_t *region = heap_align_blocks(m, mapped, region_size, HUGE_PAGE);
#ifdef MADV_HUGEPAGE
    // Transparent huge pages where the system allows them, for the blocks past HUGE_FROM
    // only (page faults are expensive: allocation-heavy programs spent a fifth of their
    // time in them on first touch of heap blocks). The metadata in front and the first
    // HUGE_FROM bytes of blocks stay in small pages: a huge page is resident as a whole
    // once any byte of it is touched, and the first blocks are sparse (an empty script
    // touches about 0.5 MB of its 62 blocks: 3.8 MB peak RSS against 5.5 with huge
    // pages; a small program's 150-220 blocks took three or four huge pages).
    uint8_t *huge = NULL;
    size_t huge_len = 0;
    Heap probe; // the layout interp_new will use (a fresh heap writes nothing to the region)
    size_t small_len = mapped; // from m on: what stays in small pages
    if (heap_init_fresh(&probe, region, region_size) &&
        heap_tail_range(&probe, HUGE_FROM / HEAP_BLOCK, HUGE_PAGE, &huge, &huge_len)) {
        (void)madvise(huge, huge_len, MADV_HUGEPAGE);
        small_len = (size_t)((uintptr_t)huge - (uintptr_t)m);
    }
#ifdef MADV_NOHUGEPAGE
    // said explicitly: where the system's THP setting is "always", the rest would get
    // huge pages too
    (void)madvise(m, small_len, MADV_NOHUGEPAGE);
#endif
#endif
    Limits lim = {0};
    lim.max_heap = size;
    lim.region_zeroed = true; // fresh anonymous mmap
    lim.c_stack = c.c_stack != 0 ? c.c_stack : DEFAULT_C_STACK;
    lim.max_steps = c.max_steps;
    lim.max_output = c.max_output;
    lim.recursion_limit = c.recursion_limit != 0 ? c.recursion_limit : 1000;
    Interp *I = interp_new(region, region_size, posix_host(), &lim);
    if (I == NULL) {
        munmap(m, mapped);
        return NULL;
    }
    heap_set_stack_base(I->heap, (uintptr_t)stack_base);
    if (!import_init(I) || !builtins_init(I) || !sysmod_init(I, 0, NULL)) {
        munmap(m, mapped);
        return NULL;
    }
    safepy_State *S = heap_new(I->heap, sizeof(safepy_State), HEAP_SCAN);
    if (S == NULL) {
        munmap(m, mapped);
        return NULL;
    }
    // Keep the state reachable: it is referenced only from the embedder's C memory.
    if (!heap_add_root(I->heap, (Value)(uintptr_t)S)) {
        munmap(m, mapped);
        return NULL;
    }
    S->I = I;
    S->region = m;
    S->size = mapped;
    S->inspect = false;
    S->banner = false;
    S->prog = "safepy";
    return S;
}

void safepy_free(safepy_State *S) {
    if (S == NULL) return;
    uint8_t *region = S->region;
    size_t size = S->size;
    munmap(region, size);
}

void safepy_flush(safepy_State *S) {
    if (S != NULL && !S->I->exiting) iomod_flush_std(S->I); // os._exit() flushes nothing
}

/* The exit status for an uncaught exception [e] (SystemExit gives its code). Under -i
 * ([inspect]) a SystemExit is reported like any other exception, as CPython does. */
static int exit_status(Interp *I, Value e, bool inspect) {
    if (e == VAL_NULL) return 0;
    if (!inspect && obj_is_instance_of(I, e, interp_type(I, TY_SYSTEM_EXIT))) {
        Value code = obj_getattr_cstr(I, e, "code");
        if (code == VAL_NULL) {
            exc_clear(I);
            return 1;
        }
        if (code == I->none) return 0;
        if (int_check(I, code)) {
            int64_t n = 0;
            if (!int_to_i64(I, code, &n)) {
                exc_clear(I);
                return 255;
            }
            return (int)(n & 0xff); // what the OS keeps of exit(n): -1 gives 255
        }
        iomod_flush_std(I);
        Value s = obj_str(I, code);
        if (s == VAL_NULL) {
            exc_clear(I); // CPython still ends the (empty) line
        } else {
            BView v = str_view(s);
            I->host->write(I->host->ctx, HOST_STDERR, v.p, v.n);
        }
        BView nl = bview_cstr("\n");
        I->host->write(I->host->ctx, HOST_STDERR, nl.p, nl.n);
        return 1;
    }
    sysmod_report_uncaught(I, e);
    if (I->exc != VAL_NULL) return exit_status(I, exc_fetch(I), false); // hook's SystemExit
    // CPython ends an uncaught KeyboardInterrupt as if killed by SIGINT: status 128 + 2
    if (obj_is_instance_of(I, e, interp_type(I, TY_KEYBOARD_INTERRUPT))) return 130;
    return 1;
}

/* Finishes a run: reports a pending exception and flushes output. */
static int finish(safepy_State *S, Value result) {
    Interp *I = S->I;
    if (I->exiting) return I->exit_status; // os._exit(): no report, atexit or flush
    int status = 0;
    if (result == VAL_NULL) {
        Value e = exc_fetch(I);
        status = exit_status(I, e, S->inspect);
    }
    sysmod_run_atexit(I);
    // then __main__ is cleared, as CPython's shutdown does: its suspended generators close
    // (not under -i: the REPL that follows still uses them)
    Value main = I->modules != VAL_NULL && !S->inspect ? dict_get_cstr(I, I->modules, "__main__")
                                                       : VAL_NULL;
    if (main != VAL_NULL && val_kind(main) == K_MODULE)
        gen_close_globals(I, module_dict(main));
    // and the finalizers (__del__) of what __main__ held, then of every object left
    if (!S->inspect)
        finalize_at_exit(I, main != VAL_NULL && val_kind(main) == K_MODULE ? module_dict(main) : VAL_NULL);
    iomod_flush_std(I);
    exc_clear(I);
    return status;
}

static Value cwd_str(Interp *I) {
    char cwd[4096];
    if (!I->host->getcwd(I->host->ctx, cwd, sizeof cwd)) return str_from_cstr(I, "");
    return str_from_cstr(I, cwd);
}

/* The absolute form of [path] (relative paths are joined to the current directory). */
static Value absolute_path(Interp *I, const char *path) {
    BView p = bview_cstr(path);
    if (bview_get(p, 0) == '/') return str_from_cstr(I, path);
    Value cwd = cwd_str(I);
    if (cwd == VAL_NULL) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_str(I, &sb, cwd) || !sb_add_cstr(I, &sb, "/")) return VAL_NULL;
    if (bview_startswith(p, bview_cstr("./"))) p = bview_slice(p, 2, p.n);
    if (!sb_add_view(I, &sb, p)) return VAL_NULL;
    return sb_finish(I, &sb);
}

int safepy_set_path0(safepy_State *S, const char *dir) {
    Interp *I = S->I;
    Value d = str_from_cstr(I, dir);
    if (d == VAL_NULL || !import_set_path(I, d)) return finish(S, VAL_NULL);
    return 0;
}

int safepy_run_file(safepy_State *S, const char *path) {
    Interp *I = S->I;
    Value abs = absolute_path(I, path);
    if (abs == VAL_NULL) return finish(S, VAL_NULL);
    BView a = str_view(abs);
    int64_t slash = bview_rfind(a, bview_cstr("/"), a.n);
    Value dir = str_new(I, bview_slice(a, 0, slash <= 0 ? 1 : (size_t)slash));
    if (dir == VAL_NULL || !import_set_path(I, dir)) return finish(S, VAL_NULL);
    int err = 0;
    Value src = import_read_file(I, abs, &err);
    if (src == VAL_NULL) {
        if (I->exc != VAL_NULL) return finish(S, VAL_NULL);
        return -err; // the caller reports "can't open file"
    }
    return finish(S, import_run_main(I, abs));
}

int safepy_run_string(safepy_State *S, const char *source, const char *filename) {
    Interp *I = S->I;
    Value fn = str_from_cstr(I, filename);
    if (fn == VAL_NULL) return finish(S, VAL_NULL);
    return finish(S, import_run_source_main(I, bview_cstr(source), fn));
}

// "prog: text" on stderr (what runpy prints for a module it cannot run); status 1.
static int prog_line(safepy_State *S, Value text) {
    Interp *I = S->I;
    iomod_flush_std(I);
    exc_clear(I);
    BView parts[4] = {bview_cstr(S->prog), bview_cstr(": "), str_view(text), bview_cstr("\n")};
    for (size_t k = 0; k < 4; k++) I->host->write(I->host->ctx, HOST_STDERR, parts[k].p, parts[k].n);
    return 1;
}

int safepy_run_module(safepy_State *S, const char *module) {
    Interp *I = S->I;
    Value cwd = cwd_str(I);
    if (cwd == VAL_NULL || !import_set_path(I, cwd)) return finish(S, VAL_NULL);
    Value name = str_from_cstr(I, module);
    if (name == VAL_NULL) return finish(S, VAL_NULL);
    bool no_main = false;
    Value r = import_run_module_main(I, name, &no_main);
    if (r == VAL_NULL && no_main) {
        // a package without __main__: "prog: message", as runpy reports it
        Value e = exc_fetch(I);
        Value text = e != VAL_NULL ? obj_str(I, e) : VAL_NULL;
        if (text != VAL_NULL) return prog_line(S, text);
        if (e != VAL_NULL && I->exc == VAL_NULL) exc_set(I, e);
    }
    if (r == VAL_NULL && exc_pending_is(I, TY_MODULE_NOT_FOUND_ERROR)) {
        // Like runpy: a missing main module is a one-line message, not a traceback.
        Value e = exc_fetch(I);
        Value missing = obj_getattr_cstr(I, e, "name");
        if (missing != VAL_NULL && str_check(missing) && bview_eq_cstr(str_view(missing), module)) {
            exc_clear(I);
            Value text = str_from_format(I, "No module named %s", module);
            if (text == VAL_NULL) return finish(S, VAL_NULL);
            return prog_line(S, text);
        }
        exc_clear(I);
        exc_set(I, e);
    }
    return finish(S, r);
}

/* Reads all of stdin through the host into [b]. */
static bool read_all_stdin(Interp *I, Buf *b) {
    buf_init(b);
    for (;;) {
        uint8_t *tail = buf_tail(I->heap, b, 65536);
        if (tail == NULL) return exc_nomem(I), false;
        int64_t r = I->host->read(I->host->ctx, HOST_STDIN, tail, 65536);
        if (r <= 0) return true;
        if (buf_commit(b, (size_t)r) != K_OK) return exc_nomem(I), false;
    }
}

int safepy_run_stdin(safepy_State *S) {
    Interp *I = S->I;
    if (!import_set_path(I, I->empty_str)) return finish(S, VAL_NULL);
    Buf b;
    if (!read_all_stdin(I, &b)) return finish(S, VAL_NULL);
    Value fn = str_from_cstr(I, "<stdin>");
    if (fn == VAL_NULL) return finish(S, VAL_NULL);
    return finish(S, import_run_source_main(I, buf_view(&b), fn));
}

/* One line from stdin (with its newline) appended to [b]; false at EOF. */
static bool read_line(Interp *I, Buf *b) {
    bool any = false;
    for (;;) {
        uint8_t c[1];
        int64_t r = I->host->read(I->host->ctx, HOST_STDIN, c, 1);
        if (r <= 0) return any;
        any = true;
        if (buf_push(I->heap, b, c[0]) != K_OK) return false;
        if (c[0] == '\n') return true;
    }
}

static void prompt(Interp *I, const char *p, int interactive) {
    iomod_flush_std(I);
    BView v = bview_cstr(p);
    I->host->write(I->host->ctx, interactive ? HOST_STDOUT : HOST_STDERR, v.p, v.n);
}

static bool is_incomplete(Interp *I) {
    if (!exc_pending_is(I, TY_SYNTAX_ERROR)) return false;
    Value e = exc_fetch(I);
    Value msg = obj_getattr_cstr(I, e, "msg");
    bool inc = msg != VAL_NULL && str_check(msg) && bview_startswith(str_view(msg), bview_cstr("incomplete input"));
    exc_clear(I);
    exc_set(I, e);
    return inc;
}

static bool is_space(int c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }

/* True when [line] holds only whitespace (and perhaps a comment). */
static bool is_blank(BView line) {
    for (size_t k = 0; k < line.n; k++) {
        int c = bview_get(line, k);
        if (c == '#') return true;
        if (!is_space(c)) return false;
    }
    return true;
}

/* True when [line] opens a compound statement (or a decorator). Like CPython's REPL,
 * such a statement, even a one-liner, is ended by a blank line. */
static bool starts_compound(BView line) {
    static const char *const KEYWORDS[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    size_t k = 0;
    while (k < line.n && is_space(bview_get(line, k))) k++;
    if (bview_get(line, k) == '@') return true;
    size_t e = k;
    for (; e < line.n; e++) {
        int c = bview_get(line, e);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) break;
    }
    BView word = bview_slice(line, k, e);
    for (size_t j = 0; j < sizeof KEYWORDS / sizeof KEYWORDS[0]; j++) {
        if (bview_eq_cstr(word, KEYWORDS[j])) return true;
    }
    if (bview_eq_cstr(word, "match")) {
        // A soft keyword: a match statement's header ends with ':'.
        size_t end = line.n;
        while (end > e && is_space(bview_get(line, end - 1))) end--;
        return end > e && bview_get(line, end - 1) == ':';
    }
    return false;
}

/* Reads one more line into [src] for a continuation; false at EOF (or when out of
 * memory, with [*eof] unset). Adds the newline a last line without one lacks; at EOF
 * ends the prompt line as CPython does. */
static bool read_more(Interp *I, Buf *src, int interactive, bool *eof) {
    prompt(I, "... ", interactive);
    if (!read_line(I, src)) {
        *eof = true;
        prompt(I, "\n", interactive);
        return false;
    }
    BView all = buf_view(src);
    if (bview_get(all, all.n - 1) != '\n') {
        // A last line without its newline: CPython asks for more and meets the EOF.
        *eof = true;
        prompt(I, "... \n", interactive);
        if (buf_push(I->heap, src, '\n') != K_OK) return false;
        return false;
    }
    return true;
}

/* Compiles the statement in [src] once the input has ended: an incomplete statement
 * gets the module compiler's precise SyntaxError ("'(' was never closed"...). */
static Value compile_at_eof(Interp *I, Buf *src, Value fn) {
    Value code = compile_source(I, buf_view(src), fn, COMPILE_SINGLE);
    if (code != VAL_NULL || !is_incomplete(I)) return code;
    exc_clear(I);
    code = compile_source(I, buf_view(src), fn, COMPILE_EXEC);
    if (code != VAL_NULL) {
        // Should not happen; report the incompleteness rather than run a half statement.
        return exc_raise(I, TY_SYNTAX_ERROR, "incomplete input"), VAL_NULL;
    }
    return VAL_NULL;
}

/* Reads and compiles one interactive statement. Returns the code, or VAL_NULL with an
 * exception pending (a SyntaxError) or, at end of input, with none. [*eof] tells the
 * input has ended. */
static Value read_statement(Interp *I, Value fn, int interactive, bool *eof) {
    Buf src;
    for (;;) {
        buf_init(&src);
        prompt(I, ">>> ", interactive);
        if (!read_line(I, &src)) {
            *eof = true;
            return VAL_NULL;
        }
        if (!is_blank(buf_view(&src))) break;
    }
    BView first = buf_view(&src);
    bool block = starts_compound(first);
    if (bview_get(first, first.n - 1) != '\n') {
        *eof = true;
        prompt(I, "... \n", interactive);
        if (buf_push(I->heap, &src, '\n') != K_OK) return exc_nomem(I), VAL_NULL;
        return compile_at_eof(I, &src, fn);
    }
    for (;;) {
        if (block) {
            // Like CPython, a compound statement ends at a blank line.
            size_t start = buf_view(&src).n;
            if (!read_more(I, &src, interactive, eof)) {
                if (!*eof) return exc_nomem(I), VAL_NULL;
                return compile_at_eof(I, &src, fn);
            }
            BView all = buf_view(&src);
            if (!is_blank(bview_slice(all, start, all.n))) continue;
        }
        Value code = compile_source(I, buf_view(&src), fn, COMPILE_SINGLE);
        if (code != VAL_NULL || !is_incomplete(I)) return code;
        exc_clear(I);
        if (!block && !read_more(I, &src, interactive, eof)) {
            if (!*eof) return exc_nomem(I), VAL_NULL;
            return compile_at_eof(I, &src, fn);
        }
    }
}

int safepy_repl(safepy_State *S, int interactive) {
    Interp *I = S->I;
    if (I->main_module == VAL_NULL) {
        if (!import_set_path(I, I->empty_str)) return finish(S, VAL_NULL);
        Value r = import_run_source_main(I, bview_cstr(""), I->empty_str);
        if (r == VAL_NULL) return finish(S, VAL_NULL);
    }
    Value globals = module_dict(I->main_module);
    Value fn = str_from_cstr(I, "<stdin>");
    if (fn == VAL_NULL) return finish(S, VAL_NULL);
    if (interactive || S->banner) {
        BView banner = bview_cstr("Python " SAFEPY_PYTHON_VERSION " (safepy " SAFEPY_VERSION ") on linux\n"
                                  "Type \"exit()\" or end the input (Ctrl-D) to leave.\n");
        I->host->write(I->host->ctx, HOST_STDERR, banner.p, banner.n);
    }
    for (;;) {
        bool eof = false;
        Value code = read_statement(I, fn, interactive, &eof);
        if (code == VAL_NULL && I->exc == VAL_NULL) break; // end of input
        Value r = code == VAL_NULL ? VAL_NULL : vm_exec(I, code, globals, globals);
        if (r == VAL_NULL) {
            Value e = exc_fetch(I);
            if (I->exiting) return I->exit_status;
            if (e != VAL_NULL && obj_is_instance_of(I, e, interp_type(I, TY_SYSTEM_EXIT))) {
                int st = exit_status(I, e, false);
                iomod_flush_std(I);
                return st;
            }
            if (e != VAL_NULL) traceback_print(I, e);
            exc_clear(I);
        }
        iomod_flush_std(I);
    }
    prompt(I, "\n", interactive);
    iomod_flush_std(I);
    return 0;
}

/* ---- the python3-style command line ---- */

static const char USAGE[] =
    "usage: safepy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-h     : print this help message and exit (also --help)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-u -B -E -s -S -O -I -q, -X opt : accepted for compatibility, no effect\n"
    "--max-heap SIZE   : GC heap limit (bytes, or with K/M/G suffix); MemoryError beyond it\n"
    "--max-steps N     : bytecode instruction budget (BudgetExceeded beyond it)\n"
    "--max-output N    : stdout+stderr byte budget\n"
    "--dis  : print the disassembly of the file's code instead of running it\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static void write_err(const char *s) {
    BView v = bview_cstr(s);
    const Host *h = posix_host();
    h->write(h->ctx, HOST_STDERR, v.p, v.n);
}

static void write_out(const char *s) {
    BView v = bview_cstr(s);
    const Host *h = posix_host();
    h->write(h->ctx, HOST_STDOUT, v.p, v.n);
}

/* Parses "123", "64M", "2G" into bytes. */
static bool parse_size(const char *text, size_t *out) {
    BView v = bview_cstr(text);
    if (v.n == 0) return false;
    uint64_t x = 0;
    size_t i = 0;
    for (; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c < '0' || c > '9') break;
        if (x > (UINT64_MAX - 9) / 10) return false;
        x = x * 10 + (uint64_t)(c - '0');
    }
    if (i == 0) return false;
    uint64_t mul = 1;
    if (i < v.n) {
        int c = bview_get(v, i);
        if (c == 'k' || c == 'K') mul = (uint64_t)1 << 10;
        else if (c == 'm' || c == 'M') mul = (uint64_t)1 << 20;
        else if (c == 'g' || c == 'G') mul = (uint64_t)1 << 30;
        else return false;
        if (i + 1 != v.n) return false;
    }
    if (mul != 0 && x > UINT64_MAX / mul) return false;
    *out = (size_t)(x * mul);
    return true;
}

#define MAX_WARNOPTS 64 /* -W options on one command line */

static bool is_opt(const char *arg, const char *opt) { return bview_eq_cstr(bview_cstr(arg), opt); }

/* sys.argv = [argv0 or argv[first]] + argv[first+1:]. */
static bool set_sys_argv(Interp *I, int argc, char **argv, int first, const char *argv0) {
    Value l = list_new(I, 4);
    if (l == VAL_NULL) return false;
    for (int j = first; j < argc || (j == first && argv0 != NULL); j++) {
        const char *a = j == first && argv0 != NULL ? argv0 : cargs_get(argc, argv, j);
        if (a == NULL) a = "";
        Value s = str_from_cstr(I, a);
        if (s == VAL_NULL || !list_append(I, l, s)) return false;
    }
    if (list_len(l) == 0) {
        if (!list_append(I, l, I->empty_str)) return false;
    }
    return dict_set_cstr(I, module_dict(I->sys), "argv", l);
}

typedef struct WarnEnv {
    Interp *I;
    Value opts; /* list: the options of PYTHONWARNINGS */
} WarnEnv;

// Host.environ callback: PYTHONWARNINGS's comma-separated options (empty ones skipped, as
// CPython) appended to opts; 1 stops the walk with an exception pending.
static int warn_env(void *arg, const char *entry) {
    WarnEnv *c = arg;
    BView v = bview_cstr(entry), key = bview_cstr("PYTHONWARNINGS=");
    if (!bview_startswith(v, key)) return 0;
    v = bview_slice(v, key.n, v.n);
    size_t at = 0;
    while (at <= v.n) {
        int64_t comma = bview_find_byte(v, ',', at);
        size_t end = comma < 0 ? v.n : (size_t)comma;
        if (end > at) {
            Value o = str_from_utf8(c->I, bview_slice(v, at, end));
            if (o == VAL_NULL || !list_append(c->I, c->opts, o)) return 1;
        }
        at = end + 1;
    }
    return 0;
}

int safepy_main(int argc, char **argv) {
    safepy_Config cfg = {0};
    const char *prog = argc > 0 ? cargs_get(argc, argv, 0) : "safepy";
    const char *command = NULL, *module = NULL, *script = NULL;
    bool inspect = false, from_stdin = false, dis = false, no_env = false;
    int wopt_at[MAX_WARNOPTS], wopt_skip[MAX_WARNOPTS], nwopt = 0; // -W values in argv
    int i = 1;
    for (; i < argc; i++) {
        const char *a = cargs_get(argc, argv, i);
        BView av = bview_cstr(a);
        if (is_opt(a, "-c") || is_opt(a, "-m")) {
            const char *val = cargs_get(argc, argv, i + 1);
            if (val == NULL) {
                write_err("Argument expected for the ");
                write_err(a);
                write_err(" option\n");
                write_err(USAGE);
                return 2;
            }
            if (is_opt(a, "-c")) command = val;
            else module = val;
            i++;
            break;
        }
        if (is_opt(a, "-V") || is_opt(a, "--version")) {
            write_out("Python " SAFEPY_PYTHON_VERSION " (safepy " SAFEPY_VERSION ")\n");
            return 0;
        }
        if (is_opt(a, "-h") || is_opt(a, "--help") || is_opt(a, "-?")) {
            write_out(USAGE);
            return 0;
        }
        if (is_opt(a, "-i")) {
            inspect = true;
            continue;
        }
        if (is_opt(a, "--dis")) {
            dis = true;
            continue;
        }
        if (is_opt(a, "--max-heap") || is_opt(a, "--max-steps") || is_opt(a, "--max-output")) {
            size_t n = 0;
            const char *val = cargs_get(argc, argv, i + 1);
            if (val == NULL || !parse_size(val, &n)) {
                write_err(prog);
                write_err(": invalid value for ");
                write_err(a);
                write_err("\n");
                return 2;
            }
            if (is_opt(a, "--max-heap")) cfg.max_heap = n;
            else if (is_opt(a, "--max-steps")) cfg.max_steps = (int64_t)n;
            else cfg.max_output = (int64_t)n;
            i++;
            continue;
        }
        if (is_opt(a, "-W") || (bview_startswith(av, bview_cstr("-W")) && av.n > 2)) {
            // sys.warnoptions, processed when the warnings module loads (-W X or -WX)
            bool attached = av.n > 2;
            if (!attached && cargs_get(argc, argv, i + 1) == NULL) {
                write_err("Argument expected for the -W option\n");
                write_err(USAGE);
                return 2;
            }
            if (nwopt >= MAX_WARNOPTS) {
                write_err(prog);
                write_err(": too many -W options\n");
                return 2;
            }
            wopt_at[nwopt] = attached ? i : i + 1;
            wopt_skip[nwopt++] = attached ? 2 : 0;
            if (!attached) i++;
            continue;
        }
        if (is_opt(a, "-X")) {
            i++;
            continue;
        }
        if (is_opt(a, "-")) {
            from_stdin = true;
            break;
        }
        if (bview_get(av, 0) == '-' && av.n > 1 && bview_get(av, 1) != '-') {
            bool ok = true;
            for (size_t k = 1; k < av.n; k++) {
                int c = bview_get(av, k);
                if (c == 'i') inspect = true;
                else if (c == 'E' || c == 'I') no_env = true; // PYTHON* variables ignored
                else if (bview_find_byte(bview_cstr("uBEsSOIqdv"), (uint8_t)c, 0) < 0) ok = false;
            }
            if (ok) continue;
        }
        if (bview_get(av, 0) == '-') {
            write_err("Unknown option: ");
            write_err(a);
            write_err("\n");
            write_err(USAGE);
            return 2;
        }
        script = a;
        break;
    }
    safepy_State *S = safepy_new(&cfg, __builtin_frame_address(0));
    if (S == NULL) {
        write_err(prog);
        write_err(": cannot reserve the heap (try --max-heap)\n");
        return 1;
    }
    Interp *I = S->I;
    S->prog = prog;
    const char *argv0 = command != NULL ? "-c" : module != NULL ? "-m" : NULL;
    int first = i < argc ? i : argc;
    if (command != NULL || module != NULL) first = i + 1 <= argc ? i + 1 : argc;
    if (first > argc) first = argc;
    if (argv0 != NULL) first--;
    if (!set_sys_argv(I, argc, argv, first, argv0)) return finish(S, VAL_NULL);
    if (no_env && !iomod_std_ignore_env(I)) return finish(S, VAL_NULL);
    Value wopts = dict_get_cstr(I, module_dict(I->sys), "warnoptions");
    // PYTHONWARNINGS's options come first, then the -W options (which thus win)
    WarnEnv we = {I, list_new(I, 0)};
    if (we.opts == VAL_NULL) return finish(S, VAL_NULL);
    const Host *h = I->host;
    if (!no_env && h->environ != NULL && h->environ(h->ctx, warn_env, &we) == 1) exc_clear(I);
    size_t nenv = list_len(we.opts);
    for (size_t k = 0; k < nenv + (size_t)nwopt && wopts != VAL_NULL; k++) {
        Value o;
        if (k < nenv) {
            o = list_get(we.opts, k);
        } else {
            BView w = bview_cstr(cargs_get(argc, argv, wopt_at[k - nenv]));
            o = str_new(I, bview_slice(w, (size_t)wopt_skip[k - nenv], w.n));
        }
        if (o == VAL_NULL) return finish(S, VAL_NULL);
        // an option given twice is kept once, at its first place (as CPython)
        bool seen = false;
        for (size_t j = 0; j < list_len(wopts) && !seen; j++)
            seen = bview_eq(str_view(list_get(wopts, j)), str_view(o));
        if (!seen && !list_append(I, wopts, o)) return finish(S, VAL_NULL);
    }
    // with -W options the warnings module loads at startup (its filters apply from the
    // first statement; a bad option is reported before the program runs), as CPython
    if (nwopt + nenv > 0 && import_module_cstr(I, "warnings") == VAL_NULL) {
        Value e = exc_fetch(I);
        write_err("'import warnings' failed; traceback:\n");
        traceback_print(I, e);
    }
    bool tty = I->host->isatty(I->host->ctx, HOST_STDIN);
    // Under -i the program's SystemExit is reported and the REPL follows (CPython 3.11).
    S->inspect = inspect;
    S->banner = inspect && command == NULL && module == NULL && script == NULL;
    int status;
    if (command != NULL) {
        if (safepy_set_path0(S, "") != 0) return 1;
        status = safepy_run_string(S, command, "<string>");
    } else if (module != NULL) {
        status = safepy_run_module(S, module);
    } else if (script != NULL && !from_stdin) {
        status = dis ? safepy_dis_file(S, script) : safepy_run_file(S, script);
        if (status < 0) {
            Value abs = absolute_path(I, script);
            write_err(prog);
            write_err(": can't open file '");
            const char *shown = abs != VAL_NULL ? str_cstr(I, abs) : NULL;
            write_err(shown != NULL ? shown : script);
            write_err(status == -13 ? "': [Errno 13] Permission denied\n" : "': [Errno 2] No such file or directory\n");
            if (!inspect) return 2;
            status = 2;
        }
    } else if (tty && !from_stdin && !inspect) {
        return safepy_repl(S, 1);
    } else if (inspect && !from_stdin) {
        status = 0;
    } else {
        status = safepy_run_stdin(S);
    }
    if (inspect && !I->exiting) {
        S->inspect = false;
        status = safepy_repl(S, tty ? 1 : 0);
    }
    safepy_flush(S);
    return status;
}

int safepy_dis_file(safepy_State *S, const char *path) {
    Interp *I = S->I;
    Value abs = absolute_path(I, path);
    if (abs == VAL_NULL) return finish(S, VAL_NULL);
    int err = 0;
    Value src = import_read_file(I, abs, &err);
    if (src == VAL_NULL) {
        if (I->exc != VAL_NULL) return finish(S, VAL_NULL);
        return -err; // the caller reports "can't open file"
    }
    Value fn = str_from_cstr(I, path);
    if (fn == VAL_NULL) return finish(S, VAL_NULL);
    src = import_source_utf8(I, src, VAL_NULL);
    if (src == VAL_NULL) return finish(S, VAL_NULL);
    Value code = compile_source(I, bytes_view(src), fn, COMPILE_EXEC);
    if (code == VAL_NULL) return finish(S, VAL_NULL);
    StrBuilder sb;
    sb_init(&sb);
    if (!dis_code(I, code, &sb)) return finish(S, VAL_NULL);
    Value text = sb_finish(I, &sb);
    if (text == VAL_NULL) return finish(S, VAL_NULL);
    BView v = str_view(text);
    I->host->write(I->host->ctx, HOST_STDOUT, v.p, v.n);
    return 0;
}
