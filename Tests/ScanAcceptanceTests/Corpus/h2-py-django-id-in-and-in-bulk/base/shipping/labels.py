from .models import Carrier


def carriers_by_code():
    return {c.code: c for c in Carrier.objects.filter(active=True).only("id", "code", "name")}
