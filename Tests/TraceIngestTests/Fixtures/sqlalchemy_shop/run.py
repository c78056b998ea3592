"""Customers and their orders through the SQLAlchemy ORM: the classic lazy-load N+1, and the same
page with `selectinload`.

Usage: run.py setup | run.py lazy | run.py selectin      (database: $HUNDREDFOLD_DB; needs
SQLAlchemy, see .ci/run)

`lazy` and `selectin` print one JSON line: the customers listed and SQLAlchemy's own count of the
statements it sent, from its `before_cursor_execute` event. With $HUNDREDFOLD_COUNTS set the count
is also appended to that file, one line per run.
"""
import json
import os
import sys

from sqlalchemy import ForeignKey, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    orders: Mapped[list["Order"]] = relationship(back_populates="customer")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    total: Mapped[float]
    customer: Mapped[Customer] = relationship(back_populates="orders")


engine = create_engine("sqlite:///" + os.environ["HUNDREDFOLD_DB"])
sent = []


@event.listens_for(engine, "before_cursor_execute")
def count(conn, cursor, statement, parameters, context, executemany):
    sent.append(statement)


mode = sys.argv[1]
if mode == "setup":
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        customers = [Customer(name="customer %d" % i) for i in range(8)]
        session.add_all(customers)
        session.add_all([Order(customer=customers[i % 8], total=i) for i in range(20)])
        session.commit()
    sys.exit(0)

query = select(Customer).order_by(Customer.id)
if mode == "selectin":
    query = query.options(selectinload(Customer.orders))
with Session(engine) as session:
    listed = [(customer.name, sum(order.total for order in customer.orders)) for customer in session.scalars(query)]
print(json.dumps({"customers": len(listed), "queries": len(sent)}))
if os.environ.get("HUNDREDFOLD_COUNTS"):
    with open(os.environ["HUNDREDFOLD_COUNTS"], "a") as counts:
        counts.write("%d\n" % len(sent))
