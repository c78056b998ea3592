from flask import Blueprint, abort, jsonify

from .models import Product

bp = Blueprint("catalog", __name__, url_prefix="/api/products")


@bp.get("/<int:product_id>")
def show(product_id: int):
    product = Product.query.get(product_id)
    if product is None:
        abort(404)
    return jsonify(product.to_dict())
