from django.shortcuts import render

from .models import Page


def sitemap_index(request):
    pages = Page.objects.filter(live=True).order_by("slug")
    return render(request, "cms/sitemap_index.html", {"pages": pages})
