class TagRepository:
    def __init__(self, db):
        self.db = db

    def find(self, name):
        return self.db.execute("SELECT id, name FROM tags WHERE name = ?", (name,)).fetchone()

    def all_tags(self, limit=500):
        return self.db.execute("SELECT id, name FROM tags ORDER BY name LIMIT ?", (limit,)).fetchall()
