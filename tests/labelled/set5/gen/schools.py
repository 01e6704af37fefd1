"""What the thirteen schools of set5 send (each story says its shapes in its comment)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, compose, t
from .counties import weixin
from .docs import Doc, photo_png
from .mime import RSJ, Att
from .shapes import liaison_text, url_text


def _one_per_mail(
    b: Builder,
    u: Unit,
    stamps: list[str],
    producer: str,
    idxs: list[int],
    ext: str,
    client: str,
    subjects: list[str],
    tail: str = "",
) -> None:
    """Articles sent one a mail, as many school press officers do."""
    for n, (stamp, i) in enumerate(zip(stamps, idxs, strict=True)):
        arts = b.articles(u, producer, [i], ext)
        compose(
            b,
            u,
            t(stamp),
            subjects[n % len(subjects)].format(n=n + 1, s=u.short),
            [f"报送宣传材料：{arts[0].name.rsplit('.', 1)[0]}"],
            client,
            arts,
            greet=n,
            close=n,
            tail=tail,
        )


def _inline_article(
    b: Builder, u: Unit, stamp: str, client: str, idx: int, pics: int, note: str
) -> None:
    title, paras = texts.article(u.short, b.rng, idx)
    item = compose(
        b, u, t(stamp), title, ["\n".join([title, *paras])], client, body_article=True, note=note
    )
    item.mail.html = (
        f"<html><body><h3>{title}</h3>"
        + "".join(f"<p>{x}</p>" for x in paras)
        + "".join(f'<p><img src="cid:{u.id}{k}@inline" width="600"></p>' for k in range(pics))
        + f"<p>{u.name}</p></body></html>"
    )
    for k in range(pics):
        item.mail.atts.append(
            Att(
                f"{u.id}_{k}.png",
                photo_png(sum(map(ord, u.id)) % 97 + k),
                "image/png",
                inline_cid=f"{u.id}{k}@inline",
            )
        )


def tsvtc(b: Builder, u: Unit) -> None:
    """Outlook; English Contact block with the unit; anchor whose text is the bare site;
    an article with six inline pictures; PDFs; WeChat links; files named 附件1/附件2."""
    p = b.person(u, "吴海峰", "党委宣传部副部长", "wuhf@tsvtc.edu.cn", "13905481277")
    url = "https://www.tsvtc.edu.cn/zjhdz/2020/index.htm"
    compose(
        b,
        u,
        t("11-02 10:30"),
        "泰山职业技术学院活动周实施方案",
        [
            "我院活动周实施方案见附件。",
            url_text("anchor", url, "https://www.tsvtc.edu.cn", 1),
            liaison_text("english", p, u.name, 0),
        ],
        "outlook",
        [
            F(
                "泰山职业技术学院2020年职业教育活动周实施方案.docx",
                texts.plan_doc("lo-docx", u.name, b.rng),
                "plan",
                u.id,
            )
        ],
        column_url=url,
        liaison=p,
        note="anchor text is the bare site, href the column",
    )
    _inline_article(b, u, "11-08 17:00", "outlook", 0, 6, "article with six inline pictures")
    compose(
        b,
        u,
        t("11-10 09:00"),
        "泰山职院宣传材料4篇",
        ["宣传材料4篇见附件。"],
        "outlook",
        b.articles(u, "chromium-pdf", [1, 4, 6, 10], "pdf"),
    )
    links = [weixin("tsvtc-zjz-2020-1109"), weixin("Qw8n3Ls0tPzVb2aXc4dR7e")]
    compose(
        b,
        u,
        t("11-11 14:20"),
        "泰山职院公众号推送",
        ["公众号推送链接：", *links],
        "outlook",
        article_links=links,
    )
    compose(
        b,
        u,
        t("11-16 08:45"),
        "泰山职院活动周总结、统计表",
        ["附件1为总结，附件2为统计表。"],
        "outlook",
        [b.summary(u, "lo-docx", "附件1.docx", 2, 201), b.stats(u, "merged", "附件2.xlsx", 201)],
        note="summary and statistics named 附件1/附件2",
    )


def tavtc(b: Builder, u: Unit) -> None:
    """Apple Mail; 请与我院…老师联系 without a position (partial); URL without scheme; a zip
    of five docx; Chromium PDF summary; Calc .xls statistics."""
    p = {
        "unit": "",
        "name": "张立新",
        "position": "",
        "email": "zhanglx@tavtc.edu.cn",
        "mobile": "13562811930",
    }
    compose(
        b,
        u,
        t("11-03 16:00"),
        "泰安职业技术学院职业教育活动周方案",
        [
            "如有问题请与我院宣传部张立新老师联系（电话：13562811930，邮箱：zhanglx@tavtc.edu.cn）。",
            url_text("noscheme", "www.tavtc.edu.cn/zt/hdz", variant=0),
        ],
        "applemail",
        [F("方案.odt", texts.plan_doc("lo-odt", u.name, b.rng), "plan", u.id)],
        column_url="www.tavtc.edu.cn/zt/hdz",
        liaison=p,
        note="liaison without a position: the notice asks for 职务",
    )
    members = b.articles(u, "lo-docx", [0, 2, 3, 8, 11], "docx")
    z = F("宣传材料.zip", Doc("zip", "", tuple((m.name, m.doc) for m in members)), "article", u.id)
    item = compose(
        b,
        u,
        t("11-12 10:00"),
        "泰安职院活动周宣传材料（压缩包）",
        ["5篇宣传稿压缩后发送。"],
        "applemail",
        [z],
        containers=["宣传材料.zip"],
    )
    item.label["files"] = [
        {
            "name": m.name,
            "category": "article",
            "unit": u.id,
            "readable": True,
            "producer": "LibreOffice docx (in a zip)",
        }
        for m in members
    ]
    summ = F(
        "泰安职业技术学院活动周总结.pdf",
        texts.doc_from(
            "chromium-pdf",
            "泰安职业技术学院2020年职业教育活动周总结",
            texts.summary_paras(texts.numbers(__import__("random").Random(202))),
        ),
        "summary",
        u.id,
    )
    compose(
        b,
        u,
        t("11-16 11:30"),
        "泰安职院总结报告及统计表",
        ["请查收。"],
        "applemail",
        [summ, b.stats(u, "lo-xls", "统计表.xls", 202)],
    )


def sdfzxy(b: Builder, u: Unit) -> None:
    """Foxmail; Chromium-printed contact PDF; raw Chinese characters in the URL path; .wps
    articles; a question with no files; GB18030 CSV statistics."""
    p = b.person(u, "韩雪", "党政办公室主任", "hanxue@sdfzxy.edu.cn", "18653861025")
    rows = texts.contact_table(
        [[u.name, "韩雪", "党政办公室主任", "hanxue@sdfzxy.edu.cn", "18653861025"]]
    )
    compose(
        b,
        u,
        t("11-04 09:30"),
        "山东服装职业学院活动周方案及联络员信息",
        [
            "附件为我院实施方案、联络员信息表。",
            url_text("plain", "http://www.sdfzxy.edu.cn/活动周/", variant=3),
        ],
        "foxmail",
        [
            F(
                "山东服装职业学院活动周方案.doc",
                texts.plan_doc("lo-doc", u.name, b.rng),
                "plan",
                u.id,
            ),
            F(
                "联络员.pdf",
                texts.doc_from("chromium-pdf", "职业教育活动周联络员", [], rows),
                "contact",
                u.id,
            ),
        ],
        column_url="http://www.sdfzxy.edu.cn/活动周/",
        liaison=p,
        note="raw Chinese characters in the URL",
    )
    compose(
        b,
        u,
        t("11-06 10:12"),
        "咨询：活动周统计表是否有模板",
        ["请问《2020年职业教育活动周情况统计表》是否有统一模板？我院按什么栏目填报？"],
        "foxmail",
        note="a question about the campaign: a submission with no files",
    )
    arts = b.articles(u, "lo-doc", [1, 5, 9], "wps")
    for a in arts:
        a.note = "Word 97 bytes under a .wps name"
    compose(b, u, t("11-10 16:30"), "服装职院宣传材料（WPS）", ["宣传材料3篇。"], "foxmail", arts)
    compose(
        b,
        u,
        t("11-12 09:05"),
        "服装职院宣传材料",
        ["宣传材料2篇。"],
        "foxmail",
        b.articles(u, "python-docx", [6, 7], "docx"),
        greet=1,
    )
    compose(
        b,
        u,
        t("11-16 14:00"),
        "山东服装职业学院活动周总结",
        ["总结报告、统计表见附件。"],
        "foxmail",
        [
            b.summary(u, "lo-docx", "服装职院职业教育活动周总结报告.docx", 3, 203),
            b.stats(u, "csv", "服装职院活动周统计.csv", 203),
        ],
    )


def tshlxy(b: Builder, u: Unit) -> None:
    """iPhone; liaison in subject + body; URL followed by a fullwidth comma; an inline-picture
    article; WeChat links; statistics truncated (unreadable): partial."""
    p = b.person(
        u, "王静", "宣传处副处长", "wangjing@tshlxy.edu.cn", "13805381267", unit_written=False
    )
    compose(
        b,
        u,
        t("11-05 17:55"),
        "泰山护理职院活动周方案+联络员王静（宣传处副处长）",
        [
            liaison_text("body_rest", p, u.name, 1),
            url_text("glued", "http://www.tshlxy.edu.cn/zjhdz", variant=1),
        ],
        "iphone",
        [F("活动周方案.pdf", texts.plan_doc("lo-pdf", u.name, b.rng), "plan", u.id)],
        greet=4,
        column_url="http://www.tshlxy.edu.cn/zjhdz",
        liaison=p,
        tail="\n\n发自我的iPhone",
        note="liaison name/position in the subject; mobile and email in the body",
    )
    links = [weixin("tshl-hdz-0909x"), weixin("Lm3QxT5pa8w2HcZ0nB1vYg")]
    compose(
        b,
        u,
        t("11-09 13:00"),
        "护理职院推送链接",
        ["推送：", *links],
        "iphone",
        article_links=links,
        tail="\n\n发自我的iPhone",
    )
    _inline_article(b, u, "11-10 18:30", "iphone", 7, 3, "article pasted with three pictures")
    compose(
        b,
        u,
        t("11-13 11:11"),
        "护理职院宣传材料",
        ["宣传材料2篇"],
        "iphone",
        b.articles(u, "lo-doc", [2, 9], "doc"),
        tail="\n\n发自我的iPhone",
    )
    st = b.stats(u, "merged", "泰山护理职业学院统计表.xlsx", 204)
    st.cut, st.readable, st.note = True, False, "truncated in sending: nobody can open it"
    compose(
        b,
        u,
        t("11-16 12:00"),
        "护理职院活动周总结及统计表",
        ["请查收"],
        "iphone",
        [b.summary(u, "python-docx", "泰山护理职业学院活动周总结.docx", 0, 204), st],
        tail="\n\n发自我的iPhone",
    )


def tajsxy(b: Builder, u: Unit) -> None:
    """Coremail to the 人社局 mailbox; contact line at the end of the plan; articles one a
    mail (five)."""
    p = b.person(u, "高鹏", "办公室副主任", "gaopeng@tajsxy.cn", "15863807731", unit_written=False)
    line = liaison_text("line", p, u.name, 1)
    compose(
        b,
        u,
        t("11-04 15:20"),
        "泰安技师学院职业教育活动周方案",
        [
            "方案见附件（联系人见方案末尾）。",
            url_text("plain", "https://www.tajsxy.cn/活动周专栏/", variant=0),
        ],
        "coremail",
        [
            F(
                "泰安技师学院活动周方案.docx",
                texts.plan_doc("python-docx", u.name, b.rng, tail=[line]),
                "plan",
                u.id,
            )
        ],
        to=RSJ,
        column_url="https://www.tajsxy.cn/活动周专栏/",
        liaison=p,
        note="to the 人社局 mailbox; liaison at the end of the plan",
    )
    _one_per_mail(
        b,
        u,
        ["11-09 09:30", "11-10 09:30", "11-11 09:30", "11-12 09:30", "11-13 09:30"],
        "lo-pdf",
        [0, 3, 5, 8, 10],
        "pdf",
        "coremail",
        ["技师学院宣传材料{n}", "泰安技师学院活动周宣传稿（{n}）"],
    )
    for m in b.items[-5:]:
        m.mail.to = RSJ
    compose(
        b,
        u,
        t("11-16 16:30"),
        "泰安技师学院活动周总结、统计表",
        ["见附件"],
        "coremail",
        [
            b.summary(u, "lo-docx", "附件.docx", 1, 205),
            b.stats(u, "lo-xlsx", "泰安技师学院统计表.xlsx", 205),
        ],
        to=RSJ,
    )
