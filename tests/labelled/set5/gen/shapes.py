"""The ways set5's people write a liaison, a column URL and a covering note, in prose.

`liaison_text` and `url_text` return (plain text, html) pieces for a mail body; each style
is used by at least two units in different wordings (chosen by the caller's index).
"""

from __future__ import annotations

from html import escape

GREETINGS = [
    "市教育局职成高教科：",
    "职成高教科领导：",
    "尊敬的市局职成科老师：",
    "各位领导：",
    "您好！",
    "田老师、董老师：",
    "市教育局职成高教科各位老师好：",
]
CLOSINGS = [
    "请查收，谢谢！",
    "以上材料请审阅。",
    "如有不妥请指正。",
    "收到请回复，谢谢。",
    "请领导审核。",
    "谢谢！",
    "",
]


def liaison_text(style: str, p: dict[str, str], unit_name: str, variant: int = 0) -> str:
    """A liaison written in prose, in one of the set's styles."""
    n, pos, mail, mob = p["name"], p["position"], p["email"], p["mobile"]
    spaced = f"{mob[:3]} {mob[3:7]} {mob[7:]}"
    if style == "teacher":
        return [
            f"如有问题，请与我校{pos}{n}老师联系（电话：{mob}，邮箱：{mail}）。",
            f"具体事宜请与我单位{pos}{n}同志联系，联系电话{mob}，邮箱{mail}。",
            f"活动周期间由{n}老师（{pos}）负责对接，手机{spaced}，E-mail：{mail}。",
        ][variant % 3]
    if style == "english":
        return [
            f"Contact: {n}\nTitle: {pos}\nOrganization: {unit_name}\nE-mail: {mail}\n"
            f"Mobile: +86 {spaced}",
            f"Contact person: {n} ({pos})\nTel: +86-{mob[:3]}-{mob[3:7]}-{mob[7:]}\nEmail: {mail}",
        ][variant % 2]
    if style == "body_rest":  # the name and position are in the subject
        return [
            f"联系方式：手机{mob}，邮箱{mail}。",
            f"{mob}  {mail}",
            f"电话 {spaced}；邮件 {mail}",
        ][variant % 3]
    if style == "line":
        return [
            f"联络员：{unit_name} {n}（{pos}），手机：{mob}，邮箱：{mail}",
            f"联系人：{pos} {n}　联系电话：{mob}　电子邮箱：{mail}",
            f"活动周联络员　{n}　{pos}　{mob}　{mail}",
        ][variant % 3]
    raise ValueError(style)


def url_text(style: str, url: str, shown: str = "", variant: int = 0) -> tuple[str, str]:
    """A column URL in the text part and the HTML part of a body."""
    if style == "noscheme":
        line = [f"网址：{url}", f"宣传专栏网址：{url}（活动周期间每日更新）", f"专栏地址 {url}"][
            variant % 3
        ]
        return line, escape(line)
    if style == "anchor":  # the link text is not the address
        text = shown or "活动周专栏"
        lead = ["我单位活动周宣传专栏已上线：", "专栏链接："][variant % 2]
        return lead + text, f'{escape(lead)}<a href="{escape(url)}">{escape(text)}</a>'
    if style == "glued":  # Chinese text right after the address, no space
        line = [f"专栏地址：{url}欢迎各位领导指导", f"活动周专题网页{url}已开通"][variant % 2]
        return line, escape(line)
    if style == "plain":
        line = [
            f"宣传专栏：{url}",
            f"活动周专栏地址：{url}",
            f"专题网站 {url} ，敬请审阅",
            f"我校活动周专栏地址为{url}，请审核",
        ][variant % 4]
        return line, escape(line)
    if style == "qr":
        line = ["专栏二维码见附件，扫码即可进入。", "请扫描附件中的二维码访问我校活动周专栏。"][
            variant % 2
        ]
        return line, escape(line)
    raise ValueError(style)


def html_of(lines: list[str]) -> str:
    """A web-mail HTML body of already escaped lines."""
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        + "".join(f"<div>{line or '<br>'}</div>" for line in lines)
        + "</body></html>"
    )
