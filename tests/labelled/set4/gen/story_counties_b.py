"""County bureaus' mail, part two: 肥城市, 宁阳县, 东平县, 高新区."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .producers import Doc
from .story import (
    F,
    Msg,
    article,
    article_mails,
    contact_rows,
    frm,
    liaison,
    photo,
    plan,
    stats,
    summary,
)


def feicheng() -> list[Msg]:
    u, s = "feicheng", "肥城市"
    li, lz = liaison(u), liaison("fczjzx")
    vertical = texts.table(
        [
            ["项目", li["unit"], lz["unit"]],
            ["联络员", li["name"], lz["name"]],
            ["职务", li["position"], lz["position"]],
            ["手机", li["mobile"], lz["mobile"]],
            ["电子邮箱", li["email"], lz["email"]],
        ]
    )
    links = [
        "http://www.feicheng.gov.cn/art/2020/11/9/art_40213_9988123.html",
        "https://mp.weixin.qq.com/s/Fc3kT0aZ9q1xW2e_fcjtj1110",
        "http://www.tadaily.com.cn/fc/2020-11/11/content_887261.htm",
    ]
    return [
        Msg(
            "feicheng-contact-wechat",
            "11-04 16:30",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市职教活动周联络员信息及宣传平台",
            "市教育局职成高教科：\n\n  我市活动周宣传依托微信公众号“肥城教体”（微信号：fcjiaoti）开展，不单独开设网站专栏。"
            "\n  我局及肥城市职业教育中心联络员信息见附件。\n\n王丽萍\n",
            files=[
                F(
                    "肥城市职业教育活动周联络员信息.docx",
                    "contact",
                    Doc("lo-docx", texts.html_doc("联络员信息", [vertical])),
                )
            ],
            unit=u,
            wechat_only=True,
            liaison=li,
            liaisons=[li, lz],
            note="only a WeChat account: column_url null, wechat_only; a vertical table with two units' columns",
        ),
        Msg(
            "feicheng-plan-late",
            "11-06 08:50",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市2020年职业教育活动周实施方案（补报）",
            "职成科：方案因领导审签延误，今日补报，请谅解。\n",
            files=[
                plan(
                    u, s, "lo-rtf", "肥城市2020年职业教育活动周实施方案", "分管副局长", "职业教育科"
                )
            ],
            unit=u,
            note="after 11-05 18:00: late",
        ),
        Msg(
            "feicheng-links",
            "11-10 11:15",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市活动周宣传报道链接",
            "您好，我市活动周宣传报道已在以下媒体刊发：\n1. 肥城市政府网："
            + links[0]
            + "\n2. 肥城教体公众号："
            + links[1]
            + "\n3. 泰安日报肥城版："
            + links[2]
            + "\n另附两篇稿件。\n王丽萍\n",
            files=[article(u, s, 0, "11月9日", "lo-doc"), article(u, s, 1, "11月10日", "lo-doc")],
            unit=u,
            article_links=links,
            note="three links to published news pages count as three articles, plus two files",
        ),
        Msg(
            "feicheng-summary",
            "11-16 15:00",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市职教活动周总结及统计表",
            "附件为总结和统计表。统计表设置了打开密码，密码另行电话告知。\n王丽萍\n",
            files=[
                summary(u, s, "abiword-docx", "肥城市职业教育活动周总结"),
                F(
                    "肥城市职业教育活动周情况统计表.xlsx",
                    "statistics",
                    Doc("poi:protected_passtika.xlsx"),
                    readable=False,
                    note="Apache POI protected_passtika.xlsx: encrypted, unreadable",
                ),
            ],
            unit=u,
            note="the only statistics table is encrypted: partial",
        ),
        Msg(
            "feicheng-other-business",
            "11-09 09:40",
            "coremail",
            frm(u, "肥城市教体局职业教育科"),
            "肥城市学前教育普及普惠督导评估材料",
            "市教育局基础教育科：督导评估佐证材料目录见附件。\n",
            unit=None,
            kind="unrelated",
            note="the bureau's address, other business",
        ),
    ]


def ningyang() -> list[Msg]:
    u, s = "ningyang", "宁阳县"
    li = liaison(u)
    url = "http://www.ny.gov.cn/col/jyty/?q=职业教育活动周&type=专栏"
    sheet = texts.html_doc(
        "联络员信息表",
        [
            texts.table(
                [
                    ["宁阳县职业教育活动周联络员信息表", ""],
                    *contact_rows(li, ("工作单位", "联络员", "职务", "E-mail", "联系电话")),
                ],
                {(0, 0): (1, 2)},
            )
        ],
    )
    nyzz_mail = Msg(
        "nyzz-summary-inner",
        "11-15 08:30",
        "foxmail",
        frm("nyzz", "许丽"),
        "宁阳职专活动周总结",
        "县教体局职成股：我校活动周总结见附件。\n",
        files=[
            summary(
                "nyzz",
                "宁阳职专",
                "lo-docx",
                "宁阳县职业中等专业学校职业教育活动周总结",
                title="宁阳县职业中等专业学校2020年职业教育活动周工作总结",
            )
        ],
        unit="nyzz",
        to=[("宁阳县教体局", "nyxjtj@ta.shandong.cn")],
    )
    for f in nyzz_mail.files:
        f.unit = "nyzz"
    return [
        Msg(
            "ningyang-plan",
            "11-03 11:00",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县教体局职教活动周方案和联络员",
            f"市局职成高教科：\n\n方案及联络员信息表（PDF）见附件。\n活动周宣传网址：{url}\n\n陈志刚\n",
            files=[
                plan(
                    u,
                    s,
                    "abiword-doc",
                    "宁阳县2020年职业教育活动周活动方案",
                    "县教体局分管负责同志",
                    "职成股",
                ),
                F("宁阳县联络员信息表.pdf", "contact", Doc("lo-pdf", sheet)),
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="Chinese characters in the query string, unencoded; contact sheet PDF printed by LibreOffice",
        ),
        Msg(
            "ningyang-articles",
            "11-11 16:45",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县职教活动周宣传稿3篇",
            "职成科：报送宣传稿3篇。\n陈志刚\n",
            files=[article(u, s, i, "11月11日", "pandoc-docx") for i in range(3)],
            unit=u,
            note="only three articles in all: partial",
        ),
        Msg(
            "ningyang-summary-forward",
            "11-15 16:20",
            "python-email",
            frm(u, "宁阳县教体局职成股"),
            "宁阳县职教活动周总结、统计表（附宁阳职专总结）",
            "市局职成高教科：\n附件为我县活动周总结和统计表；另转发宁阳县职业中等专业学校的总结。\n陈志刚\n",
            files=[
                summary(u, s, "lo-odt", "宁阳县职业教育活动周工作总结"),
                stats(u, "gnumeric-ods", "宁阳县职业教育活动周情况统计表"),
            ],
            forward=nyzz_mail,
            unit=u,
            note="the school's mail forwarded as message/rfc822: its summary counts for nyzz",
        ),
    ]


def dongping() -> list[Msg]:
    u, s = "dongping", "东平县"
    li = liaison(u)
    url = "http://www.dongping.gov.cn/col/col12345/index.html?uid=67891&pageNum=1"
    return [
        Msg(
            "dongping-notice-to-schools",
            "11-02 17:00",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "关于做好2020年职业教育活动周相关工作的通知",
            "东平职专、东平职专东校区：\n\n    现将市教育局等9部门通知转发给你们，请按要求认真组织，方案于11月4日前报县局职成科。\n",
            to=[("东平职专", "dpzz@ta.shandong.cn"), ("东平职专东校区", "dpzzdxq@qq.com")],
            cc=[("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")],
            unit=None,
            kind="cc_copy",
            note="forwarding the city's notice to its schools, the city only in Cc",
        ),
        Msg(
            "dongping-plan",
            "11-05 11:30",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "东平县教体局职业教育活动周方案",
            "市教育局职成高教科：\n\n附件为我县活动周方案。\n\n宣传专栏（网站）地址：http://www.dongping.gov.cn/col/col12345/inde\n"
            "x.html?uid=67891&pageNum=1\n\n"
            "联系人：\n职成科科长  张振东  0538-2835116\n"
            f"职成科干事  {li['name']}  手机{li['mobile']}  邮箱{li['email']}（联络员）\n",
            files=[
                plan(
                    u,
                    s,
                    "lo-docx",
                    "东平县2020年职业教育活动周实施方案",
                    "县教体局分管副局长",
                    "职成科",
                )
            ],
            unit=u,
            column_url=url,
            liaison=li,
            note="the URL is wrapped over two lines by the client; 科长 + 干事, the 干事 is the 联络员",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "东平县教体局职成科"),
            [("11-06 16:00", ["lo-docx", "lo-docx"])],
            style=4,
            slug="early-articles",
        ),
        *article_mails(
            u,
            s,
            "coremail",
            frm(u, "东平县教体局职成科"),
            [("11-10 09:12", ["python-docx", "python-docx"]), ("11-12 10:40", ["python-docx"])],
            start=2,
            style=6,
        ),
        Msg(
            "dongping-summary",
            "11-16 11:00",
            "coremail",
            frm(u, "东平县教体局职成科"),
            "东平县职业教育活动周工作开展情况",
            "附件请查收，统计表正在汇总。\n",
            files=[
                summary(
                    u,
                    s,
                    "lo-ooxml",
                    "东平县2020年职业教育活动周工作开展情况",
                    title="东平县2020年职业教育活动周工作开展情况",
                )
            ],
            unit=u,
            note="工作开展情况 is the summary; the statistics table never comes",
        ),
    ]


def gaoxin() -> list[Msg]:
    u, s = "gaoxin", "高新区"
    li = liaison(u)
    partial = {**li, "email": ""}
    return [
        Msg(
            "gaoxin-question",
            "11-03 14:00",
            "iphone",
            frm(u, "李明远"),
            "咨询：高新区是否需要报送活动周方案",
            "市教育局职成高教科：\n您好！高新区辖区内没有中等职业学校，请问是否也需要报送活动周方案和宣传材料？\n\n发自我的iPhone",
            unit=u,
            note="a unit's question about the campaign: a submission with no files",
        ),
        Msg(
            "gaoxin-plan-late",
            "11-09 09:20",
            "iphone",
            frm(u, "李明远"),
            "高新区职教活动周方案",
            "附件是我区活动周方案。\n\n李明远\n社会事业局教育科科员\n17853858612\n（邮箱另行报送）\n\n发自我的iPhone",
            files=[
                plan(
                    u,
                    s,
                    "lo-pdf",
                    "泰安高新区2020年职业教育活动周工作方案",
                    "社会事业局分管负责同志",
                    "教育科",
                )
            ],
            unit=u,
            liaison=partial,
            note="plan late; a contact without an email: partial",
        ),
        Msg(
            "gaoxin-article",
            "11-12 19:48",
            "iphone",
            frm(u, "李明远"),
            "高新区活动周信息",
            "信息一篇，附照片。\n\n发自我的iPhone",
            files=[
                article(u, s, 0, "11月12日", "lo-docx"),
                photo("IMG_2035", 3, "活动照片", jpg=True),
            ],
            unit=u,
            note="one article and a photo (other)",
        ),
        Msg(
            "gaoxin-summary-late",
            "11-17 09:30",
            "iphone",
            frm(u, "李明远"),
            "高新区职教活动周总结",
            "总结见附件。\n\n发自我的iPhone",
            files=[
                summary(
                    u,
                    s,
                    "lo-docx",
                    "泰安高新区职业教育活动周总结",
                    extra_text=f"联系人：{li['name']}，{li['position']}，手机{li['mobile']}，邮箱{li['email']}",
                )
            ],
            unit=u,
            liaison=li,
            note="summary late; the contact line at its end completes the liaison, after the due date: late",
        ),
    ]


def messages() -> list[Msg]:
    return [*feicheng(), *ningyang(), *dongping(), *gaoxin()]
