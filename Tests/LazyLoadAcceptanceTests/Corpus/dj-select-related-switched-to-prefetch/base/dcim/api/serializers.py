from rest_framework import serializers

from dcim.models import Device


class DeviceSerializer(serializers.ModelSerializer):
    device_type_name = serializers.SerializerMethodField()

    class Meta:
        model = Device
        fields = ["id", "name", "serial", "device_type_name"]

    def get_device_type_name(self, device):
        return device.device_type.model
