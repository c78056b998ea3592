package billing

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"
)

const (
	chargeURL   = "https://payments.internal/charge"
	maxAttempts = 4
)

// Charge posts the payload, retrying transient failures with exponential backoff.
func Charge(ctx context.Context, client *http.Client, payload []byte) (*http.Response, error) {
	backoff := 200 * time.Millisecond
	var lastErr error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		resp, err := client.Post(chargeURL, "application/json", bytes.NewReader(payload))
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(backoff):
		}
		backoff *= 2
	}
	return nil, fmt.Errorf("charge failed after %d attempts: %w", maxAttempts, lastErr)
}
