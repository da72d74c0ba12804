build/obj/kernel/buf.o: src/kernel/buf.c src/kernel/buf.h \
 src/kernel/heap.h src/kernel/value.h src/kernel/kstatus.h \
 src/kernel/checked.h
src/kernel/buf.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
src/kernel/checked.h:
