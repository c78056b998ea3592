DEFAULT_DISCOUNT = 0


def discounts(lines, rules):
    cache = {}
    out = []
    for line in lines:
        key = (line["category"], line["tier"])
        if key not in cache:
            cache[key] = rules.get(key, DEFAULT_DISCOUNT)
        discount = cache.get(key)
        out.append({**line, "discount": discount, "note": line.get("note", "")})
    return out
