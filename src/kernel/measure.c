/*
 * measure.c: SHA-256 over the executable's read-only segments (measure.h). The ELF header
 * is found at __executable_start (defined by the GNU and LLVM linkers at the first byte
 * of the first loaded segment, where the file's headers are mapped); the program headers
 * give every segment's address and size. Invariant: only memory the loader mapped from
 * non-writable PT_LOAD segments is read, [load base + p_vaddr, + p_filesz).
 */
#include "measure.h"

#include <elf.h>
#include <string.h>

#include "digest.h"

extern const unsigned char __executable_start[];

#if UINTPTR_MAX == 0xffffffffffffffffu
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
#define MEASURE_CLASS ELFCLASS64
#else
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
#define MEASURE_CLASS ELFCLASS32
#endif

#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_ASAN __attribute__((no_sanitize_address))
#endif
#endif
#ifndef NO_ASAN
#define NO_ASAN
#endif

/* Copies n bytes of the image to dst. The image holds AddressSanitizer's redzones between
 * globals (poisoned, but mapped and readable), so this copy is not instrumented; the
 * volatile reads keep it from becoming an (intercepted) memcpy. */
NO_ASAN static void read_image(uint8_t *dst, const unsigned char *src, size_t n) {
    const volatile unsigned char *s = src;
    for (size_t i = 0; i < n; i++) dst[i] = s[i];
}

static void put_u64(DigestCtx *c, uint64_t x) {
    uint8_t b[8];
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)(x >> (8 * i));
    digest_update(c, b, sizeof b);
}

KStatus measure_image(uint8_t out[32], size_t *nbytes, size_t *nsegs) {
    *nbytes = 0;
    *nsegs = 0;
    const unsigned char *img = __executable_start;
    Ehdr eh;
    read_image((uint8_t *)&eh, img, sizeof eh);
    if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != MEASURE_CLASS ||
        eh.e_phentsize != sizeof(Phdr) || eh.e_phnum == 0 || eh.e_phnum > 256 || eh.e_phoff > 65536)
        return K_INVALID;
    // The load base: the first PT_LOAD maps file offset 0 at __executable_start.
    uintptr_t first = UINTPTR_MAX;
    for (size_t i = 0; i < eh.e_phnum; i++) {
        Phdr ph;
        read_image((uint8_t *)&ph, img + eh.e_phoff + i * sizeof(Phdr), sizeof ph);
        if (ph.p_type == PT_LOAD && ph.p_vaddr < first) first = (uintptr_t)ph.p_vaddr;
    }
    if (first == UINTPTR_MAX) return K_INVALID;
    first &= ~(uintptr_t)4095u;
    DigestCtx c;
    if (digest_init(&c, DIGEST_SHA256) != K_OK) return K_INVALID;
    for (size_t i = 0; i < eh.e_phnum; i++) {
        Phdr ph;
        read_image((uint8_t *)&ph, img + eh.e_phoff + i * sizeof(Phdr), sizeof ph);
        if (ph.p_type != PT_LOAD || (ph.p_flags & PF_W) != 0 || ph.p_filesz == 0) continue;
        uintptr_t rel = (uintptr_t)ph.p_vaddr - first;
        put_u64(&c, rel);
        put_u64(&c, ph.p_filesz);
        uint8_t chunk[4096];
        for (size_t off = 0; off < (size_t)ph.p_filesz; off += sizeof chunk) {
            size_t n = (size_t)ph.p_filesz - off < sizeof chunk ? (size_t)ph.p_filesz - off : sizeof chunk;
            read_image(chunk, img + rel + off, n);
            digest_update(&c, chunk, n);
        }
        *nbytes += (size_t)ph.p_filesz;
        *nsegs += 1;
    }
    return digest_final(&c, out, 32);
}
