build/obj/kernel/bigint.o: src/kernel/bigint.c src/kernel/bigint.h \
 src/kernel/heap.h src/kernel/value.h src/kernel/kstatus.h \
 src/kernel/checked.h
src/kernel/bigint.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
src/kernel/checked.h:
