from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Order


def open_orders(session: Session, account_id: int) -> list[Order]:
    stmt = (
        select(Order)
        .where(Order.account_id == account_id, Order.status == "open")
        .order_by(Order.created_at.desc())
        .limit(200)
    )
    return list(session.scalars(stmt))


def money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))
