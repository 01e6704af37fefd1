"""set27's schools. Shapes: an article in an HTML body with cid photos, then 公众号 and 美篇
links one per line (tzy); .pdf and .doc by LibreOffice, a docx holding 稿件1 and 稿件2 without
the mail saying so, 美篇 links in a sentence: seven (tsvtc); an article on 11-07 and photos
beside each article, .shtml links (sdfzxy); four, one resent as PDF under the same name
(lmkj); an HTML body with a photo and dated links (tshl); a 汇编 of five to the 人社局
(tajsxy); .wps files and 美篇 links (dyzj); three pasted in one text body and .shtml links
(xtzz); ?id= links only, one repeated (fczz); an article in the plan's mail before the week
(nyzz); two articles only and a late summary (dpzj); an HTML body with a photo, photos beside
files, ?id= links and a sixth on 11-15 (jtzz); a 163 超大附件 link only (tsqzz)."""

from __future__ import annotations

from typing import Any

from .articles import headline, text
from .build import Builder, Item, person, send
from .kit import U, art, compilation, html_body, pasted, photo, plan, statistics, summary
from .mime import RSJ


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(
        b,
        u,
        "11-04 16:20",
        "foxmail",
        "泰安职业技术学院活动周方案及联络员",
        """市教育局职成高教科：
附件为我院2020年职业教育活动周实施方案。
活动周专栏：https://www.tzy.edu.cn/zjhdz/
联络员：高雅琪，宣传部干事，15054810293，tzyxw@tzy.edu.cn

泰安职业技术学院宣传部""",
        [
            plan(
                u,
                [
                    "举办“网络校园开放日”，官网、公众号、抖音同步直播。",
                    "举办“大国工匠进校园”报告会。",
                    "举办“职教故事分享会”。",
                ],
                ["各二级学院要做好活动组织和信息报送。"],
            )
        ],
        column_url="https://www.tzy.edu.cn/zjhdz/",
        liaison=person("", "高雅琪", "宣传部干事", "tzyxw@tzy.edu.cn", "15054810293"),
    )
    cids = [
        ("_Foxmail.1@7c2a8e1b-3f40-4b6e-9a51-0d2c6e8f1a23", "网络校园开放日直播现场"),
        ("_Foxmail.2@7c2a8e1b-3f40-4b6e-9a51-0d2c6e8f1a23", "学生演示工业机器人装配"),
    ]
    send(
        b,
        u,
        "11-09 19:40",
        "foxmail",
        "泰安职业技术学院活动周稿件：网络校园开放日",
        "市教育局职成高教科：\n我院活动周第一篇稿件如下，图片在正文中。\n\n"
        + headline("TZ1")
        + "\n"
        + text("TZ1")
        + "\n\n泰安职业技术学院宣传部 高雅琪",
        [
            photo("image001.jpg", cids[0][1], "#4a78a8", "tzy", cid=cids[0][0]),
            photo("image002.jpg", cids[1][1], "#8a6d3b", "tzy", cid=cids[1][0]),
        ],
        html=html_body(
            "TZ1",
            "市教育局职成高教科：我院活动周第一篇稿件如下，图片在正文中。",
            cids,
            "泰安职业技术学院宣传部 高雅琪",
            charset="GBK",
        ),
        body_article=True,
        note="an article in the HTML body; its two cid photos are not articles",
    )
    send(
        b,
        u,
        "11-13 10:15",
        "foxmail",
        "泰安职业技术学院活动周稿件链接（4篇）",
        """市教育局职成高教科：
我院活动周其余稿件已在网站和公众号发布，链接如下：
https://www.meipian.cn/36k2x9qa
https://mp.weixin.qq.com/s/8vKpQe3LrM_x2cTnYhWd1A
https://mp.weixin.qq.com/s/Zt0aXc5nB7uYq2HkLsVw4g
https://www.tzy.edu.cn/zjhdz/show.php?id=2317
泰安职业技术学院宣传部""",
        article_links=[
            "https://www.meipian.cn/36k2x9qa",
            "https://mp.weixin.qq.com/s/8vKpQe3LrM_x2cTnYhWd1A",
            "https://mp.weixin.qq.com/s/Zt0aXc5nB7uYq2HkLsVw4g",
            "https://www.tzy.edu.cn/zjhdz/show.php?id=2317",
        ],
    )
    send(
        b,
        u,
        "11-16 10:40",
        "foxmail",
        "泰安职业技术学院活动周总结和统计表",
        "市教育局职成高教科：\n附件为我院活动周工作总结和统计表。\n泰安职业技术学院宣传部",
        [
            summary(u, ["活动周期间，我院开展线上线下活动14项，网络浏览量超过12万人次。"]),
            statistics(u, [7, 7, 1, 3, 9000, 1500, 5, 121000]),
        ],
    )


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]

    def _send(*a: Any, **k: Any) -> Item:  # NeoMutt with her realname set
        return send(*a, sender_name="孟凡雪", **k)

    _send(
        b,
        u,
        "11-03 11:05",
        "neomutt",
        "泰山职业技术学院 活动周方案/专栏/联络员",
        """市教育局职成高教科:

泰山职业技术学院2020年职业教育活动周实施方案见附件.

宣传专栏: https://www.tsvtc.edu.cn/zjz2020/
联络员: 孟凡雪 党委宣传部副部长
手机 13562810478  邮箱 xcbgs@tsvtc.edu.cn

--
泰山职业技术学院党委宣传部""",
        [
            plan(
                u,
                [
                    "“大国工匠进校园”报告会。",
                    "电气工程系家电义务维修进社区。",
                    "校企合作推进会暨产业学院揭牌。",
                    "技能大赛总结表彰会。",
                    "“我的职教故事”分享会。",
                ],
                ["各系部每项活动结束当天报送信息。"],
                fmt="pdf",
            )
        ],
        column_url="https://www.tsvtc.edu.cn/zjz2020/",
        liaison=person("", "孟凡雪", "党委宣传部副部长", "xcbgs@tsvtc.edu.cn", "13562810478"),
    )
    _send(
        b,
        u,
        "11-10 18:20",
        "neomutt",
        "泰山职院 活动周稿件2篇",
        "市教育局职成高教科:\n\n附件两篇: 大国工匠进校园 (PDF), 家电义务维修 (doc).\n\n孟凡雪",
        [art("V1", "tsvtc", fmt="pdf"), art("V2", "tsvtc", fmt="doc")],
    )
    _send(
        b,
        u,
        "11-12 17:55",
        "neomutt",
        "泰山职院 稿件",
        "市教育局职成高教科:\n\n稿件见附件.\n\n孟凡雪",
        [
            compilation(
                ["V3a", "V3b"], "tsvtc", "泰山职院活动周稿件1111-1112.docx", "", numbered=True
            )
        ],
        note="one docx holding 稿件1 and 稿件2; the mail does not say there are two",
    )
    _send(
        b,
        u,
        "11-14 16:30",
        "neomutt",
        "泰山职院 稿件及美篇",
        """市教育局职成高教科:

职教故事分享会的稿件见附件; 另外产业学院揭牌和技能大赛表彰之外, 我们还做了两期美篇,
分别是 https://www.meipian.cn/36ln0w2r 和 https://www.meipian.cn/36lq8f5t , 也请一并统计.
本周合计7篇.

孟凡雪""",
        [art("V4", "tsvtc")],
        article_links=["https://www.meipian.cn/36ln0w2r", "https://www.meipian.cn/36lq8f5t"],
    )
    _send(
        b,
        u,
        "11-16 09:30",
        "neomutt",
        "泰山职院 活动周总结 统计表",
        "市教育局职成高教科:\n\n总结和统计表见附件.\n\n孟凡雪",
        [
            summary(
                u, ["活动周期间，学院共组织活动5大项，参与师生8000余人次，直播观看2.3万人次。"]
            ),
            statistics(u, [3, 6, 1, 2, 8000, 900, 7, 23000]),
        ],
    )


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    send(
        b,
        u,
        "11-05 09:00",
        "coremail",
        "山东服装职业学院报送活动周方案",
        """泰安市教育局职成高教科：
现报送我院活动周方案（附件）。
宣传专栏地址：http://www.sdfzxy.edu.cn/zjz/
联络员：邹静怡（宣传统战部科员），手机18954873306，邮箱sdfz_xwk@126.com
山东服装职业学院宣传统战部""",
        [
            plan(
                u,
                ["“爱心棉服”公益活动。", "“非遗鲁绣”体验课。", "毕业设计作品线上发布会。"],
                ["各系部做好活动组织与宣传。"],
            )
        ],
        column_url="http://www.sdfzxy.edu.cn/zjz/",
        liaison=person("", "邹静怡", "宣传统战部科员", "sdfz_xwk@126.com", "18954873306"),
    )
    send(
        b,
        u,
        "11-07 16:45",
        "coremail",
        "服装学院稿件：爱心棉服（附照片）",
        "职成高教科：\n活动周前先报一篇爱心棉服的稿件，照片两张附后。\n邹静怡",
        [
            art("S1", "sdfzxy"),
            photo("爱心棉服1.jpg", "师生打包爱心棉服", "#9b4f4f", "sdfzxy"),
            photo("爱心棉服2.jpg", "绣有泰山图案的棉服", "#4f7a9b", "sdfzxy"),
        ],
        note="an article on 11-07, before the week: counts; the photos are other",
    )
    send(
        b,
        u,
        "11-10 20:05",
        "coremail",
        "服装学院稿件：非遗鲁绣体验课（附照片）",
        "职成高教科：\n鲁绣体验课稿件一篇，照片三张。\n邹静怡",
        [
            art("S2", "sdfzxy"),
            photo("IMG_20201110_093512.jpg", "传承人讲解鲁绣针法", "#6b8e23", "sdfzxy"),
            photo("IMG_20201110_101147.jpg", "中学生体验刺绣", "#8b6914", "sdfzxy"),
            photo("IMG_20201110_104420.jpg", "学员作品", "#5f4b8b", "sdfzxy"),
        ],
    )
    send(
        b,
        u,
        "11-13 11:30",
        "coremail",
        "服装学院稿件3篇（1篇附件，2篇链接）",
        """职成高教科：
线上发布会稿件见附件，另外两篇已在学院专栏发布：
http://www.sdfzxy.edu.cn/zjz/2020/1111/872.shtml
http://www.sdfzxy.edu.cn/zjz/2020/1113/879.shtml
邹静怡""",
        [art("S3", "sdfzxy"), photo("发布会.jpg", "线上发布会直播现场", "#2f4f4f", "sdfzxy")],
        article_links=[
            "http://www.sdfzxy.edu.cn/zjz/2020/1111/872.shtml",
            "http://www.sdfzxy.edu.cn/zjz/2020/1113/879.shtml",
        ],
    )
    send(
        b,
        u,
        "11-16 16:10",
        "coremail",
        "服装学院活动周总结、统计表",
        "职成高教科：\n总结、统计表见附件。\n山东服装职业学院宣传统战部",
        [
            summary(
                u, ["活动周期间，学院开展公益、非遗体验、作品发布等活动8项，线上观看3万余人次。"]
            ),
            statistics(u, [3, 5, 1, 2, 2100, 450, 5, 31000]),
        ],
    )


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    send(
        b,
        u,
        "11-05 15:20",
        "foxmail",
        "力明学院职业教育活动周方案",
        """市教育局职成高教科：
附件为山东力明科技职业学院职业教育活动周方案。
专栏：http://www.lmkjxy.cn/zjhdz/
联络员：吕丹丹 党政办公室主任 13805489217 lmxy_dzb@163.com""",
        [
            plan(
                u,
                ["健康护理进社区志愿服务。", "中医药文化体验周。", "校友风采展。"],
                ["各学院按计划组织实施。"],
            )
        ],
        column_url="http://www.lmkjxy.cn/zjhdz/",
        liaison=person("", "吕丹丹", "党政办公室主任", "lmxy_dzb@163.com", "13805489217"),
    )
    send(
        b,
        u,
        "11-09 21:10",
        "foxmail",
        "力明学院稿件-健康护理进社区",
        "市教育局职成高教科：\n稿件一篇，请查收。\n力明学院党政办",
        [art("L1", "lmkj", name="健康护理进社区.docx")],
    )
    send(
        b,
        u,
        "11-12 17:40",
        "foxmail",
        "力明学院稿件-中医药文化体验周",
        "市教育局职成高教科：\n稿件一篇。\n吕丹丹",
        [art("L2", "lmkj", name="中医药文化体验周.docx")],
    )
    send(
        b,
        u,
        "11-13 08:30",
        "foxmail",
        "力明学院稿件（中医药体验周PDF版、校友风采）",
        "市教育局职成高教科：\n昨天的中医药体验周稿件有同事反映手机上打不开，再发一个PDF版；另报校友风采一篇。\n吕丹丹",
        [
            art("L2", "lmkj", fmt="pdf", name="中医药文化体验周.pdf"),
            art("L3", "lmkj", name="校友风采.docx"),
        ],
        note="中医药文化体验周 resent as PDF: counts once",
    )
    send(
        b,
        u,
        "11-14 22:15",
        "foxmail",
        "力明学院公众号稿件",
        "市教育局职成高教科：\n公众号还发了一篇：https://mp.weixin.qq.com/s/Rm2cL9xPq4wT6eJvB0sKfA\n吕丹丹",
        article_links=["https://mp.weixin.qq.com/s/Rm2cL9xPq4wT6eJvB0sKfA"],
        note="four articles in all, one of them sent twice",
    )
    send(
        b,
        u,
        "11-16 15:00",
        "foxmail",
        "力明学院活动周总结及统计表",
        "市教育局职成高教科：\n附件为总结和统计表。\n力明学院党政办",
        [
            summary(u, ["活动周期间，学院开展志愿服务、文化体验等活动6项，服务群众1200余人次。"]),
            statistics(u, [2, 4, 1, 2, 1500, 1200, 5, 15000]),
        ],
        note="the table says 5 reports; four distinct articles came",
    )


def tshl(b: Builder) -> None:
    u = U["tshl"]
    send(
        b,
        u,
        "11-04 14:00",
        "thunderbird",
        "泰山护理职业学院活动周方案、专栏、联络员",
        """市教育局职成高教科：
我院活动周方案见附件；专栏地址 https://www.tshlzy.edu.cn/zjhdz/
联络员：许文婷，宣传部干事，15269806632，hlxy_xcb@tshlzy.edu.cn
泰山护理职业学院宣传部""",
        [
            plan(
                u,
                ["“护佑健康”进社区。", "护理技能大赛。", "抗疫校友进课堂。"],
                ["各系做好组织和安全工作。"],
            )
        ],
        column_url="https://www.tshlzy.edu.cn/zjhdz/",
        liaison=person("", "许文婷", "宣传部干事", "hlxy_xcb@tshlzy.edu.cn", "15269806632"),
    )
    cid = [("part1.6A2F0C1D.3B8E4A52@tshlzy.edu.cn", "师生为社区老人测量血压")]
    send(
        b,
        u,
        "11-10 20:30",
        "thunderbird",
        "泰山护理职业学院稿件：护佑健康进社区",
        headline("H1") + "\n" + text("H1") + "\n\n泰山护理职业学院宣传部 许文婷",
        [photo("hfkdfgfd.jpg", cid[0][1], "#3c8d7a", "tshl", cid=cid[0][0])],
        html=html_body("H1", "市教育局职成高教科：", cid, "泰山护理职业学院宣传部 许文婷"),
        body_article=True,
        note="an article in the HTML body with one cid photo",
    )
    send(
        b,
        u,
        "11-14 15:40",
        "thunderbird",
        "泰山护理职业学院稿件（技能大赛、抗疫校友）及专栏链接",
        """市教育局职成高教科：
附件两篇；另两篇已发专栏：
https://www.tshlzy.edu.cn/zjhdz/2020/11/13/art_1021_5563.html
https://www.tshlzy.edu.cn/zjhdz/2020/11/14/art_1021_5571.html
许文婷""",
        [art("H2", "tshl"), art("H3", "tshl")],
        article_links=[
            "https://www.tshlzy.edu.cn/zjhdz/2020/11/13/art_1021_5563.html",
            "https://www.tshlzy.edu.cn/zjhdz/2020/11/14/art_1021_5571.html",
        ],
    )
    send(
        b,
        u,
        "11-16 11:10",
        "thunderbird",
        "泰山护理职业学院活动周总结、统计表",
        "市教育局职成高教科：\n总结与统计表见附件。\n许文婷",
        [
            summary(u, ["活动周期间，学院开展活动7项，服务社区居民600余人次。"]),
            statistics(u, [2, 5, 1, 2, 1800, 600, 5, 12000]),
        ],
    )


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(
        b,
        u,
        "11-04 10:50",
        "coremail",
        "泰安技师学院职业教育活动周方案",
        """市人社局职建科：
按照通知要求，我院职业教育活动周方案见附件。
宣传专栏：http://www.tajsxy.cn/hdz/
联络员：谭明亮，招生就业处副处长，手机13793848105，邮箱tajsxy_zsb@163.com
泰安技师学院""",
        [
            plan(
                u,
                [
                    "校园开放日。",
                    "“技能下乡”志愿服务。",
                    "技能人才培养校企对话会。",
                    "技能大赛表彰。",
                    "“劳模工匠进校园”。",
                ],
                ["各系部按分工抓好落实。"],
                fmt="doc",
            )
        ],
        to=RSJ,
        column_url="http://www.tajsxy.cn/hdz/",
        liaison=person("", "谭明亮", "招生就业处副处长", "tajsxy_zsb@163.com", "13793848105"),
    )
    send(
        b,
        u,
        "11-13 16:25",
        "coremail",
        "泰安技师学院活动周宣传稿件汇编（5篇）",
        "市人社局职建科：\n我院活动周宣传稿件5篇，汇编在一个文件里，请审阅。\n谭明亮",
        [
            compilation(
                ["J1", "J2", "J3", "J4", "J5"],
                "tajsxy",
                "泰安技师学院活动周宣传稿件汇编.docx",
                "泰安技师学院2020年职业教育活动周宣传稿件汇编",
                numbered=False,
            )
        ],
        to=RSJ,
    )
    send(
        b,
        u,
        "11-16 10:20",
        "coremail",
        "泰安技师学院活动周总结及统计表",
        "市人社局职建科：\n总结及统计表见附件。\n泰安技师学院招生就业处",
        [
            summary(
                u, ["活动周期间，学院共开展活动5项，接待参观400余人次，维修电器农机120余台件。"]
            ),
            statistics(u, [1, 5, 1, 2, 2200, 900, 5, 8000]),
        ],
        to=RSJ,
    )


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(
        b,
        u,
        "11-05 08:40",
        "py-compat32",
        "岱岳区职教中心活动周方案",
        """泰安市教育局职成高教科：
我校职业教育活动周方案见附件。
宣传专栏：http://www.dyzjzx.com/zjz/
联络员：尹志强，信息中心主任，18363826154，dyzjzx_xxk@163.com
泰安市岱岳区职业教育中心""",
        [
            plan(
                u,
                ["“技能进社区”便民服务。", "“泰山皮影”进小学。", "“我的职教梦”演讲比赛。"],
                ["注意安全。"],
                name="职教中心活动周方案.doc",
                fmt="doc",
            )
        ],
        column_url="http://www.dyzjzx.com/zjz/",
        liaison=person("", "尹志强", "信息中心主任", "dyzjzx_xxk@163.com", "18363826154"),
    )
    send(
        b,
        u,
        "11-11 16:00",
        "py-compat32",
        "岱岳区职教中心稿件",
        "市教育局职成高教科：\n我校稿件2篇（WPS格式），请查收。\n尹志强",
        [art("Y1", "dyzj", fmt="wps"), art("Y2", "dyzj", fmt="wps")],
    )
    send(
        b,
        u,
        "11-13 17:30",
        "py-compat32",
        "岱岳区职教中心稿件及美篇",
        """市教育局职成高教科：
演讲比赛稿件见附件。另有两篇美篇：
https://www.meipian.cn/36mb7y1k
https://www.meipian.cn/36mf3e9h
尹志强""",
        [art("Y3", "dyzj", fmt="wps")],
        article_links=["https://www.meipian.cn/36mb7y1k", "https://www.meipian.cn/36mf3e9h"],
    )
    send(
        b,
        u,
        "11-16 08:50",
        "py-compat32",
        "岱岳区职教中心活动周总结、统计表",
        "市教育局职成高教科：\n总结和统计表见附件。\n尹志强",
        [
            summary(u, ["活动周期间，学校开展便民服务、非遗展示等活动6项，服务群众900余人次。"]),
            statistics(u, [2, 4, 1, 3, 1300, 900, 5, 7000]),
        ],
    )


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(
        b,
        u,
        "11-04 17:10",
        "py-smtp",
        "新泰市职业中专活动周方案、专栏及联络员",
        """市教育局职成高教科：
附件为新泰市职业中等专业学校活动周方案。
专栏：http://www.xtzz.cn/zjhdz/
联络员：郑晓丽 办公室副主任 13668683470 xtzz_bgs@ta.shandong.cn""",
        [
            plan(
                u,
                ["校园开放周。", "农民工技能培训。", "电商直播助销家乡特产。"],
                ["各专业部抓好落实。"],
            )
        ],
        column_url="http://www.xtzz.cn/zjhdz/",
        liaison=person("", "郑晓丽", "办公室副主任", "xtzz_bgs@ta.shandong.cn", "13668683470"),
    )
    send(
        b,
        u,
        "11-12 22:30",
        "py-smtp",
        "新泰市职业中专活动周稿件三篇",
        "市教育局职成高教科：\n这几天的三篇稿件直接贴在邮件里：\n\n【稿件一】"
        + pasted(["Z1"])
        + "\n\n【稿件二】"
        + pasted(["Z2"])
        + "\n\n【稿件三】"
        + pasted(["Z3"])
        + "\n\n新泰市职业中专办公室 郑晓丽",
        body_article=True,
        body_count=3,
        note="three articles pasted in one text body",
    )
    send(
        b,
        u,
        "11-14 09:45",
        "py-smtp",
        "新泰市职业中专专栏稿件链接",
        """市教育局职成高教科：
另两篇已发学校专栏：
http://www.xtzz.cn/zjhdz/2020/1112/1287.shtml
http://www.xtzz.cn/zjhdz/2020/1113/1291.shtml
郑晓丽""",
        article_links=[
            "http://www.xtzz.cn/zjhdz/2020/1112/1287.shtml",
            "http://www.xtzz.cn/zjhdz/2020/1113/1291.shtml",
        ],
    )
    send(
        b,
        u,
        "11-16 13:40",
        "py-smtp",
        "新泰市职业中专活动周总结和统计表",
        "市教育局职成高教科：\n总结和统计表见附件。\n郑晓丽",
        [
            summary(u, ["活动周期间，学校开展开放周、技能培训、直播带货等活动9项。"]),
            statistics(u, [3, 6, 5, 2, 3000, 400, 5, 26000]),
        ],
    )


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(
        b,
        u,
        "11-05 17:20",
        "coremail",
        "肥城市职业中专活动周方案",
        """市教育局职成高教科：
方案见附件。专栏 http://www.fczz.net/zjz/
联络员 李倩 宣传办主任 15806381529 fczz_xcb@163.com
肥城市职业中等专业学校""",
        [
            plan(
                u,
                ["智能手机课堂进社区。", "桃木雕刻技艺展示。", "职业生涯规划大赛。"],
                ["各部门按方案执行。"],
            )
        ],
        column_url="http://www.fczz.net/zjz/",
        liaison=person("", "李倩", "宣传办主任", "fczz_xcb@163.com", "15806381529"),
    )
    send(
        b,
        u,
        "11-11 12:10",
        "coremail",
        "肥城职专活动周稿件链接",
        """市教育局职成高教科：
我校活动周稿件已在学校网站发布：
http://www.fczz.net/show.asp?id=2715
http://www.fczz.net/show.asp?id=2718
http://www.fczz.net/show.asp?id=2721
李倩""",
        article_links=[
            "http://www.fczz.net/show.asp?id=2715",
            "http://www.fczz.net/show.asp?id=2718",
            "http://www.fczz.net/show.asp?id=2721",
        ],
    )
    send(
        b,
        u,
        "11-14 17:00",
        "coremail",
        "肥城职专活动周稿件链接（续）",
        """市教育局职成高教科：
续报稿件链接（第一条上次报过，这次标题改了一下）：
http://www.fczz.net/show.asp?id=2721
http://www.fczz.net/show.asp?id=2726
http://www.fczz.net/show.asp?id=2730
李倩""",
        article_links=[
            "http://www.fczz.net/show.asp?id=2721",
            "http://www.fczz.net/show.asp?id=2726",
            "http://www.fczz.net/show.asp?id=2730",
        ],
        note="id=2721 again: five distinct links in all",
    )
    send(
        b,
        u,
        "11-16 12:00",
        "coremail",
        "肥城职专活动周总结、统计表",
        "市教育局职成高教科：\n总结、统计表见附件。\n李倩",
        [
            summary(u, ["活动周期间，学校开展活动7项，服务群众700余人次。"]),
            statistics(u, [2, 5, 1, 3, 1600, 700, 5, 9000]),
        ],
    )


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(
        b,
        u,
        "11-05 15:50",
        "coremail",
        "宁阳县职业中专活动周方案及筹备信息",
        """市教育局职成高教科：
附件1是我校活动周方案，附件2是今天筹备会的信息稿。
专栏：http://www.nyzz.cn/zjhdz/
联络员：曹蕾，教务科干事，13176180934，nyzz_jwk@126.com""",
        [
            plan(
                u,
                ["技能展示开放日。", "“技能助老”志愿服务。", "校企合作成果展。"],
                ["各专业部提前准备。"],
                name="附件1：宁阳县职业中专活动周方案.docx",
            ),
            art("Q0", "nyzz", name="附件2：活动周筹备会信息.docx"),
        ],
        column_url="http://www.nyzz.cn/zjhdz/",
        liaison=person("", "曹蕾", "教务科干事", "nyzz_jwk@126.com", "13176180934"),
        note="an article with the plan on 11-05: counts",
    )
    send(
        b,
        u,
        "11-11 19:20",
        "coremail",
        "宁阳职专稿件（PDF）",
        "市教育局职成高教科：\n稿件两篇，PDF格式。\n曹蕾",
        [art("Q1", "nyzz", fmt="pdf"), art("Q2", "nyzz", fmt="pdf")],
    )
    send(
        b,
        u,
        "11-13 18:00",
        "coremail",
        "宁阳职专稿件及公众号文章",
        """市教育局职成高教科：
校企合作成果展稿件见附件；公众号文章两篇：
https://mp.weixin.qq.com/s/Lb5nYw2QeR8tU3iOpA6sDg
https://mp.weixin.qq.com/s/c9GfKx1VzM4hJ7aNqE3wRt
曹蕾""",
        [art("Q3", "nyzz")],
        article_links=[
            "https://mp.weixin.qq.com/s/Lb5nYw2QeR8tU3iOpA6sDg",
            "https://mp.weixin.qq.com/s/c9GfKx1VzM4hJ7aNqE3wRt",
        ],
    )
    send(
        b,
        u,
        "11-16 09:00",
        "coremail",
        "宁阳职专总结及统计表",
        "市教育局职成高教科：\n总结及统计表见附件。\n曹蕾",
        [
            summary(u, ["活动周期间，学校开展活动8项，参与师生1500余人次。"]),
            statistics(u, [2, 6, 1, 2, 1500, 300, 6, 11000]),
        ],
    )


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    send(
        b,
        u,
        "11-05 12:30",
        "android",
        "东平职教中心活动周方案",
        """市教育局职成高教科:
方案见附件
专栏 http://www.dpzjzx.cn/zjz/
联络员 潘玉洁 办公室主任 15069863371 dpzj_bgs@163.com
东平县职业教育中心学校""",
        [plan(u, ["“湖区小导游”志愿讲解。", "“劳动最光荣”主题班会。"], ["各处室配合。"])],
        column_url="http://www.dpzjzx.cn/zjz/",
        liaison=person("", "潘玉洁", "办公室主任", "dpzj_bgs@163.com", "15069863371"),
    )
    send(
        b,
        u,
        "11-10 21:00",
        "android",
        "东平职教中心稿件",
        "市教育局职成高教科:\n湖区小导游稿件\n潘玉洁",
        [art("K1", "dpzj")],
    )
    send(
        b,
        u,
        "11-12 20:45",
        "android",
        "东平职教中心稿件2",
        "市教育局职成高教科:\n主题班会稿件，PDF\n潘玉洁",
        [art("K2", "dpzj", fmt="pdf")],
    )
    send(
        b,
        u,
        "11-17 09:20",
        "android",
        "东平职教中心总结 统计表（迟报）",
        "市教育局职成高教科:\n总结和统计表迟报了，不好意思。\n潘玉洁",
        [
            summary(u, ["活动周期间，学校开展导游讲解、主题班会等活动4项。"]),
            statistics(u, [0, 4, 0, 1, 900, 1000, 2, 3000]),
        ],
        note="summary and table on 11-17: late",
    )


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(
        b,
        u,
        "11-04 11:15",
        "outlook",
        "交通职专活动周方案及联络员",
        """市教育局职成高教科：
附件为泰安市交通职业中等专业学校活动周方案。
专栏：http://www.tajtzz.cn/hdz/
联络员：彭晓光 校办主任 18605386648 tajtzz_xb@126.com
交通职专校办""",
        [
            plan(
                u,
                ["“爱车护航”公益检测。", "汽车技能展示。", "交通安全进校园。"],
                ["各专业部按方案执行。"],
            )
        ],
        column_url="http://www.tajtzz.cn/hdz/",
        liaison=person("", "彭晓光", "校办主任", "tajtzz_xb@126.com", "18605386648"),
    )
    cid = [("image001.jpg@01D6B6A2.4E1C7F30", "学生为市民车辆检测胎压")]
    send(
        b,
        u,
        "11-09 17:30",
        "outlook",
        "交通职专稿件：爱车护航公益检测",
        "市教育局职成高教科：\n\n" + headline("C1") + "\n" + text("C1") + "\n\n交通职专校办 彭晓光",
        [photo("image001.jpg", cid[0][1], "#a0522d", "jtzz", cid=cid[0][0])],
        html=html_body("C1", "市教育局职成高教科：", cid, "交通职专校办 彭晓光", charset="gb2312"),
        body_article=True,
        note="an article in the HTML body with a cid photo",
    )
    send(
        b,
        u,
        "11-12 10:05",
        "outlook",
        "交通职专稿件2篇（附照片）",
        "市教育局职成高教科：\n稿件两篇及照片，请查收。\n彭晓光",
        [
            art("C2", "jtzz"),
            photo("技能展示.jpg", "新能源汽车电池检测", "#556b2f", "jtzz"),
            art("C3", "jtzz"),
            photo("交通安全进校园.jpg", "小学生体验模拟驾驶", "#483d8b", "jtzz"),
        ],
    )
    send(
        b,
        u,
        "11-14 18:10",
        "outlook",
        "交通职专专栏稿件链接",
        """市教育局职成高教科：
另两篇请看专栏：
http://www.tajtzz.cn/hdz/news.aspx?id=1134
http://www.tajtzz.cn/hdz/news.aspx?id=1139
彭晓光""",
        article_links=[
            "http://www.tajtzz.cn/hdz/news.aspx?id=1134",
            "http://www.tajtzz.cn/hdz/news.aspx?id=1139",
        ],
    )
    send(
        b,
        u,
        "11-15 10:30",
        "outlook",
        "交通职专活动周侧记",
        "市教育局职成高教科：\n补一篇活动周侧记。\n彭晓光",
        [art("C4", "jtzz", fmt="doc")],
        note="a sixth article on 11-15 (the fifth came by 11-14)",
    )
    send(
        b,
        u,
        "11-16 15:45",
        "outlook",
        "交通职专活动周总结和统计表",
        "市教育局职成高教科：\n总结和统计表见附件。\n交通职专校办",
        [
            summary(u, ["活动周期间，学校开展活动10余项，参与师生2000余人次，服务市民800余人次。"]),
            statistics(u, [4, 8, 1, 3, 2000, 800, 6, 50000]),
        ],
    )


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    send(
        b,
        u,
        "11-04 15:35",
        "coremail",
        "泰山区职专活动周方案、专栏、联络员",
        """市教育局职成高教科：
我校活动周方案见附件。
专栏地址：http://www.tsqzz.cn/zjz/
联络员：刘倩，办公室干事，13475818823，tsqzz_bgs@163.com
泰安市泰山区职业中等专业学校办公室""",
        [
            plan(
                u,
                ["实训基地向社会开放。", "“爱车义诊”服务。", "参加全区活动周启动仪式。"],
                ["各部门协同配合。"],
            )
        ],
        column_url="http://www.tsqzz.cn/zjz/",
        liaison=person("", "刘倩", "办公室干事", "tsqzz_bgs@163.com", "13475818823"),
    )
    send(
        b,
        u,
        "11-13 21:40",
        "coremail",
        "泰山区职专活动周稿件（超大附件）",
        """市教育局职成高教科：
我校活动周5篇稿件和照片打包了，附件超过50M只能用超大附件，请下载：

从网易163邮箱发来的超大附件
泰山区职专活动周稿件5篇.rar (67.8M, 2020年11月28日 21:40 到期)
下载: https://mail.163.com/large-attachment-download/index.html?p=X-NETEASE-HUGE-ATTACHMENT&file=Rk2pVq8LsWc0YtNb4HxE9mJa6uGd1Zo3&title=%E6%B3%B0%E5%B1%B1

刘倩""",
        note="five articles behind a 163 超大附件 link, never attached: none seen",
    )
    send(
        b,
        u,
        "11-16 17:30",
        "coremail",
        "泰山区职专活动周总结",
        "市教育局职成高教科：\n总结见附件，统计表明天报。\n刘倩",
        [summary(u, ["活动周期间，学校实训基地开放6天，接待居民和家长900余人次。"])],
    )
    send(
        b,
        u,
        "11-17 10:15",
        "coremail",
        "泰山区职专活动周统计表",
        "市教育局职成高教科：\n统计表补报。\n刘倩",
        [statistics(u, [1, 6, 6, 1, 1100, 900, 5, 6000])],
        note="the table on 11-17: late",
    )


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
