"""宁阳, 东平 and 高新区 for set7; each story's docstring names its shapes."""

from __future__ import annotations

from .build import Builder, F, person, send, t
from .counties import art
from .make import article, plan, stats, summary
from .mime import Mail
from .units import REMIND_1104, U, foxmail_quote


def ningyang(b: Builder) -> None:
    """Foxmail; the answer above a Foxmail quote of the city's reminder, whose text names a
    dozen other units; the column inside 【】 text and followed by '，'; plan, column and
    liaison on 11-06 (late); a docx whose name is raw GBK bytes; two WeChat links; an
    article in the body and a PDF; statistics with two header rows (merged)."""
    u = U["ningyang"]
    send(
        b,
        u,
        "11-06 09:40",
        "foxmail",
        "回复：关于报送活动周方案、专栏地址和联络员的提示",
        """市教育局职成高教科：
    因我局负责同志外出学习，材料迟报，请谅解。宁阳县活动周方案见附件。
    【活动周专栏】http://www.nyjy.gov.cn/hdz/，请审核。

联系人：李建华  职务：职成教科科长
座机：0538-5621347  手机：13562887105
邮箱：nyxjtj_zcjy@163.com"""
        + foxmail_quote(
            REMIND_1104,
            "关于报送活动周方案、专栏地址和联络员的提示",
            "2020-11-04 16:20",
            "各县市区教体局；各职业院校",
        ),
        [
            F(
                "宁阳县2020年职业教育活动周实施方案.docx",
                plan(
                    u.name,
                    "lo-docx",
                    "突出“技能助力乡村振兴”。",
                    ["宁阳职专开放日", "蟋蟀文化与电商直播培训", "农机维修进乡村"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.nyjy.gov.cn/hdz/",
        liaison=person("", "李建华", "职成教科科长", "nyxjtj_zcjy@163.com", "13562887105"),
        note="late; answer above a quote naming other units",
    )
    send(
        b,
        u,
        "11-09 11:20",
        "foxmail",
        "宁阳县活动周稿件",
        "稿件一篇，请查收。\n李建华",
        [
            F(
                "宁阳职专农机维修进乡村.docx",
                article("python-docx", "宁阳职专农机维修进乡村", "宁阳县", "11月8日"),
                "article",
                u.id,
                style="raw-gbk",
                note="file name as raw GBK bytes",
            )
        ],
    )
    send(
        b,
        u,
        "11-11 10:05",
        "foxmail",
        "宁阳县活动周微信报道2篇",
        """宁阳教育公众号：
《宁阳县职业教育活动周启动仪式举行》https://mp.weixin.qq.com/s/Ny0aQ3bXc7VmR2tLp9sKdw
《职教学子直播带货助农增收》https://mp.weixin.qq.com/s/Ny5gH8jPq2WxT6eCv1bZoA""",
        article_links=[
            "https://mp.weixin.qq.com/s/Ny0aQ3bXc7VmR2tLp9sKdw",
            "https://mp.weixin.qq.com/s/Ny5gH8jPq2WxT6eCv1bZoA",
        ],
    )
    send(
        b,
        u,
        "11-13 16:10",
        "foxmail",
        "宁阳县活动周稿件（第三批）",
        """市局：
第三批稿件两篇，一篇见附件，一篇如下：

宁阳职专学子为环卫工人送上热饺子
11月12日清晨，宁阳职专烹饪专业的师生早早来到县城环卫工人休息点，把刚出锅的热饺子送到环卫工人手中。“天冷了，吃口热乎的。”烹饪专业的王老师说。活动中，学生们还为环卫工人表演了面点技艺，现场其乐融融。这是宁阳职专活动周“技能服务暖人心”系列活动之一。

宁阳县教体局职成教科""",
        [
            art(
                "ningyang",
                "宁阳县职教中心开放实训车间.pdf",
                "lo-pdf",
                "宁阳县职教中心开放实训车间",
                "11月12日",
            )
        ],
        body_article=True,
    )
    send(
        b,
        u,
        "11-16 09:30",
        "foxmail",
        "宁阳县活动周总结、统计表",
        "总结和统计表见附件，请审阅。\n李建华 13562887105",
        [
            F(
                "宁阳县职业教育活动周总结.docx",
                summary(u.name, "lo-docx", ["开放日2场", "技能下乡7次"], "受益群众1400人次。"),
                "summary",
                u.id,
            ),
            F(
                "宁阳县职业教育活动周情况统计表.xlsx",
                stats("宁阳县教育和体育局", "two-header", [3, 7, 2, 7, 900, 1400, 8, 12000]),
                "statistics",
                u.id,
            ),
        ],
        note="statistics with two header rows",
    )


def _dpzz_mail() -> Mail:
    """东平职专's mail to its county, which 东平县教体局 forwards as an attachment."""
    d = U["dpzz"]
    return Mail(
        "dpzz-to-dongping-1109",
        t("11-09 17:45"),
        d.email,
        "东平职专办公室",
        "东平职专活动周稿件",
        "县局职成科：\n我校活动周稿件一篇，请审核后报市局。\n东平职专办公室\n",
        "",
        "foxmail",
        "1938472056@qq.com",
    )


def dongping(b: Builder) -> None:
    """QQ mail web (GB18030); a column URL with a %-encoded Chinese path; a 138-0538-xxxx
    mobile; a school's article forwarded as message/rfc822 (credits 东平职专); a 更正版
    statistics table after the first one (以此为准)."""
    u = U["dongping"]
    send(
        b,
        u,
        "11-03 14:30",
        "qqweb",
        "东平县教体局 活动周方案",
        """市教育局职成高教科：
  东平县职业教育活动周方案见附件（Word 97格式）。
  宣传专栏：http://www.dpxjy.cn/%E4%B8%93%E6%A0%8F/2020/
  联络员：东平县教体局职成教科 刘洪涛，副科长，手机138-0538-6621，邮箱1938472056@qq.com""",
        [
            F(
                "东平县职业教育活动周方案.doc",
                plan(
                    u.name,
                    "lo-doc",
                    "结合水浒文化开展职业体验。",
                    ["东平职专开放日", "湖区渔民技能培训", "职业体验进中小学"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="http://www.dpxjy.cn/%E4%B8%93%E6%A0%8F/2020/",
        liaison=person("东平县教体局", "刘洪涛", "副科长", "1938472056@qq.com", "13805386621"),
        note="percent-encoded Chinese path",
    )
    send(
        b,
        u,
        "11-10 10:30",
        "qqweb",
        "东平县活动周稿件2篇",
        "稿件两篇见附件。\n刘洪涛",
        [
            art(
                "dongping",
                "湖区渔民技能培训班开班.docx",
                "python-docx",
                "湖区渔民技能培训班开班",
                "11月9日",
            ),
            art(
                "dongping",
                "职业体验走进东平县实验小学.docx",
                "python-docx",
                "职业体验走进东平县实验小学",
                "11月10日",
            ),
        ],
    )
    dp = U["dpzz"]
    inner = _dpzz_mail()
    send(
        b,
        u,
        "11-12 08:50",
        "qqweb",
        "转发：东平职专活动周稿件",
        "市局：转发东平职专稿件一篇。\n东平县教体局 刘洪涛",
        [
            F(
                "东平职专数控专业开放实训车间.docx",
                article("lo-docx", "东平职专数控专业开放实训车间", dp.short, "11月9日"),
                "article",
                "dpzz",
            )
        ],
        forward=inner,
        note="forward as message/rfc822: the article is 东平职专's",
    )
    send(
        b,
        u,
        "11-14 20:10",
        "qqweb",
        "东平县活动周稿件（最后一批）",
        """市局：
最后一批：附件一篇，另有两篇已在东平教育网发布：
东平县举办“工匠精神”宣讲报告会 http://www.dpxjy.cn/art/2020/11/13/art_1021_55870.html
东平职教学子走进社区义务理发 http://www.dpxjy.cn/art/2020/11/14/art_1021_55902.html""",
        [
            art(
                "dongping",
                "东平县职业教育活动周开幕.docx",
                "lo-docx",
                "东平县职业教育活动周开幕",
                "11月8日",
            )
        ],
        article_links=[
            "http://www.dpxjy.cn/art/2020/11/13/art_1021_55870.html",
            "http://www.dpxjy.cn/art/2020/11/14/art_1021_55902.html",
        ],
    )
    send(
        b,
        u,
        "11-16 09:00",
        "qqweb",
        "东平县活动周总结及统计表",
        "总结和统计表见附件。",
        [
            F(
                "东平县活动周总结.docx",
                summary(u.name, "python-docx", ["开放日2场", "渔民培训3期"], "培训渔民300余人。"),
                "summary",
                u.id,
            ),
            F(
                "东平县统计表.xlsx",
                stats("东平县教育和体育局", "plain", [2, 6, 2, 4, 700, 650, 9, 8800]),
                "statistics",
                u.id,
            ),
        ],
    )
    send(
        b,
        u,
        "11-16 15:30",
        "qqweb",
        "东平县统计表（更正版，以此为准）",
        "上午报送的统计表中宣传报道篇数有误，现报更正版，以此为准。",
        [
            F(
                "东平县统计表（更正版）.xlsx",
                stats("东平县教育和体育局", "plain", [2, 6, 2, 4, 700, 650, 11, 8800]),
                "statistics",
                u.id,
            )
        ],
        note="corrected statistics; the first already counted",
    )


def gaoxin(b: Builder) -> None:
    """Thunderbird (UTF-8 flowed, RFC 2231 names); a bare-domain column address without www
    or http; the liaison's email a day later (contact late); three articles (partial); no
    statistics table."""
    u = U["gaoxin"]
    send(
        b,
        u,
        "11-05 11:00",
        "thunderbird",
        "高新区职业教育活动周方案",
        """市教育局职成高教科：

高新区活动周方案见附件。活动周专栏设在区社会事业局网站：jyj.tagxq.gov.cn/zjhdz/
联络员：高新区社会事业局 陈晓，教育办干事，电话 13468012569

泰安高新区社会事业局""",
        [
            F(
                "高新区2020年职业教育活动周方案.docx",
                plan(
                    u.name,
                    "python-docx",
                    "依托区内企业开展职业体验。",
                    ["企业开放日", "职业启蒙进小学"],
                ),
                "plan",
                u.id,
            )
        ],
        column_url="jyj.tagxq.gov.cn/zjhdz/",
        liaison=person("高新区社会事业局", "陈晓", "教育办干事", "", "13468012569"),
        note="bare domain without http or www; liaison without email",
    )
    send(
        b,
        u,
        "11-06 09:15",
        "thunderbird",
        "补充联络员邮箱",
        "市局：昨天漏报联络员邮箱，陈晓的邮箱是 chenxiao_gx@163.com 。\n高新区社会事业局",
        liaison=person("", "陈晓", "", "chenxiao_gx@163.com", ""),
        note="the email completes the liaison a day late",
    )
    send(
        b,
        u,
        "11-10 14:00",
        "thunderbird",
        "高新区活动周稿件",
        "稿件两篇。",
        [
            art(
                "gaoxin",
                "高新区企业开放日迎来职校学生.docx",
                "python-docx",
                "高新区企业开放日迎来职校学生",
                "11月9日",
            ),
            art(
                "gaoxin",
                "职业启蒙进高新区实验学校.docx",
                "python-docx",
                "职业启蒙进高新区实验学校",
                "11月10日",
            ),
        ],
    )
    send(
        b,
        u,
        "11-13 10:20",
        "thunderbird",
        "高新区稿件",
        "一篇。",
        [
            art(
                "gaoxin",
                "高新区举办技能人才座谈会.pdf",
                "lo-pdf",
                "高新区举办技能人才座谈会",
                "11月12日",
            )
        ],
    )
    send(
        b,
        u,
        "11-16 16:00",
        "thunderbird",
        "高新区活动周总结",
        "总结见附件，统计表正在汇总，随后报送。",
        [
            F(
                "高新区职业教育活动周总结.docx",
                summary(u.name, "python-docx", ["企业开放日2次"], "参与学生400余人次。"),
                "summary",
                u.id,
            )
        ],
        note="no statistics ever comes",
    )


def build(b: Builder) -> None:
    """Every county story of this module."""
    ningyang(b)
    dongping(b)
    gaoxin(b)
