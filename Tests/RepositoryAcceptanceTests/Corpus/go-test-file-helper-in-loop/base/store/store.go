package store

import (
	"context"
	"database/sql"
)

type Store struct {
	db *sql.DB
}

func (st *Store) labelCount(ctx context.Context, itemID int64) (int, error) {
	var n int
	err := st.db.QueryRowContext(ctx, "SELECT count(*) FROM item_labels WHERE item_id = $1", itemID).Scan(&n)
	return n, err
}
