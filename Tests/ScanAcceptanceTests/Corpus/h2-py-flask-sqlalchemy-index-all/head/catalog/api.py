from flask import Blueprint, jsonify

from .extensions import db
from .models import Product

bp = Blueprint("catalog", __name__, url_prefix="/api/products")


@bp.get("/")
def index():
    products = Product.query.filter_by(archived=False).order_by(Product.name).all()
    return jsonify([p.to_dict() for p in products])


@bp.get("/<int:product_id>")
def show(product_id: int):
    product = db.get_or_404(Product, product_id)
    return jsonify(product.to_dict())
