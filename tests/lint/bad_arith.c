/* Planted violations: pointer arithmetic outside the kernel. */
#include <stdint.h>

uint8_t bad_arith(const uint8_t *p, int n);
uint8_t bad_arith(const uint8_t *p, int n) {
    const uint8_t *q = p + n; // VIOLATION
    q++;                      // VIOLATION
    q -= 2;                   // VIOLATION
    uint8_t arr[4] = {0};
    const uint8_t *r = arr + 1; // VIOLATION
    return *q + *r;
}
