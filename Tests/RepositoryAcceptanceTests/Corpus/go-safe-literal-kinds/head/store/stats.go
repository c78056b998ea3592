package store

import "context"

func (st *Store) RepoStats(ctx context.Context, repoID int64) (map[string]int, error) {
	stats := map[string]int{}
	for _, kind := range []string{"issue", "pull"} {
		n, err := st.countByKind(ctx, repoID, kind)
		if err != nil {
			return nil, err
		}
		stats[kind] = n
	}
	return stats, nil
}
