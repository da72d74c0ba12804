build/obj/vm/eval_ops.o: src/vm/eval_ops.c src/vm/eval_ops.h \
 src/vm/frame.h src/vm/code.h src/vm/../objects/interp.h \
 src/vm/../objects/../enclave/host.h src/vm/../objects/object.h \
 src/vm/../objects/../kernel/buf.h src/vm/../objects/../kernel/heap.h \
 src/vm/../objects/../kernel/value.h \
 src/vm/../objects/../kernel/kstatus.h src/vm/../objects/../kernel/heap.h \
 src/vm/../objects/../kernel/kstatus.h \
 src/vm/../objects/../kernel/value.h src/vm/../objects/../kernel/vec.h \
 src/vm/../objects/../vm/opcodes.h src/vm/../modules/import.h \
 src/vm/../modules/../objects/interp.h src/vm/../objects/dict.h \
 src/vm/../objects/../kernel/hindex.h src/vm/../objects/../kernel/vec.h \
 src/vm/../objects/interp.h src/vm/../objects/exc.h \
 src/vm/../objects/list.h src/vm/../objects/module.h \
 src/vm/../objects/ops.h src/vm/../objects/set.h src/vm/../objects/str.h \
 src/vm/../objects/tuple.h src/vm/eval_call.h src/vm/func.h src/vm/gen.h
src/vm/eval_ops.h:
src/vm/frame.h:
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
src/vm/../modules/import.h:
src/vm/../modules/../objects/interp.h:
src/vm/../objects/dict.h:
src/vm/../objects/../kernel/hindex.h:
src/vm/../objects/../kernel/vec.h:
src/vm/../objects/interp.h:
src/vm/../objects/exc.h:
src/vm/../objects/list.h:
src/vm/../objects/module.h:
src/vm/../objects/ops.h:
src/vm/../objects/set.h:
src/vm/../objects/str.h:
src/vm/../objects/tuple.h:
src/vm/eval_call.h:
src/vm/func.h:
src/vm/gen.h:
