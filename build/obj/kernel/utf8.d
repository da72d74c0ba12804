build/obj/kernel/utf8.o: src/kernel/utf8.c src/kernel/utf8.h \
 src/kernel/buf.h src/kernel/heap.h src/kernel/value.h \
 src/kernel/kstatus.h src/kernel/checked.h
src/kernel/utf8.h:
src/kernel/buf.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
src/kernel/checked.h:
