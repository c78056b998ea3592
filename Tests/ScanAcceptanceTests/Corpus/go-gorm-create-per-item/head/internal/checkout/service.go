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

func (s *Service) AddItems(ctx context.Context, req Request) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, item := range req.Items {
			line := LineItem{OrderID: req.OrderID, SKU: item.SKU, Qty: item.Qty}
			if err := tx.Create(&line).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
