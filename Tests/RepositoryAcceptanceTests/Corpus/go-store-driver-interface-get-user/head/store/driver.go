package store

import "context"

// Driver is implemented once per database.
type Driver interface {
	GetUser(ctx context.Context, id int32) (*User, error)
	ListUsers(ctx context.Context, ids []int32) ([]*User, error)
}

// User is a member.
type User struct {
	ID   int32
	Name string
}

// Store serves the application from one driver.
type Store struct {
	driver Driver
}

// GetUser returns one user.
func (s *Store) GetUser(ctx context.Context, id int32) (*User, error) {
	return s.driver.GetUser(ctx, id)
}

// ListUsers returns the users with the given ids.
func (s *Store) ListUsers(ctx context.Context, ids []int32) ([]*User, error) {
	return s.driver.ListUsers(ctx, ids)
}
