package store

import "database/sql"

type Store struct {
	db *sql.DB
}

type Item struct {
	ID     int64
	Labels []string
}
