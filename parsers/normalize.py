"""Text and contact-number normalisation shared by the parsers.

Schools type contact data in whatever their keyboard produces: full-width digits
(``１３８０５３８１２３４``), Chinese dashes (``0538—6991449``), ideographic spaces, ``+86``
prefixes, ``＠`` in addresses. Everything here folds those into one canonical form::

    nfkc("１３８－０５３８　１２３４")      -> "138-0538 1234"
    normalize_mobile("+86 138-0538-1234")  -> "13805381234"
    normalize_phone("(0538)6991449转8001")  -> "0538-6991449-8001"
    normalize_email(" ZS＠163．COM。")      -> "zs@163.com"
    compact("线上活动 （场次）")            -> "线上活动(场次)"

Every normaliser is idempotent (normalising twice equals normalising once) and never raises.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = [
    "compact",
    "is_email",
    "is_mobile",
    "is_phone",
    "nfkc",
    "normalize_email",
    "normalize_mobile",
    "normalize_phone",
]

# Dash-like characters people (and word processors' autocorrect) put inside numbers.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\u2500\u2501\ufe58\ufe63\uff0d\u30fc"
# Space-like characters NFKC leaves alone or maps inconsistently.
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
# Invisible characters that break digit runs and header matching; dropped entirely.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_TRANSLATE = {ord(c): "-" for c in _DASHES}
_TRANSLATE.update({ord(c): " " for c in _SPACES})
_TRANSLATE.update({ord(c): None for c in _INVISIBLE})
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")


def nfkc(text: str) -> str:
    """NFKC-normalise `text` and unify dashes to '-' and odd spaces to ' '."""
    # Translate before and after NFKC: NFKC can produce dashes (U+FE58 -> U+2014) and
    # dropping invisible characters first lets NFKC compose what they separated.
    # Looping to a fixed point makes idempotence hold even for pathological input.
    if text.isascii():
        return text  # fast path: NFKC and the tables leave ASCII unchanged
    if _settled(text):
        return text  # nothing to translate, already NFKC: the loop would return it as is
    current = text
    for _ in range(4):
        result = _translate(unicodedata.normalize("NFKC", _translate(current)))
        if result == current or _settled(result):
            return result  # a settled result would come out of another round unchanged
        current = result
    return current


def _translate(text: str) -> str:
    # str.translate looks every character up in the table (0.05 us each, most of nfkc's
    # time on Chinese text); the regex finds the few that are in it
    return _TRANSLATED.sub(_replacement, text) if _TRANSLATED.search(text) else text


def _replacement(match: re.Match[str]) -> str:
    return _TRANSLATE[ord(match.group(0))] or ""


def _settled(text: str) -> bool:
    return not _TRANSLATED.search(text) and unicodedata.is_normalized("NFKC", text)


def _settle(step: Callable[[str], str], text: str) -> str:
    """Apply `step` until the text stops changing (bounded), so the result is a fixed point."""
    # Removing characters can join a base letter with a combining mark that NFKC then
    # composes; repeating makes such rare inputs idempotent too.
    current = step(text)
    for _ in range(4):
        again = step(current)
        if again == current:
            break
        current = again
    return current


_WHITESPACE = re.compile(r"\s+")


def _compact_once(text: str) -> str:
    return _WHITESPACE.sub("", nfkc(text))


def compact(text: str) -> str:
    """`nfkc` with all whitespace removed: the form used to compare headers and labels."""
    if text.isascii():
        return _WHITESPACE.sub("", text)
    return _settle(_compact_once, text)


# --- mobile numbers -------------------------------------------------------------------------

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
# What a bare phone value may consist of (digits, separators, a leading +, brackets).
_PHONEISH_RE = re.compile(r"[\d\s+\-().]*")


def normalize_mobile(text: str) -> str:
    """Digits only, without a +86 / 0086 / 86 prefix: "+86 138-0538-1234" -> "13805381234"."""
    s = nfkc(text).strip()
    plus = s.startswith("+")
    digits = re.sub(r"\D", "", s)
    if plus and digits.startswith("86") and len(digits) > 2:
        digits = digits[2:]
    # Strip repeatedly so the result is a fixed point (normalising twice changes nothing).
    while True:
        if digits.startswith("0086") and len(digits) > 4:
            digits = digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        else:
            return digits


def is_mobile(value: str) -> bool:
    """True for a mainland mobile number (1[3-9] and nine more digits), separators allowed."""
    s = nfkc(value).strip()
    if not s or not _PHONEISH_RE.fullmatch(s):
        return False
    return bool(_MOBILE_RE.fullmatch(normalize_mobile(s)))


# --- landlines ------------------------------------------------------------------------------

_EXT_RE = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_AREA_RE = re.compile(r"0\d{2,3}")
_LOCAL_RE = re.compile(r"[2-9]\d{6,7}")
_PHONE_RE = re.compile(r"(0\d{2,3})-([2-9]\d{6,7})(?:-(\d{1,6}))?")


def _split_area(digits: str) -> tuple[str, str]:
    """Area code and local number of an all-digit landline that starts with 0."""
    # Mainland area codes: 010 and 02x have three digits, all others four.
    size = 3 if len(digits) > 1 and digits[1] in "12" else 4
    return digits[:size], digits[size:]


def normalize_phone(text: str) -> str:
    """A landline as "AREA-LOCAL" or "AREA-LOCAL-EXT": "(0538) 699 1449" -> "0538-6991449".

    A number without an area code stays bare digits ("6991449"); a mobile number comes back
    as digits too, so callers can tell them apart with `is_mobile`/`is_phone`.
    """
    s = nfkc(text).strip()
    ext = ""
    m = _EXT_RE.search(s)
    if m and re.search(r"\d", s[: m.start()]):
        ext, s = m.group(1), s[: m.start()]
    groups = re.findall(r"\d+", s)
    if not groups:
        return ""
    if s.lstrip().startswith("+") and groups[0].startswith("86"):
        groups[0] = groups[0][2:]
        groups = [g for g in groups if g]
        if groups and not groups[0].startswith(("0", "1")):
            groups[0] = "0" + groups[0]
    elif groups[0] in ("86", "0086") and len(groups) > 1:
        groups = groups[1:]
        if not groups[0].startswith(("0", "1")):
            groups[0] = "0" + groups[0]
    if not groups:
        return ""
    # "0538-6991449-8001": a third short group after area and local is an extension.
    if (
        not ext
        and len(groups) == 3
        and _AREA_RE.fullmatch(groups[0])
        and _LOCAL_RE.fullmatch(groups[1])
        and len(groups[2]) <= 6
    ):
        ext, groups = groups[2], groups[:2]
    digits = "".join(groups)
    if not digits.startswith("0") or digits.startswith("00"):
        return digits + (f"转{ext}" if ext else "")
    if _AREA_RE.fullmatch(groups[0]) and len(groups) > 1:
        area, local = groups[0], "".join(groups[1:])  # respect the writer's split
    else:
        area, local = _split_area(digits)
    if not local:
        return digits + (f"转{ext}" if ext else "")
    if ext and _LOCAL_RE.fullmatch(local):
        return f"{area}-{local}-{ext}"
    return f"{area}-{local}" + (f"转{ext}" if ext else "")


def is_phone(value: str) -> bool:
    """True for a landline with an area code (0538-6991449, optionally with an extension)."""
    s = nfkc(value).strip()
    if not s or not re.fullmatch(r"[\d\s+\-().#转分机extEXT]*", s):
        return False
    return bool(_PHONE_RE.fullmatch(normalize_phone(s)))


# --- e-mail ---------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"[a-z0-9_%+\-]+(?:\.[a-z0-9_%+\-]+)*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
    r"(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,}",
    re.IGNORECASE,
)
_EDGE_PUNCT = "\"'`<>()[]{}.,;:!?。，；：、！？“”‘’（）《》【】「」『』…*-_"


_SPELLED_AT = re.compile(r"[(\[【]at[)\]】]")


def _normalize_email_once(text: str) -> str:
    s = re.sub(r"\s+", "", nfkc(text)).lower()
    s = _SPELLED_AT.sub("@", s)  # "nyjtj（at）126.com", written so harvesters miss it
    if s.startswith("mailto:"):
        s = s[len("mailto:") :]
    s = s.strip(_EDGE_PUNCT)
    local, at, domain = s.partition("@")
    if at:
        s = local + at + domain.replace("。", ".").strip(_EDGE_PUNCT)
    return s.strip(_EDGE_PUNCT)


def normalize_email(text: str) -> str:
    """Lower-cased address without spaces, mailto: or surrounding punctuation.

    Full-width ＠ and ．are folded by NFKC; an ideographic full stop inside the domain
    ("zs@163。com") becomes '.', and an @ spelled out in brackets ("zs（at）163.com") is one.
    """
    return _settle(_normalize_email_once, text)


def is_email(value: str) -> bool:
    """True for a plausible address (local@domain.tld); `value` may be un-normalised."""
    return bool(_EMAIL_RE.fullmatch(normalize_email(value)))
