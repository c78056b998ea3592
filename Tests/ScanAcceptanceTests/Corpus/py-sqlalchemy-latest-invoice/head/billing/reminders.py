import logging

from sqlalchemy.orm import Session

from .models import Account, Invoice

log = logging.getLogger(__name__)


def overdue_reminders(session: Session, accounts: list[Account]) -> list[dict]:
    reminders = []
    for account in accounts:
        latest = (
            session.query(Invoice)
            .filter_by(account_id=account.id, status="overdue")
            .order_by(Invoice.id.desc())
            .first()
        )
        if latest is None:
            continue
        reminders.append({"account": account.name, "invoice": latest.id, "amount": str(latest.amount)})
    log.info("built %d reminders", len(reminders))
    return reminders
