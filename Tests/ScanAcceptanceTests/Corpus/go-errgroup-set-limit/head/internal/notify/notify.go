package notify

import (
	"context"
	"log"

	"golang.org/x/sync/errgroup"
)

type User struct {
	ID    int64
	Email string
}

type Sender interface {
	Send(ctx context.Context, u User, msg string) error
}

const maxInFlight = 16

// Broadcast sends msg to every user with at most maxInFlight sends at a time.
func Broadcast(ctx context.Context, s Sender, users []User, msg string) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(maxInFlight)
	for _, u := range users {
		u := u
		g.Go(func() error {
			if err := s.Send(ctx, u, msg); err != nil {
				log.Printf("notify %d: %v", u.ID, err)
			}
			return nil
		})
	}
	return g.Wait()
}
