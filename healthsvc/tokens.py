"""API tokens (django-rest-knox): stored hashed, with an expiry, listable and revocable by their owner, and
revoked when the password changes or the account is closed (docs/security.md)."""

from __future__ import annotations

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from knox.models import AuthToken
from knox.settings import knox_settings

from healthsvc.models import User


def token_issue(*, user: User) -> tuple[AuthToken, str]:
    """A new token for the user: (the stored row, the token text, shown this once and never again).

    Expired tokens go, and past the per-user limit the oldest do, so an account holds a bounded few."""
    AuthToken.objects.filter(user=user, expiry__lt=timezone.now()).delete()
    limit = knox_settings.TOKEN_LIMIT_PER_USER
    surplus = list(tokens_of(user=user).values_list("pk", flat=True)[limit - 1 :]) if limit else []
    if surplus:
        AuthToken.objects.filter(pk__in=surplus).delete()
    return AuthToken.objects.create(user=user)


def tokens_of(*, user: User):
    return AuthToken.objects.filter(user=user).order_by("-created")


def token_revoke(*, user: User, token_key: str) -> int:
    """Revoke one of the user's own tokens by its public key prefix; returns how many went (0 or 1)."""
    deleted, _ = AuthToken.objects.filter(user=user, token_key=token_key).delete()
    return deleted


@receiver(pre_save, sender=User, dispatch_uid="healthsvc.tokens.note_password_change")
def _note_password_change(sender, instance: User, **kwargs) -> None:
    if instance.pk is None:
        return
    stored = User.objects.filter(pk=instance.pk).values_list("password", "is_active").first()
    instance._revoke_tokens = stored is not None and (
        stored[0] != instance.password or (stored[1] and not instance.is_active)
    )


@receiver(post_save, sender=User, dispatch_uid="healthsvc.tokens.revoke_on_password_change")
def _revoke_on_password_change(sender, instance: User, **kwargs) -> None:
    """A new password (or a closed account) ends every API token: whoever held one must sign in again."""
    if getattr(instance, "_revoke_tokens", False):
        AuthToken.objects.filter(user=instance).delete()
        instance._revoke_tokens = False
