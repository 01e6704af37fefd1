"""set12's seven secondary vocational schools. Shapes: plan, column and contact all from its
county's address (dyzj); two articles relayed by its county,
three of its own (tsqzz); one relayed, the plan's header naming the school only (xtzz);
articles from a teacher's 163 box with the school only in the 落款 (fczz); all five
articles through its county's zip (nyzz); a teacher's 163 box signing with the short name,
the table after its deadline (dpzj); a renamed school writing its old name 泰安职业中专 from
a teacher's QQ box, the old name in no alias (tasl)."""

from __future__ import annotations

from .build import Builder, person, send
from .docmake import art, blocks, calc, docx, docx_pdf, f, lo, sheet, stats_rows
from .who import U

_a = blocks


def _arts(pairs: list[tuple[str, str]], **kw: str) -> list[tuple[str, object]]:
    return [
        (t.replace("“", "").replace("”", "") + ".docx", docx(*_a(t, p, **kw))) for t, p in pairs
    ]


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    a = _arts(
        [
            (
                "岱岳区职教中心开放实训基地迎来千名访客",
                "11月9日至10日，学校实训基地接待访客1000余人次。",
            ),
            ("职教中心师生送技能到满庄镇", "学校电工、农机专业师生在满庄镇开展技能服务。"),
            ("职教中心优秀毕业生事迹展开展", "学校展出近五年优秀毕业生事迹30个。"),
        ]
    )
    send(
        b,
        u,
        "11-11 08:30",
        "coremail-gov",
        "岱岳区职教中心活动周稿件",
        "市局老师：我校稿件三篇。\n岱岳区职业教育中心办公室 刘洋\n",
        [art(n, d, "dyzj") for n, d in a],
    )
    c = _arts(
        [
            ("职教中心举办“技能之星”颁奖", "11月13日，学校为20名技能之星颁奖。"),
            ("职教中心开展家长开放课堂", "11月14日上午，学校邀请家长走进课堂。"),
        ]
    )
    send(
        b,
        u,
        "11-14 15:00",
        "coremail-gov",
        "岱岳区职教中心稿件（二）",
        "再报两篇。\n刘洋\n",
        [art(n, d, "dyzj") for n, d in c],
    )
    summ = docx(["h", "岱岳区职业教育中心活动周总结"], ["p", "学校共开展活动12场。"])
    st = sheet(stats_rows("岱岳区职业教育中心", [4, 8, 2, 5, 2600, 1400, 5, 7000]))
    send(
        b,
        u,
        "11-16 08:50",
        "coremail-gov",
        "职教中心总结、统计表",
        "请查收。\n刘洋\n",
        [
            f("职教中心活动周总结.docx", summ, "summary", "dyzj"),
            f("职教中心统计表.xlsx", st, "statistics", "dyzj"),
        ],
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    plan = docx(
        ["h", "泰山区职专2020年职业教育活动周活动方案"],
        ["p", "学校开展“专业开放月”“技能进社区”两项主题活动。"],
    )
    send(
        b,
        u,
        "11-04 11:40",
        "coremail",
        "泰山区职专活动周方案",
        """市教育局职成高教科：
附件为我校活动周方案。专栏网址：http://www.tsqzz.com/hdz2020.html
联络员：教务处 主任 高远 手机：13665386071 邮箱：tsqzz_bgs@126.com
泰安市泰山区职业中等专业学校
""",
        [f("泰山区职专活动周方案.docx", plan, "plan", "tsqzz")],
        column_url="http://www.tsqzz.com/hdz2020.html",
        liaison=person("", "高远", "教务处主任", "tsqzz_bgs@126.com", "13665386071"),
    )
    a = _arts(
        [
            ("泰山区职专举办专业开放月", "学校12个专业向社会开放。"),
            ("泰山区职专学生为环卫工人送温暖", "学生为环卫工人送上自制点心。"),
            ("泰山区职专茶艺社团展示泰山茶文化", "茶艺社团在活动周现场展示泰山女儿茶冲泡。"),
        ]
    )
    send(
        b,
        u,
        "11-12 19:20",
        "coremail",
        "泰山区职专宣传稿件3篇",
        "请查收。\n高远\n",
        [art(n, d, "tsqzz") for n, d in a],
    )
    summ = docx(["h", "泰山区职专活动周总结"], ["p", "学校开展活动10场。"])
    st = sheet(stats_rows("泰山区职专", [3, 7, 1, 4, 2200, 800, 5, 6000]))
    send(
        b,
        u,
        "11-16 13:30",
        "coremail",
        "泰山区职专总结及统计表",
        "请查收。\n",
        [
            f("泰山区职专活动周总结.docx", summ, "summary", "tsqzz"),
            f("泰山区职专统计表.xlsx", st, "statistics", "tsqzz"),
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    plan = docx(
        ["header", "新泰市职业中等专业学校"],
        ["h", "2020年职业教育活动周实施方案"],
        ["p", "一、活动时间：11月8日—14日。二、活动内容：匠心社团进社区、专业体验日。"],
    )
    send(
        b,
        u,
        "11-04 17:05",
        "coremail",
        "方案、专栏、联络员",
        """老师好，附件为方案。
专栏：http://www.xtzz.net/hdz/
联络员：宣传办 干事 曹丽丽，13954815536，xtzz_jwc@163.com
""",
        [
            f(
                "2020年职业教育活动周实施方案.docx",
                plan,
                "plan",
                "xtzz",
                note="the school only in the page header and the sender address",
            )
        ],
        column_url="http://www.xtzz.net/hdz/",
        liaison=person("", "曹丽丽", "宣传办干事", "xtzz_jwc@163.com", "13954815536"),
    )
    a = _arts(
        [
            ("新泰职专举办专业体验日", "11月10日，全市600余名初中学生走进新泰职专。"),
            ("新泰职专汽修师生义务保养校车", "汽修专业师生为全市校车义务保养。"),
            ("新泰职专开展“职教故事”演讲比赛", "学校举办职教故事演讲比赛。"),
            ("新泰职专毕业生返乡创业典型", "学校毕业生创办的家庭农场带动30户增收。"),
        ]
    )
    send(
        b,
        u,
        "11-11 15:30",
        "coremail",
        "新泰职专宣传稿件4篇",
        "请查收。\n曹丽丽\n",
        [art(n, d, "xtzz") for n, d in a],
    )
    summ = lo("lo-odt", "新泰市职业中等专业学校活动周总结", ["学校开展活动14场。"])
    st = calc("lo-ods", stats_rows("新泰市职业中等专业学校", [5, 9, 1, 4, 3000, 1200, 5, 9000]))
    send(
        b,
        u,
        "11-16 15:10",
        "coremail",
        "总结、统计表",
        "请查收。\n新泰职专\n",
        [
            f("新泰职专活动周总结.odt", summ, "summary", "xtzz"),
            f("新泰职专统计表.ods", st, "statistics", "xtzz"),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    plan = lo(
        "lo-doc",
        "肥城市职业中等专业学校活动周方案",
        ["学校活动周开展桃木雕刻体验、家电义修等活动。"],
    )
    send(
        b,
        u,
        "11-04 08:40",
        "outlook",
        "肥城职专活动周方案",
        """职成高教科：
我校方案见附件。专栏：http://www.fczz.cn/zjhdz/
联络员：肥城职专办公室 副主任 尹涛 13355387246 fczz@ta.shandong.cn
""",
        [f("肥城职专活动周方案.doc", plan, "plan", "fczz")],
        column_url="http://www.fczz.cn/zjhdz/",
        liaison=person("肥城职专", "尹涛", "办公室副主任", "fczz@ta.shandong.cn", "13355387246"),
    )
    a = _arts(
        [
            ("桃木雕刻体验课受追捧", "活动周期间，学校开设桃木雕刻体验课8节。"),
            ("家电义修进社区", "电子专业学生为居民义修家电。"),
            ("校园开放日迎来初中家长", "学校向初中家长开放校园。"),
            ("学生技能作品展", "学校展出学生技能作品150件。"),
            ("企业导师进课堂", "合作企业技术骨干走进课堂授课。"),
        ],
        foot="肥城市职业中等专业学校 2020年11月",
    )
    send(
        b,
        u,
        "11-12 22:05",
        "coremail",
        "宣传材料五篇",
        "老师好，五篇宣传材料请查收。\n",
        [art(n, d, "fczz") for n, d in a],
        sender="yin_tao1983@163.com",
        sender_name="尹涛",
        note="a teacher's 163 box, the school only in the articles' 落款 (the liaison's name "
        "matches fczz's 11-04 mail)",
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    plan = docx(
        ["h", "宁阳县职业中等专业学校2020年职业教育活动周方案"],
        ["p", "学校开展校园开放日、技术服务下乡等活动。"],
    )
    send(
        b,
        u,
        "11-04 16:30",
        "foxmail",
        "宁阳职专活动周方案",
        """市局职成高教科：
方案见附件。专栏 http://www.nyzz.sd.cn/zt/hdz/
联络员 信息办主任 孔令军 15865886302 nyzz_xxb@163.com
""",
        [f("宁阳职专活动周方案.docx", plan, "plan", "nyzz")],
        column_url="http://www.nyzz.sd.cn/zt/hdz/",
        liaison=person("", "孔令军", "信息办主任", "nyzz_xxb@163.com", "15865886302"),
    )
    summ = docx(["h", "宁阳职专活动周总结"], ["p", "学校开展活动11场。"])
    st = sheet(stats_rows("宁阳县职业中等专业学校", [4, 7, 1, 3, 2100, 700, 5, 5000]))
    send(
        b,
        u,
        "11-16 10:20",
        "foxmail",
        "宁阳职专总结及统计表",
        "请查收。\n孔令军\n",
        [
            f("宁阳职专活动周总结.docx", summ, "summary", "nyzz"),
            f("宁阳职专统计表.xlsx", st, "statistics", "nyzz"),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    plan = docx_pdf(
        ["footer", "东平县职业教育中心学校"],
        ["h", "东平职教中心活动周方案"],
        ["p", "学校活动周以“技能进湖区”为特色。"],
    )
    send(
        b,
        u,
        "11-05 08:15",
        "coremail",
        "东平职教中心活动周方案及联络员",
        """市局：
方案PDF见附件。专栏：http://www.dpzjzx.cn/hdz2020/
联络员：东平县职业教育中心学校 教务处副主任 石磊 13805380926 dpzjzx_bgs@126.com
""",
        [f("东平职教中心活动周方案.pdf", plan, "plan", "dpzj")],
        column_url="http://www.dpzjzx.cn/hdz2020/",
        liaison=person(
            "东平县职业教育中心学校", "石磊", "教务处副主任", "dpzjzx_bgs@126.com", "13805380926"
        ),
    )
    a = _arts(
        [
            ("东平职教中心师生进湖区送技能", "学校师生到老湖镇检修渔船机械。"),
            ("东平职教中心举办技能展演", "学校举办技能展演，吸引群众观看。"),
            ("东平职教中心开展职业启蒙进小学", "学校教师走进3所小学开设职业启蒙课。"),
            ("东平职教中心毕业生回校宣讲", "优秀毕业生回校宣讲。"),
            ("东平职教中心活动周成果展播", "学校展播活动周成果视频。"),
        ]
    )
    send(
        b,
        u,
        "11-13 20:45",
        "coremail",
        "东平职教中心 活动周稿件",
        """老师，五篇稿件，请查收。
东平职教中心 教务处 孙老师
""",
        [art(n, d, "dpzj") for n, d in a],
        sender="sunhong_dp@163.com",
        sender_name="孙红",
        note="a teacher's 163 box, the school's short name in the signature",
    )
    summ = docx(["h", "东平县职业教育中心学校活动周总结"], ["p", "学校开展活动13场。"])
    send(
        b,
        u,
        "11-16 16:40",
        "coremail",
        "东平职教中心活动周总结",
        "总结见附件。\n石磊\n",
        [f("东平职教中心活动周总结.docx", summ, "summary", "dpzj")],
    )
    st = sheet(stats_rows("东平县职业教育中心学校", [5, 8, 1, 5, 2400, 1500, 5, 8000]))
    send(
        b,
        u,
        "11-16 19:30",
        "coremail",
        "东平职教中心统计表",
        "统计表补发。\n石磊\n",
        [f("东平职教中心统计表.xlsx", st, "statistics", "dpzj", note="after its deadline")],
    )


def tasl(b: Builder) -> None:
    u = U["tasl"]
    plan = docx(
        ["h", "泰安市理工中等职业学校（原泰安市职业中等专业学校）2020年职业教育活动周方案"],
        ["p", "学校更名后首次组织活动周，重点宣传新专业布局。"],
    )
    send(
        b,
        u,
        "11-05 10:20",
        "foxmail",
        "理工中职活动周方案",
        """田老师好：
我校（原泰安职业中专）活动周方案见附件。
专栏：http://www.talgzz.cn/hdz2020/
联络员：校办 主任 冯晓光 15562873390 talgzz_xb@126.com
""",
        [f("理工中职活动周方案.docx", plan, "plan", "tasl")],
        column_url="http://www.talgzz.cn/hdz2020/",
        liaison=person("", "冯晓光", "校办主任", "talgzz_xb@126.com", "15562873390"),
    )
    a = _arts(
        [
            ("泰安职业中专开放日迎来千名家长", "11月9日，学校开放日接待家长1000余人次。"),
            ("职专学子走进社区义务理发", "美发专业学生为社区老人义务理发。"),
            ("职专数控专业与企业共建实训基地", "学校与2家企业共建数控实训基地。"),
        ],
        foot="泰安职业中专宣传办",
    )
    send(
        b,
        u,
        "11-10 20:10",
        "qqweb",
        "泰安职业中专 活动周稿件",
        """老师您好，我是泰安职业中专宣传办的刘老师，发三篇活动周稿件。
""",
        [art(n, d, "tasl") for n, d in a],
        sender="912846357@qq.com",
        sender_name="刘",
        unassigned_ok=True,
        note="a teacher's QQ box writing the school's old name only (泰安职业中专, no alias)",
    )
    c = _arts(
        [
            ("理工中职举办技能节闭幕式", "11月13日，学校技能节闭幕。"),
            ("理工中职开展防疫知识宣传进社区", "护理专业学生在社区宣传防疫知识。"),
        ]
    )
    send(
        b,
        u,
        "11-13 17:00",
        "foxmail",
        "理工中职稿件两篇",
        "请查收。\n冯晓光\n",
        [art(n, d, "tasl") for n, d in c],
    )
    summ = lo("lo-docx", "泰安市理工中等职业学校活动周总结", ["学校开展活动15场。"])
    st = sheet(stats_rows("泰安市理工中等职业学校", [6, 9, 1, 5, 3300, 1100, 5, 11000]))
    send(
        b,
        u,
        "11-16 17:20",
        "foxmail",
        "理工中职总结、统计表",
        "请查收。\n",
        [
            f("理工中职活动周总结.docx", summ, "summary", "tasl"),
            f("理工中职统计表.xlsx", st, "statistics", "tasl"),
        ],
    )


STORIES = [dyzj, tsqzz, xtzz, fczz, nyzz, dpzj, tasl]
