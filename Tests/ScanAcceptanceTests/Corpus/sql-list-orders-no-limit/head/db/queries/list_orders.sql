-- name: ListOrders :many
-- Used by GET /orders.
SELECT id, customer_id, total, status, created_at
FROM orders
ORDER BY created_at DESC;
