build/obj/compiler/parser_unicode.o: src/compiler/parser_unicode.c \
 src/compiler/tokenizer.h src/compiler/../kernel/buf.h \
 src/compiler/../kernel/heap.h src/compiler/../kernel/value.h \
 src/compiler/../kernel/kstatus.h src/compiler/../kernel/heap.h \
 src/compiler/parser.h src/compiler/ast.h src/compiler/../kernel/vec.h
src/compiler/tokenizer.h:
src/compiler/../kernel/buf.h:
src/compiler/../kernel/heap.h:
src/compiler/../kernel/value.h:
src/compiler/../kernel/kstatus.h:
src/compiler/../kernel/heap.h:
src/compiler/parser.h:
src/compiler/ast.h:
src/compiler/../kernel/vec.h:
