package reindex

import (
	"context"
	"fmt"
)

type Store interface {
	ListIDs(ctx context.Context, tenant string) ([]string, error)
}

type Indexer interface {
	Reindex(ctx context.Context, id string) error
}

// Tenant rebuilds the search index of every document of tenant.
func Tenant(ctx context.Context, store Store, idx Indexer, tenant string) error {
	ids, err := store.ListIDs(ctx, tenant)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := idx.Reindex(ctx, id); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
	}
	return nil
}
