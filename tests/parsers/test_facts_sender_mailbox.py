"""A liaison whose email the mail says is its own address ("邮箱同本邮箱") gets the From
address, never from a mail whose sender failed authentication (a spoof could then name
any address as the liaison's)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.facts import read_facts
from parsers.mail import read_mail


def _mail(body: str, *, spoofed: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "泰安一职专 <TAYZZ@163.com>"
    msg["To"] = "zcgjk@ta.gov.cn"
    msg["Subject"] = "活动周联络员"
    msg["Message-ID"] = "<liaison-1@163.com>"
    msg["Date"] = "Wed, 4 Nov 2020 10:00:00 +0800"
    if spoofed:
        msg["Authentication-Results"] = "mx.ta.gov.cn; spf=fail smtp.mailfrom=163.com"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.mark.parametrize(
    "wording",
    ["邮箱同本邮箱", "电子邮箱：即本邮箱", "E-mail：同发件邮箱", "邮箱就是这个邮箱"],
)
def test_email_said_to_be_the_mails_own_is_the_from_address(wording: str) -> None:
    facts = read_facts(
        read_mail(_mail(f"联络员：李明，教务处副主任，手机13905382222，{wording}。"))
    )
    (c,) = facts.body_contacts
    assert (c.name.value, c.email.value, c.email.valid) == ("李明", "tayzz@163.com", True)


def test_a_written_email_is_kept_and_a_spoof_gets_none() -> None:
    written = read_facts(read_mail(_mail("联络员：李明，手机13905382222，邮箱lm@tazz.cn。")))
    assert [c.email.value for c in written.body_contacts] == ["lm@tazz.cn"]
    spoof = read_facts(
        read_mail(_mail("联络员：李明，手机13905382222，邮箱同本邮箱。", spoofed=True))
    )
    assert [c.email.value for c in spoof.body_contacts] == [""]


def test_the_email_of_another_mailbox_is_not_the_senders() -> None:
    facts = read_facts(read_mail(_mail("联络员：李明，手机13905382222，邮箱请见附件。")))
    assert [c.email.value for c in facts.body_contacts] == [""]
