build/obj/kernel/unicode.o: src/kernel/unicode.c src/kernel/unicode.h \
 src/kernel/unicode_db.h
src/kernel/unicode.h:
src/kernel/unicode_db.h:
