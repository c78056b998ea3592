package stock

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const baseURL = "https://stock.internal/v1"

type Level struct {
	SKU    string `json:"sku"`
	OnHand int    `json:"on_hand"`
}

func Levels(ctx context.Context, skus []string) ([]Level, error) {
	client := &http.Client{Timeout: 5 * time.Second}
	levels := make([]Level, 0, len(skus))
	for _, sku := range skus {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/levels/%s", baseURL, sku), nil)
		if err != nil {
			return nil, err
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		var level Level
		err = json.NewDecoder(resp.Body).Decode(&level)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		levels = append(levels, level)
	}
	return levels, nil
}
