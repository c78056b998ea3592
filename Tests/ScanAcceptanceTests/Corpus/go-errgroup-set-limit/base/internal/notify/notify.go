package notify

import (
	"context"
	"log"
)

type User struct {
	ID    int64
	Email string
}

type Sender interface {
	Send(ctx context.Context, u User, msg string) error
}
