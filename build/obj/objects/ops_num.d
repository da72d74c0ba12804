build/obj/objects/ops_num.o: src/objects/ops_num.c src/objects/ops.h \
 src/objects/object.h src/objects/../kernel/buf.h \
 src/objects/../kernel/heap.h src/objects/../kernel/value.h \
 src/objects/../kernel/kstatus.h src/objects/../kernel/heap.h \
 src/objects/../kernel/kstatus.h src/objects/../kernel/value.h \
 src/objects/../kernel/vec.h src/objects/../vm/opcodes.h \
 src/objects/exc.h src/objects/interp.h src/objects/../enclave/host.h \
 src/objects/int.h src/objects/str.h
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
src/objects/exc.h:
src/objects/interp.h:
src/objects/../enclave/host.h:
src/objects/int.h:
src/objects/str.h:
