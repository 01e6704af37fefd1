"""Shortcuts for writing the message lists."""

from __future__ import annotations

from .docs import Doc
from .model import Att, Msg
from .people import LIAISON, SHORT, name
from .texts import article, body_article


def day(when: str) -> int:
    """Day of month of a 'MM-DD HH:MM' time."""
    return int(when[3:5])


def A(*docs: Doc) -> list[Att]:
    """Attachments from documents."""
    return [Att(doc=d) for d in docs]


def article_mail(
    slug: str,
    when: str,
    client: str,
    uid: str,
    sender: tuple[str, str],
    producers: list[str],
    subject: str | None = None,
    text: str | None = None,
    extra: list[Doc] | None = None,
    **kw: object,
) -> Msg:
    """A mail carrying one or more article documents of `uid`."""
    exts = {
        "lo-docx": "docx",
        "python-docx": "docx",
        "lo-pdf": "pdf",
        "lo-doc": "doc",
        "lo-odt": "odt",
    }
    docs = [article(uid, "{t}." + exts[p], p, day(when)) for p in producers]
    subj = subject or (
        f"{SHORT[uid]}活动周宣传材料：{docs[0].title}"
        if len(docs) == 1
        else f"{SHORT[uid]}活动周宣传材料{len(docs)}篇"
    )
    body = (
        text
        if text is not None
        else (
            f"市教育局职成高教科：\n  报送{name(uid)}职业教育活动周宣传材料，"
            f"请审阅。\n{SHORT[uid]}\n"
        )
    )
    atts = A(*docs) + A(*(extra or []))
    return Msg(
        slug, when, client, "submission", uid, sender, subject=subj, text=body, atts=atts, **kw
    )  # type: ignore[arg-type]


def pasted_article(
    slug: str,
    when: str,
    client: str,
    uid: str,
    sender: tuple[str, str],
    html: bool = False,
    images: list[Doc] | None = None,
    **kw: object,
) -> Msg:
    """A mail whose body is an article (headline first); optional inline images (cid:)."""
    title, text = body_article(uid, day(when))
    atts: list[Att] = []
    h = None
    if html or images:
        paras = text.split("\n\n")
        h = f'<html><body><h3 style="text-align:center">{paras[0]}</h3>' + "".join(
            f"<p>{p}</p>" for p in paras[1:]
        )
        for i, img in enumerate(images or []):
            cid = f"img{i + 1}.{slug}@mail"
            h += f'<p style="text-align:center"><img src="cid:{cid}" width="480"></p>'
            atts.append(Att(doc=img, cid=cid))
        h += "</body></html>"
    return Msg(
        slug,
        when,
        client,
        "submission",
        uid,
        sender,
        subject=kw.pop("subject", f"{SHORT[uid]}活动周宣传稿：{title}"),  # type: ignore[arg-type]
        text=text,
        html=h,
        atts=atts,
        body_article=title,
        **kw,
    )  # type: ignore[arg-type]


REMINDER_ID = "<20201105090000.reminder-plan@ta.shandong.cn>"
REMINDER_SUMMARY_ID = "<20201115090000.reminder-summary@ta.shandong.cn>"


def contact_table(uid: str, key: str | None = None) -> list[list[str]]:
    """A liaison table with a header row."""
    li = LIAISON[key or uid]
    return [
        ["单位", "姓名", "职务", "邮箱", "手机号码"],
        [li["unit"], li["name"], li["position"], li["email"], li["mobile"]],
    ]


def contact_kv(uid: str, key: str | None = None, unit_label: str = "单位") -> list[list[str]]:
    """A liaison table as key/value rows."""
    li = LIAISON[key or uid]
    return [
        [unit_label, li["unit"]],
        ["姓名", li["name"]],
        ["职务", li["position"]],
        ["邮箱", li["email"]],
        ["手机号码", li["mobile"]],
    ]
