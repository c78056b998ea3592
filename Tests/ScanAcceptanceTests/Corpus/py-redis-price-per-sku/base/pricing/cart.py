from decimal import Decimal


def cart_total(lines, prices):
    return sum((prices[line.sku] * line.qty for line in lines), Decimal(0))
