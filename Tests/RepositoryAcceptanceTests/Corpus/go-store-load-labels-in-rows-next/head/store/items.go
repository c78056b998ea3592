package store

import "context"

func (st *Store) ListItems(ctx context.Context, limit int) ([]*Item, error) {
	rows, err := st.db.QueryContext(ctx, "SELECT id, title FROM items ORDER BY id DESC LIMIT $1", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []*Item
	for rows.Next() {
		item := &Item{}
		if err := rows.Scan(&item.ID, &item.Title); err != nil {
			return nil, err
		}
		if err := st.loadLabels(ctx, item); err != nil {
			return nil, err
		}
		items = append(items, item)
	}
	return items, rows.Err()
}
