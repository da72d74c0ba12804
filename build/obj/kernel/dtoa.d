build/obj/kernel/dtoa.o: src/kernel/dtoa.c src/kernel/dtoa.h \
 src/kernel/heap.h src/kernel/value.h src/kernel/kstatus.h
src/kernel/dtoa.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
