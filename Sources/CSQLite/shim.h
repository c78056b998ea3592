#ifndef HUNDREDFOLD_CSQLITE_SHIM_H
#define HUNDREDFOLD_CSQLITE_SHIM_H
// The only C surface of the harness: the system's libsqlite3 (Debian: libsqlite3-dev).
#include <sqlite3.h>
#endif
