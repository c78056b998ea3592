package session

import "context"

type Row struct {
	ID      string
	Seconds int64
}

func (s *Service) Report(ctx context.Context, ids []string) []Row {
	rows := make([]Row, 0, len(ids))
	for _, id := range ids {
		ttl, err := s.remaining(ctx, id)
		if err != nil {
			continue
		}
		rows = append(rows, Row{ID: id, Seconds: int64(ttl.Seconds())})
	}
	return rows
}
