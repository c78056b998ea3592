package notify

import (
	"context"
	"log"
	"sync"
)

type User struct {
	ID    int64
	Email string
}

type Sender interface {
	Send(ctx context.Context, u User, msg string) error
}

// Broadcast sends msg to every user concurrently.
func Broadcast(ctx context.Context, s Sender, users []User, msg string) {
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Add(1)
		go func(u User) {
			defer wg.Done()
			if err := s.Send(ctx, u, msg); err != nil {
				log.Printf("notify %d: %v", u.ID, err)
			}
		}(u)
	}
	wg.Wait()
}
