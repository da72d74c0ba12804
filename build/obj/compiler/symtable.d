build/obj/compiler/symtable.o: src/compiler/symtable.c \
 src/compiler/symtable.h src/compiler/../objects/interp.h \
 src/compiler/../objects/../enclave/host.h \
 src/compiler/../objects/object.h src/compiler/../objects/../kernel/buf.h \
 src/compiler/../objects/../kernel/heap.h \
 src/compiler/../objects/../kernel/value.h \
 src/compiler/../objects/../kernel/kstatus.h \
 src/compiler/../objects/../kernel/heap.h \
 src/compiler/../objects/../kernel/kstatus.h \
 src/compiler/../objects/../kernel/value.h \
 src/compiler/../objects/../kernel/vec.h \
 src/compiler/../objects/../vm/opcodes.h src/compiler/ast.h \
 src/compiler/../kernel/buf.h src/compiler/../kernel/heap.h \
 src/compiler/../kernel/vec.h src/compiler/../objects/dict.h \
 src/compiler/../objects/../kernel/hindex.h \
 src/compiler/../objects/../kernel/vec.h src/compiler/../objects/interp.h \
 src/compiler/../objects/exc.h src/compiler/../objects/list.h \
 src/compiler/../objects/ops.h src/compiler/../objects/str.h \
 src/compiler/../objects/tuple.h
src/compiler/symtable.h:
src/compiler/../objects/interp.h:
src/compiler/../objects/../enclave/host.h:
src/compiler/../objects/object.h:
src/compiler/../objects/../kernel/buf.h:
src/compiler/../objects/../kernel/heap.h:
src/compiler/../objects/../kernel/value.h:
src/compiler/../objects/../kernel/kstatus.h:
src/compiler/../objects/../kernel/heap.h:
src/compiler/../objects/../kernel/kstatus.h:
src/compiler/../objects/../kernel/value.h:
src/compiler/../objects/../kernel/vec.h:
src/compiler/../objects/../vm/opcodes.h:
src/compiler/ast.h:
src/compiler/../kernel/buf.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/vec.h:
src/compiler/../objects/dict.h:
src/compiler/../objects/../kernel/hindex.h:
src/compiler/../objects/../kernel/vec.h:
src/compiler/../objects/interp.h:
src/compiler/../objects/exc.h:
src/compiler/../objects/list.h:
src/compiler/../objects/ops.h:
src/compiler/../objects/str.h:
src/compiler/../objects/tuple.h:
