"""Mail from 泰山区, 岱岳区 and 新泰市 (and what they forward for schools)."""

from __future__ import annotations

from .common import (
    A,
    article_mail,
    contact_kv,
    contact_table,
    pasted_article,
)
from .docs import Doc
from .model import Att, Msg
from .people import COLUMN, HOME, LIAISON, name, reg
from .texts import article, photo, plan, stats, summary


def taishan() -> list[Msg]:
    ts = ("泰山区教体局", reg("taishan"))
    ts163 = ("泰山区教体局职成教科", reg("taishan", 1))
    out = [
        Msg(
            "taishan-plan-column-contact",
            "11-02 09:40",
            "neomutt",
            "submission",
            "taishan",
            ts,
            subject="泰山区教体局报送职业教育活动周方案、宣传专栏地址及联络员信息",
            text="市教育局职成高教科：\n    根据泰教函〔2020〕72号文件要求，现将我局职业教育活动周"
            "方案、联络员信息报送如下，请审阅。\n    我局活动周宣传专栏地址："
            + COLUMN["taishan"]
            + "\n\n泰山区教育和体育局职成教科\n2020年11月2日\n",
            atts=A(
                plan("taishan", "泰山区教体局2020年职业教育活动周实施方案.docx", "lo-docx"),
                Doc(
                    "泰山区联络员信息表.docx",
                    "contact",
                    "taishan",
                    "python-docx",
                    title="2020年职业教育活动周联络员信息表",
                    tables=[contact_table("taishan")],
                ),
            ),
            opts={"charset": "us-ascii:gb2312:utf-8"},
            column_url=COLUMN["taishan"],
            liaison=LIAISON["taishan"],
            traps=["contact-docx-header-row", "column-in-body", "gb2312-8bit"],
            note="Plan docx (LibreOffice), liaison docx table with a header row, column URL in "
            "a GB2312 8bit body.",
        ),
        Msg(
            "taishan-forward-talgzz",
            "11-04 15:20",
            "neomutt",
            "submission",
            "talgzz",
            ts163,
            subject="转发：泰安市理工中等专业学校活动周方案及联络员",
            text="职成高教科：\n  转发辖区内泰安市理工中等专业学校职业教育活动周材料"
            "（方案、联络员表），"
            "请查收。\n  该校活动周宣传专栏：" + COLUMN["talgzz"] + "\n\n泰山区教体局 刘建华\n",
            atts=A(
                plan("talgzz", "理工中专职教活动周方案.doc", "lo-doc"),
                Doc(
                    "理工中专联络员.xlsx",
                    "contact",
                    "talgzz",
                    "openpyxl",
                    title="联络员信息",
                    rows=contact_kv("talgzz"),
                ),
            ),  # type: ignore[arg-type]
            column_url=COLUMN["talgzz"],
            liaison=LIAISON["talgzz"],
            traps=["county-forward", "contact-xlsx-kv", "registered-second-address"],
            note="The county bureau (its second registered address, 163.com) forwards a school's "
            "plan and liaison sheet: the submission is the school's.",
        ),
        article_mail("taishan-article-1", "11-08 16:05", "neomutt", "taishan", ts, ["python-docx"]),
        pasted_article(
            "taishan-article-2-body",
            "11-09 11:30",
            "phpmailer",
            "taishan",
            ts163,
            images=[photo("taishan", "IMG_20201109_093512.jpg", "开放日现场")],
            traps=["article-in-body", "cid-image-not-article"],
            note="Article pasted as HTML with an inline cid: photo (the photo is not an article).",
        ),
        Msg(
            "taishan-article-3-link",
            "11-10 17:45",
            "neomutt",
            "submission",
            "taishan",
            ts,
            subject="泰山区活动周宣传稿件（网页链接）",
            text="职成高教科：\n今日我局活动周宣传稿已在区教体局网站发布，链接如下：\n"
            "http://jyj.taishan.gov.cn/art/2020/11/10/art_41233_9921.html\n泰山区教体局\n",
            article_links=["http://jyj.taishan.gov.cn/art/2020/11/10/art_41233_9921.html"],
            traps=["article-link"],
            note="A link to one article page inside the column, not the column itself.",
        ),
        article_mail(
            "taishan-article-4",
            "11-11 10:20",
            "neomutt",
            "taishan",
            ts,
            ["lo-pdf"],
            extra=[
                photo("taishan", "技能下乡1.jpg", "技能下乡"),
                photo("taishan", "技能下乡2.jpg", "技能下乡 田间"),
            ],
            traps=["photos-beside-article"],
            note="Article PDF with two photos (other).",
        ),
        article_mail("taishan-article-5", "11-12 15:00", "neomutt", "taishan", ts, ["lo-docx"]),
        article_mail("taishan-article-6", "11-13 09:10", "neomutt", "taishan", ts, ["lo-odt"]),
        Msg(
            "taishan-summary-stats",
            "11-16 10:00",
            "neomutt",
            "submission",
            "taishan",
            ts,
            subject="泰山区教体局活动周总结报告及情况统计表",
            text="职成高教科：\n附件为我局活动周总结报告和《2020年职业教育活动周情况统计表》。\n",
            atts=A(
                summary("taishan", "泰山区2020年职业教育活动周总结.docx", "python-docx"),
                stats(
                    "taishan",
                    "2020年职业教育活动周情况统计表（泰山区）.xlsx",
                    "openpyxl",
                    schools=["talgzz", "tagczz"],
                ),
            ),
        ),
    ]
    return out


def daiyue() -> list[Msg]:
    dy = ("岱岳区教体局", reg("daiyue"))
    info = Doc(
        "岱岳区宣传专栏及联络员信息.docx",
        "contact",
        "daiyue",
        "python-docx",
        title="岱岳区职业教育活动周宣传专栏及联络员信息",
        tables=[
            [
                ["单位名称", "单位网站", "宣传专栏网址", "微信公众号"],
                [name("daiyue"), HOME["daiyue"], COLUMN["daiyue"], "岱岳教育"],
            ],
            contact_kv("daiyue", unit_label="联络员单位"),
        ],
    )
    inner = Msg(
        "dyzjzx-to-daiyue",
        "11-04 08:10",
        "python-email",
        "submission",
        "dyzjzx",
        ("岱岳区职业教育中心", reg("dyzjzx")),
        to=[reg("daiyue")],
        subject="岱岳区职教中心活动周方案及联络员",
        text="区教体局职成教科：\n  附件是我校活动周方案和联络员信息。我校活动周宣传专栏："
        + COLUMN["dyzjzx"]
        + "\n岱岳区职业教育中心 办公室\n",
        atts=A(
            plan("dyzjzx", "岱岳区职教中心2020年职教活动周方案.docx", "python-docx"),
            Doc(
                "职教中心联络员.docx",
                "contact",
                "dyzjzx",
                "lo-docx",
                title="联络员信息",
                tables=[contact_table("dyzjzx")],
            ),
        ),
    )
    resend = article("daiyue", "{t}.pdf", "lo-pdf", 10)
    out = [
        Msg(
            "daiyue-plan-column-contact",
            "11-03 08:50",
            "s-nail",
            "submission",
            "daiyue",
            dy,
            subject="岱岳区教体局职业教育活动周方案及宣传专栏、联络员",
            text="田科长：您好！\n附件为岱岳区教体局2020年职业教育活动周实施方案和宣传专栏、"
            "联络员信息，请查收。\n岱岳区教体局职成教科\n",
            atts=A(plan("daiyue", "岱岳区教体局活动周方案.doc", "lo-doc"), info),
            opts={"charset": "gb18030,utf-8"},
            column_url=COLUMN["daiyue"],
            liaison=LIAISON["daiyue"],
            traps=["column-in-docx-cell-with-other-urls", "contact-docx-kv", "gb18030"],
            note="Column URL in a docx cell labelled 宣传专栏网址, beside the bureau's home page "
            "in the same row; liaison as key/value rows labelled 联络员单位.",
        ),
        Msg(
            "daiyue-forward-dyzjzx",
            "11-04 10:30",
            "s-nail",
            "submission",
            "dyzjzx",
            dy,
            subject="转发：岱岳区职教中心活动周方案及联络员",
            text="职成高教科：\n转发岱岳区职业教育中心活动周材料（原邮件见附件），请查收。\n",
            atts=[Att(msg=inner)],
            column_url=COLUMN["dyzjzx"],
            liaison=LIAISON["dyzjzx"],
            traps=["county-forward", "message-rfc822"],
            note="The bureau forwards the school's mail as message/rfc822: plan, liaison docx "
            "and column URL are the school's.",
        ),
        article_mail("daiyue-article-1", "11-08 10:00", "s-nail", "daiyue", dy, ["lo-docx"]),
        article_mail("daiyue-article-2", "11-09 15:30", "s-nail", "daiyue", dy, ["python-docx"]),
        Msg(
            "daiyue-article-3",
            "11-10 16:40",
            "s-nail",
            "submission",
            "daiyue",
            dy,
            subject="岱岳区活动周宣传材料：" + resend.title,
            text="请审阅。\n岱岳区教体局\n",
            atts=A(resend),
        ),
        article_mail(
            "daiyue-article-4",
            "11-11 09:15",
            "s-nail",
            "daiyue",
            dy,
            ["lo-doc"],
            opts={"charset": "gb18030,utf-8"},
        ),
        article_mail("daiyue-article-5", "11-12 14:00", "s-nail", "daiyue", dy, ["lo-docx"]),
        Msg(
            "daiyue-article-3-resend",
            "11-13 08:45",
            "s-nail",
            "submission",
            "daiyue",
            dy,
            subject="重发：岱岳区活动周宣传材料：" + resend.title,
            text="昨日邮件可能未发送成功，重发一次。\n岱岳区教体局\n",
            atts=A(resend),
            traps=["resend-identical"],
            note="Identical file sent again: counts once.",
        ),
        Msg(
            "daiyue-summary",
            "11-16 11:20",
            "s-nail",
            "submission",
            "daiyue",
            dy,
            subject="岱岳区教体局活动周总结报告",
            text="职成高教科：\n附件为我局活动周总结报告，统计表正在汇总，随后报送。\n",
            atts=A(summary("daiyue", "岱岳区活动周总结报告.docx", "lo-docx")),
        ),
        Msg(
            "daiyue-stats-late",
            "11-17 09:10",
            "s-nail",
            "submission",
            "daiyue",
            dy,
            subject="补报：岱岳区活动周情况统计表",
            text="补报统计表，请查收。\n",
            atts=A(stats("daiyue", "岱岳区活动周情况统计表.xlsx", "lo-xlsx", schools=["dyzjzx"])),
            traps=["late"],
            note="Statistics after the 11-16 18:00 due time.",
        ),
    ]
    return out


def xintai() -> list[Msg]:
    xt = ("新泰市教体局职成科", reg("xintai"))
    old = LIAISON["xintai_old"]
    table_html = (
        '<table border="1" cellspacing="0"><tr><td>单位</td><td>姓名</td><td>职务</td>'
        "<td>邮箱</td><td>手机号码</td></tr><tr>"
        + "".join(f"<td>{old[k]}</td>" for k in ("unit", "name", "position", "email", "mobile"))
        + "</tr></table>"
    )
    text = (
        "市教育局职成高教科：\n  现将新泰市教体局及辖区新泰市职业中等专业学校、新泰市技工学校的"
        "活动周方案打包报送（见附件压缩包）。\n  我局宣传专栏："
        + COLUMN["xintai"]
        + "\n  联络员信息：\n单位\t姓名\t职务\t邮箱\t手机号码\n"
        + "\t".join(old[k] for k in ("unit", "name", "position", "email", "mobile"))
        + "\n\n新泰市教育和体育局职成科\n"
    )
    html = (
        "<html><body><div>市教育局职成高教科：</div><div>&nbsp;&nbsp;现将新泰市教体局及辖区新泰市"
        "职业中等专业学校、新泰市技工学校的活动周方案打包报送（见附件压缩包）。</div><div>&nbsp;&nbsp;"
        f'我局宣传专栏：<a href="{COLUMN["xintai"]}">{COLUMN["xintai"]}</a></div>'
        f"<div>&nbsp;&nbsp;联络员信息：</div>{table_html}<div><br></div>"
        "<div>新泰市教育和体育局职成科</div></body></html>"
    )
    bundle = Doc(
        "新泰市活动周方案汇总.zip",
        "other",
        "xintai",
        "zip",
        zip_charset="gbk",
        members=[
            plan("xintai", "新泰市教体局活动周方案.docx", "python-docx"),
            plan("xtzz", "新泰职专职业教育活动周方案.docx", "lo-docx"),
            plan("xtjg", "新泰市技工学校活动周方案.pdf", "lo-pdf"),
        ],
    )
    out = [
        Msg(
            "xintai-bundle-zip",
            "11-02 16:30",
            "hand-foxmail",
            "submission",
            "xintai",
            xt,
            subject="新泰市教体局活动周方案（含新泰职专、新泰技工学校）",
            text=text,
            html=html,
            atts=A(bundle),
            column_url=COLUMN["xintai"],
            liaison=old,
            traps=["bundle-zip", "zip-gbk-names", "contact-html-table", "foxmail-gbk"],
            note="A zip (GBK member names, no UTF-8 flag) with the bureau's and two schools' "
            "plans; each plan counts for the unit it names. Liaison in an HTML table.",
        ),
        Msg(
            "xintai-contact-change",
            "11-04 11:00",
            "python-email",
            "submission",
            "xintai",
            xt,
            subject="新泰市教体局活动周联络员变更",
            text="市教育局职成高教科：\n  因工作调整，我局职业教育活动周联络员由马红梅同志变更为"
            "周振宇同志（新泰市教育和体育局职成科副科长），联系邮箱zhouzy_xt@126.com，"
            "手机号码15165828890。原联络员信息作废，请予更新。\n新泰市教育和体育局\n",
            liaison=LIAISON["xintai"],
            traps=["contact-change", "contact-prose"],
            note="Replaces the liaison sent on 11-02 (both complete, both before the due time).",
        ),
        article_mail(
            "xintai-article-1", "11-09 10:00", "hand-foxmail", "xintai", xt, ["python-docx"]
        ),
        article_mail("xintai-article-2", "11-11 15:20", "python-email", "xintai", xt, ["lo-pdf"]),
        article_mail("xintai-article-3", "11-13 16:00", "hand-foxmail", "xintai", xt, ["lo-doc"]),
        Msg(
            "xintai-summary-stats",
            "11-16 15:40",
            "hand-foxmail",
            "submission",
            "xintai",
            xt,
            subject="新泰市教体局职业教育活动周总结及统计表",
            text="市教育局职成高教科：\n  附件为我市活动周工作总结和情况统计表，请审阅。\n",
            atts=A(
                summary("xintai", "新泰市职业教育活动周工作总结.docx", "lo-docx"),
                stats(
                    "xintai",
                    "新泰市职业教育活动周情况统计表.xlsx",
                    "lo-xlsx",
                    schools=["xtzz", "xtjg"],
                ),
            ),
        ),
    ]
    return out


def all_messages() -> list[Msg]:
    """Every message of this module."""
    out: list[Msg] = []
    for f in (
        taishan,
        daiyue,
        xintai,
    ):
        out.extend(f())
    return out
