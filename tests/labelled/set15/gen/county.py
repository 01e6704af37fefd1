"""Set15 stories of two county bureaus and what they pass on for their schools.

taishan: its own plan listing its schools' activities; 泰山区职专's whole mail forwarded as
message/rfc822; a 汇编 whose pieces are credited (供稿) to the school or to nobody; a city-level
school (交通职专) writing through it (inline 转发 with the school's From line); a statistics table
with one row per school and a 合计 row (its 更正版 is in county2.extra).
dyq: a contact table listing the county's and its schools' liaisons; a zip of its schools'
plans after the deadline (one named only inside); 岱岳职教中心's mail sent to the county and
forwarded inline (Fw:); a question asked for its schools.
"""

# ruff: noqa: E501  (wording: Chinese sentences and table rows are kept whole on one line)

from __future__ import annotations

from .build import Builder, person, send
from .shape import STAT_HEAD, U, dx, dxpdf, f, fwd_block, inner_mail, lo, xl, zipped


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = dx(
        ["h", "泰山区2020年职业教育活动周实施方案"],
        ["p", "按照市教育局等9部门通知要求，结合我区实际，现就活动周工作安排如下。"],
        ["plain", "一、各校活动安排"],
        ["t", [["学校", "活动", "时间"],
               ["泰山区职业中等专业学校", "网络校园开放日、汽修专业技能展示", "11月9日"],
               ["泰安市泰山区岱庙街道中学", "职业体验进初中", "11月11日"],
               ["区教体局职成科", "云上活动周专题页面", "11月8日-14日"]]],
        ["plain", "二、工作要求"],
        ["p", "各校于11月14日前将宣传稿件报区教体局职成科，由区里统一审核后报市局。"],
    )  # fmt: skip
    send(
        b,
        u,
        "11-03 15:20",
        "coremail-gov",
        "泰山区教体局活动周实施方案",
        "市局职成高教科：\n\n泰山区活动周实施方案见附件，方案里已列出各校活动。\n"
        "我区宣传专栏：http://www.taishan.gov.cn/jyj/zjhdz2020/\n"
        "联络员：区教体局职成科 孟凡迪，科员，邮箱tsjtj_zjk@ta.shandong.cn，手机13853821746。\n\n"
        "泰山区教育和体育局职成科",
        [f("泰山区2020年职业教育活动周实施方案.docx", plan, "plan", "taishan")],
        column_url="http://www.taishan.gov.cn/jyj/zjhdz2020/",
        liaison=person(
            "泰山区教体局", "孟凡迪", "职成科科员", "tsjtj_zjk@ta.shandong.cn", "13853821746"
        ),
    )
    sch = U["tsqzz"]
    inner = inner_mail(
        "tsqzz-inner-plan", "11-04 08:41", sch.email, "泰山区职专招生办",
        "泰山区职专活动周方案及联络员",
        "区教体局职成科：\n方案附后。学校联络员：招生就业处 邵明轩 主任，"
        "tsqzz_zs@163.com，15206381973。\n泰山区职专", "coremail", u.email)  # fmt: skip
    send(
        b,
        u,
        "11-04 09:30",
        "foxmail",
        "Fw: 泰山区职专活动周方案及联络员",
        "田科长：\n区职专的方案和联络员转给您，原邮件附后。\n孟凡迪",
        [
            f(
                "泰山区职专2020年职业教育活动周活动方案.docx",
                dx(
                    ["h", "泰安市泰山区职业中等专业学校职业教育活动周活动方案"],
                    ["p", "活动周期间学校开设云上开放日，面向初三学生和家长直播实训课堂。"],
                    ["p", "联络员：邵明轩（招生就业处主任）"],
                ),
                "plan",
                "tsqzz",
            )
        ],
        forward=inner,
        credit="tsqzz",
        liaison=person("", "邵明轩", "招生就业处主任", "tsqzz_zs@163.com", "15206381973"),
    )
    pieces = [
        ("区职专汽修专业开放实训车间", "11月9日上午，泰山区职专汽修实训车间向社区居民开放。", "供稿：泰山区职专"),
        ("职业体验走进岱庙街道中学", "区教体局组织职教教师为初二学生上了一堂职业启蒙课。", ""),
        ("泰山区职专开展“技能进社区”志愿服务", "学校师生在财源街道为居民免费维修小家电80余件。", "供稿：泰山区职专 王璐"),
        ("区职专学子在线分享成长故事", "三名往届毕业生通过直播讲述从中职到企业技术骨干的经历。", "（泰山区职专 供稿）"),
        ("泰山区“云上活动周”上线", "区教体局专题页面集中展示辖区职业教育成果，首日浏览量过万。", ""),
    ]  # fmt: skip
    blocks: list[list] = [["h", "泰山区职业教育活动周宣传稿件汇编"]]
    for n, (head, para, credit) in enumerate(pieces, 1):
        blocks += [["plain", f"稿件{n}  {head}"], ["p", para]]
        if credit:
            blocks.append(["p", credit])
    send(
        b,
        u,
        "11-10 16:05",
        "coremail-gov",
        "泰山区活动周宣传稿件汇编（第一批）",
        "市局：\n我区第一批稿件汇编，共5篇，其中3篇由区职专供稿。\n泰山区教体局职成科",
        [
            f(
                "泰山区活动周稿件汇编（第一批）.docx",
                dx(*blocks),
                "article",
                "taishan",
                count=5,
                credits={"tsqzz": 3, "taishan": 2},
            )
        ],
    )
    own = [
        ("泰山区召开职业教育活动周推进会", "11月11日，区教体局召开推进会，调度各校活动开展情况。"),
        ("泰山区职教成果展在万达广场开展", "展板、作品和技能表演吸引市民驻足，现场发放宣传册2000余份。"),
        ("泰山区举办校企合作恳谈会", "12家区内企业与学校就订单班和实习岗位达成合作意向。"),
    ]  # fmt: skip
    send(
        b,
        u,
        "11-12 17:40",
        "coremail-gov",
        "泰山区宣传稿件（第二批）3篇",
        "第二批3篇，请审阅。",
        [
            f(f"{h}.pdf", lo("lo-pdf", h, [p, "泰山区教育和体育局"]), "article", "taishan")
            for h, p in own
        ],
    )
    j = U["jtzz"]
    send(
        b,
        u,
        "11-12 18:10",
        "coremail-gov",
        "转：交通职专活动周稿件",
        "市局职成高教科：\n市交通职专的老师把两篇稿件误发到我局邮箱。该校为市直学校，不属我区管理，"
        "现原样转交市局，请查收。\n泰山区教体局职成科 孟凡迪"
        + fwd_block(
            "coremail",
            "交通职专教务处",
            j.email,
            "2020-11-12 16:52",
            u.email,
            "活动周稿件两篇",
            "老师您好，我校活动周稿件两篇，请审核。\n泰安市交通职业中等专业学校",
        ),
        [
            f(
                "交通职专开展驾驶模拟体验日.docx",
                dx(
                    ["h", "交通职专开展驾驶模拟体验日"],
                    ["p", "学校向市民开放驾驶模拟器，讲解安全驾驶常识。"],
                    ["p", "泰安市交通职业中等专业学校 供稿"],
                ),
                "article",
                "jtzz",
            ),
            f(
                "汽车运用与维修专业走进4S店.docx",
                dx(
                    ["h", "汽车运用与维修专业师生走进4S店"],
                    ["p", "40名学生在合作企业开展为期一天的岗位体验。"],
                ),
                "article",
                "jtzz",
            ),
        ],
    )
    stats = xl(
        [
            ["2020年职业教育活动周情况统计表（泰山区）"] + [""] * 8,
            STAT_HEAD,
            ["泰山区职业中等专业学校", 6, 4, 2, 3, 1850, 920, 9, 36000],
            ["泰安市泰山区岱庙街道中学", 1, 2, 0, 0, 420, 0, 1, 800],
            ["区教体局", 3, 1, 0, 1, 120, 300, 5, 15200],
            ["合计", 10, 7, 2, 4, 2390, 1220, 15, 52000],
        ],
        ["A1:I1"],
    )
    send(
        b,
        u,
        "11-16 10:25",
        "coremail-gov",
        "泰山区活动周总结及统计表",
        "市局职成高教科：\n附件为我区活动周工作总结和统计表（含区职专等学校分项数据）。\n孟凡迪",
        [
            f(
                "泰山区2020年职业教育活动周工作总结.docx",
                dx(
                    ["h", "泰山区2020年职业教育活动周工作总结"],
                    ["p", "活动周期间，我区共组织线上线下活动17场。"],
                    [
                        "p",
                        "泰山区职专开放实训车间，岱庙街道中学开展职业体验，区级专题页浏览5.2万人次。",
                    ],
                ),
                "summary",
                "taishan",
            ),
            f("泰山区活动周统计表.xlsx", stats, "statistics", "taishan"),
        ],
    )


def dyq(b: Builder) -> None:
    u = U["dyq"]
    table = xl([["岱岳区职业教育活动周联络员信息表"] + [""] * 5,
                ["单位", "姓名", "职务", "办公电话", "手机", "邮箱"],
                ["岱岳区教体局", "贾春燕", "职成教科副科长", "0538-8569021", "13562831094", "dyjtj_zc@163.com"],
                ["岱岳区职业教育中心", "高峻", "教务处副主任", "0538-8561177", "18853823560", "dyzjzx@ta.shandong.cn"],
                ["岱岳区范镇中学", "李昌", "教导主任", "", "13905381276", ""]], ["A1:F1"])  # fmt: skip
    send(
        b,
        u,
        "11-04 11:15",
        "coremail",
        "岱岳区活动周方案、专栏和联络员",
        "您好！\n岱岳区教体局活动周方案（附件1）和联络员信息表（附件2）已上传，区职教中心的联络员一并列在表内。\n"
        "专栏网址 http://www.daiyue.gov.cn/col/col_zjhdz/index.html\n岱岳区教体局职成教科",
        [
            f(
                "附件1 岱岳区职业教育活动周方案.doc",
                lo(
                    "lo-doc",
                    "岱岳区2020年职业教育活动周活动方案",
                    [
                        "活动周期间，区职教中心举办技能展示和网络开放日，区内初中学校开展职业启蒙教育。",
                        "区教体局职成教科负责统筹协调。",
                    ],
                ),
                "plan",
                "dyq",
            ),
            f("附件2 联络员信息表.xlsx", table, "contact", "dyq"),
        ],
        column_url="http://www.daiyue.gov.cn/col/col_zjhdz/index.html",
        liaison=person(
            "岱岳区教体局", "贾春燕", "职成教科副科长", "dyjtj_zc@163.com", "13562831094"
        ),
        other_liaisons=[
            {
                "for": "dyzj",
                **person(
                    "岱岳区职业教育中心",
                    "高峻",
                    "教务处副主任",
                    "dyzjzx@ta.shandong.cn",
                    "18853823560",
                ),
            }
        ],
    )
    members = [
        f(
            "岱岳职教中心活动周方案.docx",
            dx(
                ["h", "岱岳区职业教育中心2020年职业教育活动周方案"],
                ["p", "学校将举办面点、电工技能展示和家长开放日。"],
            ),
            "plan",
            "dyzj",
        ),
        f(
            "方案3.docx",
            dx(
                ["p", "泰安市岱岳区范镇中学"],
                ["h", "职业启蒙教育周活动安排"],
                ["p", "邀请区职教中心教师进校开展职业体验课。"],
            ),
            "plan",
            "dyq",
        ),
    ]
    z = zipped("zip-gbk", [(m.name, m.doc) for m in members])  # type: ignore[misc]
    send(
        b,
        u,
        "11-05 21:08",
        "coremail",
        "岱岳区各学校活动周方案（打包）",
        "各校方案打包发送，压缩包内有职教中心和范镇中学的方案。学校报得晚了，抱歉。",
        [f("岱岳区学校方案.zip", z, "plan", "dyq", label=False)],
        members=members,
    )
    d = U["dyzj"]
    send(b, u, "11-11 08:50", "outlook", "Fw: 职教中心活动周稿件3篇（请转市局）",
         "田老师：职教中心把稿件发到了区局，转给您。\n贾春燕"
         + fwd_block("outlook", "岱岳区职教中心", d.email, "2020年11月10日 17:33", u.email,
                     "职教中心活动周稿件3篇（请转市局）", "贾科长：我校3篇稿件，麻烦转市教育局。高峻"),
         [f(f"{h}.docx", dx(["h", h], ["p", p], ["p", "（岱岳区职业教育中心）"]), "article", "dyzj")
          for h, p in (("职教中心面点专业开展技能展示", "学生现场制作泰山煎饼和花样面点，邀请家长品尝。"),
                       ("岱岳区职教中心电工专业进社区检修线路", "师生为满庄镇30户居民检查家庭用电安全。"),
                       ("职教中心举办家长开放日", "200余名家长走进实训室，了解专业设置和升学路径。"))])  # fmt: skip
    send(
        b,
        u,
        "11-13 16:30",
        "coremail",
        "岱岳区活动周宣传材料",
        "岱岳区宣传材料5篇：2篇附件，3篇已在区政府网站发布：\n"
        "http://www.daiyue.gov.cn/art/2020/11/9/art_1234_5501.html\n"
        "http://www.daiyue.gov.cn/art/2020/11/11/art_1234_5523.html\n"
        "http://www.daiyue.gov.cn/art/2020/11/12/art_1234_5530.html",
        [
            f(
                "岱岳区启动职业教育活动周.docx",
                dx(
                    ["h", "岱岳区启动职业教育活动周"],
                    ["p", "11月8日，岱岳区活动周启动仪式在区职教中心举行。"],
                ),
                "article",
                "dyq",
            ),
            f(
                "岱岳区开展职业启蒙教育进初中.docx",
                dx(
                    ["h", "岱岳区开展职业启蒙教育进初中"],
                    ["p", "全区12所初中学校参与职业体验课程。"],
                ),
                "article",
                "dyq",
            ),
        ],
        article_links=[
            "http://www.daiyue.gov.cn/art/2020/11/9/art_1234_5501.html",
            "http://www.daiyue.gov.cn/art/2020/11/11/art_1234_5523.html",
            "http://www.daiyue.gov.cn/art/2020/11/12/art_1234_5530.html",
        ],
    )
    send(
        b,
        u,
        "11-16 08:40",
        "coremail",
        "请教统计表填报口径（代学校咨询）",
        "市局领导好：区职教中心和范镇中学问，统计表“服务群众（人次）”是否含线上直播观看人数？"
        "我们按不含线上理解，如不妥请告知。谢谢！\n岱岳区教体局 贾春燕",
    )
    send(
        b,
        u,
        "11-16 15:55",
        "coremail",
        "岱岳区活动周总结、统计表",
        "总结、统计表各一份，请查收。",
        [
            f(
                "岱岳区2020年职业教育活动周总结.pdf",
                dxpdf(
                    ["header", "泰安市岱岳区教育和体育局"],
                    ["h", "岱岳区2020年职业教育活动周总结"],
                    ["p", "全区共开展活动21场，参与师生3100人次。"],
                    ["footer", "第1页"],
                ),
                "summary",
                "dyq",
            ),
            f(
                "岱岳区统计表.xls",
                lo(
                    "lo-xls",
                    "2020年职业教育活动周情况统计表",
                    [],
                    [
                        STAT_HEAD,
                        ["岱岳区职业教育中心", 5, 6, 1, 4, 2100, 600, 8, 21000],
                        ["岱岳区范镇中学", 0, 2, 0, 0, 500, 0, 1, 300],
                        ["合计", 5, 8, 1, 4, 2600, 600, 9, 21300],
                    ],
                ),
                "statistics",
                "dyq",
            ),
        ],
    )


STORIES = [taishan, dyq]
