"""The page language: the one a signed-in person chose with the switcher, kept on their account.

LocaleMiddleware has already picked one from the language cookie or the browser's Accept-Language; a saved
choice wins over both, so a nurse's French desk stays French on any computer she signs in on. Emails are
sent in the recipient's saved language (`in_language_of`), as they are read away from any browser.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.conf import settings
from django.utils import translation

from healthsvc.database_outage import signed_in_user

SUPPORTED = frozenset(code for code, _ in settings.LANGUAGES)


def language_of(user) -> str:
    """The user's saved language, or the site's default."""
    chosen = getattr(user, "language", "") or ""
    return chosen if chosen in SUPPORTED else settings.LANGUAGE_CODE


@contextmanager
def in_language_of(user):
    """Render an email (or anything sent to one person) in their saved language."""
    with translation.override(language_of(user)):
        yield


class UserLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = signed_in_user(request)
        chosen = getattr(user, "language", "") if user is not None else ""
        if chosen in SUPPORTED:
            translation.activate(chosen)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
