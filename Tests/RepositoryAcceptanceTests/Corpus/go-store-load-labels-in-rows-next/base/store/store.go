package store

import "database/sql"

type Store struct {
	db *sql.DB
}

func New(db *sql.DB) *Store { return &Store{db: db} }

type Item struct {
	ID     int64
	Title  string
	Labels []string
}
