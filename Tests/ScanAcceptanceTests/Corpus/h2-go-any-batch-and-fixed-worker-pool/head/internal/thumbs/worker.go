package thumbs

import (
	"context"
	"database/sql"
	"log"
	"sync"

	"github.com/lib/pq"
)

const workerCount = 8

type Job struct {
	PhotoID int64
	Key     string
}

type Resizer interface {
	Resize(ctx context.Context, key string) error
}

// Run resizes the given photos with a fixed pool of workerCount goroutines.
func Run(ctx context.Context, db *sql.DB, r Resizer, photoIDs []int64) error {
	rows, err := db.QueryContext(ctx, "SELECT id, original_key FROM photos WHERE id = ANY($1)", pq.Array(photoIDs))
	if err != nil {
		return err
	}
	defer rows.Close()
	var jobs []Job
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.PhotoID, &j.Key); err != nil {
			return err
		}
		jobs = append(jobs, j)
	}
	if err := rows.Err(); err != nil {
		return err
	}

	queue := make(chan Job)
	var wg sync.WaitGroup
	for i := 0; i < workerCount; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				if err := r.Resize(ctx, j.Key); err != nil {
					log.Printf("photo %d: %v", j.PhotoID, err)
				}
			}
		}()
	}
	for _, j := range jobs {
		queue <- j
	}
	close(queue)
	wg.Wait()
	return nil
}
