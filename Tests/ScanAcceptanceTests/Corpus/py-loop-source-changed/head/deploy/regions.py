def active_regions(db):
    return [row["name"] for row in db.execute("SELECT name FROM regions WHERE active = 1 LIMIT 500")]
