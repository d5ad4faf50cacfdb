"""API token authentication: django-rest-knox's hashed, expiring tokens, checked in one query.

knox's own class also loads the user's every other token on each request to sweep expired ones; here an
expired token is simply refused, and healthsvc.tokens.token_issue clears expired rows when a new token is
issued. The hashing, the storage and the comparison are knox's.
"""

from __future__ import annotations

import binascii
from hmac import compare_digest

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox import auth
from knox.crypto import hash_token
from knox.models import AuthToken
from knox.settings import CONSTANTS
from rest_framework import exceptions

INVALID = _("Invalid token.")


class TokenAuthentication(auth.TokenAuthentication):
    def authenticate_credentials(self, token: bytes):
        text = token.decode("utf-8")
        try:
            digest = hash_token(text)
        except (TypeError, binascii.Error) as exc:
            raise exceptions.AuthenticationFailed(INVALID) from exc
        now = timezone.now()
        candidates = AuthToken.objects.select_related("user").filter(token_key=text[: CONSTANTS.TOKEN_KEY_LENGTH])
        for stored in candidates:
            if compare_digest(digest, stored.digest):
                if stored.expiry is not None and stored.expiry < now:
                    break
                return self.validate_user(stored)
        raise exceptions.AuthenticationFailed(INVALID)


class TokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI document describes the token (the same header as before: 'Authorization: Token <token>')."""

    target_class = "healthsvc.api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'An expiring API token from POST /api/v1/auth/token/, sent as "Token <token>".',
        }
