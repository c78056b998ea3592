"""The shop's migrations for ServerModeTests (python3 standard library only): run once on the
empty database named by $HUNDREDFOLD_DB. They create the shop's tables and fill two of them, as
a framework's migrations fill its own (Django's content types): `kinds` with 3 rows, `tags` with 2.
"""
import os
import sqlite3

db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
db.executescript(
    """
    CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total REAL NOT NULL);
    CREATE INDEX orders_user ON orders(user_id);
    CREATE TABLE kinds(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
    CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    INSERT INTO kinds(name) VALUES ('visit'), ('call'), ('mail');
    INSERT INTO tags(name) VALUES ('new'), ('old');
    """
)
db.commit()
print("migrated")
