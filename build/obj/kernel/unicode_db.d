build/obj/kernel/unicode_db.o: src/kernel/unicode_db.c \
 src/kernel/unicode_db.h
src/kernel/unicode_db.h:
