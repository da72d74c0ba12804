build/obj/enclave/api.o: src/enclave/api.c \
 src/enclave/../../include/safepy.h src/enclave/../compiler/compile.h \
 src/enclave/../compiler/../objects/interp.h \
 src/enclave/../compiler/../objects/../enclave/host.h \
 src/enclave/../compiler/../objects/object.h \
 src/enclave/../compiler/../objects/../kernel/buf.h \
 src/enclave/../compiler/../objects/../kernel/heap.h \
 src/enclave/../compiler/../objects/../kernel/value.h \
 src/enclave/../compiler/../objects/../kernel/kstatus.h \
 src/enclave/../compiler/../objects/../kernel/heap.h \
 src/enclave/../compiler/../objects/../kernel/kstatus.h \
 src/enclave/../compiler/../objects/../kernel/value.h \
 src/enclave/../compiler/../objects/../kernel/vec.h \
 src/enclave/../compiler/../objects/../vm/opcodes.h \
 src/enclave/../modules/builtins.h \
 src/enclave/../modules/../objects/interp.h \
 src/enclave/../modules/import.h src/enclave/../modules/iomod.h \
 src/enclave/../modules/sysmod.h src/enclave/../modules/traceback.h \
 src/enclave/../modules/../objects/str.h \
 src/enclave/../modules/../objects/interp.h \
 src/enclave/../objects/bytes.h src/enclave/../objects/interp.h \
 src/enclave/../objects/dict.h src/enclave/../objects/../kernel/hindex.h \
 src/enclave/../objects/../kernel/heap.h \
 src/enclave/../objects/../kernel/kstatus.h \
 src/enclave/../objects/../kernel/value.h \
 src/enclave/../objects/../kernel/vec.h src/enclave/../objects/exc.h \
 src/enclave/../objects/int.h src/enclave/../objects/module.h \
 src/enclave/../objects/ops.h src/enclave/../objects/object.h \
 src/enclave/../objects/str.h src/enclave/../vm/eval.h \
 src/enclave/../vm/../objects/interp.h src/enclave/../kernel/cargs.h \
 src/enclave/../objects/list.h src/enclave/posix_host.h \
 src/enclave/host.h
src/enclave/../../include/safepy.h:
src/enclave/../compiler/compile.h:
src/enclave/../compiler/../objects/interp.h:
src/enclave/../compiler/../objects/../enclave/host.h:
src/enclave/../compiler/../objects/object.h:
src/enclave/../compiler/../objects/../kernel/buf.h:
src/enclave/../compiler/../objects/../kernel/heap.h:
src/enclave/../compiler/../objects/../kernel/value.h:
src/enclave/../compiler/../objects/../kernel/kstatus.h:
src/enclave/../compiler/../objects/../kernel/heap.h:
src/enclave/../compiler/../objects/../kernel/kstatus.h:
src/enclave/../compiler/../objects/../kernel/value.h:
src/enclave/../compiler/../objects/../kernel/vec.h:
src/enclave/../compiler/../objects/../vm/opcodes.h:
src/enclave/../modules/builtins.h:
src/enclave/../modules/../objects/interp.h:
src/enclave/../modules/import.h:
src/enclave/../modules/iomod.h:
src/enclave/../modules/sysmod.h:
src/enclave/../modules/traceback.h:
src/enclave/../modules/../objects/str.h:
src/enclave/../modules/../objects/interp.h:
src/enclave/../objects/bytes.h:
src/enclave/../objects/interp.h:
src/enclave/../objects/dict.h:
src/enclave/../objects/../kernel/hindex.h:
src/enclave/../objects/../kernel/heap.h:
src/enclave/../objects/../kernel/kstatus.h:
src/enclave/../objects/../kernel/value.h:
src/enclave/../objects/../kernel/vec.h:
src/enclave/../objects/exc.h:
src/enclave/../objects/int.h:
src/enclave/../objects/module.h:
src/enclave/../objects/ops.h:
src/enclave/../objects/object.h:
src/enclave/../objects/str.h:
src/enclave/../vm/eval.h:
src/enclave/../vm/../objects/interp.h:
src/enclave/../kernel/cargs.h:
src/enclave/../objects/list.h:
src/enclave/posix_host.h:
src/enclave/host.h:
