def load_shop_settings(db, shop_id):
    row = db.execute("SELECT currency, tax_rate FROM shop_settings WHERE shop_id = ?", (shop_id,)).fetchone()
    return {"currency": row[0], "tax_rate": row[1]}
