# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What six more schools send (set8's own wordings).

xtyz: Foxmail (GBK); one school sending for its two campuses (东校区/西校区): one plan, one
  liaison, a statistics table with a row per campus and a 合计 row (LibreOffice xlsx).
fczz: Foxmail, and one mail from a Big5 web mail written in traditional characters.
nyzz: QQ web mail; an article sent before the week (提前报送), then five in the week.
dpzj: 163 web mail (article file names as raw 8-bit GBK in the quotes); a liaison without mobile (partial), no column, three articles, no table.
tagcjs: Outlook; liaison in a 现将…报告如下 sentence; a compilation with heading styles.
tsqzz: iPhone Mail; its plan came through its county's 转报; liaison and column on their own.
"""

from __future__ import annotations

from .build import Builder, person, send
from .helpers import art, comp, pl, row, sm, st_lo, st_xlsx
from .units import U


def xtyz(b: Builder) -> None:
    u = U["xtyz"]
    org = u.name
    send(
        b, u, "11-05 16:10", "foxmail", "新泰一职专（东、西校区）活动周方案",
        """市教育局职成高教科：

我校东、西两个校区的活动周安排合并为一个方案报送（见附件），两校区活动由学校办公室统一汇总。

学校联络员：办公室主任 吕晓峰，手机 13468226631，邮箱 lvxf_xtyz@163.com。
活动周专栏：http://www.xtyzz.cn/zjhdz/ （两校区共用）
""",
        [pl("新泰一职专（东、西校区）职业教育活动周方案.docx", "xtyz", org)],
        sender_name="吕晓峰",
        column_url="http://www.xtyzz.cn/zjhdz/",
        liaison=person("", "吕晓峰", "办公室主任", "lvxf_xtyz@163.com", "13468226631"),
    )  # fmt: skip
    send(
        b, u, "11-10 17:20", "foxmail", "新泰一职专活动周稿件（东校区2篇、西校区1篇）",
        "三篇稿件，东校区两篇，西校区一篇。\n吕晓峰\n",
        [
            art("东校区举办机电专业开放日.docx", "东校区机电实训中心向社会开放。", "xtyz"),
            art("东校区学生走进社区修家电.docx", "东校区志愿者为居民维修家电四十余件。", "xtyz"),
            art("西校区幼儿保育专业展示课.docx", "西校区学前教育专业学生开展展示课。", "xtyz"),
        ],
        sender_name="吕晓峰",
    )  # fmt: skip
    send(
        b, u, "11-13 11:45", "foxmail", "新泰一职专活动周稿件（续）",
        "再报两篇。\n",
        [
            art("西校区开展农村电商培训.docx", "西校区为周边农户开展电商培训。", "xtyz"),
            art("新泰一职专两校区联合举办技能节.docx", "两校区联合举办的技能节落下帷幕。", "xtyz"),
        ],
        sender_name="吕晓峰",
    )  # fmt: skip
    send(
        b, u, "11-16 10:20", "foxmail", "新泰一职专活动周总结和统计表",
        "统计表分校区填写，最后一行为合计。\n",
        [
            sm("新泰一职专职业教育活动周工作总结.docx", "xtyz", org, "两校区共开展活动27场，其中东校区16场、西校区11场，参与师生4800人次。"),
            st_lo("新泰一职专活动周统计表.xlsx", "xtyz", [row("新泰一职专东校区"), row("新泰一职专西校区")]),
        ],
        sender_name="吕晓峰",
    )  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    org = u.name
    send(
        b, u, "11-05 11:05", "foxmail", "肥城职专活动周方案、专栏网址、联络员",
        """您好！
附件是肥城职专的活动周方案。
专栏网址：http://www.fczz.net/hdz/
联络员 教务处副主任 尹洪波 电话13953850917 邮箱yinhb_fczz@163.com
""",
        [pl("肥城职专职业教育活动周方案.docx", "fczz", org)],
        sender_name="尹洪波",
        column_url="http://www.fczz.net/hdz/",
        liaison=person("", "尹洪波", "教务处副主任", "yinhb_fczz@163.com", "13953850917"),
    )  # fmt: skip
    send(
        b, u, "11-11 10:00", "big5", "肥城職專活動週稿件兩篇",
        "職成高教科：\n肥城職專活動週稿件兩篇，請查收。\n尹洪波\n",
        [
            art("肥城職專學生技能大賽.docx", "肥城职专第十届学生技能大赛开幕。", "fczz"),
            art("肥城職專開放日.docx", "学校开放日吸引数百名家长参观。", "fczz"),
        ],
        sender_name="尹洪波",
        note="a Big5 web mail in traditional characters; the files are the school's articles",
    )  # fmt: skip
    send(
        b, u, "11-13 14:00", "foxmail", "肥城职专活动周稿件三篇",
        "三篇。\n",
        [
            art("肥城职专师生进村服务秋收.docx", "农机专业师生帮助农户检修收割机。", "fczz"),
            art("肥城职专举办校园开放周直播.docx", "学校连续三天直播校园开放活动。", "fczz"),
            art("肥城职专毕业生返校分享会.docx", "五位优秀毕业生回校分享成长经历。", "fczz"),
        ],
        sender_name="尹洪波",
    )  # fmt: skip
    send(
        b, u, "11-16 12:00", "foxmail", "肥城职专活动周总结、统计表",
        "请查收。\n",
        [
            sm("肥城职专职业教育活动周工作总结.docx", "fczz", org, "学校开展活动19场，服务群众1500人次。"),
            st_xlsx("肥城职专活动周统计表.xlsx", "fczz", [row("肥城职专")]),
        ],
        sender_name="尹洪波",
    )  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    org = u.name
    send(
        b, u, "11-05 09:40", "qqweb", "宁阳职专职业教育活动周方案",
        """市局领导：
宁阳职专活动周方案见附件。活动周专栏：http://www.nyzz.net/zjhdz/ 。
本次活动周由学校团委书记彭丽担任联络员（手机：18753829076，邮箱：pengli_nyzz@163.com）。
""",
        [pl("宁阳职专职业教育活动周方案.docx", "nyzz", org)],
        sender_name="彭丽",
        column_url="http://www.nyzz.net/zjhdz/",
        liaison=person("", "彭丽", "团委书记", "pengli_nyzz@163.com", "18753829076"),
    )  # fmt: skip
    send(
        b, u, "11-06 15:30", "qqweb", "宁阳职专活动周稿件（提前报送）",
        "活动周前的预热活动稿件一篇，提前报送。\n彭丽\n",
        [art("宁阳职专活动周预热：职业体验营开营.docx", "活动周前夕，宁阳职专职业体验营开营。", "nyzz")],
        sender_name="彭丽",
        note="sent before the week: a person counts it as one of the school's articles",
    )  # fmt: skip
    send(
        b, u, "11-10 09:50", "qqweb", "宁阳职专活动周稿件",
        "两篇。\n",
        [
            art("宁阳职专举办网络校园开放日.docx", "学校通过直播展示了十个专业的实训场景。", "nyzz"),
            art("宁阳职专学生为村民义务理发.docx", "美发专业学生走进乡村为村民义务理发。", "nyzz"),
        ],
        sender_name="彭丽",
    )  # fmt: skip
    send(
        b, u, "11-13 17:00", "qqweb", "宁阳职专活动周稿件（二）",
        "三篇。\n",
        [
            art("宁阳职专开展产教对话活动.docx", "十余家企业与学校开展产教对话。", "nyzz"),
            art("宁阳职专学子技能大赛获佳绩.docx", "学校在市技能大赛中获一等奖四项。", "nyzz"),
            art("宁阳职专活动周闭幕.docx", "为期一周的活动周闭幕。", "nyzz"),
        ],
        sender_name="彭丽",
    )  # fmt: skip
    send(
        b, u, "11-16 16:30", "qqweb", "宁阳职专活动周总结及统计表",
        "请查收。\n",
        [
            sm("宁阳职专职业教育活动周总结.docx", "nyzz", org, "学校开展活动14场，参与师生2600人次。"),
            st_xlsx("宁阳职专活动周统计表.xlsx", "nyzz", [row("宁阳职专")]),
        ],
        sender_name="彭丽",
    )  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    org = u.name
    send(
        b, u, "11-05 17:50", "coremail", "东平职教中心活动周方案",
        "高教科：方案见附件。联系人：教务处主任 杜鹃，邮箱 dpzj_dj@163.com。专栏正在建设中，建好后报送。\n",
        [pl("东平职教中心职业教育活动周方案.docx", "dpzj", org)],
        sender_name="杜鹃",
        liaison=person("", "杜鹃", "教务处主任", "dpzj_dj@163.com", ""),
        note="no mobile, and the column never comes",
    )  # fmt: skip
    send(
        b, u, "11-12 18:20", "coremail", "东平职教中心稿件",
        "三篇。\n",
        [
            art("东平职教中心开展水产养殖技术培训.docx", "学校为渔民开展水产养殖技术培训。", "dpzj", style="raw-gbk"),
            art("东平职教中心学生志愿服务进社区.docx", "学生志愿者走进社区开展服务。", "dpzj", style="raw-gbk"),
            art("东平职教中心举办职业启蒙课.docx", "小学生走进职教中心上职业启蒙课。", "dpzj", style="raw-gbk"),
        ],
        sender_name="杜鹃",
    )  # fmt: skip
    send(
        b, u, "11-16 17:10", "coremail", "东平职教中心活动周总结",
        "总结一份，统计表还在汇总。\n",
        [sm("东平职教中心职业教育活动周总结.docx", "dpzj", org, "学校开展活动8场，参与师生1200人次。")],
        sender_name="杜鹃",
    )  # fmt: skip


def tagcjs(b: Builder) -> None:
    u = U["tagcjs"]
    org = u.name
    send(
        b, u, "11-05 13:30", "outlook", "泰安市工程技术学校活动周方案",
        """市教育局职成高教科：

现将我校活动周有关情况报告如下：活动方案见附件；我校确定学生处副处长张伟为联络员，手机15053826190，邮箱zhangwei@tagcjs.cn；活动周专栏设在学校网站 http://www.tagcjs.cn/hdz/ 。

泰安市工程技术学校
""",
        [pl("泰安市工程技术学校职业教育活动周活动方案.docx", "tagcjs", org)],
        sender_name="张伟",
        column_url="http://www.tagcjs.cn/hdz/",
        liaison=person("", "张伟", "学生处副处长", "zhangwei@tagcjs.cn", "15053826190"),
    )  # fmt: skip
    send(
        b, u, "11-09 15:10", "outlook", "工程技术学校活动周稿件",
        "稿件一篇。\n张伟\n",
        [art("工程技术学校建筑专业开放日.docx", "建筑专业实训基地对外开放。", "tagcjs")],
        sender_name="张伟",
    )  # fmt: skip
    pieces = [
        ("测绘专业学生服务乡村规划", "测绘专业师生为两个村庄完成地形测量。"),
        ("学校举办工程机械操作展示", "挖掘机、装载机操作展示吸引了众多市民。"),
        ("学校与建工集团共建实训基地", "校企共建实训基地揭牌。"),
    ]
    send(
        b, u, "11-11 16:45", "outlook", "工程技术学校活动周稿件汇编（三篇）及一篇单稿",
        "汇编三篇，另单独一篇。\n",
        [
            comp("工程技术学校活动周稿件汇编.docx", pieces, "tagcjs", styled=True),
            art("工程技术学校学生获省赛二等奖.docx", "学校学生在省职业院校技能大赛中获二等奖。", "tagcjs"),
        ],
        sender_name="张伟",
    )  # fmt: skip
    send(
        b, u, "11-16 09:40", "outlook", "工程技术学校活动周总结、统计表",
        "请查收。\n",
        [
            sm("泰安市工程技术学校职业教育活动周总结.docx", "tagcjs", org, "学校开展活动12场，参与师生1900人次。"),
            st_xlsx("工程技术学校活动周统计表.xlsx", "tagcjs", [row("泰安市工程技术学校")]),
        ],
        sender_name="张伟",
    )  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    org = u.name
    send(
        b, u, "11-05 08:30", "iphone", "泰山区职专活动周专栏及联络员",
        """市局高教科：
我校方案已由区教体局转报。
本校联络员为办公室副主任邢建国，手机：139 5380 6618，邮箱：xingjg@tsqzz.cn。
专栏：http://www.tsqzz.cn/zjhdz2020/

发自我的iPhone
""",
        sender_name="邢建国",
        column_url="http://www.tsqzz.cn/zjhdz2020/",
        liaison=person("", "邢建国", "办公室副主任", "xingjg@tsqzz.cn", "13953806618"),
    )  # fmt: skip
    send(
        b, u, "11-10 19:40", "iphone", "泰山区职专稿件",
        "三篇。\n\n发自我的iPhone\n",
        [
            art("泰山区职专举行活动周启动仪式.docx", "泰山区职专活动周启动仪式在操场举行。", "tsqzz"),
            art("泰山区职专学生进社区义务维修.docx", "学生们为社区居民维修自行车和家电。", "tsqzz"),
            art("泰山区职专开展茶艺展示.docx", "茶艺专业学生展示泰山茶冲泡技艺。", "tsqzz"),
        ],
        sender_name="邢建国",
    )  # fmt: skip
    send(
        b, u, "11-14 12:00", "iphone", "泰山区职专稿件2篇",
        "两篇。\n\n发自我的iPhone\n",
        [
            art("泰山区职专校企合作成果展.docx", "校企合作成果在学校展厅展出。", "tsqzz"),
            art("泰山区职专活动周总结会.docx", "学校召开活动周总结会。", "tsqzz"),
        ],
        sender_name="邢建国",
    )  # fmt: skip
    send(
        b, u, "11-16 17:55", "iphone", "泰山区职专总结和统计表",
        "请查收\n\n发自我的iPhone\n",
        [
            sm("泰山区职专职业教育活动周工作总结.docx", "tsqzz", org, "学校开展活动10场，服务群众700人次。"),
            st_xlsx("泰山区职专活动周统计表.xlsx", "tsqzz", [row("泰山区职专")]),
        ],
        sender_name="邢建国",
    )  # fmt: skip


STORIES = [xtyz, fczz, nyzz, dpzj, tagcjs, tsqzz]
