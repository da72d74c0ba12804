build/obj/compiler/ast.o: src/compiler/ast.c src/compiler/ast.h \
 src/compiler/../kernel/buf.h src/compiler/../kernel/heap.h \
 src/compiler/../kernel/value.h src/compiler/../kernel/kstatus.h \
 src/compiler/../kernel/heap.h src/compiler/../kernel/vec.h
src/compiler/ast.h:
src/compiler/../kernel/buf.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/value.h:
src/compiler/../kernel/kstatus.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/vec.h:
