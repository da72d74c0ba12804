build/obj/objects/str_codec.o: src/objects/str_codec.c \
 src/objects/../kernel/checked.h src/objects/../kernel/utf8.h \
 src/objects/../kernel/buf.h src/objects/../kernel/heap.h \
 src/objects/../kernel/value.h src/objects/../kernel/kstatus.h \
 src/objects/exc.h src/objects/interp.h src/objects/../enclave/host.h \
 src/objects/object.h src/objects/../kernel/buf.h \
 src/objects/../kernel/heap.h src/objects/../kernel/kstatus.h \
 src/objects/../kernel/value.h src/objects/../kernel/vec.h \
 src/objects/../vm/opcodes.h src/objects/int.h src/objects/ops.h \
 src/objects/str_impl.h src/objects/bytes.h src/objects/str.h
src/objects/../kernel/checked.h:
src/objects/../kernel/utf8.h:
src/objects/../kernel/buf.h:
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
src/objects/int.h:
src/objects/ops.h:
src/objects/str_impl.h:
src/objects/bytes.h:
src/objects/str.h:
