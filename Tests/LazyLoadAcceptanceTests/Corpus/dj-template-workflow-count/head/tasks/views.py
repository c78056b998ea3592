from django.shortcuts import render

from .models import Task


def task_overview(request):
    tasks = Task.objects.filter(active=True).order_by("name")
    return render(request, "tasks/overview.html", {"tasks": tasks})
