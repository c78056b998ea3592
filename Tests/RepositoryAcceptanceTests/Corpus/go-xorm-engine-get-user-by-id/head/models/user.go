package models

import "fmt"

type User struct {
	ID       int64
	Name     string
	FullName string
}

func getUserByID(e Engine, id int64) (*User, error) {
	u := new(User)
	has, err := e.ID(id).Get(u)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, fmt.Errorf("user %d does not exist", id)
	}
	return u, nil
}

// GetUserByID returns the user with the given ID.
func GetUserByID(id int64) (*User, error) {
	return getUserByID(x, id)
}
