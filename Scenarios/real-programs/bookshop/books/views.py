from django.http import HttpResponse, JsonResponse

from .models import Book


def healthz(request):
    return HttpResponse("ok")


def books(request):
    # The N+1: each book's author is loaded by a query of its own when the page reads its name.
    rows = [
        {"title": book.title, "author": book.author.name}
        for book in Book.objects.filter(year=int(request.GET["year"])).order_by("id")
    ]
    return JsonResponse({"books": rows})


def books_fixed(request):
    # The same page with the authors joined into the one query.
    rows = [
        {"title": book.title, "author": book.author.name}
        for book in Book.objects.filter(year=int(request.GET["year"])).select_related("author").order_by("id")
    ]
    return JsonResponse({"books": rows})
