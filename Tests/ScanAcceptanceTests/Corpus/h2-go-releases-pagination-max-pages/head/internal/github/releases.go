package github

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	perPage  = 100
	maxPages = 10
)

type Release struct {
	TagName string `json:"tag_name"`
	Draft   bool   `json:"draft"`
}

// Releases returns at most maxPages*perPage releases of repo, newest first.
func (c *Client) Releases(ctx context.Context, repo string) ([]Release, error) {
	var all []Release
	for page := 1; page <= maxPages; page++ {
		url := fmt.Sprintf("%s/repos/%s/releases?per_page=%d&page=%d", c.base, repo, perPage, page)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return nil, err
		}
		var batch []Release
		err = json.NewDecoder(resp.Body).Decode(&batch)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, batch...)
		if len(batch) < perPage {
			break
		}
	}
	return all, nil
}
