import json

from django.http import JsonResponse

from catalog.models import Product


def import_product(request):
    payload = json.loads(request.body)
    product = Product.objects.create(name=payload["name"], sku=payload["sku"])
    return JsonResponse({"id": product.id})
