package store

import "context"

func (st *Store) RepoStats(ctx context.Context, repoID int64) (map[string]int, error) {
	return map[string]int{}, nil
}
