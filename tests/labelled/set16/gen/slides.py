"""Slides for set16: a flat ODP that LibreOffice Impress turns into .pptx or a PDF of slides."""

from __future__ import annotations


def slides_fodp(slides: list[tuple[str, list[str]]]) -> str:
    """A flat ODP presentation: one page per (title, lines), 16:9, as Impress reads it."""
    from html import escape

    ns = " ".join(
        f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"'
        for k, v in (
            ("office", "office:1.0"),
            ("draw", "drawing:1.0"),
            ("text", "text:1.0"),
            ("svg", "svg-compatible:1.0"),
            ("presentation", "presentation:1.0"),
            ("style", "style:1.0"),
            ("fo", "xsl-fo-compatible:1.0"),
        )
    )
    pages = []
    for n, (title, lines) in enumerate(slides, 1):
        body = "".join(f"<text:p>{escape(x)}</text:p>" for x in lines)
        pages.append(
            f'<draw:page draw:name="page{n}" draw:master-page-name="Default">'
            '<draw:frame svg:x="1.2cm" svg:y="0.8cm" svg:width="25.6cm" svg:height="2.6cm">'
            f"<draw:text-box><text:p>{escape(title)}</text:p></draw:text-box></draw:frame>"
            '<draw:frame svg:x="1.2cm" svg:y="3.8cm" svg:width="25.6cm" svg:height="10.8cm">'
            f"<draw:text-box>{body}</draw:text-box></draw:frame></draw:page>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.presentation"><office:styles/>'
        '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-'
        'properties fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation='
        '"landscape"/></style:page-layout></office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Default" style:page-layout-name="PM1"/>'
        "</office:master-styles><office:body><office:presentation>"
        + "".join(pages)
        + "</office:presentation></office:body></office:document>"
    )
