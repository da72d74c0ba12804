/*
 * re_matchobj.h: the match object of the re module (_re.Match, subclassed by re.Match in
 * re/__init__.py, which adds expand() and __class_getitem__).
 */
#ifndef SAFEPY_MODULES_RE_MATCHOBJ_H
#define SAFEPY_MODULES_RE_MATCHOBJ_H

#include "../objects/interp.h"

/* The _re.Match type spec (instances are MatchObject structs; subclassable). */
extern const TypeSpec re_matchobj_spec;

/* A new match of type [t] (re.Match): [pattern] the Pattern object, [string] the subject
 * as given, [subj] the subject to slice group text from (str or bytes), [regs] the regs
 * tuple from the matcher (marks, then lastindex), [groupindex] dict name -> number. */
Value re_matchobj_new(Interp *I, Type *t, Value pattern, Value string, Value subj, Value regs,
                      int64_t pos, int64_t endpos, Value groupindex);

#endif
