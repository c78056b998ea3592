/*
 * HundredfoldTrace: a preload library that records every SQLite statement a program runs.
 *
 * Load it with LD_PRELOAD=libHundredfoldTrace.so and name the output in HUNDREDFOLD_TRACE_FILE.
 * It interposes sqlite3_open, sqlite3_open_v2 and sqlite3_open16, and reaches connections opened
 * past them (a library loaded with RTLD_DEEPBIND, as PHP loads its extensions) through SQLite's
 * auto-extension hook, registered at the first interposed open or after the dlopen (of a path)
 * that brought SQLite in. It installs sqlite3_trace_v2 (STMT, PROFILE, ROW, CLOSE) on every
 * connection once, and appends one JSON object per line to the file. The program's own
 * sqlite3_trace_v2 / sqlite3_trace callbacks keep running. It links libc alone.
 *
 * Records (one per line, keys in this order):
 *   {"type":"process","pid":P,"ppid":Q,"exe":"/path"}                     library loaded
 *   {"type":"open","pid":P,"conn":C,"api":"sqlite3_open_v2","file":"…","rc":0,
 *    "traced":true,"sqlite":"3.40.1"}                                       a connection opened
 *   {"type":"stmt","pid":P,"conn":C,"sql":"…","ns":N,"rows":R,"bytes":B,"vm_steps":V,
 *    "fullscan_steps":F,"sorts":S,"autoindexes":A,"changes":W,"write":true,"run":K}  one execution;
 *    fullscan_steps, sorts, autoindexes and changes are left out when 0, write when false; run is
 *    the prepared statement's run count (SQLITE_STMTSTATUS_RUN) after this execution, so a run
 *    one above the previous record's of the same connection and SQL continues that statement;
 *    "request":N (only with HUNDREDFOLD_TRACE_REQUEST_FILE) is the request in flight when the
 *    execution started
 *   {"type":"error","pid":P,"message":"…"}                                 the tracer could not work
 *   {"type":"unhooked","pid":P,"library":"/path"}    at exit, in a process that traced no
 *    connection: a SQLite library loaded after start-up that the hook never reached
 *   "api" of an open record is "auto_extension" when the hook saw a connection opened past the
 *   interposed functions
 *
 * Environment:
 *   HUNDREDFOLD_TRACE_FILE  the NDJSON file (opened O_APPEND; nothing is recorded when unset)
 *   HUNDREDFOLD_TRACE_BIND  "1" records SQL with bound values (sqlite3_expanded_sql)
 *   HUNDREDFOLD_TRACE_REQUEST_FILE  an 8-byte file holding the number (native-endian int64) of
 *                           the request in flight, written by Hundredfold and read per statement
 *
 * This header declares nothing callable: the library's interface is the SQLite functions it
 * interposes and the file format above.
 */
#ifndef HUNDREDFOLD_TRACE_H
#define HUNDREDFOLD_TRACE_H

/* The version of the record format written by this library. */
#define HUNDREDFOLD_TRACE_FORMAT 1

#endif
