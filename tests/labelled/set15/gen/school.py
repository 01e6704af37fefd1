"""Set15 stories of the thirteen schools: the six county schools send what their counties did
not pass on (and some things twice); the seven city-level schools write for themselves.

Shapes: a school's column sent alone; a WeChat-only column (fczz); a liaison only in the
county's table (fczz, dyzj); the school's statistics only as a row of its county's table
(nyzz); a liaison with an office phone first and the mobile the next day (tsvtc); a 汇编 of a
college credited to its departments (tzy: all the college's); the 人社局 mailbox (tajs).
"""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from typing import Any

from .build import Builder, person, send
from .shape import STAT_HEAD, U, dx, f, lo, xl


def arts_of(unit: str, items: tuple[tuple[str, str], ...], maker: str = "dx") -> list[Any]:
    name = U[unit].name
    out = []
    for h, p in items:
        if maker == "dx":
            out.append(f(f"{h}.docx", dx(["h", h], ["p", p], ["p", name]), "article", unit))
        elif maker == "pdf":
            out.append(f(f"{h}.pdf", lo("lo-pdf", h, [p, name]), "article", unit))
        else:
            out.append(f(f"{h}.doc", lo("lo-doc", h, [p, name]), "article", unit))
    return out


def stats_of(unit: str, nums: list[int]) -> Any:
    return xl(
        [["2020年职业教育活动周情况统计表"] + [""] * 8, STAT_HEAD, [U[unit].name, *nums]], ["A1:I1"]
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-05 08:20",
        "coremail",
        "泰山区职专宣传专栏地址",
        "市局老师好，我校活动周专栏：http://www.tsqzz.cn/list/hdz2020.html\n泰山区职专 邵明轩",
        column_url="http://www.tsqzz.cn/list/hdz2020.html",
    )
    send(
        b,
        u,
        "11-09 17:45",
        "coremail",
        "泰山区职专活动周稿件（2篇）",
        "两篇稿件，请审阅。",
        arts_of(
            "tsqzz",
            (
                ("泰山区职专云上开放日吸引千名家长", "直播累计观看1.2万人次。"),
                ("泰山区职专举办校园技能节开幕式", "12个专业同时开放实训室。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-16 09:10",
        "coremail",
        "泰山区职专总结和统计表",
        "总结、统计表。\n邵明轩",
        [
            f(
                "泰山区职专活动周总结.docx",
                dx(["h", "泰山区职专2020年职业教育活动周工作总结"], ["p", "学校组织活动10场。"]),
                "summary",
                "tsqzz",
            ),
            f(
                "泰山区职专统计表.xlsx",
                stats_of("tsqzz", [6, 4, 2, 3, 1850, 920, 9, 36000]),
                "statistics",
                "tsqzz",
            ),
        ],
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-05 09:00",
        "android",
        "岱岳区职教中心专栏网址",
        "专栏网址：http://www.dyzjzx.com/zjhdz/ 。联络员见区教体局报送的表格。\n高峻",
        column_url="http://www.dyzjzx.com/zjhdz/",
    )
    send(
        b,
        u,
        "11-09 11:30",
        "android",
        "职教中心稿件",
        "稿件两篇",
        arts_of(
            "dyzj",
            (
                ("岱岳区职教中心开展网络校园开放日", "线上参观实训基地的家长达到800人。"),
                ("职教中心师生为农户检修农机", "为夏张镇农户检修拖拉机15台。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-16 10:40",
        "android",
        "岱岳区职教中心活动周总结",
        "总结见附件。",
        [
            f(
                "总结.docx",
                dx(["h", "泰安市岱岳区职业教育中心活动周总结"], ["p", "我校开展活动16场。"]),
                "summary",
                "dyzj",
            )
        ],
    )
    send(
        b,
        u,
        "11-17 08:30",
        "android",
        "职教中心统计表（补报）",
        "统计表补报，请谅解。",
        [
            f(
                "统计表.xlsx",
                stats_of("dyzj", [5, 6, 1, 4, 2100, 600, 8, 21000]),
                "statistics",
                "dyzj",
            )
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-04 16:00",
        "foxmail",
        "新泰职专联络员及专栏",
        "市教育局职成高教科：\n我校联络员：办公室主任 亓秀梅，手机13562815530，邮箱xtzz_bgs@126.com。\n"
        "专栏：http://www.xtzz.cn/hdz/\n方案学校另行报送。\n新泰市职业中等专业学校",
        column_url="http://www.xtzz.cn/hdz/",
        liaison=person(
            "新泰市职业中等专业学校", "亓秀梅", "办公室主任", "xtzz_bgs@126.com", "13562815530"
        ),
    )
    send(
        b,
        u,
        "11-10 10:10",
        "foxmail",
        "新泰职专稿件三篇",
        "稿件3篇。亓秀梅",
        arts_of(
            "xtzz",
            (
                ("新泰职专学生为社区老人测血压", "护理专业学生服务老人120人。"),
                ("新泰职专开展校企合作成果展", "展示合作企业捐赠设备和学生作品。"),
                ("新泰职专毕业生回校分享创业经历", "三名创业毕业生与在校生座谈。"),
            ),
            "doc",
        ),
    )
    send(
        b,
        u,
        "11-16 15:00",
        "foxmail",
        "新泰职专统计表",
        "统计表请查收。",
        [
            f(
                "新泰职专统计表.xlsx",
                stats_of("xtzz", [4, 5, 1, 2, 1600, 800, 7, 12000]),
                "statistics",
                "xtzz",
            )
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(
        b,
        u,
        "11-04 10:30",
        "outlook",
        "肥城职专活动周方案",
        "市局职成高教科：\n我校方案附后。活动周宣传在学校微信公众号“肥城职专”开设专题。联络员已报肥城市教体局。\n尹志刚",
        [
            f(
                "肥城职专活动周方案.docx",
                dx(
                    ["h", "肥城市职业中等专业学校职业教育活动周活动方案"],
                    ["p", "开展开放日和送技下乡。"],
                ),
                "plan",
                "fczz",
            )
        ],
        wechat_only=True,
    )
    send(
        b,
        u,
        "11-10 14:25",
        "outlook",
        "肥城职专稿件",
        "稿件3篇",
        arts_of(
            "fczz",
            (
                ("肥城职专举办桃木雕刻技艺展示", "非遗传承人与学生同台展示。"),
                ("肥城职专送技下乡进桃园", "为果农讲解病虫害防治。"),
                ("肥城职专开展职业体验周", "接待初中学生500人次。"),
            ),
            "pdf",
        ),
    )
    send(
        b,
        u,
        "11-12 16:00",
        "outlook",
        "肥城职专稿件（续）",
        "续报2篇",
        arts_of(
            "fczz",
            (
                ("肥城职专学生技能大赛获佳绩", "在省赛中获一等奖2项。"),
                ("肥城职专召开家长座谈会", "家长代表对学校办学提出建议。"),
            ),
        ),
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b,
        u,
        "11-05 15:40",
        "thunderbird",
        "宁阳职专方案及联络员",
        "您好：\n附件为我校活动周方案。联络员：教务处 干事 孔令鹏，13884899012，nyzz_jwc@163.com。\n宁阳县职业中等专业学校",
        [
            f(
                "宁阳职专方案.docx",
                dx(
                    ["h", "宁阳县职业中等专业学校2020年职业教育活动周方案"],
                    ["p", "开展蔬菜种植技术服务。"],
                ),
                "plan",
                "nyzz",
            )
        ],
        liaison=person("", "孔令鹏", "教务处干事", "nyzz_jwc@163.com", "13884899012"),
    )
    send(
        b,
        u,
        "11-13 11:00",
        "thunderbird",
        "宁阳职专稿件3篇",
        "请审阅。",
        arts_of(
            "nyzz",
            (
                ("宁阳职专开展直播带货技能培训", "电商专业学生帮助农户销售大枣。"),
                ("宁阳职专举办职业生涯规划讲座", "邀请企业人力资源经理授课。"),
                ("宁阳职专师生慰问敬老院", "为老人表演节目并打扫卫生。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-16 11:20",
        "thunderbird",
        "宁阳职专活动周总结",
        "总结附后。统计表已报县教体局汇总。",
        [
            f(
                "宁阳职专总结.docx",
                dx(["h", "宁阳职专2020年职业教育活动周总结"], ["p", "共开展活动7场。"]),
                "summary",
                "nyzz",
            )
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-04 09:50",
        "iphone",
        "东平职教中心方案",
        "市局：方案、专栏、联络员如下。\n专栏 http://www.dpzjzx.com/hdz/\n联络员 宣传办 主任 陈洪波 15165808823 dpzj_xc@126.com",
        [
            f(
                "东平职教中心方案.docx",
                dx(["h", "东平县职业教育中心学校活动周方案"], ["p", "开展网络开放日和送技下乡。"]),
                "plan",
                "dpzj",
            )
        ],
        column_url="http://www.dpzjzx.com/hdz/",
        liaison=person("", "陈洪波", "宣传办主任", "dpzj_xc@126.com", "15165808823"),
    )
    send(
        b,
        u,
        "11-10 08:40",
        "iphone",
        "稿件",
        "两篇",
        arts_of(
            "dpzj",
            (
                ("东平职教中心开放实训基地", "接待参观群众300人。"),
                ("东平职教中心学生义务理发", "美发专业学生服务居民80人。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-13 20:15",
        "iphone",
        "稿件2",
        "再发两篇",
        arts_of(
            "dpzj",
            (
                ("东平职教中心举办技能擂台赛", "9个项目120名学生参赛。"),
                ("东平职教中心优秀毕业生事迹报告会", "两名毕业生讲述成长故事。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-16 17:20",
        "iphone",
        "东平职教中心总结",
        "总结。统计表另报。",
        [
            f(
                "东平职教中心总结.docx",
                dx(["h", "东平县职业教育中心学校活动周总结"], ["p", "学校开展活动11场。"]),
                "summary",
                "dpzj",
            )
        ],
    )


STORIES = [tsqzz, dyzj, xtzz, fczz, nyzz, dpzj]
