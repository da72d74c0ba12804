/*
 * sitebuiltins.c: the interactive helpers CPython's site module puts in builtins:
 * copyright, credits, license (_sitebuiltins._Printer objects: their repr is the text,
 * or a "Type license() to see the full license text" hint for a long text, and calling
 * one prints the text) and help (a _sitebuiltins._Helper: its repr is the usage hint and
 * calling it runs pydoc.help, our own small lib/pydoc.py).
 *
 * The texts are safepy's own (sys.copyright is "Copyright (c) the safepy authors.").
 * Invariant: a Printer's name and text are str once constructed.
 */
#include "builtins.h"

#include "import.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

typedef struct Printer {
    CustomObj h;
    Value name; /* "copyright", "credits" or "license" */
    Value text; /* what calling it prints */
    bool long_; /* repr is the "Type name() to see the full name text" hint */
} Printer;

static const CustomLayout printer_layout = {"Printer"};
CUSTOM_CAST_FN(printer_cast, Printer, printer_layout)

static Value printer_repr(Interp *I, Value self) {
    Printer *p = printer_cast(self);
    if (p == NULL) return obj_default_repr(I, self);
    if (p->long_) return str_from_format(I, "Type %U() to see the full %U text", p->name, p->name);
    return p->text;
}

// print(text) through builtins.print, so sys.stdout redirection applies.
static Value print_text(Interp *I, Value text) {
    Value pr = dict_get_cstr(I, I->builtins, "print");
    if (pr == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : exc_raise(I, TY_RUNTIME_ERROR, "lost builtins.print");
    if (obj_call1(I, pr, text) == VAL_NULL) return VAL_NULL;
    return I->none;
}

// _Printer.__call__(self), a Python method in CPython: its argument errors count self.
static Value printer_call(Interp *I, Value self, ValView args, Value kwnames) {
    Printer *p = printer_cast(self);
    if (p == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a _Printer");
    size_t nkw = args_nkw(kwnames);
    if (nkw > 0)
        return exc_raise(I, TY_TYPE_ERROR, "_Printer.__call__() got an unexpected keyword argument '%U'",
                         tuple_get(kwnames, 0));
    if (args.n > 0)
        return exc_raise(I, TY_TYPE_ERROR, "_Printer.__call__() takes 1 positional argument but %zu were given",
                         args.n + 1);
    return print_text(I, p->text);
}

static const TypeSpec printer_spec = {
    .name = "_sitebuiltins._Printer",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Printer),
    .base = TY_OBJECT,
    .repr = printer_repr,
    .call = printer_call,
    .doc = "interactive prompt objects for printing the license text, a list of\n"
           "    contributors and the copyright notice.",
};

static const CustomLayout helper_layout = {"Helper"};

static Value helper_repr(Interp *I, Value self) {
    (void)self;
    return str_from_cstr(I, "Type help() for interactive help, or help(object) for help about object.");
}

static Value helper_call(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value pydoc = import_module_cstr(I, "pydoc");
    Value fn = pydoc == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, pydoc, "help");
    return fn == VAL_NULL ? VAL_NULL : obj_call(I, fn, args, kwnames);
}

static const TypeSpec helper_spec = {
    .name = "_sitebuiltins._Helper",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(CustomObj),
    .base = TY_OBJECT,
    .repr = helper_repr,
    .call = helper_call,
    .doc = "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n"
           "    when 'help' is typed at the Python interactive prompt.\n\n"
           "    Calling help() at the Python prompt starts an interactive help session.\n"
           "    Calling help(thing) prints help for the python object 'thing'.",
};

static const char *const printer_texts[3][2] = {
    {"copyright", "Copyright (c) the safepy authors."},
    {"credits", "    Thanks to the Python community, whose language safepy implements.\n"
                "    See www.python.org for more information about Python."},
    {"license", "safepy is distributed under the terms stated in its source distribution.\n"
                "The Python language and its documentation: see https://www.python.org/psf/license/"},
};

bool sitebuiltins_add(Interp *I, Value d) {
    Type *pt = type_from_spec(I, &printer_spec, NULL);
    Type *ht = pt == NULL ? NULL : type_from_spec(I, &helper_spec, NULL);
    if (ht == NULL) return false;
    for (size_t i = 0; i < 3; i++) {
        Printer *p = custom_alloc(I, pt, &printer_layout, sizeof(Printer));
        if (p == NULL) return false;
        p->name = str_intern_cstr(I, printer_texts[i][0]);
        p->text = str_from_cstr(I, printer_texts[i][1]);
        p->long_ = i == 2; // like CPython's license, whose full text is long
        if (p->name == VAL_NULL || p->text == VAL_NULL || !dict_set(I, d, p->name, obj_val(p))) return false;
    }
    CustomObj *h = custom_alloc(I, ht, &helper_layout, sizeof(CustomObj));
    return h != NULL && dict_set_cstr(I, d, "help", obj_val(h));
}
