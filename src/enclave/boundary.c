/*
 * boundary.c: frames over pipes (boundary.h). Invariant: every byte read from the peer
 * lands in a checked Buf (or a fixed local array) and is handed on only as a whole frame
 * whose length was checked against the limit; nothing here interprets a payload (that is
 * wire_decode's job).
 */
#include "boundary.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../objects/exc.h"
#include "wire.h"

int64_t boundary_write_all(int fd, const uint8_t *p, size_t n) {
    BView v = {p, n};
    size_t done = 0;
    while (done < v.n) {
        BView rest = bview_slice(v, done, v.n);
        ssize_t w = write(fd, rest.p, rest.n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -(int64_t)errno;
        }
        done += (size_t)w;
    }
    return (int64_t)n;
}

// One read() of at most [n] bytes into [p]: count, 0 at EOF, -1 on error.
static ssize_t read_some(int fd, uint8_t *p, size_t n) {
    for (;;) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR) continue;
        return r;
    }
}

// Reads exactly [n] bytes into [out] (appending) or, with out NULL, discards them.
// [*got] counts the bytes read (so a caller can tell a clean EOF from a cut frame).
static int read_exact(Interp *I, int fd, size_t n, Buf *out, size_t *got) {
    uint8_t chunk[16384];
    size_t done = 0;
    *got = 0;
    while (done < n) {
        size_t want = n - done < sizeof chunk ? n - done : sizeof chunk;
        ssize_t r = read_some(fd, chunk, want);
        if (r <= 0) return FRAME_BROKEN;
        BView part = {chunk, (size_t)r};
        if (out != NULL && buf_append(I->heap, out, part) != K_OK) {
            exc_nomem(I);
            return FRAME_NOMEM;
        }
        done += (size_t)r;
        *got = done;
    }
    return FRAME_OK;
}

int boundary_read_frame(Interp *I, int fd, size_t max, Buf *out) {
    buf_init(out);
    Buf hdr;
    buf_init(&hdr);
    size_t got = 0;
    int hs = read_exact(I, fd, 4, &hdr, &got);
    if (hs == FRAME_BROKEN && got == 0) return FRAME_EOF;
    if (hs != FRAME_OK) return hs;
    uint32_t len = 0;
    if (!wire_get_u32(buf_view(&hdr), 0, &len)) return FRAME_BROKEN;
    size_t n = 0;
    if (len > max) {
        int st = read_exact(I, fd, len, NULL, &n);
        return st == FRAME_OK ? FRAME_TOO_LARGE : st;
    }
    if (buf_reserve(I->heap, out, len) != K_OK) {
        // Keep the stream in step even when the frame cannot be held.
        int st = read_exact(I, fd, len, NULL, &n);
        if (st != FRAME_OK) return st;
        exc_nomem(I);
        return FRAME_NOMEM;
    }
    return read_exact(I, fd, len, out, &n);
}

bool boundary_send(Interp *I, int fd, Value v) {
    // One buffer, one write: a 4-byte header placeholder, the value, then the header.
    Buf frame;
    buf_init(&frame);
    if (!wire_put_u32(I, &frame, 0) || !wire_encode(I, v, &frame, WIRE_MAX_DEPTH)) return false;
    BView b = buf_view(&frame);
    if (b.n - 4 > UINT32_MAX) return exc_raise(I, TY_VALUE_ERROR, "wire: message too large"), false;
    for (int k = 0; k < 4; k++) (void)buf_set(&frame, (size_t)k, (uint8_t)((uint32_t)(b.n - 4) >> (8 * k)));
    return boundary_write_all(fd, b.p, b.n) >= 0;
}

int64_t boundary_send_output(int fd, int stream, const uint8_t *p, size_t n) {
    if (n > UINT32_MAX - 64) return -EINVAL;
    // tuple of 3: "out", int stream, bytes data. Layout (all lengths u32 LE):
    //   t [3] s [3] "out" i [sign 0] [1] stream b [n] data
    uint8_t h[32];
    size_t k = 0;
    uint32_t body = 1 + 4 + (1 + 4 + 3) + (1 + 1 + 4 + 1) + (1 + 4) + (uint32_t)n;
    uint32_t nums[3] = {body, 3, 3};
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[0] >> (8 * b));
    h[k++] = WIRE_TUPLE;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[1] >> (8 * b));
    h[k++] = WIRE_STR;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[2] >> (8 * b));
    h[k++] = 'o';
    h[k++] = 'u';
    h[k++] = 't';
    h[k++] = WIRE_INT;
    h[k++] = 0;
    h[k++] = 1;
    h[k++] = 0;
    h[k++] = 0;
    h[k++] = 0;
    h[k++] = (uint8_t)(stream == HOST_STDERR ? 2 : 1); // canonical: never 0
    h[k++] = WIRE_BYTES;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)((uint32_t)n >> (8 * b));
    int64_t r = boundary_write_all(fd, h, k);
    if (r < 0) return r;
    r = boundary_write_all(fd, p, n);
    return r < 0 ? r : (int64_t)n;
}

long boundary_forbidden_syscall(void) { return syscall(SYS_getpid); }

void *boundary_map(size_t n) {
    void *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return m == MAP_FAILED ? NULL : m;
}
