package warm

import "net/http"

var client = &http.Client{}
