/*
 * safepy.h: the public embedding API. The command line, the enclave host and any
 * application embedding safepy use only this header.
 *
 * An interpreter owns one GC heap of a fixed maximum size, given at creation; nothing it
 * runs can grow past it (MemoryError) or past the other limits. Every function here is
 * safe to call with any input: bad arguments give an error status, never a crash.
 */
#ifndef SAFEPY_H
#define SAFEPY_H

#include <stddef.h>
#include <stdint.h>

#define SAFEPY_VERSION "0.1.0"
#define SAFEPY_PYTHON_VERSION "3.11.0"

typedef struct safepy_State safepy_State;

/* Limits and settings for a new interpreter. Zero fields take the defaults. */
typedef struct safepy_Config {
    size_t max_heap;          /* bytes of GC heap (default 4 GiB, reserved lazily) */
    int64_t max_steps;        /* bytecode instruction budget per run (0: unlimited) */
    int64_t max_output;       /* bytes of stdout+stderr per run (0: unlimited) */
    int recursion_limit;      /* initial sys.getrecursionlimit() (default 1000) */
    size_t c_stack;           /* bytes of C stack the interpreter may use (default 6 MiB) */
} safepy_Config;

/* Creates an interpreter using the POSIX host. NULL when memory for the heap cannot be
 * reserved. [stack_base] is the address of a local variable in the caller's outermost
 * frame that will call into safepy (the collector scans the C stack up to it). */
safepy_State *safepy_new(const safepy_Config *cfg, void *stack_base);

/* Releases the interpreter and its heap. */
void safepy_free(safepy_State *S);

/* Result of running code: the process exit status CPython would give (0 success, 1
 * uncaught exception (already reported on stderr), n for SystemExit(n)). */
int safepy_run_file(safepy_State *S, const char *path);
int safepy_run_string(safepy_State *S, const char *source, const char *filename);
int safepy_run_module(safepy_State *S, const char *module);

/* Reads statements from stdin until EOF, echoing expression values; errors are reported
 * and the session goes on. Returns the exit status. [interactive]: show prompts. */
int safepy_repl(safepy_State *S, int interactive);

/* Runs source read from stdin as __main__ named "<stdin>". */
int safepy_run_stdin(safepy_State *S);

/* Flushes buffered output (sys.stdout). */
void safepy_flush(safepy_State *S);

/* Sets sys.path[0] (the main script's directory, "" for the current one). */
int safepy_set_path0(safepy_State *S, const char *dir);

/* The python3-style command line: `safepy [options] [-c cmd | -m mod | file | -] args`.
 * Returns the process exit status. */
int safepy_main(int argc, char **argv);

/* Prints a disassembly of the file's module code (debugging). */
int safepy_dis_file(safepy_State *S, const char *path);

#endif
