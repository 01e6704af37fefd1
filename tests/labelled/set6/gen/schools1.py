"""What seven of the schools send (each story's docstring names its shapes)."""

from __future__ import annotations

from . import texts
from .build import Builder, F, Unit, person, send
from .docs import Doc
from .kit import art, arts, body_article, bundle, photo, plan, stats, summary, zipf

OCTET = "application/octet-stream"


def tavtc(b: Builder, u: Unit) -> None:
    """Outlook 2016 sending every file as application/octet-stream; a business card with
    T/M/E letters and | separators; a question with no files."""
    card = (
        "\n--------------------------------\n黄晓东 | 党委宣传部副部长\n泰安职业技术学院\n"
        "T 0538-6225566 | M 135 6282 6618 | E huangxd@tavtc.edu.cn\n"
        "泰安市泰山区灵山大街东段 | www.tavtc.edu.cn"
    )
    send(
        b,
        u,
        "11-02 14:10",
        "outlook",
        "泰安职业技术学院2020年职业教育活动周实施方案",
        "尊敬的职成高教科领导：\n\n您好！我院活动周实施方案（PDF）随信附上。活动周专题网站："
        "https://www.tavtc.edu.cn/zjhdz/ ，活动周期间每日更新。\n活动周联络员为我部黄晓东同志，"
        "联系方式见下。\n\n顺颂商祺\n" + card,
        [
            F(
                **vars(plan(u, "lo-pdf", "泰安职业技术学院2020年职业教育活动周实施方案.pdf"))
                | {"ctype": OCTET}
            )
        ],
        column_url="https://www.tavtc.edu.cn/zjhdz/",
        liaison=person(u.name, "黄晓东", "党委宣传部副部长", "huangxd@tavtc.edu.cn", "13562826618"),
        note="octet-stream attachment; card with T/M/E letters",
    )
    send(
        b,
        u,
        "11-09 11:20",
        "outlook",
        "泰安职院活动周宣传稿3篇",
        "职成高教科：\n\n附件为我院活动周宣传稿3篇，请审阅。\n" + card,
        [F(**vars(f) | {"ctype": OCTET}) for f in arts(u, [0, 3, 6], "lo-docx", "docx")],
    )
    send(
        b,
        u,
        "11-12 16:45",
        "outlook",
        "泰安职院活动周宣传稿2篇（PDF）",
        "职成高教科：\n\n再报宣传稿2篇。\n" + card,
        [F(**vars(f) | {"ctype": OCTET}) for f in arts(u, [11, 13], "lo-pdf", "pdf")],
    )
    send(
        b,
        u,
        "11-13 09:05",
        "outlook",
        "咨询：活动周总结是否需要盖章",
        "职成高教科：\n\n请问活动周总结报告是否需要加盖公章？统计表有没有统一模板？谢谢！\n" + card,
        note="a question, no files",
    )
    send(
        b,
        u,
        "11-15 10:30",
        "outlook",
        "泰安职院活动周总结及统计表",
        "职成高教科：\n\n我院活动周总结报告及统计表随信附上。\n" + card,
        [
            F(
                **vars(summary(u, "lo-docx", "泰安职业技术学院活动周总结报告.docx", 801))
                | {"ctype": OCTET}
            ),
            F(**vars(stats(u, "lo-xls", "泰安职院活动周情况统计表.xlsx", 801)) | {"ctype": OCTET}),
        ],
    )


def tsvtc(b: Builder, u: Unit) -> None:
    """Foxmail GBK from a 163 box: the plan's unit name only in its header and footer; 办公电话
    and 手机 mixed; a QQ-number email; the column in full-width parentheses; three articles
    pasted into bodies and a docx holding two."""
    send(
        b,
        u,
        "11-04 09:55",
        "foxmail",
        "泰山职院活动周方案",
        "市教育局职成高教科：\n\n    我院2020年职业教育活动周实施方案见附件（专栏地址："
        "http://www.tsvtc.edu.cn/2020zjhdz/）。\n\n"
        "    联系人：宋文杰（党委宣传部干事）\n    办公电话：0538-6368012\n    手机：13792163308\n"
        "    邮箱：857213346@qq.com\n\n泰山职业技术学院党委宣传部\n2020-11-04\n\n\n"
        "xcb_tsvtc@163.com",
        [
            F(
                "2020年职业教育活动周实施方案.docx",
                Doc(
                    "docx-odd",
                    [
                        ["header", "泰山职业技术学院"],
                        ["footer", "泰山职业技术学院党委宣传部 印"],
                        ["h", "2020年职业教育活动周实施方案"],
                        *[["p", p] for p in texts.plan_paras("我院")],
                    ],
                ),
                "plan",
                u.id,
                note="the unit only in the header and footer",
            )
        ],
        column_url="http://www.tsvtc.edu.cn/2020zjhdz/",
        liaison=person("", "宋文杰", "党委宣传部干事", "857213346@qq.com", "13792163308"),
        note="column in full-width parentheses; QQ-number email",
    )
    for when, i in (("11-09 17:32", 1), ("11-10 18:05", 4)):
        send(
            b,
            u,
            when,
            "foxmail",
            "泰山职院活动周稿件：" + texts.article(u.short, i)[0],
            "职成高教科：稿件如下，请审阅。\n\n"
            + body_article(u, i)
            + "\n\n泰山职院党委宣传部 宋文杰",
            body_article=True,
            note="an article pasted into the body",
        )
    send(
        b,
        u,
        "11-11 16:18",
        "foxmail",
        "泰山职院活动周稿件两篇",
        "职成高教科：两篇稿件放在一个文档里了，请审阅。\n\n泰山职院党委宣传部 宋文杰",
        [
            bundle(
                u,
                [7, 9],
                "lo-docx",
                "泰山职院活动周稿件（两篇）.docx",
                "泰山职业技术学院活动周宣传稿",
            )
        ],
    )
    send(
        b,
        u,
        "11-13 10:44",
        "foxmail",
        "泰山职院活动周稿件：" + texts.article(u.short, 15)[0],
        "职成高教科：\n\n" + body_article(u, 15) + "\n\n（泰山职院党委宣传部供稿）",
        body_article=True,
        note="an article pasted into the body",
    )
    send(
        b,
        u,
        "11-16 14:12",
        "foxmail",
        "泰山职院活动周总结、统计表",
        "职成高教科：\n    附件为我院活动周总结及统计表，请查收。\n泰山职院党委宣传部",
        [
            summary(u, "lo-doc", "泰山职业技术学院活动周总结.doc", 901),
            stats(u, "lo-xls", "泰山职业技术学院活动周统计表.xls", 901),
        ],
    )


def tshlxy(b: Builder, u: Unit) -> None:
    """iPhone Mail (QP, Apple-Mail boundaries, RFC 2231 names): the liaison's email comes in
    a second mail the same day; four distinct articles, one resent (partial)."""
    send(
        b,
        u,
        "11-05 08:31",
        "iphone",
        "泰山护理职业学院活动周方案",
        "职成高教科老师您好，我院活动周方案见附件。活动周专栏："
        "http://xcb.tshlxy.edu.cn/zjhdz/list.htm\n"
        "联系人：周蕾 宣传统战部干事 手机13953852207\n\n发自我的iPhone",
        [plan(u, "lo-docx", "泰山护理职业学院职业教育活动周方案.docx")],
        column_url="http://xcb.tshlxy.edu.cn/zjhdz/list.htm",
        liaison=person("", "周蕾", "宣传统战部干事", "", "13953852207"),
        note="no email yet",
    )
    send(
        b,
        u,
        "11-05 14:06",
        "iphone",
        "补充联络员邮箱",
        "职成高教科老师，上午漏写了，联络员周蕾的邮箱是zhoulei_hl@163.com\n泰山护理职业学院\n\n"
        "发自我的iPhone",
        liaison=person(u.name, "周蕾", "", "zhoulei_hl@163.com", ""),
        note="the same liaison's email, before the deadline: contact complete now",
    )
    a = arts(u, [0, 4, 8, 9], "lo-pdf", "pdf")
    send(b, u, "11-09 19:20", "iphone", "护理职院活动周稿件", "稿件两篇\n\n发自我的iPhone", a[:2])
    send(b, u, "11-11 20:02", "iphone", "护理职院活动周稿件", "稿件两篇\n\n发自我的iPhone", a[2:])
    send(
        b,
        u,
        "11-13 21:15",
        "iphone",
        "护理职院活动周稿件（重发）",
        "前天那篇防疫的图片不清楚，重发一下\n\n发自我的iPhone",
        [art(u, 8, "lo-pdf", "pdf")],
        note="a resend of an article already sent: four distinct articles",
    )
    send(
        b,
        u,
        "11-16 16:40",
        "iphone",
        "护理职院活动周总结和统计表",
        "总结和统计表请查收\n泰山护理职业学院宣传统战部\n\n发自我的iPhone",
        [
            summary(u, "lo-pdf", "护理职院活动周总结.pdf", 1001),
            stats(u, "merged", "护理职院活动周统计表.xlsx", 1001),
        ],
    )


def taysxx(b: Builder, u: Unit) -> None:
    """Government Coremail (UTF-8): the plan only as a scanned JPG (a person reads it: plan);
    numbers split by spaces; raw Chinese in a query; a zip of five articles and two photos;
    a table with a 填表人 row."""
    send(
        b,
        u,
        "11-05 16:50",
        "coremail-gov",
        "泰安市文化艺术学校活动周方案（扫描件）",
        "市教育局职成高教科：\n方案已盖章，扫描件见附件。\n宣传专栏："
        "http://www.taysxx.com/news/?type=活动周\n"
        "联系人  于海燕  教务科科长\n电话  0538 8239 016   手机  186 5381 7730\n邮箱  "
        "yuhaiyan_ys@126.com\n"
        "泰安市文化艺术学校",
        [
            F(
                "活动周实施方案（盖章扫描件）.jpg",
                texts.doc_of(
                    "scan-jpg", f"{u.name}2020年职业教育活动周实施方案", texts.plan_paras(u.name)
                ),
                "plan",
                u.id,
                note="a scanned page: a person reads it as the plan",
            )
        ],
        column_url="http://www.taysxx.com/news/?type=活动周",
        liaison=person("", "于海燕", "教务科科长", "yuhaiyan_ys@126.com", "18653817730"),
        note="the plan only as an image",
    )
    m = [
        *arts(u, [1, 5, 7, 10, 12], "lo-docx", "docx"),
        photo(u, "照片1.jpg", 21),
        photo(u, "照片2.jpg", 22),
    ]
    send(
        b,
        u,
        "11-12 15:27",
        "coremail-gov",
        "泰安艺校活动周宣传材料",
        "职成高教科：\n5篇宣传稿和照片打包发送，请查收。\n泰安市文化艺术学校 于海燕",
        [zipf(u, "泰安艺校活动周宣传材料.zip", m)],
        members=m,
        note="a zip with UTF-8 names: five articles and two photos",
    )
    send(
        b,
        u,
        "11-16 10:58",
        "coremail-gov",
        "泰安艺校活动周总结及统计表",
        "职成高教科：\n总结、统计表请查收。\n于海燕",
        [
            summary(u, "lo-docx", "泰安市文化艺术学校活动周总结.docx", 1101),
            stats(
                u,
                "filler",
                "统计表.xlsx",
                1101,
                filler="填表人：孔令辉　　联系电话：13012638875　　填表日期：2020.11.16",
            ),
        ],
        note="填表人 is not the liaison",
    )


def tajtzz(b: Builder, u: Unit) -> None:
    """QQ mail web (GB18030): the column only as an HTML anchor 我校活动周专栏; an article link
    to the school's news page; a teacher's personal mail whose docx names the school only in
    its header."""
    col = "http://www.tajtzz.com/zjhdz2020/index.htm"
    text = (
        "市教育局职成高教科：\n您好！我校活动周实施方案见附件，我校活动周专栏已开通，欢迎指导。\n"
        "联络员：吴建国，办公室主任，手机：13854867321，邮箱：tajtzz@126.com\n"
        "泰安市交通职业中等专业学校办公室"
    )
    html = (
        "<div>市教育局职成高教科：</div><div>您好！我校活动周实施方案见附件，"
        f'<a href="{col}" target="_blank">我校活动周专栏</a>已开通，欢迎指导。</div>'
        "<div>联络员：吴建国，办公室主任，手机：13854867321，邮箱：tajtzz@126.com</div>"
        "<div>泰安市交通职业中等专业学校办公室</div>"
    )
    send(
        b,
        u,
        "11-03 15:40",
        "qqweb",
        "交通职专活动周方案",
        text,
        [plan(u, "lo-docx", "交通职专活动周实施方案.docx")],
        html=html,
        column_url=col,
        liaison=person("", "吴建国", "办公室主任", "tajtzz@126.com", "13854867321"),
        note="the column only as an anchor in the HTML part",
    )
    send(
        b,
        u,
        "11-09 09:12",
        "qqweb",
        "交通职专活动周宣传稿",
        "职成高教科：宣传稿两篇，请审阅。\n泰安交通职专办公室",
        arts(u, [0, 2], "lo-docx", "docx"),
    )
    link = "http://www.tajtzz.com/info/1021/3345.htm"
    send(
        b,
        u,
        "11-10 17:25",
        "qqweb",
        "交通职专活动周报道链接",
        f"职成高教科：我校“网络校园开放日”报道已在学校网站发布：{link}\n泰安交通职专办公室",
        article_links=[link],
        note="a link to an article on the school's site",
    )
    paras = [
        "11月10日，汽车运用与维修专业的师生在泰山广场设立服务点，为市民免费检测车辆。",
        "师生们为八十余辆汽车检查了轮胎、灯光和制动系统，并讲解冬季用车常识。",
        "不少车主说，这样的活动实用、贴心。",
    ]
    send(
        b,
        u,
        "11-10 21:40",
        "coremail",
        "稿件",
        "老师您好，附件是稿件，请查收。\n王丽",
        [
            F(
                "汽修专业师生为市民免费检测车辆.docx",
                Doc(
                    "docx-odd",
                    [
                        ["header", "泰安市交通职业中等专业学校"],
                        ["h", "汽修专业师生为市民免费检测车辆"],
                        *[["p", p] for p in paras],
                    ],
                ),
                "article",
                u.id,
                note="the school named only in the docx header",
            )
        ],
        sender="wangli_1987@163.com",
        sender_name="王丽",
        note="a teacher's personal address; the unit only in the document's header",
    )
    send(
        b,
        u,
        "11-12 11:03",
        "qqweb",
        "交通职专活动周宣传稿",
        "职成高教科：宣传稿两篇。\n泰安交通职专办公室",
        arts(u, [6, 14], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-16 09:48",
        "qqweb",
        "交通职专活动周总结、统计表",
        "职成高教科：总结、统计表请查收。\n泰安交通职专办公室 吴建国",
        [
            summary(u, "lo-docx", "交通职专活动周工作总结.docx", 1201),
            stats(
                u,
                "filler",
                "交通职专活动周统计表.xlsx",
                1201,
                filler="填表人：赵敏　电话：13854867399",
            ),
        ],
    )


def tagczz(b: Builder, u: Unit) -> None:
    """Outlook 2016: an .rtf plan; a phone pair joined by an em dash; a .txt article; a file
    without an extension (octet-stream, docx inside); uppercase .DOCX/.XLSX."""
    send(
        b,
        u,
        "11-04 16:35",
        "outlook",
        "市工程职专活动周实施方案",
        "职成高教科：\n\n我校活动周实施方案报上（RTF格式）。宣传专栏："
        "https://www.tagczz.cn/zjhdz/index.html\n\n"
        "联系人：马  骁（教务处副主任）\n联系方式：0538—8291706 / 15063809927\n电子邮箱："
        "maxiao@tagczz.cn\n\n"
        "泰安市工程职业中等专业学校",
        [plan(u, "lo-rtf", "泰安市工程职业中等专业学校活动周实施方案.rtf")],
        column_url="https://www.tagczz.cn/zjhdz/index.html",
        liaison=person("", "马骁", "教务处副主任", "maxiao@tagczz.cn", "15063809927"),
        note="an RTF plan; a landline and a mobile on one line",
    )
    send(
        b,
        u,
        "11-09 14:20",
        "outlook",
        "工程职专活动周稿件（一）",
        "职成高教科：\n\n稿件一篇（txt）。\n\n马骁",
        [art(u, 0, "txt-gbk", "txt")],
    )
    send(
        b,
        u,
        "11-10 16:02",
        "outlook",
        "工程职专活动周稿件（二）（三）",
        "职成高教科：\n\n稿件两篇。第三篇文件名丢了后缀，用Word打开即可。\n\n马骁",
        [
            art(u, 3, "lo-docx", "docx"),
            art(
                u,
                7,
                "lo-docx",
                "",
                name="活动周宣传稿（三）",
                ctype=OCTET,
                note="no extension: a docx inside",
            ),
        ],
    )
    for when, i in (("11-13 10:10", 11), ("11-14 16:45", 15)):
        send(
            b,
            u,
            when,
            "outlook",
            "工程职专活动周稿件",
            "职成高教科：\n\n稿件一篇，请审阅。\n\n马骁",
            [art(u, i, "lo-docx", "docx")],
        )
    send(
        b,
        u,
        "11-16 17:40",
        "outlook",
        "工程职专活动周总结及统计表",
        "职成高教科：\n\n总结及统计表报上。\n\n泰安市工程职业中等专业学校 马骁",
        [
            summary(u, "lo-docx", "工程职专活动周总结.DOCX", 1301),
            stats(u, "merged", "工程职专活动周统计表.XLSX", 1301),
        ],
        note="uppercase extensions",
    )
