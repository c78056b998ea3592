package memory

import (
	"context"

	"example.com/notes/store"
)

// DB keeps users in memory, for tests and demos.
type DB struct {
	users map[int32]*store.User
}

// GetUser returns one user from the map.
func (d *DB) GetUser(ctx context.Context, id int32) (*store.User, error) {
	return d.users[id], nil
}

// ListUsers returns the users with the given ids from the map.
func (d *DB) ListUsers(ctx context.Context, ids []int32) ([]*store.User, error) {
	var users []*store.User
	for _, id := range ids {
		users = append(users, d.users[id])
	}
	return users, nil
}
