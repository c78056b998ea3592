from django.contrib.auth import get_user_model
from django.core.mail import send_mail

User = get_user_model()


def notify_users(user_ids, subject, body):
    for user_id in user_ids:
        user = User.objects.get(pk=user_id)
        send_mail(subject, body, "noreply@example.com", [user.email])
