"""Schools (colleges and the two technical schools) for set7; docstrings name the shapes."""

from __future__ import annotations

from .build import Builder, F, person, send
from .counties import art
from .make import EVENTS, compilation, plan, stats, summary
from .mime import outlook_html
from .units import U


def tavtc(b: Builder) -> None:
    """Outlook 2016; a signature with 办公电话 | 手机 +86 | 邮箱; articles as a docx with
    photos, a PDF, a WeChat link and pasted in the HTML body; a 更正版 resend of the same
    file (counts once); statistics with two header rows."""
    u = U["tavtc"]
    sig = (
        "\n\n泰安职业技术学院 党委宣传部 副部长 周建国\n"
        "办公电话：0538-6229071 | 手机：+86 138 5380 2291 | 邮箱：zhoujg@tavtc.edu.cn"
    )
    send(
        b,
        u,
        "11-02 14:00",
        "outlook",
        "泰安职业技术学院职业教育活动周实施方案及专栏地址",
        "市教育局职成高教科：\n\n您好！我院活动周实施方案（PDF）见附件，"
        "活动周专题网站：https://www.tavtc.edu.cn/zjhdz2020/ ，联络员为我本人。" + sig,
        [
            F(
                "泰安职业技术学院2020年职业教育活动周实施方案.pdf",
                plan(
                    u.name,
                    "lo-pdf",
                    "全面展示“双高”建设成果。",
                    ["云上校园开放日", "大国工匠进校园", "社区技能服务", "职教扶贫成果展"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="https://www.tavtc.edu.cn/zjhdz2020/",
        liaison=person(
            "泰安职业技术学院", "周建国", "副部长", "zhoujg@tavtc.edu.cn", "13853802291"
        ),
    )
    send(
        b,
        u,
        "11-08 10:00",
        "outlook",
        "泰安职院活动周稿件：云上校园开放日",
        "稿件及现场图片见附件。" + sig,
        [
            art(
                "tavtc",
                "泰安职院云上校园开放日.docx",
                "python-docx-img",
                EVENTS[0],
                "11月8日",
                3,
                31,
            )
        ],
    )
    send(
        b,
        u,
        "11-09 15:20",
        "outlook",
        "泰安职院稿件（PDF）",
        "大国工匠进校园稿件一篇。" + sig,
        [
            art(
                "tavtc",
                "大国工匠进校园 工匠精神代代传.pdf",
                "lo-pdf",
                "大国工匠进校园 工匠精神代代传",
                "11月9日",
            )
        ],
    )
    send(
        b,
        u,
        "11-10 11:00",
        "outlook",
        "泰安职院微信报道",
        "我院公众号报道：泰安职院师生走进社区开展技能服务 https://mp.weixin.qq.com/s/Tv2cQ9mLx4RbZ8nJw3kHpA"
        + sig,
        article_links=["https://mp.weixin.qq.com/s/Tv2cQ9mLx4RbZ8nJw3kHpA"],
    )
    body = (
        "市局：稿件如下，不另附文件。\n\n职教扶贫结硕果 山村果园变“金园”\n"
        "11月10日，泰安职院园艺技术专业的师生再次来到帮扶村的果园，手把手教果农修剪、嫁接和病虫害防治。"
        "三年来，学院在这个村建起了示范果园，果农亩均增收两千余元。“学院的老师比亲戚还亲。”果农老张说。"
        "学院有关负责人表示，将继续发挥专业优势，把论文写在田野上。" + sig
    )
    send(
        b,
        u,
        "11-11 17:40",
        "outlook",
        "泰安职院稿件：职教扶贫结硕果",
        body,
        html=outlook_html(body),
        body_article=True,
        note="article pasted in the Outlook HTML body",
    )
    send(
        b,
        u,
        "11-12 09:10",
        "outlook",
        "【更正版】泰安职院活动周稿件：云上校园开放日",
        "8日报送的稿件中有一处数据错误，现报送更正版，以此为准。" + sig,
        [
            art(
                "tavtc",
                "泰安职院云上校园开放日.docx",
                "python-docx-img",
                EVENTS[0] + "（更正）",
                "11月8日",
                3,
                31,
            )
        ],
        note="the same file name again: counts once",
    )
    send(
        b,
        u,
        "11-13 16:00",
        "outlook",
        "泰安职院稿件：毕业生返校讲述创业故事",
        "稿件一篇。" + sig,
        [art("tavtc", "毕业生返校讲述就业创业故事.docx", "lo-docx", EVENTS[8], "11月12日")],
    )
    send(
        b,
        u,
        "11-15 16:00",
        "outlook",
        "泰安职业技术学院活动周总结报告及统计表",
        "总结报告及统计表见附件。" + sig,
        [
            F(
                "泰安职业技术学院职业教育活动周总结报告.docx",
                summary(
                    u.name,
                    "lo-docx",
                    ["举办云上开放日", "开展社区服务10场"],
                    "网络浏览量5.2万人次。",
                ),
                "summary",
                u.id,
            ),
            F(
                "泰安职业技术学院活动周情况统计表.xlsx",
                stats(u.name, "two-header", [8, 10, 2, 10, 3200, 2600, 18, 52000]),
                "statistics",
                u.id,
            ),
        ],
    )


def tsvtc(b: Builder) -> None:
    """iPhone Mail: a subject that is only the file name, 发自我的iPhone; column and liaison
    in a second mail minutes later; five WeChat links over two mails; RFC 2231 names."""
    u = U["tsvtc"]
    name = "泰山职业技术学院2020年职业教育活动周工作方案.docx"
    send(
        b,
        u,
        "11-04 20:15",
        "iphone",
        name,
        "请查收\n\n发自我的iPhone",
        [
            F(
                name,
                plan(
                    u.name,
                    "python-docx",
                    "突出“智能制造”特色。",
                    ["智能制造实训中心开放", "技能大赛选手展示", "社区志愿服务"],
                ),
                "plan",
                u.id,
            )
        ],
        note="subject is only the file name",
    )
    send(
        b,
        u,
        "11-04 20:22",
        "iphone",
        "补充：专栏地址和联络员",
        "专栏：https://www.tsvtc.edu.cn/hdz/\n"
        "联络员：马琳 宣传部科员 18653807719 邮箱 malin@tsvtc.edu.cn\n\n发自我的iPhone",
        column_url="https://www.tsvtc.edu.cn/hdz/",
        liaison=person("", "马琳", "宣传部科员", "malin@tsvtc.edu.cn", "18653807719"),
    )
    send(
        b,
        u,
        "11-10 21:05",
        "iphone",
        "泰山职院稿件链接",
        """1.泰山职院智能制造实训中心向市民开放 https://mp.weixin.qq.com/s/Sv1aB2cD3eF4gH5iJ6kL7m
2.技能大赛获奖选手分享成长经历 https://mp.weixin.qq.com/s/Sv8nO9pQ0rS1tU2vW3xY4z
3.泰山职院志愿者走进社区 https://mp.weixin.qq.com/s/Sv5aZ6bY7cX8dW9eV0fU1t

发自我的iPhone""",
        article_links=[
            "https://mp.weixin.qq.com/s/Sv1aB2cD3eF4gH5iJ6kL7m",
            "https://mp.weixin.qq.com/s/Sv8nO9pQ0rS1tU2vW3xY4z",
            "https://mp.weixin.qq.com/s/Sv5aZ6bY7cX8dW9eV0fU1t",
        ],
    )
    send(
        b,
        u,
        "11-12 19:40",
        "iphone",
        "稿件链接2",
        """泰山职院举办校企合作签约仪式 https://mp.weixin.qq.com/s/Sv2gT3hS4iR5jQ6kP7lO8n
泰山职院工匠精神宣讲报告会 https://mp.weixin.qq.com/s/Sv9mN0lM1kL2jK3iJ4hI5g

发自我的iPhone""",
        article_links=[
            "https://mp.weixin.qq.com/s/Sv2gT3hS4iR5jQ6kP7lO8n",
            "https://mp.weixin.qq.com/s/Sv9mN0lM1kL2jK3iJ4hI5g",
        ],
    )
    send(
        b,
        u,
        "11-16 12:30",
        "iphone",
        "泰山职院活动周总结和统计表",
        "见附件\n\n发自我的iPhone",
        [
            F(
                "泰山职业技术学院活动周总结.pdf",
                summary(u.name, "lo-pdf", ["开放实训中心3天", "社区服务6场"], "参与师生2800人次。"),
                "summary",
                u.id,
            ),
            F(
                "统计表-泰山职院.xlsx",
                stats(u.name, "plain", [4, 8, 3, 6, 2800, 1500, 12, 26000]),
                "statistics",
                u.id,
            ),
        ],
    )


def sdfzxy(b: Builder) -> None:
    """Outlook for Mac; 联系人 with 座机 and 手机 on separate lines; the column URL followed by
    '。'; a question with no files; a five-article PDF compilation; a transposed statistics
    table (openpyxl)."""
    u = U["sdfzxy"]
    send(
        b,
        u,
        "11-05 16:50",
        "outlook-mac",
        "山东服装职业学院报送活动周方案",
        """市教育局职成高教科：
我院2020年职业教育活动周方案见附件。专栏网址：https://www.sdfzxy.edu.cn/zjhdz.htm。

联系人：孟凡婷（宣传统战部干事）
座机：0538-8512306
手机：13793821645
邮箱：mengft@sdfzxy.edu.cn""",
        [
            F(
                "山东服装职业学院职业教育活动周方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "以服装设计展演为特色。",
                    ["毕业作品秀", "非遗刺绣体验", "云上招生宣传"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="https://www.sdfzxy.edu.cn/zjhdz.htm",
        liaison=person("", "孟凡婷", "宣传统战部干事", "mengft@sdfzxy.edu.cn", "13793821645"),
        note="URL followed by 。",
    )
    send(
        b,
        u,
        "11-10 08:45",
        "outlook-mac",
        "咨询：宣传稿件是否需要加盖公章",
        "老师您好，请问活动周宣传稿件报送时是否需要加盖学校公章？谢谢！\n孟凡婷 13793821645",
        note="a question, no files",
    )
    send(
        b,
        u,
        "11-12 17:15",
        "outlook-mac",
        "山东服装职业学院活动周宣传稿件汇编",
        "稿件汇编（5篇）见附件。\n孟凡婷",
        [
            F(
                "山东服装职业学院活动周宣传稿件汇编.pdf",
                compilation(
                    "lo-pdf",
                    "山东服装职业学院",
                    [
                        EVENTS[12],
                        "非遗刺绣体验课走进中学",
                        "云上招生宣讲会",
                        EVENTS[14],
                        "服装专业师生为社区居民免费修改衣物",
                    ],
                    "11月8日至12日",
                ),
                "article",
                u.id,
                count=5,
            )
        ],
    )
    send(
        b,
        u,
        "11-16 15:10",
        "outlook-mac",
        "山东服装职业学院活动周总结、统计表",
        "总结、统计表见附件。\n孟凡婷",
        [
            F(
                "山东服装职业学院活动周总结.docx",
                summary(
                    u.name,
                    "python-docx",
                    ["毕业作品秀2场", "刺绣体验课4次"],
                    "网络浏览量3万余人次。",
                ),
                "summary",
                u.id,
            ),
            F(
                "山东服装职业学院统计表.xlsx",
                stats(u.name, "transposed", [6, 6, 1, 4, 1500, 800, 10, 31000]),
                "statistics",
                u.id,
            ),
        ],
        note="transposed statistics (openpyxl)",
    )


def lmkj(b: Builder) -> None:
    """Huawei Email on Android (发自我的华为手机); raw UTF-8 and RFC 2231 file names with no
    name=; a liaison without email (partial); the column on 11-09 (late), written without a
    space before it and a '，' after."""
    u = U["lmkj"]
    send(
        b,
        u,
        "11-04 12:10",
        "android",
        "力明学院活动周方案",
        "活动周方案见附件。联系人：韩雪 组织宣传部干事 电话13954867320\n\n发自我的华为手机",
        [
            F(
                "力明学院职业教育活动周实施方案.docx",
                plan(
                    u.name, "python-docx", "突出中医药特色。", ["中医药文化体验", "护理技能进社区"]
                ),
                "plan",
                u.id,
                style="raw-utf8",
            )
        ],
        liaison=person("", "韩雪", "组织宣传部干事", "", "13954867320"),
        note="raw UTF-8 file name; liaison without email",
    )
    send(
        b,
        u,
        "11-09 10:30",
        "android",
        "力明学院专栏及稿件",
        "我院活动周专栏地址http://www.sdlmkj.com/zjhdz/，稿件一篇见附件。\n\n发自我的华为手机",
        [
            art(
                "lmkj",
                "中医药文化体验走进社区.docx",
                "python-docx-img",
                "中医药文化体验走进社区",
                "11月8日",
                2,
                41,
            )
        ],
        column_url="http://www.sdlmkj.com/zjhdz/",
        note="column late; URL followed by ，",
    )
    send(
        b,
        u,
        "11-11 13:00",
        "android",
        "稿件两篇",
        "\n\n发自我的华为手机",
        [
            F(
                "护理技能进社区.docx",
                article("python-docx", "护理技能进社区", u.short, "11月10日"),
                "article",
                u.id,
                style="rfc2231-utf8",
            ),
            F(
                "力明学院举办职业技能展示周.docx",
                article("python-docx", "力明学院举办职业技能展示周", u.short, "11月11日"),
                "article",
                u.id,
                style="rfc2231-utf8",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 09:20",
        "android",
        "稿件",
        "\n\n发自我的华为手机",
        [
            art("lmkj", "推拿技艺公益体验.pdf", "lo-pdf", "推拿技艺公益体验", "11月12日"),
            art("lmkj", "中药识别大赛.pdf", "lo-pdf", "中药识别大赛", "11月12日"),
        ],
    )
    send(
        b,
        u,
        "11-16 14:00",
        "android",
        "总结 统计表",
        "\n\n发自我的华为手机",
        [
            F(
                "力明学院活动周总结.docx",
                summary(u.name, "lo-docx", ["中医药体验4场"], "服务群众800人次。"),
                "summary",
                u.id,
                style="raw-utf8",
            ),
            F(
                "力明学院统计表.xlsx",
                stats(u.name, "plain", [3, 5, 1, 4, 700, 800, 6, 9000]),
                "statistics",
                u.id,
                style="raw-utf8",
            ),
        ],
    )


def article(producer: str, head: str, unit: str, date: str):  # type: ignore[no-untyped-def]
    """The make module's article, for names that need a style."""
    from .make import article as mk

    return mk(producer, head, unit, date)


def build(b: Builder) -> None:
    """Every story of this module and schools1b."""
    from . import schools1b

    tavtc(b)
    tsvtc(b)
    sdfzxy(b)
    lmkj(b)
    schools1b.build(b)
