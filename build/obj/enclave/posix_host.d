build/obj/enclave/posix_host.o: src/enclave/posix_host.c \
 src/enclave/posix_host.h src/enclave/host.h src/enclave/../kernel/buf.h \
 src/enclave/../kernel/heap.h src/enclave/../kernel/value.h \
 src/enclave/../kernel/kstatus.h
src/enclave/posix_host.h:
src/enclave/host.h:
src/enclave/../kernel/buf.h:
src/enclave/../kernel/heap.h:
src/enclave/../kernel/value.h:
src/enclave/../kernel/kstatus.h:
