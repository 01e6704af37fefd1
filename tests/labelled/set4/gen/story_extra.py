"""More of the units' ordinary traffic: extra articles, questions, thanks, resends, revised
versions, a county forwarding a school's articles, and a teacher nobody can place."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from . import texts
from .producers import Doc
from .story import F, Msg, article, article_mails, frm, photo, plan

# (unit, short name, client, sender index, [(when, [producers])], first article index)
EXTRA_ARTICLES = [
    ("taishan", "泰山区", "foxmail", 0, [("11-13 15:40", ["lo-rtf"])], 20),
    ("daiyue", "岱岳区", "coremail", 1, [("11-14 10:05", ["abiword-docx"])], 20),
    (
        "xintai",
        "新泰市",
        "neomutt",
        0,
        [("11-13 09:30", ["lo-odt"]), ("11-15 10:00", ["lo-odt"])],
        20,
    ),
    (
        "feicheng",
        "肥城市",
        "coremail",
        0,
        [("11-12 16:10", ["lo-doc"]), ("11-13 16:30", ["lo-doc"])],
        20,
    ),
    ("dongping", "东平县", "coremail", 0, [("11-13 17:25", ["python-docx"])], 20),
    (
        "talgzz",
        "理工中专",
        "outlook",
        0,
        [("11-12 11:11", ["lo-docx"]), ("11-14 16:30", ["lo-docx"])],
        20,
    ),
    ("xtyzz", "新泰一职专", "mailmaster", 0, [("11-14 18:20", ["lo-docx"])], 20),
    ("xtezz", "新泰二职专", "s-nail", 0, [("11-13 11:40", ["abiword-docx"])], 20),
    (
        "fczjzx",
        "肥城职教中心",
        "coremail",
        1,
        [("11-14 09:15", ["lo-docx"]), ("11-15 08:40", ["lo-docx"])],
        20,
    ),
    ("tsxyjj", "继教院", "coremail", 0, [("11-13 10:20", ["pandoc-docx"])], 20),
    (
        "tsvtc",
        "泰山职院",
        "outlook",
        0,
        [("11-11 08:20", ["python-docx"]), ("11-12 18:00", ["python-docx"])],
        20,
    ),
    ("sdlm", "力明学院", "sina", 0, [("11-14 11:50", ["lo-docx"])], 20),
    (
        "tshlxy",
        "泰山护理职院",
        "qqmail",
        0,
        [("11-13 16:45", ["lo-docx"]), ("11-14 15:02", ["lo-docx"])],
        20,
    ),
    # a second wave, one article a mail, from units that already have five
    (
        "taishan",
        "泰山区",
        "foxmail",
        0,
        [("11-14 09:10", ["lo-docx"]), ("11-14 16:55", ["lo-doc"])],
        25,
    ),
    ("daiyue", "岱岳区", "coremail", 1, [("11-12 08:05", ["abiword-rtf"])], 25),
    ("xintai", "新泰市", "neomutt", 0, [("11-11 11:11", ["lo-rtf"])], 25),
    ("feicheng", "肥城市", "coremail", 0, [("11-14 17:30", ["abiword-doc"])], 25),
    (
        "dongping",
        "东平县",
        "coremail",
        0,
        [("11-11 15:05", ["lo-odt"]), ("11-14 08:45", ["lo-odt"])],
        25,
    ),
    ("talgzz", "理工中专", "outlook", 0, [("11-13 09:00", ["pandoc-docx"])], 25),
    (
        "xtyzz",
        "新泰一职专",
        "mailmaster",
        0,
        [("11-11 19:30", ["lo-docx"]), ("11-12 21:45", ["lo-docx"])],
        25,
    ),
    ("xtezz", "新泰二职专", "s-nail", 0, [("11-14 10:10", ["abiword-rtf"])], 25),
    ("fczjzx", "肥城职教中心", "coremail", 1, [("11-10 08:30", ["lo-rtf"])], 25),
    ("tsxyjj", "继教院", "coremail", 0, [("11-14 14:14", ["pandoc-odt"])], 25),
    (
        "tsvtc",
        "泰山职院",
        "outlook",
        0,
        [("11-09 10:00", ["lo-ooxml"]), ("11-14 11:30", ["lo-ooxml"])],
        25,
    ),
    (
        "sdlm",
        "力明学院",
        "sina",
        0,
        [("11-13 09:20", ["abiword-docx"]), ("11-15 15:00", ["abiword-docx"])],
        25,
    ),
    ("tshlxy", "泰山护理职院", "qqmail", 0, [("11-12 12:30", ["lo-odt"])], 25),
]


def extra_articles() -> list[Msg]:
    out: list[Msg] = []
    for k, (uid, short, client, idx, plan_, start) in enumerate(EXTRA_ARTICLES):
        out += article_mails(
            uid,
            short,
            client,
            frm(uid, "", idx),
            plan_,
            start=start,
            style=k + 3,
            slug="more-articles",
        )
    return out


def conversation() -> list[Msg]:
    """Questions, confirmations and explanations: submissions of their unit with no files."""
    q = [
        (
            "taishan",
            "foxmail",
            0,
            "11-04 08:45",
            "请问是否收到我局方案",
            "田科长：您好！我局11月3日报送的活动周方案是否收到？\n孙晓燕\n",
        ),
        (
            "gaoxin",
            "iphone",
            0,
            "11-10 10:12",
            "关于高新区活动周专栏的请示",
            "市教育局职成高教科：我区是否可以不单独设专栏，在区管委会网站发布信息？请指示。\n\n发自我的iPhone",
        ),
        (
            "tajtzz",
            "phpmailer",
            0,
            "11-06 09:25",
            "咨询：统计表是否需要盖章",
            "您好，统计表电子版是否需要盖章扫描？\n韩冬梅\n",
        ),
        (
            "ningyang",
            "python-email",
            0,
            "11-13 17:05",
            "宁阳县宣传材料报送情况说明",
            "市局职成高教科：我县宣传材料目前报送3篇，其余稿件正在审核，尽快补报。\n陈志刚\n",
        ),
        (
            "dpzzdx",
            "qqmail",
            0,
            "11-12 09:40",
            "关于东校区宣传材料的说明",
            "市局领导：东校区活动周宣传材料由东平县教体局统一转报，特此说明。\n孟凡超\n",
        ),
        (
            "tajsxy",
            "coremail",
            0,
            "11-14 10:30",
            "咨询：视频稿件能否报送",
            "市人社局、市教育局：我院第5篇宣传材料为视频，能否以网盘链接形式报送？\n郑凯\n",
        ),
        (
            "tawhys",
            "foxmail",
            0,
            "11-12 10:05",
            "回复：关于职业教育活动周宣传材料报送情况的提醒",
            "收到，马上整理。\n\n\n\n卢广义\n",
        ),
        ("nyzz", "nodemailer", 0, "11-16 11:20", "统计表已报", "统计表已报送，请查收，谢谢！\n"),
        (
            "xintai",
            "neomutt",
            0,
            "11-05 09:00",
            "请问我市联络员汇总表是否收到",
            "职成高教科：11月4日报送的方案汇总和联络员汇总表是否收到？\n--\n刘海涛\n",
        ),
        (
            "sdlm",
            "sina",
            0,
            "11-16 16:20",
            "总结PDF版可以吗",
            "老师好，总结报的是PDF，是否还需要Word版？\n杜宏伟\n",
        ),
        ("talgzz", "outlook", 0, "11-15 10:30", "收到回执，谢谢", "已收到回执，谢谢！\n\n邱志强\n"),
        (
            "dongping",
            "coremail",
            0,
            "11-16 11:05",
            "统计表稍后报送",
            "职成科：我县统计表数据还在核对，稍后报送。\n赵倩\n",
        ),
        (
            "xtezz",
            "s-nail",
            0,
            "11-17 08:00",
            "关于总结迟报的说明",
            "因学校迎检，总结和统计表今天上午报送，请谅解。\n张桂芳\n",
        ),
        (
            "tshlxy",
            "qqmail",
            0,
            "11-16 19:35",
            "已补报总结",
            "已补报总结和统计表，请查收。\n冯雪\n",
        ),
        (
            "fczjzx",
            "coremail",
            1,
            "11-16 10:45",
            "请问附件能否打开",
            "老师好，刚发的总结附件能否正常打开？\n马振华\n",
        ),
        (
            "nyzz",
            "nodemailer",
            0,
            "11-05 08:10",
            "方案已报",
            "您好，我校方案已于昨日报送，请查收。\n",
        ),
        (
            "tsvtc",
            "outlook",
            0,
            "11-16 10:40",
            "答复: 泰山职院总结已收到",
            "谢谢田老师确认！\n\n吴楠\n\n-----原始邮件-----\n发件人: 泰安市教育局职成高教科\n主题: 泰山职院总结已收到\n\n已收到。",
        ),
    ]
    out = []
    for uid, client, idx, when, subject, text in q:
        m = Msg(
            f"{uid}-message",
            when,
            client,
            frm(uid, "", idx),
            subject,
            text,
            unit=uid,
            note="a unit's question or reply about the campaign: a submission with no files",
        )
        if client in ("phpmailer", "nodemailer"):
            m.frm = frm(uid)
        out.append(m)
    return out


def specials() -> list[Msg]:
    dx = [article("dpzzdx", "东平职专东校区", i, f"11月1{i + 1}日", "lo-docx") for i in range(2)]
    for f in dx:
        f.unit = "dpzzdx"
    generic = texts.html_doc(
        "稿件",
        [
            texts.p("11月10日，我校组织师生走进社区开展家电义务维修活动，为居民维修电器40余件。"),
            texts.p("活动得到了社区群众的一致好评。"),
        ],
    )
    return [
        Msg(
            "dongping-forwards-dpzzdx",
            "11-13 10:15",
            "coremail",
            frm("dongping", "东平县教体局职成科"),
            "转报东平职专东校区活动周宣传材料",
            "市教育局职成高教科：\n\n现转报东平县职业中等专业学校东校区宣传材料2篇。\n",
            files=dx,
            unit="dongping",
            note="the county sends a school's articles: each file counts for the school it names",
        ),
        Msg(
            "daiyue-plan-resend",
            "11-05 08:30",
            "outlook",
            frm("daiyue", "高建军"),
            "岱岳区活动周方案（重发）",
            "市教育局职成高教科：\n昨天的邮件附件显示为winmail.dat，现以普通附件重新发送。\n高建军\n",
            files=[
                plan(
                    "daiyue",
                    "岱岳区",
                    "lo-ooxml",
                    "岱岳区职业教育活动周实施方案",
                    "分管副局长",
                    "职成教科",
                )
            ],
            unit="daiyue",
            note="the same plan again, this time as a plain attachment",
        ),
        Msg(
            "fczjzx-plan-revised",
            "11-05 14:00",
            "coremail",
            frm("fczjzx", "肥城市职业教育中心办公室", 1),
            "肥城职教中心活动周方案（修改版）",
            "方案根据领导意见作了修改，以此版为准。\n马振华\n",
            files=[
                plan(
                    "fczjzx",
                    "肥城职教中心",
                    "lo-docx",
                    "肥城市职业教育中心2020年职业教育活动周实施方案（修改版）",
                    "校长",
                    "宣传科",
                )
            ],
            unit="fczjzx",
        ),
        Msg(
            "xtyzz-photos",
            "11-11 12:30",
            "mailmaster",
            frm("xtyzz", "李春雷"),
            "新泰一职专活动照片",
            "活动照片三张\n\n发自网易邮箱大师",
            files=[photo(f"IMG_20201111_{i}", 40 + i, "活动", jpg=i == 1) for i in range(1, 4)],
            unit="xtyzz",
            note="photos only: other",
        ),
        Msg(
            "xtezz-poster",
            "11-09 08:10",
            "s-nail",
            frm("xtezz", "新泰二职专办公室"),
            "新泰二职专活动周宣传海报",
            "海报一张。\n",
            files=[photo("新泰二职专职教活动周海报", 51)],
            unit="xtezz",
        ),
        Msg(
            "sdlm-photos",
            "11-09 18:40",
            "sina",
            frm("sdlm", "山东力明科技职业学院宣传部"),
            "力明学院活动周图片集",
            "图片集见附件。\n",
            files=[photo(f"力明学院活动周图片{i}", 60 + i, "图片", jpg=True) for i in (1, 2)],
            unit="sdlm",
        ),
        Msg(
            "tsvtc-encrypted-article",
            "11-13 08:35",
            "outlook",
            frm("tsvtc", "吴楠"),
            "泰山职院稿件（已加密）",
            "稿件设置了打开密码，密码请电话联系。\n\n吴楠\n",
            files=[
                F(
                    "泰山职院活动周稿件.docx",
                    "article",
                    Doc("poi:bug53475-password-is-pass.docx"),
                    readable=False,
                    note="Apache POI bug53475-password-is-pass.docx: an encrypted OOXML file",
                )
            ],
            unit="tsvtc",
            note="an unreadable article does not count (tsvtc has enough anyway)",
        ),
        Msg(
            "unknown-teacher",
            "11-10 22:40",
            "coremail",
            ("王老师", "wangls1988@163.com"),
            "稿子",
            "老师您好，这是我们学校的稿子，麻烦审核。\n",
            files=[F("稿件.docx", "article", Doc("lo-docx", generic))],
            unit=None,
            unit_unassigned_ok=True,
            note="a personal address, no unit named anywhere: nobody can tell whose it is",
        ),
        Msg(
            "tajtzz-teacher-163",
            "11-11 13:05",
            "coremail",
            ("孙丽娟", "sunlijuan_jt@163.com"),
            "交通职专宣传稿",
            "董老师好：交通职专汽修专业稿件一篇。\n\n孙丽娟\n泰安交通职业中等专业学校汽车工程系\n",
            files=[article("tajtzz", "交通职专", 30, "11月11日", "lo-docx")],
            unit="tajtzz",
            note="a teacher's personal 163 address; the school in the signature",
        ),
    ]


def messages() -> list[Msg]:
    return [*extra_articles(), *conversation(), *specials()]
