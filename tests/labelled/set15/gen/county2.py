"""Set15 stories of three more county bureaus.

ningyang: a column page listing its schools' columns (宁阳职专's column comes only this way);
a GBK zip of articles each named for the county or the school; a statistics table with a row
for 宁阳职专 (the school never sends its own table).
dongping: a question asked on its schools' behalf; an .odt 汇编 of five with no credits (one
about 东平职教中心: the county's); 代报 of the school's late statistics.
gaoxin: no registered school; a zip of its schools' plans; a city-level school's (服装学院)
article that came to it by mistake, forwarded.
"""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from .build import Builder, person, send
from .shape import STAT_HEAD, U, dx, dxpdf, f, fwd_block, lo, xl, zipped


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-04 14:45",
        "py-compat32",
        "宁阳县教体局报送活动周方案",
        "市教育局职成高教科：\n我县活动周方案见附件。宣传专栏：http://www.ny.gov.cn/jtj/zjhdz/\n"
        "联络员：宁阳县教体局职成股股长 韩振宇，手机13668682317，邮箱nyjtj@ta.shandong.cn\n宁阳县教育和体育局",
        [
            f(
                "宁阳县教育和体育局.docx",
                dx(
                    ["h", "宁阳县2020年职业教育活动周实施方案"],
                    ["p", "宁阳职专开展蔬菜种植技术服务和开放日。"],
                ),
                "plan",
                "ningyang",
            )
        ],
        column_url="http://www.ny.gov.cn/jtj/zjhdz/",
        charset="gbk",
        liaison=person(
            "宁阳县教体局", "韩振宇", "职成股股长", "nyjtj@ta.shandong.cn", "13668682317"
        ),
    )
    send(
        b,
        u,
        "11-06 10:20",
        "py-compat32",
        "宁阳县活动周专栏及学校子栏目",
        "市局：\n我县活动周专栏已上线，首页设有学校子栏目：\n"
        "县专栏 http://www.ny.gov.cn/jtj/zjhdz/\n"
        "宁阳职专子栏目 http://www.nyzz.net/zjhdz2020/\n宁阳县教体局 韩振宇",
        column_url="http://www.nyzz.net/zjhdz2020/",
        credit="nyzz",
        charset="gbk",
    )
    arts = [("宁阳县-活动周启动.docx", "宁阳县职业教育活动周启动", "ningyang"),
            ("宁阳县-职教政策进乡村.docx", "职教政策宣讲进乡村", "ningyang"),
            ("宁阳县-校企对接.docx", "宁阳县召开职教校企对接会", "ningyang"),
            ("宁阳职专-大棚技术服务.docx", "宁阳职专师生走进蔬菜大棚", "nyzz"),
            ("宁阳职专-开放日.docx", "宁阳职专举办校园开放日", "nyzz")]  # fmt: skip
    members = [f(n, dx(["h", h], ["p", f"{h}，参与群众踊跃。"]), "article", o) for n, h, o in arts]
    send(
        b,
        u,
        "11-11 09:40",
        "py-compat32",
        "宁阳县活动周稿件5篇（压缩包）",
        "稿件5篇打包，文件名前为报送单位。",
        [
            f(
                "宁阳稿件.zip",
                zipped("zip-gbk", [(m.name, m.doc) for m in members]),  # type: ignore[misc]
                "article",
                "ningyang",
                label=False,
            )
        ],
        members=members,
        charset="gbk",
    )
    send(
        b,
        u,
        "11-14 15:10",
        "py-compat32",
        "宁阳县稿件两篇",
        "再报两篇。",
        [
            f(f"{h}.docx", dx(["h", h], ["p", p]), "article", "ningyang")
            for h, p in (
                ("宁阳县职教志愿者服务农村留守老人", "志愿者为老人理发、测血压。"),
                ("宁阳县职教成果展览开幕", "展览在县文化中心持续一周。"),
            )
        ],
        charset="gbk",
    )
    send(b, u, "11-16 14:00", "py-compat32", "宁阳县活动周总结与统计表",
         "总结与统计表（含宁阳职专一行）请查收。",
         [f("宁阳县活动周总结.docx", dx(["h", "宁阳县2020年职业教育活动周总结"], ["p", "全县开展活动11场。"]),
            "summary", "ningyang"),
          f("宁阳县统计表.xlsx", xl([STAT_HEAD, ["宁阳县职业中等专业学校", 2, 4, 1, 3, 980, 650, 5, 7700],
                                     ["县教体局", 1, 2, 0, 1, 60, 400, 4, 5200],
                                     ["合计", 3, 6, 1, 4, 1040, 1050, 9, 12900]]), "statistics", "ningyang")],
         charset="gbk")  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-05 16:30",
        "nodemailer",
        "东平县活动周方案（联络员、专栏）",
        "田科长好：\n东平县方案见附件PDF。\n专栏：http://www.dongping.gov.cn/jyj/hdz/\n"
        "联络员：职成教股 副股长 苗立新 电话15305387712 邮箱dpxjtj_zj@163.com",
        [
            f(
                "东平县活动周方案.pdf",
                dxpdf(
                    ["header", "东平县教育和体育局"],
                    ["h", "东平县2020年职业教育活动周方案"],
                    ["p", "东平职教中心开展网络开放日和送技下乡。"],
                ),
                "plan",
                "dongping",
            )
        ],
        column_url="http://www.dongping.gov.cn/jyj/hdz/",
        liaison=person("", "苗立新", "职成教股副股长", "dpxjtj_zj@163.com", "15305387712"),
    )
    send(
        b,
        u,
        "11-09 08:15",
        "nodemailer",
        "代东平职教中心咨询：稿件可否用视频",
        "市局老师：\n东平职教中心和县内两所初中想报送短视频作为宣传材料，请问视频是否计入5篇？"
        "如可以，用什么方式报送？\n东平县教体局 苗立新",
    )
    pieces = [("东平县职教活动周启动", "启动仪式在县职教中心举行。"),
              ("东平职教中心学生为湖区渔民维修船用电器", "学生走进老湖镇为渔民服务。"),
              ("东平县职教宣传进集市", "工作人员在州城大集发放宣传资料。"),
              ("东平县举办职业体验日", "初中学生体验烹饪、电子装配等项目。"),
              ("东平县评选职教之星", "10名优秀毕业生获评“职教之星”。")]  # fmt: skip
    paras = [x for n, (h, p) in enumerate(pieces, 1) for x in (f"（{n}）{h}", p)]
    send(
        b,
        u,
        "11-12 10:00",
        "nodemailer",
        "东平县宣传稿件汇编5篇",
        "东平县宣传稿件汇编，共5篇。",
        [
            f(
                "东平县宣传稿件汇编.odt",
                lo("lo-odt", "东平县职业教育活动周宣传稿件", paras),
                "article",
                "dongping",
                count=5,
            )
        ],
    )
    send(
        b,
        u,
        "11-16 16:20",
        "nodemailer",
        "东平县总结+统计",
        "东平县总结、统计表已附。",
        [
            f(
                "东平县活动周总结.docx",
                dx(["h", "东平县2020年职业教育活动周总结"], ["p", "全县活动10场。"]),
                "summary",
                "dongping",
            ),
            f(
                "东平县统计表.xlsx",
                xl([STAT_HEAD, ["东平县", 3, 5, 1, 2, 1300, 500, 6, 8800]]),
                "statistics",
                "dongping",
            ),
        ],
    )
    send(
        b,
        u,
        "11-17 08:55",
        "nodemailer",
        "代报：东平职教中心活动周统计表",
        "市局：东平职教中心统计表迟报，我局代为报送。苗立新",
        [
            f(
                "东平职教中心统计表.xls",
                lo(
                    "lo-xls",
                    "东平县职业教育中心学校活动周统计表",
                    [],
                    [STAT_HEAD, ["东平县职业教育中心学校", 2, 4, 1, 2, 900, 500, 5, 6100]],
                ),
                "statistics",
                "dpzj",
            )
        ],
    )


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-03 17:05",
        "wps",
        "高新区活动周工作方案",
        "市教育局职成高教科：\n高新区活动周方案见附件，辖区学校方案随后打包报送。\n"
        "专栏：http://www.tagxq.gov.cn/shsyj/zjhdz/\n联络员：社会事业局教育科 科员 宋晓琳 13465888016 gxjtj_shfw@163.com",
        [
            f(
                "高新区活动周工作方案.docx",
                dx(
                    ["h", "泰安高新区2020年职业教育活动周工作方案"],
                    ["p", "辖区中小学开展劳动和职业启蒙教育。"],
                ),
                "plan",
                "gaoxin",
            )
        ],
        column_url="http://www.tagxq.gov.cn/shsyj/zjhdz/",
        liaison=person("", "宋晓琳", "教育科科员", "gxjtj_shfw@163.com", "13465888016"),
    )
    members = [
        f(n, dx(["h", h], ["p", "活动周期间开展职业体验。"]), "plan", "gaoxin")
        for n, h in (
            ("北集坡中学.docx", "北集坡中学职业启蒙活动安排"),
            ("2.docx", "高新区第一实验学校劳动教育周方案"),
        )
    ]
    send(
        b,
        u,
        "11-05 11:00",
        "wps",
        "高新区学校方案",
        "辖区学校方案两份。",
        [
            f(
                "学校方案.zip",
                zipped("zip", [(m.name, m.doc) for m in members]),  # type: ignore[misc]
                "plan",
                "gaoxin",
                label=False,
            )
        ],
        members=members,
    )
    send(b, u, "11-11 14:20", "wps", "高新区稿件5篇",
         "5篇稿件请审阅。",
         [f(f"{h}.docx", dx(["h", h], ["p", p], ["p", "高新区社会事业局供稿"]), "article", "gaoxin")
          for h, p in (("高新区职业启蒙课走进课堂", "北集坡中学开设职业体验课。"),
                       ("高新区企业开放日迎来中学生", "学生参观智能制造车间。"),
                       ("高新区劳动教育基地揭牌", "基地可同时容纳300名学生实践。"),
                       ("高新区开展职教政策宣传", "发放明白纸1500份。"),
                       ("高新区举办技能体验营", "60名学生体验3D打印。"))])  # fmt: skip
    s = U["sdfz"]
    send(
        b,
        u,
        "11-12 09:30",
        "wps",
        "转发服装学院误发稿件",
        "市局：山东服装职业学院的稿件误发至我局，转交。宋晓琳"
        + fwd_block(
            "foxmail",
            "服装学院党政办",
            s.email,
            "2020年11月11日(星期三) 下午4:10",
            u.email,
            "活动周稿件",
            "您好，附件为我院活动周稿件。",
        ),
        [
            f(
                "服装学院举办非遗服饰展演.docx",
                dx(["h", "山东服装职业学院举办非遗服饰展演"], ["p", "学生身着自制鲁绣服饰走秀。"]),
                "article",
                "sdfz",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 15:30",
        "wps",
        "高新区总结、统计表",
        "总结与统计表。",
        [
            f(
                "高新区活动周总结.pdf",
                lo("lo-pdf", "泰安高新区2020年职业教育活动周总结", ["辖区开展活动8场。"]),
                "summary",
                "gaoxin",
            ),
            f(
                "高新区统计表.xlsx",
                xl(
                    [
                        STAT_HEAD,
                        ["北集坡中学", 1, 2, 0, 0, 400, 0, 2, 900],
                        ["高新区第一实验学校", 1, 1, 0, 0, 350, 0, 1, 600],
                        ["合计", 2, 3, 0, 0, 750, 0, 3, 1500],
                    ]
                ),
                "statistics",
                "gaoxin",
            ),
        ],
    )


STORIES = [ningyang, dongping, gaoxin]


def extra(b: Builder) -> None:
    """Three more county relays: a 更正版 table, a zip of a school's pieces named only inside,
    and a school's column forwarded inline."""
    ts = U["taishan"]
    send(b, ts, "11-16 17:35", "coremail-gov", "泰山区统计表（更正版）",
         "上午报送的统计表中岱庙街道中学线下活动数有误，现报更正版，以此为准。",
         [f("泰山区活动周统计表（更正版）.xlsx",
            lo("lo-xlsx", "2020年职业教育活动周情况统计表（泰山区）", [],
               [STAT_HEAD, ["泰山区职业中等专业学校", 6, 4, 2, 3, 1850, 920, 9, 36000],
                ["泰安市泰山区岱庙街道中学", 1, 3, 0, 0, 420, 0, 1, 800],
                ["区教体局", 3, 1, 0, 1, 120, 300, 5, 15200],
                ["合计", 10, 8, 2, 4, 2390, 1220, 15, 52000]]), "statistics", "taishan")])  # fmt: skip
    xt = U["xintai"]
    members = [
        f(f"{n}.docx", dx(["p", "新泰市职业中等专业学校"], ["h", h], ["p", p]), "article", "xtzz")
        for n, (h, p) in enumerate(
            (
                ("新泰职专举办汽车美容技能体验", "市民免费体验车辆清洗与打蜡。"),
                ("新泰职专学前教育专业走进幼儿园", "学生为幼儿表演绘本剧。"),
            ),
            1,
        )
    ]
    send(
        b,
        xt,
        "11-13 15:40",
        "snail",
        "新泰职专补充稿件（打包转报）",
        "新泰职专补充稿件两篇，学校打包交我局转报。魏东亮",
        [
            f(
                "新泰职专补充稿件.zip",
                zipped("zip", [(m.name, m.doc) for m in members]),  # type: ignore[misc]
                "article",
                "xtzz",
                label=False,
            )
        ],
        members=members,
    )
    fc, sch = U["feicheng"], U["fczz"]
    send(
        b,
        fc,
        "11-09 10:05",
        "qqweb",
        "转发：肥城职专活动周专栏网址",
        "市局职成高教科：肥城职专网站专栏已建好，转发学校邮件。路红霞"
        + fwd_block(
            "foxmail",
            "肥城职专",
            sch.email,
            "2020年11月9日(星期一) 上午9:40",
            fc.email,
            "肥城职专活动周专栏网址",
            "路科长：我校网站活动周专栏已上线 http://www.fczz.net/hdz2020/ ，请转市局。尹志刚",
        ),
        column_url="http://www.fczz.net/hdz2020/",
        credit="fczz",
    )


STORIES.append(extra)
