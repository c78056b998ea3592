package store

import "context"

func (d *DB) UpsertTag(ctx context.Context, memoID int64, tag string) error {
	query := "INSERT INTO memo_tag (memo_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"
	_, err := d.db.ExecContext(ctx, query, memoID, tag)
	return err
}
