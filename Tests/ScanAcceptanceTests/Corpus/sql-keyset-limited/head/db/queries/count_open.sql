-- name: CountOpen :one
SELECT count(*) FROM orders WHERE status = 'open';
