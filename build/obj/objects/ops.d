build/obj/objects/ops.o: src/objects/ops.c src/objects/ops.h \
 src/objects/object.h src/objects/../kernel/buf.h \
 src/objects/../kernel/heap.h src/objects/../kernel/value.h \
 src/objects/../kernel/kstatus.h src/objects/../kernel/heap.h \
 src/objects/../kernel/kstatus.h src/objects/../kernel/value.h \
 src/objects/../kernel/vec.h src/objects/../vm/opcodes.h \
 src/objects/dict.h src/objects/../kernel/hindex.h \
 src/objects/../kernel/vec.h src/objects/interp.h \
 src/objects/../enclave/host.h src/objects/exc.h src/objects/int.h \
 src/objects/str.h src/objects/tuple.h src/objects/type.h
src/objects/ops.h:
src/objects/object.h:
src/objects/../kernel/buf.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/value.h:
src/objects/../kernel/kstatus.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/kstatus.h:
src/objects/../kernel/value.h:
src/objects/../kernel/vec.h:
src/objects/../vm/opcodes.h:
src/objects/dict.h:
src/objects/../kernel/hindex.h:
src/objects/../kernel/vec.h:
src/objects/interp.h:
src/objects/../enclave/host.h:
src/objects/exc.h:
src/objects/int.h:
src/objects/str.h:
src/objects/tuple.h:
src/objects/type.h:
