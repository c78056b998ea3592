package store

type userCache struct {
	byID map[int64]*User
}

func newUserCache(users []*User) *userCache {
	c := &userCache{byID: make(map[int64]*User, len(users))}
	for _, u := range users {
		c.byID[u.ID] = u
	}
	return c
}

func (c *userCache) getUser(id int64) *User {
	return c.byID[id]
}
