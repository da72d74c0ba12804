build/obj/kernel/heap.o: src/kernel/heap.c src/kernel/heap.h \
 src/kernel/value.h src/kernel/checked.h
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/checked.h:
