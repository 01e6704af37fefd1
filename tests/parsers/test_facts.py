"""read_facts: every attachment read, container members right after their container."""

from __future__ import annotations

import hashlib
import importlib
import io
import zipfile
from email.message import EmailMessage

import docx
import openpyxl
import pytest

from parsers import facts as facts_module
from parsers.facts import read_facts, source_name
from parsers.mail import read_mail
from parsers.model import Attachment, MailFacts, ReadStatus, StatsField

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def contact_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("联系人：张三，职务：办公室主任，手机：13805381234，邮箱：zs@dy.edu.cn")
    d.add_paragraph("宣传专栏网址：http://www.dyjy.gov.cn/hdz/")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def stats_xlsx() -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["单位", "活动项数", "参与人数", "宣传报道"])
    ws.append(["岱岳区", 12, 300, 5])
    ws.append(["合计", 12, 300, 5])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def mail_bytes() -> bytes:
    msg = EmailMessage()
    msg["From"] = "岱岳区教体局 <dyjy@163.com>"
    msg["To"] = "jyj-zcjk01@ta.shandong.cn"
    msg["Subject"] = "岱岳区活动周材料"
    msg.set_content("材料见附件。\n联系人：李四 手机：13905381234\n专栏：https://www.dyjy.cn/zl\n")
    msg.add_attachment(contact_docx(), maintype="application",
                       subtype=DOCX.split("/")[1], filename="联络员.docx")  # fmt: skip
    msg.add_attachment(zip_of({"统计表.xlsx": stats_xlsx(), "说明.txt": "网址 www.a.cn".encode()}),
                       maintype="application", subtype="zip", filename="材料.zip")  # fmt: skip
    msg.add_attachment(b"", maintype="application", subtype="octet-stream", filename="空.doc")
    return msg.as_bytes()


FIELDS = (
    StatsField("activities", "活动项数"),
    StatsField("people", "参与人数"),
    StatsField("reports", "宣传报道"),
)


def test_files_in_order_with_members_after_their_container() -> None:
    result = read_facts(read_mail(mail_bytes()), FIELDS)
    assert isinstance(result, MailFacts)
    assert [source_name(f.attachment) for f in result.files] == [
        "联络员.docx",
        "材料.zip",
        "材料.zip/统计表.xlsx",
        "材料.zip/说明.txt",
        "空.doc",
    ]
    statuses = [f.document.status for f in result.files]
    assert statuses == [
        ReadStatus.OK,
        ReadStatus.CONTAINER,
        ReadStatus.OK,
        ReadStatus.OK,
        ReadStatus.EMPTY,
    ]


def test_extractors_are_called_with_sources() -> None:
    result = read_facts(read_mail(mail_bytes()), FIELDS)
    first = result.files[0]
    assert any(c.mobile.value == "13805381234" for c in first.contacts)
    assert all(c.source.startswith("联络员.docx") for c in first.contacts)
    assert any("dyjy.gov.cn" in u.url for u in first.urls)
    assert all(u.source.startswith("联络员.docx") for u in first.urls)
    assert any(c.mobile.value == "13905381234" for c in result.body_contacts)
    assert any("www.dyjy.cn" in u.url for u in result.body_urls)
    member_txt = result.files[3]
    assert any("www.a.cn" in u.url for u in member_txt.urls)
    assert member_txt.urls[0].source.startswith("材料.zip/说明.txt")


def test_statistics_only_when_fields_are_given() -> None:
    mail = read_mail(mail_bytes())
    with_fields = read_facts(mail, FIELDS)
    stats = with_fields.files[2].statistics
    assert stats is not None
    assert set(stats.columns) == {"activities", "people", "reports"}
    assert read_facts(mail).files[2].statistics is None
    assert with_fields.files[0].statistics is None  # a docx without tables


def test_missing_extractors_cost_only_their_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def no_extractors(name: str, package: str | None = None) -> object:
        if name in ("parsers.contacts", "parsers.urls", "parsers.statistics"):
            raise ImportError(name)
        return real_import(name, package)

    monkeypatch.setattr(facts_module.importlib, "import_module", no_extractors)
    result = read_facts(read_mail(mail_bytes()), FIELDS)
    assert len(result.files) == 5
    assert result.files[0].document.status is ReadStatus.OK
    assert result.files[0].contacts == () and result.body_urls == ()


def test_failing_extractor_does_not_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    import parsers.contacts

    def boom(*args: object) -> tuple[()]:
        raise ValueError("extractor bug")

    monkeypatch.setattr(parsers.contacts, "contacts_in_document", boom)
    monkeypatch.setattr(parsers.contacts, "contacts_in_text", boom)
    result = read_facts(read_mail(mail_bytes()))
    assert result.files[0].contacts == () and result.body_contacts == ()
    assert any("dyjy.gov.cn" in u.url for u in result.files[0].urls)


def test_source_name_of_top_level_and_forwarded_parts() -> None:
    data = b"x"
    digest = hashlib.sha256(data).hexdigest()
    assert source_name(Attachment("a.docx", "x", data, digest)) == "a.docx"
    assert source_name(Attachment("a.docx", "x", data, digest, origin="forwarded")) == "a.docx"
    assert source_name(Attachment("a.docx", "x", data, digest, origin="z.zip/")) == "z.zip/a.docx"
