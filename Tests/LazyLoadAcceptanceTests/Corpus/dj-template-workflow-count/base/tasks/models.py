from django.db import models


class Task(models.Model):
    name = models.CharField(max_length=200)
    active = models.BooleanField(default=True)


class Workflow(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="workflows")
    state = models.CharField(max_length=30)
