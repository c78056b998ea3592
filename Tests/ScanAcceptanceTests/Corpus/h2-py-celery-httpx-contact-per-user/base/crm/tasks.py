import logging

from celery import shared_task
from django.utils import timezone

from accounts.models import Profile

log = logging.getLogger(__name__)


@shared_task
def expire_stale_tokens():
    count = Profile.objects.filter(token_expires__lt=timezone.now()).update(api_token=None)
    log.info("expired %d tokens", count)
