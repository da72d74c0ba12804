build/obj/kernel/hindex.o: src/kernel/hindex.c src/kernel/hindex.h \
 src/kernel/heap.h src/kernel/value.h src/kernel/kstatus.h \
 src/kernel/vec.h src/kernel/checked.h
src/kernel/hindex.h:
src/kernel/heap.h:
src/kernel/value.h:
src/kernel/kstatus.h:
src/kernel/vec.h:
src/kernel/checked.h:
