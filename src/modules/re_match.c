/*
 * re_match.c: the backtracking matcher of the re module (see re_match.h).
 *
 * State: registers (ValVec of small ints: group marks, lastindex, loop counters and saved
 * positions), a backtrack stack of 2-word entries (a * 8 + kind, b) in a ValVec, the
 * program counter and the position (a repeat's entry also needs c: a BT_EXTRA entry holding
 * c sits directly below it, pushed and popped with it). Every register write first pushes the old value (BT_REG), so
 * backtracking past it restores it; cutting the stack (atomic groups, lookarounds) keeps
 * those restore entries. Failure pops entries until one resumes the machine.
 *
 * Invariant: no C recursion; every index goes through vec_get/vec_set/bview_get; the step
 * counter is charged to I->steps so a catastrophic pattern stops at the budget.
 */
#include "re_match.h"

#include "../kernel/unicode.h"
#include "../objects/exc.h"

enum { BT_BRANCH = 1, BT_REG, BT_NEGLOOK, BT_REP_GREEDY, BT_REP_LAZY, BT_EXTRA };
#define BT_W 2u              /* words per entry */
#define BT_A_MAX ((int64_t)1 << 48) /* an entry's a (a pc or a register) is below this */

typedef struct M {
    Interp *I;
    const ReProg *p;
    const ReSubject *s;
    int64_t start, end;   /* start of this attempt; endpos */
    bool fullmatch, must_advance;
    int64_t search_pos;   /* the pos must_advance refers to */
    ValVec *regs;
    ValVec *bt;           /* backtrack stack (caller's scratch vector; its length is the
                           * capacity in use, entries live below [top]) */
    size_t top;           /* height of the backtrack stack */
    int64_t pending;      /* steps not yet charged to I->steps */
} M;

static int64_t op_len(const ValVec *code, int64_t pc);

// ---- checked accessors ----

// Outside the program (a negative pc wraps to a huge index) reads VAL_NULL, whose small
// value is 0: RE_FAIL as an opcode.
static inline int64_t code_at(const M *m, int64_t pc) {
    return (int64_t)val_small(vec_get(&m->p->code, (size_t)pc));
}

static inline int64_t ch_at(const M *m, int64_t i) {
    if (i < 0 || i >= m->s->n) return -1;
    if (m->s->cps == NULL) return bview_get(m->s->v, (size_t)i);
    Value v = vec_get(m->s->cps, (size_t)i);
    return v == VAL_NULL ? -1 : (int64_t)val_small(v);
}

static inline int64_t reg_get(const M *m, int64_t r) {
    if (r < 0) return -1;
    Value v = vec_get(m->regs, (size_t)r);
    return v == VAL_NULL ? -1 : (int64_t)val_small(v);
}

// Grows the backtrack vector (doubling) so [w] more words fit above [top].
static bool bt_grow(M *m, size_t w) {
    size_t n = m->bt->len < 64 ? 64 : 2 * m->bt->len;
    if (n < m->top + w || vec_resize(m->I->heap, m->bt, n) != K_OK) {
        exc_nomem(m->I);
        return false;
    }
    return true;
}

static int bad_prog(M *m);

// Pushes one entry (two for the repeat kinds: BT_EXTRA holding [c] below the entry). The
// vector only grows; pops lower [top] without touching it.
static inline bool bt_push(M *m, int64_t kind, int64_t a, int64_t b, int64_t c) {
    if (a < 0 || a >= BT_A_MAX) {
        (void)bad_prog(m);
        return false;
    }
    bool extra = kind == BT_REP_GREEDY || kind == BT_REP_LAZY;
    size_t w = extra ? 2 * BT_W : BT_W;
    size_t t = m->top;
    if (t + w > m->bt->len && !bt_grow(m, w)) return false;
    if (extra) {
        (void)vec_set(m->bt, t, val_from_small((intptr_t)BT_EXTRA));
        (void)vec_set(m->bt, t + 1, val_from_small((intptr_t)c));
        t += BT_W;
    }
    (void)vec_set(m->bt, t, val_from_small((intptr_t)(a * 8 + kind)));
    (void)vec_set(m->bt, t + 1, val_from_small((intptr_t)b));
    m->top = t + BT_W;
    return true;
}

static inline int64_t bt_word(const M *m, size_t i) {
    Value v = vec_get(m->bt, i);
    return v == VAL_NULL ? -1 : (int64_t)val_small(v);
}

// Writes register [r], saving the old value for backtracking.
static inline bool reg_set(M *m, int64_t r, int64_t x) {
    int64_t old = reg_get(m, r);
    if (old == x) return true;
    if (r < 0 || (size_t)r >= m->regs->len) {
        exc_raise(m->I, TY_VALUE_ERROR, "invalid regular expression program");
        return false;
    }
    if (!bt_push(m, BT_REG, r, old, 0)) return false;
    (void)vec_set(m->regs, (size_t)r, val_from_small((intptr_t)x));
    return true;
}

// Pushes the restore entry of register [r] (about to be written directly).
static inline bool reg_save(M *m, int64_t r) {
    if (r < 0 || (size_t)r >= m->regs->len) {
        exc_raise(m->I, TY_VALUE_ERROR, "invalid regular expression program");
        return false;
    }
    return bt_push(m, BT_REG, r, reg_get(m, r), 0);
}

// The kind of the entry at word [i] (-1 outside the stack).
static inline int64_t bt_kind(const M *m, size_t i) {
    int64_t w = bt_word(m, i);
    return w < 0 ? -1 : w % 8;
}

// Drops the entries above [height] except register restores (atomic groups, lookarounds).
static bool bt_cut(M *m, int64_t height) {
    size_t h = height < 0 ? 0 : (size_t)height;
    if (h > m->top) return true;
    size_t w = h;
    for (size_t i = h; i + BT_W - 1 < m->top; i += BT_W) {
        if (bt_kind(m, i) != BT_REG) continue;
        if (w != i) {
            for (size_t k = 0; k < BT_W; k++) (void)vec_set(m->bt, w + k, vec_get(m->bt, i + k));
        }
        w += BT_W;
    }
    m->top = w;
    return true;
}

// ---- character tests ----

uint32_t re_match_lower(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t o[UNICODE_MAX_MAP];
    size_t n = unicode_to_lower(c, o);
    if (n == 1) return o[0];
    if (c == 0x130) return 'i';
    return c;
}

uint32_t re_match_upper(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t o[UNICODE_MAX_MAP];
    size_t n = unicode_to_upper(c, o);
    return n == 1 ? o[0] : c;
}

// The other member of the three pairs of lowercase letters that share an uppercase
// which is more than one character (so lower(upper(c)) cannot join them; CPython's
// re._casefix lists them with the pairs that it can), or [c] itself.
static uint32_t case_partner(uint32_t c) {
    switch (c) {
    case 0x390: return 0x1fd3;   // GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS / OXIA
    case 0x1fd3: return 0x390;
    case 0x3b0: return 0x1fe3;   // GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS / OXIA
    case 0x1fe3: return 0x3b0;
    case 0xfb05: return 0xfb06;  // LATIN SMALL LIGATURE LONG S T / ST
    case 0xfb06: return 0xfb05;
    default: return c;
    }
}

static inline uint32_t fold(uint32_t c, int64_t mode) {
    if (mode == 0 || c < 128) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return c;
    }
    uint32_t f = re_match_lower(re_match_upper(c));
    uint32_t p = case_partner(f);
    return p < f ? p : f;
}

static bool is_word_ascii(int64_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

static bool is_word(int64_t c, bool uni) {
    if (c < 0) return false;
    if (c < 128 || !uni) return is_word_ascii(c);
    return unicode_is_alnum((uint32_t)c);
}

static bool cat_match(int64_t cat, int64_t c) {
    bool uni = cat >= 6;
    int64_t k = uni ? cat - 6 : cat;
    bool r;
    switch (k / 2) {
    case 0:
        r = (c >= '0' && c <= '9') || (uni && c >= 128 && unicode_is_decimal((uint32_t)c));
        break;
    case 1:
        r = c == ' ' || (c >= 9 && c <= 13) ||
            (uni && c >= 128 && unicode_is_space((uint32_t)c)) ||
            (uni && c >= 0x1c && c <= 0x1f);
        break;
    default:
        r = is_word(c, uni);
        break;
    }
    return (k % 2) ? !r : r;
}

// Membership of [c] in the set items starting at [pc] (ending at RE_SI_END).
static bool set_has(const M *m, int64_t pc, int64_t c) {
    bool neg = false;
    if (code_at(m, pc) == RE_SI_NEGATE) {
        neg = true;
        pc++;
    }
    for (;;) {
        switch (code_at(m, pc)) {
        case RE_SI_CHAR:
            if (code_at(m, pc + 1) == c) return !neg;
            pc += 2;
            break;
        case RE_SI_RANGE:
            if (c >= code_at(m, pc + 1) && c <= code_at(m, pc + 2)) return !neg;
            pc += 3;
            break;
        case RE_SI_CAT:
            if (cat_match(code_at(m, pc + 1), c)) return !neg;
            pc += 2;
            break;
        default:
            return neg;
        }
    }
}

static bool set_has_i(const M *m, int64_t pc, int64_t c, int64_t mode) {
    bool neg = code_at(m, pc) == RE_SI_NEGATE;
    int64_t items = neg ? pc + 1 : pc;
    bool in = set_has(m, items, c);
    if (!in) {
        uint32_t u = (uint32_t)c;
        int64_t lo = mode ? re_match_lower(u) : fold(u, 0);
        int64_t up = mode ? re_match_upper(u) : ((c >= 'a' && c <= 'z') ? c - 32 : c);
        int64_t f = fold(u, mode);
        int64_t p = mode ? case_partner(u) : u;
        in = (lo != c && set_has(m, items, lo)) || (up != c && set_has(m, items, up)) ||
             (f != c && f != lo && set_has(m, items, f)) || (p != c && set_has(m, items, p));
    }
    return neg ? !in : in;
}

// Membership of ASCII [c] (0..127) in the set op at [pc] from its bitmap: 1 in, 0 out,
// -1 when the op has none.
static inline int set_bit(const M *m, int64_t pc, int64_t c) {
    Value k = vec_get(&m->p->aux, (size_t)pc);
    if (k == VAL_NULL) return -1;
    Value w = vec_get(&m->p->aux, (size_t)val_small(k) + (size_t)(c >> 5));
    if (w == VAL_NULL) return -1;
    return (int)((val_small(w) >> (c & 31)) & 1);
}

// True when the one-character op at [pc] accepts character [c] (>= 0).
static bool one_c(const M *m, int64_t pc, int64_t op, int64_t c) {
    switch (op) {
    case RE_CHAR: return c == code_at(m, pc + 1);
    case RE_NOT_CHAR: return c != code_at(m, pc + 1);
    case RE_CHAR_I: {
        int64_t mode = code_at(m, pc + 2);
        return fold((uint32_t)c, mode) == fold((uint32_t)code_at(m, pc + 1), mode);
    }
    case RE_NOT_CHAR_I: {
        int64_t mode = code_at(m, pc + 2);
        return fold((uint32_t)c, mode) != fold((uint32_t)code_at(m, pc + 1), mode);
    }
    case RE_ANY: return c != '\n';
    case RE_ANY_ALL: return true;
    case RE_SET: return set_has(m, pc + 2, c);
    case RE_SET_I: return set_has_i(m, pc + 3, c, code_at(m, pc + 2));
    case RE_CAT: return cat_match(code_at(m, pc + 1), c);
    default: return false;
    }
}

// True when the one-character op at [pc] accepts the character at [pos] (< end).
static inline bool one(const M *m, int64_t pc, int64_t pos) {
    int64_t c = ch_at(m, pos);
    if (c < 0 || pos >= m->end) return false;
    int64_t op = code_at(m, pc);
    if (op == RE_CHAR) return c == code_at(m, pc + 1);
    if (c < 128) {
        int b = set_bit(m, pc, c);
        if (b >= 0) return b != 0;
    }
    return one_c(m, pc, op, c);
}

// The ASCII bitmap of the one-character op at [pc] (false when it has none).
typedef struct Bits {
    uint32_t w[4];
} Bits;

static bool load_bits(const M *m, int64_t pc, Bits *b) {
    Value k = vec_get(&m->p->aux, (size_t)pc);
    if (k == VAL_NULL) return false;
    for (size_t i = 0; i < 4; i++) {
        Value w = vec_get(&m->p->aux, (size_t)val_small(k) + i);
        if (w == VAL_NULL) return false;
        b->w[i] = (uint32_t)val_small(w);
    }
    return true;
}

static inline bool bits_has(const Bits *b, int64_t c) {
    return (b->w[(c >> 5) & 3] >> (c & 31)) & 1u;
}

// How many characters from [pos] (at most [want], which stays below end - pos) the
// one-character op at [pc] accepts in a row.
static int64_t span(const M *m, int64_t pc, int64_t pos, int64_t want) {
    Bits b;
    int64_t k = 0;
    if (!load_bits(m, pc, &b)) {
        while (k < want && one(m, pc, pos + k)) k++;
        return k;
    }
    int64_t op = code_at(m, pc);
    if (m->s->cps == NULL) {
        BView v = m->s->v;
        while (k < want) {
            int c = bview_get(v, (size_t)(pos + k));
            if (c < 0) break;
            if (c < 128 ? !bits_has(&b, c) : !one_c(m, pc, op, c)) break;
            k++;
        }
        return k;
    }
    while (k < want) {
        int64_t c = ch_at(m, pos + k);
        if (c < 0) break;
        if (c < 128 ? !bits_has(&b, c) : !one_c(m, pc, op, c)) break;
        k++;
    }
    return k;
}

// The first position in [pos, end) whose character the one-character op at [pc] accepts,
// or [end].
static int64_t seek(const M *m, int64_t pc, int64_t pos, int64_t end) {
    Bits b;
    if (!load_bits(m, pc, &b)) {
        while (pos < end && !one(m, pc, pos)) pos++;
        return pos;
    }
    int64_t op = code_at(m, pc);
    if (m->s->cps == NULL) {
        BView v = m->s->v;
        for (; pos < end; pos++) {
            int c = bview_get(v, (size_t)pos);
            if (c < 0) return end;
            if (c < 128 ? bits_has(&b, c) : one_c(m, pc, op, c)) return pos;
        }
        return end;
    }
    for (; pos < end; pos++) {
        int64_t c = ch_at(m, pos);
        if (c < 0) return end;
        if (c < 128 ? bits_has(&b, c) : one_c(m, pc, op, c)) return pos;
    }
    return end;
}

static bool at_match(const M *m, int64_t kind, int64_t pos) {
    switch (kind) {
    case 0: return pos == 0;
    case 1: return pos == 0 || ch_at(m, pos - 1) == '\n';
    case 2: return pos == m->end || (pos + 1 == m->end && ch_at(m, pos) == '\n');
    case 3: return pos == m->end || ch_at(m, pos) == '\n';
    case 4: return pos == m->end;
    default: {
        if (m->end == 0) return false;
        bool uni = kind >= 7;
        bool before = pos > 0 && is_word(ch_at(m, pos - 1), uni);
        bool after = pos < m->end && is_word(ch_at(m, pos), uni);
        bool bound = before != after;
        return (kind == 5 || kind == 7) ? bound : !bound;
    }
    }
}

// Compares the text of group [g] with the subject at [pos]; the length matched or -1.
static int64_t groupref(const M *m, int64_t g, int64_t pos, bool icase, int64_t mode) {
    int64_t a = reg_get(m, 2 * g), b = reg_get(m, 2 * g + 1);
    if (a < 0 || b < a) return -1;
    int64_t len = b - a;
    if (pos + len > m->end) return -1;
    for (int64_t i = 0; i < len; i++) {
        int64_t x = ch_at(m, a + i), y = ch_at(m, pos + i);
        if (x != y && (!icase || fold((uint32_t)x, mode) != fold((uint32_t)y, mode))) return -1;
    }
    return len;
}

// Charges steps to the interpreter's budget.
static bool charge(M *m) {
    Interp *I = m->I;
    I->steps += m->pending;
    m->pending = 0;
    if (I->limits.max_steps > 0 && I->steps > I->limits.max_steps) {
        exc_raise(I, TY_BUDGET_ERROR, "instruction budget exhausted");
        return false;
    }
    return true;
}

static int bad_prog(M *m) {
    exc_raise(m->I, TY_VALUE_ERROR, "invalid regular expression program");
    return -1;
}

// Runs the program from [pc] at [pos]: 1 match (regs hold marks), 0 no match, -1 error.
static int run(M *m, int64_t pc, int64_t pos) {
    size_t base = m->top;
    for (;;) {
        if (++m->pending >= 4096 && !charge(m)) return -1;
        int64_t op = code_at(m, pc);
        switch (op) {
        case RE_SUCCESS:
            if (pos < m->start || pos > m->end) return bad_prog(m);
            if ((m->fullmatch && pos != m->end) ||
                (m->must_advance && pos == m->search_pos && m->start == m->search_pos))
                goto fail;
            // The span is the attempt's, whatever the program wrote to register 0: the
            // callers' empty-match rule (scan, findall, sub) relies on it.
            (void)vec_set(m->regs, 0, val_from_small((intptr_t)m->start));
            (void)vec_set(m->regs, 1, val_from_small((intptr_t)pos));
            return 1;
        case RE_CHAR: case RE_NOT_CHAR: case RE_ANY: case RE_ANY_ALL: case RE_CAT:
            if (!one(m, pc, pos)) goto fail;
            pos++;
            pc += (op == RE_ANY || op == RE_ANY_ALL) ? 1 : 2;
            break;
        case RE_CHAR_I: case RE_NOT_CHAR_I:
            if (!one(m, pc, pos)) goto fail;
            pos++;
            pc += 3;
            break;
        case RE_SET: case RE_SET_I: {
            int64_t skip = code_at(m, pc + 1);
            if (skip < 3) return bad_prog(m);
            if (!one(m, pc, pos)) goto fail;
            pos++;
            pc += skip;
            break;
        }
        case RE_AT:
            if (!at_match(m, code_at(m, pc + 1), pos)) goto fail;
            pc += 2;
            break;
        case RE_SAVE: {
            int64_t idx = code_at(m, pc + 1);
            if (!reg_set(m, idx, pos)) return -1;
            if (idx >= 3 && (idx & 1) && !reg_set(m, 2 * m->p->ngroups + 2, idx / 2))
                return -1;
            pc += 2;
            break;
        }
        case RE_JMP:
            pc = code_at(m, pc + 1);
            break;
        case RE_SPLIT: {
            // A branch that must start with a character the op at aux[pc] rejects is
            // skipped without a backtrack entry (it could only fail).
            Value f = vec_get(&m->p->aux, (size_t)pc);
            if (f != VAL_NULL && !one(m, (int64_t)val_small(f), pos)) {
                pc = code_at(m, pc + 1);
                break;
            }
            if (!bt_push(m, BT_BRANCH, code_at(m, pc + 1), pos, 0)) return -1;
            pc += 2;
            break;
        }
        case RE_SETREG:
            if (!reg_set(m, code_at(m, pc + 1), code_at(m, pc + 2))) return -1;
            pc += 3;
            break;
        case RE_SETLAST:
            if (!reg_set(m, code_at(m, pc + 1) + 1, pos)) return -1;
            pc += 2;
            break;
        case RE_INCR: {
            int64_t r = code_at(m, pc + 1);
            if (!reg_set(m, r, reg_get(m, r) + 1)) return -1;
            pc = code_at(m, pc + 2);
            break;
        }
        case RE_LOOP: {
            // r min max mode exit body
            int64_t r = code_at(m, pc + 1), mn = code_at(m, pc + 2), mx = code_at(m, pc + 3);
            int64_t lazy = code_at(m, pc + 4), ex = code_at(m, pc + 5);
            int64_t body = pc + 7;
            int64_t c = reg_get(m, r);
            if (c < mn) {
                pc = body;
                break;
            }
            bool more = (mx < 0 || c < mx) && pos != reg_get(m, r + 1);
            if (!more) {
                pc = ex;
                break;
            }
            if (lazy) {
                if (!bt_push(m, BT_BRANCH, code_at(m, pc + 6), pos, 0)) return -1;
                pc = ex;
            } else {
                if (!reg_set(m, r + 1, pos)) return -1;
                if (!bt_push(m, BT_BRANCH, ex, pos, 0)) return -1;
                pc = body;
            }
            break;
        }
        case RE_REPEAT1: {
            // min max mode len <op>
            int64_t mn = code_at(m, pc + 1), mx = code_at(m, pc + 2);
            int64_t lazy = code_at(m, pc + 3), len = code_at(m, pc + 4);
            int64_t opc = pc + 5, next = pc + 5 + len;
            if (len < 1) return bad_prog(m);
            int64_t limit = m->end - pos;
            if (mx >= 0 && mx < limit) limit = mx;
            if (mn > limit) goto fail;
            int64_t k = 0;
            int64_t want = lazy ? mn : limit;
            if (want > 0) k = span(m, opc, pos, want);
            m->pending += k;
            if (k < mn) goto fail;
            if (lazy) {
                if (k < limit && !bt_push(m, BT_REP_LAZY, pc, pos + k, k)) return -1;
            } else if (k > mn) {
                if (!bt_push(m, BT_REP_GREEDY, next, pos + mn, pos + k - 1)) return -1;
            }
            pos += k;
            pc = next;
            break;
        }
        case RE_ATOMIC_START: {
            int64_t r = code_at(m, pc + 1);
            if (!reg_save(m, r)) return -1;
            (void)vec_set(m->regs, (size_t)(r < 0 ? 0 : r), val_from_small((intptr_t)m->top));
            pc += 2;
            break;
        }
        case RE_ATOMIC_END:
            if (!bt_cut(m, reg_get(m, code_at(m, pc + 1)))) return -1;
            pc += 2;
            break;
        case RE_LOOK_START: {
            // r neg width after
            int64_t r = code_at(m, pc + 1), neg = code_at(m, pc + 2);
            int64_t width = code_at(m, pc + 3), after = code_at(m, pc + 4);
            if (!reg_save(m, r) || !reg_set(m, r + 1, pos)) return -1;
            if (width >= 0 && pos < width) {
                if (neg) {
                    pc = after;
                    break;
                }
                goto fail;
            }
            if (neg && !bt_push(m, BT_NEGLOOK, after, pos, 0)) return -1;
            (void)vec_set(m->regs, (size_t)(r < 0 ? 0 : r), val_from_small((intptr_t)m->top));
            if (width >= 0) pos -= width;
            pc += 5;
            break;
        }
        case RE_LOOK_END: {
            int64_t r = code_at(m, pc + 1), neg = code_at(m, pc + 2);
            int64_t h = reg_get(m, r);
            if (neg) {
                // The body matched: the negative lookaround fails; drop its NEGLOOK too.
                if (!bt_cut(m, h)) return -1;
                if (m->top >= BT_W && bt_kind(m, m->top - BT_W) == BT_NEGLOOK &&
                    (size_t)h == m->top) {
                    m->top -= BT_W;
                } else if (!bt_cut(m, h - (int64_t)BT_W)) {
                    return -1;
                }
                goto fail;
            }
            pos = reg_get(m, r + 1);
            if (!bt_cut(m, h)) return -1;
            pc += 3;
            break;
        }
        case RE_GROUPREF: case RE_GROUPREF_I: {
            bool ic = op == RE_GROUPREF_I;
            int64_t n = groupref(m, code_at(m, pc + 1), pos, ic, ic ? code_at(m, pc + 2) : 0);
            if (n < 0) goto fail;
            m->pending += n;
            pos += n;
            pc += ic ? 3 : 2;
            break;
        }
        case RE_GROUPEXISTS: {
            int64_t g = code_at(m, pc + 1);
            int64_t a = reg_get(m, 2 * g), b = reg_get(m, 2 * g + 1);
            pc = (a >= 0 && b >= 0) ? pc + 3 : code_at(m, pc + 2);
            break;
        }
        case RE_FAIL:
            goto fail;
        default:
            return bad_prog(m);
        }
        continue;
    fail:
        for (;;) {
            if (m->top <= base) return 0;
            if (++m->pending >= 4096 && !charge(m)) return -1;
            size_t top = m->top - BT_W;
            int64_t w0 = bt_word(m, top), b = bt_word(m, top + 1), c = 0;
            if (w0 < 0) return bad_prog(m);
            int64_t kind = w0 % 8, a = w0 / 8;
            if (kind == BT_REP_GREEDY || kind == BT_REP_LAZY) {
                if (top < base + BT_W || bt_kind(m, top - BT_W) != BT_EXTRA) return bad_prog(m);
                top -= BT_W;
                c = bt_word(m, top + 1);
            }
            m->top = top;
            if (kind == BT_REG) {
                if (a >= 0 && (size_t)a < m->regs->len)
                    (void)vec_set(m->regs, (size_t)a, val_from_small((intptr_t)b));
                continue;
            }
            if (kind == BT_BRANCH || kind == BT_NEGLOOK) {
                pc = a;
                pos = b;
                break;
            }
            if (kind == BT_REP_GREEDY) {
                // a: continuation, b: lowest position, c: position to resume at
                int64_t p = c;
                int64_t want = -1;
                if (code_at(m, a) == RE_CHAR) want = code_at(m, a + 1);
                if (want >= 0) {
                    while (p >= b && ch_at(m, p) != want) p--;
                    if (p < b) continue;
                }
                if (p > b && !bt_push(m, BT_REP_GREEDY, a, b, p - 1)) return -1;
                pc = a;
                pos = p;
                break;
            }
            if (kind == BT_REP_LAZY) {
                // a: the REPEAT1 op, b: position reached so far, c: items matched
                int64_t mx = code_at(m, a + 2), len = code_at(m, a + 4);
                if ((mx >= 0 && c >= mx) || !one(m, a + 5, b)) continue;
                if ((mx < 0 || c + 1 < mx) && !bt_push(m, BT_REP_LAZY, a, b + 1, c + 1))
                    return -1;
                pc = a + 5 + len;
                pos = b + 1;
                break;
            }
            return bad_prog(m);
        }
    }
}

int re_match_run(Interp *I, const ReProg *p, const ReSubject *s, int64_t pos, int64_t endpos,
                 int mode, bool must_advance, ValVec *regs, ValVec *bt) {
    M m;
    m.I = I;
    m.p = p;
    m.s = s;
    m.end = endpos;
    m.fullmatch = mode == 1;
    m.must_advance = must_advance;
    m.search_pos = pos;
    m.regs = regs;
    m.bt = bt;
    m.pending = 0;
    m.top = 0;
    if (p->nregs < 2 * p->ngroups + 3) {
        exc_raise(I, TY_VALUE_ERROR, "invalid regular expression program");
        return -1;
    }
    if (vec_resize(I->heap, regs, (size_t)p->nregs) != K_OK) {
        exc_nomem(I);
        return -1;
    }
    for (size_t i = 0; i < regs->len; i++) (void)vec_set(regs, i, val_from_small(-1));
    if (pos > endpos) return 0;
    int64_t last = mode == 2 ? endpos : pos;
    if (p->anchored && mode == 2 && last > 0) last = pos == 0 ? 0 : -1;
    for (int64_t st = pos; st <= last; st++) {
        if (p->first >= 0 && mode == 2) {
            int64_t from = st;
            if (s->cps == NULL) {
                while (st < endpos && bview_get(s->v, (size_t)st) != p->first) st++;
            } else {
                while (st < endpos && ch_at(&m, st) != p->first) st++;
            }
            m.pending += st - from;
            if (st >= endpos) break;
        }
        if (p->firstop >= 0 && mode == 2) {
            int64_t from = st;
            st = seek(&m, p->firstop, st, endpos);
            m.pending += st - from;
            if (st >= endpos) break;
        }
        m.start = st;
        (void)vec_set(regs, 0, val_from_small((intptr_t)st));
        m.top = 0;
        int r = run(&m, 0, st);
        if (r != 0) {
            if (r > 0 && !charge(&m)) return -1;
            return r;
        }
        if (++m.pending >= 4096 && !charge(&m)) return -1;
    }
    if (!charge(&m)) return -1;
    return 0;
}

static bool is_single_op(int64_t op) {
    return op == RE_CHAR || op == RE_CHAR_I || op == RE_NOT_CHAR || op == RE_NOT_CHAR_I ||
           op == RE_ANY || op == RE_ANY_ALL || op == RE_SET || op == RE_SET_I || op == RE_CAT;
}

static bool aux_push(Interp *I, ValVec *v, int64_t x) {
    if (vec_push(I->heap, v, val_from_small((intptr_t)x)) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

bool re_match_prepare(Interp *I, ReProg *p) {
    vec_init(&p->aux);
    size_t n = p->code.len;
    if (vec_resize(I->heap, &p->aux, n) != K_OK) {
        exc_nomem(I);
        return false;
    }
    M m;
    m.I = I;
    m.p = p;
    // Every instruction start, including the one-character op inside a REPEAT1 and the
    // first-set op after SUCCESS (validated: op_len walks the whole program).
    for (int64_t pc = 0; pc < (int64_t)n;) {
        int64_t len = op_len(&p->code, pc);
        if (len <= 0) break;
        int64_t op = code_at(&m, pc), at = pc;
        if (op == RE_SPLIT) {
            // the one-character op the fall-through branch starts with (after SAVEs)
            int64_t q = pc + 2;
            while (q < (int64_t)n && code_at(&m, q) == RE_SAVE) q += 2;
            int64_t qop = code_at(&m, q), f = -1;
            if (q < (int64_t)n && is_single_op(qop)) f = q;
            if (q < (int64_t)n && qop == RE_REPEAT1 && code_at(&m, q + 1) >= 1) f = q + 5;
            if (f >= 0) (void)vec_set(&p->aux, (size_t)pc, val_from_small((intptr_t)f));
        }
        if (op == RE_REPEAT1) {
            at = pc + 5;
            op = code_at(&m, at);
        }
        // Sets and categories everywhere (their tests walk items); any one-character op
        // that span (a REPEAT1's) or seek (the first op) runs over many characters.
        bool scanned = at != pc || at == p->firstop;
        bool walks = op == RE_SET || op == RE_SET_I || op == RE_CAT;
        if (walks || (scanned && is_single_op(op))) {
            size_t k = p->aux.len;
            for (int w = 0; w < 4; w++) {
                int64_t bits = 0;
                for (int b = 0; b < 32; b++)
                    if (one_c(&m, at, op, 32 * w + b)) bits |= (int64_t)1 << b;
                if (!aux_push(I, &p->aux, bits)) return false;
            }
            (void)vec_set(&p->aux, (size_t)at, val_from_small((intptr_t)k));
        }
        pc += len;
    }
    return true;
}

// Length of the instruction at [pc] (0 when malformed).
static int64_t op_len(const ValVec *code, int64_t pc) {
    Value v = vec_get(code, (size_t)pc);
    if (v == VAL_NULL) return 0;
    switch (val_small(v)) {
    case RE_FAIL: case RE_SUCCESS: case RE_ANY: case RE_ANY_ALL: return 1;
    case RE_CHAR: case RE_NOT_CHAR: case RE_AT: case RE_SAVE: case RE_JMP: case RE_SPLIT:
    case RE_ATOMIC_START: case RE_ATOMIC_END: case RE_GROUPREF: case RE_CAT: case RE_SETLAST:
        return 2;
    case RE_CHAR_I: case RE_NOT_CHAR_I: case RE_INCR: case RE_LOOK_END: case RE_GROUPREF_I:
    case RE_GROUPEXISTS: case RE_SETREG:
        return 3;
    case RE_LOOK_START: return 5;
    case RE_LOOP: return 7;
    case RE_SET: case RE_SET_I: {
        Value k = vec_get(code, (size_t)pc + 1);
        return k == VAL_NULL || val_small(k) < 3 ? 0 : (int64_t)val_small(k);
    }
    case RE_REPEAT1: {
        Value k = vec_get(code, (size_t)pc + 4);
        if (k == VAL_NULL || val_small(k) < 1) return 0;
        int64_t inner = op_len(code, pc + 5);
        Value iop = vec_get(code, (size_t)pc + 5);
        if (iop == VAL_NULL || !is_single_op(val_small(iop)) || inner != val_small(k)) return 0;
        return 5 + inner;
    }
    default: return 0;
    }
}

int re_match_validate(Interp *I, const ValVec *code) {
    int64_t n = (int64_t)code->len;
    ValVec starts; // starts[pc] is set when an instruction begins at pc
    vec_init(&starts);
    if (vec_resize(I->heap, &starts, (size_t)n + 1) != K_OK) {
        exc_nomem(I);
        return -1;
    }
    (void)vec_set(&starts, (size_t)n, val_from_small(1));
    // Pass 1: instruction boundaries are walkable. Pass 2: every jump lands on an
    // instruction start; only loop back edges (INCR to its LOOP, JMP to a LOOP's body)
    // go backwards, so a program cannot spin without passing a loop counter.
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t pc = 0; pc < n;) {
            int64_t len = op_len(code, pc);
            if (len <= 0 || len > n - pc) return 0;
            if (pass == 0) (void)vec_set(&starts, (size_t)pc, val_from_small(1));
            if (pass == 1) {
                intptr_t op = val_small(vec_get(code, (size_t)pc));
                int64_t t = -1, t2 = -1;
                bool back_ok = false;
                if (op == RE_JMP || op == RE_SPLIT) t = val_small(vec_get(code, (size_t)pc + 1));
                if (op == RE_GROUPEXISTS) t = val_small(vec_get(code, (size_t)pc + 2));
                if (op == RE_LOOK_START) t = val_small(vec_get(code, (size_t)pc + 4));
                if (op == RE_LOOP) {
                    t = val_small(vec_get(code, (size_t)pc + 5));
                    t2 = val_small(vec_get(code, (size_t)pc + 6));
                }
                if (op == RE_INCR) {
                    t = val_small(vec_get(code, (size_t)pc + 2));
                    Value lo = vec_get(code, (size_t)(t < 0 ? n : t));
                    if (lo == VAL_NULL || val_small(lo) != RE_LOOP ||
                        vec_get(code, (size_t)t + 1) != vec_get(code, (size_t)pc + 1))
                        return 0;
                    back_ok = true;
                }
                if (op == RE_JMP && t >= 7 && t <= pc) {
                    Value lo = vec_get(code, (size_t)(t - 7));
                    back_ok = lo != VAL_NULL && val_small(lo) == RE_LOOP;
                }
                for (int k = 0; k < 2; k++) {
                    int64_t x = k == 0 ? t : t2;
                    if (x == -1 && !(op == RE_JMP || op == RE_SPLIT || op == RE_INCR ||
                                     op == RE_LOOP || op == RE_LOOK_START || op == RE_GROUPEXISTS))
                        continue;
                    if (x == -1 && k == 1 && op != RE_LOOP) continue;
                    if (x < 0 || x > n) return 0;
                    if (x <= pc && !back_ok) return 0;
                    if (vec_get(&starts, (size_t)x) == VAL_NULL) return 0;
                }
            }
            pc += len;
        }
    }
    return 1;
}
