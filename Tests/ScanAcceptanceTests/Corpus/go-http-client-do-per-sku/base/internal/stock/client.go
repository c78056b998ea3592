package stock

import (
	"net/http"
	"time"
)

const baseURL = "https://stock.internal/v1"

var defaultClient = &http.Client{Timeout: 5 * time.Second}
