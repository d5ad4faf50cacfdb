"""Show data text (the questionnaire, results' reasons, suggestions, medicines) in the page's language.

Those tables are written in English in Python modules and stored or served as they are; their translations
live in a second gettext domain, `data` (locale/<lang>/LC_MESSAGES/data.po, written by
scripts/data_messages.py). A text is looked up when it is shown, so what is stored (a result's reasons, a
suggestion's snapshot of advice and medicine checks) stays in one language and reads in the reader's.

A stored text is often built from pieces, and is translated the way it was built:
- a reason: "Chest pain: " + a sign + ": go to an emergency department now." -> piece by piece, on ": " and
  "; " (a sentence joined on lower-cased, with a full stop, is looked up as written on its own);
- a number (a measured heart rate) stands in the message as {0}, {1}; the emergency number as
  {emergency_number};
- a sentence formatted from a code message ("Too young: %(medicine)s is for %(age)s...", the medicine
  check) is matched against that message and its values translated in turn.
A piece with no translation (a row an administrator rewrote in the admin) leaves the text as written.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Callable

from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

DOMAIN = "data"
SEARCH_WORDS = "search words"  # the msgctxt of a complaint's search words (see triage.localized)
EMERGENCY_NUMBER = "{emergency_number}"

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_FORMAT_FIELD = re.compile(r"%\((\w+)\)([sd])")
_MAX_DEPTH = 3  # a formatted message's values may be formatted messages themselves, not deeper

Lookup = Callable[[str], "str | None"]


def number_template(text: str) -> str:
    """The text with each number as {0}, {1}, ... ("Heart rate 130/min" -> "Heart rate {0}/min")."""
    counter = iter(range(1_000))
    return _NUMBER.sub(lambda _m: f"{{{next(counter)}}}", text)


def resolve(text: str, lookup: Lookup) -> str | None:
    """The translation of `text`: whole, or as "piece: rest", or as "piece; piece; ...", or None."""
    found = _piece(text, lookup)
    if found is not None:
        return found
    start = text.find(": ")
    while start != -1:
        head = _piece(text[:start], lookup)
        if head is not None:
            tail = resolve(text[start + 2 :], lookup)
            if tail is not None:
                return f"{head}: {tail}"
        start = text.find(": ", start + 2)
    if "; " in text:
        parts = [_piece(part, lookup) for part in text.split("; ")]
        if all(part is not None for part in parts):
            return "; ".join(parts)
    return None


def _piece(text: str, lookup: Lookup) -> str | None:
    found = _with_values(text, lookup)
    if found is not None or not text:
        return found
    core = text[:-1] if text.endswith(".") else text
    variants = ((core, core != text), (_capitalised(text), False), (_capitalised(core), core != text))
    for variant, stop_dropped in variants:
        if variant == text:
            continue
        found = _with_values(variant, lookup)
        if found is None:
            continue
        if text[:1].islower() and found[1:2].islower():
            found = found[:1].lower() + found[1:]
        if stop_dropped and not found.endswith("."):
            found += "."
        return found
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_values(text: str, lookup: Lookup) -> str | None:
    found = lookup(text)
    if found is not None:
        return found
    number = settings.EMERGENCY_PHONE_NUMBER
    if number and number in text:
        found = lookup(text.replace(number, EMERGENCY_NUMBER))
        if found is not None:
            return found.replace(EMERGENCY_NUMBER, number)
    numbers = _NUMBER.findall(text)
    if not numbers:
        return None
    found = lookup(number_template(text))
    if found is None:
        return None
    return _PLACEHOLDER.sub(lambda m: numbers[int(m.group(1))] if int(m.group(1)) < len(numbers) else m.group(0), found)


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        DOMAIN, localedir=str(settings.LOCALE_PATHS[0]), languages=[translation.to_locale(language)], fallback=True
    )


def _is_source_language(language: str | None) -> bool:
    return not language or language.split("-")[0] == "en"


def data_text(text: str, language: str | None = None, context: str = "") -> str:
    """`text` in `language` (default: the active one), or as written when it has no translation."""
    language = language or translation.get_language()
    if not text or not isinstance(text, str) or _is_source_language(language):
        return text
    return _translate(text, language, context, 0) or text


def _translate(text: str, language: str, context: str, depth: int) -> str | None:
    data = _translations(language)
    code = trans_real.translation(language)

    def lookup(msgid: str) -> str | None:
        # The data domain first, then the code's own messages (a note or label stored as a factory wrote it).
        found = data.pgettext(context, msgid) if context else data.gettext(msgid)
        if found != msgid or _is_same_word(data, msgid, context):
            return found
        if context:
            return None
        found = code.gettext(msgid)
        return found if found != msgid else None

    found = resolve(text, lookup)
    if found is None and not context and depth < _MAX_DEPTH:
        found = _formatted(text, language, depth)
    return found


def _is_same_word(catalog: gettext.NullTranslations, msgid: str, context: str) -> bool:
    # A word written the same in both languages ("Migraine") is a translation, not a miss.
    key = f"{context}\x04{msgid}" if context else msgid
    return key in getattr(catalog, "_catalog", {})


def _formatted(text: str, language: str, depth: int) -> str | None:
    """A sentence formatted from a code message with %(name)s values, in `language` with its values too."""
    for pattern, msgid in _format_patterns(language):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {}
        for name, value in match.groupdict().items():
            if name.startswith("_"):
                continue
            values[name] = int(value) if value.isdigit() else (_translate(value, language, "", depth + 1) or value)
        with translation.override(language):
            template = translation.gettext(msgid)
        try:
            return template % values
        except (KeyError, TypeError, ValueError):
            continue
    return None


@functools.cache
def _format_patterns(language: str) -> list[tuple[re.Pattern, str]]:
    """Every code message with %(name)s values, as a pattern that takes a formatted sentence apart;
    the ones with the most fixed words first, so the most specific message wins."""
    catalog = getattr(trans_real.translation(language), "_catalog", {})
    # Django's TranslationCatalog has keys() but no __iter__.
    msgids = {key for key in catalog.keys() if isinstance(key, str) and "%(" in key and "\x04" not in key}  # noqa: SIM118
    out = []
    for msgid in sorted(msgids, key=lambda m: -len(_FORMAT_FIELD.sub("", m))):
        if not _FORMAT_FIELD.sub("", msgid).strip(" .:;,"):
            continue  # a message that is only values ("%(a)s: %(b)s") would match anything
        out.append((_as_pattern(msgid), msgid))
    return out


def _as_pattern(msgid: str) -> re.Pattern:
    parts, seen, position = [], set(), 0
    for match in _FORMAT_FIELD.finditer(msgid):
        parts.append(re.escape(msgid[position : match.start()]))
        name, kind = match.groups()
        if name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            parts.append(f"(?P<{name}>\\d+)" if kind == "d" else f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(msgid[position:]))
    return re.compile("".join(parts), re.DOTALL)
