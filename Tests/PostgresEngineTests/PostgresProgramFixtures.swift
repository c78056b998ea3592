import Foundation

/// Real programs for the PostgreSQL runs: Python with psycopg2, written into the run's folder.
enum PostgresProgramFixtures {
    /// Users, their orders and the orders' items (an index on each foreign key), and notes.
    static let schema = """
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
          CREATE INDEX orders_user ON orders(user_id);
          CREATE TABLE items(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), sku TEXT NOT NULL);
          CREATE INDEX items_order ON items(order_id);
          CREATE TABLE notes(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body TEXT NOT NULL);
        data:
          users: { rows: 20, fixed: true, columns: { name: { text: [5, 12] } } }
          orders: { rows: 100, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
          items: { rows: 200, columns: { order_id: { ref: orders.id }, sku: { text: [8, 8] } } }
        """

    /// `orders.py MODE USER`: a user's orders, then their items one query per order
    /// (`n_plus_one`) or in one (`batched`), or three notes written and the orders updated
    /// (`write`); appends the user's order count to `counts` in the scenario's folder.
    static let program = """
        import os, sys, psycopg2
        db = psycopg2.connect(os.environ["DATABASE_URL"])
        cursor = db.cursor()
        mode, user = sys.argv[1], int(sys.argv[2])
        cursor.execute("SELECT id FROM orders WHERE user_id = %s", (user,))
        ids = [row[0] for row in cursor.fetchall()]
        if mode == "n_plus_one":
            for order in ids:
                cursor.execute("SELECT sku FROM items WHERE order_id = %s", (order,))
                cursor.fetchall()
        elif mode == "batched":
            cursor.execute("SELECT sku FROM items WHERE order_id = ANY(%s)", (ids,))
            cursor.fetchall()
        elif mode == "write":
            cursor.execute("INSERT INTO notes(user_id, body) VALUES (%s, 'a'), (%s, 'b'), (%s, 'c')", (user,) * 3)
            cursor.execute("UPDATE orders SET total = total + 1 WHERE user_id = %s", (user,))
            db.commit()
        with open("counts", "a") as counts:
            counts.write("%d\\n" % len(ids))
        """

    /// A scenario running `orders.py MODE {user}` at 1x and 10x, 4 requests each.
    static func scenario(mode: String) -> String {
        """
        name: orders-\(mode)
        \(schema)
        workload:
          params: { user: { pick: users.id } }
          steps:
            - command: python3 orders.py \(mode) {user}
        requests: 4
        scales: [1, 10]
        seed: 3
        """
    }

    /// `server.py PORT`: an `http.server` answering `GET /orders?user=N` with the N+1 of
    /// `orders.py`, on one connection opened at start; appends each request's query count to
    /// `server-counts`.
    static let server = """
        import os, sys, psycopg2
        from http.server import BaseHTTPRequestHandler, HTTPServer
        from urllib.parse import parse_qs, urlsplit
        db = psycopg2.connect(os.environ["DATABASE_URL"])
        db.autocommit = True
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlsplit(self.path)
                body = b"ok"
                if url.path == "/orders":
                    cursor = db.cursor()
                    cursor.execute("SELECT id FROM orders WHERE user_id = %s", (int(parse_qs(url.query)["user"][0]),))
                    ids = [row[0] for row in cursor.fetchall()]
                    for order in ids:
                        cursor.execute("SELECT sku FROM items WHERE order_id = %s", (order,))
                        cursor.fetchall()
                    with open("server-counts", "a") as counts:
                        counts.write("%d\\n" % (1 + len(ids)))
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
        """

    static let serverScenario = """
        name: orders-server
        \(schema)
        workload:
          server:
            command: python3 server.py {port}
            ready: GET /healthz
          params: { user: { pick: users.id } }
          steps:
            - http: GET /orders?user={user}
        requests: 4
        scales: [1, 10]
        seed: 3
        """

    /// `env.py`: what the program was given, as JSON in `env.json`.
    static let environment = """
        import json, os
        names = ["DATABASE_URL", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "HUNDREDFOLD_DB"]
        with open("env.json", "w") as out:
            json.dump({name: os.environ.get(name) for name in names}, out)
        """
}
