/* Planted violations: mem*/str* calls outside the kernel. */
#include <string.h>

size_t bad_libc(char *d, const char *s);
size_t bad_libc(char *d, const char *s) {
    memcpy(d, s, 4);  // VIOLATION
    strcpy(d, s);     // VIOLATION
    return strlen(s); // VIOLATION
}
