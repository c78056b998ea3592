package store

import (
	"context"
	"fmt"
)

// CustomerNames returns the customer name of each order.
func (s *Store) CustomerNames(ctx context.Context, orders []Order) (map[int64]string, error) {
	names := make(map[int64]string, len(orders))
	for _, o := range orders {
		var name string
		err := s.db.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", o.CustomerID).Scan(&name)
		if err != nil {
			return nil, fmt.Errorf("customer %d: %w", o.CustomerID, err)
		}
		names[o.ID] = name
	}
	return names, nil
}
