"""Mail from 肥城市, 宁阳县, 东平县 and 高新区 (and what they forward for schools)."""

from __future__ import annotations

from .common import (
    REMINDER_ID,
    A,
    article_mail,
    contact_kv,
    pasted_article,
)
from .docs import Doc
from .model import Msg
from .people import COLUMN, LIAISON, name, reg
from .texts import article, plan, reminder, stats, summary


def feicheng() -> list[Msg]:
    qq = ("王芳", "2881735621@qq.com")
    fc = ("肥城市教体局", reg("feicheng"))
    li = LIAISON["feicheng"]
    kv = Doc(
        "肥城市教体局联络员信息.docx",
        "contact",
        "feicheng",
        "lo-docx",
        title="联络员信息",
        tables=[contact_kv("feicheng")],
    )
    big_q = (
        '<div style="border:1px solid #ccc;padding:8px"><b>从QQ邮箱发来的超大附件</b><br>'
        "肥城市职业教育活动周宣传片.mp4 (286.4M, 2020年11月21日 16:29 到期)<br>"
        '<a href="https://mail.qq.com/cgi-bin/ftnExs_download?t=exs_ftn_download&k='
        "2b6637625af7b2c6e3c7a3d21f30064e575600545a5a0d0d1b0151560e4f515a5b0c1b0"
        '&code=77f3c49f">进入下载页面</a></div>'
    )
    early = article("feicheng", "{t}.docx", "python-docx", 7)
    out = [
        Msg(
            "feicheng-plan-personal-qq",
            "11-02 20:15",
            "hand-qqmail",
            "submission",
            "feicheng",
            qq,
            subject="肥城市教体局职教活动周方案",
            text="见附件",
            atts=A(
                plan("feicheng", "肥城市教体局2020年职业教育活动周实施方案.docx", "python-docx")
            ),
            auth="pass",
            traps=["personal-qq", "unit-in-subject-only"],
            note="A staff member's personal QQ address; the unit is named only in the subject "
            "and the file name.",
        ),
        Msg(
            "feicheng-column-contact-incomplete",
            "11-03 09:30",
            "s-nail",
            "submission",
            "feicheng",
            fc,
            subject="肥城市教体局宣传专栏地址及联络员",
            text="市教育局职成高教科：\n我局活动周宣传专栏网址："
            + COLUMN["feicheng"]
            + "\n联络员\t陈晓东\n职务\t职业教育科科长\n手机\t13583855216\n肥城市教育和体育局\n",
            opts={"charset": "gb18030,utf-8"},
            column_url=COLUMN["feicheng"],
            liaison={**li, "email": None},
            traps=["column-percent-encoded-query", "contact-incomplete", "contact-tab-lines"],
            note="Liaison without an e-mail address (incomplete); column URL with a "
            "percent-encoded Chinese query string.",
        ),
        Msg(
            "feicheng-contact-complete-late",
            "11-06 10:05",
            "s-nail",
            "submission",
            "feicheng",
            fc,
            subject="肥城市教体局补充联络员邮箱",
            text="职成高教科：\n补充报送我局联络员完整信息（见附件）。\n",
            atts=A(kv),
            liaison=li,
            traps=["contact-complete-after-due"],
            note="The complete liaison arrives after 11-05 18:00: contact is late.",
        ),
        Msg(
            "feicheng-early-article-bigatt",
            "11-07 16:30",
            "hand-qqmail",
            "submission",
            "feicheng",
            qq,
            subject="肥城市教体局活动周预热稿件及宣传片",
            text="市局职成高教科：\n  活动周预热稿件见附件，宣传片较大，用超大附件发送。\n"
            "从QQ邮箱发来的超大附件\n肥城市职业教育活动周宣传片.mp4 (286.4M)\n"
            "https://mail.qq.com/cgi-bin/ftnExs_download?t=exs_ftn_download&k=2b6637625af7"
            "\n\n肥城市教体局 王芳\n",
            html="<div>市局职成高教科：</div><div>&nbsp;&nbsp;活动周预热稿件见附件，宣传片较大，"
            "用超大附件发送。</div><br>" + big_q + "<div><br>肥城市教体局 王芳</div>",
            atts=A(early),
            traps=["early-article", "qq-big-attachment-link", "personal-qq"],
            note="Article sent before the week (counts, early). The 超大附件 is a download link "
            "to a video, not a file in the mail and not an article.",
        ),
        article_mail("feicheng-article-2", "11-09 09:00", "s-nail", "feicheng", fc, ["lo-docx"]),
        article_mail("feicheng-article-3", "11-10 14:10", "s-nail", "feicheng", fc, ["lo-pdf"]),
        article_mail(
            "feicheng-article-4", "11-12 10:30", "s-nail", "feicheng", fc, ["python-docx"]
        ),
        article_mail("feicheng-article-5", "11-14 17:50", "s-nail", "feicheng", fc, ["lo-doc"]),
        Msg(
            "feicheng-summary-stats",
            "11-16 16:30",
            "s-nail",
            "submission",
            "feicheng",
            fc,
            subject="肥城市活动周总结报告、统计表",
            text="职成高教科：\n见附件。\n",
            atts=A(
                summary("feicheng", "肥城市活动周总结报告.pdf", "lo-pdf"),
                stats("feicheng", "肥城市活动周情况统计表.xlsx", "lo-xlsx", schools=["fczz"]),
            ),
        ),
    ]
    return out


def ningyang() -> list[Msg]:
    ny = ("宁阳县教体局", reg("ningyang"))
    li = LIAISON["nyzj"]
    quoted = (
        "请查收宁阳县职业教育中心报送的材料。\n\n宁阳县教体局职成教育科\n\n"
        "-----原始邮件-----\n发件人: 宁阳县职业教育中心 <nyzjzx@ta.shandong.cn>\n"
        "发送时间: 2020年11月3日 17:42\n收件人: nyjtjzcg@126.com\n"
        "主题: 宁阳县职业教育中心活动周方案及联络员\n\n县教体局职成教育科：\n"
        "  附件为我校活动周实施方案。我校暂未开设网站专栏，活动周宣传依托学校微信公众号"
        "“宁阳县职教中心”（微信号：nyzjzx2020）开展。\n"
        f"  联络员：{li['name']}  {li['position']}  邮箱 {li['email']}  手机 {li['mobile']}\n"
        "宁阳县职业教育中心\n"
    )
    out = [
        Msg(
            "ningyang-plan-contact-nounit",
            "11-03 14:20",
            "hand-coremail",
            "submission",
            "ningyang",
            ny,
            subject="宁阳县教体局职业教育活动周方案及联络员",
            text="市局职成高教科：\n附件为我局职业教育活动周实施方案。\n宣传专栏地址："
            + COLUMN["ningyang"]
            + "\n联络员：李俊，职务：职成教育科科员，邮箱：nyli_jun@163.com"
            "，手机：18653826627\n宁阳县教育和体育局\n",
            atts=A(plan("ningyang", "宁阳县职业教育活动周实施方案.docx", "lo-docx")),
            column_url=COLUMN["ningyang"],
            liaison=LIAISON["ningyang"],
            traps=["contact-without-unit", "coremail-gbk"],
            note="The liaison line names no unit: the mail's unit is the liaison's unit.",
        ),
        Msg(
            "ningyang-forward-nyzj-outlook",
            "11-04 09:50",
            "hand-outlook",
            "submission",
            "nyzj",
            ny,
            subject="转发: 宁阳县职业教育中心活动周方案及联络员",
            text=quoted,
            atts=A(plan("nyzj", "宁阳县职教中心活动周实施方案.docx", "python-docx")),
            liaison=li,
            wechat_only=True,
            opts={"subject_mode": "Q"},
            traps=["county-forward", "outlook-original-message", "wechat-only", "q-subject"],
            note="Outlook-style forward (-----原始邮件----- in the body, attachment re-attached). "
            "The school has only a WeChat public account, no column URL.",
        ),
        article_mail(
            "ningyang-article-1", "11-10 11:00", "hand-coremail", "ningyang", ny, ["lo-docx"]
        ),
        pasted_article(
            "ningyang-article-2-body",
            "11-13 15:00",
            "hand-coremail",
            "ningyang",
            ny,
            html=True,
            opts={"html_only": "1"},
            traps=["article-in-body", "html-only"],
            note="HTML-only body holding an article.",
        ),
    ]
    return out


def dongping() -> list[Msg]:
    dp = ("东平县教体局", reg("dongping"))
    li = LIAISON["dongping"]
    table = (
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr>'
        "<th>单位</th><th>宣传专栏（网站）地址</th><th>联络员</th><th>职务</th><th>邮箱</th>"
        f'<th>手机号码</th></tr><tr><td>{li["unit"]}</td><td><a href="{COLUMN["dongping"]}">'
        f"{COLUMN['dongping']}</a></td><td>{li['name']}</td><td>{li['position']}</td>"
        f"<td>{li['email']}</td><td>{li['mobile']}</td></tr></table>"
    )
    old = LIAISON["dpzjzx_old"]
    fwd = (
        "转发东平县职业教育中心学校活动周材料，请查收。\n东平县教体局职成教科 韩伟\n\n"
        "-----原始邮件-----\n发件人: 东平县职业教育中心学校 <dpzjzx@163.com>\n"
        "发送时间: 2020年11月2日 16:05\n收件人: dpxjtj@ta.shandong.cn\n"
        "主题: 东平县职业教育中心学校活动周方案\n\n县教体局：\n"
        "  附件为我校活动周方案和联络员信息表。"
        "我校活动周专栏：" + COLUMN["dpzjzx"] + "\n东平县职业教育中心学校\n"
    )
    enc_xls = Doc(
        "东平县职业教育活动周情况统计表.xls",
        "statistics",
        "dongping",
        "poi",
        readable=False,
        source="spreadsheet/password.xls",
    )
    out = [
        Msg(
            "dongping-plan-html-table",
            "11-04 16:50",
            "hand-coremail",
            "submission",
            "dongping",
            dp,
            subject="东平县教体局职教活动周方案、专栏及联络员",
            html="<html><body><p>市教育局职成高教科：</p><p>附件为我局活动周方案，宣传专栏和联络员"
            "信息见下表。</p>" + table + "<p>东平县教育和体育局</p></body></html>",
            atts=A(plan("dongping", "东平县教体局活动周方案.docx", "lo-docx")),
            opts={"html_only": "1"},
            column_url=COLUMN["dongping"],
            liaison=li,
            traps=["html-only", "column-in-html-table", "contact-html-table"],
            note="HTML-only body: column URL and liaison in one HTML table row.",
        ),
        Msg(
            "dongping-forward-dpzjzx",
            "11-03 10:40",
            "hand-outlook",
            "submission",
            "dpzjzx",
            dp,
            subject="转发: 东平县职业教育中心学校活动周方案",
            text=fwd,
            atts=A(
                plan("dpzjzx", "东平职教中心活动周方案.docx", "lo-docx"),
                Doc(
                    "东平职教中心联络员信息.docx",
                    "contact",
                    "dpzjzx",
                    "python-docx",
                    title="联络员信息表",
                    tables=[contact_kv("dpzjzx", "dpzjzx_old")],
                ),
            ),
            column_url=COLUMN["dpzjzx"],
            liaison=old,
            traps=["county-forward", "outlook-original-message", "contact-vertical-table"],
            note="The school's plan and (first) liaison, forwarded by the county; superseded by "
            "the school's own 联络员变更 on 11-05.",
        ),
        article_mail(
            "dongping-article-1", "11-08 20:00", "hand-coremail", "dongping", dp, ["lo-docx"]
        ),
        article_mail(
            "dongping-article-2", "11-09 16:10", "hand-outlook", "dongping", dp, ["lo-pdf"]
        ),
        Msg(
            "dongping-article-3-link",
            "11-11 11:40",
            "hand-coremail",
            "submission",
            "dongping",
            dp,
            subject="东平县活动周宣传报道链接",
            text="市局：\n我县活动周宣传报道已发布：\nhttp://www.dongping.gov.cn/art/2020/11/11/"
            "art_22012_10233.html\n东平县教体局\n",
            article_links=["http://www.dongping.gov.cn/art/2020/11/11/art_22012_10233.html"],
            traps=["article-link"],
        ),
        article_mail(
            "dongping-article-4", "11-12 09:30", "hand-outlook", "dongping", dp, ["lo-docx"]
        ),
        pasted_article(
            "dongping-article-5-body",
            "11-14 10:00",
            "hand-coremail",
            "dongping",
            dp,
            traps=["article-in-body"],
        ),
        Msg(
            "dongping-stats-encrypted",
            "11-16 17:10",
            "hand-outlook",
            "submission",
            "dongping",
            dp,
            subject="东平县活动周情况统计表",
            text="市局职成高教科：\n统计表见附件。\n",
            atts=A(enc_xls),
            traps=["encrypted-xls", "poi-file"],
            note="Password-protected xls (Apache POI password.xls): received, unreadable.",
        ),
        Msg(
            "dongping-summary-late",
            "11-17 08:40",
            "hand-coremail",
            "submission",
            "dongping",
            dp,
            subject="东平县活动周总结报告（补报）",
            text="补报活动周总结报告。\n东平县教体局\n",
            atts=A(summary("dongping", "东平县活动周总结报告.docx", "lo-docx")),
            traps=["late"],
        ),
    ]
    return out


def gaoxin() -> list[Msg]:
    gx = ("高新区教体局", reg("gaoxin"))
    quoted = (
        "您好，我区方案已于今日审定，现报送，请查收。\n泰安高新区教育和体育局 赵明\n\n"
        "发件人: 泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>\n"
        "发送时间: 2020年11月5日 9:00\n收件人: 各县市区教体局; 各职业院校\n"
        "主题: 【提醒】请尽快报送职业教育活动周方案、专栏地址和联络员信息\n\n"
        + reminder(["gaoxin", "dongping", "tagczz", "xtjg", "lmkj", "tajsxy"])
    )
    out = [
        Msg(
            "gaoxin-contact-nomobile",
            "11-04 17:20",
            "python-email",
            "submission",
            "gaoxin",
            gx,
            subject="高新区活动周联络员",
            text="市教育局职成高教科：\n联络员：赵明\n职务：社会事业局教育科科员\n邮箱："
            "gxzhaoming@163.com\n（手机号码稍后补报）\n泰安高新区教育和体育局\n",
            liaison={
                "unit": name("gaoxin"),
                "name": "赵明",
                "position": "社会事业局教育科科员",
                "email": "gxzhaoming@163.com",
                "mobile": None,
            },  # type: ignore[dict-item]
            traps=["contact-incomplete"],
            note="No mobile number, never completed: partial.",
        ),
        Msg(
            "gaoxin-reply-reminder-plan",
            "11-06 09:30",
            "hand-outlook",
            "submission",
            "gaoxin",
            gx,
            subject="答复: 【提醒】请尽快报送职业教育活动周方案、专栏地址和联络员信息",
            text=quoted,
            in_reply_to=REMINDER_ID,
            atts=A(plan("gaoxin", "高新区职业教育活动周方案.docx", "python-docx")),
            traps=["reply-quoting-reminder", "late"],
            note="A reply quoting the city's reminder, which names five other units; the plan "
            "is the sender's own and late.",
        ),
        article_mail(
            "gaoxin-article-1", "11-10 15:00", "python-email", "gaoxin", gx, ["python-docx"]
        ),
        article_mail("gaoxin-article-2", "11-12 16:20", "hand-outlook", "gaoxin", gx, ["lo-pdf"]),
    ]
    return out


def extra_traps() -> list[Msg]:
    """Second copies of traps: a stranger's subject-less table, a subject-only column, a bundle
    of a county's and its school's reports, a truncated article."""
    ny = ("宁阳县教体局", reg("ningyang"))
    gx = ("高新区教体局", reg("gaoxin"))
    cut = Doc(
        "高新区活动周宣传材料3.docx",
        "article",
        "gaoxin",
        "truncate",
        readable=False,
        base=article("gaoxin", "x.docx", "lo-docx", 13),
    )
    bundle = Doc(
        "宁阳县活动周总结及统计表（含县职教中心）.zip",
        "other",
        "ningyang",
        "zip",
        zip_charset="gbk",
        members=[
            summary("ningyang", "宁阳县活动周总结.docx", "lo-docx"),
            stats("ningyang", "宁阳县活动周情况统计表.xlsx", "openpyxl", schools=["nyzj"]),
            summary("nyzj", "县职教中心总结.docx", "python-docx"),
        ],
    )
    return [
        Msg(
            "gaoxin-stats-stranger-nosubject",
            "11-16 12:00",
            "python-email",
            "submission",
            "gaoxin",
            ("", "gx_tongji2020@163.com"),
            subject=None,
            text="",
            atts=A(stats("gaoxin", "泰安高新区职业教育活动周情况统计表.xlsx", "lo-xlsx")),
            traps=["unknown-sender", "no-subject", "empty-body"],
            note="Unknown address, no subject, empty body; the table names the unit.",
        ),
        Msg(
            "gaoxin-article-truncated",
            "11-13 17:30",
            "hand-outlook",
            "submission",
            "gaoxin",
            gx,
            subject="高新区活动周宣传材料3",
            text="宣传材料见附件。\n",
            atts=A(cut),
            traps=["truncated-docx"],
            note="A LibreOffice docx cut to 60%: received, unreadable, does not count.",
        ),
        Msg(
            "tagczz-column-subject-only",
            "11-05 17:30",
            "python-email",
            "submission",
            "tagczz",
            ("泰安市工程职业中等专业学校", reg("tagczz")),
            subject=f"泰安工程职专活动周宣传专栏：{COLUMN['tagczz']}",
            text="",
            column_url=COLUMN["tagczz"],
            traps=["subject-only"],
            note="Column URL only in the subject, before the due time.",
        ),
        Msg(
            "ningyang-bundle-reports",
            "11-16 17:20",
            "hand-coremail",
            "submission",
            "ningyang",
            ny,
            subject="宁阳县活动周总结报告及统计表",
            text="市局职成高教科：\n  我县活动周总结、统计表及县职教中心总结打包报送。\n"
            "宁阳县教体局\n",
            atts=A(bundle),
            traps=["bundle-zip", "zip-gbk-names", "county-forward"],
            note="The county's summary and table plus its school's summary in one zip; the "
            "school's summary counts for the school (which had already sent one).",
        ),
    ]


def all_messages() -> list[Msg]:
    """Every message of this module."""
    out: list[Msg] = []
    for f in (
        extra_traps,
        feicheng,
        ningyang,
        dongping,
        gaoxin,
    ):
        out.extend(f())
    return out
