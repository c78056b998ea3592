-- The shop every framework program of FrameworkCountTests reads: a customer's orders, each with
-- one product (the N+1: one product lookup per order).
CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL);
CREATE TABLE orders(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  total REAL NOT NULL
);
CREATE INDEX orders_customer ON orders(customer_id);
