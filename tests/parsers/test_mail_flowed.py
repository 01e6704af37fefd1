"""format=flowed bodies (RFC 3676: Thunderbird, Apple Mail, mutt): soft line breaks are
undone before anything reads the text, so a liaison's line or a URL wrapped by the
client is read whole."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from parsers.contacts import contacts_in_text
from parsers.mail import read_mail
from parsers.urls import find_urls
from tests.fixtures.servers import require_binary


def _flowed(body: str, delsp: str = "") -> bytes:
    params = "; delsp=yes" if delsp else ""
    head = (
        "From: a@tazz.cn\r\nTo: zcgjk@ta.gov.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8; format=flowed{params}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (head + body.replace("\n", "\r\n")).encode()


def test_soft_breaks_are_joined_and_hard_ones_kept() -> None:
    body = (
        "联络员：张三，办公室主任，手机 \n13805381234，邮箱zs@tazz.cn。\n"
        "专栏：http://www.tazz.cn/zjhdz/ \n"
        "\n"
        " >不是引用，是填充的空格\n"
        "-- \n"
        "泰安职专\n"
    )
    text = read_mail(_flowed(body)).body_text
    assert "手机 13805381234" in text  # delsp=no: the space is the writer's
    assert ">不是引用" in text and "\n-- \n泰安职专" in text
    (c,) = contacts_in_text(text, "body")
    assert (c.name.value, c.mobile.value) == ("张三", "13805381234")


def test_delsp_yes_removes_the_space_the_client_added() -> None:
    body = "宣传专栏网址：http://www.tazz.cn/zjhdz/2020/ \nindex.html\n"
    text = read_mail(_flowed(body, delsp="yes")).body_text
    assert [u.url for u in find_urls(text, "body")] == ["http://www.tazz.cn/zjhdz/2020/index.html"]


def test_a_fixed_body_is_untouched() -> None:
    body = "联络员：张三 \n手机：13805381234\n"  # a trailing space, but not flowed
    raw = _flowed(body).replace(b"; format=flowed", b"")
    assert read_mail(raw).body_text.startswith("联络员：张三 \n手机")


@pytest.mark.server
def test_neomutts_flowed_mail(tmp_path: Path) -> None:
    """neomutt (text_flowed) as a real producer: its body and signature come through."""
    neomutt = require_binary("neomutt")
    out = tmp_path / "out.eml"
    sink = tmp_path / "sink.sh"
    sink.write_text(f"#!/bin/sh\ncat > {out}\n")
    sink.chmod(0o755)
    body = "联络员：张三，办公室主任，手机13805381234。\n\n-- \n泰安职专\n"
    subprocess.run(
        [neomutt, "-n", "-F", "/dev/null", "-e", "set text_flowed=yes",
         "-e", f'set sendmail="{sink}"', "-e", 'set send_charset="utf-8"',
         "-e", 'set from="a@tazz.cn"', "-s", "活动周联络员", "--", "zcgjk@ta.gov.cn"],
        input=body.encode(), env={**os.environ, "HOME": str(tmp_path)}, check=True, timeout=60,
    )  # fmt: skip
    data = out.read_bytes()
    assert b"format=flowed" in data
    mail = read_mail(data)
    assert mail.subject == "活动周联络员"
    assert "手机13805381234。\n\n-- \n泰安职专" in mail.body_text
