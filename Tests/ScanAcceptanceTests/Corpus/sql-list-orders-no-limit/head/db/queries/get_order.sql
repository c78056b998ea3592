-- name: GetOrder :one
SELECT id, customer_id, total, status
FROM orders
WHERE id = $1;
