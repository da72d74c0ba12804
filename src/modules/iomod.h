/*
 * iomod.h: file objects (the `_io.TextIOWrapper` type, TY_FILE): sys.stdin, sys.stdout
 * and sys.stderr over the host's streams, and the files open() returns, in text mode
 * (str in and out, UTF-8 by default, universal newlines on input) or binary mode (bytes).
 *
 * Every byte goes through the host table (I->host): write/read for the standard streams,
 * open/fread/fwrite/fclose for files. Output is buffered in the object (stdout: flushed
 * at a newline when it is a terminal, else past 8 KiB and at exit; stderr: after every
 * write); bytes written to the standard streams count against I->limits.max_output.
 */
#ifndef SAFEPY_MODULES_IOMOD_H
#define SAFEPY_MODULES_IOMOD_H

#include "../objects/interp.h"

/* FileObject.fl bits. */
#define FILE_READ 1u        /* readable */
#define FILE_WRITE 2u       /* writable */
#define FILE_BINARY 4u      /* bytes in and out */
#define FILE_STD 8u         /* a standard stream: handle is HOST_STDIN/STDOUT/STDERR */
#define FILE_CLOSED 16u
#define FILE_LINEBUF 32u    /* flush when a write contains a newline */
#define FILE_UNBUF 64u      /* flush after every write */
#define FILE_CR 128u        /* input: the last byte was '\r' (a following '\n' is dropped) */
#define FILE_TRANSLATE 256u /* input: '\r\n' and '\r' become '\n' */
#define FILE_PLUS 512u      /* opened with '+' */
#define FILE_UTF8 1024u     /* the codec is UTF-8 */
#define FILE_STRICT 2048u   /* the error handler is 'strict' */
#define FILE_NL_CRLF 4096u  /* output: '\n' is written as '\r\n' */
#define FILE_NL_CR 8192u    /* output: '\n' is written as '\r' */
#define FILE_MEMORY 16384u  /* io.StringIO / io.BytesIO: the data is rbuf, rpos the position */
#define FILE_BUFVIEW 32768u /* a text stream's .buffer: binary access to the stream in [buffer] */
#define FILE_DRAINED 65536u /* a read-only file read to its end: the host handle is closed */
#define FILE_NOTELL 262144u /* text: next() was called, tell() is refused until a seek or the end */
#define FILE_NL_ANY 524288u /* StringIO(newline=''): lines end at '\r', '\n' or '\r\n' */
#define FILE_RAW 1048576u   /* binary: an _io.FileIO (open(..., buffering=0) or a .raw view) */
#define FILE_DETACHED 2097152u /* binary: detach() handed the stream to its raw object */
#define FILE_SEEN_LF (1u << 22)   /* universal-newline input: a '\n' was seen (.newlines) */
#define FILE_SEEN_CR (1u << 23)   /* ... a lone '\r' */
#define FILE_SEEN_CRLF (1u << 24) /* ... a '\r\n' */

/* The bits a text stream's newline argument sets. */
#define FILE_NL_MODE (FILE_TRANSLATE | FILE_NL_ANY | FILE_NL_CR | FILE_NL_CRLF)

/* The FILE_NL_MODE bits for newline argument [newline] (str, or None/VAL_NULL: universal
 * newlines translated) in *fl; false (nothing raised: the callers word it) when it is not
 * one of None, '', '\n', '\r', '\r\n'. */
bool iomod_newline_mode(Interp *I, Value newline, uint32_t *fl);

typedef struct FileObject {
    Obj h;
    int64_t handle;   /* host file handle, or the stream number of a standard stream */
    uint32_t fl;      /* FILE_* */
    Value name;       /* the path (str), or '<stdout>'... */
    Value mode;       /* str: the mode as given to open() */
    Value encoding;   /* str shown as .encoding, None in binary mode */
    Value codec;      /* str: the normalised codec name for str_decode/str_encode */
    Value errors;     /* str: the error handler, None in binary mode */
    Buf wbuf;         /* encoded output not yet handed to the host */
    Buf rbuf;         /* input read ahead (newline-translated when FILE_TRANSLATE) */
    size_t rpos;      /* bytes of rbuf already consumed (memory streams: the position) */
    Value buffer;     /* a text stream's .buffer view (made on first use), or for a view
                         its text stream; VAL_NULL otherwise */
    size_t pad;       /* memory streams: a seek past the end, in characters/bytes, that the
                         next write fills with zeros */
    int64_t end_pos;  /* FILE_DRAINED: the host position when the handle was closed */
    ValVec drops;     /* input: for each '\n' of a '\r\n' dropped by translation since the
                         last seek, the rbuf index just past the '\n' kept for the pair
                         (small ints, ascending): tell() counts the ones not consumed */
    Value path;       /* files from open(): the path as str (seek reopens a drained file by
                         it); VAL_NULL for other streams */
    size_t exports;   /* BytesIO: getbuffer() views made since the last check (memview.h):
                         writes, truncate, close and __setstate__ are refused while the
                         program names one that is not released */
} FileObject;
OBJ_CAST_FN(file_cast, FileObject, K_FILE)

/* The file type (TY_FILE, "_io.TextIOWrapper"). */
extern const TypeSpec file_spec;

/* The methods every file-like type built on FileObject shares (read, write, close...). */
extern const MethodDef iomod_file_methods[];

/* The attributes they share (closed, name, mode, encoding...). */
extern const GetSetDef iomod_file_getsets[];

/* The builtin-style type (not one of the TYPE_IDS) made from [spec], with the shared file
 * methods added where the spec does not define its own: made on first use and kept in
 * I->scratch under [key], so every use (and every import of _io) sees the same type. */
Type *iomod_file_type(Interp *I, const char *key, const TypeSpec *spec);

/* The binary stream types (_io.BufferedReader, BufferedWriter, BufferedRandom, FileIO):
 * FileObjects with FILE_BINARY whose type tells the layer, created on first use. */
enum { IOMOD_READER, IOMOD_WRITER, IOMOD_RANDOM, IOMOD_FILEIO };
Type *iomod_bin_type(Interp *I, int which);

/* The buffered type ([raw] false) or FileIO for a stream with FILE_* bits [fl]. */
Type *iomod_bin_type_for(Interp *I, uint32_t fl, bool raw);

/* Adds the binary stream types to the _io module dict [d]. */
bool iomod_bin_add(Interp *I, Value d);

/* FileIO's mode string for a stream opened with FILE_* bits [fl] and open() mode [mode]
 * ('rb', 'wb', 'ab', 'xb', 'rb+', 'ab+', 'xb+'). */
Value iomod_raw_mode(Interp *I, uint32_t fl, Value mode);

/* The stream a method named [method] works on: [self], or for a .buffer/.raw view the
 * stream behind it, used in binary mode (*bin). NULL with an exception when [self] is
 * closed (the message CPython's class of [self] gives for [method]) or not a file. */
FileObject *iomod_target(Interp *I, Value self, bool *bin, const char *method);

/* Raises io.UnsupportedOperation unless the stream [f] behind [self] is readable;
 * [what] is the buffered classes' word ("read", "read1"). Flushes pending output. */
bool iomod_check_readable(Interp *I, Value self, FileObject *f, const char *what);

/* Up to [max] bytes of [f]'s read-ahead, reading one chunk first when none is left
 * (at most one host read); consumed when [consume]. bytes, or NULL with an exception. */
Value iomod_buffered(Interp *I, FileObject *f, size_t max, bool consume);

/* read(n) of [f] in binary mode ([n] < 0: to the end). */
Value iomod_read_bytes(Interp *I, FileObject *f, int64_t n);

/* text_stream.reconfigure(*, encoding, errors, newline, line_buffering, write_through)
 * (iomod_open.c: it shares open()'s codec names and checks). */
Value iomod_reconfigure(Interp *I, Value self, ValView args, Value kwnames);

/* io.UnsupportedOperation([what]) raised; VAL_NULL. */
Value iomod_unsupported(Interp *I, const char *what);

/* A blank FileObject of type [t] (TY_FILE, StringIO, BytesIO or a subclass): every Value
 * field None. NULL with MemoryError. */
FileObject *iomod_file_new(Interp *I, Type *t);

/* Flushes and closes [f] (the host handle too); closing twice does nothing. */
bool iomod_file_close(Interp *I, FileObject *f);

/* Records [f] as open for writing, so iomod_flush_std flushes it at exit. */
bool iomod_register(Interp *I, Value f);

/* [self] as an open FileObject, or NULL with TypeError (not a file) or ValueError
 * ("I/O operation on closed file."). */
FileObject *iomod_check_open(Interp *I, Value self);

/* The file type's iterator slots (iter returns self, next reads a line). */
Value iomod_file_iter(Interp *I, Value self);
Value iomod_file_next(Interp *I, Value self);

/* The text str [s] becomes in memory stream [f] (newline translation of StringIO's
 * newline argument applied); a view of [s] itself or of a new object kept in *keep. */
bool iomod_mem_text(Interp *I, FileObject *f, Value s, BView *out, Value *keep);

/* A new file object over standard stream [stream] (HOST_STDIN, HOST_STDOUT, HOST_STDERR),
 * as sys.stdin / sys.stdout / sys.stderr. */
Value iomod_std_new(Interp *I, int stream);

/* Sets the codec of standard stream [f] ([stream] HOST_STDIN/STDOUT/STDERR) as CPython
 * chooses it from the environment: UTF-8; 'surrogateescape' for stdin/stdout under the
 * C/POSIX locale (or PYTHONUTF8=1), else 'strict'; 'backslashreplace' for stderr;
 * PYTHONIOENCODING=encoding[:errors] overrides the encoding and stdin/stdout's errors.
 * [python_env] false: the PYTHON* variables are ignored. */
bool iomod_std_codec(Interp *I, FileObject *f, int stream, bool python_env);

/* Resets the standard streams' codec (sys.__stdin__/__stdout__/__stderr__) as if
 * PYTHONIOENCODING and PYTHONUTF8 were not set (-E, -I), before they are used. */
bool iomod_std_ignore_env(Interp *I);

/* The builtin open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None). */
Value iomod_open(Interp *I, Value self, ValView args, Value kwnames);

/* file.write(s) for print(): a direct buffer append when [file] is a FileObject, else a
 * call of its write method. False with an exception pending on error. */
bool iomod_write(Interp *I, Value file, Value s);

/* file.flush() (direct for a FileObject, else the flush method). */
bool iomod_flush(Interp *I, Value file);

/* file.readline() (direct for a FileObject, else the readline method). */
Value iomod_readline(Interp *I, Value file);

/* Flushes sys.stdout, sys.stderr, the original standard streams and every file still
 * open for writing; errors are ignored and a pending exception is left as it was. Called
 * at exit and before printing a traceback. */
void iomod_flush_std(Interp *I);

/* The io.UnsupportedOperation class (a subclass of OSError and ValueError), created on
 * first use. */
Value iomod_unsupported_type(Interp *I);

/* Raises the OSError subclass for host error [err] ([errno] positive), with
 * "[Errno N] text" and, when [filename] is not VAL_NULL, ": 'filename'". Returns
 * VAL_NULL. */
Value iomod_raise_errno(Interp *I, int err, Value filename);

/* Hands the buffered output of every open file to the host, ignoring errors (before a file
 * is opened: CPython closes a dropped file at once, so `open(p, "w").write(s)` followed by
 * `open(p).read()` sees s; here the first file is still open, but its data is written). */
void iomod_flush_files(Interp *I);

/* The file-system form of str [path] (UTF-8 with surrogateescape, as os.fsencode) as a
 * NUL-terminated C string held by [out]. NULL with ValueError "embedded null byte", a
 * UnicodeEncodeError (a lone surrogate outside U+DC80..U+DCFF) or MemoryError pending. */
const char *iomod_fs_cstr(Interp *I, Value path, Buf *out);

/* A file name from the host as str (UTF-8 with surrogateescape, as os.fsdecode). */
Value iomod_fs_decode(Interp *I, BView name);

#endif
