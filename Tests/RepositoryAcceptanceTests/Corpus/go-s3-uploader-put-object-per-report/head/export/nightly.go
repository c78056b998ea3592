package export

import "context"

type Report struct {
	ID   string
	Body []byte
}

func (u *Uploader) Nightly(ctx context.Context, reports []Report) error {
	for _, r := range reports {
		if err := u.putExport(ctx, "exports/"+r.ID+".csv", r.Body); err != nil {
			return err
		}
	}
	return nil
}
