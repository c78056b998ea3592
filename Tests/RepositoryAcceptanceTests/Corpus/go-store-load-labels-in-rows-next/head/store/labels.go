package store

import "context"

func (st *Store) loadLabels(ctx context.Context, item *Item) error {
	rows, err := st.db.QueryContext(ctx, "SELECT name FROM item_labels WHERE item_id = $1", item.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		item.Labels = append(item.Labels, name)
	}
	return rows.Err()
}
