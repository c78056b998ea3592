from django.views.generic import ListView

from .models import Task


class TaskListView(ListView):
    template_name = "tasks/task_list.html"
    context_object_name = "tasks"

    def get_queryset(self):
        return Task.objects.prefetch_related("tags").filter(done=False).order_by("due")
