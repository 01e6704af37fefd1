"""Set15 stories of xintai (代为转报 of 新泰职专's plan and late summary; a PDF 汇编 with 来源/作者
lines) and feicheng (a contact table with the school's liaison; 肥城职专's summary mail
forwarded whole as message/rfc822)."""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from .build import Builder, person, send
from .shape import STAT_HEAD, U, dx, f, inner_mail, lo, xl


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(
        b,
        u,
        "11-02 10:05",
        "snail",
        "新泰市职业教育活动周方案",
        "市教育局职成高教科：\n新泰市活动周方案附后。\n专栏：http://jyj.xintai.gov.cn/zjhdz/\n"
        "联络员 新泰市教体局职教科 科长 魏东亮 xtsjtj@ta.shandong.cn 13792136058\n新泰市教育和体育局",
        [
            f(
                "新泰市2020年职业教育活动周方案.odt",
                lo(
                    "lo-odt",
                    "新泰市2020年职业教育活动周方案",
                    [
                        "各职业学校开展网络开放日，新泰职专承办全市技能展演。",
                        "市教体局职教科牵头。",
                    ],
                ),
                "plan",
                "xintai",
            )
        ],
        column_url="http://jyj.xintai.gov.cn/zjhdz/",
        liaison=person(
            "新泰市教体局", "魏东亮", "职教科科长", "xtsjtj@ta.shandong.cn", "13792136058"
        ),
    )
    send(
        b,
        u,
        "11-06 09:12",
        "snail",
        "代新泰职专转报活动周方案",
        "市局职成高教科：\n新泰职专邮箱出现故障，学校委托我局代为转报活动周方案，请查收。\n魏东亮",
        [
            f(
                "新泰职专活动周方案.docx",
                dx(
                    ["h", "新泰市职业中等专业学校职业教育活动周方案"],
                    ["p", "学校将举办技能展演、开放日和送技下乡。"],
                ),
                "plan",
                "xtzz",
            )
        ],
    )
    parts = [
        ("新泰职专承办全市职教技能展演", "来源：新泰职专", "烹饪、数控等8个专业学生同台献技。"),
        ("新泰市职业教育活动周启动", "", "11月8日，新泰市活动周在青云广场启动。"),
        ("新泰职专“技能下乡”进果园", "来源：新泰职专 办公室", "果树专业师生为果农讲解冬季修剪技术。"),
        ("新泰市第二职专开展网络开放日", "作者：新泰市第二职业中专 刘畅", "学校通过抖音直播实训课程。"),
        ("新泰市职教政策宣讲进社区", "", "市教体局工作人员向居民讲解中职免学费和升学政策。"),
        ("新泰市举办职业院校校长论坛", "", "各校校长围绕产教融合交流办学经验。"),
    ]  # fmt: skip
    paras = []
    for n, (h, src, body) in enumerate(parts, 1):
        paras += [f"{n}. {h}", body] + ([src] if src else [])
    send(
        b,
        u,
        "11-12 11:20",
        "snail",
        "新泰市活动周稿件汇编",
        "汇编6篇，请审阅。",
        [
            f(
                "新泰市活动周稿件汇编.pdf",
                lo("lo-pdf", "新泰市职业教育活动周稿件汇编", paras),
                "article",
                "xintai",
                count=6,
                credits={"xtzz": 2, "xintai": 4},
            )
        ],
    )
    send(
        b,
        u,
        "11-13 09:00",
        "snail",
        "新泰市稿件一篇（链接）",
        "新泰市教体局稿件：http://jyj.xintai.gov.cn/art/2020/11/12/art_88_3012.html",
        article_links=["http://jyj.xintai.gov.cn/art/2020/11/12/art_88_3012.html"],
    )
    send(b, u, "11-16 16:50", "snail", "新泰市活动周统计表",
         "统计表先报，总结稍后。",
         [f("新泰市统计表.xlsx", xl([STAT_HEAD, ["新泰市职业中等专业学校", 4, 5, 1, 2, 1600, 800, 7, 12000],
                                     ["新泰市第二职业中专", 2, 2, 1, 1, 700, 200, 3, 4100],
                                     ["合计", 6, 7, 2, 3, 2300, 1000, 10, 16100]]),
            "statistics", "xintai")])  # fmt: skip
    send(
        b,
        u,
        "11-17 09:35",
        "snail",
        "新泰市活动周总结（含新泰职专总结代报）",
        "市局：\n我市活动周总结报上。新泰职专的总结报送迟了，学校委托我局代为转报，一并附上。\n魏东亮",
        [
            f(
                "新泰市2020年职业教育活动周总结.odt",
                lo("lo-odt", "新泰市2020年职业教育活动周工作总结", ["全市共开展活动13场。"]),
                "summary",
                "xintai",
            ),
            f(
                "新泰职专活动周总结.docx",
                dx(
                    ["h", "新泰市职业中等专业学校2020年职业教育活动周总结"],
                    ["p", "我校活动周共举办活动9场。"],
                ),
                "summary",
                "xtzz",
            ),
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    contacts = dx(
        ["h", "肥城市职业教育活动周联络员"],
        ["t", [["单位", "姓名", "职务", "手机", "邮箱"],
               ["肥城市教育和体育局", "路红霞", "职成教科科长", "13805382691", "fcjtj_zcjk@126.com"],
               ["肥城市职业中等专业学校", "尹志刚", "团委书记", "15966054372", "fczz@ta.shandong.cn"],
               ["肥城市王庄镇中学", "赵倩", "教师", "13953873025", ""]]],
    )  # fmt: skip
    send(
        b,
        u,
        "11-05 10:12",
        "qqweb",
        "肥城市活动周方案+联络员名单",
        "市局职成高教科：\n附件是我市方案和联络员名单（含肥城职专）。专栏地址："
        "http://www.feicheng.gov.cn/zwgk/jytj/zjhdz/\n肥城市教体局 路红霞",
        [
            f(
                "肥城市活动周方案.docx",
                dx(
                    ["h", "肥城市2020年职业教育活动周活动方案"],
                    ["p", "肥城职专举办开放日，各镇街中学开展职业体验。"],
                ),
                "plan",
                "feicheng",
            ),
            f("联络员名单.docx", contacts, "contact", "feicheng"),
        ],
        column_url="http://www.feicheng.gov.cn/zwgk/jytj/zjhdz/",
        liaison=person(
            "肥城市教育和体育局", "路红霞", "职成教科科长", "fcjtj_zcjk@126.com", "13805382691"
        ),
        other_liaisons=[
            {
                "for": "fczz",
                **person(
                    "肥城市职业中等专业学校",
                    "尹志刚",
                    "团委书记",
                    "fczz@ta.shandong.cn",
                    "15966054372",
                ),
            }
        ],
    )
    send(
        b,
        u,
        "11-10 15:00",
        "qqweb",
        "肥城市活动周宣传稿",
        "肥城市稿件一篇（正文），另附4篇。\n\n肥城市职教活动周走进桃花源社区\n"
        "11月9日，肥城市教体局组织职教志愿者走进桃花源社区，开展家电维修、健康咨询等服务，"
        "受益群众300余人。",
        [
            f(f"{h}.docx", lo("lo-docx", h, [p]), "article", "feicheng")
            for h, p in (
                ("肥城市举行职教活动周启动仪式", "启动仪式上发布了肥城职教宣传片。"),
                ("肥城市开展职业启蒙教育", "全市15所初中开设职业体验课。"),
                ("肥城市职教成果线上展厅开放", "线上展厅集中展示学生作品300余件。"),
                ("肥城市召开校企合作对接会", "23家企业参会，签订合作协议9项。"),
            )
        ],
        body_article=True,
    )
    s = U["fczz"]
    inner = inner_mail(
        "fczz-inner-summary",
        "11-16 09:02",
        s.email,
        "肥城职专团委",
        "肥城职专活动周总结及统计表",
        "路科长：学校总结和统计表附后，请转市局。\n肥城职专 尹志刚",
        "coremail-gov",
        u.email,
    )
    send(b, u, "11-16 11:30", "qqweb", "转发：肥城职专活动周总结及统计表",
         "市局：肥城职专的总结和统计表转发给您（见附件邮件）。",
         [f("肥城职专活动周总结.docx", dx(["h", "肥城市职业中等专业学校职业教育活动周总结"],
                                       ["p", "学校开展开放日、送技下乡等活动8场。"]), "summary", "fczz"),
          f("肥城职专统计表.xlsx", xl([STAT_HEAD, ["肥城市职业中等专业学校", 3, 5, 1, 2, 1400, 700, 6, 9800]]),
            "statistics", "fczz")], forward=inner)  # fmt: skip
    send(b, u, "11-16 17:10", "qqweb", "肥城市总结和统计表",
         "我市总结和统计表，统计表含肥城职专和两所镇街中学的数据。",
         [f("肥城市活动周总结.doc", lo("lo-doc", "肥城市2020年职业教育活动周工作总结", ["全市共开展活动15场。"]),
            "summary", "feicheng"),
          f("肥城市统计表.xls", lo("lo-xls", "肥城市职业教育活动周情况统计表", [],
                                 [STAT_HEAD, ["肥城市职业中等专业学校", 3, 5, 1, 2, 1400, 700, 6, 9800],
                                  ["王庄镇中学", 0, 1, 0, 0, 350, 0, 1, 200],
                                  ["合计", 3, 6, 1, 2, 1750, 700, 7, 10000]]), "statistics", "feicheng")])  # fmt: skip


STORIES = [xintai, feicheng]
