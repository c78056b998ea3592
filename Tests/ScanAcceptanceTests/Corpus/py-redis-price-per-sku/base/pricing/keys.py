def price_key(sku: str) -> str:
    return f"price:v2:{sku}"
