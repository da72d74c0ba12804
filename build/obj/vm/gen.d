build/obj/vm/gen.o: src/vm/gen.c src/vm/gen.h src/vm/../objects/interp.h \
 src/vm/../objects/../enclave/host.h src/vm/../objects/object.h \
 src/vm/../objects/../kernel/buf.h src/vm/../objects/../kernel/heap.h \
 src/vm/../objects/../kernel/value.h \
 src/vm/../objects/../kernel/kstatus.h src/vm/../objects/../kernel/heap.h \
 src/vm/../objects/../kernel/kstatus.h \
 src/vm/../objects/../kernel/value.h src/vm/../objects/../kernel/vec.h \
 src/vm/../objects/../vm/opcodes.h src/vm/frame.h src/vm/code.h \
 src/vm/../objects/args.h src/vm/../objects/interp.h \
 src/vm/../objects/exc.h src/vm/../objects/ops.h src/vm/../objects/str.h \
 src/vm/../objects/tuple.h src/vm/eval.h src/vm/eval_call.h src/vm/func.h \
 src/vm/eval_ops.h
src/vm/gen.h:
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
src/vm/frame.h:
src/vm/code.h:
src/vm/../objects/args.h:
src/vm/../objects/interp.h:
src/vm/../objects/exc.h:
src/vm/../objects/ops.h:
src/vm/../objects/str.h:
src/vm/../objects/tuple.h:
src/vm/eval.h:
src/vm/eval_call.h:
src/vm/func.h:
src/vm/eval_ops.h:
