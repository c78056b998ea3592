package billing

import (
	"bytes"
	"log"
	"net/http"
)

const chargeURL = "https://payments.internal/charge"

// Charge posts the payload until the payment service accepts it.
func Charge(client *http.Client, payload []byte) (*http.Response, error) {
	for {
		resp, err := client.Post(chargeURL, "application/json", bytes.NewReader(payload))
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		log.Printf("charge failed, retrying: %v", err)
	}
}
