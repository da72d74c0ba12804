/*
 * dis.c: the disassembler. Reads code objects only through code.h's checked accessors
 * (code_instr, code_pos, code_get_exc) and tuple_get, so it is safe on any code object,
 * verified or not.
 *
 * Invariant: output only; nothing here changes a code object.
 */
#include "dis.h"

#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"
#include "../modules/frozenpos.h"
#include "code.h"
#include "opcodes.h"

static const char *const opnames[OP__COUNT] = {
#define DIS_NAME(name, kind, pops, pushes) #name,
    OPCODES(DIS_NAME)
#undef DIS_NAME
};

static const uint8_t opkinds[OP__COUNT] = {
#define DIS_KIND(name, kind, pops, pushes) kind,
    OPCODES(DIS_KIND)
#undef DIS_KIND
};

const char *dis_opname(unsigned op) {
    if (op >= OP__COUNT) return "?";
    return opnames[op];
}

static const char *const binop_names[BINOP__COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

static const char *const cmp_names[6] = {"<", "<=", "==", "!=", ">", ">="};

/* Appends a short description of constant [v]. */
static bool add_const(Interp *I, StrBuilder *out, Value v) {
    CodeObject *co = code_cast(v);
    if (co != NULL)
        return sb_add_format(I, out, "<code object %U, line %d>", co->name, (int)co->firstlineno);
    Value r = obj_repr(I, v);
    if (r == VAL_NULL) return false;
    return sb_add_str(I, out, r);
}

static bool add_name_of(Interp *I, StrBuilder *out, Value tuple, size_t i) {
    Value n = tuple_get(tuple, i);
    if (n == VAL_NULL) return sb_add_cstr(I, out, "?");
    return sb_add_str(I, out, n);
}

static bool add_operand(Interp *I, StrBuilder *out, const CodeObject *co, unsigned op,
                        unsigned arg) {
    switch (opkinds[op]) {
    case OPK_CONST:
        if (op == OP_KW_NAMES || tuple_get(co->consts, arg) != VAL_NULL) {
            Value k = tuple_get(co->consts, arg);
            return k == VAL_NULL ? sb_add_cstr(I, out, "?") : add_const(I, out, k);
        }
        return sb_add_cstr(I, out, "?");
    case OPK_NAME:
        return add_name_of(I, out, co->names, arg);
    case OPK_LOCAL:
        return add_name_of(I, out, co->localnames, arg);
    case OPK_DEREF:
        if (arg < co->ncells) return add_name_of(I, out, co->cellnames, arg);
        return add_name_of(I, out, co->freenames, arg - co->ncells);
    case OPK_JUMP:
        return sb_add_format(I, out, "to %d", (int)arg);
    default:
        break;
    }
    switch (op) {
    case OP_BINARY_OP:
        // (the BINOP_TMP_* flags are a hint for the VM, not part of the operator)
        arg &= ~(BINOP_TMP_LEFT | BINOP_TMP_RIGHT);
        return sb_add_cstr(I, out, arg < BINOP__COUNT ? binop_names[arg] : "?");
    case OP_COMPARE_OP:
        return sb_add_cstr(I, out, arg < 6 ? cmp_names[arg] : "?");
    case OP_IS_OP:
        return sb_add_cstr(I, out, arg ? "is not" : "is");
    case OP_CONTAINS_OP:
        return sb_add_cstr(I, out, arg ? "not in" : "in");
    case OP_UNPACK_EX:
        return sb_add_format(I, out, "%d before, %d after", (int)(arg & 0xff), (int)(arg >> 8));
    case OP_FORMAT_VALUE: {
        static const char *const conv[4] = {"", "str", "repr", "ascii"};
        return sb_add_format(I, out, "%s%s", conv[arg & 3],
                             (arg & 4) ? ((arg & 3) ? ", with format" : "with format") : "");
    }
    case OP_MAKE_FUNCTION:
        return sb_add_format(I, out, "%s%s%s%s", (arg & 1) ? "defaults " : "",
                             (arg & 2) ? "kwdefaults " : "", (arg & 4) ? "annotations " : "",
                             (arg & 8) ? "closure" : "");
    default:
        return true;
    }
}

/* Appends [s] padded with spaces to [width] (right-aligned when [right]). */
static bool add_padded(Interp *I, StrBuilder *out, const char *s, size_t width, bool right) {
    size_t n = bview_cstr(s).n;
    if (!right && !sb_add_cstr(I, out, s)) return false;
    for (size_t k = n; k < width; k++)
        if (!sb_add_cstr(I, out, " ")) return false;
    return right ? sb_add_cstr(I, out, s) : true;
}

/* Appends the decimal [x] right-aligned in [width] columns. */
static bool add_int(Interp *I, StrBuilder *out, int64_t x, size_t width) {
    char buf[24];
    size_t n = 0;
    bool neg = x < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        buf[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u != 0 && n < 21);
    if (neg) buf[n++] = '-';
    char text[24];
    for (size_t k = 0; k < n; k++) text[k] = buf[n - 1 - k];
    text[n] = 0;
    return add_padded(I, out, text, width, true);
}

static bool add_hex(Interp *I, StrBuilder *out, uint32_t x) {
    static const char digits[] = "0123456789abcdef";
    char text[12];
    text[0] = '0';
    text[1] = 'x';
    size_t n = 2;
    bool started = false;
    for (int shift = 28; shift >= 0; shift -= 4) {
        unsigned d = (x >> shift) & 0xfu;
        if (d != 0 || started || shift == 0) {
            text[n++] = digits[d];
            started = true;
        }
    }
    text[n] = 0;
    return sb_add_cstr(I, out, text);
}

/* True when the operand of [op] refers to something worth printing. */
static bool has_repr(unsigned op) {
    switch (opkinds[op]) {
    case OPK_CONST: case OPK_NAME: case OPK_LOCAL: case OPK_DEREF: case OPK_JUMP:
        return true;
    default:
        return op == OP_BINARY_OP || op == OP_COMPARE_OP || op == OP_IS_OP ||
               op == OP_CONTAINS_OP || op == OP_UNPACK_EX || op == OP_FORMAT_VALUE ||
               op == OP_MAKE_FUNCTION;
    }
}

static bool add_names(Interp *I, StrBuilder *out, const char *label, Value tuple) {
    size_t n = tuple_len(tuple);
    if (n == 0) return true;
    if (!sb_add_format(I, out, "  %s:", label)) return false;
    for (size_t i = 0; i < n; i++) {
        if (!sb_add_cstr(I, out, i == 0 ? " " : ", ") || !add_name_of(I, out, tuple, i))
            return false;
    }
    return sb_add_cstr(I, out, "\n");
}

static bool dis_one(Interp *I, CodeObject *co, StrBuilder *out) {
    if (!sb_add_format(I, out,
                       "code %U (%U) file %R line %d: argcount=%d posonly=%d kwonly=%d "
                       "nlocals=%d ncells=%d nfrees=%d stacksize=%d flags=",
                       co->name, co->qualname, co->filename, (int)co->firstlineno,
                       (int)co->argcount, (int)co->posonlyargcount, (int)co->kwonlyargcount,
                       (int)co->nlocals, (int)co->ncells, (int)co->nfrees,
                       (int)co->stacksize) ||
        !add_hex(I, out, co->flags) || !sb_add_cstr(I, out, "\n"))
        return false;
    if (!add_names(I, out, "varnames", co->localnames) ||
        !add_names(I, out, "cellvars", co->cellnames) ||
        !add_names(I, out, "freevars", co->freenames))
        return false;
    int32_t lastline = -1;
    frozenpos_complete(I, co); // (frozen code keeps lines only)
    for (size_t i = 0; i < co->ninstr; i++) {
        uint32_t w = code_instr(co, i);
        unsigned op = INSTR_OP(w), arg = INSTR_ARG(w);
        SrcPos p = code_pos(co, i);
        bool ok = p.line != lastline ? add_int(I, out, p.line, 4) : sb_add_cstr(I, out, "    ");
        lastline = p.line;
        ok = ok && add_int(I, out, (int64_t)i, 6) && sb_add_cstr(I, out, " ") &&
             add_padded(I, out, dis_opname(op), 22, false);
        if (!ok) return false;
        if (op < OP__COUNT && (opkinds[op] != OPK_NONE)) {
            if (!add_int(I, out, arg, 6)) return false;
            if (has_repr(op) && (!sb_add_cstr(I, out, " (") ||
                                 !add_operand(I, out, co, op, arg) || !sb_add_cstr(I, out, ")")))
                return false;
        }
        if (!sb_add_format(I, out, "  @%d:%d-%d:%d\n", (int)p.line, (int)p.col,
                           (int)p.end_line, (int)p.end_col))
            return false;
    }
    if (co->nexc > 0 && !sb_add_cstr(I, out, "ExceptionTable:\n")) return false;
    for (size_t k = 0; k < co->nexc; k++) {
        ExcEntry e;
        if (!code_get_exc(co, k, &e)) break;
        if (!sb_add_format(I, out, "  %d to %d -> %d [%d]%s\n", (int)e.start, (int)e.end - 1,
                           (int)e.target, (int)e.depth, e.lasti ? " lasti" : ""))
            return false;
    }
    return true;
}

bool dis_code(Interp *I, Value code, StrBuilder *out) {
    CodeObject *co = code_cast(code);
    if (co == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "dis_code() argument must be a code object, not '%T'", code);
        return false;
    }
    if (!interp_enter_c(I, "in the disassembler")) return false;
    bool ok = dis_one(I, co, out);
    size_t n = tuple_len(co->consts);
    for (size_t i = 0; ok && i < n; i++) {
        Value k = tuple_get(co->consts, i);
        if (code_cast(k) == NULL) continue;
        ok = sb_add_cstr(I, out, "\n") && dis_code(I, k, out);
    }
    interp_leave_c(I);
    return ok;
}
