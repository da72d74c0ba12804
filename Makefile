# safepy: one Makefile. `make` builds build/safepy; `make test` runs every test.
# Variables: CC (gcc or clang), MODE (release | debug | asan | unchecked).

CC ?= cc
MODE ?= release

SRCS := $(sort $(wildcard src/kernel/*.c src/vm/*.c src/objects/*.c src/compiler/*.c \
          src/modules/*.c src/enclave/*.c))
CLI_SRCS := src/cli/main.c
FROZEN_PY := $(sort $(wildcard src/modules/lib/*.py src/modules/lib/*/*.py src/modules/lib/*/*/*.py))

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla \
        -Wpointer-arith -Wformat=2 -Wundef
STD := -std=gnu11
BASEFLAGS := $(STD) $(WARN) -Iinclude -fno-strict-aliasing

# No unwind tables (C has no exceptions; gdb reads .debug_frame) and packed relative
# relocations: 0.3 MB less binary (docs/notes/size.md). One section per function and
# object so that the linker drops the unreferenced ones (31 KB, docs/notes/size6.md).
# Hardening (../shared/VERIFY.md "Sanitizers and hardening", issue 4): fortified libc
# calls, stack protector and stack-clash probes, CET branch markers, locals zeroed,
# position-independent executable with full RELRO; plus the always-on UBSan checks that
# cost little (out-of-bounds array index, signed overflow, bad shifts, VLA bounds,
# reaching __builtin_unreachable), each compiled to a trap instruction (no run-time
# library). Cost measured in docs/notes/harden12.md; `make HARDEN=` builds without.
# clang 14 takes -ftrivial-auto-var-init=zero only behind an extra flag.
CC_IS_CLANG := $(findstring clang,$(shell $(CC) --version 2>/dev/null))
AUTO_VAR_INIT := -ftrivial-auto-var-init=zero
ifneq ($(CC_IS_CLANG),)
  AUTO_VAR_INIT += -enable-trivial-auto-var-init-zero-knowing-it-will-be-removed-from-clang
endif
HARDEN ?= -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fstack-clash-protection \
          -fcf-protection=full $(AUTO_VAR_INIT) -fPIE \
          -fsanitize=bounds,signed-integer-overflow,shift,vla-bound,unreachable \
          -fsanitize-undefined-trap-on-error
HARDEN_LINK ?= -pie -Wl,-z,relro,-z,now
RELEASE_OPT := -O2 -g $(HARDEN) -fno-plt \
               -fno-asynchronous-unwind-tables -fno-unwind-tables \
               -ffunction-sections -fdata-sections
RELEASE_LINKOPT := -Wl,-z,pack-relative-relocs -Wl,--gc-sections $(HARDEN_LINK)
ifeq ($(MODE),release)
  BUILD := build
  OPT := $(RELEASE_OPT)
  LINKOPT := $(RELEASE_LINKOPT)
  # `make STATIC_PIE=-static-pie` links build/safepy as a static PIE (still position
  # independent, with RELRO): no dynamic loader, about a quarter less start-up CPU time
  # (2.9 vs 3.7 ms) but 1 MB more binary (glibc's code linked in: 2.98 vs 1.95 MB).
  # Dynamic by default: size is the further target (docs/notes/startup.md, size.md).
  STATIC_PIE ?=
else ifeq ($(MODE),debug)
  BUILD := build/debug
  OPT := -O0 -g3 -DSAFEPY_DEBUG
else ifeq ($(MODE),unchecked)
  # Measurement only (bench/checks.sh): the release build with the kernel's safety checks
  # (K_FAILS, src/kernel/kcheck.h) turned into assumptions. Unsafe; never used otherwise.
  BUILD := build/unchecked
  OPT := $(RELEASE_OPT) -DSAFEPY_UNCHECKED
  LINKOPT := $(RELEASE_LINKOPT)
else ifeq ($(MODE),asan)
  BUILD := build/asan
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
  $(error MODE must be release, debug, asan or unchecked)
endif
# O=DIR puts the build somewhere else (several builds of one tree side by side).
ifneq ($(O),)
  BUILD := $(O)
endif

CFLAGS_ALL := $(BASEFLAGS) $(OPT) $(CFLAGS)
LDFLAGS_ALL := $(OPT) $(LINKOPT) $(LDFLAGS) -lm

OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRCS)) $(BUILD)/obj/frozen.o
CLI_OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(CLI_SRCS))

# Cold code compiled for size (-Os) in the release builds: code no benchmark or ordinary
# program spends its time in (enclave mode, the disassembler, snapshots, traceback
# reports, the time, sys, gc, os, errno and cmath modules, match statements, exception
# groups and the like). Hot paths, and the compiler (user modules are compiled at import;
# the frozen ones are precompiled), stay -O2 (docs/notes/size6.md).
SIZE_SRCS ?= $(wildcard src/enclave/*.c) src/vm/dis.c src/kernel/snapshot.c \
  src/kernel/measure.c src/modules/traceback.c src/modules/tbmod.c src/modules/timemod.c \
  src/modules/sysmod.c src/modules/gcmod.c src/modules/osmod.c src/modules/cmathmod.c \
  src/modules/errnomod.c src/modules/iomod_open.c src/modules/hashlibmod.c \
  src/objects/type_alias.c src/objects/type_proxy.c src/objects/exc_group.c \
  src/objects/complex.c src/compiler/parser_pat.c src/compiler/codegen_match.c \
  src/compiler/codegen_except_star.c src/compiler/codegen_warn.c
ifneq ($(filter release unchecked,$(MODE)),)
$(patsubst src/%.c,$(BUILD)/obj/%.o,$(SIZE_SRCS)): CFLAGS_ALL += -Os
endif

# Hot code layout in the release builds: the functions listed in tools/hot_functions.txt
# go first in .text, in that order, from a page boundary (tools/hot_sections.sh renames
# their sections after compiling), so that the hot loops keep one layout whatever the
# rest of the code does. Without it, wall times moved by ~10% between builds differing
# only in unrelated code (docs/notes/perf19.md). `make HOT_LIST=` builds without.
ifneq ($(filter release unchecked,$(MODE)),)
  HOT_LIST ?= tools/hot_functions.txt
else
  HOT_LIST :=
endif

# The eval loop's jump targets (each opcode body is one, reached by computed goto) and
# loops start on 32-byte boundaries in the release builds (gcc; clang does not take
# these flags): mandelbrot / nbody CPU time -17% / -14% against gcc's default 16:11:8
# alignment, on two different versions of eval.c (docs/notes/perf19.md).
ifneq ($(filter release unchecked,$(MODE)),)
ifeq ($(CC_IS_CLANG),)
$(BUILD)/obj/vm/eval.o: CFLAGS_ALL += -falign-jumps=32 -falign-loops=32
endif
endif

.PHONY: all test lint asan clean bench kernel-tests host pgo
all: $(BUILD)/safepy $(BUILD)/safepy-host

# safepy-host (enclave mode on Linux): the untrusted host in src/host/ plus the library.
HOST_SRCS := $(sort $(wildcard src/host/*.c))
HOST_OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(HOST_SRCS))
host: $(BUILD)/safepy-host
# The trusted objects reference only allow-listed symbols and hold no system call
# instruction (tests/enclave/check_trusted.sh; also run by tests/enclave/run_enclave.sh).
.PHONY: enclave-check
enclave-check: $(OBJS)
	sh tests/enclave/check_trusted.sh $(BUILD)
# The freestanding trusted image (docs/ENCLAVE.md "Freestanding image"): the trusted
# objects compiled -ffreestanding with our own entry point, memory primitives, setjmp,
# stack-protector guard, TLS block and IFUNC relocation (src/kernel/freestanding.c,
# src/enclave/boundary.c), linked -nostdlib -static with glibc's own static libm (so the
# math is bit-identical to the normal build's, which uses glibc's libm.so), the five
# exact functions glibc keeps in libc.a rather than libm (copysign, frexp, ldexp/scalbn,
# modf), and libgcc; no system call in them (tests/enclave/run_freestanding.sh checks
# the linked image). `safepy-host --image $(ENC_BUILD)/safepy-trusted` runs it.
ENC_BUILD := $(BUILD)/enclave
GLIBC_LIBM ?= /usr/lib/x86_64-linux-gnu/libm-2.36.a
GLIBC_LIBC ?= /usr/lib/x86_64-linux-gnu/libc.a
GLIBC_LIBC_MATH := s_copysign.o s_frexp.o s_ldexp.o s_modf.o s_scalbn.o
ENC_SRCS := $(filter-out src/enclave/posix_host.c src/enclave/api.c,$(SRCS))
ENC_OBJS := $(patsubst src/%.c,$(ENC_BUILD)/obj/%.o,$(ENC_SRCS)) $(ENC_BUILD)/obj/frozen.o
ENC_CFLAGS := $(BASEFLAGS) -O2 -g -ffreestanding -fno-pie -fstack-protector-strong \
              -mstack-protector-guard=global -DSAFEPY_FREESTANDING $(CFLAGS)
.PHONY: enclave
enclave: $(ENC_BUILD)/safepy-trusted $(BUILD)/safepy-host $(BUILD)/safepy
# (the archives are prerequisites when present: a glibc update relinks the image)
$(ENC_BUILD)/safepy-trusted: $(ENC_OBJS) $(ENC_BUILD)/libc-math.a $(wildcard $(GLIBC_LIBM))
	@test -f $(GLIBC_LIBM) || { echo "make enclave: $(GLIBC_LIBM) missing (glibc 2.36's libc6-dev)"; exit 1; }
	$(CC) -nostdlib -static -no-pie -Wl,-z,noexecstack -o $@ $(ENC_OBJS) $(GLIBC_LIBM) $(ENC_BUILD)/libc-math.a $$($(CC) -print-libgcc-file-name)
$(ENC_BUILD)/libc-math.a: $(wildcard $(GLIBC_LIBC))
	@mkdir -p $(ENC_BUILD)/libc-math
	cd $(ENC_BUILD)/libc-math && rm -f *.o && ar x $(GLIBC_LIBC) $(GLIBC_LIBC_MATH)
	rm -f $@ && ar rcs $@ $(addprefix $(ENC_BUILD)/libc-math/,$(GLIBC_LIBC_MATH))
$(ENC_BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ENC_CFLAGS) -MMD -MP -c $< -o $@
$(ENC_BUILD)/obj/frozen.o: $(BUILD)/frozen.c
	@mkdir -p $(dir $@)
	$(CC) $(ENC_CFLAGS) -Isrc -MMD -MP -c $< -o $@
-include $(ENC_OBJS:.o=.d)

$(BUILD)/safepy-host: $(OBJS) $(HOST_OBJS)
	$(CC) -o $@ $^ $(LDFLAGS_ALL)

$(BUILD)/safepy: $(OBJS) $(CLI_OBJS)
	$(CC) -o $@ $^ $(LDFLAGS_ALL) $(STATIC_PIE)

$(BUILD)/obj/%.o: src/%.c $(HOT_LIST)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@
	$(if $(HOT_LIST),sh tools/hot_sections.sh $(HOT_LIST) $< $@)

# Frozen modules: Python sources under src/modules/lib compiled into the binary as data.
# tools/lzpack (a host program: HOSTCC, whatever CC and MODE are) minifies and compresses
# them; the kernel's decoder (src/kernel/lz.c) is linked in to check every module.
# (Each program below is compiled and linked in one command, so no .d file: it depends on
# every kernel header.)
KERNEL_HDRS := $(wildcard src/kernel/*.h)
HOSTCC ?= cc
LZPACK_SRCS := tools/lzpack.c src/kernel/lz.c src/kernel/buf.c src/kernel/heap.c
$(BUILD)/tools/lzpack: $(LZPACK_SRCS) tools/lzenc.c $(KERNEL_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(STD) $(WARN) -O2 -Isrc -Iinclude -o $@ $(LZPACK_SRCS)
# Frozen bytecode (docs/notes/frozen_bytecode.md): the source-only table above links a
# stage-0 program (tools/freezecode.c + every interpreter object but frozen.o) that compiles
# each module as the importer would and writes the final table, with the marshalled and
# compressed code next to each source. Any change to a .py or to the interpreter (the
# compiler, the bytecode) regenerates it. Stage 0 lives outside obj/ (the fuzz targets
# link every object under obj/).
STAGE0 := $(BUILD)/stage0
$(STAGE0)/frozen_src.c: $(FROZEN_PY) tools/freeze.sh $(BUILD)/tools/lzpack
	@mkdir -p $(STAGE0)
	sh tools/freeze.sh src/modules/lib $@ $(BUILD)/tools/lzpack
$(STAGE0)/frozen_src.o: $(STAGE0)/frozen_src.c src/modules/frozen.h
	$(CC) $(CFLAGS_ALL) -Isrc -c $< -o $@
$(STAGE0)/freezecode.o: tools/freezecode.c tools/lzenc.c
	@mkdir -p $(STAGE0)
	$(CC) $(CFLAGS_ALL) -Isrc -MMD -MP -c $< -o $@
STAGE0_OBJS := $(filter-out $(BUILD)/obj/frozen.o,$(OBJS)) $(STAGE0)/frozen_src.o $(STAGE0)/freezecode.o
$(STAGE0)/freezecode: $(STAGE0_OBJS)
	$(CC) -o $@ $^ $(LDFLAGS_ALL)
# (freezecode leaves an unchanged frozen.c untouched, so a change to some .c file that does
# not change the code costs the freeze, not a recompile of frozen.c and its image)
$(STAGE0)/frozen.stamp: $(STAGE0)/freezecode
	ASAN_OPTIONS=detect_leaks=0 $(STAGE0)/freezecode $(BUILD)/frozen.c
	@touch $@
$(BUILD)/frozen.c: $(STAGE0)/frozen.stamp
	@test -f $@ || ASAN_OPTIONS=detect_leaks=0 $(STAGE0)/freezecode $@

$(BUILD)/obj/frozen.o: $(BUILD)/frozen.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Isrc -MMD -MP -c $< -o $@

-include $(OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(HOST_OBJS:.o=.d) $(STAGE0)/freezecode.d

# Kernel unit tests: one C program per kernel module, linked with the kernel only.
KERNEL_SRCS := $(sort $(wildcard src/kernel/*.c))
KTEST_SRCS := $(sort $(wildcard tests/kernel/test_*.c))
KTESTS := $(patsubst tests/kernel/%.c,$(BUILD)/ktests/%,$(KTEST_SRCS))
$(BUILD)/ktests/%: tests/kernel/%.c $(KERNEL_SRCS) $(KERNEL_HDRS) $(wildcard tests/kernel/*.h) tools/lzenc.c
	@mkdir -p $(dir $@)
	$(CC) $(BASEFLAGS) $(OPT) -Isrc -o $@ $< $(KERNEL_SRCS) -lm
kernel-tests: $(KTESTS)

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
test:
	$(MAKE) -j$(JOBS) MODE=release all kernel-tests
	$(MAKE) -j$(JOBS) MODE=asan all kernel-tests
	sh tests/run.sh

lint:
	sh tools/lint.sh

# Profile-guided release build (gcc; docs/notes/pgo22.md): build/pgo/safepy, the binary
# `make bench` measures and the one to ship. Three steps in one directory: the release
# build instrumented (-fprofile-generate), a training run of the language test programs
# (tools/pgo_train.sh; not the benchmarks), then the release build again from the same
# sources using the profile (-fprofile-use; -fprofile-partial-training keeps code the
# training did not run optimised for speed). Always from scratch, so the profile matches
# the sources. Hot-code layout comes from the profile here (HOT_LIST is not used).
PGO_DIR := build/pgo
pgo:
ifneq ($(CC_IS_CLANG),)
	$(error make pgo needs gcc (CC=$(CC) is clang))
endif
	rm -rf $(PGO_DIR)
	$(MAKE) -j$(JOBS) MODE=release O=$(PGO_DIR) HOT_LIST= \
	  CFLAGS="$(CFLAGS) -fprofile-generate -fprofile-update=single" \
	  LDFLAGS="$(LDFLAGS) -fprofile-generate" $(PGO_DIR)/safepy
	sh tools/pgo_train.sh $(PGO_DIR)/safepy $(JOBS)
	find $(PGO_DIR) -name '*.o' -delete
	rm -f $(PGO_DIR)/safepy $(PGO_DIR)/stage0/freezecode $(PGO_DIR)/frozen.c
	$(MAKE) -j$(JOBS) MODE=release O=$(PGO_DIR) HOT_LIST= \
	  CFLAGS="$(CFLAGS) -fprofile-use -fprofile-partial-training" \
	  LDFLAGS="$(LDFLAGS) -fprofile-use" $(PGO_DIR)/safepy
	find $(PGO_DIR) -name '*.gcda' -delete

# Time ratios against python3.11, then start-up and peak memory, then the binary's size,
# then the cost of the kernel's safety checks (bench/checks.sh builds MODE=unchecked, a
# measurement-only build, and compares the two on every program).
# The programs run on the profile-guided build (make pgo); the checks' cost compares two
# plain release builds (checked and unchecked kernel).
bench: pgo
	sh bench/run.sh $(PGO_DIR)/safepy
	sh bench/startup.sh $(PGO_DIR)/safepy
	sh bench/size.sh $(PGO_DIR)/safepy
	sh bench/checks.sh

clean:
	rm -rf build

# ---------------------------------------------------------------------------------------
# Memory-safety evidence (docs/SAFETY.md): `make fuzz`, `make analyze`, `make verify`.

# Fuzzing: libFuzzer harnesses (tests/fuzz/fuzz_*.c) built with clang and ASan+UBSan. The
# interpreter is built once more into build/fuzz with coverage instrumentation; harnesses
# named in FUZZ_INTERP link all of it, the others only the kernel. `make fuzz` runs each
# for FUZZ_SECONDS on its committed corpus (tests/fuzz/corpus/<name>) and fails on any
# crash; `make fuzz-replay` only replays the corpora (a regression test).
FUZZ_BUILD := build/fuzz
FUZZ_SECONDS ?= 20
FUZZ_INTERP := run code num wire json re struct marshal
FUZZ_KERNEL := utf8 buf vec bigint dtoa hindex lz
FUZZ_CC := clang
FUZZ_FLAGS := -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer -Isrc -Iinclude
FUZZ_BINS := $(patsubst %,$(FUZZ_BUILD)/fz_%,$(FUZZ_INTERP) $(FUZZ_KERNEL))
.PHONY: fuzz fuzz-build fuzz-objs fuzz-replay analyze verify

fuzz-objs:
	$(MAKE) MODE=asan CC=$(FUZZ_CC) O=$(FUZZ_BUILD) CFLAGS=-fsanitize=fuzzer-no-link all

$(patsubst %,$(FUZZ_BUILD)/fz_%,$(FUZZ_INTERP)): $(FUZZ_BUILD)/fz_%: tests/fuzz/fuzz_%.c \
		tests/fuzz/fuzz_interp.h tests/fuzz/fuzz_pycheck.h fuzz-objs
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $$(find $(FUZZ_BUILD)/obj -name '*.o' ! -path '*/cli/*' ! -path '*/host/*') -lm

$(patsubst %,$(FUZZ_BUILD)/fz_%,$(FUZZ_KERNEL)): $(FUZZ_BUILD)/fz_%: tests/fuzz/fuzz_%.c fuzz-objs
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_BUILD)/obj/kernel/*.o -lm

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh tools/fuzz.sh $(FUZZ_BUILD) $(FUZZ_INTERP) $(FUZZ_KERNEL)

fuzz-replay: fuzz-build
	FUZZ_SECONDS=0 sh tools/fuzz.sh $(FUZZ_BUILD) $(FUZZ_INTERP) $(FUZZ_KERNEL)

# Static analysis: cppcheck, clang --analyze, gcc -fanalyzer and clang's bounds checker
# (ArrayBoundV2; a finding passes only with a `bounds-ok:` justification at the site) over
# all of src/, each failing on any finding. `make analyze-ci` (CI) runs the same four, one
# file per core.
analyze:
	sh tools/analyze.sh cppcheck clang gcc bounds

analyze-ci:
	JOBS=$$(nproc) sh tools/analyze.sh cppcheck clang gcc bounds

# Frama-C: Eva drivers (tests/verify/eva_*.c, no alarm, end reached) and WP proofs
# (tests/verify/wp_*.c, every goal proved). Needs frama-c-base, why3, z3, cvc4.
verify:
	sh tools/verify.sh

.PHONY: analyze-ci
