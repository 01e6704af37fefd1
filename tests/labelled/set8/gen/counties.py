# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What the seven county bureaus send (set8's own wordings).

taishan: NeoMutt (UTF-8, format=flowed); liaison in a 由…担任 sentence; the column in a
  sentence with the bureau's homepage and a WeChat article; a school's plan 转报.
daiyue: 163 web mail declaring gb2312 with GBK-only characters (堃, 喆); leaders and the
  liaison in one Word table with a merged title row and a 序号 column; .xls via LibreOffice.
xintai: s-nail (GBK, RFC 2231 continuations); a liaison change mail; a zip of three
  articles; summary titled 情况汇报 and the table on 11-17 (late).
feicheng: Outlook; the column only as a docx hyperlink shown as 点击进入; a 汇编 typed
  without heading styles; statistics as a Word table; a question mail.
ningyang: QQ web mail (GB18030); everything first on 11-06 (late); the contact under the
  statistics table is a 填表人.
dongping: nodemailer; the province's notice passed on FYI (not a submission); four
  articles only.
gaoxin: Python email (SMTP policy); liaison and column in an xlsx cell; 请问…盖章 question;
  an .odt article and a link to its own news page; the fifth article on 11-15 (late).
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .helpers import art, blocks_doc, comp, pl, row, sm, st_docx, st_lo, st_xlsx
from .units import U


def taishan(b: Builder) -> None:
    u = U["taishan"]
    org = u.name
    send(
        b, u, "11-03 10:20", "neomutt", "泰山区教体局职业教育活动周工作安排及联络员信息",
        """市教育局职成高教科：

现将《泰山区2020年职业教育活动周工作安排》报上，请审阅。

经研究，由区教体局职成教科科长赵立新同志担任我区活动周联络员，办公电话0538-8226154，手机13905387216，电子邮箱zhaolx_tsq@163.com。

我区已在区教体局门户网站（http://jtj.taishan.gov.cn）开设活动周专栏，网址为 http://jtj.taishan.gov.cn/zjhdz2020/index.html ，活动预告也已在“泰山教育发布”公众号推送（https://mp.weixin.qq.com/s/Tq8LmV2xWc7Rk1Pz），欢迎关注。

泰山区教体局职成教科
2020年11月3日
""",
        [pl("泰山区2020年职业教育活动周工作安排.docx", "taishan", org)],
        sender_name="泰山区教体局职成教科",
        column_url="http://jtj.taishan.gov.cn/zjhdz2020/index.html",
        liaison=person("", "赵立新", "职成教科科长", "zhaolx_tsq@163.com", "13905387216"),
    )  # fmt: skip
    send(
        b, u, "11-04 16:40", "neomutt", "转报：泰山区职业中等专业学校职业教育活动周活动方案",
        """高教科：

泰山区职专的活动周方案已经我局审核，现予转报。该校的专栏地址和联络员由学校直接报送。

泰山区教体局
""",
        [pl("泰山区职专2020年职业教育活动周活动方案.pdf", "tsqzz", "泰安市泰山区职业中等专业学校")],
        sender_name="泰山区教体局职成教科",
        note="a county passes a school's plan on (转报): the plan is the school's",
    )  # fmt: skip
    send(
        b, u, "11-09 09:15", "neomutt", "泰山区活动周信息两篇",
        "附件是我区活动周前两天的信息，请审阅采用。\n\n赵立新\n",
        [
            art("泰山区启动职业教育“云上活动周”.docx", "11月8日上午，泰山区职业教育活动周在线上启动。", "taishan", "lo-docx", byline="通讯员 孙晓 王韬"),
            art("泰山区职教成果展走进万达广场.docx", "周末的万达广场人头攒动，区职教成果展吸引了不少市民驻足。", "taishan"),
        ],
        sender_name="赵立新",
    )  # fmt: skip
    send(
        b, u, "11-12 14:30", "neomutt", "泰山区活动周宣传报道链接",
        """高教科：

我区本周又推送了三篇报道，链接如下：
1. 泰山区中职学生进社区开展义务维修 https://mp.weixin.qq.com/s/Pw3kz9BvQ1sL0aNn
2. 职业启蒙进小学：泰山区开展劳动体验课 https://mp.weixin.qq.com/s/Hc7YqR2uE8tW4mXo
3. 泰山区召开产教对话会（区政府网） http://www.taishan.gov.cn/art/2020/11/12/art_42311_9876543.html

赵立新
""",
        sender_name="赵立新",
        article_links=[
            "https://mp.weixin.qq.com/s/Pw3kz9BvQ1sL0aNn",
            "https://mp.weixin.qq.com/s/Hc7YqR2uE8tW4mXo",
            "http://www.taishan.gov.cn/art/2020/11/12/art_42311_9876543.html",
        ],
    )  # fmt: skip
    schools = [row("泰山区职专"), row("泰山区实验职业学校"), row("泰安市文化艺术学校")]
    send(
        b, u, "11-16 11:00", "neomutt", "泰山区职业教育活动周开展情况的报告及统计表",
        "按通知要求，报送我区活动周开展情况的报告和统计表，请查收。\n",
        [
            sm("泰山区2020年职业教育活动周开展情况的报告.docx", "taishan", org,
               "全区共组织线上活动46场、线下活动21场，参与师生1.2万人次，服务群众3400余人次，各类媒体刊发报道38篇。"),
            st_xlsx("泰山区活动周情况统计表.xlsx", "taishan", schools, total=True,
                    extra=[{"sheet": "填表说明", "rows": [["1. 场次按实际开展计算"], ["2. 浏览量以平台后台数据为准"]]},
                           {"sheet": "Sheet3", "rows": [[]]}]),
        ],
        sender_name="泰山区教体局职成教科",
    )  # fmt: skip


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    org = u.name
    staff = [
        ["序号", "姓名", "单位", "职务", "手机", "邮箱", "分工"],
        ["1", "王德胜", "岱岳区教体局", "副局长", "13953818820", "", "分管领导"],
        ["2", "陈喆", "岱岳区教体局", "职成教科科长", "13562805531", "", "具体负责"],
        [
            "3",
            "李堃",
            "岱岳区教体局",
            "职成教科副科长",
            "15053810347",
            "likun_dy@163.com",
            "联络员",
        ],
    ]
    send(
        b, u, "11-04 09:30", "coremail-gb2312", "岱岳区教体局报送职业教育活动周活动方案",
        "市局职成高教科：\n  附件为我区活动周活动方案和工作人员名单（含联络员），专栏正在调试，明天报送。\n岱岳区教体局 李堃\n",
        [
            pl("岱岳区2020年职业教育活动周活动方案.doc", "daiyue", org),
            blocks_doc("岱岳区活动周工作人员名单.docx", "contact", "daiyue", [("mt", "岱岳区职业教育活动周工作人员名单", staff)]),
        ],
        sender_name="李堃",
        liaison=person("岱岳区教体局", "李堃", "职成教科副科长", "likun_dy@163.com", "15053810347"),
    )  # fmt: skip
    send(
        b, u, "11-05 15:10", "coremail-gb2312", "岱岳区活动周专栏地址",
        "高教科：我区活动周专栏已上线，地址 http://www.dyjy.net/ztzl/zjhdz/ 。请市局网站链接。\n李堃\n",
        sender_name="李堃",
        column_url="http://www.dyjy.net/ztzl/zjhdz/",
    )  # fmt: skip
    send(
        b, u, "11-10 10:05", "coremail-gb2312", "岱岳区活动周稿件（一）",
        "稿件三篇，请审阅。\n",
        [
            art("岱岳区职教中心开放实训基地迎家长.docx", "11月9日，岱岳区职业教育中心向家长开放了全部实训基地。", "daiyue", byline="通讯员 陈喆"),
            art("岱岳区举办中职学生技能展演.docx", "技能展演在区文化中心举行，十二个专业同台亮相。", "daiyue", byline="通讯员 张立"),
            art("校企合作订单班学生走上岗位.docx", "岱岳区首批订单班学生日前进入合作企业顶岗实习。", "daiyue", "lo-docx"),
        ],
        sender_name="李堃",
    )  # fmt: skip
    send(
        b, u, "11-13 16:20", "coremail-gb2312", "岱岳区活动周稿件（二）",
        "再报两篇。\n",
        [
            art("技能下乡助秋种.odt", "区农机专业师生走进满庄镇，为农户检修农机具。", "daiyue"),
            art("一名中职毕业生的返乡创业路.docx", "从中职校园走出的小刘，如今是村里有名的电商带头人。", "daiyue",
                editor="职业教育改变的是一个人的命运，也带动了一方百姓。本期讲述岱岳区一名中职毕业生的故事。"),
        ],
        sender_name="李堃",
    )  # fmt: skip
    send(
        b, u, "11-16 15:00", "coremail-gb2312", "岱岳区活动周工作总结及统计表",
        "市局：总结和统计表已完成，请查收。\n",
        [
            sm("岱岳区2020年职业教育活动周工作总结.docx", "daiyue", org, "活动周期间，全区开展线上活动33场，组织技能服务17次，参与师生8600人次。"),
            st_lo("岱岳区职业教育活动周情况统计表.xls", "daiyue", [row("岱岳区职教中心"), row("岱岳区卫生学校")]),
        ],
        sender_name="李堃",
    )  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    org = u.name
    send(
        b, u, "11-05 10:05", "snail", "新泰市教体局—活动周方案、专栏地址、联络员",
        """职成高教科：

方案见附件。

联络员：新泰市教体局职成科 刘海涛（科员）
手机 138 5388 4102
邮箱 xtjtj_lht@126.com

专栏地址：http://www.xtedu.gov.cn/col/col8765/index.html
""",
        [pl("新泰市2020年职业教育活动周实施方案.pdf", "xintai", org)],
        sender_name="刘海涛",
        column_url="http://www.xtedu.gov.cn/col/col8765/index.html",
        liaison=person("新泰市教体局", "刘海涛", "科员", "xtjtj_lht@126.com", "13853884102"),
    )  # fmt: skip
    send(
        b, u, "11-09 11:00", "snail", "关于更换活动周联络员的说明",
        """市教育局职成高教科：

原联络员刘海涛同志因工作调整，不再担任我局活动周联络员，现由职成科副科长陈静同志担任，手机15965481236，邮箱chenjing_xt@126.com。今后活动周相关事宜请与陈静同志联系。

新泰市教体局
""",
        sender_name="新泰市教体局",
        liaison=person("", "陈静", "职成科副科长", "chenjing_xt@126.com", "15965481236"),
        note="a liaison change: the new person replaces the old",
    )  # fmt: skip
    members = [
        art(
            "新泰市职教活动周启动.docx",
            "11月8日，新泰市职业教育活动周启动仪式在市职教中心举行。",
            "xintai",
            "lo-docx",
        ),
        art(
            "新泰市开展职业体验进校园活动.docx",
            "全市二十余所初中学生走进职业学校体验专业课程。",
            "xintai",
            "lo-docx",
        ),
        art(
            "煤矿技能大师进课堂.docx",
            "全国技术能手王师傅走进新泰职业课堂，为学生演示操作。",
            "xintai",
            "lo-docx",
        ),
    ]
    from .docs import Doc

    zipdoc = Doc("zip", None, tuple((m.name, m.doc) for m in members))  # type: ignore[misc]
    send(
        b, u, "11-11 16:00", "snail", "新泰市活动周稿件（三篇，压缩包）",
        "三篇稿件打包发送，请查收。\n陈静\n",
        [F("新泰市活动周稿件.zip", zipdoc, "article", "xintai", label=False)],
        members=members,
        sender_name="陈静",
    )  # fmt: skip
    send(
        b, u, "11-14 21:30", "snail", "新泰市活动周报道链接两则",
        """两则报道：
新泰日报：《职教周里看新泰》 http://www.xtrb.cn/news/2020-11/14/content_66231.htm
新泰教育网：校企对接会签约12个项目 http://www.xtedu.gov.cn/art/2020/11/13/art_8765_301.html
陈静
""",
        sender_name="陈静",
        article_links=[
            "http://www.xtrb.cn/news/2020-11/14/content_66231.htm",
            "http://www.xtedu.gov.cn/art/2020/11/13/art_8765_301.html",
        ],
    )  # fmt: skip
    send(
        b, u, "11-17 09:20", "snail", "新泰市职业教育活动周情况汇报（迟报）",
        "因统计数据汇总较晚，迟报了，请谅解。\n陈静\n",
        [
            sm("新泰市职业教育活动周情况汇报.docx", "xintai", org, "各校累计开展活动52场，参与师生1.5万人次，服务群众4100人次。"),
            st_xlsx("新泰市活动周统计表.xlsx", "xintai", [row("新泰市职教中心"), row("新泰一职专"), row("新泰市技工学校")], total=True),
        ],
        sender_name="陈静",
    )  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    org = u.name
    link = (
        "link",
        "我市活动周宣传专栏：",
        "点击进入",
        "http://www.fcedu.cn/zjhdz/2020/",
        "（市教体局网站）",
    )
    send(
        b, u, "11-05 17:20", "outlook", "肥城市职业教育活动周方案及专栏",
        """市局职成高教科：

报送我市活动周方案。联络员由市教体局职成科干事郑昇同志担任（手机：18653828031；邮箱：fcjtj_zs@126.com）。宣传专栏的链接在方案末尾。

肥城市教体局
""",
        [pl("肥城市职业教育活动周活动方案.docx", "feicheng", org, extra=[link])],
        sender_name="郑昇",
        column_url="http://www.fcedu.cn/zjhdz/2020/",
        liaison=person("", "郑昇", "职成科干事", "fcjtj_zs@126.com", "18653828031"),
        note="the column only as a hyperlink in the plan (shown text 点击进入)",
    )  # fmt: skip
    send(
        b, u, "11-10 08:50", "outlook", "咨询：活动周稿件可否报送微信链接",
        "高教科您好，请问活动周宣传材料可否直接报送公众号文章链接，还是需要Word文档？谢谢。\n郑昇\n",
        sender_name="郑昇",
        note="a question: the unit's submission with no files",
    )  # fmt: skip
    pieces = [
        ("肥城职教周开幕 线上展厅同步开放", "11月8日，肥城市职业教育活动周开幕。"),
        ("桃木雕刻非遗大师走进中职课堂", "桃木雕刻技艺传承人为学生现场授课。"),
        ("肥城职专师生为社区老人义诊", "护理专业师生为老人测量血压、讲解防疫知识。"),
        ("校企对话：肥城装备制造业需要什么样的人才", "十余家企业负责人与学校面对面交流。"),
        ("中职学生直播带货助农销售肥桃", "电商专业学生走进直播间，帮农户卖出肥桃制品两千余单。"),
    ]
    send(
        b, u, "11-13 10:00", "outlook", "肥城市活动周宣传稿件汇编",
        "高教科：本周稿件五篇汇编成一个文档，请审阅。\n郑昇\n",
        [comp("肥城市职业教育活动周宣传稿件汇编.docx", pieces, "feicheng", styled=False)],
        sender_name="郑昇",
    )  # fmt: skip
    send(
        b, u, "11-16 16:50", "outlook", "肥城市活动周总结、统计表",
        "附件两个：活动周总结、情况统计表（Word表格）。\n",
        [
            sm("肥城市2020年职业教育活动周总结.docx", "feicheng", org, "全市开展活动41场，其中技能服务活动14场，服务群众2600人次，浏览量逾9万。"),
            st_docx("肥城市职业教育活动周情况统计表.docx", "feicheng", [row("肥城职专"), row("肥城市高级技工学校")]),
        ],
        sender_name="郑昇",
    )  # fmt: skip


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    org = u.name
    send(
        b, u, "11-06 08:40", "qqweb", "宁阳县教体局活动周方案（补报）",
        """市局：

昨天系统故障未能按时报送，现补报我县活动周方案。

我局联络员：职成教育股股长孔令伟，联系电话：0538-5621307，手机：13562859014，邮箱：nyjtj_klw@163.com。

宁阳教育网（http://www.nyjy.gov.cn）首页右侧已开设“职教活动周”专栏，地址 http://www.nyjy.gov.cn/zjhdz/ 。
""",
        [pl("宁阳县教体局职业教育活动周方案.pdf", "ningyang", org)],
        sender_name="孔令伟",
        column_url="http://www.nyjy.gov.cn/zjhdz/",
        liaison=person("", "孔令伟", "职成教育股股长", "nyjtj_klw@163.com", "13562859014"),
    )  # fmt: skip
    send(
        b, u, "11-10 15:45", "qqweb", "宁阳县活动周稿件2篇",
        "稿件2篇。孔令伟\n",
        [
            art("宁阳县中职学校开展网络校园开放日.docx", "通过直播镜头，家长们“云参观”了学校的实训车间。", "ningyang"),
            art("宁阳县职教志愿者服务队进村入户.docx", "志愿者们带着工具箱走进伏山镇，为村民维修小家电。", "ningyang"),
        ],
        sender_name="孔令伟",
    )  # fmt: skip
    send(
        b, u, "11-12 11:10", "qqweb", "宁阳县活动周稿件3篇",
        """第二批稿件：
1. 附件PDF一篇；
2. 宁阳发布：《“人人出彩 技能强国”宁阳职教周侧记》 https://mp.weixin.qq.com/s/nY8hG2dKq5LmZ0wE
3. 宁阳县人民政府网：《宁阳县召开职业教育校企合作推进会》 http://www.ningyang.gov.cn/art/2020/11/11/art_77_4455.html
""",
        [art("宁阳县举办职业教育成果展.pdf", "成果展集中展示了全县职业学校近年来的教学成果。", "ningyang")],
        sender_name="孔令伟",
        article_links=[
            "https://mp.weixin.qq.com/s/nY8hG2dKq5LmZ0wE",
            "http://www.ningyang.gov.cn/art/2020/11/11/art_77_4455.html",
        ],
    )  # fmt: skip
    tail = [[], ["填表人：韩雪", "", "联系电话：13705385512", "", "", "审核人：孔令伟"]]
    send(
        b, u, "11-16 17:30", "qqweb", "宁阳县活动周工作总结和统计表",
        "总结和统计表，请查收。\n",
        [
            sm("宁阳县职业教育活动周工作总结.docx", "ningyang", org, "共组织各类活动36场，参与师生6200人次，媒体报道19篇。"),
            st_xlsx("宁阳县活动周情况统计表.xlsx", "ningyang", [row("宁阳职专"), row("宁阳县职业教育中心")], total=True, tail=tail),
        ],
        sender_name="孔令伟",
        note="the 填表人 under the table is not the liaison",
    )  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    org = u.name
    send(
        b, u, "11-05 11:30", "nodemailer", "东平县活动周方案、专栏及联络员",
        """市教育局职成高教科：

一、方案见附件。
二、联络员信息：单位 东平县教育和体育局；姓名 朱文博；职务 职业教育科科长；邮箱 dpjtj_zwb@163.com；手机 15165897703。
三、宣传专栏：http://jtj.dongping.gov.cn/zjhdz2020/ （县教体局网站首页 http://jtj.dongping.gov.cn 可进入）。
""",
        [pl("东平县2020年职业教育活动周活动方案.docx", "dongping", org, "lo-docx")],
        sender_name="东平县教体局",
        column_url="http://jtj.dongping.gov.cn/zjhdz2020/",
        liaison=person("东平县教育和体育局", "朱文博", "职业教育科科长", "dpjtj_zwb@163.com", "15165897703"),
    )  # fmt: skip
    send(
        b, u, "11-11 09:40", "nodemailer", "东平县活动周信息",
        "信息三篇，请审阅。朱文博\n",
        [
            art("东平县职业教育活动周启动.docx", "东平县职业教育活动周在县职教中心启动。", "dongping"),
            art("东平湖畔的技能课堂.docx", "水产养殖专业的师生把课堂搬到了东平湖边。", "dongping", byline="通讯员 朱文博"),
            art("东平县职教中心学生获省赛一等奖.pdf", "在刚刚结束的省职业院校技能大赛中，东平学子再获佳绩。", "dongping"),
        ],
        sender_name="朱文博",
    )  # fmt: skip
    send(
        b, u, "11-14 22:10", "nodemailer", "东平县活动周信息（第二批）",
        "一篇。\n",
        [art("东平县开展技能下乡活动.docx", "县职教中心组织师生深入农村开展技能服务。", "dongping")],
        sender_name="朱文博",
    )  # fmt: skip
    send(
        b, u, "11-16 10:00", "nodemailer", "东平县职业教育活动周工作总结报告及统计表",
        "请查收。\n",
        [
            sm("东平县职业教育活动周工作总结报告.pdf", "dongping", org, "全县开展线上线下活动29场，服务群众1800余人次。"),
            st_lo("东平县活动周统计表.xlsx", "dongping", [row("东平县职教中心")], total=False),
        ],
        sender_name="朱文博",
    )  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    org = u.name
    sheet = {
        "sheet": "联络员",
        "rows": [
            ["单位", "姓名", "职务", "手机", "邮箱", "宣传专栏地址"],
            [
                "泰安高新区教体局",
                "马骁",
                "社会事业局科员",
                "17853826650",
                "maxiao_gx@163.com",
                "http://www.tagxq.gov.cn/col/zjhdz/",
            ],
        ],
        "links": {"F2": "http://www.tagxq.gov.cn/col/zjhdz/"},
    }
    from .docs import Doc

    send(
        b, u, "11-04 14:00", "py-smtp", "高新区教体局：活动周活动安排、联络员及专栏信息表",
        "市局：附件为我区活动周活动安排和联络员信息表（专栏地址在表内）。\n高新区教体局\n",
        [
            pl("高新区职业教育活动周活动安排.docx", "gaoxin", org),
            F("高新区活动周联络员信息表.xlsx", Doc("openpyxl", {"sheets": [sheet]}), "contact", "gaoxin"),
        ],
        sender_name="高新区教体局",
        column_url="http://www.tagxq.gov.cn/col/zjhdz/",
        liaison=person("泰安高新区教体局", "马骁", "社会事业局科员", "maxiao_gx@163.com", "17853826650"),
    )  # fmt: skip
    send(
        b, u, "11-09 10:30", "py-smtp", "Re: 活动周统计表",
        "您好，请问统计表是否需要盖章？是否有统一模板？\n马骁\n\n> 各县市区、各职业院校：活动周总结报告与统计表请于11月16日前报送。\n",
        sender_name="马骁",
        note="a question only: the unit's submission with no files",
    )  # fmt: skip
    send(
        b, u, "11-10 17:00", "py-smtp", "高新区活动周稿件",
        "一篇附件（odt格式），另一篇已在区网站发布：http://www.tagxq.gov.cn/art/2020/11/10/art_8812_1.html\n马骁\n",
        [art("高新区职业体验日走进中小学.odt", "高新区组织辖区中小学生走进职业学校体验专业。", "gaoxin")],
        sender_name="马骁",
        article_links=["http://www.tagxq.gov.cn/art/2020/11/10/art_8812_1.html"],
    )  # fmt: skip
    send(
        b, u, "11-13 15:20", "py-smtp", "高新区活动周稿件（二）",
        "两篇。\n",
        [
            art("高新区企业开放日迎来职校师生.docx", "区内五家企业向职业学校师生开放生产车间。", "gaoxin"),
            art("智能制造专业学生进园区.docx", "学生们在园区企业完成了为期一周的认知实习。", "gaoxin"),
        ],
        sender_name="马骁",
    )  # fmt: skip
    send(
        b, u, "11-15 09:00", "py-smtp", "高新区活动周稿件（补）",
        "补报一篇。\n",
        [art("高新区活动周圆满结束.docx", "为期一周的高新区职业教育活动周落下帷幕。", "gaoxin")],
        sender_name="马骁",
    )  # fmt: skip
    send(
        b, u, "11-16 14:10", "py-smtp", "高新区活动周工作总结和统计表",
        "附件请查收，统计表未盖章。\n",
        [
            sm("高新区职业教育活动周工作总结.docx", "gaoxin", org, "区内开展活动12场，参与师生1100人次。"),
            st_xlsx("高新区活动周统计表.xlsx", "gaoxin", [row("泰安高新区")]),
        ],
        sender_name="马骁",
    )  # fmt: skip


STORIES = [taishan, daiyue, xintai, feicheng, ningyang, dongping, gaoxin]
