package checkout

import (
	"context"

	"gorm.io/gorm"
)

type LineItem struct {
	ID      uint
	OrderID uint
	SKU     string
	Qty     int
}

type Request struct {
	OrderID uint
	Items   []struct {
		SKU string
		Qty int
	}
}

type Service struct {
	db *gorm.DB
}
