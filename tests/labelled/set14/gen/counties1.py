"""Set14's county bureaus (1): the month as a thread of mail.

taishan: everything in many small mails, one article To the city and Cc the 人社局 (two
copies). daiyue: a 收到 under the reminder, then everything in one mail on 11-16. xintai: the
plan sent to each mailbox separately; a 汇编 repeating three articles sent before. feicheng:
a wrong column address corrected the next morning; 附件忘了 and the files minutes later.
"""

from __future__ import annotations

from .build import Builder, person, send
from .mk import REMINDER, REMINDER_ID, RSJ, A, U, art, docx, f, html_doc, lo_sheet, sheet, thread


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(
        b,
        u,
        "11-03 10:12",
        "coremail-gov",
        "泰山区教体局职教活动周实施方案",
        "市教育局职成高教科：\n  附件是我区职业教育活动周实施方案，请审阅。\n\n联络员："
        "王立新，职成教科科长，"
        "邮箱tsjtj_zcjyk@ta.shandong.cn，手机13905387214。\n\n泰山区教体局职成教科",
        [
            f(
                "泰山区2020年职业教育活动周实施方案.docx",
                docx(
                    ("h", "泰山区2020年职业教育活动周实施方案"),
                    ("p", "为认真落实泰教函〔2020〕72号文件要求，结合我区实际，制定本方案。"),
                    (
                        "p",
                        "一、活动时间：2020年11月8日至14日。二、活动内容：云上展示、技能进社区、"
                        "职业启蒙进校园。",
                    ),
                ),
                "plan",
                "taishan",
            )
        ],
        liaison=person("", "王立新", "职成教科科长", "tsjtj_zcjyk@ta.shandong.cn", "13905387214"),
    )
    send(
        b,
        u,
        "11-04 15:40",
        "coremail-gov",
        "专栏地址",
        "田老师：我区活动周宣传专栏已上线，地址 http://www.tsqjy.gov.cn/zjhdz2020/ ，请链接。",
        column_url="http://www.tsqjy.gov.cn/zjhdz2020/",
    )
    days = [
        (
            "11-08 17:05",
            "泰山区职业教育活动周启动",
            "11月8日上午，泰山区2020年职业教育活动周在泰山区职专启动。",
        ),
        (
            "11-09 16:22",
            "泰山区职教师生走进社区开展家电义修",
            "9日，泰山区职专电子专业师生来到岱庙街道社区。",
        ),
        (
            "11-10 18:31",
            "泰山区组织初中学生走进职业学校体验",
            "10日，区内三所初中的学生到职业学校体验烹饪和汽修。",
        ),
        (
            "11-12 11:47",
            "泰山区举办校企合作对接会",
            "12日，区教体局组织职业学校与14家企业开展对接。",
        ),
        (
            "11-13 20:16",
            "泰山区职教活动周线上展厅访问量破万",
            "截至13日，泰山区“云上活动周”线上展厅浏览量超过1万人次。",
        ),
    ]
    subjects = ["稿件一", "泰山区活动周信息2", "【信息】活动周第三篇", "宣传稿4-校企对接会",
                "第五篇稿件（线上展厅）"]  # fmt: skip
    for n, ((when, title, lead), subj) in enumerate(zip(days, subjects, strict=True)):
        body = f"{title}，请审阅。" if n != 3 else "校企对接会的信息，同时抄送市人社局。"
        cc = RSJ if n == 3 else ""
        doc = A(title, lead, "活动受到群众欢迎。（泰山区教体局供稿）")
        send(b, u, when, "coremail-gov", subj, body, [art(f"{title}.docx", doc, "taishan")], cc=cc)
        if n == 3:  # the same mail also lands in the 人社局 box, where it was Cc'd
            send(
                b,
                u,
                when,
                "coremail-gov",
                subj,
                body,
                [art(f"{title}.docx", doc, "taishan")],
                cc=cc,
                note="the same mail as the one before, delivered again to the Cc'd box",
            )
    send(
        b,
        u,
        "11-16 09:30",
        "coremail-gov",
        "泰山区职教活动周总结",
        "总结报告见附件，统计表随后发。",
        [
            f(
                "泰山区2020年职业教育活动周工作总结.docx",
                A(
                    "泰山区2020年职业教育活动周工作总结",
                    "活动周期间，我区共组织各类活动26场，参与师生5300余人次。",
                ),
                "summary",
                "taishan",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 10:02",
        "coremail-gov",
        "统计表",
        "补发统计表。",
        [
            f(
                "活动周情况统计表（泰山区）.xlsx",
                sheet("泰山区教体局", [8, 18, 2, 6, 5300, 1200, 11, 10400]),
                "statistics",
                "taishan",
            )
        ],
    )


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    send(
        b,
        u,
        "11-04 11:20",
        "coremail",
        "回复：" + REMINDER,
        "收到。我局正在汇总各学校材料，届时一并报送。\n\n"
        "------------------ 原始邮件 ------------------\n"
        f"发件人: 泰安市教育局职成高教科\n主题: {REMINDER}\n\n各县市区、各职业院校：请按要求报送……",
        headers=thread(REMINDER_ID),
    )
    files = [
        f(
            "岱岳区职业教育活动周活动方案.docx",
            A(
                "岱岳区职业教育活动周活动方案",
                "按照市教育局等9部门通知要求，我区定于11月8日至14日开展活动周活动。",
            ),
            "plan",
            "daiyue",
        )
    ]
    titles = [
        (
            "岱岳区活动周开幕暨技能展示",
            "8日，岱岳区职业教育活动周开幕式暨技能展示在区职教中心举行。",
        ),
        ("岱岳区职业学校开展“技能下乡”", "师生走进满庄镇果园，为农户讲解果树修剪。"),
        (
            "岱岳区网络校园开放日吸引家长关注",
            "区内职业学校通过直播开放校园，3000余名家长在线观看。",
        ),
        ("岱岳区开展职业启蒙教育进小学", "职业学校教师为小学生上劳动课。"),
        ("岱岳区举办中职升学政策宣讲会", "围绕春季高考和贯通培养，为初三家长解读政策。"),
    ]
    files += [art(f"稿件{n}.docx", A(t, p), "daiyue") for n, (t, p) in enumerate(titles, 1)]
    files += [
        f(
            "岱岳区活动周总结报告.docx",
            A("岱岳区2020年职业教育活动周总结报告", "一周来，全区共开展活动31项。"),
            "summary",
            "daiyue",
        ),
        f(
            "统计表.xls",
            lo_sheet("lo-xls", "岱岳区", [6, 25, 3, 9, 6100, 2300, 14, 8600]),
            "statistics",
            "daiyue",
        ),
    ]
    send(
        b,
        u,
        "11-16 11:05",
        "coremail",
        "岱岳区教体局职业教育活动周全部材料",
        "市局职成科：\n现将我区职业教育活动周材料一并报送：活动方案、宣传稿件5篇、总结报告和统计表。\n"
        "我区活动周专栏：http://www.dyqjy.cn/2020zjhdz\n联络员：孙振华 职成科副科长 "
        "手机15066831902 "
        "邮箱dyjtj_zck@126.com\n\n岱岳区教育和体育局\n2020年11月16日",
        files,
        column_url="http://www.dyqjy.cn/2020zjhdz",
        liaison=person("", "孙振华", "职成科副科长", "dyjtj_zck@126.com", "15066831902"),
        note="plan, column, liaison, five articles, summary and table in one mail on 11-16",
    )


def xintai(b: Builder) -> None:
    u = U["xintai"]
    text = (
        "尊敬的市教育局领导：\n  根据通知要求，现报送新泰市职业教育活动周方案（见附件）。\n"
        "  专栏网址：https://www.xtjy.net/zt/zjhdz/\n  联络员：刘晓燕（职成教科科员），"
        "电话18653822460，邮箱xtsjtj_zcjk@163.com\n新泰市教育和体育局职成教科"
    )
    plan_doc = html_doc(
        "lo-doc",
        "新泰市2020年职业教育活动周方案",
        ["一、指导思想", "二、活动安排：11月8日启动仪式，11月9日至13日分校开展特色活动。"],
    )
    lab = dict(
        column_url="https://www.xtjy.net/zt/zjhdz/",
        liaison=person("", "刘晓燕", "职成教科科员", "xtsjtj_zcjk@163.com", "18653822460"),
    )
    send(
        b,
        u,
        "11-04 09:01",
        "coremail",
        "新泰市活动周方案",
        text,
        [f("新泰市职业教育活动周方案.doc", plan_doc, "plan", "xintai")],
        **lab,
    )
    send(
        b,
        u,
        "11-04 09:03",
        "coremail",
        "新泰市活动周方案",
        text,
        [f("新泰市职业教育活动周方案.doc", plan_doc, "plan", "xintai")],
        to=RSJ,
        note="the same text and file sent a second time, separately, to the 人社局 box",
        **lab,
    )
    three = [
        (
            "新泰市职业教育活动周启动仪式举行",
            "11月8日，新泰市职业教育活动周启动仪式在新泰职专举行。",
        ),
        ("新泰职教学子技能展示进广场", "学生在青云广场展示茶艺、面塑和汽车美容。"),
        ("新泰市开展“职教体验日”活动", "全市1200余名初中生走进职业学校。"),
    ]
    send(
        b,
        u,
        "11-10 16:40",
        "coremail",
        "新泰宣传稿3篇",
        "前三篇稿件，请查收。",
        [art(f"{t}.docx", A(t, p), "xintai", aid=t) for t, p in three],
    )
    two = [
        ("新泰市职业院校开展就业创业政策宣讲", "邀请人社部门专家讲解就业补贴政策。"),
        ("新泰市校企合作成果展开展", "展出校企共建实训基地和订单班成果。"),
    ]
    blocks: list = [("h", "新泰市2020年职业教育活动周宣传稿件汇编")]
    for t, p in three + two:
        blocks += [("h", t), ("p", p)]
    send(
        b,
        u,
        "11-13 17:25",
        "coremail",
        "新泰市活动周宣传材料汇编（共5篇）",
        "把本周的5篇稿件汇编成一个文件报送，其中前3篇11月10日已发过。",
        [
            art(
                "新泰市活动周宣传稿件汇编.docx",
                docx(*blocks),
                "xintai",
                count=5,
                ids=tuple(t for t, _ in three + two),
            )
        ],
        note="the 汇编 repeats the three articles of 11-10 and adds two",
    )
    send(
        b,
        u,
        "11-16 15:12",
        "coremail",
        "新泰市活动周总结及统计表",
        "总结和统计表请审阅。",
        [
            f(
                "新泰市职业教育活动周总结.docx",
                A("新泰市2020年职业教育活动周工作总结", "活动周期间全市开展活动40余场。"),
                "summary",
                "xintai",
            ),
            f(
                "新泰市统计表.xlsx",
                sheet("新泰市", [10, 30, 4, 12, 9800, 3100, 19, 15200]),
                "statistics",
                "xintai",
            ),
        ],
    )


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(
        b,
        u,
        "11-04 16:50",
        "coremail-gov",
        "肥城市职业教育活动周方案及专栏",
        "职成科：\n方案见附件，联络员信息在方案最后。专栏地址：http://www.fcjyj.gov.cn/zjhzd/\n肥城市教体局",
        [
            f(
                "肥城市活动周方案.docx",
                docx(
                    ("h", "肥城市2020年职业教育活动周实施方案"),
                    (
                        "p",
                        "一、活动主题：人人出彩 技能强国。二、主要活动：技能大赛展演、"
                        "送技下乡、开放日。",
                    ),
                    (
                        "p",
                        "三、联络员：陈光明，职成教科科长，手机13562801379，"
                        "邮箱fcjtj_zcjk@ta.shandong.cn。",
                    ),
                ),
                "plan",
                "feicheng",
            )
        ],
        liaison=person("", "陈光明", "职成教科科长", "fcjtj_zcjk@ta.shandong.cn", "13562801379"),
        note="the column address here is wrong (corrected next morning): not credited",
    )
    send(
        b,
        u,
        "11-05 08:35",
        "coremail-gov",
        "更正：肥城市活动周专栏地址",
        "不好意思，昨天报的专栏地址字母写错了，正确的是：\nhttp://www.fcjyj.gov.cn/zjhdz/\n以此为准。",
        column_url="http://www.fcjyj.gov.cn/zjhdz/",
    )
    send(
        b,
        u,
        "11-10 10:14",
        "coremail-gov",
        "肥城市宣传稿件",
        "报送3篇宣传稿件，请查收。",
        note="says three articles are attached; nothing is",
    )
    three = [
        ("肥城市启动职业教育活动周", "8日，肥城市2020年职业教育活动周在肥城职专启动。"),
        ("肥城市职教师生为桃农直播带货", "电商专业学生走进刘台村，为桃木工艺品直播带货。"),
        ("肥城市开展职业学校开放日", "各职业学校向社会开放实训室。"),
    ]
    send(
        b,
        u,
        "11-10 10:21",
        "coremail-gov",
        "Re: 肥城市宣传稿件",
        "附件忘了，补上。",
        [art(f"{t}.docx", A(t, p), "feicheng") for t, p in three],
    )
    two = [
        ("肥城市举办职业教育发展论坛", "论坛邀请企业代表和职教专家围绕产教融合发言。"),
        ("肥城职教学子志愿服务进社区", "护理专业学生为老人测血压、讲解防疫知识。"),
    ]
    send(
        b,
        u,
        "11-13 09:40",
        "coremail-gov",
        "肥城稿件4、5",
        "第4、5篇。",
        [art(f"{t}.pdf", html_doc("lo-pdf", t, [p]), "feicheng") for t, p in two],
    )
    send(
        b,
        u,
        "11-16 16:05",
        "coremail-gov",
        "肥城市活动周总结报告和统计表",
        "请审阅。",
        [
            f(
                "肥城市职业教育活动周总结报告.odt",
                html_doc(
                    "lo-odt",
                    "肥城市职业教育活动周总结报告",
                    ["活动周期间，全市共举办各类活动28场。"],
                ),
                "summary",
                "feicheng",
            ),
            f(
                "肥城市统计表.xlsx",
                sheet("肥城市教育和体育局", [7, 21, 3, 8, 7300, 2600, 12, 9100]),
                "statistics",
                "feicheng",
            ),
        ],
    )


STORIES = [taishan, daiyue, xintai, feicheng]
