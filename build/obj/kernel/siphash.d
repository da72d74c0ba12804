build/obj/kernel/siphash.o: src/kernel/siphash.c src/kernel/siphash.h \
 src/kernel/buf.h src/kernel/heap.h src/kernel/value.h \
 src/kernel/kstatus.h
src/kernel/siphash.h:
src/kernel/buf.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
