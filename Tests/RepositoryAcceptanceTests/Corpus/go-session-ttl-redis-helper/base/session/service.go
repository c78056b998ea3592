package session

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

type Service struct {
	rdb *redis.Client
}

func NewService(rdb *redis.Client) *Service { return &Service{rdb: rdb} }

func (s *Service) remaining(ctx context.Context, id string) (time.Duration, error) {
	return s.rdb.TTL(ctx, "sess:"+id).Result()
}
