package export

import "context"

type Report struct {
	ID   string
	Body []byte
}

func (u *Uploader) Nightly(ctx context.Context, reports []Report) error {
	return nil
}
