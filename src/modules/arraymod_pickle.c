/*
 * arraymod_pickle.c: the machine formats of array pickles (protocol 3 and up pickle an
 * array as array._array_reconstructor(type, typecode, mformat_code, bytes)) and the
 * reconstructor, which reads any of CPython's 22 formats whatever machine wrote them.
 *
 * Invariant: items in a foreign format are decoded to Python values and stored through
 * the array constructor, so its range checks apply to them as to any other input.
 */
#include "arraymod.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

enum { MF_U8, MF_S8, MF_INT_FIRST = MF_U8, MF_INT_LAST = 13, MF_F32_LE = 14, MF_F32_BE, MF_F64_LE,
       MF_F64_BE, MF_UTF16_LE, MF_UTF16_BE, MF_UTF32_LE, MF_UTF32_BE, MF_COUNT };

int arraymod_mformat(int tc) {
    switch (tc) {
    case 'b': return MF_S8;
    case 'B': return MF_U8;
    case 'u': return MF_UTF32_LE;
    case 'h': return 4;
    case 'H': return 2;
    case 'i': return 8;
    case 'I': return 6;
    case 'l': case 'q': return 12;
    case 'L': case 'Q': return 10;
    case 'f': return MF_F32_LE;
    case 'd': return MF_F64_LE;
    default: return -1;
    }
}

// Integer formats come in pairs from 2 on: unsigned LE, unsigned BE, signed LE, signed BE
// for 16, 32 and 64 bits.
static size_t int_size(int mf) { return mf <= MF_S8 ? 1 : (size_t)2 << ((mf - 2) / 4); }
static bool int_signed(int mf) { return mf <= MF_S8 ? mf == MF_S8 : ((mf - 2) / 2) % 2 == 1; }
static bool int_big(int mf) { return mf > MF_S8 && mf % 2 == 1; }

// The integer typecode CPython stores a foreign integer format in: the last of
// "bBhHiIlLqQ" with the format's size and signedness.
static int int_typecode(int mf) {
    static const char codes[] = "bBhHiIlLqQ";
    int tc = 0;
    for (size_t k = 0; k + 1 < sizeof codes; k++) {
        int c = codes[k];
        int size = c == 'b' || c == 'B' ? 1 : c == 'h' || c == 'H' ? 2 : c == 'i' || c == 'I' ? 4 : 8;
        bool sgn = c >= 'a';
        if ((size_t)size == int_size(mf) && sgn == int_signed(mf)) tc = c;
    }
    return tc;
}

// Item [i] of [size] bytes in [v], assembled in the given byte order.
static uint64_t item_bits(BView v, size_t i, size_t size, bool big) {
    uint64_t w = 0;
    for (size_t k = 0; k < size; k++) {
        int c = bview_get(v, i * size + (big ? k : size - 1 - k));
        w = (w << 8) | (uint64_t)(c < 0 ? 0 : c);
    }
    return w;
}

typedef union { float f; uint32_t u; } PickleF32;
typedef union { double d; uint64_t u; } PickleF64;

// The items of [v] in foreign format [mf] as a list of ints or floats, or a str.
static Value decode_items(Interp *I, BView v, int mf) {
    if (mf >= MF_UTF16_LE) {
        static const char *const enc[] = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
        Value b = bytes_new(I, v);
        Value name = b == VAL_NULL ? VAL_NULL : str_from_cstr(I, enc[mf - MF_UTF16_LE]);
        return name == VAL_NULL ? VAL_NULL : obj_call_method(I, b, "decode", vview_make(&name, 1));
    }
    size_t size = mf <= MF_INT_LAST ? int_size(mf) : mf <= MF_F32_BE ? 4 : 8;
    bool big = mf <= MF_INT_LAST ? int_big(mf) : (mf - MF_F32_LE) % 2 == 1;
    if (v.n % size != 0) return exc_raise(I, TY_VALUE_ERROR, "string length not a multiple of item size");
    Value list = list_new(I, v.n / size);
    if (list == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < v.n / size; i++) {
        uint64_t w = item_bits(v, i, size, big);
        Value x;
        if (mf > MF_INT_LAST && size == 4) {
            PickleF32 f = {.u = (uint32_t)w};
            x = float_new(I, (double)f.f);
        } else if (mf > MF_INT_LAST) {
            PickleF64 f = {.u = w};
            x = float_new(I, f.d);
        } else if (int_signed(mf)) {
            // sign-extend from [size] bytes
            uint64_t sign = (uint64_t)1 << (8 * size - 1);
            uint64_t mask = size == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * size)) - 1;
            x = int_from_i64(I, (w & sign) != 0 ? -(int64_t)(~w & mask) - 1 : (int64_t)w);
        } else {
            x = int_from_u64(I, w);
        }
        if (x == VAL_NULL || !list_append(I, list, x)) return VAL_NULL;
    }
    return list;
}

Value arraymod_reconstructor(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "_array_reconstructor") ||
        !args_count(I, args, kwnames, "_array_reconstructor", 4, 4))
        return VAL_NULL;
    Value tv = vview_get(args, 0), tcv = vview_get(args, 1), items = vview_get(args, 3);
    Type *t = type_cast(tv);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "first argument must be a type object, not %T", tv);
    Value base = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "array.array") : VAL_NULL;
    Type *at = type_cast(base);
    if (at == NULL || !type_is_subtype(t, at))
        return exc_raise(I, TY_TYPE_ERROR, "%s is not a subtype of array.array", type_name_cstr(I, t));
    if (!str_check(tcv) || str_len(tcv) != 1)
        return exc_raise(I, TY_TYPE_ERROR, "_array_reconstructor() argument 2 must be a unicode character, not %T",
                         tcv);
    int64_t mf;
    if (!obj_index_i64(I, vview_get(args, 2), &mf)) return VAL_NULL;
    int tc = bview_get(str_view(tcv), 0);
    if (arraymod_mformat(tc) < 0) return exc_raise(I, TY_VALUE_ERROR, "second argument must be a valid type code");
    if (mf < 0 || mf >= MF_COUNT)
        return exc_raise(I, TY_VALUE_ERROR, "third argument must be a valid machine format code.");
    if (!bytes_check(items)) return exc_raise(I, TY_TYPE_ERROR, "fourth argument should be bytes, not %T", items);
    Value init = items, code = tcv;
    if (mf != arraymod_mformat(tc)) {
        init = decode_items(I, bytes_view(items), (int)mf);
        if (mf <= MF_INT_LAST) code = str_from_codepoint(I, (uint32_t)int_typecode((int)mf));
        if (init == VAL_NULL || code == VAL_NULL) return VAL_NULL;
    }
    Value cargs[2] = {code, init};
    return obj_call(I, tv, vview_make(cargs, 2), VAL_NULL);
}
