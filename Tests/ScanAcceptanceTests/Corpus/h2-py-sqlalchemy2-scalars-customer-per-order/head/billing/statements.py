from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Customer, Order


def open_orders(session: Session, account_id: int) -> list[Order]:
    """Open orders of one account, newest first, at most 200."""
    stmt = (
        select(Order)
        .where(Order.account_id == account_id, Order.status == "open")
        .order_by(Order.created_at.desc())
        .limit(200)
    )
    return list(session.scalars(stmt))


def money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def statement_lines(session: Session, account_id: int) -> list[dict]:
    lines = []
    for order in open_orders(session, account_id):
        customer = session.scalars(select(Customer).where(Customer.id == order.customer_id)).one()
        lines.append(
            {
                "order": order.number,
                "customer": customer.display_name,
                "total": money(order.total),
            }
        )
    return lines
