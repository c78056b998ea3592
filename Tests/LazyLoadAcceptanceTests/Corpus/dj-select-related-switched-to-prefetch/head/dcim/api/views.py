from rest_framework.response import Response
from rest_framework.views import APIView

from dcim.api.serializers import DeviceSerializer
from dcim.models import Device


class DeviceListView(APIView):
    def get(self, request):
        devices = (
            Device.objects.prefetch_related("device_type")
            .filter(tenant__isnull=False)
            .order_by("name")
        )
        serializer = DeviceSerializer(devices, many=True)
        return Response(serializer.data)
