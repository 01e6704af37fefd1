"""Files the stories attach, made from texts.py: plans, articles, summaries, tables."""

from __future__ import annotations

from typing import Any

from . import texts
from .build import F, Unit
from .docs import Doc


def ext_of(name: str) -> str:
    """The extension a name ends with, lower case ("" without one)."""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def plan(u: Unit, producer: str, name: str, url: str = "", contact: str = "", **kw: Any) -> F:
    """An activity-week plan."""
    title = kw.pop("title", f"{u.name}2020年职业教育活动周实施方案")
    paras = texts.plan_paras(u.name, url, contact)
    extra = kw.pop("extra", "")
    return F(name, texts.doc_of(producer, title, paras, extra), "plan", u.id, **kw)


def art(u: Unit, i: int, producer: str, ext: str, name: str = "", **kw: Any) -> F:
    """One article, named by its headline unless told."""
    title, paras = texts.article(u.short, i)
    return F(name or f"{title}.{ext}", texts.doc_of(producer, title, paras), "article", u.id, **kw)


def arts(u: Unit, idxs: list[int], producer: str, ext: str) -> list[F]:
    """Articles, one file each."""
    return [art(u, i, producer, ext) for i in idxs]


def bundle(u: Unit, idxs: list[int], producer: str, name: str, title: str) -> F:
    """Several articles in one document (稿件汇编), counted one by one."""
    blocks: list[list[Any]] = [["h", title]]
    html = f"<h1>{title}</h1>"
    for n, i in enumerate(idxs, 1):
        head, paras = texts.article(u.short, i)
        blocks += [["h", f"{n}. {head}"], *[["p", p] for p in paras]]
        html += f"<h2>{n}. {head}</h2>" + "".join(f"<p>{p}</p>" for p in paras)
    doc = Doc(producer, blocks) if producer in ("python-docx", "docx-odd") else Doc(producer, html)
    return F(name, doc, "article", u.id, count=len(idxs), note=f"{len(idxs)} articles in one file")


def summary(u: Unit, producer: str, name: str, seed: int, **kw: Any) -> F:
    """A summary report."""
    title = kw.pop("title", f"{u.name}2020年职业教育活动周工作总结")
    paras = texts.summary_paras(u.name, texts.numbers(seed))
    return F(name, texts.doc_of(producer, title, paras), "summary", u.id, **kw)


def stats(u: Unit, layout: str, name: str, seed: int, filler: str = "", **kw: Any) -> F:
    """The statistics table in one of the set's layouts."""
    nums = texts.numbers(seed)
    heads = texts.STAT_HEADS
    title = texts.STAT_TITLE
    if layout == "merged":  # two header rows, groups merged, a totals row
        rows = [
            [title] + [""] * 8,
            ["单位名称", "活动开展情况", "", "", "", "参与情况", "", "宣传情况", ""],
            ["", *heads],
            [u.name, *nums],
        ]
        spec = {
            "sheet": "统计表",
            "rows": rows,
            "merge": ["A1:I1", "B2:E2", "F2:G2", "H2:I2", "A2:A3"],
        }
        return F(name, Doc("openpyxl", spec), "statistics", u.id, note="merged header rows", **kw)
    if layout == "filler":  # a 填表人 row under the table: not the liaison
        rows = [
            [title] + [""] * 8,
            ["填报单位（盖章）：" + u.name] + [""] * 8,
            ["单位名称", *heads],
            [u.short, *nums],
            [filler] + [""] * 8,
        ]
        spec = {"sheet": "Sheet1", "rows": rows, "merge": ["A1:I1", "A2:I2", "A5:I5"]}
        return F(
            name,
            Doc("openpyxl", spec),
            "statistics",
            u.id,
            note="填表人 row: not the liaison",
            **kw,
        )
    if layout == "county":  # schools as rows and a 合计 row
        schools = kw.pop("schools")
        body = []
        for n, s in enumerate(schools):
            body.append([s, *texts.numbers(seed + n + 1)])
        total = [sum(r[i] for r in body) for i in range(1, 9)]
        rows = [[title] + [""] * 8, ["县市区/学校", *heads], *body, ["合计", *total]]
        if filler:
            rows.append([filler] + [""] * 8)
        spec = {"sheet": "汇总", "rows": rows, "merge": ["A1:I1"]}
        return F(
            name, Doc("openpyxl", spec), "statistics", u.id, note="schools as rows, 合计 row", **kw
        )
    if layout == "lo-xls":  # an HTML table through LibreOffice Calc, merged header
        html = (
            "<html><head><meta charset='utf-8'></head><body><table border='1'>"
            f"<tr><td colspan='9'>{title}</td></tr>"
            "<tr><td rowspan='2'>单位名称</td><td colspan='4'>活动</td><td "
            "colspan='4'>成效</td></tr>"
            "<tr>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>"
            f"<tr><td>{u.name}</td>" + "".join(f"<td>{v}</td>" for v in nums) + "</tr>"
            "</table></body></html>"
        )
        producer = "lo-xlsx" if ext_of(name) == "xlsx" else "lo-xls"
        return F(
            name,
            Doc(producer, html),
            "statistics",
            u.id,
            note="LibreOffice Calc, merged header",
            **kw,
        )
    if layout == "second-sheet":  # a 填报说明 sheet first, the table on the second
        spec = {
            "sheets": [
                {
                    "sheet": "填报说明",
                    "rows": [
                        ["填报说明"],
                        ["1. 数据统计时间为11月8日至14日。"],
                        ["2. 请勿修改表头。"],
                    ],
                },
                {
                    "sheet": "统计表",
                    "rows": [[title] + [""] * 8, ["单位名称", *heads], [u.name, *nums]],
                    "merge": ["A1:I1"],
                },
            ]
        }
        return F(
            name, Doc("openpyxl", spec), "statistics", u.id, note="table on the second sheet", **kw
        )
    raise ValueError(layout)


def contact_book(u: Unit, url: str, who: list[str], name: str) -> F:
    """报送信息 workbook: the column as a 点击访问 hyperlink on sheet 1, the liaison on sheet 2."""
    spec = {
        "sheets": [
            {
                "sheet": "报送信息",
                "rows": [
                    ["项目", "内容"],
                    ["单位", u.name],
                    ["活动周宣传专栏", "点击访问"],
                    ["活动周方案", "见附件"],
                ],
                "links": {"B3": url},
            },
            {
                "sheet": "联络员",
                "rows": [["单位", "姓名", "职务", "手机号码", "邮箱"], who],
            },
        ]
    }
    return F(
        name,
        Doc("openpyxl", spec),
        "contact",
        u.id,
        note="column as a 点击访问 hyperlink; liaison on sheet 2",
    )


def photo(u: Unit, name: str, seed: int) -> F:
    """A photo (a JPEG page with a coloured picture)."""
    colours = ["#7a9a5c", "#5c7a9a", "#9a7a5c", "#8a5c9a", "#5c9a8a"]
    html = (
        "<html><body><div style='width:600px;height:400px;background:"
        f"{colours[seed % 5]}'>&nbsp;</div><p style='color:#777'>{seed}</p></body></html>"
    )
    return F(name, Doc("scan-jpg", html), "other", u.id, note="a photo")


def zipf(u: Unit, name: str, members: list[F], gbk: bool = False) -> F:
    """A zip of files whose members are labelled (not the zip itself)."""
    doc = Doc("zip-gbk" if gbk else "zip", None, tuple((m.name, m.doc) for m in members))
    return F(name, doc, "other", u.id, label=False)


def body_article(u: Unit, i: int) -> str:
    """An article as pasted into a mail body: headline, paragraphs indented with U+3000."""
    from . import texts

    title, paras = texts.article(u.short, i)
    return title + "\n\n" + "\n".join("　　" + p for p in paras)
