package api

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
)

type Customer struct {
	ID        int64     `db:"id" json:"id"`
	Email     string    `db:"email" json:"email"`
	CreatedAt time.Time `db:"created_at" json:"created_at"`
}

type Handler struct {
	DB *sqlx.DB
}

func (h *Handler) GetCustomer(w http.ResponseWriter, r *http.Request) {
	var c Customer
	err := h.DB.GetContext(r.Context(), &c, "SELECT id, email, created_at FROM customers WHERE id = $1", r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, c)
}

// ListCustomers serves GET /customers.
func (h *Handler) ListCustomers(w http.ResponseWriter, r *http.Request) {
	var customers []Customer
	err := h.DB.SelectContext(r.Context(), &customers,
		"SELECT id, email, created_at FROM customers ORDER BY created_at DESC")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, customers)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}
