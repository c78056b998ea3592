-- name: ListOrders :many
-- Used by GET /orders?after=<id>; page size is capped by the handler.
SELECT id, customer_id, total, status, created_at
FROM orders
WHERE customer_id = $1
  AND id < $2
ORDER BY id DESC
LIMIT $3;
