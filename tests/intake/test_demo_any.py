"""`intake demo --config FILE`: sample mail made from that config's units and deliverables
on its own dates, played offline; the 2020 sample stays the default."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

from rich.console import Console

from intake.config import load_config
from intake.demo.generic import campaign_samples, demo_span
from intake.demo.runner import offline_copy, run_demo
from tests.intake.helpers import ROOT

LABOUR = ROOT / "tests" / "samples" / "configs" / "labour-cases.toml"


def test_samples_of_another_campaign_are_its_own() -> None:
    campaign = load_config(LABOUR).campaign
    first, second = campaign_samples(campaign), campaign_samples(campaign)
    assert [s.message.as_bytes() for s in first] == [s.message.as_bytes() for s in second]
    start, end = demo_span(campaign)
    assert (start.date().isoformat(), end.date().isoformat()) == ("2021-04-26", "2021-05-21")
    assert all(start <= s.at <= end for s in first)
    assert all(str(s.message["To"]) == "jnzcjk@jn.shandong.cn" for s in first)
    senders = Counter(s.unit_id for s in first)
    assert senders[None] == 1  # one unknown sender
    assert "jngz" not in senders  # a unit that sends nothing (it gets reminders)
    names = [p.get_filename() for s in first for p in s.message.iter_attachments()]
    assert any(n.endswith(".mp4") for n in names)  # the video deliverable's file kind
    assert sum("典型案例" in n for n in names) >= 4
    bodies = [s.message.get_body(("plain",)).get_content() for s in first]  # type: ignore[union-attr]
    contacts = [b for b in bodies if b.startswith("联络员：")]
    # the fields this campaign asks for (单位、联系人、手机号码), not the 2020 ones
    assert contacts and all("手机：" in b and "单位：" in b and "职务" not in b for b in contacts)
    assert "泰安" not in "".join(bodies) + "".join(str(s.message["Subject"]) for s in first)


def test_the_demo_copy_of_a_config_is_offline(tmp_path: Path) -> None:
    text = LABOUR.read_text(encoding="utf-8").replace(
        'url = "maildir:data/mail"',
        'url = "imaps://jnzcjk@mail.example.cn/INBOX"\npassword_env = "NOPE"',
    )
    text = text.replace('url = "file:data/outbox"', 'url = "smtps://u@mail.example.cn:465"\n'
                        'password_env = "NOPE"\ntemplates = "my-templates"')  # fmt: skip
    source = tmp_path / "real.toml"
    source.write_text(text + '\n[store]\nurl = "postgresql://db/intake"\n', encoding="utf-8")
    copy = tomllib.loads(offline_copy(source))
    assert copy["mailboxes"] == [{"name": "demo", "url": "maildir:data/mail"}]
    assert copy["outbox"]["url"] == "file:data/outbox" and "password_env" not in copy["outbox"]
    assert copy["outbox"]["templates"] == str((tmp_path / "my-templates").resolve())
    assert "store" not in copy
    assert copy["campaign"]["mailboxes"] == ["jnzcjk@jn.shandong.cn"]
    assert copy["deliverables"] == tomllib.loads(text)["deliverables"]


def test_a_demo_of_another_campaign_runs_to_its_end(tmp_path: Path) -> None:
    console = Console(record=True, width=160)
    folder = tmp_path / "demo"
    result = run_demo(folder, console=console, config=LABOUR)
    out = console.export_text()
    assert "2021年职业院校劳动教育典型案例征集 报送情况（05-21 23:00）" in out
    assert "6 units" in out and "--now 2021-05-21T23:00" in out
    assert result.messages["done"] == 13 and result.unassigned == 1
    assert result.sent["reminder"] > 0 and result.sent["ack"] > 0
    assert len(result.digests) == 26  # 04-26 .. 05-21 at 17:30
    archive = folder / "data" / "archive"
    assert len(list((archive / "jnzy" / "case").glob("*.docx"))) == 2
    assert len(list((archive / "jnzy" / "video").glob("*.mp4"))) == 1
    reminders = sorted((folder / "data" / "outbox").glob("*_reminder_jngz_*.eml"))
    assert reminders  # the unit that sent nothing is chased
    assert result.workbook is not None and result.workbook.exists()
