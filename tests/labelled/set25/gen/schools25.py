# ruff: noqa: E501
"""set25's schools. Shapes: 文档1/文档2 holding an activity schedule and a 回执, a 回执 in a
file named 新建 Microsoft Excel 工作表, a phone photo of the printed plan (微信图片_…jpg), 1.docx
2.docx 3.docx used for plan, 回执 and later for articles, the same 新闻稿.docx name on three
different articles, summary and statistics with their names swapped, a 统计表.docx that is the
回执, a pinyin school (fczz_fa, xw1), an agenda, a 请示 and an award list among the files,
a compilation of three articles, a staff member's personal QQ box, a truncated summary and
its resend, legacy .doc/.xls, .odt and PDFs."""

from __future__ import annotations

from . import texts as T
from .build import Builder, person, send
from .kit25 import art, paper, pic, sheet
from .mime import RSJ
from .units import U


def _facts(events: int, people: int, reports: int, views: int, a1: str, a2: str, a3: str) -> dict:
    return dict(events=events, people=people, reports=reports, views=views, a1=a1, a2=a2, a3=a3)


def tzy(b: Builder) -> None:
    u = U["tzy"]
    lia = person(u.name, "高文娟", "党委宣传部干事", "gaowj@tzvtc.edu.cn", "13515481260")
    col = "https://www.tzvtc.edu.cn/zjhdz2020/"
    rows = [
        ("11月8日", "活动周启动仪式暨校园开放日", "学院体育馆", "宣传部、招生就业处"),
        ("11月9日—13日", "专业“云课堂”直播", "学院抖音号", "各二级学院"),
        ("11月10日", "技能服务进社区", "泰前街道", "团委"),
        ("11月12日", "校企合作产教对话", "学院报告厅", "校企合作处"),
    ]
    send(b, u, "11-03 10:20", "thunderbird", "泰安职业技术学院活动周实施方案及联络员回执",
         "市教育局职成高教科：\n\n按通知要求，报送我院2020年职业教育活动周实施方案和联络员回执，请审阅。\n\n"
         "泰安职业技术学院党委宣传部\n高文娟",
         [paper("泰安职业技术学院2020年职业教育活动周实施方案.docx", u.id, "plan", T.plan_full(u.name, rows)),
          paper("附件2 联络员回执.docx", u.id, "contact", T.receipt(u.name, lia, col))],
         liaison=lia, column_url=col, note="names that say what they are (the control)")  # fmt: skip
    send(b, u, "11-09 09:30", "thunderbird", "开幕式新闻稿",
         "开幕式新闻稿和两张照片。",
         [art("新闻稿-开幕式.docx", u.id, "open", "泰安职业技术学院", 8, "学院体育馆", style="reporter", by="高文娟"),
          pic("开幕式1.jpg", u.id, 6), pic("开幕式2.jpg", u.id, 7)])  # fmt: skip
    items = [
        T.article("live", "泰安职业技术学院", 9, "智能制造"),
        T.article("community", "泰安职业技术学院", 10, "泰前街道"),
        T.article("enterprise", "泰安职业技术学院", 12, "泰开集团"),
    ]
    send(b, u, "11-12 18:30", "thunderbird", "稿件汇总",
         "这几天的三篇稿子合在一个文件里了。",
         [paper("稿件汇总.docx", u.id, "article", T.compilation(items, "泰安职业技术学院活动周稿件汇总"),
                count=3, headline="泰安职业技术学院活动周稿件汇总", note="three articles in one file")])  # fmt: skip
    send(b, u, "11-13 16:00", "thunderbird", "稿件",
         "再一篇",
         [art("1.docx", u.id, "alumni", "泰安职业技术学院", 13, "2010届毕业生、山东省技术能手刘伟")])  # fmt: skip
    send(b, u, "11-16 11:00", "thunderbird", "泰安职业技术学院活动周总结及统计表",
         "总结（odt格式）和统计表，请查收。",
         [paper("总结.odt", u.id, "summary", T.summary(u.name, "泰安职业技术学院2020年职业教育活动周工作总结",
                _facts(18, 6200, 11, 52000, "举办启动仪式暨校园开放日。", "各二级学院直播“云课堂”10场。",
                       "产教对话会上签订合作协议5项。")), producer="docx-odt"),
          sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (10, 8, 1, 3, 6200, 420, 11, 52000)))])  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    lia = person(u.name, "徐明", "教务处副处长", "xuming@tsvtc.edu.cn", "13853856214")
    col = "http://www.tsvtc.edu.cn/hdz/"
    rows = [
        ("11月8日", "开放日暨启动仪式", "学院南校区", "教务处"),
        ("11月10日", "“最美逆行”事迹报告会", "图书馆报告厅", "学生处"),
        ("11月11日", "技能展示赛", "实训中心", "教务处"),
        ("11月13日", "职教政策进初中", "泰安市第六中学", "招生就业处"),
    ]
    send(b, u, "11-04 14:12", "outlook", "活动周材料",
         "您好，附件是我院活动周的活动安排、联络员回执和启动仪式议程。\n\n泰山职业技术学院教务处",
         [paper("文档1.docx", u.id, "plan", T.plan_schedule("泰山职业技术学院", rows)),
          paper("文档2.docx", u.id, "contact", T.receipt(u.name, lia, col)),
          paper("启动仪式议程.docx", u.id, "other", T.agenda("泰山职业技术学院", 8, "学院南校区广场"), note="an agenda")],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-09 16:45", "outlook", "泰山职院活动周新闻（1）（2）", "",
         [art("泰山职院新闻1.docx", u.id, "openday", "泰山职业技术学院", 8, "汽车检测与维修、电子商务"),
          art("泰山职院新闻2.docx", u.id, "open", "泰山职业技术学院", 8, "学院南校区广场")])  # fmt: skip
    send(b, u, "11-12 10:05", "outlook", "泰山职院活动周新闻（3）（4）", "",
         [art("泰山职院新闻3.docx", u.id, "epidemic", "泰山职业技术学院", 10, "护理专业毕业生、援鄂护士陈芳"),
          art("泰山职院新闻4.docx", u.id, "contest", "泰山职业技术学院", 11, "工业机器人、网络布线")])  # fmt: skip
    send(b, u, "11-14 16:20", "outlook", "泰山职院活动周新闻（5）",
         "第五篇，另附技能展示赛获奖名单。",
         [art("泰山职院新闻5.docx", u.id, "policy", "泰山职业技术学院", 13, "泰安市第六中学"),
          sheet("获奖名单.xlsx", u.id, "other", T.award_list("泰山职业技术学院",
                [("王浩", "机电1902", "一等奖"), ("李雪", "电商1901", "二等奖"), ("孙宁", "网络1903", "三等奖")]), note="an award list")])  # fmt: skip
    send(b, u, "11-15 10:00", "outlook", "总结、统计表",
         "总结和统计表（老版本office保存的）",
         [paper("活动周总结.doc", u.id, "summary", T.summary(u.name, "泰山职业技术学院职业教育活动周总结",
                _facts(15, 5100, 10, 33000, "开放日当天接待家长和学生800余人。", "技能展示赛设8个项目。",
                       "职教政策宣讲进入4所初中。")), producer="docx-doc"),
          sheet("统计表.xls", u.id, "statistics", T.stats_xlsx(u.name, (4, 11, 1, 4, 5100, 650, 10, 33000), "徐明", "13853856214"), producer="xlsx-xls")])  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    lia = person("山东服装职业学院", "曲丽", "党政办公室主任", "quli_sdfz@126.com", "13668589047")
    col = "http://www.sdfzxy.com/zjhdz/"
    rows = [
        ("11月8日", "服装设计作品展开幕", "学院艺术馆", "服装设计学院"),
        ("11月9日", "非遗技艺体验", "学院实训楼", "继续教育学院"),
        ("11月11日", "服装定制进社区", "天平街道", "团委"),
    ]
    send(b, u, "11-05 16:05", "coremail", "山东服装职业学院 活动周方案",
         "职成科：\n方案见附件。\n联络员 山东服装职业学院 曲丽（党政办公室主任），quli_sdfz@126.com，13668589047\n"
         "专栏 http://www.sdfzxy.com/zjhdz/",
         [paper("附件1 方案.docx", u.id, "plan", T.plan_full("山东服装职业学院", rows))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 11:10", "coremail", "服装学院活动周信息",
         "两篇稿件",
         [art("附件1.docx", u.id, "exhibit", "山东服装职业学院", 8, "学院艺术馆"),
          art("附件2.docx", u.id, "community", "山东服装职业学院", 9, "天平街道")])  # fmt: skip
    send(b, u, "11-13 15:30", "coremail", "服装学院活动周信息",
         "三篇稿件",
         [art("附件1.docx", u.id, "live", "山东服装职业学院", 11, "服装与服饰设计"),
          art("附件2.docx", u.id, "primary", "山东服装职业学院", 12, "泰安市实验学校"),
          art("附件3.docx", u.id, "alumni", "山东服装职业学院", 12, "2008届毕业生、服装品牌设计总监孟然")],
         note="附件1/附件2 again with other articles")  # fmt: skip
    send(b, u, "11-16 17:50", "coremail", "服装学院总结、统计",
         "请查收",
         [paper("附件1.docx", u.id, "summary", T.summary("山东服装职业学院", "山东服装职业学院职业教育活动周开展情况",
                _facts(12, 2800, 8, 17000, "服装设计作品展展出作品260件。", "非遗技艺体验吸引市民300余人。",
                       "服装定制服务进社区。"))),
          paper("附件2.docx", u.id, "statistics", T.stats_docx("山东服装职业学院", (3, 9, 1, 3, 2800, 300, 8, 17000), "曲丽", "13668589047", "11月16日"))],
         note="附件1/附件2 now summary and a Word statistics table")  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    lia = person(u.name, "吕建华", "宣传部部长", "lvjh_lm@163.com", "15254826630")
    col = "http://www.sdlmkj.com/hdz2020/"
    rows = [
        ("11月9日", "校园开放日", "学院", "招生处"),
        ("11月10日", "中医推拿进社区", "岱庙街道", "医学院"),
        ("11月12日", "技能展示", "实训中心", "教务处"),
    ]
    send(b, u, "11-06 10:30", "foxmail", "力明学院活动周方案（补报）",
         "领导好，方案补报，请见附件。\n联络员：山东力明科技职业学院宣传部部长 吕建华\n邮箱：lvjh_lm@163.com\n"
         "手机：15254826630\n网址：http://www.sdlmkj.com/hdz2020/",
         [paper("力明学院活动周方案.pdf", u.id, "plan", T.plan_full(u.name, rows), producer="lo-pdf")],
         liaison=lia, column_url=col, note="plan, column and contact late (11-06)")  # fmt: skip
    send(b, u, "11-10 14:50", "foxmail", "新闻稿", "新闻稿两篇",
         [art("新闻稿1.docx", u.id, "openday", "山东力明科技职业学院", 9, "中医康复、护理"),
          art("新闻稿2.docx", u.id, "community", "山东力明科技职业学院", 10, "岱庙街道")])  # fmt: skip
    send(b, u, "11-14 09:40", "foxmail", "新闻稿3", "",
         [art("新闻稿3.docx", u.id, "contest", "山东力明科技职业学院", 12, "中医推拿、急救护理")],
         note="three articles in all")  # fmt: skip
    send(b, u, "11-16 12:00", "foxmail", "力明学院总结及统计表", "总结和统计表。",
         [paper("总结.docx", u.id, "summary", T.summary(u.name, "山东力明科技职业学院2020年职业教育活动周工作总结",
                _facts(9, 2100, 3, 9000, "校园开放日接待考生家长200余人。", "中医推拿进社区服务群众260人次。",
                       "技能展示活动6项。"))),
          sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (2, 7, 1, 2, 2100, 260, 3, 9000)))])  # fmt: skip


def tshl(b: Builder) -> None:
    u = U["tshl"]
    lia = person(u.name, "王莉", "宣传部副部长", "wangli_hl@163.com", "13562806615")
    col = "http://www.tshlzy.edu.cn/zjhdz/"
    rows = [
        ("11月8日", "护理技能开放日", "护理实训中心", "护理学院"),
        ("11月10日", "健康护理进社区", "上高街道", "志愿服务队"),
        ("11月12日", "“最美逆行”报告会", "学术报告厅", "宣传部"),
    ]
    send(b, u, "11-04 16:50", "outlook", "泰山护理职业学院 活动周",
         "老师您好，1是方案，2是联络员回执。",
         [paper("1.docx", u.id, "plan", T.plan_full(u.name, rows)),
          paper("2.docx", u.id, "contact", T.receipt(u.name, lia, col))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 21:15", "qqweb", "稿子",
         "职成科老师：单位邮箱登不上，先用个人邮箱发两篇稿子。\n泰山护理职业学院宣传部 王莉",
         [art("新闻1.docx", u.id, "openday", "泰山护理职业学院", 8, "护理、助产"),
          art("新闻2.docx", u.id, "community", "泰山护理职业学院", 10, "上高街道")],
         sender="1093827465@qq.com", sender_name="莉", note="a personal QQ box; the college in the signature")  # fmt: skip
    send(b, u, "11-12 17:30", "outlook", "泰护 活动周稿件",
         "三篇。",
         [art("1.docx", u.id, "epidemic", "泰山护理职业学院", 12, "援鄂医疗队队员、学院2009届毕业生赵丹"),
          art("2.docx", u.id, "primary", "泰山护理职业学院", 11, "上高街道中心小学"),
          art("3.docx", u.id, "live", "泰山护理职业学院", 11, "康复治疗技术")],
         note="1.docx and 2.docx again, now articles")  # fmt: skip
    send(b, u, "11-16 16:10", "outlook", "泰护 总结 统计表", "总结、统计表",
         [paper("泰护总结.docx", u.id, "summary", T.summary(u.name, "泰山护理职业学院2020年职业教育活动周总结",
                _facts(11, 3300, 9, 24000, "护理技能开放日展示10项护理操作。", "健康护理进社区服务群众600余人次。",
                       "报告会讲述师生抗疫故事。"))),
          sheet("附件.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (3, 8, 1, 4, 3300, 600, 9, 24000)))])  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    lia = person(u.name, "杜鹏", "学生处干事", "dupeng_js@163.com", "18605388142")
    col = "http://www.tajsxy.cn/zjhdz/"
    rows = [
        ("11月8日", "技工教育开放日", "学院实训基地", "教务处"),
        ("11月10日", "家电维修进社区", "泰山区财源街道", "电气系"),
        ("11月12日", "技能大师工作室开放", "大师工作室", "教务处"),
    ]
    send(b, u, "11-05 09:00", "py-compat32", "泰安技师学院活动周方案、联络员",
         "市人社局职教科：\n附件为我院活动周方案及联络员信息，请查收。\n泰安技师学院",
         [paper("技师学院方案.docx", u.id, "plan", T.plan_full(u.name, rows)),
          sheet("联络员.xlsx", u.id, "contact", T.receipt_xlsx(u.name, lia, col))],
         to=RSJ, liaison=lia, column_url=col, note="to the 人社局 mailbox")  # fmt: skip
    send(b, u, "11-09 10:15", "py-compat32", "新闻稿+照片",
         "新闻稿一篇，照片两张配合使用。",
         [art("新闻稿.docx", u.id, "open", "泰安技师学院", 8, "学院实训基地"),
          pic("IMG_2045.jpg", u.id, 8), pic("IMG_2046.jpg", u.id, 9)], to=RSJ)  # fmt: skip
    send(b, u, "11-11 15:25", "py-compat32", "新闻稿",
         "今天的新闻稿。",
         [art("新闻稿.docx", u.id, "community", "泰安技师学院", 10, "泰山区财源街道")], to=RSJ,
         note="新闻稿.docx again, another article")  # fmt: skip
    send(b, u, "11-13 10:50", "py-compat32", "新闻稿",
         "",
         [art("新闻稿.docx", u.id, "contest", "泰安技师学院", 12, "数控车、电工、焊工")], to=RSJ,
         note="新闻稿.docx a third time")  # fmt: skip
    send(b, u, "11-14 17:35", "py-compat32", "新闻稿2篇",
         "再两篇",
         [art("新闻稿(2).docx", u.id, "alumni", "泰安技师学院", 13, "2011届毕业生、齐鲁首席技师王成"),
          art("新闻稿(3).docx", u.id, "enterprise", "泰安技师学院", 13, "山东泰开")], to=RSJ)  # fmt: skip
    send(b, u, "11-16 09:20", "py-compat32", "活动周总结、统计表",
         "总结和统计表。",
         [paper("总结报告.pdf", u.id, "summary", T.summary(u.name, "泰安技师学院2020年职业教育活动周总结报告",
                _facts(13, 2900, 8, 12000, "技工教育开放日接待400余人。", "家电维修进社区服务群众350人次。",
                       "技能大师工作室开放2天。")), producer="lo-pdf"),
          sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (3, 10, 1, 4, 2900, 350, 8, 12000)))], to=RSJ)  # fmt: skip


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    lia = person("岱岳职教中心", "邱磊", "办公室主任", "qiulei_dyzj@163.com", "13792186375")
    col = "http://www.dyzjzx.cn/hdz/"
    rows = [
        ("11月8日", "开放日", "岱岳区职业教育中心", "招生办"),
        ("11月9日", "农机维修下乡", "满庄镇", "农机专业部"),
        ("11月12日", "技能展示", "实训楼", "教务处"),
    ]
    send(b, u, "11-05 19:32", "qqmobile", "方案",
         "老师，方案先拍照发您，电子版明天发。联络员岱岳职教中心邱磊，办公室主任，qiulei_dyzj@163.com，"
         "13792186375，专栏http://www.dyzjzx.cn/hdz/",
         [paper("微信图片_20201105193012.jpg", u.id, "plan", T.plan_full(u.name, rows), producer="scan-jpg",
                note="a phone photo of the printed plan")],
         liaison=lia, column_url=col, note="after 18:00: plan, column and contact late")  # fmt: skip
    send(b, u, "11-06 08:40", "coremail", "岱岳职教中心活动周方案电子版",
         "电子版方案。",
         [paper("岱岳职教中心活动周方案.docx", u.id, "plan", T.plan_full(u.name, rows))])  # fmt: skip
    send(b, u, "11-10 17:00", "coremail", "岱岳职教中心稿件",
         "3篇",
         [art("附件1.docx", u.id, "openday", "岱岳区职业教育中心", 8, "农业机械使用与维护"),
          art("附件2.docx", u.id, "village", "岱岳区职业教育中心", 9, "满庄镇"),
          art("附件3.docx", u.id, "primary", "岱岳区职业教育中心", 10, "岱岳区天平小学")])  # fmt: skip
    send(b, u, "11-14 11:30", "coremail", "岱岳职教中心稿件",
         "2篇",
         [art("附件4.docx", u.id, "contest", "岱岳区职业教育中心", 12, "农机维修、电子商务"),
          art("附件5.docx", u.id, "alumni", "岱岳区职业教育中心", 13, "2013届毕业生、种粮大户张强")])  # fmt: skip
    send(b, u, "11-16 11:40", "coremail", "总结 统计表",
         "请查收",
         [paper("附件1.docx", u.id, "summary", T.summary(u.name, "岱岳区职业教育中心活动周工作总结",
                _facts(10, 1900, 7, 8800, "开放日接待家长和初中生300余人。", "农机维修下乡服务群众200余人次。",
                       "技能展示活动5项。"))),
          sheet("附件2.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (2, 8, 1, 3, 1900, 200, 7, 8800), "邱磊", "13792186375"))])  # fmt: skip


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    lia = person("新泰职专", "孙涛", "教务科科长", "suntao_xtzz@163.com", "15165836720")
    col = "http://www.xtzz.net/zjhdz/"
    rows = [
        ("11月8日", "启动仪式", "学校体育馆", "教务科"),
        ("11月9日", "直播开放日", "线上", "招生办"),
        ("11月10日", "技能服务进乡村", "羊流镇", "汽修专业部"),
    ]
    send(b, u, "11-04 11:25", "coremail-gov", "新泰职专活动周方案",
         "方案附后。联络员：新泰职专教务科科长孙涛，suntao_xtzz@163.com，手机15165836720。活动周专栏："
         "http://www.xtzz.net/zjhdz/",
         [paper("新泰职专方案.docx", u.id, "plan", T.plan_full("新泰市职业中等专业学校", rows))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-09 15:15", "coremail-gov", "新泰职专稿件",
         "稿件",
         [art("新泰职专-启动仪式.docx", u.id, "open", "新泰市职业中专", 8, "学校体育馆"),
          art("新泰职专-开放日.docx", u.id, "openday", "新泰市职业中专", 9, "汽车运用与维修、学前教育")])  # fmt: skip
    send(b, u, "11-13 10:30", "coremail-gov", "新泰职专稿件",
         "稿件三篇",
         [art("新泰职专-技能下乡.docx", u.id, "village", "新泰市职业中专", 10, "羊流镇"),
          art("新泰职专-政策宣讲.docx", u.id, "policy", "新泰市职业中专", 11, "新泰市第一中学"),
          art("新泰职专-作品展.docx", u.id, "exhibit", "新泰市职业中专", 12, "新泰市青云广场")])  # fmt: skip
    send(b, u, "11-16 17:30", "coremail-gov", "新泰职专总结、统计表",
         "总结和统计表",
         [paper("总结.docx", u.id, "summary", T.summary("新泰市职业中等专业学校", "新泰职专职业教育活动周工作总结",
                _facts(9, 2400, 6, 11000, "启动仪式。", "直播开放日。", "技能服务进乡村。")), readable=False, cut=True,
                note="truncated in sending: nobody can open it"),
          sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx("新泰市职业中等专业学校", (2, 7, 1, 2, 2400, 180, 6, 11000)))])  # fmt: skip
    send(b, u, "11-17 10:05", "coremail-gov", "重发：新泰职专总结",
         "市局老师说总结打不开，重新发一遍。",
         [paper("总结.docx", u.id, "summary", T.summary("新泰市职业中等专业学校", "新泰职专职业教育活动周工作总结",
                _facts(9, 2400, 6, 11000, "启动仪式。", "直播开放日。", "技能服务进乡村。")))],
         note="the readable summary only on 11-17: late")  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    lia = person(u.name, "赵红", "办公室副主任", "zhaohong_fczz@126.com", "13605488231")
    col = "http://www.fczz.cn/hdz2020/"
    rows = [
        ("11月8日", "开放日", "学校", "办公室"),
        ("11月10日", "桃木雕刻体验", "桃木工艺实训室", "工艺美术专业部"),
        ("11月12日", "“技能下乡”", "安驾庄镇", "机电专业部"),
    ]
    send(b, u, "11-03 08:55", "neomutt", "fczz huodongzhou",
         "职成科：肥城职专活动周方案和回执，见附件。",
         [paper("fczz_fa.docx", u.id, "plan", T.plan_full(u.name, rows)),
          paper("fczz_hz.docx", u.id, "contact", T.receipt(u.name, lia, col))],
         liaison=lia, column_url=col, note="pinyin file names and subject")  # fmt: skip
    send(b, u, "11-09 17:10", "neomutt", "xw", "",
         [art("xw1.docx", u.id, "open", "肥城市职业中专", 8, "学校操场"),
          art("xw2.docx", u.id, "exhibit", "肥城市职业中专", 8, "学校桃木工艺展厅")])  # fmt: skip
    send(b, u, "11-12 12:20", "neomutt", "xw", "",
         [art("xw3.docx", u.id, "village", "肥城市职业中专", 12, "安驾庄镇"),
          art("xw4.docx", u.id, "live", "肥城市职业中专", 11, "工艺美术")])  # fmt: skip
    send(b, u, "11-14 10:00", "neomutt", "xw5", "",
         [art("xw5.docx", u.id, "policy", "肥城市职业中专", 13, "肥城市石横镇初级中学")])  # fmt: skip
    send(b, u, "11-16 08:45", "neomutt", "fczz zj tjb", "总结，统计表",
         [paper("fczz_zj.docx", u.id, "summary", T.summary(u.name, "肥城市职业中等专业学校活动周总结",
                _facts(8, 2000, 5, 7600, "开放日接待家长200余人。", "桃木雕刻体验吸引市民。", "“技能下乡”进安驾庄镇。"))),
          sheet("fczz_tjb.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (1, 7, 1, 2, 2000, 240, 5, 7600)))])  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    lia = person(u.name, "马强", "招生就业处主任", "maqiang_nyzz@163.com", "13953808427")
    col = "http://www.nyzz.cn/zjhdz/"
    rows = [
        ("11月8日", "启动仪式", "学校报告厅", "招生就业处"),
        ("11月10日", "企业参观学习", "合作企业", "实习就业办"),
        ("11月12日", "“技能下乡”", "蒋集镇", "农学专业部"),
    ]
    send(b, u, "11-04 09:50", "android", "宁阳职专 活动周",
         "附件1方案 附件2回执 附件3是请示，请领导批示",
         [paper("附件1.docx", u.id, "plan", T.plan_full(u.name, rows)),
          paper("附件2.docx", u.id, "contact", T.receipt(u.name, lia, col)),
          paper("附件3.docx", u.id, "other", T.request(u.name, "申请活动周期间开放实训基地", "宁职专字〔2020〕17号"), note="a 请示")],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 12:30", "android", "宁阳职专信息", "三篇",
         [art("文档1.docx", u.id, "open", "宁阳县职业中专", 8, "学校报告厅"),
          art("文档2.docx", u.id, "enterprise", "宁阳县职业中专", 10, "宁阳县鲁中化工"),
          art("文档3.docx", u.id, "community", "宁阳县职业中专", 9, "宁阳县八仙桥街道")])  # fmt: skip
    send(b, u, "11-13 19:05", "android", "宁阳职专信息", "两篇",
         [art("文档4.docx", u.id, "village", "宁阳县职业中专", 12, "蒋集镇"),
          art("文档5.docx", u.id, "alumni", "宁阳县职业中专", 13, "2014届毕业生、养殖场场长刘军")])  # fmt: skip
    send(b, u, "11-16 10:30", "android", "宁阳职专 总结 统计", "",
         [paper("文档1.docx", u.id, "summary", T.summary(u.name, "宁阳县职业中等专业学校2020年职业教育活动周总结",
                _facts(8, 1800, 5, 6400, "启动仪式。", "组织学生参观合作企业。", "“技能下乡”进蒋集镇。"))),
          sheet("文档2.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (2, 6, 1, 2, 1800, 150, 5, 6400)))],
         note="文档1.docx again, now the summary")  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    lia = person("东平职教中心", "冯雪", "教务处主任", "", "15954870326")
    rows = [
        ("11月9日", "开放日", "学校", "教务处"),
        ("11月11日", "旅游服务进景区", "东平湖景区", "旅游专业部"),
    ]
    send(b, u, "11-05 14:40", "coremail", "东平职教中心方案",
         "方案附件。联络员：东平职教中心冯雪，教务处主任，电话15954870326",
         [paper("方案.doc", u.id, "plan", T.plan_schedule(u.name, rows), producer="lo-doc")],
         liaison=lia, note="no email for the liaison; no column")  # fmt: skip
    send(b, u, "11-11 16:30", "coremail", "稿", "两篇稿子",
         [art("稿1.docx", u.id, "openday", "东平县职业教育中心学校", 9, "旅游服务与管理"),
          art("稿2.docx", u.id, "community", "东平县职业教育中心学校", 11, "东平湖景区")])  # fmt: skip
    send(b, u, "11-16 19:10", "coremail", "东平职教中心总结、统计表", "晚了，抱歉",
         [paper("总结.docx", u.id, "summary", T.summary(u.name, "东平职教中心职业教育活动周总结",
                _facts(5, 900, 2, 3000, "开放日。", "旅游服务进景区。", "志愿服务。"), closing=False)),
          sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx(u.name, (1, 4, 1, 1, 900, 100, 2, 3000)))],
         note="after 18:00: summary and statistics late")  # fmt: skip


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    lia = person(u.name, "袁海", "团委书记", "yuanhai_jt@126.com", "13905381587")
    col = "http://www.tajtzz.com/hdz/"
    rows = [
        ("11月8日", "汽车文化开放日", "学校汽修实训中心", "汽修专业部"),
        ("11月10日", "汽车义诊进社区", "泰山区徐家楼街道", "团委"),
        ("11月12日", "驾驶安全宣传进小学", "泰安市实验学校", "德育处"),
    ]
    send(b, u, "11-03 15:00", "win10", "交通职专活动周方案和回执",
         "您好：方案和回执已发，回执是excel表。\n交通职专 袁海",
         [paper("交通职专活动周方案.docx", u.id, "plan", T.plan_full(u.name, rows)),
          sheet("新建 Microsoft Excel 工作表.xlsx", u.id, "contact", T.receipt_xlsx(u.name, lia, col))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-09 13:20", "iphone", "交通职专新闻",
         "两篇新闻\n\n发自我的iPhone",
         [art("新闻1.docx", u.id, "openday", "交通职专", 8, "汽车运用与维修、城市轨道交通"),
          art("新闻2.docx", u.id, "community", "交通职专", 10, "泰山区徐家楼街道", head="交通职专“汽车义诊”进社区")])  # fmt: skip
    send(b, u, "11-11 18:40", "iphone", "新闻3", "发自我的iPhone",
         [art("新闻3.docx", u.id, "primary", "交通职专", 11, "泰安市实验学校")])  # fmt: skip
    send(b, u, "11-13 14:05", "win10", "交通职专新闻4、5", "两篇",
         [art("新闻4.docx", u.id, "contest", "交通职专", 12, "汽车维修、钣金喷漆"),
          art("新闻5.docx", u.id, "enterprise", "交通职专", 13, "泰安公交集团")])  # fmt: skip
    send(b, u, "11-16 16:55", "win10", "交通职专总结统计表",
         "总结和统计表，请查收。",
         [paper("统计表.docx", u.id, "summary", T.summary(u.name, "泰安市交通职业中等专业学校活动周工作总结",
                _facts(10, 2200, 6, 9500, "汽车文化开放日。", "汽车义诊进社区，服务车辆120台次。", "驾驶安全宣传进小学。")),
                note="the summary under the name 统计表"),
          paper("总结.docx", u.id, "statistics", T.stats_docx(u.name, (2, 8, 1, 3, 2200, 380, 6, 9500), "袁海", "13905381587", "2020.11.16"),
                note="the statistics table under the name 总结")],
         note="names swapped")  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    lia = person("泰山区职专", "钱丽娟", "教务处副主任", "qianlj_tsq@163.com", "18263876029")
    col = "http://www.tsqzz.cn/zjhdz/"
    rows = [
        ("11月8日", "全区启动仪式承办", "学校操场", "办公室"),
        ("11月9日—13日", "网络校园开放日", "线上", "教务处"),
        ("11月12日", "技能服务进社区", "财源街道", "志愿服务队"),
    ]
    send(b, u, "11-05 15:10", "py-smtp", "泰山区职专活动周方案",
         "市教育局职成高教科：\n附件是我校的活动周方案。\n联络员：泰山区职专 钱丽娟 教务处副主任\n"
         "qianlj_tsq@163.com 18263876029\n宣传专栏：http://www.tsqzz.cn/zjhdz/",
         [paper("方案.docx", u.id, "plan", T.plan_full("泰山区职业中专", rows))],
         liaison=lia, column_url=col)  # fmt: skip
    send(b, u, "11-10 10:30", "py-smtp", "稿件", "三篇稿件",
         [art("稿件（一）.docx", u.id, "openday", "泰山区职专", 9, "数控技术应用、电子商务"),
          art("稿件（二）.docx", u.id, "live", "泰山区职专", 9, "中餐烹饪"),
          art("稿件（三）.docx", u.id, "contest", "泰山区职专", 10, "中餐烹饪、数控车")])  # fmt: skip
    send(b, u, "11-12 15:45", "py-smtp", "稿件", "两篇",
         [art("稿件（四）.docx", u.id, "community", "泰山区职专", 12, "财源街道"),
          art("稿件（五）.docx", u.id, "alumni", "泰山区职专", 11, "2016届毕业生、泰山国际大酒店厨师长孟飞")])  # fmt: skip
    send(b, u, "11-16 11:25", "py-smtp", "总结和统计表", "总结、统计表请查收",
         [paper("总结.docx", u.id, "summary", T.summary("泰山区职专", "泰山区职专2020年职业教育活动周工作总结",
                _facts(9, 2300, 5, 8200, "承办全区启动仪式。", "网络校园开放日直播4场。", "技能服务进社区。"))),
          paper("统计表.docx", u.id, "contact", T.receipt("泰安市泰山区职业中等专业学校", lia, col),
                note="a wrong file: the 回执 again under the name 统计表")],
         note="no statistics in this mail")  # fmt: skip
    send(b, u, "11-17 09:30", "py-smtp", "统计表（更正）",
         "上次统计表发错了文件，这次是统计表。",
         [sheet("统计表.xlsx", u.id, "statistics", T.stats_xlsx("泰安市泰山区职业中等专业学校", (4, 5, 1, 2, 2300, 210, 5, 8200)))],
         note="statistics late")  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
