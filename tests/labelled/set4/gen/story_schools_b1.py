"""Schools' mail: 宁阳职专, 力明学院, 泰山学院继教院, 泰山职院."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .people import name
from .producers import Doc
from .story import (
    F,
    Msg,
    Z,
    article,
    body_article,
    frm,
    liaison,
    photo,
    plan,
    stats,
    summary,
)


def nyzz() -> list[Msg]:
    u, s = "nyzz", "宁阳职专"
    li = liaison(u)
    url = "https://www.nyzz.net/zt/zjhdz2020/"
    form = texts.html_doc(
        "联络人信息",
        [
            texts.table(
                [
                    ["联络人", li["name"]],
                    ["部门及职务", "学生处 干事"],
                    ["移动电话", li["mobile"]],
                    ["E-mail", li["email"]],
                    ["单位", li["unit"]],
                ]
            )
        ],
    )
    msgs = [
        Msg(
            "nyzz-plan",
            "11-04 17:40",
            "nodemailer",
            frm(u, "宁阳县职业中等专业学校"),
            "宁阳职专职教活动周方案",
            "",
            html=(
                "<div>市教育局职成高教科：</div><div>&nbsp;&nbsp;我校活动周方案、联络人信息见附件。</div>"
                f'<div>宣传网址：<a href="{url}">{url}</a></div><div>宁阳县职业中等专业学校</div>'
            ),
            html_only=True,
            files=[
                plan(u, s, "lo-docx", "宁阳县职业中等专业学校职业教育活动周方案", "校长", "学生处"),
                F("联络人信息.docx", "contact", Doc("abiword-docx", form)),
            ],
            unit=u,
            column_url=url,
            liaison={**li, "position": "学生处干事"},
            note="HTML-only mail from a school system (nodemailer); AbiWord contact form with other labels",
        ),
    ]
    for k, when in enumerate(
        ["11-08 20:15", "11-09 21:02", "11-10 19:40", "11-12 22:10", "11-13 20:05"]
    ):
        t, body = body_article(u, s, k, texts_day(when))
        html = (
            f'<div style="max-width:677px"><h2>{t}</h2><p style="color:#888">宁阳县职业中等专业学校 '
            f"{texts_day(when)}</p>"
            + "".join(f"<p>{x}</p>" for x in body.split("\n\n")[1:])
            + f'<p><img src="https://mmbiz.qpic.cn/mmbiz_jpg/nyzz{k}/640?wx_fmt=jpeg"></p>'
            f'<p><a href="https://mp.weixin.qq.com/s/nyzz2020wk{k}">阅读原文</a></p></div>'
        )
        msgs.append(
            Msg(
                f"nyzz-wechat-{k + 1}",
                when,
                "wechat",
                ("许丽", "1738265590@qq.com"),
                t,
                "",
                html=html,
                unit=u,
                body_article=True,
                note="WeChat 转发到邮箱 from the liaison's personal QQ: an HTML-only article; remote "
                "pictures; the school is named in the article",
            )
        )
    msgs.append(
        Msg(
            "nyzz-statistics",
            "11-16 11:00",
            "nodemailer",
            frm(u, "宁阳县职业中等专业学校"),
            "宁阳职专统计表",
            "统计表见附件；总结已报县教体局统一报送。\n",
            files=[stats(u, "lo-xlsx", "宁阳职专职业教育活动周情况统计表")],
            unit=u,
            note="the summary came through ningyang-summary-forward",
        )
    )
    return msgs


def texts_day(when: str) -> str:
    m, d = when.split(" ")[0].split("-")
    return f"{int(m)}月{int(d)}日"


def sdlm() -> list[Msg]:
    u, s = "sdlm", "力明学院"
    li = liaison(u)
    url = "https://www.sdlm.cn/zt/2020zjhdz/"
    members = [article(u, s, i, f"11月1{i}日", "lo-docx" if i % 2 else "lo-odt") for i in range(5)]
    footer = ["填表人：刘洋    联系电话：13853811420    审核人：杜宏伟"]
    return [
        Msg(
            "sdlm-plan",
            "11-03 16:00",
            "sina",
            frm(u, "山东力明科技职业学院宣传部"),
            "力明学院职教活动周方案",
            "泰安市教育局职成高教科：\n\n我院活动周方案见附件。\n宣传专栏：" + url + "\n\n"
            "分管领导：副院长 孔祥林 13905381717\n"
            f"联络员：{li['name']}（{li['position']}） 手机 {li['mobile']} 邮箱 {li['email']}\n",
            files=[
                plan(
                    u,
                    s,
                    "abiword-rtf",
                    "山东力明科技职业学院2020年职业教育活动周工作方案",
                    "院长",
                    "宣传部",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="分管领导 + 联络员; RTF from AbiWord; RFC 2231 GBK names",
        ),
        Msg(
            "sdlm-zip",
            "11-12 15:00",
            "sina",
            frm(u, "山东力明科技职业学院宣传部"),
            "力明学院活动周宣传材料（压缩包）",
            "宣传材料5篇打包发送。\n杜宏伟\n",
            files=[Z("力明学院职业教育活动周宣传材料.zip", members)],
            unit=u,
            note="a 材料汇编 as a zip: each member is an article",
        ),
        Msg(
            "sdlm-summary",
            "11-16 16:00",
            "sina",
            frm(u, "山东力明科技职业学院宣传部"),
            "力明学院总结、统计表、总结表彰会稿件",
            "总结（PDF）、统计表和一篇稿件见附件。\n杜宏伟\n",
            files=[
                summary(u, s, "abiword-pdf", "力明学院职业教育活动周总结"),
                stats(u, "openpyxl", "力明学院活动周情况统计表", footer=footer),
                article(
                    u,
                    s,
                    5,
                    "11月15日",
                    "lo-docx",
                    title="力明学院召开2020年职业教育活动周总结表彰会",
                    note="an event (总结表彰会): an article",
                ),
            ],
            unit=u,
            note="the 填表人 under the table is not the liaison",
        ),
    ]


def tsxyjj() -> list[Msg]:
    u = "tsxyjj"
    li = liaison(u)
    partial = {**li, "position": ""}
    url = "https://jxjy.tsu.edu.cn/zjhdz/index.htm"
    schedule = [
        ["泰山学院继续教育学院2020年职业教育活动周活动安排表"],
        ["日期", "活动内容", "地点", "负责部门"],
        ["11月8日", "活动周启动暨网络开放日", "线上", "办公室"],
        ["11月9日", "成人学历教育政策宣讲", "泰安市区社区", "招生办"],
        ["11月10日", "职业技能培训成果展", "继续教育学院", "培训部"],
        ["11月12日", "社区老年人智能手机培训", "岱宗社区", "培训部"],
        ["11月14日", "活动周总结", "继续教育学院", "办公室"],
    ]
    links = [
        "https://www.tsu.edu.cn/info/1021/20201108.htm",
        "https://jxjy.tsu.edu.cn/info/1005/3387.htm",
    ]
    return [
        Msg(
            "tsxyjj-schedule",
            "11-04 14:20",
            "coremail",
            frm(u, "泰山学院继教院办公室"),
            "继教院职教活动周活动安排表",
            "市教育局职成高教科：\n\n我院活动周活动安排表见附件。\n联系人钱晓东，手机15275817360，邮箱tsxyjxjy@126.com\n",
            files=[
                F("继续教育学院职业教育活动周活动安排表.xlsx", "plan", Doc("lo-xlsx", schedule))
            ],
            unit=u,
            liaison=partial,
            note="an 活动安排表 is the plan; the contact has no position: partial",
        ),
        Msg(
            "tsxyjj-liaison-links",
            "11-08 09:10",
            "coremail",
            frm(u, "泰山学院继教院办公室"),
            "联络员信息补充及宣传报道链接",
            f"市教育局职成高教科：\n\n补充联络员信息：{li['name']}，{li['position']}，手机{li['mobile']}，邮箱{li['email']}。\n"
            f"我院活动周报道：\n{links[0]}\n{links[1]}\n\n泰山学院继续教育学院办公室\n",
            unit=u,
            liaison=li,
            article_links=links,
            note="the complete liaison comes after 11-05: late; two news-page links count as articles",
        ),
        Msg(
            "tsxyjj-articles",
            "11-11 10:00",
            "coremail",
            frm(u, "泰山学院继教院办公室"),
            "继教院稿件三篇",
            "附件为稿件三篇。\n",
            files=[article(u, "继教院", i, "11月11日", "pandoc-odt") for i in range(3)],
            unit=u,
        ),
        Msg(
            "tsxyjj-summary",
            "11-16 17:00",
            "coremail",
            frm(u, "泰山学院继教院办公室"),
            "继教院活动周总结及统计表",
            "总结和统计表见附件。\n",
            files=[
                summary(
                    u,
                    "继教院",
                    "pandoc-odt",
                    "继续教育学院活动周总结",
                    extra_text=f"我院活动周专题网页：{url}，共发布信息8条。",
                ),
                stats(u, "lo-ods", "继续教育学院活动周统计表"),
            ],
            unit=u,
            column_url=url,
            note="the column URL first appears in the summary's text, after 11-05: late",
        ),
    ]


def tsvtc() -> list[Msg]:
    u, s = "tsvtc", "泰山职院"
    li = liaison(u)
    url = "https://www.tsvtc.edu.cn/zjhdz/"
    sig = (
        f"\n\n{li['name']}\n泰山职业技术学院{li['position']}\n电话：0538-6302177  手机：{li['mobile']}\n"
        f"邮箱：{li['email']}\n"
    )
    t, b = body_article(u, s, 9, "11月8日")
    emb = texts.table([texts.HEADERS["std"], [name(u), *texts.stats_values("tsvtc-emb")]])
    photos = Z("活动图片集.zip", [photo(f"图片{i}", 20 + i) for i in range(1, 4)])
    return [
        Msg(
            "tsvtc-plan",
            "11-02 15:00",
            "outlook",
            frm(u, "吴楠"),
            "泰山职业技术学院职业教育活动周方案",
            f"市教育局职成高教科：\n\n我院活动周方案见附件，活动周专栏：{url}" + sig,
            files=[
                plan(
                    u,
                    s,
                    "lo-docx",
                    "泰山职业技术学院2020年职业教育活动周实施方案",
                    "院长",
                    "党委宣传部",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="liaison in the signature: landline and mobile",
        ),
        Msg(
            "tsvtc-body-article",
            "11-08 17:30",
            "outlook",
            frm(u, "吴楠"),
            t,
            b + sig,
            html="<p class=MsoNormal><b>"
            + t
            + "</b></p>"
            + "".join(f"<p class=MsoNormal>{x}</p>" for x in b.split("\n\n")[1:])
            + '<p class=MsoNormal><img width=480 src="cid:image001.png@01D6B5A1.3C2F1E20"></p>',
            inline=[("image001.png@01D6B5A1.3C2F1E20", "image001.png", Doc("png", "5"))],
            files=[article(u, s, 0, "11月8日"), article(u, s, 1, "11月8日")],
            unit=u,
            body_article=True,
            note="an article in the body with an inline picture, plus two files",
        ),
        Msg(
            "tsvtc-photos",
            "11-10 16:00",
            "outlook",
            frm(u, "吴楠"),
            "泰山职院稿件两篇及活动图片",
            "稿件两篇，图片集打包。" + sig,
            files=[article(u, s, 2, "11月10日"), article(u, s, 3, "11月10日"), photos],
            unit=u,
            note="a zip of photos: each member is other",
        ),
        Msg(
            "tsvtc-event",
            "11-13 18:20",
            "outlook",
            frm(u, "吴楠"),
            "泰山职院活动周总结大会稿件及海报",
            "附件请查收。" + sig,
            files=[
                article(u, s, 4, "11月13日", title="泰山职院召开职业教育活动周总结大会"),
                photo("泰山职院职教活动周宣传海报", 31, "人人出彩 技能强国", jpg=True),
            ],
            unit=u,
            note="a title ending in 总结大会 is an article about an event",
        ),
        Msg(
            "tsvtc-summary",
            "11-16 09:50",
            "outlook",
            frm(u, "吴楠"),
            "泰山职院职教活动周总结报告及统计表",
            "总结报告、统计表见附件。" + sig,
            files=[
                summary(
                    u,
                    s,
                    "lo-docx",
                    "泰山职业技术学院职业教育活动周总结报告",
                    extra_html=["<p>附表：活动周情况统计</p>", emb],
                    extra_text=f"联系人：{li['name']}，{li['position']}，电话{li['mobile']}，邮箱{li['email']}",
                ),
                stats(u, "lo-xlsx", "泰山职业技术学院活动周情况统计表"),
            ],
            unit=u,
            liaison=li,
            note="summary with an embedded table and a contact line; the table also as xlsx",
        ),
    ]


def messages() -> list[Msg]:
    return [*nyzz(), *sdlm(), *tsxyjj(), *tsvtc()]
