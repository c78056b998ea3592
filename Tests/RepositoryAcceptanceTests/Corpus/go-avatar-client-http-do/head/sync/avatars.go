package sync

import (
	"context"

	"example.com/sync/gravatar"
)

type User struct {
	ID        int64
	EmailHash string
	Avatar    []byte
}

func RefreshAvatars(ctx context.Context, gc *gravatar.Client, users []*User) error {
	for _, u := range users {
		data, err := gc.FetchAvatar(ctx, u.EmailHash)
		if err != nil {
			return err
		}
		u.Avatar = data
	}
	return nil
}
