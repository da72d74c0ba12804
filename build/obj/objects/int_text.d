build/obj/objects/int_text.o: src/objects/int_text.c \
 src/objects/../kernel/unicode.h src/objects/../kernel/utf8.h \
 src/objects/../kernel/buf.h src/objects/../kernel/heap.h \
 src/objects/../kernel/value.h src/objects/../kernel/kstatus.h \
 src/objects/bytes.h src/objects/interp.h src/objects/../enclave/host.h \
 src/objects/object.h src/objects/../kernel/buf.h \
 src/objects/../kernel/heap.h src/objects/../kernel/kstatus.h \
 src/objects/../kernel/value.h src/objects/../kernel/vec.h \
 src/objects/../vm/opcodes.h src/objects/exc.h src/objects/int_impl.h \
 src/objects/../kernel/bigint.h src/objects/fmtspec.h src/objects/str.h \
 src/objects/int.h src/objects/ops.h
src/objects/../kernel/unicode.h:
src/objects/../kernel/utf8.h:
src/objects/../kernel/buf.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/value.h:
src/objects/../kernel/kstatus.h:
src/objects/bytes.h:
src/objects/interp.h:
src/objects/../enclave/host.h:
src/objects/object.h:
src/objects/../kernel/buf.h:
src/objects/../kernel/heap.h:
src/objects/../kernel/kstatus.h:
src/objects/../kernel/value.h:
src/objects/../kernel/vec.h:
src/objects/../vm/opcodes.h:
src/objects/exc.h:
src/objects/int_impl.h:
src/objects/../kernel/bigint.h:
src/objects/fmtspec.h:
src/objects/str.h:
src/objects/int.h:
src/objects/ops.h:
