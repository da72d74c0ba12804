/*
 * eva_unit.h: one gate unit of an Eva driver. A driver (tests/verify/eva_X.c) is split into
 * units that each finish in a few CPU minutes; unit "eva_X.NAME" of tools/verify.sh runs
 * the entry point eva_X_NAME, which makes [call] and then prints the reachability marker
 * (tools/verify.sh fails a unit that does not print it: a unit that stops early cannot
 * pass). `sh tools/verify.sh eva_X` runs every unit of the driver.
 */
#ifndef SAFEPY_EVA_UNIT_H
#define SAFEPY_EVA_UNIT_H

#include "__fc_builtin.h"

#define EVA_UNIT(driver, name, call)                                                      \
    void driver##_##name(void);                                                           \
    void driver##_##name(void) {                                                          \
        call;                                                                             \
        Frama_C_show_each_reached_end(0);                                                 \
    }

#endif
