package billing

import "net/http"

const chargeURL = "https://payments.internal/charge"
