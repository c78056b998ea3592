package sqlite

import (
	"context"
	"database/sql"

	"example.com/notes/store"
)

// DB is the SQLite driver.
type DB struct {
	db *sql.DB
}

// GetUser reads one user.
func (d *DB) GetUser(ctx context.Context, id int32) (*store.User, error) {
	user := &store.User{}
	err := d.db.QueryRowContext(ctx, "SELECT id, name FROM user WHERE id = ?", id).Scan(&user.ID, &user.Name)
	return user, err
}

// ListUsers reads the users with the given ids.
func (d *DB) ListUsers(ctx context.Context, ids []int32) ([]*store.User, error) {
	rows, err := d.db.QueryContext(ctx, "SELECT id, name FROM user")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var users []*store.User
	for rows.Next() {
		user := &store.User{}
		if err := rows.Scan(&user.ID, &user.Name); err != nil {
			return nil, err
		}
		users = append(users, user)
	}
	return users, nil
}
