package store

import (
	"context"
	"database/sql"
)

type Store struct {
	db *sql.DB
}

func New(db *sql.DB) *Store { return &Store{db: db} }

type Order struct {
	ID         int64
	CustomerID int64
	Total      int64
}
