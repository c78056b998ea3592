import hashlib
import hmac


def sign(body, secret):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
