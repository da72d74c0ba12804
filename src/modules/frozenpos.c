/*
 * frozenpos.c: recovers the columns of frozen code (frozenpos.h) by recompiling the
 * module's frozen source once and keeping its code objects, in preorder, in
 * I->scratch[KEY] (a dict: module index -> list), so a second traceback through the same
 * module costs no compilation.
 *
 * Invariant: the preorder is marshal's reading order (a code object, then its constants
 * in order, into tuples too): the numbers marshal_load_frozen gives match the list index.
 */
#include "frozenpos.h"

#include "../compiler/compile.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "frozen.h"
#include "import.h"

#define KEY "_frozenpos.codes"

// Appends [v]'s code objects to [out] in marshal's reading order.
static bool collect(Interp *I, Value v, Value out, int depth) {
    if (depth > 200) return true; // (the compiler nests far less; a deeper one is not found)
    CodeObject *co = code_cast(v);
    if (co != NULL) {
        if (!list_append(I, out, v)) return false;
        return collect(I, co->consts, out, depth + 1);
    }
    if (!tuple_check(v)) return true;
    size_t n = tuple_len(v);
    for (size_t i = 0; i < n; i++)
        if (!collect(I, tuple_get(v, i), out, depth + 1)) return false;
    return true;
}

// The code objects of frozen module [k] compiled from its source, in preorder.
static Value module_codes(Interp *I, size_t k) {
    if (I->scratch == VAL_NULL && (I->scratch = dict_new(I)) == VAL_NULL) return VAL_NULL;
    Value cache = dict_get_cstr(I, I->scratch, KEY);
    if (cache == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        cache = dict_new(I);
        if (cache == VAL_NULL || !dict_set_cstr(I, I->scratch, KEY, cache)) return VAL_NULL;
    }
    Value key = int_from_i64(I, (int64_t)k);
    if (key == VAL_NULL) return VAL_NULL;
    Value codes = dict_get(I, cache, key);
    if (codes != VAL_NULL || I->exc != VAL_NULL) return codes;
    Buf text;
    if (!import_frozen_source(I, k, &text)) return VAL_NULL;
    Value name = str_from_cstr(I, frozen_modules[k].name);
    Value filename = name == VAL_NULL ? VAL_NULL : str_from_format(I, "<frozen %U>", name);
    if (filename == VAL_NULL) return VAL_NULL;
    Value top = compile_source(I, buf_view(&text), filename, COMPILE_EXEC);
    codes = top == VAL_NULL ? VAL_NULL : list_new(I, 0);
    if (codes == VAL_NULL || !collect(I, top, codes, 0) || !dict_set(I, cache, key, codes)) return VAL_NULL;
    return codes;
}

static bool same_code(const CodeObject *a, const CodeObject *b) {
    if (a->ninstr != b->ninstr || a->firstlineno != b->firstlineno) return false;
    for (size_t i = 0; i < a->ninstr; i++)
        if (code_instr(a, i) != code_instr(b, i)) return false;
    return true;
}

void frozenpos_complete(Interp *I, CodeObject *co) {
    if (co->frozen_module == 0 || I->exc != VAL_NULL) return;
    size_t k = co->frozen_module - 1;
    co->frozen_module = 0; // one attempt, whatever happens
    size_t n = 0;
    while (frozen_modules[n].name != NULL) n++;
    if (k >= n) return;
    Value codes = module_codes(I, k);
    if (codes == VAL_NULL) {
        exc_clear(I);
        return;
    }
    CodeObject *src = co->frozen_seq < list_len(codes) ? code_cast(list_get(codes, co->frozen_seq)) : NULL;
    if (src == NULL || !same_code(co, src)) return;
    if (!code_replace_positions(I, co, code_positions(src))) exc_clear(I);
}
