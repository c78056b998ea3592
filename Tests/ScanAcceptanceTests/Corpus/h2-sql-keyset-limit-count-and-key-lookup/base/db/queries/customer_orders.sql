-- name: ListCustomerOrders :many
-- Used by GET /customers/{id}/orders.
SELECT id, number, status, total_cents, created_at
FROM orders
WHERE customer_id = $1
ORDER BY created_at DESC
LIMIT 20;
