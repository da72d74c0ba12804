/*
 * interp.h: the interpreter state. There are no globals in safepy: everything a running
 * program can reach hangs off one Interp, passed as the first argument everywhere.
 *
 * The Interp itself lives in the GC heap (a HEAP_SCAN chunk registered as the heap's
 * precise root), so every object it refers to stays alive without further bookkeeping.
 */
#ifndef SAFEPY_OBJECTS_INTERP_H
#define SAFEPY_OBJECTS_INTERP_H

#include "../enclave/host.h"
#include "object.h"

/* Builtin types, in creation order (a base before its subclasses). */
#define TYPE_IDS(X)                                                                       \
    X(TY_OBJECT, "object") X(TY_TYPE, "type") X(TY_NONE, "NoneType")                      \
    X(TY_NOTIMPL, "NotImplementedType") X(TY_ELLIPSIS, "ellipsis") X(TY_INT, "int")       \
    X(TY_BOOL, "bool") X(TY_FLOAT, "float") X(TY_COMPLEX, "complex") X(TY_STR, "str")     \
    X(TY_BYTES, "bytes") X(TY_BYTEARRAY, "bytearray") X(TY_LIST, "list")                  \
    X(TY_TUPLE, "tuple") X(TY_DICT, "dict") X(TY_SET, "set") X(TY_FROZENSET, "frozenset") \
    X(TY_RANGE, "range") X(TY_SLICE, "slice") X(TY_FUNCTION, "function")                  \
    X(TY_BUILTIN_FUNCTION, "builtin_function_or_method") X(TY_METHOD, "method")           \
    X(TY_CODE, "code") X(TY_CELL, "cell") X(TY_MODULE, "module")                          \
    X(TY_GENERATOR, "generator") X(TY_TRACEBACK, "traceback") X(TY_FRAME, "frame")        \
    X(TY_PROPERTY, "property") X(TY_STATICMETHOD, "staticmethod")                         \
    X(TY_CLASSMETHOD, "classmethod") X(TY_SUPER, "super")                                 \
    X(TY_MEMBER, "member_descriptor") X(TY_GETSET, "getset_descriptor")                   \
    X(TY_METHOD_DESCR, "method_descriptor") X(TY_WRAPPER_DESCR, "wrapper_descriptor")     \
    X(TY_METHOD_WRAPPER, "method-wrapper")                                                \
    X(TY_LIST_ITER, "list_iterator") X(TY_TUPLE_ITER, "tuple_iterator")                   \
    X(TY_STR_ITER, "str_ascii_iterator") X(TY_BYTES_ITER, "bytes_iterator")               \
    X(TY_STR_UITER, "str_iterator") X(TY_BYTEARRAY_ITER, "bytearray_iterator")            \
    X(TY_MEMORYVIEW, "memoryview")                                                        \
    X(TY_RANGE_ITER, "range_iterator") X(TY_DICT_KEYITER, "dict_keyiterator")             \
    X(TY_DICT_VALUEITER, "dict_valueiterator") X(TY_DICT_ITEMITER, "dict_itemiterator")   \
    X(TY_SET_ITER, "set_iterator") X(TY_SEQ_ITER, "iterator")                             \
    X(TY_CALL_ITER, "callable_iterator") X(TY_REVERSED, "reversed")                       \
    X(TY_LIST_REVITER, "list_reverseiterator") X(TY_ENUMERATE, "enumerate")               \
    X(TY_ZIP, "zip") X(TY_MAP, "map") X(TY_FILTER, "filter")                              \
    X(TY_DICT_KEYS, "dict_keys") X(TY_DICT_VALUES, "dict_values")                         \
    X(TY_DICT_ITEMS, "dict_items") X(TY_FILE, "TextIOWrapper")                            \
    X(TY_COROUTINE, "coroutine") X(TY_CORO_WRAPPER, "coroutine_wrapper")                 \
    X(TY_ASYNC_GENERATOR, "async_generator") X(TY_ASYNC_GEN_ASEND, "async_generator_asend") \
    X(TY_ASYNC_GEN_ATHROW, "async_generator_athrow")                                      \
    X(TY_ASYNC_GEN_WRAPPED, "async_generator_wrapped_value")                              \
    X(TY_ANEXT_AWAITABLE, "anext_awaitable")                                              \
    X(TY_BASE_EXCEPTION, "BaseException") X(TY_SYSTEM_EXIT, "SystemExit")                 \
    X(TY_KEYBOARD_INTERRUPT, "KeyboardInterrupt") X(TY_GENERATOR_EXIT, "GeneratorExit")   \
    X(TY_EXCEPTION, "Exception") X(TY_ARITHMETIC_ERROR, "ArithmeticError")                \
    X(TY_FLOATING_POINT_ERROR, "FloatingPointError") X(TY_OVERFLOW_ERROR, "OverflowError") \
    X(TY_ZERO_DIVISION_ERROR, "ZeroDivisionError") X(TY_ASSERTION_ERROR, "AssertionError") \
    X(TY_ATTRIBUTE_ERROR, "AttributeError") X(TY_BUFFER_ERROR, "BufferError")             \
    X(TY_EOF_ERROR, "EOFError") X(TY_IMPORT_ERROR, "ImportError")                         \
    X(TY_MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError") X(TY_LOOKUP_ERROR, "LookupError") \
    X(TY_INDEX_ERROR, "IndexError") X(TY_KEY_ERROR, "KeyError")                           \
    X(TY_MEMORY_ERROR, "MemoryError") X(TY_NAME_ERROR, "NameError")                       \
    X(TY_UNBOUND_LOCAL_ERROR, "UnboundLocalError") X(TY_OS_ERROR, "OSError")              \
    X(TY_FILE_NOT_FOUND_ERROR, "FileNotFoundError")                                       \
    X(TY_FILE_EXISTS_ERROR, "FileExistsError") X(TY_IS_A_DIRECTORY_ERROR, "IsADirectoryError") \
    X(TY_NOT_A_DIRECTORY_ERROR, "NotADirectoryError")                                     \
    X(TY_PERMISSION_ERROR, "PermissionError") X(TY_TIMEOUT_ERROR, "TimeoutError")         \
    X(TY_REFERENCE_ERROR, "ReferenceError") X(TY_RUNTIME_ERROR, "RuntimeError")           \
    X(TY_NOT_IMPLEMENTED_ERROR, "NotImplementedError")                                    \
    X(TY_RECURSION_ERROR, "RecursionError") X(TY_STOP_ASYNC_ITERATION, "StopAsyncIteration") \
    X(TY_STOP_ITERATION, "StopIteration") X(TY_SYNTAX_ERROR, "SyntaxError")               \
    X(TY_INDENTATION_ERROR, "IndentationError") X(TY_TAB_ERROR, "TabError")               \
    X(TY_SYSTEM_ERROR, "SystemError") X(TY_TYPE_ERROR, "TypeError")                       \
    X(TY_VALUE_ERROR, "ValueError") X(TY_UNICODE_ERROR, "UnicodeError")                   \
    X(TY_UNICODE_DECODE_ERROR, "UnicodeDecodeError")                                      \
    X(TY_UNICODE_ENCODE_ERROR, "UnicodeEncodeError") X(TY_WARNING, "Warning")             \
    X(TY_USER_WARNING, "UserWarning") X(TY_DEPRECATION_WARNING, "DeprecationWarning")     \
    X(TY_RUNTIME_WARNING, "RuntimeWarning") X(TY_SYNTAX_WARNING, "SyntaxWarning")         \
    X(TY_BUDGET_ERROR, "BudgetExceeded") X(TY_BASE_EXCEPTION_GROUP, "BaseExceptionGroup")

typedef enum {
#define TYPEID_ENUM(id, name) id,
    TYPE_IDS(TYPEID_ENUM)
#undef TYPEID_ENUM
    TY__COUNT
} TypeId;

/* Interned names used by the runtime (I->names[N_xxx]); the string is the name after N_. */
#define NAME_IDS(X)                                                                       \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__)         \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__getitem__)         \
    X(__setitem__) X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__)     \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__)          \
    X(__set__) X(__delete__) X(__set_name__) X(__enter__) X(__exit__) X(__index__)        \
    X(__init_subclass__) X(__class_getitem__) X(__name__) X(__qualname__) X(__module__)  \
    X(__dict__) X(__class__) X(__doc__) X(__slots__) X(__builtins__) X(__file__)          \
    X(__package__) X(__path__) X(__spec__) X(__loader__) X(__all__) X(__main__)           \
    X(__annotations__) X(__mro_entries__) X(__prepare__) X(__format__) X(__int__)         \
    X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__reversed__)           \
    X(__missing__) X(__instancecheck__) X(__subclasscheck__) X(__match_args__)            \
    X(__cause__) X(__context__) X(__traceback__) X(__classcell__) X(__build_class__)      \
    X(__import__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__complex__)       \
    X(__bytes__) X(__sizeof__) X(__weakref__) X(__dir__) X(__length_hint__) X(__del__)    \
    X(__subclasshook__) X(__abstractmethods__) X(__orig_bases__) X(__debug__) X(__bases__)\
    X(send) X(throw) X(close) X(keys) X(items) X(values) X(get) X(append)     \
    X(args) X(value) X(code) X(msg) X(filename) X(lineno) X(offset) X(text)              \
    X(end_lineno) X(end_offset) X(name) X(obj) X(path) X(self) X(metaclass) X(mro)        \
    X(write) X(flush) X(read) X(readline) X(stdout) X(stderr) X(stdin) X(argv) X(modules) \
    X(displayhook) X(excepthook) X(end) X(sep) X(file) X(key) X(reverse) X(default)       \
    X(strict) X(start) X(stop) X(step) X(fget) X(fset) X(fdel) X(doc)

typedef enum {
#define NAMEID_ENUM(n) N_##n,
    NAME_IDS(NAMEID_ENUM)
#undef NAMEID_ENUM
    N__COUNT
} NameId;

typedef struct VmState VmState; /* owned by src/vm/ */

/* Limits a host may set (0 = default). */
typedef struct Limits {
    size_t max_heap;         /* bytes of GC heap */
    size_t c_stack;          /* bytes of C stack the interpreter may use */
    int64_t max_steps;       /* bytecode instructions per run (0: unlimited) */
    int64_t max_output;      /* bytes written to stdout/stderr (0: unlimited) */
    int recursion_limit;     /* initial sys.getrecursionlimit() */
    bool region_zeroed;      /* the heap region is fresh zero memory: skip clearing the
                                heap's metadata (a large reservation then costs nothing) */
} Limits;

/* args_parse's memo of one parameter spec's shape for calls without keywords (args.c). */
typedef struct ArgSpecMemo {
    const char *spec;        /* the spec text (a string literal), or NULL: empty slot */
    uint8_t n;               /* parameters */
    uint8_t minpos, maxpos;  /* positional arguments the spec accepts */
    bool simple;             /* no "*" and no required keyword-only parameter */
} ArgSpecMemo;

#define ARGSPEC_MEMO 64

struct Interp {
    Heap *heap;
    const Host *host;
    Value exc;               /* pending exception instance, or VAL_NULL */
    Value exc_info;          /* exception being handled (sys.exc_info()), or VAL_NULL */
    Type *types[TY__COUNT];
    Value names[N__COUNT];   /* interned strs */
    Value none, true_, false_, notimpl, ellipsis;
    Value empty_tuple, empty_str, empty_bytes;
    Value small_strs;        /* tuple of the 128 one-character ASCII strs */
    Value char_cache;        /* str.c only: recent one-character non-ASCII strs */
    Value struct_cache;      /* structmod.c only: dict format -> Struct, or VAL_NULL */
    ArgSpecMemo argspec[ARGSPEC_MEMO]; /* args.c only: by the spec's address */
    Value builtins;          /* dict: the builtins module's namespace */
    Value builtins_mod;
    Value modules;           /* dict: sys.modules */
    Value sys;               /* the sys module */
    Value interned;          /* dict str -> str */
    Value memerror;          /* preallocated MemoryError instance */
    Value frozen;            /* dict: name -> (is_package, source bytes) of frozen modules */
    Value main_module;
    Value hash_key;          /* bytes: SipHash key (16 bytes) */
    VmState *vm;
    Limits limits;
    int recursion_limit;     /* sys.setrecursionlimit */
    int depth_trap;          /* the eval loop's frame starts compare the depth with this:
                                recursion_limit, or 0 while a tracer or profiler is set
                                (the slow path then prepares the code for tracing:
                                src/vm/trace.h) */
    int depth;               /* Python call depth */
    int c_depth;             /* nested C-level recursion (repr, compare, hash, parse) */
    int64_t steps;           /* instructions executed */
    int64_t output;          /* bytes written */
    bool in_memerror;        /* raising MemoryError: don't allocate */
    uint64_t type_version;   /* source of fresh Type.version values */
    int int_max_str_digits;
    Value scratch;           /* per-module runtime state (a dict) */
    Value repr_active;       /* list of containers being repr'd (prints [...] on cycles) */
    Value dunders;           /* tuple of interned __op__/__rop__/__iop__ names (type_slots.c) */
    ValVec mcache;           /* type_lookup cache: (type, version, name, result) entries */
    bool exiting;            /* os._exit() was called: no exception handler runs any more
                                (the pending SystemExit unwinds every frame) and the run ends
                                with [exit_status], without atexit or flushing output */
    int exit_status;
    /* finalizers (src/vm/finalize.c) */
    bool fin_on;             /* an object was registered for finalization (the eval loop's
                                one test; cleared again when none is left registered) */
    size_t fin_strong;       /* instances of classes with __del__ registered and not yet
                                finalized (registered generators are not counted) */
    bool fin_hint;           /* finalize_drops saw a finalizable object itself (not only a
                                value that may hold one) since the last finalize_point */
    int fin_depth;           /* finalizer runs in progress (nested) */
    uint32_t fin_skip;       /* eager collections still to skip (backoff) */
    uint32_t fin_backoff;    /* eager collections in a row that made nothing ready */
    size_t fin_spent;        /* bytes the eager collections traced so far */
    /* sys.settrace / sys.setprofile (src/vm/trace.c) */
    bool trace_on;           /* a tracer or a profiler is set */
    bool trace_busy;         /* a trace or profile function runs: no events */
    Value trace_fn;          /* sys.settrace's function, or VAL_NULL */
    Value profile_fn;        /* sys.setprofile's function, or VAL_NULL */
    Value trace_codes;       /* list of the code objects instrumented for tracing */
    struct Frame *trace_frame; /* the frame whose trace function runs now (trace.c), or NULL */
    uint8_t trace_event;     /* its event: TRACE_EV_* (trace.h) */
};

/* The builtin type [id]. */
static inline Type *interp_type(Interp *I, TypeId id) { return I->types[id]; }

/* True/False as Values. */
static inline Value interp_bool(Interp *I, bool b) { return b ? I->true_ : I->false_; }

/* The interned name [id]. */
static inline Value interp_name(Interp *I, NameId id) { return I->names[id]; }

/* Guards C-level recursion (repr/eq/hash of nested containers, the parser, the compiler):
 * raises RecursionError and returns false when too deep. Pair with interp_leave_c. */
bool interp_enter_c(Interp *I, const char *where);
void interp_leave_c(Interp *I);

/* Checks only the C stack (not the recursion limit): raises RecursionError ("maximum
 * recursion depth exceeded[where]") and returns false when the interpreter has used its
 * C stack budget. For recursion CPython does not count against sys.getrecursionlimit()
 * (calls, hashing) but which must still never overflow the C stack. No leave call. */
bool interp_check_stack(Interp *I, const char *where);

/* Creates an interpreter with its own heap in [region] (size bytes) talking to [host].
 * NULL when the region is too small. */
Interp *interp_new(uint8_t *region, size_t size, const Host *host, const Limits *lim);

#endif
