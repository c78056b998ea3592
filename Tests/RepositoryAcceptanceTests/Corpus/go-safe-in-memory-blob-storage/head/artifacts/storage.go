package artifacts

import "sync"

type memStorage struct {
	mu    sync.Mutex
	blobs map[string][]byte
}

func newMemStorage() *memStorage {
	return &memStorage{blobs: map[string][]byte{}}
}

func (s *memStorage) Put(key string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blobs[key] = data
}
