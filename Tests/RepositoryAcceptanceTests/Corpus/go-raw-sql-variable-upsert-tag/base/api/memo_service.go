package api

import (
	"context"

	"example.com/memos/store"
)

type MemoService struct {
	Store *store.DB
}

func (s *MemoService) SaveTags(ctx context.Context, memoID int64, tags []string) error {
	return nil
}
