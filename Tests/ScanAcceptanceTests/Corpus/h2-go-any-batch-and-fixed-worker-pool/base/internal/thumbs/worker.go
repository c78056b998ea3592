package thumbs

import "context"

type Job struct {
	PhotoID int64
	Key     string
}

type Resizer interface {
	Resize(ctx context.Context, key string) error
}
