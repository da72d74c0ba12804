/*
 * interp.c: creating an interpreter (heap, the Interp itself, every builtin type from
 * its TypeSpec, interned names, singletons, the preallocated MemoryError, the hash key,
 * the VM) and the C-depth guard interp_enter_c / interp_leave_c.
 *
 * Bootstrapping order: all Type structs are allocated first (the type of every type is
 * `type`), their slots set from the specs, then the objects the dict filling needs
 * (hash key, empty tuple/str, the intern dict, names), then the singletons, and only
 * then the type dicts (methods, getsets, slot wrappers), base types before subtypes.
 *
 * Invariant: the Interp is a HEAP_SCAN chunk registered as a heap root, so everything
 * reachable from it survives collections; interp_enter_c never recurses and allocates
 * only to raise RecursionError.
 */
#include "interp.h"

#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/eval.h"
#include "../vm/frame.h"

/* Specs defined by the other object, VM and module files. Weak references let the core
 * link (with placeholder types) while a spec is still missing from the tree. */
#define SPEC(n) extern const TypeSpec n __attribute__((weak));
SPEC(int_spec) SPEC(bool_spec) SPEC(float_spec) SPEC(complex_spec) SPEC(str_spec)
SPEC(bytes_spec) SPEC(bytearray_spec) SPEC(list_spec) SPEC(tuple_spec) SPEC(dict_spec)
SPEC(set_spec) SPEC(frozenset_spec) SPEC(range_spec) SPEC(slice_spec) SPEC(function_spec)
SPEC(builtin_function_spec) SPEC(method_spec) SPEC(method_wrapper_spec) SPEC(code_spec)
SPEC(cell_spec)
SPEC(generator_spec) SPEC(frame_spec) SPEC(list_iter_spec) SPEC(tuple_iter_spec)
SPEC(str_iter_spec) SPEC(bytes_iter_spec) SPEC(range_iter_spec) SPEC(dict_keyiter_spec)
SPEC(dict_valueiter_spec) SPEC(dict_itemiter_spec) SPEC(set_iter_spec) SPEC(seq_iter_spec)
SPEC(call_iter_spec) SPEC(reversed_spec) SPEC(list_reviter_spec) SPEC(enumerate_spec)
SPEC(zip_spec) SPEC(map_spec) SPEC(filter_spec) SPEC(dict_keys_spec) SPEC(dict_values_spec)
SPEC(dict_items_spec) SPEC(file_spec) SPEC(str_uiter_spec) SPEC(bytearray_iter_spec)
SPEC(memoryview_spec) SPEC(coroutine_spec) SPEC(coro_wrapper_spec) SPEC(async_generator_spec)
SPEC(async_gen_asend_spec) SPEC(async_gen_athrow_spec) SPEC(async_gen_wrapped_spec)
SPEC(anext_awaitable_spec)
#undef SPEC

static const char *const type_names[TY__COUNT] = {
#define TYPE_NAME(id, name) name,
    TYPE_IDS(TYPE_NAME)
#undef TYPE_NAME
};

static const char *const name_strs[N__COUNT] = {
#define NAME_STR(n) #n,
    NAME_IDS(NAME_STR)
#undef NAME_STR
};

static const TypeSpec *spec_for(TypeId id) {
    switch (id) {
    case TY_OBJECT: return &object_spec;
    case TY_TYPE: return &type_spec;
    case TY_NONE: return &none_spec;
    case TY_NOTIMPL: return &notimpl_spec;
    case TY_ELLIPSIS: return &ellipsis_spec;
    case TY_INT: return &int_spec;
    case TY_BOOL: return &bool_spec;
    case TY_FLOAT: return &float_spec;
    case TY_COMPLEX: return &complex_spec;
    case TY_STR: return &str_spec;
    case TY_BYTES: return &bytes_spec;
    case TY_BYTEARRAY: return &bytearray_spec;
    case TY_LIST: return &list_spec;
    case TY_TUPLE: return &tuple_spec;
    case TY_DICT: return &dict_spec;
    case TY_SET: return &set_spec;
    case TY_FROZENSET: return &frozenset_spec;
    case TY_RANGE: return &range_spec;
    case TY_SLICE: return &slice_spec;
    case TY_FUNCTION: return &function_spec;
    case TY_BUILTIN_FUNCTION: return &builtin_function_spec;
    case TY_METHOD: return &method_spec;
    case TY_CODE: return &code_spec;
    case TY_CELL: return &cell_spec;
    case TY_MODULE: return &module_spec;
    case TY_GENERATOR: return &generator_spec;
    case TY_TRACEBACK: return &traceback_spec;
    case TY_FRAME: return &frame_spec;
    case TY_PROPERTY: return &property_spec;
    case TY_STATICMETHOD: return &staticmethod_spec;
    case TY_CLASSMETHOD: return &classmethod_spec;
    case TY_SUPER: return &super_spec;
    case TY_MEMBER: return &member_spec;
    case TY_GETSET: return &getset_spec;
    case TY_METHOD_DESCR: return &method_descr_spec;
    case TY_WRAPPER_DESCR: return &wrapper_descr_spec;
    case TY_METHOD_WRAPPER: return &method_wrapper_spec;
    case TY_LIST_ITER: return &list_iter_spec;
    case TY_TUPLE_ITER: return &tuple_iter_spec;
    case TY_STR_ITER: return &str_iter_spec;
    case TY_BYTES_ITER: return &bytes_iter_spec;
    case TY_STR_UITER: return &str_uiter_spec;
    case TY_BYTEARRAY_ITER: return &bytearray_iter_spec;
    case TY_MEMORYVIEW: return &memoryview_spec;
    case TY_RANGE_ITER: return &range_iter_spec;
    case TY_DICT_KEYITER: return &dict_keyiter_spec;
    case TY_DICT_VALUEITER: return &dict_valueiter_spec;
    case TY_DICT_ITEMITER: return &dict_itemiter_spec;
    case TY_SET_ITER: return &set_iter_spec;
    case TY_SEQ_ITER: return &seq_iter_spec;
    case TY_CALL_ITER: return &call_iter_spec;
    case TY_REVERSED: return &reversed_spec;
    case TY_LIST_REVITER: return &list_reviter_spec;
    case TY_ENUMERATE: return &enumerate_spec;
    case TY_ZIP: return &zip_spec;
    case TY_MAP: return &map_spec;
    case TY_FILTER: return &filter_spec;
    case TY_DICT_KEYS: return &dict_keys_spec;
    case TY_DICT_VALUES: return &dict_values_spec;
    case TY_DICT_ITEMS: return &dict_items_spec;
    case TY_FILE: return &file_spec;
    case TY_COROUTINE: return &coroutine_spec;
    case TY_CORO_WRAPPER: return &coro_wrapper_spec;
    case TY_ASYNC_GENERATOR: return &async_generator_spec;
    case TY_ASYNC_GEN_ASEND: return &async_gen_asend_spec;
    case TY_ASYNC_GEN_ATHROW: return &async_gen_athrow_spec;
    case TY_ASYNC_GEN_WRAPPED: return &async_gen_wrapped_spec;
    case TY_ANEXT_AWAITABLE: return &anext_awaitable_spec;
    default: return exc_type_spec(id);
    }
}

/* ---- the C-depth guard ---- */

#define C_DEPTH_CAP 100000

static void raise_depth(Interp *I, const char *where) {
    const char *w = where != NULL ? where : "";
    int c0 = bview_get(bview_cstr(w), 0);
    const char *sep = c0 > 0 && c0 != ' ' ? " " : "";
    exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded%s%s", sep, w);
}

bool interp_enter_c(Interp *I, const char *where) {
    I->c_depth++;
    bool too_deep = heap_stack_used(I->heap) > I->limits.c_stack || I->c_depth > C_DEPTH_CAP ||
                    (int64_t)I->c_depth + I->depth > (int64_t)I->recursion_limit;
    if (!too_deep) return true;
    I->c_depth--;
    raise_depth(I, where);
    return false;
}

bool interp_check_stack(Interp *I, const char *where) {
    if (heap_stack_used(I->heap) <= I->limits.c_stack) return true;
    raise_depth(I, where);
    return false;
}

void interp_leave_c(Interp *I) {
    if (I->c_depth > 0) I->c_depth--;
}

/* ---- creation ---- */

// Fills the 16-byte SipHash key from the host, or a fixed key when it refuses.
static bool make_hash_key(Interp *I) {
    uint8_t key[16] = {0x73, 0x61, 0x66, 0x65, 0x70, 0x79, 0x2d, 0x6b,
                       0x65, 0x79, 0x2d, 0x66, 0x69, 0x78, 0x65, 0x64};
    if (I->host != NULL && I->host->random != NULL) {
        uint8_t r[16];
        if (I->host->random(I->host->ctx, r, sizeof r))
            for (size_t i = 0; i < sizeof r; i++) key[i] = r[i];
    }
    BView v = {key, sizeof key};
    I->hash_key = bytes_new(I, v);
    return I->hash_key != VAL_NULL;
}

static bool make_types(Interp *I) {
    for (int id = 0; id < TY__COUNT; id++) {
        Type *t = obj_try_alloc(I, NULL, K_TYPE, sizeof(Type));
        if (t == NULL) return false;
        I->types[id] = t;
    }
    // A placeholder spec for a type whose file is missing from the build.
    for (int id = 0; id < TY__COUNT; id++) {
        Type *t = I->types[id];
        t->h.type = I->types[TY_TYPE];
        const TypeSpec *spec = spec_for((TypeId)id);
        Type *base = NULL;
        if (id != TY_OBJECT) {
            int b = spec != NULL ? spec->base : TY_OBJECT;
            base = I->types[b >= 0 && b < id ? b : TY_OBJECT];
        }
        if (spec != NULL) {
            type_init_builtin(I, t, spec, base);
        } else {
            t->base = base;
            t->inst_kind = K_OBJECT;
            t->inst_size = sizeof(Obj);
        }
    }
    return true;
}

static bool make_names(Interp *I) {
    // room for the names start-up interns (~600 with the builtins and sys; imports add
    // more): the table is not rebuilt on the way
    I->interned = dict_new_capacity(I, 1024);
    if (I->interned == VAL_NULL) return false;
    for (int i = 0; i < N__COUNT; i++) {
        I->names[i] = str_intern_cstr(I, name_strs[i]);
        if (I->names[i] == VAL_NULL) return false;
    }
    return true;
}

static bool make_singletons(Interp *I) {
    Obj *n = obj_alloc(I, I->types[TY_NONE], sizeof(Obj));
    Obj *ni = obj_alloc(I, I->types[TY_NOTIMPL], sizeof(Obj));
    Obj *el = obj_alloc(I, I->types[TY_ELLIPSIS], sizeof(Obj));
    if (n == NULL || ni == NULL || el == NULL) return false;
    I->none = obj_val(n);
    I->notimpl = obj_val(ni);
    I->ellipsis = obj_val(el);
    I->true_ = bool_new_singleton(I, true);
    I->false_ = bool_new_singleton(I, false);
    if (I->true_ == VAL_NULL || I->false_ == VAL_NULL) return false;
    ValView none = {NULL, 0};
    I->memerror = exc_new(I, I->types[TY_MEMORY_ERROR], none);
    if (I->memerror == VAL_NULL) return false;
    Value small = tuple_new(I, 128);
    if (small == VAL_NULL) return false;
    for (size_t c = 0; c < 128; c++) {
        uint8_t ch[1] = {(uint8_t)c};
        BView v = {ch, 1};
        Value s = str_new(I, v);
        if (s == VAL_NULL) return false;
        tuple_init_item(small, c, s);
    }
    I->small_strs = small;
    return true;
}

// The spec of a type whose own spec is not in the build (frame). Static: the type's
// namespace is built from its spec on first use, long after fill_types returned (a
// placeholder on the stack was read there once gone: gc.get_objects() crashed on it).
static const TypeSpec placeholder_spec = {.name = "placeholder", .inst_kind = K_OBJECT,
                                          .inst_size = sizeof(Obj), .base = TY_OBJECT};

static bool fill_types(Interp *I) {
    for (int id = 0; id < TY__COUNT; id++) {
        const TypeSpec *spec = spec_for((TypeId)id);
        Type *t = I->types[id];
        if (!type_fill_builtin(I, t, spec != NULL ? spec : &placeholder_spec)) return false;
        if (spec != NULL) continue;
        Value name = str_intern_cstr(I, type_names[id]);
        if (name == VAL_NULL) return false;
        t->name = t->qualname = name;
    }
    return true;
}

// Heap hook before each collection (frame_drop_dead). Does not allocate.
static void drop_dead_stack(void *ctx) {
    Interp *I = ctx;
    frame_drop_dead(I->vm);
}

Interp *interp_new(uint8_t *region, size_t size, const Host *host, const Limits *lim) {
    Heap local;
    bool fresh = lim != NULL && lim->region_zeroed;
    if (!(fresh ? heap_init_fresh(&local, region, size) : heap_init(&local, region, size))) return NULL;
    // The Heap and the Interp live in the heap they describe (there is no malloc).
    Heap *h = heap_new(&local, sizeof(Heap), HEAP_SCAN);
    if (h == NULL) return NULL;
    *h = local;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    Interp *I = heap_new(h, sizeof(Interp), HEAP_SCAN);
    if (I == NULL) return NULL;
    I->heap = h;
    if (!heap_add_root(h, obj_val(I))) return NULL;
    I->host = host;
    if (lim != NULL) I->limits = *lim;
    if (I->limits.c_stack == 0) I->limits.c_stack = (size_t)6 << 20;
    I->recursion_limit = I->limits.recursion_limit > 0 ? I->limits.recursion_limit : 1000;
    I->depth_trap = I->recursion_limit;
    I->int_max_str_digits = 4300;

    if (!make_types(I)) return NULL;
    if (!make_hash_key(I)) return NULL;
    I->empty_tuple = tuple_new(I, 0);
    BView empty = {NULL, 0};
    I->empty_str = str_new(I, empty);
    I->empty_bytes = bytes_new(I, empty);
    if (I->empty_tuple == VAL_NULL || I->empty_str == VAL_NULL || I->empty_bytes == VAL_NULL)
        return NULL;
    if (!make_names(I)) return NULL;
    if (!make_singletons(I)) return NULL;
    if (!type_init_dunders(I)) return NULL;
    if (!fill_types(I)) return NULL;
    if (!type_init_cache(I)) return NULL;
    I->repr_active = list_new(I, 0);
    I->modules = dict_new(I);
    if (I->scratch == VAL_NULL) I->scratch = dict_new(I); // fill_types may have made it
    if (I->repr_active == VAL_NULL || I->modules == VAL_NULL || I->scratch == VAL_NULL)
        return NULL;
    if (!type_alias_init(I) || !type_proxy_init(I)) return NULL;
    if (!vm_init(I)) return NULL;
    I->heap->before_collect = drop_dead_stack;
    I->heap->before_ctx = I;
    I->exc = VAL_NULL;
    return I;
}
