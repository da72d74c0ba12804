/*
 * signalmod.c: the _signal module, the C half of the frozen signal module: only
 * default_int_handler, a built-in function as in CPython (its repr and type show in
 * programs that print signal.getsignal(SIGINT)). The handler table and the rest of the
 * API are Python code in lib/signal.py.
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/module.h"

// default_int_handler(signalnum, frame): raises KeyboardInterrupt(), whatever its arguments.
static Value sig_default_int_handler(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "default_int_handler", 2, 2)) return VAL_NULL;
    Value e = exc_new(I, interp_type(I, TY_KEYBOARD_INTERRUPT), vview_make(NULL, 0));
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

static const MethodDef signal_functions[] = {
    {"default_int_handler", sig_default_int_handler, 0,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {NULL, NULL, 0, NULL},
};

bool signalmod_init(Interp *I, Value m) { return module_add_functions(I, m, signal_functions); }
