from shop.settings_store import load_shop_settings


def invoice_lines(db, shop_id, items):
    settings = load_shop_settings(db, shop_id)
    lines = []
    for item in items:
        gross = item.price * (1 + settings["tax_rate"])
        lines.append({"sku": item.sku, "gross": gross, "currency": settings["currency"]})
    return lines
