package feed

import (
	"context"

	"example.com/notes/store"
)

// Service builds feeds.
type Service struct {
	Store *store.Store
}

// Memo is one entry of a feed.
type Memo struct {
	CreatorID int32
}

// Creators returns the creator of each memo, by id.
func (s *Service) Creators(ctx context.Context, memos []*Memo) (map[int32]*store.User, error) {
	ids := []int32{}
	for _, memo := range memos {
		ids = append(ids, memo.CreatorID)
	}
	users, err := s.Store.ListUsers(ctx, ids)
	if err != nil {
		return nil, err
	}
	creators := map[int32]*store.User{}
	for _, user := range users {
		creators[user.ID] = user
	}
	return creators, nil
}
