"""The real client address (and the account name), the same way for DRF's throttles and django-axes' lockout.

Behind TRUSTED_PROXY_COUNT proxies (a load balancer, an ingress), each appends the address it received the
request from to X-Forwarded-For, so the real client is the entry that many places from the right. With no
trusted proxy (the default) the header is ignored: anyone can send it, and a new value per try would
otherwise be a new client to every rate limit (the bypass the security probe found).
"""

from __future__ import annotations

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    return hops[-count] if len(hops) >= count else remote


def axes_username(request, credentials) -> str | None:
    """AXES_USERNAME_CALLABLE: the account an attempt is for, as the lockout keys it. Emails are compared
    case-insensitively everywhere, so "Victim@x" and "victim@x" are one account, not two lockout counters."""
    # Django's sign-in forms and authenticate() say "username"; axes' own backend names it after the user
    # model's USERNAME_FIELD, "email". Both are the same account.
    credentials = credentials or {}
    username = credentials.get("username") or credentials.get("email") or getattr(request, "POST", {}).get("username")
    return username.strip().lower() if isinstance(username, str) else None
