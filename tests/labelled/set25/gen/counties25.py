# ruff: noqa: E501
"""set25's county bureaus. Shapes: generic file names (附件1/附件2 again and again, 文档1, 新建
Microsoft Word 文档, 新建XLSX工作表, pinyin names), file names that say the wrong thing (a plan
named 活动周总结, a summary named 活动周方案, a 回执 named 附件1), a zip of two articles, photos,
a scanned 请示, a summary titled only 职业教育活动周开展情况, a statistics table in Word."""

from __future__ import annotations

from . import texts as T
from .build import Builder, person, send
from .kit25 import art, paper, pic, sheet, zipped
from .units import U


def taishan(b: Builder) -> None:
    u = U["taishan"]
    lia = person(u.name, "孟晓燕", "职成教科副科长", "mengxy_ts@163.com", "13805382716")
    col = "http://jtj.taishan.gov.cn/zjhdz2020/"
    rows = [
        ("11月8日", "全区职业教育活动周启动仪式", "泰山区职专", "职成教科"),
        ("11月9日—13日", "职业学校网络校园开放日", "线上", "各职业学校"),
        ("11月10日", "职业启蒙进小学", "东岳大街小学", "基础教育科"),
        ("11月12日", "技能服务进社区", "财源街道", "泰山区职专"),
    ]
    send(b, u, "11-03 09:40", "coremail-gov", "泰山区职教活动周方案及回执",
         "市教育局职成高教科：\n\n附件1是我局下发的活动周通知（含活动安排），附件2是联络员回执，"
         "请审阅。\n\n泰山区教体局职成教科\n孟晓燕",
         [paper("附件1.docx", u.id, "plan", T.plan_notice(u.name, "泰区教体字〔2020〕41号", rows)),
          paper("附件2.docx", u.id, "contact", T.receipt(u.name, lia, col))],
         liaison=lia, column_url=col, note="the plan is the county's 通知; 回执 carries the column")  # fmt: skip
    a1 = art("1.docx", u.id, "open", "泰山区", 8, "泰山区职专操场", style="dateline", by="刘倩")
    a2 = art(
        "2.docx", u.id, "primary", "泰山区职专", 10, "东岳大街小学", style="dateline", by="刘倩"
    )
    send(b, u, "11-10 16:25", "coremail-gov", "泰山区活动周信息（一）",
         "您好，报送两篇活动信息，压缩包里，另附照片一张。",
         [zipped("材料.zip", [a1, a2]), pic("IMG_2031.jpg", u.id, 1)],
         members=[a1, a2], note="a zip of two articles and a photo beside it")  # fmt: skip
    send(b, u, "11-12 17:05", "coremail-gov", "泰山区活动周信息（二）",
         "再报三篇。\n泰山区教体局",
         [art("附件1.docx", u.id, "community", "泰山区职专", 12, "财源街道岱宗社区", style="dateline", by="王凯"),
          art("附件2.docx", u.id, "openday", "泰山区职专", 11, "数控技术、电子商务", style="dateline", by="王凯"),
          art("附件3.docx", u.id, "policy", "泰山区教体局", 12, "泰山区三所初中", style="dateline", by="孟晓燕")],
         note="附件1.docx again, now an article")  # fmt: skip
    send(b, u, "11-16 10:10", "coremail-gov", "总结和统计表",
         "市局：泰山区活动周总结（附件1）和统计表（附件2）报上，请查收。",
         [paper("附件1.docx", u.id, "summary", T.summary(u.name, "泰山区2020年职业教育活动周工作总结",
                dict(events=36, people=5200, reports=21, views=48000,
                     a1="启动仪式在泰山区职专举行，区内3所职业学校同步开展开放日活动。",
                     a2="职业启蒙走进6所小学，500余名小学生参与职业体验。",
                     a3="志愿服务队走进财源街道等4个社区，服务群众1100余人次。"))),
          sheet("附件2.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (9, 27, 3, 8, 5200, 1100, 21, 48000), "孟晓燕", "13805382716"))])  # fmt: skip


def dyq(b: Builder) -> None:
    u = U["dyq"]
    lia = person("岱岳区教体局", "李娜", "职成教科科长", "lina_dyjt@163.com", "15006381932")
    col = "http://www.daiyue.gov.cn/jyj/zjzl/"
    rows = [
        ("11月8日", "活动周启动暨职教成果展", "岱岳区职教中心", "职成教科"),
        ("11月9日", "“技能下乡”进满庄镇", "满庄镇各村", "岱岳职教中心"),
        ("11月11日", "职教政策进初中宣讲", "全区初中学校", "招生办"),
        ("11月13日", "校企合作对话会", "区职教中心报告厅", "职成教科"),
    ]
    send(b, u, "11-04 15:32", "coremail", "岱岳区活动周安排",
         "您好！岱岳区的活动周安排见附件。\n联络员：岱岳区教体局 李娜 职成教科科长\n邮箱 lina_dyjt@163.com"
         "  手机 15006381932\n专栏网址：http://www.daiyue.gov.cn/jyj/zjzl/\n\n谢谢",
         [paper("新建 Microsoft Word 文档.docx", u.id, "plan", T.plan_schedule("岱岳区", rows))],
         liaison=lia, column_url=col, note="a schedule table under Word's default file name")  # fmt: skip
    send(b, u, "11-09 11:48", "coremail", "信息",
         "",
         [art("文档1.docx", u.id, "open", "岱岳区", 8, "岱岳区职教中心"),
          pic("微信图片_20201109114233.jpg", u.id, 2)],
         note="no body; Word's 文档1 and a WeChat photo")  # fmt: skip
    send(b, u, "11-11 17:20", "coremail", "岱岳区活动周信息2篇",
         "两篇，请审核",
         [art("文档2.docx", u.id, "village", "岱岳职教中心", 9, "满庄镇北留村", style="reporter", by="赵敏"),
          art("文档3.docx", u.id, "policy", "岱岳区", 11, "岱岳区实验中学等5所初中", style="reporter", by="赵敏")])  # fmt: skip
    send(b, u, "11-13 18:02", "coremail", "岱岳区活动周信息",
         "又两篇。",
         [art("新建 Microsoft Word 文档 (2).docx", u.id, "enterprise", "岱岳区", 13, "泰安航天特车"),
          art("文档1.docx", u.id, "exhibit", "岱岳职教中心", 12, "岱岳区文化广场")],
         note="文档1.docx again, another article")  # fmt: skip
    send(b, u, "11-16 16:40", "coremail", "岱岳区总结、统计",
         "总结和统计表发您，请查收。李娜",
         [paper("职业教育活动周开展情况.docx", u.id, "summary", T.summary("岱岳区", "职业教育活动周开展情况",
                dict(events=24, people=3600, reports=14, views=21000, a1="启动仪式同步举办职教成果展，展出学生作品300余件。",
                     a2="组织师生“技能下乡”，走进满庄镇等3个乡镇。", a3="举办校企合作对话会，12家企业参加。"), closing=False)),
          sheet("新建XLSX工作表.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (6, 18, 2, 7, 3600, 850, 14, 21000)))],
         note="the summary titled only 职业教育活动周开展情况")  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    lia = person(u.name, "韩志强", "职成教科科员", "xthanzq@126.com", "13953872604")
    col = "http://www.xintai.gov.cn/col/col_zjhdz/"
    rows = [
        ("11月8日", "启动仪式", "新泰市职业中专", "职成教科"),
        ("11月9日—14日", "云上活动周", "新泰教育微信公众号", "宣传科"),
        ("11月10日", "技能服务进乡村", "羊流镇", "新泰职专"),
    ]
    send(b, u, "11-05 17:20", "outlook", "新泰市教体局 报送活动周方案及联络员回执",
         "市局职成科：\n\n我局活动周方案和联络员回执已按要求填报，请查收。\n\n新泰市教育和体育局职成教科",
         [paper("方案.docx", u.id, "plan", T.plan_full("新泰市", rows)),
          sheet("回执.xls", u.id, "contact", T.receipt_xlsx(u.name, lia, col), producer="xlsx-xls")],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 09:15", "outlook", "新泰市活动周稿件",
         "稿件3篇，请审阅。",
         [art("稿件1.doc", u.id, "open", "新泰市", 8, "新泰市职业中专体育馆", producer="docx-doc", style="dateline", by="孙丽"),
          art("稿件2.doc", u.id, "village", "新泰职专", 10, "羊流镇", producer="docx-doc", style="dateline", by="孙丽"),
          art("稿件3.pdf", u.id, "live", "新泰职专", 9, "汽车运用与维修", producer="docx-pdf")])  # fmt: skip
    b2 = [
        art("稿件4.docx", u.id, "alumni", "新泰市", 12, "2012届毕业生、全国技术能手张磊"),
        art("稿件5.docx", u.id, "contest", "新泰市", 13, "电工、焊接、中式烹调"),
    ]
    send(b, u, "11-13 20:30", "outlook", "稿件4、5", "两篇\n韩志强", b2)
    send(b, u, "11-16 17:00", "outlook", "新泰市活动周总结及统计表",
         "市局：附件是我市活动周总结和统计表，统计表为word格式，请谅解。",
         [paper("总结.docx", u.id, "summary", T.summary(u.name, "新泰市2020年职业教育活动周总结",
                dict(events=31, people=4300, reports=17, views=35000, a1="举办启动仪式和职教成果展。",
                     a2="云上活动周推送视频32个。", a3="技能服务队走进羊流镇等5个乡镇。"))),
          paper("统计表.docx", u.id, "statistics", T.stats_docx(u.name, (12, 19, 2, 6, 4300, 960, 17, 35000), "韩志强", "13953872604", "2020年11月16日"))],
         note="the statistics as a Word table filled by 填表人")  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    col = "http://jtj.feicheng.gov.cn/zjhdz/"
    lia0 = person("肥城市教体局", "陈静", "", "chenjing_fc@126.com", "18053881576")
    lia = person(u.name, "陈静", "职成教科科员", "chenjing_fc@126.com", "18053881576")
    rows = [
        ("11月8日", "启动仪式暨技能展示", "肥城市职业中专", "职成教科"),
        ("11月9日—13日", "网络开放日", "各职业学校网站", "各职业学校"),
        ("11月11日", "桃木工艺进社区", "新城街道", "肥城职专"),
        ("11月12日", "“技能下乡”", "安驾庄镇", "肥城职专"),
    ]
    send(b, u, "11-02 16:10", "coremail", "肥城活动周方案",
         "方案见附件。我市活动周专栏：http://jtj.feicheng.gov.cn/zjhdz/\n联络员：肥城市教体局 陈静，"
         "邮箱chenjing_fc@126.com，手机18053881576",
         [paper("fcjyj_zj.docx", u.id, "plan", T.plan_full("肥城市", rows))],
         liaison=lia0, column_url=col, note="a pinyin file name; the liaison without 职务")  # fmt: skip
    send(b, u, "11-06 09:05", "coremail", "补报联络员回执",
         "补报回执，昨天忘记发了，抱歉。",
         [sheet("fcjyj_lly.xlsx", u.id, "contact", T.receipt_xlsx(u.name, lia, col))],
         liaison=lia, note="the 职务 only on 11-06: contact late")  # fmt: skip
    send(b, u, "11-11 15:40", "coremail", "肥城市活动周报道",
         "报道两篇和图片。",
         [art("hdzb1.docx", u.id, "open", "肥城市", 8, "肥城市职业中专", pics=1),
          art("hdzb2.docx", u.id, "community", "肥城职专", 11, "新城街道"),
          pic("tp1.jpg", u.id, 3)])  # fmt: skip
    send(b, u, "11-14 21:10", "coremail", "肥城市活动周报道（续）",
         "第3-5篇。",
         [art("hdzb3.docx", u.id, "village", "肥城职专", 12, "安驾庄镇"),
          art("hdzb4.docx", u.id, "primary", "肥城市", 13, "肥城市实验小学"),
          art("hdzb5.odt", u.id, "enterprise", "肥城市", 13, "肥城桃木工艺", producer="docx-odt")])  # fmt: skip
    send(b, u, "11-16 09:30", "coremail", "肥城市活动周总结、统计表",
         "请查收",
         [paper("zj.docx", u.id, "summary", T.summary("肥城市", "肥城市2020年职业教育活动周工作总结",
                dict(events=28, people=3900, reports=15, views=26000, a1="启动仪式上展示桃木雕刻等特色技艺。",
                     a2="“技能下乡”服务安驾庄镇群众400余人次。", a3="职业启蒙进小学活动覆盖8所学校。"))),
          sheet("tjb.xls", u.id, "statistics", T.stats_xlsx(u.name, (8, 20, 3, 6, 3900, 700, 15, 26000), "陈静", "18053881576"), producer="xlsx-xls")],
         note="pinyin names: zj = 总结, tjb = 统计表")  # fmt: skip


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    lia = person("宁阳县教体局", "刘洋", "职成教股股长", "ly_nyjt@163.com", "13562871943")
    col = "http://www.ny.gov.cn/jytj/hdz2020/"
    rows = [
        ("11月8日", "启动仪式", "宁阳县职业中专", "职成教股"),
        ("11月10日", "职业体验进初中", "宁阳县第二中学", "宁阳职专"),
        ("11月12日", "“技能下乡”服务", "蒋集镇", "宁阳职专"),
    ]
    send(b, u, "11-05 10:00", "foxmail", "宁阳县教体局活动周方案",
         "市教育局：\n    宁阳县活动周方案报上，文件名沿用了去年的，内容是今年的方案。\n    联络员：宁阳县教体局 "
         "刘洋，职成教股股长，邮箱ly_nyjt@163.com，手机13562871943。\n    宣传专栏：http://www.ny.gov.cn/jytj/hdz2020/",
         [paper("活动周总结.docx", u.id, "plan", T.plan_full("宁阳县", rows))],
         liaison=lia, column_url=col, note="a plan under the name 活动周总结")  # fmt: skip
    send(b, u, "11-09 17:45", "foxmail", "宁阳新闻稿",
         "三篇新闻稿请审核。",
         [art("新闻稿.docx", u.id, "open", "宁阳县", 8, "宁阳县职业中专", style="dateline", by="周涛"),
          art("新闻稿(1).docx", u.id, "live", "宁阳职专", 9, "畜牧兽医"),
          art("新闻稿(2).docx", u.id, "openday", "宁阳职专", 9, "现代农艺、机电技术应用")])  # fmt: skip
    send(b, u, "11-13 11:20", "foxmail", "宁阳县",
         "新闻稿一篇；另有县职专组织学生到企业参观的请示扫描件，一并报送。",
         [art("新闻稿(3).docx", u.id, "village", "宁阳职专", 12, "蒋集镇"),
          paper("扫描件.pdf", u.id, "other", T.request("宁阳县职业中等专业学校", "组织学生赴合作企业参观学习",
                "宁职专字〔2020〕18号"), producer="scan-pdf", note="a scanned 请示: image only")])  # fmt: skip
    send(b, u, "11-16 15:00", "foxmail", "宁阳县活动周总结和统计表",
         "总结和统计表，请查收。",
         [paper("活动周方案.docx", u.id, "summary", T.summary(u.name, "宁阳县2020年职业教育活动周工作总结",
                dict(events=19, people=2600, reports=9, views=15000, a1="启动仪式在县职业中专举行。",
                     a2="职业体验活动走进3所初中。", a3="“技能下乡”服务蒋集镇群众300余人次。"))),
          sheet("附件2.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (5, 14, 1, 4, 2600, 300, 9, 15000)))],
         note="a summary under the name 活动周方案; four articles in all")  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    lia = person(u.name, "张慧", "职成教科科长", "zhanghui_dp@163.com", "13668571230")
    col = "http://www.dongping.gov.cn/jtj/zjhdz/"
    rows = [
        ("11月8日", "活动周启动", "东平县职教中心", "职成教科"),
        ("11月9日", "网上校园开放日", "线上", "东平职教中心"),
        ("11月11日", "技能服务进乡村（东平湖畔）", "老湖镇", "东平职教中心"),
        ("11月13日", "优秀毕业生报告会", "东平职教中心", "团委"),
    ]
    send(b, u, "11-04 10:30", "wps", "东平县职教活动周",
         "职成科领导：东平县活动周方案（附件1）、联络员回执（附件2）请查收。",
         [paper("附件1.pdf", u.id, "plan", T.plan_full("东平县", rows), producer="docx-pdf"),
          paper("附件2.docx", u.id, "contact", T.receipt(u.name, lia, col, "联络员信息回执"))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 16:00", "wps", "东平县活动周信息",
         "共3篇",
         [art("1.docx", u.id, "open", "东平县", 8, "东平县职教中心"),
          art("2.docx", u.id, "openday", "东平职教中心", 9, "旅游服务与管理、计算机应用"),
          art("3.docx", u.id, "village", "东平职教中心", 11, "老湖镇")])  # fmt: skip
    send(b, u, "11-12 16:40", "wps", "东平县活动周信息（二）",
         "2篇",
         [art("4.docx", u.id, "alumni", "东平职教中心", 12, "2015届毕业生、东平湖渔家乐创业者李刚", style="unit", by="供稿"),
          art("5.docx", u.id, "epidemic", "东平县", 12, "东平县人民医院护士、职教中心毕业生王晓")])  # fmt: skip
    send(b, u, "11-17 09:10", "wps", "东平县总结（迟报）",
         "不好意思，总结和统计表晚了一天，请谅解。",
         [paper("附件1.docx", u.id, "summary", T.summary(u.name, "关于2020年职业教育活动周开展情况的报告",
                dict(events=22, people=3100, reports=12, views=19000, a1="网上校园开放日直播3场。",
                     a2="技能服务走进老湖镇，服务群众500余人次。", a3="优秀毕业生报告会反响热烈。"))),
          sheet("附件2.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (6, 16, 1, 5, 3100, 500, 12, 19000), "张慧", "13668571230"))],
         note="附件1/附件2 again: now summary and statistics; late")  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    lia = person(u.name, "郑凯", "社会事业局职教专干", "zk_gxq@qq.com", "15864811207")
    col = "http://gxq.taian.gov.cn/jy/zjhdz/"
    send(b, u, "11-05 11:02", "qqweb", "附件1.docx", "",
         [paper("附件1.docx", u.id, "contact", T.receipt(u.name, lia, col))],
         liaison=lia, column_url=col, note="QQ mail's default subject; 附件1 is the 回执")  # fmt: skip
    rows = [
        ("11月9日", "职业体验进北集坡小学", "北集坡街道", "社会事业局"),
        ("11月11日", "企业开放日", "高新区重点企业", "社会事业局"),
    ]
    send(b, u, "11-06 15:30", "qqweb", "高新区活动安排",
         "补报活动安排。",
         [paper("高新区活动安排.docx", u.id, "plan", T.plan_schedule("泰安高新区", rows, "我区无职业学校，活动周安排如下："))],
         note="plan late")  # fmt: skip
    send(b, u, "11-10 10:40", "qqweb", "高新区职业体验活动",
         "高新区：职业体验走进北集坡小学\n\n11月9日，泰安高新区社会事业局联合区内企业，组织北集坡"
         "小学五年级学生开展职业体验活动。学生们走进企业车间，观看智能生产线运行，听技术工人讲解岗位"
         "知识，亲手体验了简单的装配工序。\n\n活动让孩子们近距离感受了“技能宝贵、劳动光荣”。\n\n"
         "（高新区社会事业局）\n\n照片两张附后。",
         [pic("IMG_20201109_143512.jpg", u.id, 4), pic("IMG_20201109_144208.jpg", u.id, 5)],
         body_article=True, note="an article pasted in the body, two photos")  # fmt: skip
    send(b, u, "11-12 16:15", "qqweb", "附件1.docx 等2个文件", "",
         [art("附件1.docx", u.id, "enterprise", "泰安高新区", 11, "泰山玻纤"),
          art("附件2.docx", u.id, "policy", "泰安高新区", 12, "高新区实验学校")],
         note="附件1.docx again, now an article; three articles in all")  # fmt: skip
    send(b, u, "11-16 14:20", "qqweb", "高新区活动周总结",
         "总结报上。我区统计表还在汇总，稍后报。",
         [paper("高新区总结.docx", u.id, "summary", T.summary("泰安高新区", "高新区职业教育活动周开展情况",
                dict(events=6, people=450, reports=4, views=3200, a1="职业体验进小学。", a2="企业开放日。",
                     a3="职教政策进初中。"), closing=False))],
         note="no statistics ever")  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
