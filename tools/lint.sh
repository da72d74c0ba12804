#!/bin/sh
# The raw-memory lint (DESIGN.md "Layers"): outside src/kernel/ and the VM dispatch loop
# (src/vm/eval.c only: eval_attr.c, eval_ops.c and eval_call.c are ordinary code), no C code may
#   - subscript a pointer (p[i]); subscripting a fixed-size array is allowed (UBSan checks it),
#   - do pointer arithmetic (p + n, p - q, p++, p += n, including on decayed arrays),
#   - call mem*/str*/sprintf-family/alloca functions,
#   - cast anything to a pointer type other than void * (object casts go through the
#     kind-checking *_cast functions made by OBJ_CAST_FN and, for C modules' K_CUSTOM
#     structs, CUSTOM_CAST_FN (kind and layout checked) in src/objects/object.h).
# It uses clang's AST matchers, so it sees through macros and typedefs.
#
# Allowed exceptions, each a single function in src/objects/object.h:
#   obj_ptr        the one Value -> Obj* conversion (every further cast checks the kind);
#   methoddef_at,  read entry i of a static const MethodDef/GetSetDef table; callers walk
#   getsetdef_at   from 0 and stop at the NULL-name terminator, so i never passes it.
# Usage: lint.sh [files...]   (default: every non-kernel source and header)
set -u
cd "$(dirname "$0")/.."
QUERY=${CLANG_QUERY:-clang-query}
command -v "$QUERY" >/dev/null 2>&1 || QUERY=clang-query-14
if ! command -v "$QUERY" >/dev/null 2>&1; then
  echo "lint: clang-query not found (apt-get install clang-tools-14)"; exit 2
fi
M='expr(isExpansionInMainFile(), unless(isExpandedFromMacro("OBJ_CAST_FN")), unless(isExpandedFromMacro("CUSTOM_CAST_FN")), unless(hasAncestor(functionDecl(hasAnyName("obj_ptr", "methoddef_at", "getsetdef_at")))), anyOf(arraySubscriptExpr(hasBase(ignoringParenImpCasts(hasType(pointerType())))), binaryOperator(hasAnyOperatorName("+","-","+=","-="), hasEitherOperand(hasType(pointerType()))), unaryOperator(hasAnyOperatorName("++","--"), hasUnaryOperand(hasType(pointerType()))), callExpr(callee(functionDecl(matchesName("^::(mem[a-z]*|str[a-z]*|v?s?n?printf|alloca|gets|fgets|sscanf|scanf)$")))), cStyleCastExpr(hasDestinationType(pointerType(unless(pointee(voidType()))))), explicitCastExpr(hasDestinationType(pointerType(unless(pointee(voidType())))), unless(hasAncestor(functionDecl(hasName("obj_ptr")))))))'
if [ $# -gt 0 ]; then
  files="$*"
else
  files=$(find src include -name '*.[ch]' | grep -v '^src/kernel/' | grep -v '^src/vm/eval\.c$' | sort)
fi
out=$(mktemp)
for f in $files; do echo "$f"; done | xargs -P "${JOBS:-2}" -I{} sh -c \
  "$QUERY -c 'set output diag' -c 'match $M' {} -- -std=gnu11 -Isrc -Iinclude -xc 2>&1 | grep 'binds here' | sed 's/: note: \"root\" binds here/: raw memory access outside the kernel/'" > "$out"
n=$(wc -l < "$out")
cat "$out"
rm -f "$out"
if [ "$n" -gt 0 ]; then
  echo "lint: $n raw memory access(es) outside src/kernel"
  exit 1
fi
echo "lint: clean ($(echo "$files" | wc -w) files)"
