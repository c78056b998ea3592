package session

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"
)

type Session struct {
	ID     string    `json:"id"`
	UserID int64     `json:"user_id"`
	Expiry time.Time `json:"expiry"`
}

type Store struct {
	rdb *redis.Client
	ttl time.Duration
}

func NewStore(addr string, ttl time.Duration) *Store {
	return &Store{rdb: redis.NewClient(&redis.Options{Addr: addr}), ttl: ttl}
}

func (s *Store) Load(ctx context.Context, id string) (*Session, error) {
	raw, err := s.rdb.Get(ctx, "sess:"+id).Bytes()
	if err != nil {
		return nil, err
	}
	var sess Session
	if err := json.Unmarshal(raw, &sess); err != nil {
		return nil, err
	}
	return &sess, nil
}
