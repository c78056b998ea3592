import logging

import httpx
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from accounts.models import Profile

log = logging.getLogger(__name__)

crm = httpx.Client(base_url=settings.CRM_URL, timeout=10.0)


@shared_task
def expire_stale_tokens():
    count = Profile.objects.filter(token_expires__lt=timezone.now()).update(api_token=None)
    log.info("expired %d tokens", count)


@shared_task(bind=True, max_retries=3)
def sync_crm_segments(self, user_ids):
    """Copy each user's CRM segment onto the local profile."""
    segments = {}
    for user_id in user_ids:
        resp = crm.get(f"/v2/contacts/{user_id}")
        if resp.status_code == 404:
            continue
        segments[user_id] = resp.json().get("segment", "unknown")
    profiles = list(Profile.objects.filter(user_id__in=segments.keys()))
    for profile in profiles:
        profile.segment = segments[profile.user_id]
    Profile.objects.bulk_update(profiles, ["segment"])
    log.info("synced %d of %d segments", len(profiles), len(user_ids))
