"""Mail that is not a person's submission, told from its headers, structure and text.

Each flag is one small named test over what the read collected; `machine_flags` runs them
in the order of `_RULES`. Subjects are matched only where a mailer puts its marker: as a
prefix ("自动回复：原主题", "Read: ...", "Undeliverable: ..."), alone, in brackets
("【自动回复】", "(Out of Office)") or as a last word after a separator ("原主题 - 自动回复"),
so that a school's subject that merely mentions 休假 or 外出 in its middle is not taken for
an out-of-office answer. A receipt's body shape counts only in a short body.

Read receipts are flagged READ_RECEIPT and also AUTO_REPLY: a receipt is an automatic
answer, and the layers that never answer machines look at AUTO_REPLY (an acknowledgement
of a receipt would draw another receipt).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.message import Message

from parsers.mail.headers import raw
from parsers.mail.state import Reader
from parsers.model import MailFlag

_OPEN = r"[\[【(（<《「〔]"
_CLOSE = r"[\]】)）>》」〕]"
_LEAD = r"^\s*(?:(?:auto|re|aw|fw|fwd|回复|答复|转发)\s*[:：]\s*)*"  # "Auto: ", "Re: " first


def _marker(words: str, after: str = r"(?:\s|[:：\-—_|]|" + _CLOSE + "|$)") -> re.Pattern[str]:
    """A subject marker: a prefix (optionally bracketed), a bracketed word anywhere, or the
    last word after a separator."""
    return re.compile(
        rf"{_LEAD}{_OPEN}?\s*(?:{words})\s*{after}"
        rf"|{_OPEN}\s*(?:{words})\s*{_CLOSE}"
        rf"|(?:\s[-—_|:：]|[-—_|:：])\s*(?:{words})\s*$",
        re.IGNORECASE,
    )


_AUTO_WORDS = (
    r"(?:休假|外出|假期|节日|节假日)?(?:自动回复|自动答复|自動回覆|自動回復|自動答覆)"
    r"|auto[- ]?reply|auto[- ]?response|automatic reply|automatische antwort|autoreply"
    r"|out of (?:the )?office|不在办公室"
)
# Words a school may well begin a subject with ("外出 研学活动方案"): a marker only when
# punctuation, a bracket or the end follows, never a mere space.
_AWAY_WORDS = r"休假中?|外出中?|出差中?|年假中?"
_AUTO_SUBJECT = _marker(_AUTO_WORDS)
_AWAY_SUBJECT = _marker(_AWAY_WORDS, after=r"(?:[:：\-—_|]|" + _CLOSE + "|$)")
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:已读|已讀|已阅|已閱|read|displayed|gelesen|lu)\s*[:：]"
    r"|^\s*" + _OPEN + r"?\s*(?:已读回执|已讀回條|已读回條|阅读回执|已读通知|read[- ]receipt"
    r"|return receipt|read notification|disposition notification)",
    re.IGNORECASE,
)
_RECEIPT_BODY = re.compile(
    r"您.{0,60}?发送?给.{0,200}?的(?:邮件|信件?).{0,300}?"
    r"(?:已被|已经被|已于.{0,60}?被).{0,30}?(?:阅读|读取|打开|查看)"
    r"|您的邮件.{0,600}?已于.{0,60}?(?:阅读|读取)"
    r"|您(?:发送|发出)的(?:邮件|信件?).{0,200}?(?:已被|已经被|已于.{0,60}?被).{0,30}?(?:阅读|读取|打开|查看)"
    r"|your message.{0,600}?was read on"
    r"|this is a return receipt for the (?:mail|message)",
    re.IGNORECASE | re.DOTALL,
)
_RECEIPT_BODY_CHARS = 3000  # receipts are short; a long body quoting one is a person's
_BOUNCE_SUBJECT = re.compile(
    r"\bundeliverable\b|\bundelivered mail\b|delivery status notification"
    r"|mail delivery (?:failed|failure|system)|\breturned mail\b|delivery failure"
    r"|\bfailure notice\b|\bnon[- ]?delivery\b|系统退信|退信通知",
    re.IGNORECASE,
)
# A school resending "方案（上次投递失败）" is a person: these count only as a marker.
_BOUNCE_MARKER = _marker(r"退信|邮件退信|无法投递|投递失败|邮件投递失败|退回邮件")
# X-Notice-Intake marks mail that notice-intake itself composed (acknowledgements,
# reminders, digests): another instance must never answer it, even when a relay has
# dropped its Auto-Submitted header.
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponse", "X-Notice-Intake")
_AUTH_FAIL = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*fail\b", re.IGNORECASE)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)
_MDN = "message/disposition-notification"
_DSN = ("message/delivery-status", "message/global-delivery-status")


def _value(msg: Message, name: str) -> str:
    return (raw(msg, name) or "").strip().lower()


def _report_type(msg: Message) -> str:
    content_type = _value(msg, "Content-Type")
    if not content_type.startswith("multipart/report"):
        return ""
    match = re.search(r"report-type\s*=\s*\"?([\w-]+)", content_type)
    return match.group(1) if match else ""


def _auto_reply(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    auto = _value(msg, "Auto-Submitted")
    return bool(
        (auto and auto != "no")
        or any(raw(msg, h) is not None for h in _AUTO_HEADERS)
        or _AUTO_SUBJECT.search(str(fields["subject"]))
        or _AWAY_SUBJECT.search(str(fields["subject"]))
    )


def _read_receipt(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    if _report_type(msg) == "disposition-notification" or _MDN in reader.reports:
        return True
    if _RECEIPT_SUBJECT.search(str(fields["subject"])):
        return True
    body = reader.body()
    return len(body) <= _RECEIPT_BODY_CHARS and bool(_RECEIPT_BODY.search(body))


def _bounce(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    return bool(
        _report_type(msg) == "delivery-status"
        or reader.reports.intersection(_DSN)
        or _BOUNCE_SENDER.match(str(fields["from_addr"]))
        or _BOUNCE_SUBJECT.search(str(fields["subject"]))
        or _BOUNCE_MARKER.search(str(fields["subject"]))
    )


def _list(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    return (
        raw(msg, "List-Id") is not None
        or raw(msg, "List-Unsubscribe") is not None
        or _value(msg, "Precedence") in ("bulk", "junk", "list")
    )


def _null_sender(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    return_path = raw(msg, "Return-Path")
    return return_path is not None and re.fullmatch(r"\s*<\s*>\s*", return_path) is not None


def _auth_failed(msg: Message, fields: dict[str, object], reader: Reader) -> bool:
    """The receiving server found the sender forged: an Authentication-Results field with
    spf/dkim/dmarc=fail, or a Received-SPF field saying Fail (softfail is not failure)."""
    for key, val in msg.raw_items():
        name = key.lower()
        if name == "authentication-results" and _AUTH_FAIL.search(str(val)):
            return True
        if name == "received-spf" and str(val).strip().lower().startswith("fail"):
            return True
    return False


_Rule = Callable[[Message, dict[str, object], Reader], bool]
_RULES: tuple[tuple[tuple[MailFlag, ...], _Rule], ...] = (
    ((MailFlag.AUTO_REPLY,), _auto_reply),
    ((MailFlag.READ_RECEIPT, MailFlag.AUTO_REPLY), _read_receipt),
    ((MailFlag.BOUNCE,), _bounce),
    ((MailFlag.LIST,), _list),
    ((MailFlag.NULL_SENDER,), _null_sender),
    ((MailFlag.AUTH_FAILED,), _auth_failed),
)


def machine_flags(msg: Message, fields: dict[str, object], reader: Reader) -> None:
    """Add to `reader.flags` every flag whose rule holds for this message."""
    for flags, rule in _RULES:
        if rule(msg, fields, reader):
            reader.flags.update(flags)
