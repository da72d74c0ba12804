/*
 * re_match.h: the regular-expression matcher behind the re module: a backtracking
 * machine running a flat program (a ValVec of small ints) produced by re.py's compiler.
 *
 * The machine keeps its backtrack stack in a heap ValVec (never C recursion), undoes every
 * register write on backtracking (so a failed attempt leaves the registers as it found
 * them), and charges its steps to the interpreter's instruction budget.
 *
 * Invariant: every read of the program, the registers, the backtrack stack and the subject
 * goes through a checked accessor; a malformed program makes a match fail or raise
 * ValueError, never read out of bounds.
 */
#ifndef SAFEPY_MODULES_RE_MATCH_H
#define SAFEPY_MODULES_RE_MATCH_H

#include "../objects/interp.h"

/* Opcodes (re.py emits the same numbers; keep the two in step). */
enum {
    RE_FAIL = 0, RE_SUCCESS, RE_CHAR, RE_CHAR_I, RE_NOT_CHAR, RE_NOT_CHAR_I, RE_ANY,
    RE_ANY_ALL, RE_SET, RE_SET_I, RE_AT, RE_SAVE, RE_JMP, RE_SPLIT, RE_LOOP, RE_INCR,
    RE_REPEAT1, RE_ATOMIC_START, RE_ATOMIC_END, RE_LOOK_START, RE_LOOK_END, RE_GROUPREF,
    RE_GROUPREF_I, RE_GROUPEXISTS, RE_SETREG, RE_CAT, RE_SETLAST, RE__NOPS
};

/* Set items inside RE_SET / RE_SET_I. */
enum { RE_SI_END = 0, RE_SI_CHAR, RE_SI_RANGE, RE_SI_CAT, RE_SI_NEGATE };

/* The subject of a match: bytes-like or ASCII str (one byte per position), or the code
 * points of a non-ASCII str. */
typedef struct ReSubject {
    BView v;
    const ValVec *cps; /* non-NULL: positions index this vector */
    int64_t n;
} ReSubject;

/* One compiled program with the facts the search loop uses. */
typedef struct ReProg {
    ValVec code;
    int64_t nregs;    /* marks (2 per group incl. group 0), lastindex, loop registers */
    int64_t ngroups;  /* capturing groups, excluding group 0 */
    int64_t first;    /* code point every match starts with, or -1 */
    int64_t firstop;  /* pc of a one-character op every match starts with, or -1 */
    bool anchored;    /* the match can only start at position 0 */
    ValVec aux;       /* filled by re_match_prepare (empty: no shortcuts, same results):
                       * aux[pc] of a one-character op is the index in aux of four 32-bit
                       * words, its members among code points 0..127; aux[pc] of a SPLIT is
                       * the pc of the one-character op its fall-through branch starts with */
} ReProg;

/* Runs [p] on [s] from positions [pos, endpos]. [mode]: 0 match, 1 fullmatch, 2 search.
 * [must_advance]: a match may not be empty at [pos] (the 3.7+ rule for consecutive
 * matches). On a match fills [regs] (resized to p->nregs: marks then lastindex) and
 * returns 1; 0 for no match; -1 with an exception (budget, memory). [bt] is scratch space
 * for the backtrack stack (reused between calls to avoid reallocating it). */
int re_match_run(Interp *I, const ReProg *p, const ReSubject *s, int64_t pos, int64_t endpos,
                 int mode, bool must_advance, ValVec *regs, ValVec *bt);

/* 1 when [code] is a well-formed program: known opcodes with complete operands, jump
 * targets on instruction starts, and backward jumps only along loop back edges; 0 when
 * not; -1 with MemoryError. */
int re_match_validate(Interp *I, const ValVec *code);

/* Computes [p]'s auxiliary tables (the ASCII bitmaps of its set ops) from its validated
 * code. false with MemoryError. */
bool re_match_prepare(Interp *I, ReProg *p);

/* Simple case mappings the matcher uses (exported for the module's helpers). */
uint32_t re_match_lower(uint32_t c);
uint32_t re_match_upper(uint32_t c);

#endif
