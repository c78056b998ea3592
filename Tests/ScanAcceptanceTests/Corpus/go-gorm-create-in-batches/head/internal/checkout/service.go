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
	lines := make([]LineItem, 0, len(req.Items))
	for _, item := range req.Items {
		lines = append(lines, LineItem{OrderID: req.OrderID, SKU: item.SKU, Qty: item.Qty})
	}
	return s.db.WithContext(ctx).CreateInBatches(lines, 500).Error
}
