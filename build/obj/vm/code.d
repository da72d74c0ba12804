build/obj/vm/code.o: src/vm/code.c src/vm/code.h \
 src/vm/../objects/interp.h src/vm/../objects/../enclave/host.h \
 src/vm/../objects/object.h src/vm/../objects/../kernel/buf.h \
 src/vm/../objects/../kernel/heap.h src/vm/../objects/../kernel/value.h \
 src/vm/../objects/../kernel/kstatus.h src/vm/../objects/../kernel/heap.h \
 src/vm/../objects/../kernel/kstatus.h \
 src/vm/../objects/../kernel/value.h src/vm/../objects/../kernel/vec.h \
 src/vm/../objects/../vm/opcodes.h src/vm/../kernel/checked.h \
 src/vm/../objects/exc.h src/vm/../objects/interp.h \
 src/vm/../objects/str.h src/vm/../objects/tuple.h src/vm/opcodes.h
src/vm/code.h:
src/vm/../objects/interp.h:
src/vm/../objects/../enclave/host.h:
src/vm/../objects/object.h:
src/vm/../objects/../kernel/buf.h:
src/vm/../objects/../kernel/heap.h:
src/vm/../objects/../kernel/value.h:
src/vm/../objects/../kernel/kstatus.h:
src/vm/../objects/../kernel/heap.h:
src/vm/../objects/../kernel/kstatus.h:
src/vm/../objects/../kernel/value.h:
src/vm/../objects/../kernel/vec.h:
src/vm/../objects/../vm/opcodes.h:
src/vm/../kernel/checked.h:
src/vm/../objects/exc.h:
src/vm/../objects/interp.h:
src/vm/../objects/str.h:
src/vm/../objects/tuple.h:
src/vm/opcodes.h:
