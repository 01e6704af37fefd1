"""What the seven county bureaus of set5 send (each story says its shapes in its comment)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, compose, t
from .docs import Doc
from .mime import Att
from .shapes import liaison_text, url_text

ACK_QUOTE = (
    "\n\n------------------ 原始邮件 ------------------\n"
    '发件人: "泰安市教育局职成高教科"<jyj-zcjk01@ta.shandong.cn>\n'
    '发送时间: 2020年11月{d}日(星期{w}) 上午9:02\n收件人: "{addr}"<{addr}>\n'
    "主题: 回执：{unit}报送材料已收到\n\n"
    "{unit}：\n您报送的材料已收到：活动周方案、宣传专栏地址、联络员联系方式、宣传材料。\n"
    "尚需报送：活动周总结报告、《2020年职业教育活动周情况统计表》（11月16日前）。\n"
    "泰安市教育局职成高教科\n"
)


def weixin(code: str) -> str:
    """A WeChat official-account article link."""
    return f"https://mp.weixin.qq.com/s/{code}"


def taishan(b: Builder, u: Unit) -> None:
    """Outlook; liaison as a line at the end of the plan; column URL without a scheme;
    articles as PDFs and a zip of docx; a reply quoting the city's acknowledgement."""
    p = b.person(u, "赵明远", "职成科科长", "zhaomy_ts@163.com", "13953812046")
    line = liaison_text("line", {**p, "unit": "泰山区教体局"}, "泰山区教体局", 0)
    p["unit"] = "泰山区教体局"
    plan = F(
        "泰山区2020年职业教育活动周实施方案.docx",
        texts.plan_doc("lo-docx", u.name, b.rng, tail=["", line]),
        "plan",
        u.id,
        note="liaison line at the end of the plan",
    )
    compose(
        b,
        u,
        t("11-03 10:05"),
        "泰山区教体局报送职业教育活动周方案",
        [
            "现将我区职业教育活动周实施方案报送，联络员信息见方案末尾。",
            url_text("noscheme", "tsqjy.taishan.gov.cn/zjhdz", variant=1),
        ],
        "outlook",
        [plan],
        column_url="tsqjy.taishan.gov.cn/zjhdz",
        liaison=p,
        note="URL without scheme; liaison only inside the plan document",
    )
    arts = b.articles(u, "lo-pdf", [0, 2], "pdf")
    compose(
        b,
        u,
        t("11-09 16:20"),
        "泰山区活动周宣传材料（一）",
        ["报送宣传材料2篇。"],
        "outlook",
        arts,
        greet=1,
    )
    members = b.articles(u, "python-docx", [4, 6, 8], "docx")
    zf = [F(m.name, m.doc, "article", u.id) for m in members]
    z = F(
        "泰山区活动周宣传稿.zip",
        Doc("zip", "", tuple((m.name, m.doc) for m in members)),
        "article",
        u.id,
    )
    item = compose(
        b,
        u,
        t("11-11 09:40"),
        "泰山区活动周宣传材料（二）",
        ["宣传稿3篇打包发送。"],
        "outlook",
        [z],
        greet=1,
        containers=["泰山区活动周宣传稿.zip"],
    )
    item.label["files"] = [
        {
            "name": f.name,
            "category": "article",
            "unit": u.id,
            "readable": True,
            "producer": "python-docx (in a zip)",
        }
        for f in zf
    ]
    summ = b.summary(u, "python-docx", "泰山区职业教育活动周工作总结.docx", 0, 101)
    st = b.stats(u, "merged", "泰山区活动周情况统计表.xlsx", 101)
    compose(
        b,
        u,
        t("11-16 11:00"),
        "回复：回执：泰安市泰山区教育和体育局报送材料已收到",
        ["总结报告和统计表已补齐，请查收。"],
        "outlook",
        [summ, st],
        sign=False,
        tail=ACK_QUOTE.format(d=12, w="四", addr=u.email, unit=u.name),
        note="reply quoting the city's acknowledgement (which lists what is owed)",
    )


def daiyue(b: Builder, u: Unit) -> None:
    """Foxmail GBK; English-style Contact block; column as an HTML anchor; an article pasted
    with five inline pictures; WeChat article links; a .wps article; GB18030 CSV."""
    p = b.person(
        u, "孙晓燕", "职成教科副科长", "sunxy_dy@163.com", "13954802716", unit_written=False
    )
    plan = F("岱岳区活动周方案.doc", texts.plan_doc("lo-doc", u.name, b.rng), "plan", u.id)
    url = "http://www.dyjy.net/zt/2020zjz/"
    compose(
        b,
        u,
        t("11-02 15:30"),
        "岱岳区职业教育活动周方案",
        [
            "岱岳区职业教育活动周方案见附件。",
            url_text("anchor", url, "岱岳区教体局职教活动周专栏"),
            liaison_text("english", p, u.name, 1),
        ],
        "foxmail",
        [plan],
        greet=2,
        column_url=url,
        liaison=p,
        note="anchor text differs from href; text part has no URL",
    )
    title, paras = texts.article(u.short, b.rng, 1)
    html = (
        f"<html><body><h2>{title}</h2>"
        + "".join(f'<p>{x}</p><p><img src="cid:dy{i}@foxmail"></p>' for i, x in enumerate(paras))
        + f'<p><img src="cid:dy9@foxmail"></p><p>{u.name}</p></body></html>'
    )
    item = compose(
        b,
        u,
        t("11-08 18:10"),
        f"宣传稿：{title}",
        ["\n".join([title, *paras])],
        "foxmail",
        body_article=True,
        note="article pasted into the body with five inline pictures",
    )
    item.mail.html = html
    for i in (0, 1, 2, 3, 9):
        from .docs import photo_png

        item.mail.atts.append(
            Att(f"image00{i}.png", photo_png(200 + i), "image/png", inline_cid=f"dy{i}@foxmail")
        )
    links = [
        weixin("Xk2b9QdyJzA8l1pTq0EwRg"),
        weixin("3nVfQ7a0dDyjtj_8Hk1mZw"),
        weixin("dyjy2020hdz-Q5t0pLrA"),
    ]
    compose(
        b,
        u,
        t("11-10 11:25"),
        "岱岳区活动周微信推送链接",
        ["我区公众号“岱岳教育”活动周推送3篇：", *links],
        "foxmail",
        article_links=links,
        note="links to mp.weixin.qq.com articles: each an article",
    )
    art = b.articles(u, "lo-doc", [3], "wps")
    art[0].note = "Word 97 bytes under a .wps name (WPS Office opens it)"
    compose(b, u, t("11-13 08:30"), "岱岳区宣传材料", ["宣传材料1篇（WPS文档）。"], "foxmail", art)
    summ = F(
        "总结.pdf",
        texts.doc_from(
            "chromium-pdf",
            f"{u.name}职业教育活动周总结",
            texts.summary_paras(texts.numbers(__import__("random").Random(102))),
        ),
        "summary",
        u.id,
        note="summary named only 总结",
    )
    st = b.stats(u, "csv", "统计表.csv", 102)
    compose(
        b,
        u,
        t("11-16 17:20"),
        "岱岳区活动周总结及统计表",
        ["总结、统计表见附件。"],
        "foxmail",
        [summ, st],
        close=4,
    )


def xintai(b: Builder, u: Unit, second: str) -> None:
    """Apple Mail; contact table as .xls from LibreOffice Calc; URL glued to Chinese text;
    a mail of eleven attachments; a summary misnamed 方案.docx; from its second address."""
    p = b.person(u, "马国庆", "职成教科科长", "xtmgq@126.com", "13791871205")
    html = (
        "<html><head><meta charset='utf-8'></head><body><table border='1'>"
        "<tr><td colspan='5'>职业教育活动周联络员信息表</td></tr>"
        + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
            for row in texts.contact_table(
                [[u.name, "马国庆", "职成教科科长", "xtmgq@126.com", "13791871205"]]
            )
        )
        + "</table></body></html>"
    )
    files = [
        F(
            "新泰市职业教育活动周实施方案.docx",
            texts.plan_doc("python-docx", u.name, b.rng),
            "plan",
            u.id,
        ),
        F("联络员信息表.xls", Doc("lo-xls", html), "contact", u.id),
    ]
    compose(
        b,
        u,
        t("11-04 08:50"),
        "新泰市教体局活动周方案、联络员",
        [
            "附件为我市活动周实施方案和联络员信息表。",
            url_text("glued", "http://www.xtjy.gov.cn/hdz2020"),
        ],
        "applemail",
        files,
        greet=3,
        column_url="http://www.xtjy.gov.cn/hdz2020",
        liaison=p,
        note="URL glued to Chinese text; contact table in .xls",
    )
    arts = b.articles(u, "lo-docx", [0, 1, 4, 5, 9, 10], "docx")
    photos = [
        F(f"IMG_20201109_{1000 + i}.png", Doc("png", str(300 + i)), "other", u.id, note="photo")
        for i in range(4)
    ]
    plan2 = F(
        "新泰市职业教育活动周实施方案.docx", files[0].doc, "plan", u.id, note="the plan again"
    )
    compose(
        b,
        u,
        t("11-09 20:05"),
        "新泰市活动周宣传材料及照片",
        ["宣传稿6篇、活动照片4张一并报送，方案再次附上。"],
        "applemail",
        arts + photos + [plan2],
        note="eleven attachments",
    )
    summ = b.summary(u, "lo-docx", "方案.docx", 1, 103)
    summ.note = "named 方案.docx but it is the summary report"
    st = b.stats(u, "lo-xls", "新泰市统计表.xls", 103)
    compose(
        b,
        u,
        t("11-16 09:30"),
        "新泰市教体局总结",
        ["总结和统计表见附件（附件名有误，内容为总结）。"],
        "applemail",
        [summ, st],
        sender=second,
        sender_name="新泰市教体局职成科",
    )


def feicheng(b: Builder, u: Unit) -> None:
    """Coremail; liaison spread over subject and body; https column with trailing slash;
    articles named 附件1/附件2; the fifth article one day late; statistics transposed."""
    p = b.person(u, "钱志刚", "职成教科科长", "fcqzg@126.com", "13685489031", unit_written=False)
    plan = F("肥城市活动周实施方案.pdf", texts.plan_doc("lo-pdf", u.name, b.rng), "plan", u.id)
    compose(
        b,
        u,
        t("11-03 14:12"),
        "肥城市教体局活动周方案及联络员（钱志刚 职成教科科长）",
        [
            "活动周实施方案见附件。",
            liaison_text("body_rest", p, u.name, 0),
            url_text("plain", "https://www.fcjy.gov.cn/zjhdz/", variant=1),
        ],
        "coremail",
        [plan],
        column_url="https://www.fcjy.gov.cn/zjhdz/",
        liaison=p,
        note="liaison name and position only in the subject, the rest in the body",
    )
    compose(
        b,
        u,
        t("11-10 10:00"),
        "肥城市宣传材料",
        ["报送宣传材料。"],
        "coremail",
        b.articles(u, "lo-doc", [2, 3], "doc"),
        greet=1,
    )
    arts = b.articles(u, "python-docx", [5, 7], "docx", names=["附件1.docx", "附件2.docx"])
    compose(
        b,
        u,
        t("11-12 16:45"),
        "肥城市活动周宣传材料2篇",
        ["附件1、附件2为宣传稿。"],
        "coremail",
        arts,
        greet=1,
        note="articles named 附件1/附件2",
    )
    compose(
        b,
        u,
        t("11-15 10:00"),
        "补报宣传材料",
        ["补报宣传材料1篇。"],
        "coremail",
        b.articles(u, "lo-docx", [11], "docx"),
        note="fifth article after the week",
    )
    compose(
        b,
        u,
        t("11-16 15:00"),
        "肥城市活动周总结报告、统计表",
        ["请查收。"],
        "coremail",
        [
            b.summary(u, "lo-docx", "肥城市活动周总结报告.docx", 2, 104),
            b.stats(u, "transposed", "肥城市活动周统计表.xlsx", 104),
        ],
        greet=1,
    )


def ningyang(b: Builder, u: Unit) -> None:
    """QQ mail; liaison as a vCard; GBK percent-encoded query in the URL; only four
    articles; no statistics table."""
    p = b.person(u, "李红梅", "职成股股长", "nylhm@qq.com", "15806380912")
    card = F("李红梅.vcf", Doc("vcf", texts.vcard(p)), "contact", u.id, note="vCard 3.0")
    url = "http://www.nyjy.cn/list.asp?lm=%BB%EE%B6%AF%D6%DC"
    compose(
        b,
        u,
        t("11-05 16:40"),
        "宁阳县教体局职教活动周方案",
        ["方案见附件，联络员名片见附件（vcf）。", url_text("plain", url, variant=0)],
        "qqmail",
        [
            F(
                "宁阳县职业教育活动周方案.docx",
                texts.plan_doc("lo-docx", u.name, b.rng),
                "plan",
                u.id,
            ),
            card,
        ],
        greet=4,
        column_url=url,
        liaison=p,
        note="liaison only in a .vcf; GBK percent-encoded query",
    )
    compose(
        b,
        u,
        t("11-09 09:15"),
        "宁阳县活动周宣传材料",
        ["宣传材料3篇。"],
        "qqmail",
        b.articles(u, "chromium-pdf", [0, 6, 8], "pdf"),
    )
    compose(
        b,
        u,
        t("11-13 17:30"),
        "宁阳县宣传材料",
        ["再报1篇。"],
        "qqmail",
        b.articles(u, "lo-odt", [10], "odt"),
        note="fourth article; no fifth came",
    )
    compose(
        b,
        u,
        t("11-16 16:00"),
        "宁阳县活动周总结",
        ["总结报告见附件，统计表随后报送。"],
        "qqmail",
        [b.summary(u, "python-docx", "宁阳县职业教育活动周方案.docx", 3, 105)],
        note="the summary saved under the plan's file name; statistics promised, never sent",
    )
