build/obj/modules/builtins_eval.o: src/modules/builtins_eval.c \
 src/modules/../compiler/compile.h \
 src/modules/../compiler/../objects/interp.h \
 src/modules/../compiler/../objects/../enclave/host.h \
 src/modules/../compiler/../objects/object.h \
 src/modules/../compiler/../objects/../kernel/buf.h \
 src/modules/../compiler/../objects/../kernel/heap.h \
 src/modules/../compiler/../objects/../kernel/value.h \
 src/modules/../compiler/../objects/../kernel/kstatus.h \
 src/modules/../compiler/../objects/../kernel/heap.h \
 src/modules/../compiler/../objects/../kernel/kstatus.h \
 src/modules/../compiler/../objects/../kernel/value.h \
 src/modules/../compiler/../objects/../kernel/vec.h \
 src/modules/../compiler/../objects/../vm/opcodes.h \
 src/modules/../objects/args.h src/modules/../objects/interp.h \
 src/modules/../objects/bytes.h src/modules/../objects/dict.h \
 src/modules/../objects/../kernel/hindex.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/vec.h src/modules/../objects/exc.h \
 src/modules/../objects/int.h src/modules/../objects/list.h \
 src/modules/../objects/module.h src/modules/../objects/ops.h \
 src/modules/../objects/object.h src/modules/../objects/str.h \
 src/modules/../objects/tuple.h src/modules/../objects/type.h \
 src/modules/../vm/code.h src/modules/../vm/../objects/interp.h \
 src/modules/../vm/eval.h src/modules/../vm/func.h src/modules/builtins.h \
 src/modules/../objects/interp.h src/modules/import.h
src/modules/../compiler/compile.h:
src/modules/../compiler/../objects/interp.h:
src/modules/../compiler/../objects/../enclave/host.h:
src/modules/../compiler/../objects/object.h:
src/modules/../compiler/../objects/../kernel/buf.h:
src/modules/../compiler/../objects/../kernel/heap.h:
src/modules/../compiler/../objects/../kernel/value.h:
src/modules/../compiler/../objects/../kernel/kstatus.h:
src/modules/../compiler/../objects/../kernel/heap.h:
src/modules/../compiler/../objects/../kernel/kstatus.h:
src/modules/../compiler/../objects/../kernel/value.h:
src/modules/../compiler/../objects/../kernel/vec.h:
src/modules/../compiler/../objects/../vm/opcodes.h:
src/modules/../objects/args.h:
src/modules/../objects/interp.h:
src/modules/../objects/bytes.h:
src/modules/../objects/dict.h:
src/modules/../objects/../kernel/hindex.h:
src/modules/../objects/../kernel/heap.h:
src/modules/../objects/../kernel/kstatus.h:
src/modules/../objects/../kernel/value.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/exc.h:
src/modules/../objects/int.h:
src/modules/../objects/list.h:
src/modules/../objects/module.h:
src/modules/../objects/ops.h:
src/modules/../objects/object.h:
src/modules/../objects/str.h:
src/modules/../objects/tuple.h:
src/modules/../objects/type.h:
src/modules/../vm/code.h:
src/modules/../vm/../objects/interp.h:
src/modules/../vm/eval.h:
src/modules/../vm/func.h:
src/modules/builtins.h:
src/modules/../objects/interp.h:
src/modules/import.h:
