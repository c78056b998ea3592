from django.http import JsonResponse

from .models import Order


def order_detail(request, pk):
    order = Order.objects.get(pk=pk)
    return JsonResponse({"id": order.id, "status": order.status})


def order_list(request):
    orders = Order.objects.all().values("id", "status", "total")
    return JsonResponse({"orders": list(orders)})
