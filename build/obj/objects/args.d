build/obj/objects/args.o: src/objects/args.c src/objects/args.h \
 src/objects/interp.h src/objects/../enclave/host.h src/objects/object.h \
 src/objects/../kernel/buf.h src/objects/../kernel/heap.h \
 src/objects/../kernel/value.h src/objects/../kernel/kstatus.h \
 src/objects/../kernel/heap.h src/objects/../kernel/kstatus.h \
 src/objects/../kernel/value.h src/objects/../kernel/vec.h \
 src/objects/../vm/opcodes.h src/objects/exc.h src/objects/str.h \
 src/objects/tuple.h
src/objects/args.h:
src/objects/interp.h:
src/objects/../enclave/host.h:
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
src/objects/str.h:
src/objects/tuple.h:
