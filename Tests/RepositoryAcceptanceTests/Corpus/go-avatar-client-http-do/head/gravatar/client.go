package gravatar

import (
	"context"
	"io"
	"net/http"
)

type Client struct {
	http *http.Client
	base string
}

func NewClient() *Client { return &Client{http: http.DefaultClient, base: "https://gravatar.example.com/avatar/"} }

func (c *Client) FetchAvatar(ctx context.Context, hash string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+hash, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
