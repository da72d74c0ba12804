build/obj/kernel/vec.o: src/kernel/vec.c src/kernel/vec.h \
 src/kernel/heap.h src/kernel/value.h src/kernel/kstatus.h \
 src/kernel/checked.h
src/kernel/vec.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
src/kernel/checked.h:
