build/obj/objects/float_format.o: src/objects/float_format.c \
 src/objects/../kernel/dtoa.h src/objects/../kernel/heap.h \
 src/objects/../kernel/value.h src/objects/../kernel/kstatus.h \
 src/objects/exc.h src/objects/interp.h src/objects/../enclave/host.h \
 src/objects/object.h src/objects/../kernel/buf.h \
 src/objects/../kernel/heap.h src/objects/../kernel/kstatus.h \
 src/objects/../kernel/value.h src/objects/../kernel/vec.h \
 src/objects/../vm/opcodes.h src/objects/float.h src/objects/int_impl.h \
 src/objects/../kernel/bigint.h src/objects/fmtspec.h src/objects/str.h \
 src/objects/int.h
src/objects/../kernel/dtoa.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/value.h:
src/objects/../kernel/kstatus.h:
src/objects/exc.h:
src/objects/interp.h:
src/objects/../enclave/host.h:
src/objects/object.h:
src/objects/../kernel/buf.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/kstatus.h:
src/objects/../kernel/value.h:
src/objects/../kernel/vec.h:
src/objects/../vm/opcodes.h:
src/objects/float.h:
src/objects/int_impl.h:
src/objects/../kernel/bigint.h:
src/objects/fmtspec.h:
src/objects/str.h:
src/objects/int.h:
