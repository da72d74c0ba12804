/*
 * main.c: the safepy command. Everything it does goes through the public API.
 */
#include "safepy.h"

int main(int argc, char **argv) { return safepy_main(argc, argv); }
