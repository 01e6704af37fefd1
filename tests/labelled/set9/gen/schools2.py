# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What the other six schools send (set9).

Shapes: a plan that came in its county's mail, the column and liaison on its own (xtzz); a
teacher's QQ box with files named 附件1/附件2 and the liaison in a 附件2 table, an article
link on the county bureau's site, a late summary (fczz); a plan replaced by a 修改稿 under
another name (nyzz); a liaison without email, three articles, a summary passed on by the
county, a late table (dpzj); a question before anything, the column and liaison only in the
plan's last paragraphs, an xlsx whose column cell is a hyperlink (jtzz); one article through
its county (tsqzz).
"""

from __future__ import annotations

from .build import Builder, person, send
from .counties import H_STATS
from .docs import Doc
from .make import doc, f, paras, sheet
from .units import DPZJ, FCZZ, JTZZ, NYZZ, TSQZZ, XTZZ


def _a(title: str, text: str, producer: str = "python-docx") -> Doc:
    return doc(producer, [["h", title], *paras(text)])


def xtzz(b: Builder) -> None:
    u = XTZZ
    send(b, u, "11-05 15:00", "coremail-gov", "新泰职专专栏地址和联络员",
         "市局职成科：\n我校方案已由新泰市教体局11月3日一并报送。现补报：\n1.宣传专栏：http://www.xtzz.net/zjhdz/\n"
         "2.联络员：新泰职专 招生办主任 韩雪峰，手机：18905486217，邮箱：hanxf_xtzz@163.com\n新泰市职业中等专业学校",
         column_url="http://www.xtzz.net/zjhdz/",
         liaison=person("新泰职专", "韩雪峰", "招生办主任", "hanxf_xtzz@163.com", "18905486217"))  # fmt: skip
    send(b, u, "11-10 10:10", "coremail-gov", "新泰职专活动周稿件（3篇）", "稿件三篇。",
         [f("新泰职专专业展示.docx", _a("新泰职专举办专业建设成果展", "展示十二个专业的建设成果。"), "article", u.id),
          f("新泰职专服务秋收.docx", _a("新泰职专师生助力秋收", "农机专业师生帮助农户抢收玉米。"), "article", u.id),
          f("新泰职专招生咨询.docx", _a("新泰职专开展线上招生咨询", "解答家长问题300余个。"), "article", u.id)])  # fmt: skip
    pa = [["header", "新泰市职业中等专业学校"], ["footer", "活动周信息"], ["h", "新泰职专学生技能展演"], ["p", "展演包括数控加工、汽车维修等项目。"]]  # fmt: skip
    pb = [["header", "新泰市职业中等专业学校"], ["footer", "活动周信息"], ["h", "新泰职专与企业共建实训基地"], ["p", "新建实训基地两处。"]]  # fmt: skip
    send(b, u, "11-13 09:30", "coremail-gov", "新泰职专稿件（PDF两篇）", "两篇PDF。",
         [f("技能展演.pdf", doc("docx-pdf", pa), "article", u.id), f("共建实训基地.pdf", doc("docx-pdf", pb), "article", u.id)])  # fmt: skip
    summ = [
        ["h", "新泰市职业中等专业学校活动周总结"],
        *paras("我校活动周共开展活动31场，服务群众2600人次。"),
    ]
    stats = [H_STATS, ["新泰市职业中等专业学校", 11, 20, 2, 9, 3600, 2600, 9, 31000]]
    send(b, u, "11-16 11:45", "coremail-gov", "新泰职专总结及统计表", "请查收。",
         [f("新泰职专活动周总结.odt", doc("lo-odt", summ), "summary", u.id),
          f("新泰职专统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


def fczz(b: Builder) -> None:
    u = FCZZ
    qq = {"sender": "38749201@qq.com", "sender_name": "liuxiaoyu"}
    plan = [["h", "肥城市职业中等专业学校2020年职业教育活动周方案"], *paras("一、组织开展“桃都工匠”技能展示。\n二、开展送技能下乡。\n三、举办职业体验日。"),
            ["p", "学校活动周专栏：http://www.fczz.net/hdz2020/"]]  # fmt: skip
    contact = [
        ["单位", "姓名", "职务", "手机", "邮箱"],
        ["肥城职专", "刘晓雨", "团委书记", "15288760413", "38749201@qq.com"],
    ]
    send(b, u, "11-05 16:50", "qqweb", "肥城职专 活动周材料",
         "老师好，附件1是活动周方案，附件2是联络员信息。\n肥城市职业中等专业学校 刘晓雨",
         [f("附件1.docx", doc("python-docx", plan), "plan", u.id, note="named only 附件1; the column in its last paragraph"),
          f("附件2.docx", doc("python-docx", [["h", "联络员信息"], ["t", contact]]), "contact", u.id)],
         column_url="http://www.fczz.net/hdz2020/",
         liaison=person("肥城职专", "刘晓雨", "团委书记", "38749201@qq.com", "15288760413"),
         note="a teacher's QQ box, pinyin name", **qq)  # fmt: skip
    send(b, u, "11-11 12:10", "qqweb", "肥城职专宣传稿", "两篇",
         [f("桃都工匠技能展示.docx", _a("肥城职专举办“桃都工匠”技能展示", "展示项目涵盖十个专业。"), "article", u.id),
          f("送技能下乡.docx", _a("肥城职专送技能下乡", "在安驾庄镇开展服务。"), "article", u.id)], **qq)  # fmt: skip
    send(b, u, "11-13 14:00", "coremail", "肥城职专活动周宣传稿", "两篇宣传稿。",
         [f("职业体验日.docx", _a("肥城职专职业体验日", "500名初中生体验职业课程。"), "article", u.id),
          f("优秀毕业生回校.docx", _a("优秀毕业生回母校分享成长经历", "三位毕业生分享经历。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-14 23:10", "qqweb", "肥城职专活动周报道链接",
         "肥城市教体局网站刊发了我校活动周报道：http://jtj.feicheng.gov.cn/art/2020/11/14/art_3312_90117.html\n刘晓雨",
         article_links=["http://jtj.feicheng.gov.cn/art/2020/11/14/art_3312_90117.html"], **qq)  # fmt: skip
    summ = [["h", "肥城市职业中等专业学校活动周总结"], *paras("活动周共开展活动26场。")]
    stats = [H_STATS, ["肥城市职业中等专业学校", 9, 17, 1, 10, 3000, 2000, 6, 22000]]
    send(b, u, "11-17 10:00", "coremail", "肥城职专总结、统计表（补报）", "补报总结和统计表。",
         [f("肥城职专活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("肥城职专统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


def nyzz(b: Builder) -> None:
    u = NYZZ
    p1 = [["h", "宁阳县职业中等专业学校活动周方案"], *paras("活动内容：技能展示、企业开放日。")]
    send(b, u, "11-04 11:30", "foxmail", "宁阳职专活动周方案",
         "市局：\n我校方案见附件。学校网站活动周专栏 http://www.nyzz.cn/hdz/\n"
         "联络员 宁阳职专教务处 侯建华 副主任 手机13181856675 邮箱houjh_ny@126.com",
         [f("宁阳职专活动周方案.docx", doc("python-docx", p1), "plan", u.id)],
         column_url="http://www.nyzz.cn/hdz/",
         liaison=person("宁阳职专", "侯建华", "教务处副主任", "houjh_ny@126.com", "13181856675"))  # fmt: skip
    p2 = [
        ["h", "宁阳县职业中等专业学校活动周方案（修改稿）"],
        *paras("活动内容：技能展示、企业开放日、送技能进乡村。"),
    ]
    send(b, u, "11-05 10:00", "foxmail", "宁阳职专方案修改稿", "方案有修改，请以修改稿为准，原稿作废。",
         [f("宁阳职专活动周方案（修改稿）.docx", doc("python-docx", p2), "plan", u.id, note="replaces the 11-04 file")])  # fmt: skip
    send(b, u, "11-10 15:30", "foxmail", "宁阳职专稿件", "三篇。",
         [f("宁阳职专技能展示.docx", _a("宁阳职专举办技能展示活动", "展示项目20个。"), "article", u.id),
          f("宁阳职专企业开放日.docx", _a("宁阳职专组织学生走进企业", "参观三家合作企业。"), "article", u.id),
          f("宁阳职专送技能进乡村.docx", _a("宁阳职专送技能进乡村", "在伏山镇开展服务。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-12 16:00", "foxmail", "宁阳职专稿件（二）", "两篇。",
         [f("宁阳职专线上展示.docx", _a("宁阳职专线上展示专业风采", "网络浏览量过万。"), "article", u.id),
          f("宁阳职专家长开放日.docx", _a("宁阳职专家长开放日", "200余名家长参加。"), "article", u.id)])  # fmt: skip
    summ = [["h", "宁阳县职业中等专业学校活动周总结"], *paras("我校活动周共开展活动22场。")]
    stats = [H_STATS, ["宁阳县职业中等专业学校", 7, 15, 2, 8, 2600, 1700, 5, 12000]]
    send(b, u, "11-16 09:00", "foxmail", "宁阳职专总结、统计表", "请查收。",
         [f("宁阳职专活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("宁阳职专统计表.xlsx", sheet("lo-xlsx", stats), "statistics", u.id)])  # fmt: skip


def dpzj(b: Builder) -> None:
    u = DPZJ
    plan = [
        ["h", "东平县职业教育中心学校活动周方案"],
        *paras("我校将开展专业展示、技能服务、职业体验三项活动。"),
    ]
    send(b, u, "11-05 12:00", "coremail-gb2312", "东平职教中心方案",
         "您好，我校方案附后。活动周专栏：http://www.dpzjzx.com/zjhdz/\n联络员：教务处 李喆 主任，手机 15165885372",
         [f("东平职教中心活动周方案.doc", doc("lo-doc", plan), "plan", u.id)],
         column_url="http://www.dpzjzx.com/zjhdz/",
         liaison=person("", "李喆", "教务处主任", "", "15165885372"), note="no email for the liaison")  # fmt: skip
    send(b, u, "11-11 09:50", "coremail-gb2312", "东平职教中心稿件", "两篇。",
         [f("东平职教专业展示.docx", _a("东平职教中心专业展示", "展示八个专业。"), "article", u.id),
          f("东平职教技能服务.docx", _a("东平职教中心技能服务进社区", "服务群众400人次。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-13 10:40", "coremail-gb2312", "东平职教中心稿件", "一篇。",
         [f("东平职教职业体验.pdf", _a("东平职教中心职业体验活动", "300名学生参加。", "lo-pdf"), "article", u.id)])  # fmt: skip
    stats = [H_STATS, ["东平县职业教育中心学校", 5, 14, 1, 6, 1500, 900, 3, 8000]]
    send(b, u, "11-16 19:30", "coremail-gb2312", "东平职教中心统计表", "统计表迟了一点，总结已由县局代报。",
         [f("东平职教中心统计表.xls", sheet("lo-xls", stats), "statistics", u.id)])  # fmt: skip


def jtzz(b: Builder) -> None:
    u = JTZZ
    send(b, u, "11-02 14:20", "py-compat32", "咨询：活动周方案是否需要盖章",
         "市教育局职成高教科：请问报送的活动周方案需要加盖公章扫描吗？交通职专办公室")  # fmt: skip
    plan = [["h", "泰安市交通职业中等专业学校2020年职业教育活动周实施方案"],
            *paras("一、活动主题：人人出彩 技能强国。\n二、活动安排：驾驶安全进社区、汽车维修义诊、网络开放日。\n三、联络员：学校办公室 主任 吴长江；手机：13668010259；邮箱：wucj_jt@126.com。"),
            ["p", "四、宣传专栏：http://www.tajtzz.cn/zjhdz2020/"]]  # fmt: skip
    send(b, u, "11-05 17:55", "py-compat32", "交通职专活动周实施方案", "方案附后，请查收。\n泰安交通职专",
         [f("交通职专活动周实施方案.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://www.tajtzz.cn/zjhdz2020/",
         liaison=person("", "吴长江", "学校办公室主任", "wucj_jt@126.com", "13668010259"),
         note="column and liaison only in the plan's last paragraphs")  # fmt: skip
    send(b, u, "11-09 16:00", "py-compat32", "交通职专稿件两篇", "两篇。",
         [f("驾驶安全进社区.docx", _a("交通职专驾驶安全知识进社区", "发放宣传材料2000份。"), "article", u.id),
          f("汽车维修义诊.docx", _a("交通职专汽车维修义诊", "免费检测车辆150台。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-11 11:30", "py-compat32", "交通职专稿件",
         "一篇附件，另大众网报道：http://taian.dzwww.com/jy/202011/t20201111_7122043.htm",
         [f("网络开放日.docx", _a("交通职专网络开放日", "在线观看5000人次。"), "article", u.id)],
         article_links=["http://taian.dzwww.com/jy/202011/t20201111_7122043.htm"])  # fmt: skip
    send(b, u, "11-13 15:00", "py-compat32", "交通职专稿件", "一篇。",
         [f("校企合作.docx", _a("交通职专与物流企业签订合作协议", "共建物流实训中心。"), "article", u.id)])  # fmt: skip
    summ = [["h", "泰安市交通职业中等专业学校活动周总结"], *paras("活动周期间开展活动15场，服务群众1800人次，具体如下："),
            ["t", [["项目", "场次"], ["驾驶安全进社区", "4"], ["汽车维修义诊", "6"], ["网络开放日", "1"], ["其他", "4"]]]]  # fmt: skip
    stats = [H_STATS, ["交通职专", 4, 11, 1, 6, 1900, 1800, 5, 9000], ["专栏", "交通职专活动周专栏", "", "", "", "", "", "", ""]]  # fmt: skip
    send(b, u, "11-16 15:40", "py-compat32", "交通职专活动周总结和统计表", "请查收。",
         [f("交通职专活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("交通职专统计表.xlsx", sheet("openpyxl", stats, links={"B3": "http://www.tajtzz.cn/zjhdz2020/"}), "statistics", u.id)])  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = TSQZZ
    plan = [
        ["h", "泰山区职业中等专业学校活动周工作方案"],
        *paras("开展技能进社区、职业启蒙进小学、网络开放日三项活动。"),
    ]
    send(b, u, "11-05 13:00", "thunderbird", "泰山区职专活动周工作方案",
         "市局老师：方案请查收。\n专栏：http://www.tsqzz.cn/hdz2020/\n联络员：泰山区职专 教科室主任 宋明 13953806274 songming_tsq@163.com",
         [f("泰山区职专活动周工作方案.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://www.tsqzz.cn/hdz2020/",
         liaison=person("泰山区职专", "宋明", "教科室主任", "songming_tsq@163.com", "13953806274"))  # fmt: skip
    send(b, u, "11-10 17:30", "thunderbird", "泰山区职专稿件", "两篇。",
         [f("泰山区职专技能进社区.docx", _a("泰山区职专技能进社区", "为居民维修家电。"), "article", u.id),
          f("泰山区职专职业启蒙.docx", _a("泰山区职专职业启蒙进小学", "走进东湖小学。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-13 17:30", "thunderbird", "泰山区职专稿件（2）", "两篇。",
         [f("泰山区职专网络开放日.docx", _a("泰山区职专网络开放日", "直播两小时。"), "article", u.id),
          f("泰山区职专技能展演.docx", _a("泰山区职专参加全区技能展演", "获一等奖两项。"), "article", u.id)])  # fmt: skip
    summ = [["h", "泰山区职业中等专业学校活动周总结"], *paras("活动周开展活动21场。")]
    stats = [H_STATS, ["泰山区职专", 8, 13, 1, 9, 2300, 1500, 5, 16000]]
    send(b, u, "11-16 13:20", "thunderbird", "泰山区职专总结和统计表", "请查收。",
         [f("泰山区职专活动周总结.pdf", doc("lo-pdf", summ), "summary", u.id),
          f("泰山区职专统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


STORIES = [xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
