package store

import (
	"context"
	"database/sql"
)

type User struct {
	ID   int64
	Name string
}

type Store struct {
	db *sql.DB
}

func (st *Store) getUser(ctx context.Context, id int64) (*User, error) {
	u := &User{}
	err := st.db.QueryRowContext(ctx, "SELECT id, name FROM users WHERE id = $1", id).Scan(&u.ID, &u.Name)
	return u, err
}
