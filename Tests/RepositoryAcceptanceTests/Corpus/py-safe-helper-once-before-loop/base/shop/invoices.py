def invoice_lines(db, shop_id, items):
    return [{"sku": item.sku, "net": item.price} for item in items]
