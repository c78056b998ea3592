package store

import "database/sql"

type DB struct {
	db *sql.DB
}

func NewDB(db *sql.DB) *DB { return &DB{db: db} }
