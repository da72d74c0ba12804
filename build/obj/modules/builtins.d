build/obj/modules/builtins.o: src/modules/builtins.c \
 src/modules/builtins.h src/modules/../objects/interp.h \
 src/modules/../objects/../enclave/host.h src/modules/../objects/object.h \
 src/modules/../objects/../kernel/buf.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/vec.h \
 src/modules/../objects/../vm/opcodes.h src/modules/../kernel/utf8.h \
 src/modules/../kernel/buf.h src/modules/../kernel/heap.h \
 src/modules/../kernel/kstatus.h src/modules/../objects/args.h \
 src/modules/../objects/interp.h src/modules/../objects/bytes.h \
 src/modules/../objects/dict.h src/modules/../objects/../kernel/hindex.h \
 src/modules/../objects/../kernel/vec.h src/modules/../objects/exc.h \
 src/modules/../objects/float.h src/modules/../objects/int.h \
 src/modules/../objects/module.h src/modules/../objects/ops.h \
 src/modules/../objects/str.h src/modules/../objects/tuple.h \
 src/modules/../objects/type.h src/modules/iomod.h
src/modules/builtins.h:
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
src/modules/../kernel/utf8.h:
src/modules/../kernel/buf.h:
src/modules/../kernel/heap.h:
src/modules/../kernel/kstatus.h:
src/modules/../objects/args.h:
src/modules/../objects/interp.h:
src/modules/../objects/bytes.h:
src/modules/../objects/dict.h:
src/modules/../objects/../kernel/hindex.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/exc.h:
src/modules/../objects/float.h:
src/modules/../objects/int.h:
src/modules/../objects/module.h:
src/modules/../objects/ops.h:
src/modules/../objects/str.h:
src/modules/../objects/tuple.h:
src/modules/../objects/type.h:
src/modules/iomod.h:
