# ruff: noqa: E501  (wording data: Chinese lines are kept whole as the units write them)
"""Set18's follow-ups: questions, corrections of a liaison's address, a column's changed or
re-typed address, links and late pieces (each story's own wording).

daiyue   a question with no files
xintai   the liaison's mailbox corrected after a bounce (126, not 163)
feicheng the column moved to https
jtzz     the column typed out in full after the anchor-only mail
nyzz     a new column address on the line after its label
gaoxin   a sixth article as a link on the 管委会 site
tsqzz    an article from a teacher's QQ box, the school only in the signature and byline
dpzj     a fourth article after 11-14
fczz     a question about the 回执 template
tsvtc    a question whether the column is linked
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .parts import U, article


def stories(b: Builder) -> None:
    """Every follow-up of the set."""
    send(b, U["daiyue"], "11-03 16:05", "foxmail", "咨询：联络员信息填写",
         "职成高教科老师您好：\n    请问联络员联系方式是否需要单独填表？还是写在方案里就可以？\n岱岳区教体局职成科",
         note="a question, nothing delivered")  # fmt: skip
    send(b, U["xintai"], "11-06 08:20", "coremail-gov", "回执邮箱更正",
         "市教育局职成高教科：\n    我局回执中联络员吕振华的邮箱填写有误，应为lvzh_xt@126.com，特此更正。\n新泰市教体局职成教科",
         liaison=person("", "吕振华", "", "lvzh_xt@126.com", ""),
         note="the liaison's email corrected (the 163 address bounced)")  # fmt: skip
    send(b, U["feicheng"], "11-06 15:30", "coremail", "我市活动周专栏地址调整",
         "职成高教科：\n  我市活动周专栏已启用https访问，地址调整为https://www.肥城教体.cn/zjhdz/ ，原http地址仍可访问。\n肥城市教体局 尹学军",
         column_url="https://www.肥城教体.cn/zjhdz/", note="the same column under https")  # fmt: skip
    send(b, U["jtzz"], "11-05 10:40", "qqweb", "Re: 交通职专活动周方案",
         "补充一下，如果上封邮件里的链接打不开，请直接复制以下地址：\nhttp://www.tajtzz.com/html/zt/zjhdz2020/\n徐文涛",
         column_url="http://www.tajtzz.com/html/zt/zjhdz2020/", note="the column typed out in full")  # fmt: skip
    send(b, U["nyzz"], "11-04 09:50", "outlook-mac", "宁阳职专专栏地址变更",
         "市教育局职成高教科：\n我校网站改版，活动周专栏新地址：\nhttp://www.nyzz.net/zt/2020zjz/\n请以此为准。\n宁阳职专教务处 郭晓晨",
         column_url="http://www.nyzz.net/zt/2020zjz/", note="the URL on the line after its label")  # fmt: skip
    send(b, U["gaoxin"], "11-13 10:10", "outlook", "高新区活动周信息链接",
         "另有一篇已在管委会网站发布：http://www.tahtz.gov.cn/art/2020/11/12/art_4521_88761.html\n王磊",
         article_links=["http://www.tahtz.gov.cn/art/2020/11/12/art_4521_88761.html"],
         note="an article as a link")  # fmt: skip
    t = article(
        "python-docx",
        U["tsqzz"].name,
        "美发专业学生的“第一次”",
        "11月11日，泰山区职专美发专业的小刘第一次为社区老人理发。",
        7,
        "（泰山区职专 通讯员 程雪）",
    )
    send(b, U["tsqzz"], "11-12 21:05", "qqweb", "投稿", "冯老师让我直接发给市局的稿子，请查收。\n泰山区职专 程雪",
         [F("美发专业学生的“第一次”.docx", t, "article", "tsqzz")], sender="2537710936@qq.com",
         sender_name="雪", note="a teacher's QQ box; the school only in the signature and the byline")  # fmt: skip
    send(b, U["dpzj"], "11-15 09:20", "coremail", "补报一篇稿件", "补报第四篇。\n韩冬",
         [F("东平职教中心学生志愿服务队走进敬老院.docx", article("python-docx", U["dpzj"].name,
            "东平职教中心学生志愿服务队走进敬老院", "11月13日，东平职教中心学生志愿服务队走进州城敬老院。", 8),
            "article", "dpzj")], note="the fourth article, after 11-14")  # fmt: skip
    send(b, U["fczz"], "11-03 09:05", "qqweb", "问一下回执", "老师好，回执有没有统一模板？我们自己做一个表可以吗？",
         note="a question")  # fmt: skip
    send(b, U["tsvtc"], "11-09 10:00", "thunderbird", "专栏链接",
         "职成高教科：\n请问我院活动周专栏是否已链接到市局专栏？\n赵志刚",
         note="a question naming the column but giving no address")  # fmt: skip


STORIES = [stories]
