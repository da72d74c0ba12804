build/obj/compiler/parser.o: src/compiler/parser.c \
 src/compiler/parser_int.h src/compiler/ast.h \
 src/compiler/../kernel/buf.h src/compiler/../kernel/heap.h \
 src/compiler/../kernel/value.h src/compiler/../kernel/kstatus.h \
 src/compiler/../kernel/heap.h src/compiler/../kernel/vec.h \
 src/compiler/parser.h src/compiler/tokenizer.h
src/compiler/parser_int.h:
src/compiler/ast.h:
src/compiler/../kernel/buf.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/value.h:
src/compiler/../kernel/kstatus.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/vec.h:
src/compiler/parser.h:
src/compiler/tokenizer.h:
