build/obj/cli/main.o: src/cli/main.c include/safepy.h
include/safepy.h:
