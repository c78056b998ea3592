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
	creators := map[int32]*store.User{}
	for _, memo := range memos {
		user, err := s.Store.GetUser(ctx, memo.CreatorID)
		if err != nil {
			return nil, err
		}
		creators[user.ID] = user
	}
	return creators, nil
}
