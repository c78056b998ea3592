package store

import (
	"context"

	"github.com/lib/pq"
)

func (st *Store) loadLabelsFor(ctx context.Context, ids []int64) (map[int64][]string, error) {
	rows, err := st.db.QueryContext(ctx, "SELECT item_id, name FROM item_labels WHERE item_id = ANY($1)", pq.Array(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[int64][]string, len(ids))
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		out[id] = append(out[id], name)
	}
	return out, rows.Err()
}
