package docs

// Example of what not to do:
//
//	for _, o := range orders {
//		db.QueryRowContext(ctx, "SELECT name FROM customers WHERE id = $1", o.CustomerID)
//	}
const Bad = `for _, id := range ids {
	resp, _ := http.Get("https://api.example.com/items/" + id)
	tx.Create(&LineItem{ID: id})
}`

/* for _, u := range users { go notify(u) } */
const Good = "SELECT id, name FROM customers WHERE id = ANY($1)"
