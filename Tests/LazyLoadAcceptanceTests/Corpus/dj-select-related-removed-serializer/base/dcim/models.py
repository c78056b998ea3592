from django.db import models


class Manufacturer(models.Model):
    name = models.CharField(max_length=100, unique=True)


class DeviceType(models.Model):
    manufacturer = models.ForeignKey(Manufacturer, on_delete=models.PROTECT, related_name="device_types")
    model = models.CharField(max_length=100)
    u_height = models.PositiveSmallIntegerField(default=1)


class Tenant(models.Model):
    name = models.CharField(max_length=100)


class Device(models.Model):
    name = models.CharField(max_length=64)
    device_type = models.ForeignKey(DeviceType, on_delete=models.PROTECT, related_name="instances")
    tenant = models.ForeignKey(Tenant, on_delete=models.SET_NULL, null=True, blank=True)
    serial = models.CharField(max_length=50, blank=True)
