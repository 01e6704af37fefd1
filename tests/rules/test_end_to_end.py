"""Literal RFC 822 messages through the real parsers into `judge` and `relevance`."""

from __future__ import annotations

from parsers.facts import read_facts
from parsers.mail import read_mail
from parsers.model import MailFacts
from rules.campaign import Campaign
from rules.judge import judge
from rules.model import Known
from rules.relevance import relevance

GB2312_FROM_QQ = b"""\
From: =?gb2312?B?1cXAz8qm?= <12345678@qq.com>
To: jyj-zcjk01@ta.shandong.cn
Subject: =?gb2312?B?t8qzx9aw16i77rav1ty3vbC4?=
Date: Tue, 03 Nov 2020 10:12:00 +0800
Message-ID: <e2e-1@qq.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=gb2312
Content-Transfer-Encoding: base64

x+uy6crVoaMKCrfKs8fK0Naw0rXW0LXI16jStdGn0KMgsOy5q8rS
"""

AUTO_REPLY = b"""\
From: xtzz@ta.shandong.cn
To: jyj-zcjk01@ta.shandong.cn
Subject: Auto: out of office
Auto-Submitted: auto-replied
Date: Wed, 04 Nov 2020 08:00:00 +0800
Message-ID: <e2e-2@ta.shandong.cn>
Content-Type: text/plain; charset=utf-8

I am away.
"""

FORWARD = b"""\
From: helper@163.com
To: jyj-zcjk01@ta.shandong.cn
Subject: =?gb2312?B?16q3oqO60MLMqdaw16jBqsLn1LE=?=
Date: Wed, 04 Nov 2020 09:00:00 +0800
Message-ID: <e2e-3@163.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

forwarding
--b1
Content-Type: message/rfc822

From: xtzz@ta.shandong.cn
To: jyj-zcjk01@ta.shandong.cn
Subject: =?gb2312?B?0MLMqdaw16jBqsLn1LE=?=
Date: Tue, 03 Nov 2020 16:00:00 +0800
Message-ID: <orig@ta.shandong.cn>
Content-Type: text/plain; charset=utf-8

see attachment

--b1--
"""

OLD_UNRELATED = b"""\
From: friend@126.com
To: jyj-zcjk01@ta.shandong.cn
Subject: lunch
Date: Thu, 29 Oct 2020 12:00:00 +0800
Message-ID: <e2e-4@126.com>
Content-Type: text/plain; charset=utf-8

see you
"""


def facts_of(raw: bytes) -> MailFacts:
    return read_facts(read_mail(raw))


def test_gb2312_mail_from_personal_address_signed_by_school(campaign: Campaign) -> None:
    f = facts_of(GB2312_FROM_QQ)
    j = judge(f, campaign, Known())
    assert (j.unit.unit_id, j.unit.new_sender, j.may_reply) == ("fczz", True, True)
    assert "unit name 肥城市职专 in signature" in j.unit.evidence
    assert relevance(f.mail, campaign, Known()).reason == "unit name 肥城职专 in subject"
    # After staff assign the address, the next mail is recognised by its sender.
    j2 = judge(f, campaign, Known(sender_units={"12345678@qq.com": "fczz"}))
    assert (j2.unit.rule, j2.unit.new_sender) == ("sender-address", False)


def test_auto_reply_is_not_a_submission_but_kept_for_staff(campaign: Campaign) -> None:
    f = facts_of(AUTO_REPLY)
    verdict = relevance(f.mail, campaign, Known())
    assert (verdict.relevant, verdict.keep) == (False, True)
    assert verdict.reason.startswith("auto-reply: not a submission")
    j = judge(f, campaign, Known())
    assert not j.may_reply


def test_forward_of_a_registered_mail(campaign: Campaign) -> None:
    j = judge(facts_of(FORWARD), campaign, Known())
    assert (j.unit.unit_id, j.unit.rule) == ("xtzz", "forwarded-sender")


def test_old_unrelated_mail_is_ignored(campaign: Campaign) -> None:
    r = relevance(read_mail(OLD_UNRELATED), campaign, Known())
    assert not r.relevant
