build/obj/modules/traceback.o: src/modules/traceback.c \
 src/modules/traceback.h src/modules/../objects/interp.h \
 src/modules/../objects/../enclave/host.h src/modules/../objects/object.h \
 src/modules/../objects/../kernel/buf.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/heap.h \
 src/modules/../objects/../kernel/kstatus.h \
 src/modules/../objects/../kernel/value.h \
 src/modules/../objects/../kernel/vec.h \
 src/modules/../objects/../vm/opcodes.h src/modules/../objects/str.h \
 src/modules/../objects/interp.h src/modules/../compiler/ast.h \
 src/modules/../compiler/../kernel/buf.h \
 src/modules/../compiler/../kernel/heap.h \
 src/modules/../compiler/../kernel/vec.h src/modules/../compiler/parser.h \
 src/modules/../compiler/ast.h src/modules/../objects/bytes.h \
 src/modules/../objects/dict.h src/modules/../objects/../kernel/hindex.h \
 src/modules/../objects/../kernel/vec.h src/modules/../objects/exc.h \
 src/modules/../objects/int.h src/modules/../objects/ops.h \
 src/modules/../vm/code.h src/modules/../vm/../objects/interp.h \
 src/modules/frozen.h src/modules/import.h src/modules/iomod.h
src/modules/traceback.h:
src/modules/../objects/interp.h:
src/modules/../objects/../enclave/host.h:
src/modules/../objects/object.h:
src/modules/../objects/../kernel/buf.h:
src/modules/../objects/../kernel/heap.h:
src/modules/../objects/../kernel/value.h:
src/modules/../objects/../kernel/kstatus.h:
src/modules/../objects/../kernel/heap.h:
src/modules/../objects/../kernel/kstatus.h:
src/modules/../objects/../kernel/value.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/../vm/opcodes.h:
src/modules/../objects/str.h:
src/modules/../objects/interp.h:
src/modules/../compiler/ast.h:
src/modules/../compiler/../kernel/buf.h:
src/modules/../compiler/../kernel/heap.h:
src/modules/../compiler/../kernel/vec.h:
src/modules/../compiler/parser.h:
src/modules/../compiler/ast.h:
src/modules/../objects/bytes.h:
src/modules/../objects/dict.h:
src/modules/../objects/../kernel/hindex.h:
src/modules/../objects/../kernel/vec.h:
src/modules/../objects/exc.h:
src/modules/../objects/int.h:
src/modules/../objects/ops.h:
src/modules/../vm/code.h:
src/modules/../vm/../objects/interp.h:
src/modules/frozen.h:
src/modules/import.h:
src/modules/iomod.h:
