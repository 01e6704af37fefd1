# ruff: noqa: E501
"""set27's county bureaus. Shapes: two articles pasted in a text body and a report headlined
with one of the county's schools (taishan); four articles, one resent under the same name
(dyq); seven over three mails, files and dated links on the county site (xintai); an
article before the week, a 汇编 of three, a 公众号 link (feicheng); a 163 超大附件 link and
then the same articles attached (ningyang); two in one body, .doc files, the fifth on 11-15
(dongping); two files and a QQ 超大附件 link never followed by the files (gaoxin)."""

from __future__ import annotations

from .articles import headline
from .build import Builder, person, send
from .kit import U, art, compilation, pasted, plan, statistics, summary

L_TS = person("泰山区教体局", "孙晓冬", "职成科科长", "tsjtj_zhijiao@ta.shandong.cn", "13953812764")


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(
        b,
        u,
        "11-04 10:20",
        "coremail-gov",
        "泰山区教体局报送活动周方案、专栏地址及联络员",
        """市教育局职成高教科：
按照泰教函〔2020〕72号通知要求，现将我局职业教育活动周实施方案报上（见附件）。
宣传专栏地址：http://www.tsqedu.gov.cn/zjhdz/
联络员：泰山区教体局 孙晓冬 职成科科长
邮箱：tsjtj_zhijiao@ta.shandong.cn  手机：13953812764

泰山区教育和体育局职成科
2020年11月4日""",
        [
            plan(
                u,
                [
                    "举办活动周启动仪式，组织学生技能展示。",
                    "开展职业院校实训基地开放日活动。",
                    "组织全区中小学生走进职业院校开展职业启蒙体验。",
                    "开展技能进社区服务活动。",
                ],
                [
                    "各学校要高度重视，严格落实疫情防控要求。",
                    "各学校活动信息请于当日报区教体局职成科。",
                ],
            )
        ],
        column_url="http://www.tsqedu.gov.cn/zjhdz/",
        liaison=L_TS,
    )
    send(
        b,
        u,
        "11-10 17:45",
        "coremail-gov",
        "泰山区活动周信息两篇",
        "田科长：\n报两篇信息，直接贴在下面了，麻烦审阅。\n\n"
        + pasted(["T1", "T2"])
        + "\n\n泰山区教体局职成科 孙晓冬",
        body_article=True,
        body_count=2,
        note="two articles pasted one after the other; the second is headlined with 泰山区职专 "
        "but is the bureau's own report",
    )
    send(
        b,
        u,
        "11-13 09:05",
        "coremail-gov",
        "泰山区教体局稿件（职业启蒙体验）及专栏链接",
        """市局职成科：
附件是我区中小学生职业启蒙体验活动的稿件。另外有两篇已在我局专栏发布，链接如下，请一并统计：
http://www.tsqedu.gov.cn/zjhdz/202011/t20201111_3386.html
http://www.tsqedu.gov.cn/zjhdz/202011/t20201113_3392.html
至此我区共报送5篇。

泰山区教体局 孙晓冬""",
        [art("T3", "taishan")],
        article_links=[
            "http://www.tsqedu.gov.cn/zjhdz/202011/t20201111_3386.html",
            "http://www.tsqedu.gov.cn/zjhdz/202011/t20201113_3392.html",
        ],
    )
    send(
        b,
        u,
        "11-16 15:30",
        "coremail-gov",
        "泰山区教体局活动周总结及统计表",
        "市教育局职成高教科：\n附件为我局活动周工作总结和情况统计表，请查收。\n\n泰山区教体局职成科",
        [
            summary(
                u,
                [
                    "活动周期间，我区共组织开展各类活动12项，参与师生3200余人次，服务群众1800余人次。",
                    "我区在区教体局网站开设活动周专栏，共报送宣传稿件5篇。",
                    "下一步，我区将建立职业启蒙教育常态化机制。",
                ],
            ),
            statistics(u, [5, 7, 2, 4, 3200, 1800, 5, 21000]),
        ],
    )


L_DYQ = person("岱岳区教体局", "韩雪梅", "职成教科副科长", "dyjtj_zcjyk@163.com", "15163826640")


def dyq(b: Builder) -> None:
    u = U["dyq"]
    send(
        b,
        u,
        "11-05 11:40",
        "coremail",
        "岱岳区教体局-活动周方案+联络员+专栏",
        """您好！
岱岳区教体局职业教育活动周方案见附件。
专栏网址 http://www.dyedu.gov.cn/zjzl2020/
联络员 韩雪梅，职成教科副科长，电话15163826640，邮箱dyjtj_zcjyk@163.com
谢谢！""",
        [
            plan(
                u,
                [
                    "岱岳区职教中心举办“云上校园开放日”。",
                    "组建“技能下乡”志愿服务队走进乡镇。",
                    "举办职业教育校企合作洽谈会。",
                    "表彰职业教育“技能之星”。",
                ],
                ["各单位明确专人负责活动宣传，每项活动结束后及时报送信息。"],
                fmt="doc",
                name="岱岳区职业教育活动周方案.doc",
            )
        ],
        column_url="http://www.dyedu.gov.cn/zjzl2020/",
        liaison=L_DYQ,
    )
    send(
        b,
        u,
        "11-10 16:10",
        "coremail",
        "岱岳区活动周稿件2篇",
        "您好，岱岳区教体局报送活动周稿件两篇，见附件。\n韩雪梅",
        [
            art("D1", "dyq", name="岱岳区职教中心云上开放日.docx"),
            art("D2", "dyq", name="岱岳区技能下乡服务队走进满庄镇.docx"),
        ],
        note="D1's headline names 岱岳区职教中心: the bureau's own report",
    )
    send(
        b,
        u,
        "11-11 08:50",
        "coremail",
        "重发：技能下乡稿件",
        "您好，昨天发的技能下乡那篇数字有误（维修家电数），已改正，重新发一下，以这个为准。\n韩雪梅",
        [art("D2", "dyq", name="岱岳区技能下乡服务队走进满庄镇.docx")],
        note="the same article resent under the same name: counts once",
    )
    send(
        b,
        u,
        "11-13 17:20",
        "coremail",
        "岱岳区稿件（校企洽谈会、技能之星表彰）",
        "您好，再报两篇，见附件。\n岱岳区教体局职成教科",
        [art("D3", "dyq"), art("D4", "dyq")],
    )
    send(
        b,
        u,
        "11-16 10:05",
        "coremail",
        "岱岳区教体局活动周总结、统计表",
        "您好，总结和统计表见附件。\n韩雪梅",
        [
            summary(
                u,
                [
                    "我区活动周期间共开展活动9场，服务群众2300余人次。",
                    "报送宣传稿件4篇，区教体局网站专栏发布信息11条。",
                ],
            ),
            statistics(u, [3, 6, 1, 3, 2600, 2300, 4, 35000], name="岱岳区统计表.xlsx"),
        ],
    )


L_XT = person("新泰市教体局", "王振华", "职成科干事", "xtwzh1985@163.com", "13854860372")


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(
        b,
        u,
        "11-03 15:15",
        "coremail-gov",
        "新泰市教体局关于报送职业教育活动周有关材料的函",
        """泰安市教育局职成高教科：
现将我市2020年职业教育活动周实施方案报送你科。我市活动周宣传专栏设在市教体局门户网站，地址为http://jtj.xintai.gov.cn/zjzzl/ 。
联络员：新泰市教体局职成科干事王振华，手机13854860372，邮箱xtwzh1985@163.com。

新泰市教育和体育局
2020年11月3日""",
        [
            plan(
                u,
                [
                    "新泰市职业中专举办技能展示周。",
                    "开展职业教育政策进社区宣传。",
                    "举办职业院校学生创新创业成果展。",
                ],
                ["各职业学校要把活动周与招生宣传结合起来。", "各学校每天向市教体局报送活动信息。"],
            )
        ],
        column_url="http://jtj.xintai.gov.cn/zjzzl/",
        liaison=L_XT,
    )
    send(
        b,
        u,
        "11-10 10:30",
        "coremail-gov",
        "新泰市活动周宣传稿件（一）",
        """市教育局职成高教科：
报送我市活动周宣传稿件，附件1篇，另有两篇已在我局专栏发布：
1. http://jtj.xintai.gov.cn/zjzzl/2020-11/09/content_1187.html
2. http://jtj.xintai.gov.cn/zjzzl/2020-11/10/content_1190.html
新泰市教体局职成科""",
        [art("X1", "xintai")],
        article_links=[
            "http://jtj.xintai.gov.cn/zjzzl/2020-11/09/content_1187.html",
            "http://jtj.xintai.gov.cn/zjzzl/2020-11/10/content_1190.html",
        ],
        note="X1's headline names 新泰市职业中专: the bureau's own report",
    )
    send(
        b,
        u,
        "11-12 16:40",
        "coremail-gov",
        "新泰市活动周宣传稿件（二）",
        "市教育局职成高教科：\n附件为我市政策进社区活动稿件（PDF）。\n新泰市教体局职成科 王振华",
        [art("X2", "xintai", fmt="pdf")],
    )
    send(
        b,
        u,
        "11-14 11:20",
        "coremail-gov",
        "新泰市活动周宣传稿件（三）",
        """市教育局职成高教科：
附件是创新创业成果展的稿件。另两篇链接：
http://jtj.xintai.gov.cn/zjzzl/2020-11/12/content_1195.html
http://jtj.xintai.gov.cn/zjzzl/2020-11/13/content_1198.html
我市本周共报送7篇。
新泰市教体局职成科""",
        [art("X3", "xintai")],
        article_links=[
            "http://jtj.xintai.gov.cn/zjzzl/2020-11/12/content_1195.html",
            "http://jtj.xintai.gov.cn/zjzzl/2020-11/13/content_1198.html",
        ],
    )
    send(
        b,
        u,
        "11-16 09:10",
        "coremail-gov",
        "新泰市教体局活动周工作总结及统计表",
        "市教育局职成高教科：\n现将我市活动周工作总结、统计表报上，请审阅。\n新泰市教育和体育局",
        [
            summary(
                u,
                [
                    "活动周期间，全市共开展各类活动21项，参与师生6800余人次。",
                    "在市教体局网站专栏发布信息12条，向市教育局报送宣传稿件7篇。",
                ],
            ),
            statistics(u, [8, 13, 3, 6, 6800, 3100, 7, 120000]),
        ],
    )


L_FC = person("肥城市教体局", "马晓燕", "职成教科科员", "fcjtj_zcjk@126.com", "18853822915")


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(
        b,
        u,
        "11-05 16:30",
        "coremail",
        "肥城市教体局活动周方案及联络员信息",
        """市局职成科：
附件是我市职业教育活动周实施方案。
活动周专栏：http://www.fcjy.gov.cn/zjhdz/index.html
联络员：马晓燕，肥城市教体局职成教科科员
手机：18853822915
邮箱：fcjtj_zcjk@126.com""",
        [
            plan(
                u,
                [
                    "开展“智能手机课堂”等志愿服务。",
                    "举办“技能进万家”桃木雕刻技艺展示。",
                    "举办中职学生职业生涯规划大赛。",
                ],
                ["各学校要精心组织、务求实效。"],
            )
        ],
        column_url="http://www.fcjy.gov.cn/zjhdz/index.html",
        liaison=L_FC,
    )
    send(
        b,
        u,
        "11-06 17:10",
        "coremail",
        "肥城市活动周部署会信息",
        "市局职成科：\n今天下午开了活动周部署会，信息先报一下。\n肥城市教体局 马晓燕",
        [art("F0", "feicheng", name="肥城市召开活动周部署会.docx")],
        note="an article before the week (11-06): counts",
    )
    send(
        b,
        u,
        "11-12 18:25",
        "coremail",
        "肥城市活动周稿件汇编",
        "市局职成科：\n把这几天的稿件汇总成一个文档了，共3篇，请查收。\n马晓燕",
        [
            compilation(
                ["F1", "F2", "F3"],
                "feicheng",
                "肥城市职业教育活动周稿件汇编.docx",
                "肥城市2020年职业教育活动周宣传稿件汇编",
                numbered=False,
            )
        ],
    )
    send(
        b,
        u,
        "11-14 10:40",
        "coremail",
        "肥城市稿件-公众号链接",
        "市局职成科：\n还有一篇发在“肥城教育”公众号上了：https://mp.weixin.qq.com/s/Hq7rVbN2xKc0TzLmPa4e9w\n马晓燕",
        article_links=["https://mp.weixin.qq.com/s/Hq7rVbN2xKc0TzLmPa4e9w"],
    )
    send(
        b,
        u,
        "11-16 16:50",
        "coremail",
        "肥城市教体局总结和统计表",
        "市局职成科：\n总结和统计表见附件。\n肥城市教体局职成教科",
        [
            summary(
                u,
                [
                    "活动周期间，我市共开展活动15项，服务群众4000余人次。",
                    "共报送宣传稿件5篇，“肥城教育”公众号推送活动信息8条。",
                ],
            ),
            statistics(u, [4, 11, 2, 5, 4100, 4000, 5, 56000]),
        ],
    )


L_NY = person("宁阳县教体局", "杜文华", "职业教育科科长", "nyjtj_zjg@163.com", "13305385127")


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(
        b,
        u,
        "11-04 09:30",
        "coremail",
        "宁阳县教体局报送活动周方案",
        """泰安市教育局职成高教科：
宁阳县职业教育活动周实施方案见附件。
我县宣传专栏：http://www.nyjy.net/zjzl/
联络员：宁阳县教体局 杜文华 职业教育科科长 13305385127 nyjtj_zjg@163.com""",
        [
            plan(
                u,
                [
                    "启动活动周，开展街头技能服务。",
                    "举行校企合作“订单班”签约。",
                    "开展“职教助农”技术服务。",
                    "举办校园开放日和优秀毕业生分享会。",
                ],
                ["各学校要安排专人负责宣传报道。"],
            )
        ],
        column_url="http://www.nyjy.net/zjzl/",
        liaison=L_NY,
    )
    send(
        b,
        u,
        "11-10 15:00",
        "coremail",
        "宁阳县稿件两篇",
        "您好，宁阳县活动周稿件两篇，请查收。\n杜文华",
        [art("N1", "ningyang"), art("N2", "ningyang")],
    )
    send(
        b,
        u,
        "11-12 20:10",
        "coremail",
        "宁阳县活动周稿件（超大附件）",
        """您好，剩下三篇稿件带了照片，文件太大，用超大附件发的，请下载：

从网易163邮箱发来的超大附件
宁阳县活动周稿件3篇（含图片）.zip (42.3M, 2020年11月27日 20:10 到期)
下载: https://mail.163.com/large-attachment-download/index.html?p=X-NETEASE-HUGE-ATTACHMENT&file=Y3cUqkZ0bTxWmVh9L2aP4sRnE7dKj1oF8gB6vHiT&title=%E5%AE%81%E9%98%B3

杜文华""",
        note="a 163 超大附件 download link: no article seen yet, nothing counted",
    )
    send(
        b,
        u,
        "11-13 09:20",
        "coremail",
        "回复：宁阳县活动周稿件（超大附件）",
        """您好，收到您电话了，超大附件打不开的话我把文字稿直接附上，照片另行压缩。
杜文华

------------------ 原始邮件 ------------------
您好，剩下三篇稿件带了照片，文件太大，用超大附件发的，请下载：""",
        [art("N3", "ningyang"), art("N4", "ningyang"), art("N5", "ningyang")],
        note="the three articles of the 超大附件 link, now attached: the fifth on 11-13",
    )
    send(
        b,
        u,
        "11-16 11:30",
        "coremail",
        "宁阳县教体局活动周总结、统计表",
        "您好，宁阳县活动周总结和统计表见附件。\n杜文华",
        [
            summary(
                u,
                [
                    "活动周期间，全县开展各类活动18项，参与师生2400余人次，服务群众3500余人次。",
                    "报送宣传稿件5篇，县电视台播发新闻3条。",
                ],
            ),
            statistics(u, [5, 13, 2, 6, 2400, 3500, 5, 28000]),
        ],
    )


L_DP = person("东平县教体局", "程丽", "职成科副科长", "dpxjtj_zck@ta.shandong.cn", "15953859036")


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(
        b,
        u,
        "11-05 10:10",
        "coremail-gov",
        "东平县教育和体育局活动周方案及联络员",
        """市教育局职成高教科：
东平县2020年职业教育活动周实施方案已印发，现报上。
专栏：http://jtj.dongping.gov.cn/zjhdz/
联络员：程丽（东平县教体局职成科副科长）
手机号码：15953859036
电子邮箱：dpxjtj_zck@ta.shandong.cn""",
        [
            plan(
                u,
                [
                    "举行活动周启动仪式。",
                    "开展“技能进乡村”湖区服务。",
                    "组织中小学生职业体验日。",
                    "举办“云上”招生咨询会。",
                ],
                ["严格落实疫情防控各项要求。"],
                fmt="pdf",
            )
        ],
        column_url="http://jtj.dongping.gov.cn/zjhdz/",
        liaison=L_DP,
    )
    send(
        b,
        u,
        "11-09 18:30",
        "outlook",
        "东平县活动周信息（启动仪式、技能进乡村）",
        "市教育局职成高教科：\n今天两项活动的信息如下：\n\n"
        + pasted(["P1", "P2"], "\n\n——————————\n\n")
        + "\n\n东平县教体局职成科 程丽",
        body_article=True,
        body_count=2,
        note="two articles pasted in the body, a rule between",
    )
    send(
        b,
        u,
        "11-11 17:00",
        "outlook",
        "东平县职业体验日信息",
        "市教育局职成高教科：\n附件为职业体验日活动信息，请审核。\n程丽",
        [art("P3", "dongping", fmt="doc")],
    )
    send(
        b,
        u,
        "11-14 08:40",
        "outlook",
        "东平县云上招生咨询会信息",
        "市教育局职成高教科：\n昨晚云上咨询会的信息，附件请查收。\n程丽",
        [art("P4", "dongping", fmt="doc")],
    )
    send(
        b,
        u,
        "11-15 09:50",
        "outlook",
        "东平县活动周落幕信息",
        "市教育局职成高教科：\n活动周落幕的信息补报一篇，昨天忙忘了，抱歉。\n东平县教体局 程丽",
        [art("P5", "dongping")],
        note="the fifth article on 11-15: late",
    )
    send(
        b,
        u,
        "11-16 14:20",
        "outlook",
        "东平县活动周总结及情况统计表",
        "市教育局职成高教科：\n附件为东平县活动周总结和统计表。\n东平县教体局职成科",
        [
            summary(
                u, ["活动周期间，全县共开展各类活动26场，参与师生5000余人次，服务群众8000余人次。"]
            ),
            statistics(u, [6, 20, 2, 8, 5000, 8000, 5, 100000]),
        ],
    )


L_GX = person("", "邵红", "教育科科员", "3318204675@qq.com", "17853801446")


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-05 14:45",
        "qqweb",
        "高新区教体局 活动周方案 联络员",
        """市教育局职成高教科领导好：
高新区活动周方案在附件里。专栏挂在管委会网站教育栏目下：http://www.tagxq.gov.cn/jyzl/zjhdz/
联络员 邵红 教育科科员 手机17853801446 邮箱就是这个QQ邮箱3318204675@qq.com
泰安高新区教体局""",
        [
            plan(
                u,
                ["组织学生走进企业感受智能制造。", "开展职业教育政策宣讲进校园。"],
                ["各校要认真组织，及时报送信息。"],
                name="高新区活动周方案.docx",
            )
        ],
        column_url="http://www.tagxq.gov.cn/jyzl/zjhdz/",
        liaison=L_GX,
    )
    send(
        b,
        u,
        "11-11 17:35",
        "qqweb",
        "高新区活动周稿件",
        "领导好，高新区两篇稿件，附件。\n邵红",
        [art("G1", "gaoxin"), art("G2", "gaoxin")],
    )
    send(
        b,
        u,
        "11-13 19:05",
        "qqweb",
        "高新区其余稿件（超大附件）",
        """领导好，另外三篇带视频，用QQ邮箱超大附件发送，请在到期前下载。

从QQ邮箱发来的超大附件

高新区活动周稿件及视频.zip (186.54M, 2020年11月27日 19:05 到期)
进入下载页面：http://mail.qq.com/cgi-bin/ftnExs_download?t=exs_ftn_download&k=5a3063396a8c6bc8cb2e1b7f4b35061e5a5c5a0d5b06575b1d065a0d044e5c0b570f1500575d55531f0a5a57&code=4b6c2d1e

邵红""",
        note="a QQ 超大附件 link, never followed by the files: nothing counted",
    )
    send(
        b,
        u,
        "11-16 17:10",
        "qqweb",
        "高新区总结 统计表",
        "领导好，总结和统计表发您。\n邵红",
        [
            summary(u, ["活动周期间，我区组织企业参观、政策宣讲等活动6场，参与学生1200余人次。"]),
            statistics(u, [2, 4, 0, 1, 1200, 300, 5, 9000], name="高新区统计表.xlsx"),
        ],
        note="the table says 5 reports; two articles were seen",
    )


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
_ = headline
