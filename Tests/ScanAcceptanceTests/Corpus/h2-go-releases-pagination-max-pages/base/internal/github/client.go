package github

import (
	"net/http"
	"time"
)

type Client struct {
	http *http.Client
	base string
}

func New(base string) *Client {
	return &Client{http: &http.Client{Timeout: 10 * time.Second}, base: base}
}
