package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"example.com/shop/models"
)

type OrderRow struct {
	ID       uint   `json:"id"`
	Customer string `json:"customer"`
}

func ListOpenOrders(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var orders []models.Order
		if err := db.Where("status = ?", "open").Limit(100).Find(&orders).Error; err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		rows := make([]OrderRow, 0, len(orders))
		for _, o := range orders {
			rows = append(rows, OrderRow{ID: o.ID})
		}
		c.JSON(http.StatusOK, rows)
	}
}
