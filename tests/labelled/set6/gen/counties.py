"""What the seven county bureaus send (each story's docstring names its shapes)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, person, send, t
from .docs import Doc
from .kit import art, arts, contact_book, photo, plan, stats, summary, zipf
from .mime import Mail


def taishan(b: Builder, u: Unit) -> None:
    """Outlook 2016; a business-card signature with | and a dashed mobile; the column in 《》;
    photos beside two articles; a zip with GBK member names; uppercase .DOCX/.XLS."""
    sig = (
        "\n张  伟 | 职成教育科科长\n泰安市泰山区教育和体育局\n"
        "手机 139-5380-1234 | 座机 0538-8226137 | 邮箱 zhangw_ts@163.com\n"
        "地址：泰安市泰山区东岳大街216号"
    )
    send(
        b,
        u,
        "11-03 09:40",
        "outlook",
        "泰山区教体局报送职教活动周实施方案及联络员信息",
        "市教育局职成高教科：\n\n按照泰教函〔2020〕72号通知要求，"
        "现将我区2020年职业教育活动周实施方案"
        "报上，请审阅。\n我区活动周宣传专栏已开通：《http://www.tsqjy.gov.cn/zjhdz2020/》，"
        "活动周联络员由我科张伟同志担任，联系方式见签名。\n\n此致\n敬礼！\n" + sig,
        [plan(u, "lo-docx", "泰山区2020年职业教育活动周实施方案.docx")],
        column_url="http://www.tsqjy.gov.cn/zjhdz2020/",
        liaison=person(u.name, "张伟", "职成教育科科长", "zhangw_ts@163.com", "13953801234"),
        note="column URL inside 《》; card signature with | separators; mobile with dashes",
    )
    send(
        b,
        u,
        "11-09 16:12",
        "outlook",
        "泰山区职教活动周宣传材料（一）",
        "职成高教科：\n附件是我区活动周第一批宣传稿两篇，配图另附，请审核。\n" + sig,
        [
            *arts(u, [0, 5], "lo-docx", "docx"),
            photo(u, "IMG_20201108_093512.jpg", 11),
            photo(u, "IMG_20201108_101745.jpg", 12),
        ],
        note="two articles and two photos",
    )
    send(
        b,
        u,
        "11-11 17:30",
        "outlook",
        "泰山区职教活动周宣传材料（二）",
        "职成高教科：\n第二批宣传稿三篇已打包，请查收。\n" + sig,
        [
            zipf(
                u,
                "泰山区活动周宣传稿第二批.zip",
                m := arts(u, [1, 6, 10], "lo-docx", "docx"),
                gbk=True,
            )
        ],
        members=m,
        note="zip from Windows' compressed folder: GBK member names, no UTF-8 flag",
    )
    send(
        b,
        u,
        "11-16 10:05",
        "outlook",
        "泰山区2020年职业教育活动周总结及统计表",
        "职成高教科：\n现将我区活动周工作总结和情况统计表报送，请查收。\n" + sig,
        [
            summary(u, "lo-docx", "泰山区活动周工作总结.DOCX", 101),
            stats(u, "lo-xls", "泰山区活动周情况统计表.XLS", 101),
        ],
        note="uppercase extensions",
    )


def daiyue(b: Builder, u: Unit) -> None:
    """163 Coremail (GBK): a long plan name folded over many encoded words; a liaison with
    full-width digits; https with a port inside parentheses; links to news pages; a county
    table with a 填表人 row; the county sends a school's summary (credits dyzjzx)."""
    send(
        b,
        u,
        "11-02 16:20",
        "coremail",
        "岱岳区职业教育活动周实施方案",
        "您好！\n\n岱岳区2020年职业教育活动周实施方案见附件。我局活动周专栏"
        "（https://www.dyqjy.cn:8443/zt/2020zjhdz/）已于今日上线。\n\n"
        "联络员：李红梅（职成教科副科长）\n电话：0538-8536021　手机：１３８５３８８６０２７\n"
        "邮箱：lihongmei_dy@163.com\n\n岱岳区教体局职成教科",
        [
            plan(
                u,
                "lo-pdf",
                "泰安市岱岳区教育和体育局关于印发2020年岱岳区职业教育活动周实施方案的通知.pdf",
            )
        ],
        column_url="https://www.dyqjy.cn:8443/zt/2020zjhdz/",
        liaison=person("", "李红梅", "职成教科副科长", "lihongmei_dy@163.com", "13853886027"),
        note="full-width mobile; https with a port in full-width parentheses; long folded name",
    )
    links = [
        "http://www.tadaily.com/news/2020-11/10/content_1836221.htm",
        "https://sd.dzwww.com/sdnews/202011/t20201110_16987342.htm",
        "http://www.dyqjy.cn:8443/zt/2020zjhdz/202011/t20201109_4412.html",
    ]
    send(
        b,
        u,
        "11-10 11:48",
        "coremail",
        "岱岳区活动周宣传报道链接",
        "职成高教科：\n我区活动周宣传报道已在媒体刊发，链接如下：\n"
        f"1.泰安日报：岱岳区“技能下乡”服务秋冬农业生产 {links[0]}\n"
        f"2.大众网：岱岳区开展职业启蒙教育 小学生体验当一天工匠 {links[1]}\n"
        f"3.岱岳教育网：岱岳区举办校企合作推介会 {links[2]}\n\n岱岳区教体局职成教科 李红梅",
        article_links=links,
        note="three links to news pages, each an article",
    )
    send(
        b,
        u,
        "11-13 09:30",
        "coremail",
        "岱岳区活动周宣传稿2篇",
        "职成高教科：\n补报宣传稿两篇，请审核。\n岱岳区教体局职成教科",
        arts(u, [12, 4], "lo-doc", "doc"),
    )
    send(
        b,
        u,
        "11-16 09:10",
        "coremail",
        "岱岳区活动周总结、统计表（含岱岳区职教中心总结）",
        "职成高教科：\n附件为我区活动周工作总结、全区情况统计汇总表，"
        "另附岱岳区职业教育中心的活动周总结，"
        "一并报送。\n岱岳区教体局职成教科",
        [
            summary(u, "lo-docx", "岱岳区2020年职业教育活动周工作总结.docx", 201),
            stats(
                u,
                "county",
                "岱岳区职业教育活动周情况统计表.xlsx",
                201,
                filler="填表人：陈晓　　审核人：李红梅　　联系电话：8536021",
                schools=["岱岳区职业教育中心", "泰安市岱岳区范镇职业中专", "岱岳区教体局"],
            ),
            summary(
                Unit("dyzjzx", "泰安市岱岳区职业教育中心", "岱岳区职教中心", ""),
                "lo-docx",
                "岱岳区职业教育中心活动周总结.docx",
                1401,
            ),
        ],
        note="the school's summary sent by the county: it counts for dyzjzx; 填表人 is not a "
        "liaison",
    )


def xintai(b: Builder, u: Unit) -> None:
    """Foxmail GBK: a .doc plan and a workbook whose column is a 点击访问 hyperlink and whose
    liaison is on the second sheet; a .txt and an .rtf article; an article resent; the
    county forwards a school's plan as message/rfc822 after the deadline (credits xtyzz)."""
    url = "http://www.xtjy.net/Category_312/Index.aspx"
    send(
        b,
        u,
        "11-04 15:26",
        "foxmail",
        "新泰市教体局报送活动周方案、专栏及联络员",
        "市局职成高教科：\n\n    附件一是我市2020年职业教育活动周实施方案，附件二是报送信息表"
        "（宣传专栏地址、联络员信息均在表内）。请审阅。\n\n新泰市教育和体育局职成教科\n"
        "2020年11月4日\n\n\nxtsjtj_zcjk@ta.shandong.cn",
        [
            plan(u, "lo-doc", "附件1：新泰市2020年职业教育活动周实施方案.doc"),
            contact_book(
                u,
                url,
                [
                    "新泰市教育和体育局",
                    "王喆",
                    "职成教科副科长",
                    "13605382219",
                    "wangzhe_xt@126.com",
                ],
                "附件2：报送信息表.xlsx",
            ),
        ],
        column_url=url,
        liaison=person(u.name, "王喆", "职成教科副科长", "wangzhe_xt@126.com", "13605382219"),
        note="the column only as the target of a 点击访问 hyperlink cell",
    )
    y = Unit("xtyzz", "新泰市第一职业中等专业学校", "新泰一职专", "xtyzz_xb@163.com")
    inner = Mail(
        "xtyzz-inner-plan",
        t("11-05 20:12"),
        "xtyzz_xb@163.com",
        "新泰一职专办公室",
        "新泰一职专活动周方案",
        "教体局职成科：\n  我校活动周实施方案已经校长办公会审定，请审核后转报市局。\n"
        "新泰市第一职业中专\n",
        client="foxmail",
        to="xtsjtj_zcjk@ta.shandong.cn",
    )
    send(
        b,
        u,
        "11-06 08:47",
        "foxmail",
        "转发：新泰一职专活动周方案",
        "职成高教科：\n    转发新泰市第一职业中等专业学校活动周实施方案，该校昨晚报来，请审核。\n"
        "新泰市教体局职成教科",
        [plan(y, "lo-docx", "新泰市第一职业中等专业学校2020年职业教育活动周实施方案.docx")],
        forward=inner,
        note="the school's plan forwarded as message/rfc822 on 11-06: late for xtyzz",
    )
    send(
        b,
        u,
        "11-09 10:03",
        "foxmail",
        "新泰市活动周宣传稿",
        "职成高教科：\n    报送活动周宣传稿两篇。\n新泰市教体局职成教科",
        arts(u, [0, 2], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-11 15:40",
        "foxmail",
        "新泰活动周稿件（记事本、rtf各一篇）",
        "职成高教科：\n    两篇稿件，一篇是txt格式，一篇是rtf格式，老同志用写字板写的，请谅解。\n"
        "新泰市教体局职成教科",
        [art(u, 3, "txt-gbk", "txt"), art(u, 7, "lo-rtf", "rtf")],
        note="a GBK .txt article and an .rtf article",
    )
    send(
        b,
        u,
        "11-13 16:55",
        "foxmail",
        "新泰活动周稿件（补）",
        "职成高教科：\n    再报一篇，"
        "另外11月9日那篇《新泰市教体局“云上活动周”正式启动》重新发一下，之前的配图有误。\n"
        "新泰市教体局职成教科",
        [art(u, 11, "lo-docx", "docx"), art(u, 0, "lo-docx", "docx")],
        note="one new article; one resent (counts once)",
    )
    send(
        b,
        u,
        "11-16 16:30",
        "foxmail",
        "新泰市活动周总结及统计表",
        "职成高教科：\n    总结（PDF，已盖章）和统计表请查收。\n新泰市教体局职成教科",
        [
            summary(u, "lo-pdf", "新泰市职业教育活动周总结（盖章版）.pdf", 301),
            stats(u, "second-sheet", "新泰市活动周统计表.xlsx", 301),
        ],
    )


def feicheng(b: Builder, u: Unit) -> None:
    """Thunderbird (UTF-8 8bit, RFC 2231 names): English labels; a raw Chinese path; a WPS-
    style plan with its title in a text box; the fifth article at 23:30 on 11-14; summary
    and table on 11-17 (late)."""
    url = "http://www.fcjy.cn/html/职教活动周/"
    plan_doc = Doc(
        "docx-odd",
        [
            ["textbox", ["肥城市教育和体育局", "2020年职业教育活动周实施方案"]],
            *[["p", p] for p in texts.plan_paras(u.name)],
        ],
    )

    send(
        b,
        u,
        "11-05 17:20",
        "thunderbird",
        "肥城市教体局 活动周方案+专栏+联络员",
        "职成高教科：\n\n肥城市活动周方案见附件（WPS编辑）。\n\n活动周专栏：" + url + "\n\n"
        "联络员 / Liaison\nName: 赵振华\nTitle: 职成科副科长\nTel: 0538-3213317\n"
        "Mobile: 158 6380 2291\nE-mail: zhaozh@fcjy.cn\n\n-- \n肥城市教育和体育局 职成科",
        [
            F(
                "肥城市2020年职业教育活动周实施方案.docx",
                plan_doc,
                "plan",
                u.id,
                note="title in a text box",
            )
        ],
        column_url=url,
        liaison=person("", "赵振华", "职成科副科长", "zhaozh@fcjy.cn", "15863802291"),
        note="English labels; raw Chinese path; mobile split by spaces",
    )
    for when, idxs, subj in (
        ("11-09 20:05", [1, 3], "肥城市活动周宣传稿（1-2）"),
        ("11-12 08:40", [6, 9], "肥城市活动周宣传稿（3-4）"),
        ("11-14 23:30", [15], "肥城市活动周宣传稿（5）"),
    ):
        send(
            b,
            u,
            when,
            "thunderbird",
            subj,
            f"职成高教科：\n\n附件为宣传稿{len(idxs)}篇。\n\n-- \n肥城市教育和体育局 职成科 赵振华",
            arts(u, idxs, "lo-docx", "docx"),
        )
    send(
        b,
        u,
        "11-17 09:05",
        "thunderbird",
        "肥城市活动周总结和统计表（迟报，抱歉）",
        "职成高教科：\n\n因统计数据汇总晚了一天，现补报总结和统计表，抱歉。\n\n-- \n"
        "肥城市教育和体育局 职成科",
        [
            summary(u, "lo-odt", "肥城市活动周总结.odt", 401),
            stats(u, "merged", "肥城市活动周情况统计表.xlsx", 401),
        ],
        note="a day late",
    )


def ningyang(b: Builder, u: Unit) -> None:
    """QQ邮箱 iPhone app from a QQ-number address: the column is a WeChat account only
    (partial); five WeChat article links over two mails; the table in a second mail."""
    send(
        b,
        u,
        "11-04 10:18",
        "qqmobile",
        "宁阳县教体局活动周方案",
        "市教育局职成高教科：\n宁阳县活动周实施方案见附件。\n"
        "我局活动周宣传依托“宁阳教育”微信公众号开展，"
        "不再单独开设网站专栏。\n联络员：孙立强  职务：职成股股长  电话：13605387712  "
        "邮箱：2853107741@qq.com\n宁阳县教育和体育局职成股",
        [plan(u, "python-docx", "宁阳县2020年职教活动周方案.docx")],
        wechat_only=True,
        liaison=person("", "孙立强", "职成股股长", "2853107741@qq.com", "13605387712"),
        note="WeChat public account only: column partial; the liaison's email is the QQ-number box",
    )
    first = [f"https://mp.weixin.qq.com/s/NyJt{c}kQ2x8pLw0aZr4Vb" for c in "ABC"]
    second = [f"https://mp.weixin.qq.com/s/NyJt{c}kQ2x8pLw0aZr4Vb" for c in "DE"]
    send(
        b,
        u,
        "11-10 21:37",
        "qqmobile",
        "宁阳活动周微信推文",
        "职成高教科：活动周推文三篇\n" + "\n".join(first) + "\n宁阳县教体局职成股 孙立强",
        article_links=first,
    )
    send(
        b,
        u,
        "11-13 12:02",
        "qqmobile",
        "宁阳活动周微信推文（续）",
        "职成高教科：续报两篇\n" + "\n".join(second) + "\n孙立强",
        article_links=second,
    )
    send(
        b,
        u,
        "11-16 11:00",
        "qqmobile",
        "宁阳县活动周总结",
        "职成高教科：总结先报上，统计表下午报。\n孙立强",
        [summary(u, "python-docx", "宁阳县职业教育活动周总结.docx", 501)],
    )
    send(
        b,
        u,
        "11-16 17:48",
        "qqmobile",
        "宁阳县活动周统计表",
        "职成高教科：统计表请查收。\n孙立强",
        [stats(u, "merged", "宁阳县统计表.xlsx", 501)],
    )
