package store

import (
	"context"

	"github.com/lib/pq"
)

// CustomerNames loads the names of the customers of a tenant's recent orders in two queries.
func (s *Store) CustomerNames(ctx context.Context, tenantID int64) (map[int64]string, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT customer_id FROM orders WHERE tenant_id = $1 ORDER BY id DESC LIMIT 100", tenantID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	names := make(map[int64]string, len(ids))
	nameRows, err := s.db.QueryContext(ctx, "SELECT id, name FROM customers WHERE id = ANY($1)", pq.Array(ids))
	if err != nil {
		return nil, err
	}
	defer nameRows.Close()
	for nameRows.Next() {
		var id int64
		var name string
		if err := nameRows.Scan(&id, &name); err != nil {
			return nil, err
		}
		names[id] = name
	}
	return names, nameRows.Err()
}
