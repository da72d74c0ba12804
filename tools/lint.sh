#!/bin/sh
# The raw-memory lint (DESIGN.md "Layers"): outside src/kernel/ and the VM dispatch loop
# (src/vm/eval.c only: eval_attr.c, eval_ops.c and eval_call.c are ordinary code), no C code may
#   - subscript a pointer (p[i]); subscripting a fixed-size array is allowed (UBSan checks it),
#   - do pointer arithmetic (p + n, p - q, p++, p += n, including on decayed arrays),
#   - call mem*/str*/sprintf-family/alloca functions,
#   - cast anything to a pointer type other than void * (object casts go through the
#     kind-checking *_cast functions made by OBJ_CAST_FN and, for C modules' K_CUSTOM
#     structs, CUSTOM_CAST_FN (kind and layout checked) in src/objects/object.h),
#   - cast an integer to any pointer type, void * included (`(void *)((uintptr_t)p + n)`
#     is pointer arithmetic by another name; NULL, a literal 0, stays allowed).
# It uses clang's AST matchers, so it sees through macros, and every type is compared
# desugared (PTR below), so it sees through typedefs (`typedef Value *VP;`) and parameters
# declared as arrays: `Value v[7]` as a parameter is a pointer (clang: DecayedType), and
# v[i], v + 1, v++ on it are pointer accesses with no bound the compiler or UBSan knows.
# Pass a pointer to a real array instead (`Value (*v)[7]`, then (*v)[i]) or a struct
# holding the array; a subscript of a real array, in a local or a struct, stays allowed.
#
# Allowed exceptions, each a single function:
#   obj_ptr        the one Value -> Obj* conversion (every further cast checks the kind);
#   methoddef_at,  read entry i of a static const MethodDef/GetSetDef table; callers walk
#   getsetdef_at   from 0 and stop at the NULL-name terminator, so i never passes it
#                  (these three in src/objects/object.h);
#   node_of        the one Value -> Node* conversion of the parser's NodeLists
#                  (src/compiler/ast.c: only pointer Values, which ast_push stores);
# and two libc macros, integers cast to pointer types that only the OS interprets:
# SIG_IGN (src/host/safepy_host.c ignores SIGPIPE) and MAP_FAILED (mmap's error result).
# Usage: lint.sh [files...]   (default: every non-kernel source and header)
set -u
cd "$(dirname "$0")/.."
QUERY=${CLANG_QUERY:-clang-query}
command -v "$QUERY" >/dev/null 2>&1 || QUERY=clang-query-14
if ! command -v "$QUERY" >/dev/null 2>&1; then
  echo "lint: clang-query not found (apt-get install clang-tools-14)"; exit 2
fi
# A pointer type once typedefs and the array-parameter adjustment are stripped.
PTR='hasUnqualifiedDesugaredType(pointerType())'
CASTPTR='hasUnqualifiedDesugaredType(pointerType(unless(pointee(hasUnqualifiedDesugaredType(voidType())))))'
M="expr(isExpansionInMainFile(), unless(isExpandedFromMacro(\"OBJ_CAST_FN\")), unless(isExpandedFromMacro(\"CUSTOM_CAST_FN\")), unless(isExpandedFromMacro(\"SIG_IGN\")), unless(isExpandedFromMacro(\"MAP_FAILED\")), unless(hasAncestor(functionDecl(hasAnyName(\"obj_ptr\", \"methoddef_at\", \"getsetdef_at\", \"node_of\")))), anyOf(arraySubscriptExpr(hasBase(ignoringParenImpCasts(hasType($PTR)))), binaryOperator(hasAnyOperatorName(\"+\",\"-\",\"+=\",\"-=\"), hasEitherOperand(hasType($PTR))), unaryOperator(hasAnyOperatorName(\"++\",\"--\"), hasUnaryOperand(hasType($PTR))), callExpr(callee(functionDecl(matchesName(\"^::(mem[a-z]*|str[a-z]*|v?s?n?printf|alloca|gets|fgets|sscanf|scanf)$\")))), explicitCastExpr(hasDestinationType($CASTPTR)), explicitCastExpr(hasDestinationType($PTR), hasSourceExpression(hasType(isInteger())), unless(hasSourceExpression(ignoringParenImpCasts(integerLiteral(equals(0))))))))"
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
