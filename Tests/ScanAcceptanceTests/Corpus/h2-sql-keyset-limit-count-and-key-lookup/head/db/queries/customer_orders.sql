-- name: ListCustomerOrders :many
-- Used by GET /customers/{id}/orders (keyset pagination, 50 per page).
SELECT id, number, status, total_cents, created_at
FROM orders
WHERE customer_id = $1
  AND created_at < $2
ORDER BY created_at DESC
LIMIT 50;

-- name: CountCustomerOrders :one
SELECT count(*) FROM orders WHERE customer_id = $1;

-- name: GetOrderByNumber :one
SELECT id, number, status, total_cents FROM orders WHERE number = $1;
