"""A customer's orders with their products through the SQLAlchemy ORM, then a write, and
SQLAlchemy's own count of what it sent.

usage: python3 sqlalchemy_shop.py LOADING CUSTOMER_ID COUNTS_FILE
  LOADING  lazy: each order's product loaded on first access (a product already in the session's
           identity map is not queried again); selectinload: all products in one IN query.
The count is a `before_cursor_execute` listener on the engine: one event per cursor call, an
executemany being one call of len(parameters) statements. The request also renames the customer
and commits, which the pysqlite driver wraps in BEGIN ... COMMIT.
"""
import os
import sys

from sqlalchemy import ForeignKey, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload

from counts import record

LOADING, CUSTOMER_ID, COUNTS_FILE = sys.argv[1], int(sys.argv[2]), sys.argv[3]


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    price: Mapped[float]


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    total: Mapped[float]
    product: Mapped[Product] = relationship(lazy="select")


engine = create_engine(f"sqlite:///{os.environ['HUNDREDFOLD_DB']}")
counted = {"statements": 0, "calls": 0, "product_lookups": 0}


@event.listens_for(engine, "before_cursor_execute")
def count(conn, cursor, statement, parameters, context, executemany):
    counted["calls"] += 1
    counted["statements"] += len(parameters) if executemany else 1
    if "FROM products" in statement and "orders" not in statement:
        counted["product_lookups"] += 1


query = select(Order).where(Order.customer_id == CUSTOMER_ID).order_by(Order.id)
if LOADING == "selectinload":
    query = query.options(selectinload(Order.product))
elif LOADING != "lazy":
    raise SystemExit(f"unknown loading {LOADING}")
with Session(engine) as session:
    names = [order.product.name for order in session.scalars(query)]
    customer = session.get(Customer, CUSTOMER_ID)
    customer.name = customer.name + "!"
    session.commit()
record(
    COUNTS_FILE,
    counted["statements"],
    calls=counted["calls"],
    loop=counted["product_lookups"] if LOADING == "lazy" else 0,
)
print(f"{len(names)} orders, {counted['statements']} statements")
