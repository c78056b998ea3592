package store

type Memo struct {
	ID        int64
	CreatorID int64
}

func creatorNames(memos []*Memo, users []*User) map[int64]string {
	return map[int64]string{}
}
