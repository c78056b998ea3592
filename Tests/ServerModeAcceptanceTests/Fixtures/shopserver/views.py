"""The shop's endpoints: an N+1 and its fix, per customer and over every order, a POST, a crash."""
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Customer, Order


def healthz(request):
    return HttpResponse("ok")


def orders(request):
    """Every order with its customer's name: one query for the orders, one per order (N+1)."""
    return JsonResponse({"orders": [[o.id, o.customer.name] for o in Order.objects.order_by("id")]})


def orders_fixed(request):
    return JsonResponse(
        {"orders": [[o.id, o.customer.name] for o in Order.objects.select_related("customer").order_by("id")]})


def customer_orders(request, customer_id):
    """A customer's orders with their line items, one query per order (N+1)."""
    customer = Customer.objects.get(id=customer_id)
    rows = [[o.id, [(i.sku, i.quantity) for i in o.items.all()]] for o in customer.order_set.order_by("id")]
    return JsonResponse({"customer": customer.name, "orders": rows})


def customer_orders_fixed(request, customer_id):
    customer = Customer.objects.get(id=customer_id)
    orders = customer.order_set.order_by("id").prefetch_related("items")
    rows = [[o.id, [(i.sku, i.quantity) for i in o.items.all()]] for o in orders]
    return JsonResponse({"customer": customer.name, "orders": rows})


@csrf_exempt
def place_order(request):
    """POST customer_id and total as a form, with the X-Api-Key header: 201, else 403/400."""
    if request.headers.get("X-Api-Key") != "test-key":
        return HttpResponse("missing X-Api-Key", status=403)
    if request.method != "POST" or "customer_id" not in request.POST:
        return HttpResponse("expected a form with customer_id", status=400)
    customer = Customer.objects.get(id=int(request.POST["customer_id"]))
    order = Order.objects.create(customer=customer, status="new", total=float(request.POST.get("total", "0")))
    return JsonResponse({"id": order.id}, status=201)


def broken(request):
    Order.objects.count()
    raise RuntimeError("the broken endpoint fails on purpose")
