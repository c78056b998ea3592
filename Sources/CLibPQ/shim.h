#ifndef HUNDREDFOLD_CLIBPQ_SHIM_H
#define HUNDREDFOLD_CLIBPQ_SHIM_H
// The only C surface of the PostgreSQL engine: the system's libpq (Debian: libpq-dev).
#include <libpq-fe.h>
#endif
