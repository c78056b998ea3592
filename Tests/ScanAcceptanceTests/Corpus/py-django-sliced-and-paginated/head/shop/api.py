import csv

from django.core.paginator import Paginator
from django.http import JsonResponse, StreamingHttpResponse

from .models import Order


def order_detail(request, pk):
    order = Order.objects.get(pk=pk)
    return JsonResponse({"id": order.id, "status": order.status})


def recent_orders(request):
    orders = Order.objects.filter(status="open").order_by("-created").values("id", "total")[:50]
    return JsonResponse({"orders": list(orders)})


def order_page(request):
    paginator = Paginator(Order.objects.order_by("-created").values("id", "total"), 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({"orders": list(page.object_list), "pages": paginator.num_pages})


class Echo:
    def write(self, value):
        return value


def export_orders(request):
    writer = csv.writer(Echo())
    rows = (writer.writerow([o.id, o.total]) for o in Order.objects.order_by("id").iterator(chunk_size=2000))
    return StreamingHttpResponse(rows, content_type="text/csv")
