"""Outlook 2016's HTML body for a plain text (set9's mime.py function, moved out for set10)."""

from __future__ import annotations


def outlook_html(text: str, links: dict[str, str] | None = None) -> str:
    """Outlook 2016's HTML for a plain text, with `links` (text -> href) as anchors."""
    from html import escape

    lines = []
    for line in text.split("\n"):
        h = escape(line) or "&nbsp;"
        for t, href in (links or {}).items():
            h = h.replace(escape(t), f'<a href="{escape(href)}">{escape(t)}</a>')
        lines.append(
            "<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;font-family:"
            f'"仿宋",serif;mso-bidi-font-family:宋体\'>{h}<o:p></o:p></span></p>\r\n'
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
        'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta '
        'name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
        "/* Font Definitions */ @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}\r\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; "
        "text-justify:inter-ideograph; font-size:10.5pt; font-family:等线;}\r\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\r\n"
        ".MsoChpDefault {mso-style-type:export-only;}\r\n@page WordSection1 {size:612.0pt "
        "792.0pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}\r\ndiv.WordSection1 "
        "{page:WordSection1;}\r\n--></style><!--[if gte mso 9]><xml>\r\n<o:shapedefaults "
        'v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--></head><body lang=ZH-CN '
        'link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
        f"<div class=WordSection1>{''.join(lines)}</div></body></html>"
    )
