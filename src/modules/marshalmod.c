/*
 * marshalmod.c: the marshal module: dumps/loads/dump/load and version, over the
 * serializer in marshal_dump.c / marshal_load.c (marshal.h).
 *
 * Invariant: loads never trusts its argument (marshal_load checks every byte and verifies
 * every code object before it can run).
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "marshal.h"

static bool get_version(Interp *I, ValView args, size_t at, int *out) {
    *out = MARSHAL_VERSION;
    if (args.n <= at) return true;
    int64_t v;
    if (!int_index_c_int(I, vview_get(args, at), &v)) return false;
    *out = (int)v;
    return true;
}

static Value dumps_value(Interp *I, Value v, int version) {
    Buf out;
    buf_init(&out);
    if (!marshal_dump(I, v, version, &out)) return VAL_NULL;
    return bytes_new(I, buf_view(&out));
}

static Value m_dumps(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    int version;
    if (!args_no_kw(I, kwnames, "marshal.dumps") || !args_count(I, args, kwnames, "dumps", 1, 2) || !get_version(I, args, 1, &version)) return VAL_NULL;
    return dumps_value(I, vview_get(args, 0), version);
}

static Value m_dump(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    int version;
    if (!args_no_kw(I, kwnames, "marshal.dump") || !args_count(I, args, kwnames, "dump", 2, 3) || !get_version(I, args, 2, &version)) return VAL_NULL;
    Value data = dumps_value(I, vview_get(args, 0), version);
    if (data == VAL_NULL) return VAL_NULL;
    Value r = obj_call_method(I, vview_get(args, 1), "write", vview_make(&data, 1));
    return r; // what file.write() returned, as CPython
}

static Value m_loads(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "marshal.loads")) return VAL_NULL;
    BView data;
    if (!bytes_arg(I, vview_get(args, 0), NULL, &data)) return VAL_NULL;
    // the view stays valid: no Python code runs while loading
    return marshal_load(I, data, NULL);
}

// load(file): reads the file in growing pieces (64 bytes, then as much again as it has)
// until one object is complete, and puts the file position back after it
// (file.seek(-rest, 1)) so the next load() reads the next object. Each load reads about
// its own object's size, not the rest of the file.
static Value m_load(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "marshal.load")) return VAL_NULL;
    Value file = vview_get(args, 0);
    Buf acc;
    buf_init(&acc);
    size_t want = 64;
    for (;;) {
        Value n = int_from_u64(I, (uint64_t)want);
        Value data = n == VAL_NULL ? VAL_NULL : obj_call_method(I, file, "read", vview_make(&n, 1));
        if (data == VAL_NULL) return VAL_NULL;
        if (!bytes_check(data))
            return exc_raise(I, TY_TYPE_ERROR, "file.read() returned not bytes but %T", data);
        BView got = bytes_view(data);
        KStatus ks = buf_append(I->heap, &acc, got);
        if (ks != K_OK) return exc_from_kstatus(I, ks, "marshal"), VAL_NULL;
        size_t used = 0;
        Value v = marshal_load_from(I, buf_view(&acc), &used, true);
        if (v != VAL_NULL) {
            if (used < acc.len) {
                Value seekargs[2] = {int_from_i64(I, -(int64_t)(acc.len - used)), val_from_small(1)};
                if (seekargs[0] == VAL_NULL ||
                    obj_call_method(I, file, "seek", vview_make(seekargs, 2)) == VAL_NULL)
                    return VAL_NULL;
            }
            return v;
        }
        // more may complete it only when the data ran out and the file gave all we asked
        if (!exc_pending_is(I, TY_EOF_ERROR) || got.n < want) return VAL_NULL;
        exc_clear(I);
        want = acc.len;
    }
}

static const MethodDef module_functions[] = {
    {"dumps", m_dumps, 0, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"dump", m_dump, 0, "Write the value on the open file."},
    {"loads", m_loads, 0, "Convert the bytes-like object to a value."},
    {"load", m_load, 0, "Read one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

bool marshalmod_init(Interp *I, Value m) {
    return module_add_functions(I, m, module_functions) && module_add_int(I, m, "version", MARSHAL_VERSION);
}
