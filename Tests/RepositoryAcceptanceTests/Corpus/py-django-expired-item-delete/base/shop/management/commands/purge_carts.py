from django.core.management.base import BaseCommand
from django.utils import timezone

from shop.models import CartItem


class Command(BaseCommand):
    help = "Remove items of expired carts"

    def handle(self, *args, **options):
        CartItem.objects.filter(cart__expires_at__lt=timezone.now()).delete()
