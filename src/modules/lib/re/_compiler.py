# re._compiler: turns a parse tree into the flat program the C matcher (_re) runs, and
# computes the search hints (first character, first one-character op, anchoring).
#
# Invariant: opcode numbers match src/modules/re_match.h; registers are allocated here
# (marks and lastindex first, then loop/atomic/lookaround registers).

import _re
from re._parser import _width, _single, _fix_flags

# ---------------------------------------------------------------- compiler

(_FAIL, _SUCCESS, _CHAR, _CHAR_I, _NOT_CHAR, _NOT_CHAR_I, _ANY, _ANY_ALL, _SET, _SET_I,
 _AT, _SAVE, _JMP, _SPLIT, _LOOP, _INCR, _REPEAT1, _ATOMIC_START, _ATOMIC_END,
 _LOOK_START, _LOOK_END, _GROUPREF, _GROUPREF_I, _GROUPEXISTS, _SETREG, _CAT,
 _SETLAST) = range(27)


def _fold(c, mode):
    # The case-folded form the matcher compares under IGNORECASE (-1: no folding).
    if mode < 0:
        return c
    if mode == 0 or c < 128:
        return c + 32 if 65 <= c <= 90 else c
    return _re.lower(_re.upper(c))


def _folded_range_extras(lo, hi, mode):
    # Set items for the case-folded forms of lo..hi that lie outside the range, so that
    # IGNORECASE range tests compare folded characters as literals do.
    if hi - lo > 0x3000:
        return []
    extra = sorted({_fold(c, mode) for c in range(lo, hi + 1)} - set(range(lo, hi + 1)))
    out = []
    i = 0
    while i < len(extra):
        j = i
        while j + 1 < len(extra) and extra[j + 1] == extra[j] + 1:
            j += 1
        if i == j:
            out += [1, extra[i]]
        else:
            out += [2, extra[i], extra[j]]
        i = j + 1
    return out


class _Compiler:
    def __init__(self, nregs):
        self.code = []
        self.nregs = nregs

    def reg(self, n):
        r = self.nregs
        self.nregs += n
        return r

    def single(self, node):
        k = node[0]
        if k == 'lit':
            if node[2] < 0:
                return [_CHAR, node[1]]
            return [_CHAR_I, node[1], node[2]]
        if k == 'any':
            return [_ANY_ALL if node[1] else _ANY]
        if k == 'cat':
            return [_CAT, node[1]]
        body = []
        if node[1]:
            body.append(4)
        mode = node[3]
        for it in node[2]:
            if it[0] == 'c':
                body += [1, _fold(it[1], mode)]
            elif it[0] == 'r':
                body += [2, it[1], it[2]]
                if mode >= 0:
                    body += _folded_range_extras(it[1], it[2], mode)
            else:
                body += [3, it[1]]
        body.append(0)
        if node[3] < 0:
            return [_SET, len(body) + 2] + body
        return [_SET_I, len(body) + 3, node[3]] + body

    def emit(self, node):
        code = self.code
        k = node[0]
        if k in ('lit', 'set', 'any', 'cat'):
            code += self.single(node)
        elif k == 'at':
            code += [_AT, node[1]]
        elif k == 'seq':
            for n in node[1]:
                self.emit(n)
        elif k == 'group':
            if node[1] is None:
                self.emit(node[2])
            else:
                code += [_SAVE, 2 * node[1]]
                self.emit(node[2])
                code += [_SAVE, 2 * node[1] + 1]
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for i, b in enumerate(branches):
                if i < len(branches) - 1:
                    at = len(code)
                    code += [_SPLIT, 0]
                    self.emit(b)
                    jumps.append(len(code) + 1)
                    code += [_JMP, 0]
                    code[at + 1] = len(code)
                else:
                    self.emit(b)
            for j in jumps:
                code[j] = len(code)
        elif k == 'rep':
            self.emit_rep(node)
        elif k == 'atomic':
            r = self.reg(1)
            code += [_ATOMIC_START, r]
            self.emit(node[1])
            code += [_ATOMIC_END, r]
        elif k == 'look':
            r = self.reg(2)
            width = _width(node[3])[0] if node[1] else -1
            at = len(code)
            code += [_LOOK_START, r, 1 if node[2] else 0, width, 0]
            self.emit(node[3])
            code += [_LOOK_END, r, 1 if node[2] else 0]
            code[at + 4] = len(code)
        elif k == 'ref':
            if node[2] < 0:
                code += [_GROUPREF, node[1]]
            else:
                code += [_GROUPREF_I, node[1], node[2]]
        elif k == 'cond':
            at = len(code)
            code += [_GROUPEXISTS, node[1], 0]
            self.emit(node[2])
            if node[3] is not None:
                j = len(code)
                code += [_JMP, 0]
                code[at + 2] = len(code)
                self.emit(node[3])
                code[j + 1] = len(code)
            else:
                code[at + 2] = len(code)

    def emit_rep(self, node):
        code = self.code
        mn, mx, mode, body = node[1], node[2], node[3], node[4]
        if mode == 2:
            r = self.reg(1)
            code += [_ATOMIC_START, r]
            self.emit_rep(('rep', mn, mx, 0, body))
            code += [_ATOMIC_END, r]
            return
        if mx == 0:
            return
        if mn == 1 and mx == 1:
            self.emit(body)
            return
        if _single(body):
            op = self.single(body)
            code += [_REPEAT1, mn, mx, mode, len(op)] + op
            return
        if mn == 0 and mx == 1:
            if mode == 0:
                at = len(code)
                code += [_SPLIT, 0]
                self.emit(body)
                code[at + 1] = len(code)
            else:
                at = len(code)
                code += [_SPLIT, at + 4, _JMP, 0]
                self.emit(body)
                code[at + 3] = len(code)
            return
        r = self.reg(2)
        code += [_SETREG, r, 0, _SETREG, r + 1, -1]
        loop = len(code)
        code += [_LOOP, r, mn, mx, mode, 0, 0]
        self.emit(body)
        code += [_INCR, r, loop]
        code[loop + 6] = len(code)
        code += [_SETLAST, r, _JMP, loop + 7]
        code[loop + 5] = len(code)


def _first_char(node):
    k = node[0]
    if k == 'lit':
        return node[1] if node[2] < 0 else -1
    if k == 'seq':
        for n in node[1]:
            if n[0] == 'group' and n[1] is not None:
                return _first_char(n[2])
            return _first_char(n)
        return -1
    if k == 'group':
        return _first_char(node[2])
    if k == 'rep' and node[1] >= 1:
        return _first_char(node[4])
    return -1


def _first_op(code):
    # The pc of a one-character op every match must start with (search skips start
    # positions it rejects), or -1.
    # Group marks, anchors and lookarounds consume nothing: the op after them still
    # starts at the start position.
    pc = 0
    while True:
        op = code[pc]
        if op == _SAVE or op == _AT:
            pc += 2
        elif op == _LOOK_START:
            pc = code[pc + 4]
        else:
            break
    if op in (_CHAR, _CHAR_I, _NOT_CHAR, _NOT_CHAR_I, _ANY, _ANY_ALL, _SET, _SET_I, _CAT):
        return pc
    if op == _REPEAT1 and code[pc + 1] >= 1:
        return pc + 5
    return -1


def _first_set(node):
    # (items, icase) of a set every match's first character belongs to, or None.
    k = node[0]
    if k == 'lit':
        return [('c', node[1])], node[2]
    if k == 'set':
        return (None if node[1] else (list(node[2]), node[3]))
    if k == 'cat':
        return [('cat', node[1])], -1
    if k == 'group':
        return _first_set(node[2])
    if k == 'atomic':
        return _first_set(node[1])
    if k == 'rep':
        return _first_set(node[4]) if node[1] >= 1 else None
    if k == 'seq':
        if not node[1] or _width(node[1][0])[0] == 0:
            return None
        return _first_set(node[1][0])
    if k == 'alt':
        items = []
        mode = None
        for b in node[1]:
            r = _first_set(b)
            if r is None or (mode is not None and r[1] != mode):
                return None
            mode = r[1]
            items += r[0]
        return items, mode
    return None


def add_first_set(c, tree):
    # Appends (after SUCCESS, unreachable) a set op search uses to skip start positions;
    # returns its pc or -1.
    r = _first_set(tree)
    if r is None or not r[0] or len(r[0]) > 64:
        return -1
    pc = len(c.code)
    c.code += c.single(('set', False, r[0], r[1]))
    return pc


def _anchored(node):
    k = node[0]
    if k == 'at':
        return node[1] == 0
    if k == 'seq' and node[1]:
        return _anchored(node[1][0])
    if k == 'group':
        return _anchored(node[2])
    return False


