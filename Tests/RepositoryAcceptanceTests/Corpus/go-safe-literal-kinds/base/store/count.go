package store

import (
	"context"
	"database/sql"
)

type Store struct {
	db *sql.DB
}

func (st *Store) countByKind(ctx context.Context, repoID int64, kind string) (int, error) {
	var n int
	err := st.db.QueryRowContext(ctx, "SELECT count(*) FROM issues WHERE repo_id = $1 AND kind = $2", repoID, kind).Scan(&n)
	return n, err
}
