build/obj/modules/builtins_seq.o: src/modules/builtins_seq.c \
 src/modules/../kernel/checked.h src/modules/../objects/args.h \
 src/modules/../objects/interp.h src/modules/../objects/../enclave/host.h \
 src/modules/../objects/object.h src/modules/../objects/../kernel/buf.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/vec.h \
 src/modules/../objects/../vm/opcodes.h src/modules/../objects/bytes.h \
 src/modules/../objects/dict.h src/modules/../objects/../kernel/hindex.h \
 src/modules/../objects/../kernel/vec.h src/modules/../objects/exc.h \
 src/modules/../objects/float.h src/modules/../objects/int.h \
 src/modules/../objects/iterobject.h src/modules/../objects/list.h \
 src/modules/../objects/module.h src/modules/../objects/ops.h \
 src/modules/../objects/str.h src/modules/../objects/tuple.h \
 src/modules/builtins.h src/modules/../objects/interp.h \
 src/modules/iomod.h
src/modules/../kernel/checked.h:
src/modules/../objects/args.h:
src/modules/../objects/interp.h:
src/modules/../objects/../enclave/host.h:
src/modules/../objects/object.h:
src/modules/../objects/../kernel/buf.h:
src/modules/../objects/../kernel/heap.h:
src/modules/../objects/../kernel/value.h:
src/modules/../objects/../kernel/kstatus.h:
src/modules/../objects/../kernel/heap.h:
src/modules/../objects/../kernel/kstatus.h:
src/modules/../objects/../kernel/value.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/../vm/opcodes.h:
src/modules/../objects/bytes.h:
src/modules/../objects/dict.h:
src/modules/../objects/../kernel/hindex.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/exc.h:
src/modules/../objects/float.h:
src/modules/../objects/int.h:
src/modules/../objects/iterobject.h:
src/modules/../objects/list.h:
src/modules/../objects/module.h:
src/modules/../objects/ops.h:
src/modules/../objects/str.h:
src/modules/../objects/tuple.h:
src/modules/builtins.h:
src/modules/../objects/interp.h:
src/modules/iomod.h:
