"""Set15 stories of the seven city-level schools: they write for themselves (tajs to the
人社局 mailbox; tsvtc's office phone first and the mobile the next day; tshl's 专栏正在建设)."""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from typing import Any

from .build import Builder, person, send
from .mime import RSJ
from .school import arts_of, stats_of
from .shape import STAT_HEAD, U, dx, dxpdf, f, lo


def _city(
    b: Builder,
    uid: str,
    client: str,
    when: list[str],
    name: str,
    pos: str,
    mobile: str,
    url: str,
    arts: tuple[tuple[str, str], ...],
    to: str = "",
    late_stats: str = "",
) -> None:
    u = U[uid]
    kw: dict[str, Any] = {"to": to} if to else {}
    send(
        b,
        u,
        when[0],
        client,
        f"{u.short}活动周方案、专栏和联络员",
        f"市局职成高教科：\n{u.name}活动周方案见附件。\n专栏：{url}\n"
        f"联络员：{name}，{pos}，{mobile}，{u.email}\n{u.name}",
        [
            f(
                f"{u.name}2020年职业教育活动周方案.docx",
                dx(
                    ["h", f"{u.name}2020年职业教育活动周方案"],
                    ["p", "学院开展云上开放日、技能服务和产教对话。"],
                ),
                "plan",
                uid,
            )
        ],
        column_url=url,
        liaison=person(u.name, name, pos, u.email, mobile),
        **kw,
    )
    send(
        b,
        u,
        when[1],
        client,
        f"{u.short}活动周宣传稿件",
        f"宣传稿件{len(arts)}篇。",
        arts_of(uid, arts, "pdf" if client in ("neomutt", "py-smtp") else "dx"),
        **kw,
    )
    files = [
        f(
            f"{u.short}活动周总结.docx",
            dx(["h", f"{u.name}2020年职业教育活动周总结"], ["p", "活动周各项工作圆满完成。"]),
            "summary",
            uid,
        )
    ]
    if not late_stats:
        files.append(
            f(
                f"{u.short}统计表.xlsx",
                stats_of(uid, [5, 6, 2, 3, 2600, 900, 10, 30000]),
                "statistics",
                uid,
            )
        )
    send(
        b,
        u,
        when[2],
        client,
        f"{u.short}活动周总结",
        "总结及统计表请查收。" if not late_stats else "总结请查收。",
        files,
        **kw,
    )
    if late_stats:
        send(
            b,
            u,
            late_stats,
            client,
            f"{u.short}统计表",
            "统计表补发。",
            [
                f(
                    f"{u.short}统计表.xls",
                    lo(
                        "lo-xls",
                        "2020年职业教育活动周情况统计表",
                        [],
                        [STAT_HEAD, [u.name, 3, 4, 1, 2, 1500, 400, 6, 9000]],
                    ),
                    "statistics",
                    uid,
                )
            ],
            **kw,
        )


def city(b: Builder) -> None:
    _city(
        b,
        "jtzz",
        "py-smtp",
        ["11-04 10:00", "11-13 10:30", "11-16 09:30"],
        "岳建华",
        "教务处主任",
        "13705388124",
        "http://www.tajtzz.com/hdz/",
        (
            ("交通职专开放汽车实训中心", "市民免费检测车辆灯光和轮胎。"),
            ("交通职专举办交通安全进校园", "为周边小学生讲解交通安全知识。"),
            ("交通职专毕业生获评“最美货车司机”", "毕业生张磊的事迹被广泛报道。"),
        ),
    )
    _city(
        b,
        "lmkj",
        "neomutt",
        ["11-03 11:10", "11-12 15:00", "11-16 10:00"],
        "周雅琴",
        "宣传部干事",
        "18653892706",
        "http://www.sdlmkj.edu.cn/hdz2020/",
        (
            ("力明学院中医药专业开展义诊", "为社区群众提供义诊服务200人次。"),
            ("力明学院举办护理技能展示", "学生展示心肺复苏等急救技能。"),
            ("力明学院开展职业教育开放日", "高三学生及家长参观校园。"),
            ("力明学院学生志愿者服务疫情防控", "志愿者协助社区开展核酸检测。"),
            ("力明学院召开校企合作推进会", "与20家医疗机构签约。"),
        ),
        late_stats="11-16 19:05",
    )
    _city(
        b,
        "tajs",
        "coremail",
        ["11-04 15:30", "11-12 11:45", "11-16 14:30"],
        "韩冬梅",
        "招生就业处副处长",
        "13563888615",
        "http://www.tajsxy.com/zt/hdz/",
        (
            ("技师学院举办“技能开放日”", "市民体验焊接、数控加工。"),
            ("技师学院学子获全国技能大赛银牌", "在电气装置项目中获银牌。"),
            ("技师学院送技能进农村", "为农民开展电工培训。"),
            ("技师学院开展工匠精神主题班会", "全院120个班级同步开展。"),
            ("技师学院与企业共建实训基地", "新建智能制造实训基地一处。"),
        ),
        to=RSJ,
    )
    _city(
        b,
        "sdfz",
        "foxmail",
        ["11-05 09:20", "11-10 10:00", "11-16 16:40"],
        "倪晓峰",
        "党政办副主任",
        "15853833901",
        "http://www.sdfzxy.cn/hdz/",
        (
            ("服装学院举办毕业设计作品展", "展出作品200余套。"),
            ("服装学院师生为社区居民修补衣物", "服务居民150人次。"),
            ("服装学院开展云上开放日", "直播观看人数突破2万。"),
            ("服装学院校企合作订单班开班", "与三家服装企业合作开班。"),
        ),
    )
    _city(
        b,
        "tzy",
        "outlook",
        ["11-04 08:50", "11-11 16:00", "11-16 11:00"],
        "吕文静",
        "党委宣传部科员",
        "13953835067",
        "http://www.tzy.edu.cn/hdz2020/",
        (
            ("泰职院举办职业教育活动周开幕式", "开幕式上发布学院服务地方成果。"),
            ("泰职院智能制造学院开放实训中心", "接待中学生参观800人次。"),
            ("泰职院开展技能下乡服务", "为果农举办电商培训。"),
            ("泰职院学生志愿者走进社区", "开展家电维修和法律咨询。"),
            ("泰职院举办产教融合论坛", "30余家企业参加论坛。"),
        ),
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(
        b,
        u,
        "11-05 11:40",
        "win10",
        "泰山职院方案、专栏、联络员",
        "市局：\n方案附后。专栏：http://www.tsvtc.edu.cn/hdz/\n联络员：教务处 副处长 刘建国，办公电话0538-6220318，jwc@tsvtc.edu.cn",
        [
            f(
                "泰山职院活动周方案.doc",
                lo(
                    "lo-doc", "泰山职业技术学院2020年职业教育活动周方案", ["开展开放日与技能服务。"]
                ),
                "plan",
                "tsvtc",
            )
        ],
        column_url="http://www.tsvtc.edu.cn/hdz/",
        liaison=person("", "刘建国", "教务处副处长", "jwc@tsvtc.edu.cn", ""),
    )
    send(
        b,
        u,
        "11-06 08:30",
        "win10",
        "补报联络员手机",
        "刘建国手机：13605387249。",
        liaison=person("", "刘建国", "", "", "13605387249"),
    )
    send(
        b,
        u,
        "11-10 09:00",
        "win10",
        "泰山职院稿件（一）",
        "3篇",
        arts_of(
            "tsvtc",
            (
                ("泰山职院开放日迎来千名访客", "访客参观各专业实训室。"),
                ("泰山职院学生在泰山景区开展志愿服务", "为游客提供导览服务。"),
                ("泰山职院举办创新创业成果展", "展出学生项目40个。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-13 09:00",
        "win10",
        "泰山职院稿件（二）",
        "2篇",
        arts_of(
            "tsvtc",
            (
                ("泰山职院与企业共建产业学院", "首批招收学生120人。"),
                ("泰山职院教师团队获教学能力比赛一等奖", "在省赛中获一等奖。"),
            ),
            "doc",
        ),
    )
    send(
        b,
        u,
        "11-16 13:00",
        "win10",
        "泰山职院总结及统计表",
        "请查收。",
        [
            f(
                "泰山职院活动周总结.pdf",
                dxpdf(
                    ["header", "泰山职业技术学院"],
                    ["h", "活动周工作总结"],
                    ["p", "学院开展活动18场。"],
                ),
                "summary",
                "tsvtc",
            ),
            f(
                "泰山职院统计表.xlsx",
                stats_of("tsvtc", [7, 8, 2, 5, 3200, 1500, 12, 45000]),
                "statistics",
                "tsvtc",
            ),
        ],
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-05 14:10",
        "thunderbird",
        "泰山护理职业学院活动周方案",
        "您好，我院方案附后。联络员：党政办 主任 田雨 15053851778 tshl_dzb@tshlzy.edu.cn。专栏正在建设，建好后报送。",
        [
            f(
                "泰山护理职业学院活动周方案.docx",
                dx(
                    ["h", "泰山护理职业学院2020年职业教育活动周方案"], ["p", "开展健康护理进社区。"]
                ),
                "plan",
                "tshl",
            )
        ],
        liaison=person("", "田雨", "党政办主任", "tshl_dzb@tshlzy.edu.cn", "15053851778"),
    )
    send(
        b,
        u,
        "11-07 10:00",
        "thunderbird",
        "泰护活动周专栏",
        "专栏已上线：http://www.tshlzy.edu.cn/hdz2020/",
        column_url="http://www.tshlzy.edu.cn/hdz2020/",
    )
    send(
        b,
        u,
        "11-12 14:00",
        "thunderbird",
        "泰护稿件5篇",
        "5篇。",
        arts_of(
            "tshl",
            (
                ("泰护师生进社区开展健康义诊", "服务居民400人次。"),
                ("泰护举办护理技能开放日", "家长体验静脉输液模拟操作。"),
                ("泰护学生志愿者助力疫苗接种", "协助完成登记工作。"),
                ("泰护开展急救知识进校园", "为中小学生培训心肺复苏。"),
                ("泰护与医院共建实习基地", "新增实习基地5家。"),
            ),
        ),
    )
    send(
        b,
        u,
        "11-16 10:50",
        "thunderbird",
        "泰护总结、统计表",
        "总结、统计表",
        [
            f(
                "泰护总结.docx",
                dx(["h", "泰山护理职业学院活动周总结"], ["p", "开展活动12场。"]),
                "summary",
                "tshl",
            ),
            f(
                "泰护统计表.xlsx",
                stats_of("tshl", [4, 6, 2, 6, 2300, 1800, 9, 20000]),
                "statistics",
                "tshl",
            ),
        ],
    )


STORIES = [city, tsvtc, tshl]
