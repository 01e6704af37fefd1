"""The seven county bureaus' mail for set7; each story's docstring names its shapes."""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .make import EVENTS, article, compilation, plan, stats, summary
from .units import REMIND_1110, U, gt_quote


def art(
    uid: str, name: str, producer: str, head: str, date: str, images: int = 0, seed: int = 0
) -> F:
    """An article file of unit `uid`."""
    return F(name, article(producer, head, U[uid].short, date, images, seed), "article", uid)


def taishan(b: Builder) -> None:
    """163 Coremail (GBK); subject in 【】; a bare www. column address; 联系人 with 座机 and a
    138-0538-xxxx mobile; an article docx with three photos beside a WeChat link; a reply
    quoting the city's reminder with >; an article pasted in the body; a .doc summary and a
    LibreOffice statistics table with its school's row and a totals row."""
    u = U["taishan"]
    send(
        b,
        u,
        "11-03 10:20",
        "coremail",
        "【泰山区教体局】活动周方案、专栏地址及联络员",
        """市教育局职成高教科：

    现将我局2020年职业教育活动周实施方案报上，请审阅。
    活动周宣传专栏：www.tsqjy.cn/zjhdz2020/（区教体局官网首页“职教活动周”栏目）

泰山区教体局职成科
联系人：王立群（职成科科长）
座机：0538-8221573  手机：138-0538-2716
邮箱：tsqjtj_zcjyk@163.com""",
        [
            F(
                "泰山区2020年职业教育活动周实施方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "分云上展示、进社区服务、进小学启蒙三个板块。",
                    ["泰山区职专云上开放日", "汽修家电进社区义务服务", "职业启蒙进小学"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="www.tsqjy.cn/zjhdz2020/",
        liaison=person("", "王立群", "职成科科长", "tsqjtj_zcjyk@163.com", "13805382716"),
        note="bare www. column address without http; 座机 and dashed mobile in the signature",
    )
    send(
        b,
        u,
        "11-09 16:40",
        "coremail",
        "泰山区职教活动周宣传稿件（一）",
        """您好！
附件是泰山区职专“云上开放日”的新闻稿（含现场图片3张）。另一篇已在“泰山教育”公众号推送：
泰山区举办职业教育成果线上展  https://mp.weixin.qq.com/s/Tq3kLr8ZbW1xVYpNc2mQeA
泰山区教体局职成科 王立群""",
        [
            art(
                "taishan",
                "泰山区职专云上校园开放日吸引家长在线参观.docx",
                "python-docx-img",
                "泰山区职专云上校园开放日吸引家长在线参观",
                "11月8日",
                3,
                11,
            )
        ],
        article_links=["https://mp.weixin.qq.com/s/Tq3kLr8ZbW1xVYpNc2mQeA"],
        note="docx with three pictures; a WeChat link in the body",
    )
    send(
        b,
        u,
        "11-11 09:05",
        "coremail",
        "回复:关于活动周宣传材料报送的提示",
        "收到。补报两篇稿件（PDF），请查收。\n\n泰山区教体局职成科\n\n"
        + gt_quote(REMIND_1110, "泰安市教育局职成高教科", "2020-11-10 09:00"),
        [
            art("taishan", "汽修专业师生走进社区开展义务检修.pdf", "lo-pdf", EVENTS[1], "11月9日"),
            art("taishan", "职业启蒙课走进小学课堂.pdf", "lo-pdf", EVENTS[3], "11月10日"),
        ],
        note="reply quoting the city's reminder, which names other units",
    )
    send(
        b,
        u,
        "11-13 17:30",
        "coremail",
        "泰山区：非遗面塑大师进校园",
        """非遗面塑大师进校园 传统技艺代代传

11月12日下午，泰山区教体局邀请面塑非遗传承人走进泰山区职专，为学前教育专业的学生们讲授面塑技艺。传承人一边示范揉、捏、搓、挑等手法，一边讲述面塑艺术的历史渊源，同学们跟着动手，一个个栩栩如生的小老虎、小兔子在指尖诞生。
“以前只在庙会上见过，今天自己捏出来了，特别有成就感。”学前教育专业学生小刘说。此次活动是泰山区职业教育活动周“大师技艺展示”板块的一项内容，让学生在体验中感受工匠精神。

（泰山区教体局职成科供稿）""",
        body_article=True,
        note="article pasted in the body, no file",
    )
    send(
        b,
        u,
        "11-16 10:00",
        "coremail",
        "泰山区教体局活动周总结及统计表",
        "市局：\n  我区活动周总结和统计表见附件。\n泰山区教体局职成科 王立群 138-0538-2716",
        [
            F(
                "泰山区职业教育活动周工作总结.doc",
                summary(
                    u.name,
                    "lo-doc",
                    ["组织云上开放日2场", "开展进社区服务6次"],
                    "累计服务群众1200余人次。",
                ),
                "summary",
                u.id,
            ),
            F(
                "泰山区2020年职业教育活动周情况统计表.xlsx",
                stats(
                    "泰山区",
                    "totals",
                    [
                        ["泰安市泰山区职业中等专业学校", 4, 6, 1, 5, 860, 920, 7, 15600],  # type: ignore[list-item]
                        ["泰山区教体局（区直学校）", 2, 3, 0, 2, 310, 280, 3, 4200],
                    ],
                ),
                "statistics",
                u.id,
            ),
        ],
        note="LibreOffice .doc summary; statistics with a 合计 row",
    )


def daiyue(b: Builder) -> None:
    """Government Coremail, HTML only: the liaison in a body table with colspan/rowspan, the
    column URL inside 【】; three WeChat links in one mail; a docx with pictures; a
    LibreOffice transposed statistics table (items down the rows)."""
    u = U["daiyue"]
    table = (
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        '<tr><td colspan="4" align="center"><b>岱岳区职业教育活动周联络员</b></td></tr>'
        '<tr><td>单位</td><td colspan="3">泰安市岱岳区教育和体育局</td></tr>'
        "<tr><td>姓名</td><td>赵文静</td><td>职务</td><td>职成教科副科长</td></tr>"
        '<tr><td rowspan="2">联系方式</td><td>手机</td><td colspan="2">15853810276</td></tr>'
        '<tr><td>邮箱</td><td colspan="2">dyqjtj@ta.shandong.cn</td></tr></table>'
    )
    html = (
        '<html><head><meta charset="utf-8"></head><body><div>市局职成高教科：</div>'
        "<div>&nbsp;&nbsp;岱岳区职业教育活动周实施方案见附件；区教体局网站已开设活动周宣传专栏，"
        "地址【http://www.dyjy.net/zjhdz/】。联络员信息如下表：</div><br>"
        f"{table}<br><div>岱岳区教体局职成教科</div></body></html>"
    )
    send(
        b,
        u,
        "11-04 15:10",
        "coremail-gov",
        "岱岳区活动周方案、专栏及联络员信息",
        html,
        [
            F(
                "岱岳区职业教育活动周实施方案（定稿）.pdf",
                plan(
                    u.name,
                    "lo-pdf",
                    "以“技能服务进万家”为主线。",
                    ["岱岳区职教中心开放日", "技能下乡服务果农", "校企合作成果展"],
                ),
                "plan",
                u.id,
            )
        ],
        html=html,
        html_only=True,
        column_url="http://www.dyjy.net/zjhdz/",
        liaison=person(
            "泰安市岱岳区教育和体育局",
            "赵文静",
            "职成教科副科长",
            "dyqjtj@ta.shandong.cn",
            "15853810276",
        ),
        note="HTML only; liaison in a table with merged cells; URL inside 【】",
    )
    send(
        b,
        u,
        "11-09 10:12",
        "coremail-gov",
        "岱岳区活动周宣传报道3篇（微信链接）",
        """市局：
岱岳区活动周宣传报道3篇，均已在“岱岳教育”微信公众号发布：
1.岱岳区职教中心：无人机植保技术服务田间地头
https://mp.weixin.qq.com/s/dY7xQ2kLmN8pR4vT1wZs3g
2.“技能下乡”为果农修剪果树
https://mp.weixin.qq.com/s?__biz=MzA5NjQ2ODExMw==&mid=2650123456&idx=1&sn=8f3c2a1b9d7e6f5a
3.岱岳区举办校企合作成果展
https://mp.weixin.qq.com/s/Kp2Rz8Ht4YwQ1nVb6cXm0A
岱岳区教体局职成教科 赵文静""",
        article_links=[
            "https://mp.weixin.qq.com/s/dY7xQ2kLmN8pR4vT1wZs3g",
            "https://mp.weixin.qq.com/s?__biz=MzA5NjQ2ODExMw==&mid=2650123456&idx=1&sn=8f3c2a1b9d7e6f5a",
            "https://mp.weixin.qq.com/s/Kp2Rz8Ht4YwQ1nVb6cXm0A",
        ],
    )
    send(
        b,
        u,
        "11-12 14:25",
        "coremail-gov",
        "岱岳区教体局报送活动周稿件2篇",
        "稿件两篇见附件，其中一篇附图片。\n岱岳区教体局职成教科",
        [
            art("daiyue", "电商直播助农带货.docx", "python-docx-img", EVENTS[5], "11月10日", 2, 21),
            art("daiyue", "职教政策宣讲进初中校园.docx", "lo-docx", EVENTS[19], "11月11日"),
        ],
    )
    send(
        b,
        u,
        "11-16 11:40",
        "coremail-gov",
        "岱岳区职业教育活动周总结、统计表",
        "市局职成高教科：\n岱岳区活动周总结、统计表已完成，请查收。\n赵文静 15853810276",
        [
            F(
                "岱岳区2020年职业教育活动周总结.docx",
                summary(
                    u.name,
                    "python-docx",
                    ["组织技能下乡8场", "举办成果展1次"],
                    "服务果农和群众2100余人次。",
                ),
                "summary",
                u.id,
            ),
            F(
                "岱岳区职业教育活动周情况统计表.xlsx",
                stats(
                    "泰安市岱岳区教育和体育局", "transposed-lo", [5, 9, 2, 8, 1320, 2100, 11, 23800]
                ),
                "statistics",
                u.id,
            ),
        ],
        note="statistics transposed (items in rows), LibreOffice Calc",
    )


def xintai(b: Builder) -> None:
    """126 Coremail; a column URL broken over a line in the plain text; a +86 mobile with
    spaces; a 更正版 plan resend (以此为准); a three-article 汇编 docx; two news-page links;
    summary and statistics on 11-17 (late)."""
    u = U["xintai"]
    send(
        b,
        u,
        "11-02 16:00",
        "coremail",
        "新泰市教体局报送职业教育活动周方案",
        """市教育局职成高教科：
    新泰市2020年职业教育活动周方案已制定，请审阅。我局活动周宣传专栏网址：http://www.xintai.gov.cn/jyj/col/col58231/
index.html
    联络员：新泰市教体局职成教科 孙海燕 科员 手机：+86 139 5388 1042 邮箱：xtjtj_zjk@126.com

新泰市教育和体育局职成教科
2020年11月2日""",
        [
            F(
                "新泰市2020年职业教育活动周方案.docx",
                plan(
                    u.name,
                    "python-docx",
                    "突出职教助力乡村振兴。",
                    ["新泰职专校园开放日", "新泰技校技能展示", "进社区志愿服务"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.xintai.gov.cn/jyj/col/col58231/index.html",
        liaison=person("新泰市教体局", "孙海燕", "科员", "xtjtj_zjk@126.com", "13953881042"),
        note="URL broken over a line break; +86 mobile with spaces",
    )
    send(
        b,
        u,
        "11-03 09:30",
        "coremail",
        "新泰市教体局活动周方案（更正版，以此为准）",
        "市局：\n昨天报送的方案中活动时间有误，现报送更正版，以此为准，原稿作废。\n孙海燕",
        [
            F(
                "新泰市2020年职业教育活动周方案（更正版）.docx",
                plan(
                    u.name,
                    "python-docx",
                    "突出职教助力乡村振兴（时间已更正）。",
                    ["新泰职专校园开放日", "新泰技校技能展示", "进社区志愿服务"],
                ),
                "plan",
                u.id,
            )
        ],
        note="更正版 resend of the plan",
    )
    send(
        b,
        u,
        "11-10 15:00",
        "coremail",
        "新泰市活动周稿件汇编（一）",
        "附件为新泰市活动周稿件汇编（一），共3篇。",
        [
            F(
                "新泰市职业教育活动周稿件汇编（一）.docx",
                compilation("python-docx", "新泰市", [EVENTS[9], EVENTS[12], EVENTS[6]], "11月9日"),
                "article",
                u.id,
                count=3,
            )
        ],
    )
    send(
        b,
        u,
        "11-13 11:00",
        "coremail",
        "新泰市活动周媒体报道链接",
        """市局：
泰安日报、大众网对我市活动周进行了报道，链接如下：
泰安日报：http://www.taidaily.com/2020-11/13/content_2011135.htm
大众网：https://taian.dzwww.com/xinwen/202011/t20201113_7120345.htm
孙海燕""",
        article_links=[
            "http://www.taidaily.com/2020-11/13/content_2011135.htm",
            "https://taian.dzwww.com/xinwen/202011/t20201113_7120345.htm",
        ],
    )
    send(
        b,
        u,
        "11-17 09:20",
        "coremail",
        "新泰市教体局活动周总结及统计表（迟报）",
        "市局：因统计数据汇总较晚，总结及统计表迟报，请谅解。\n孙海燕",
        [
            F(
                "新泰市职业教育活动周总结.pdf",
                summary(u.name, "lo-pdf", ["开放日3场", "志愿服务12次"], "参与师生2300余人次。"),
                "summary",
                u.id,
            ),
            F(
                "新泰市统计表.xlsx",
                stats("新泰市教育和体育局", "plain", [6, 12, 3, 9, 2300, 1800, 14, 30500]),
                "statistics",
                u.id,
            ),
        ],
    )


def feicheng(b: Builder) -> None:
    """Outlook for Mac; the liaison only in a vCard (.vcf) attachment; a column at an IP
    address with a port; four articles only (partial); a LibreOffice statistics table with a
    totals row."""
    u = U["feicheng"]
    vcf = (
        "BEGIN:VCARD\nVERSION:3.0\nN:赵;明;;;\nFN:赵明\nORG:肥城市教育和体育局;职成教科\n"
        "TITLE:职成教科科长\nTEL;TYPE=CELL:+86 158 5385 3901\nTEL;TYPE=WORK:0538-3221087\n"
        "EMAIL;TYPE=INTERNET:fcsjtj@ta.shandong.cn\nEND:VCARD\n"
    )
    send(
        b,
        u,
        "11-05 17:20",
        "outlook-mac",
        "肥城市活动周方案、专栏地址、联络员",
        """市教育局职成高教科：

附件是肥城市2020年职业教育活动周实施方案。
宣传专栏地址 http://218.56.160.37:8080/fcjy/zjhdz/ （域名备案中，暂用IP访问）
联络员名片见附件。

肥城市教体局职成教科""",
        [
            F(
                "肥城市2020年职业教育活动周实施方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "以“技能成就梦想”为主题。",
                    ["肥城职专开放周", "桃木雕刻技艺展示", "家电维修进乡村"],
                ),
                "plan",
                u.id,
            ),
            F("赵明.vcf", Doc("vcf", vcf), "contact", u.id),
        ],
        column_url="http://218.56.160.37:8080/fcjy/zjhdz/",
        liaison=person(
            "肥城市教育和体育局", "赵明", "职成教科科长", "fcsjtj@ta.shandong.cn", "15853853901"
        ),
        note="liaison only in a vCard; IP:port column",
    )
    send(
        b,
        u,
        "11-09 10:40",
        "outlook-mac",
        "肥城市活动周稿件",
        "稿件2篇（PDF）请查收。",
        [
            art(
                "feicheng",
                "桃木雕刻技艺展示进校园.pdf",
                "lo-pdf",
                "桃木雕刻技艺展示进校园",
                "11月8日",
            ),
            art("feicheng", "家电维修志愿服务队走进乡村.pdf", "lo-pdf", EVENTS[9], "11月9日"),
        ],
    )
    send(
        b,
        u,
        "11-11 15:00",
        "outlook-mac",
        "肥城市活动周微信报道",
        "肥城教育公众号报道：肥城市职业教育活动周启动 https://mp.weixin.qq.com/s/Fc8mW2qLz5RtYb0uNv7KjQ",
        article_links=["https://mp.weixin.qq.com/s/Fc8mW2qLz5RtYb0uNv7KjQ"],
    )
    send(
        b,
        u,
        "11-12 16:30",
        "outlook-mac",
        "肥城市稿件一篇",
        "再报一篇。\n赵明",
        [art("feicheng", "校企合作订单班开班.docx", "lo-docx", EVENTS[7], "11月11日")],
        note="fourth and last article",
    )
    send(
        b,
        u,
        "11-16 17:05",
        "outlook-mac",
        "肥城市职业教育活动周总结和统计表",
        "总结和统计表见附件。\n肥城市教体局职成教科 赵明",
        [
            F(
                "肥城市活动周总结.pdf",
                summary(u.name, "lo-pdf", ["开放周5天", "进乡村服务9次"], "服务群众1600余人次。"),
                "summary",
                u.id,
            ),
            F(
                "肥城市活动周统计表.xlsx",
                stats(
                    "肥城市",
                    "totals",
                    [
                        ["肥城市职业中等专业学校", 5, 7, 1, 6, 980, 1100, 9, 17800],  # type: ignore[list-item]
                        ["肥城市教体局", 1, 2, 0, 3, 120, 500, 4, 6100],
                    ],
                ),
                "statistics",
                u.id,
            ),
        ],
    )


def build(b: Builder) -> None:
    """Every county story (this module and counties2)."""
    from . import counties2

    taishan(b)
    daiyue(b)
    xintai(b)
    feicheng(b)
    counties2.build(b)
