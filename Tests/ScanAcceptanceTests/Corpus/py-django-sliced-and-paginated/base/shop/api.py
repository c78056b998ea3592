from django.http import JsonResponse

from .models import Order


def order_detail(request, pk):
    order = Order.objects.get(pk=pk)
    return JsonResponse({"id": order.id, "status": order.status})
