package store

type Memo struct {
	ID        int64
	CreatorID int64
}

func creatorNames(memos []*Memo, users []*User) map[int64]string {
	c := newUserCache(users)
	names := make(map[int64]string, len(memos))
	for _, m := range memos {
		if u := c.getUser(m.CreatorID); u != nil {
			names[m.ID] = u.Name
		}
	}
	return names
}
