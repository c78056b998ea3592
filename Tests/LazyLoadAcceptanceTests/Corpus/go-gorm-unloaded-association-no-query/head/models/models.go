package models

import "time"

type Customer struct {
	ID    uint
	Name  string
	Email string
}

type Order struct {
	ID         uint
	CustomerID uint
	Customer   Customer
	Total      int64
	Status     string
	CreatedAt  time.Time
}
