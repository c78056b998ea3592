from django.urls import path

from books import views

urlpatterns = [
    path("healthz", views.healthz),
    path("books", views.books),
    path("books-fixed", views.books_fixed),
]
