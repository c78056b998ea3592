package store

import "context"

func (st *Store) attachLabels(ctx context.Context, items []*Item) error {
	ids := make([]int64, len(items))
	for i, item := range items {
		ids[i] = item.ID
	}
	labels, err := st.loadLabelsFor(ctx, ids)
	if err != nil {
		return err
	}
	for _, item := range items {
		item.Labels = labels[item.ID]
	}
	return nil
}
