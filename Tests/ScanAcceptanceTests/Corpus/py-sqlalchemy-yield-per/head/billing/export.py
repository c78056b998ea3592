from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Invoice


def totals_by_status(session: Session) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    stmt = select(Invoice).execution_options(yield_per=500)
    for invoice in session.scalars(stmt):
        totals[invoice.status] += invoice.amount or Decimal(0)
    return dict(totals)


def totals_for_accounts(session: Session, account_ids: list[int]) -> dict[int, Decimal]:
    rows = session.execute(
        select(Invoice.account_id, Invoice.amount).where(Invoice.account_id.in_(account_ids))
    ).all()
    out: dict[int, Decimal] = defaultdict(Decimal)
    for account_id, amount in rows:
        out[account_id] += amount
    return dict(out)
