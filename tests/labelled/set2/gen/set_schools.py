"""Mail from the vocational schools."""

from __future__ import annotations

from .common import A, article_mail, pasted_article
from .docs import Doc
from .model import RSJ, Att, Msg
from .people import COLUMN, HOME, LIAISON, SHORT, name, reg
from .set_counties import REMINDER_SUMMARY_ID, contact_kv, contact_table
from .texts import article, photo, plan, stats, summary


def tsvtc() -> list[Msg]:
    s = ("泰山职业技术学院党委宣传部", reg("tsvtc"))
    li = LIAISON["tsvtc"]
    people = Doc("泰山职院活动周联络人信息表.docx", "contact", "tsvtc", "python-docx",
                 title="泰山职业技术学院职业教育活动周联络人信息表",
                 tables=[[["类别", "单位", "姓名", "职务", "邮箱", "手机号码"],
                          ["分管领导", name("tsvtc"), "王志刚", "副院长", "wangzg@tsvtc.edu.cn",
                           "13905381188"],
                          ["联络员", li["unit"], li["name"], li["position"], li["email"],
                           li["mobile"]]]])
    links = ["http://www.tsvtc.edu.cn/info/1021/8841.htm", "http://www.tsvtc.edu.cn/info/1021/8845.htm"]
    return [
        Msg("tsvtc-plan-contact-leader", "11-02 10:10", "phpmailer", "submission", "tsvtc", s,
            subject="泰山职业技术学院职业教育活动周方案及联络员信息",
            text="市教育局职成高教科：\n  报送我院2020年职业教育活动周实施方案及联络员信息（见附件）。\n"
                 f"  我院官网：{HOME['tsvtc']} ，活动周宣传专栏：{COLUMN['tsvtc']}\n"
                 "泰山职业技术学院党委宣传部\n",
            atts=A(plan("tsvtc", "泰山职业技术学院2020年职业教育活动周实施方案.pdf", "lo-pdf"),
                   people),
            column_url=COLUMN["tsvtc"], liaison=li,
            traps=["contact-leader-and-liaison", "column-beside-home-url", "plan-pdf"],
            note="The table lists 分管领导 and 联络员: only the 联络员 row is the liaison. The body "
                 "carries the home page and the column URL."),
        Msg("tsvtc-article-links", "11-08 17:30", "phpmailer", "submission", "tsvtc", s,
            subject="泰山职院活动周宣传稿件链接",
            text="市教育局职成高教科：\n今日我院活动周宣传稿件已在学院网站发布：\n"
                 f"1. 泰山职院2020年职业教育活动周正式启动 {links[0]}\n"
                 f"2. 泰山职院举办“网络校园开放日”活动 {links[1]}\n泰山职院党委宣传部\n",
            article_links=links, traps=["article-link"],
            note="Two article pages (not the column)."),
        article_mail("tsvtc-article-3", "11-09 16:00", "phpmailer", "tsvtc", s, ["python-docx"]),
        Msg("tsvtc-article-4-link", "11-10 18:20", "phpmailer", "submission", "tsvtc", s,
            subject="泰山职院活动周宣传稿件",
            text="稿件链接：http://www.tsvtc.edu.cn/info/1021/8869.htm\n泰山职院党委宣传部\n",
            article_links=["http://www.tsvtc.edu.cn/info/1021/8869.htm"], traps=["article-link"]),
        article_mail("tsvtc-article-5", "11-11 15:10", "phpmailer", "tsvtc", s, ["python-docx"],
                     extra=[photo("tsvtc", f"现场照片{i}.jpg", f"泰山职院活动现场{i}")
                            for i in (1, 2, 3)], traps=["photos-beside-article"]),
        article_mail("tsvtc-article-6", "11-12 11:00", "phpmailer", "tsvtc", s, ["lo-docx"]),
        Msg("tsvtc-summary-stats-filler", "11-15 16:30", "phpmailer", "submission", "tsvtc", s,
            subject="泰山职业技术学院活动周总结及统计表",
            text="市教育局职成高教科：\n附件为我院活动周总结报告及情况统计表。\n",
            atts=A(summary("tsvtc", "泰山职业技术学院活动周总结报告.docx", "lo-docx"),
                   stats("tsvtc", "泰山职院活动周情况统计表.xlsx", "openpyxl",
                         after=["填表人：孙鹏", "联系电话：0538-6991234  13953812211",
                                "审核人：王志刚"])),
            traps=["stats-filler-not-liaison"],
            note="填表人/联系电话 under the statistics table are not the liaison."),
    ]


def tavtc() -> list[Msg]:
    s = ("泰安职业技术学院招生就业处", reg("tavtc"))
    li = LIAISON["tavtc"]
    rows = "".join(f"<tr><th>{k}</th><td>{li[f]}</td></tr>" for k, f in
                   (("单位", "unit"), ("姓名", "name"), ("职务", "position"), ("邮箱", "email"),
                    ("手机号码", "mobile")))
    col = COLUMN["tavtc"]
    html = ("<html><body><p>市教育局职成高教科：</p><p>报送我院活动周方案（见附件），联络员信息如下：</p>"
            f"<table border=\"1\">{rows}</table><p>活动周宣传专栏：<a href=\"{col}\">{col}</a></p>"
            "<p>泰安职业技术学院招生就业处</p></body></html>")
    text = ("市教育局职成高教科：\n报送我院活动周方案（见附件），联络员信息如下：\n"
            + "\n".join(f"{k} {li[f]}" for k, f in (("单位", "unit"), ("姓名", "name"),
                                                     ("职务", "position"), ("邮箱", "email"),
                                                     ("手机号码", "mobile")))
            + f"\n活动周宣传专栏：{col}\n")
    base = stats("tavtc", "x.xlsx", "openpyxl")
    strict = Doc("泰安职业技术学院活动周情况统计表.xlsx", "statistics", "tavtc", "strict",
                 base=base)
    out = [
        Msg("tavtc-plan-vertical-html", "11-03 11:25", "phpmailer", "submission", "tavtc", s,
            subject="泰安职业技术学院活动周方案及联络员", text=text, html=html,
            atts=A(plan("tavtc", "泰安职业技术学院活动周方案.docx", "python-docx")),
            column_url=col, liaison=li,
            traps=["contact-vertical-html-table", "column-chinese-query"],
            note="Liaison as a vertical HTML table; column URL with a raw Chinese query string."),
    ]
    for i, when in enumerate(["11-08 12:00", "11-09 18:00", "11-10 12:30", "11-12 17:20",
                              "11-14 20:30"], 1):
        out.append(pasted_article(f"tavtc-article-{i}-cid", when, "phpmailer", "tavtc", s,
                                  images=[photo("tavtc", f"tavtc_{i}_{j}.jpg", f"活动照片{j}")
                                          for j in (1, 2)],
                                  traps=["article-in-body", "cid-image-not-article"]))
    out.append(Msg("tavtc-stats-strict", "11-16 09:45", "phpmailer", "submission", "tavtc", s,
                   subject="泰安职院活动周情况统计表", text="统计表见附件。\n", atts=A(strict),
                   traps=["strict-ooxml"],
                   note="Statistics workbook saved as Strict OOXML (namespaces rewritten from an "
                        "openpyxl workbook; LibreOffice reads it)."))
    return out


def tshlxy() -> list[Msg]:
    s = ("泰山护理职业学院党委宣传部", reg("tshlxy"))
    li = LIAISON["tshlxy"]
    sig = (f"\n-- \n{li['name']}\n泰山护理职业学院 {li['position']}\n邮箱：{li['email']}\n"
           f"手机：{li['mobile']}\n地址：泰安市泰山区迎胜东路\n")
    enc = Doc("泰山护理职业学院活动周情况统计表.xlsx", "statistics", "tshlxy", "poi",
              readable=False, source="spreadsheet/protected_passtika.xlsx")
    early1 = "11-06 10:30"
    return [
        Msg("tshlxy-plan-signature", "11-03 16:00", "nodemailer", "submission", "tshlxy", s,
            subject="泰山护理职业学院职业教育活动周方案",
            text="市教育局职成高教科：\n附件为我院2020年职业教育活动周实施方案。我院活动周专题网站："
                 + COLUMN["tshlxy"] + "\n我院活动周联络员信息见签名。\n" + sig,
            atts=A(plan("tshlxy", "泰山护理职业学院活动周实施方案.docx", "lo-docx")),
            column_url=COLUMN["tshlxy"], liaison=li, traps=["contact-in-signature"]),
        article_mail("tshlxy-article-early-1", early1, "nodemailer", "tshlxy", s, ["python-docx"],
                     traps=["early-article"], note="Before the week: counts, early."),
        article_mail("tshlxy-article-early-2", "11-07 15:00", "nodemailer", "tshlxy", s,
                     ["lo-pdf"], traps=["early-article"]),
        article_mail("tshlxy-article-3", "11-09 09:40", "nodemailer", "tshlxy", s,
                     ["python-docx"]),
        article_mail("tshlxy-article-4-5", "11-10 10:15", "nodemailer", "tshlxy", s,
                     ["lo-docx", "python-docx"]),
        article_mail("tshlxy-article-6", "11-12 16:45", "nodemailer", "tshlxy", s, ["lo-pdf"]),
        pasted_article("tshlxy-article-7-html", "11-13 11:30", "nodemailer", "tshlxy", s,
                       html=True, traps=["article-in-body"]),
        Msg("tshlxy-stats-encrypted", "11-16 16:05", "nodemailer", "submission", "tshlxy", s,
            subject="泰山护理职业学院活动周情况统计表", text="统计表已加密，密码另行告知。\n" + sig,
            atts=A(enc), traps=["encrypted-xlsx", "poi-file"],
            note="Encrypted xlsx (Apache POI protected_passtika.xlsx): statistics partial."),
        Msg("tshlxy-summary-late", "11-17 09:30", "nodemailer", "submission", "tshlxy", s,
            subject="泰山护理职业学院活动周总结报告", text="总结报告见附件，报送晚了，抱歉。\n" + sig,
            atts=A(summary("tshlxy", "泰山护理职业学院活动周总结.docx", "python-docx")),
            traps=["late"]),
    ]


def lmkj() -> list[Msg]:
    s = ("山东力明科技职业学院宣传部", reg("lmkj"))
    li = LIAISON["lmkj"]
    sheet = Doc("力明学院联络员及宣传专栏信息.pdf", "contact", "lmkj", "lo-pdf",
                title="山东力明科技职业学院职业教育活动周联络员及宣传专栏信息",
                tables=[contact_table("lmkj")],
                after=[f"宣传专栏网址：{COLUMN['lmkj']}", f"学院官网：{HOME['lmkj']}"])
    staff = Msg("lmkj-staff-to-office", "11-13 15:20", "python-email", "submission", "lmkj",
                ("孙晓", "sunxiao@sdlm.edu.cn"), to=[reg("lmkj")],
                subject="学院活动周稿件（技能展示）", text="郑部长：稿件已改好，请审阅后报市局。\n",
                atts=A(article("lmkj", "{t}.docx", "python-docx", 13)))
    return [
        Msg("lmkj-plan-pdf-contact-pdf", "11-04 14:40", "nodemailer", "submission", "lmkj", s,
            subject="山东力明科技职业学院活动周方案、联络员及专栏信息",
            text="市教育局职成高教科：\n附件为我院活动周方案及联络员、宣传专栏信息（PDF）。\n力明学院宣传部\n",
            atts=A(plan("lmkj", "力明学院2020年职业教育活动周方案.pdf", "lo-pdf"), sheet),
            column_url=COLUMN["lmkj"], liaison=li,
            traps=["contact-pdf-sheet", "column-in-pdf"],
            note="Liaison and column URL only inside a PDF contact sheet (with the home page)."),
        article_mail("lmkj-article-1", "11-09 14:00", "nodemailer", "lmkj", s, ["python-docx"]),
        article_mail("lmkj-article-2", "11-11 16:30", "nodemailer", "lmkj", s, ["lo-pdf"]),
        Msg("lmkj-article-3-forward-b64", "11-13 17:00", "nodemailer", "submission", "lmkj", s,
            subject="Fwd: 学院活动周稿件（技能展示）", text="转报我院活动周稿件一篇。\n力明学院宣传部\n",
            atts=[Att(msg=staff, encoding="base64")],
            traps=["message-rfc822-base64"],
            note="The article is inside a forwarded message/rfc822 part that nodemailer "
                 "base64-encodes."),
        Msg("lmkj-summary-stats-zip", "11-16 10:30", "nodemailer", "submission", "lmkj", s,
            subject="力明学院活动周总结及统计表", text="见附件压缩包。\n",
            atts=A(Doc("力明学院活动周总结及统计表.zip", "other", "lmkj", "zip", members=[
                summary("lmkj", "力明学院活动周总结.docx", "python-docx"),
                stats("lmkj", "力明学院活动周情况统计表.xlsx", "openpyxl", alt=True)])),
            traps=["zip-utf8-names", "stats-alias-headers"]),
    ]


def tajsxy() -> list[Msg]:
    s = ("泰安技师学院", reg("tajsxy"))
    to = [RSJ]
    mk = article_mail
    return [
        Msg("tajsxy-plan-prose-rsj", "11-05 09:00", "python-email", "submission", "tajsxy", s,
            to=to, subject="泰安技师学院报送职业教育活动周方案等材料",
            text="市人社局职业能力建设科：\n  根据通知要求，我院已制定职业教育活动周方案（见附件），活动周"
                 f"宣传专栏设在学院网站，地址为 {COLUMN['tajsxy']} 。我院活动周联络员为教务处副主任"
                 "高峰同志，邮箱gaofeng@tajsxy.cn，手机13905387264，单位泰安技师学院。\n泰安技师学院\n",
            atts=A(plan("tajsxy", "泰安技师学院职业教育活动周方案.doc", "lo-doc")),
            column_url=COLUMN["tajsxy"], liaison=LIAISON["tajsxy"],
            traps=["rsj-mailbox", "contact-prose", "plan-doc"]),
        mk("tajsxy-article-1", "11-10 10:20", "python-email", "tajsxy", s, ["python-docx"], to=to),
        mk("tajsxy-article-2", "11-12 09:50", "python-email", "tajsxy", s, ["lo-docx"], to=to),
        mk("tajsxy-articles-late-1", "11-15 10:00", "python-email", "tajsxy", s,
           ["python-docx", "lo-pdf"], subject="补报泰安技师学院活动周宣传材料", to=to,
           traps=["late-article"]),
        mk("tajsxy-articles-late-2", "11-16 09:00", "python-email", "tajsxy", s,
           ["lo-doc", "lo-docx"], subject="补报泰安技师学院活动周宣传材料（二）", to=to,
           traps=["late-article"], note="Enough articles only when counting the late ones."),
        Msg("tajsxy-summary-stats-xls", "11-16 14:30", "python-email", "submission", "tajsxy", s,
            to=to, subject="泰安技师学院活动周总结及统计表", text="总结报告和统计表见附件。\n",
            atts=A(summary("tajsxy", "泰安技师学院活动周总结.docx", "lo-docx"),
                   stats("tajsxy", "泰安技师学院活动周情况统计表.xls", "lo-xls")),
            traps=["stats-xls"]),
    ]


def dyzjzx() -> list[Msg]:
    p = ("黄丽", "huangli8306@126.com")
    sig = "\n——\n泰安市岱岳区职业教育中心 办公室 黄丽\n"
    trunc = Doc("岱岳区职教中心活动周总结.docx", "summary", "dyzjzx", "poi", readable=False,
                source="document/truncated62886.docx")
    return [
        article_mail("dyzjzx-articles-personal-1", "11-09 19:20", "hand-coremail", "dyzjzx", p,
                     ["lo-docx", "python-docx"], subject="活动周宣传材料",
                     text="区职教中心活动周稿件两篇，请查收。" + sig,
                     traps=["personal-126", "unit-in-signature"],
                     note="Personal 126.com address; the school is named in the signature."),
        article_mail("dyzjzx-articles-personal-2", "11-11 12:10", "hand-coremail", "dyzjzx", p,
                     ["lo-pdf"], subject="稿件", text="稿件一篇。" + sig,
                     traps=["personal-126", "unit-in-signature"]),
        article_mail("dyzjzx-articles-personal-3", "11-13 18:30", "hand-coremail", "dyzjzx", p,
                     ["lo-docx", "lo-docx"], subject="活动周稿件2篇", text="请审阅。" + sig,
                     traps=["personal-126", "unit-in-signature"]),
        Msg("dyzjzx-summary-truncated", "11-16 15:00", "python-email", "submission", "dyzjzx",
            ("岱岳区职业教育中心", reg("dyzjzx")), subject="岱岳区职教中心活动周总结报告",
            text="总结报告见附件。\n", atts=A(trunc), traps=["truncated-docx", "poi-file"],
            note="Truncated docx (Apache POI truncated62886.docx): received, unreadable."),
    ]


def xtzz() -> list[Msg]:
    s = ("新泰市职业中等专业学校", reg("xtzz"))
    li = LIAISON["xtzz"]
    info = Doc("新泰职专活动周信息表.xlsx", "other", "xtzz", "lo-xlsx", title="新泰职专职业教育活动周信息表",
               rows=[["项目", "内容"], ["学校名称", name("xtzz")], ["学校网址", HOME["xtzz"]],
                     ["宣传专栏", COLUMN["xtzz"]], ["活动周负责人", "副校长 孟庆国"]])
    lines = "\n".join(f"{k} {li[f]}" for k, f in (("单位", "unit"), ("姓名", "name"),
                                                   ("职务", "position"), ("邮箱", "email"),
                                                   ("手机号码", "mobile")))
    out = [
        Msg("xtzz-column-xlsx-contact-lines", "11-03 15:10", "s-nail", "submission", "xtzz", s,
            subject="新泰职专活动周宣传专栏及联络员",
            text="市教育局：\n我校活动周宣传专栏等信息见附件表格，联络员信息：\n" + lines + "\n",
            atts=A(info), column_url=COLUMN["xtzz"], liaison=li, opts={"charset": "gb18030,utf-8"},
            traps=["column-in-xlsx-cell", "contact-space-lines"],
            note="Column URL in an xlsx cell labelled 宣传专栏 (home page in the row above); "
                 "liaison as '姓名 徐涛' lines without colons. The plan came in 新泰's zip."),
    ]
    for i, when in enumerate(["11-08 18:40", "11-09 17:10", "11-11 08:50", "11-12 19:30",
                              "11-14 15:15"], 1):
        out.append(pasted_article(f"xtzz-article-{i}-text", when, "s-nail", "xtzz", s,
                                  opts={"charset": "gb18030,utf-8" if i % 2 else "utf-8"},
                                  traps=["article-in-body"]))
    out.append(Msg("xtzz-summary-stats", "11-16 11:40", "s-nail", "submission", "xtzz", s,
                   subject="新泰职专活动周总结和统计表", text="见附件。\n",
                   atts=A(summary("xtzz", "新泰职专活动周总结.odt", "lo-odt"),
                          stats("xtzz", "新泰职专活动周统计表.xlsx", "lo-xlsx")),
                   traps=["summary-odt"]))
    return out


def xtjg() -> list[Msg]:
    s = ("新泰市技工学校", reg("xtjg"))
    to = [RSJ]
    vert = Doc("新泰市技工学校联络员.docx", "contact", "xtjg", "python-docx", title="联络员信息",
               tables=[contact_kv("xtjg")])
    enc = Doc("新泰市技工学校活动周总结.docx", "summary", "xtjg", "poi", readable=False,
              source="document/bug53475-password-is-pass.docx")
    again = article("xtjg", "{t}.docx", "lo-docx", 11)
    return [
        Msg("xtjg-contact-foxmail", "11-04 10:15", "hand-foxmail", "submission", "xtjg", s, to=to,
            subject="新泰市技工学校活动周联络员信息", text="市人社局：\n联络员信息见附件。\n新泰市技工学校\n",
            atts=A(vert), liaison=LIAISON["xtjg"], traps=["rsj-mailbox", "contact-vertical-table"]),
        Msg("xtjg-column-subject-only", "11-06 08:20", "python-email", "submission", "xtjg", s,
            to=to, subject=f"新泰市技工学校活动周宣传专栏网址：{COLUMN['xtjg']}", text="",
            column_url=COLUMN["xtjg"], traps=["subject-only", "late"],
            note="The column URL is only in the subject, after the due time."),
        article_mail("xtjg-article-1", "11-09 11:10", "hand-foxmail", "xtjg", s, ["lo-docx"], to=to),
        article_mail("xtjg-article-2", "11-10 16:00", "hand-foxmail", "xtjg", s, ["lo-pdf"], to=to),
        Msg("xtjg-article-3", "11-11 14:30", "hand-foxmail", "submission", "xtjg", s, to=to,
            subject="新泰技工学校活动周稿件：" + again.title, text="请审阅。\n", atts=A(again)),
        Msg("xtjg-article-3-resend", "11-12 10:45", "hand-foxmail", "submission", "xtjg", s,
            to=to, subject="（重发）新泰技工学校活动周稿件：" + again.title, text="重发。\n",
            atts=A(again), traps=["resend-identical"]),
        article_mail("xtjg-article-4", "11-13 16:20", "hand-foxmail", "xtjg", s, ["python-docx"],
                     to=to, note="Four distinct articles in all: partial."),
        Msg("xtjg-summary-encrypted", "11-16 17:30", "hand-foxmail", "submission", "xtjg", s,
            to=to, subject="新泰市技工学校活动周总结", text="总结见附件（已加密）。\n", atts=A(enc),
            traps=["encrypted-docx", "poi-file"],
            note="Encrypted docx (Apache POI bug53475-password-is-pass.docx): partial."),
    ]


def fczz() -> list[Msg]:
    s = ("肥城市职业中等专业学校", reg("fczz"))
    li = LIAISON["fczz"]
    wrong = Doc("附件1.xlsb", "other", "fczz", "poi", source="spreadsheet/sample.xlsb")
    return [
        Msg("fczz-plan-odt-tab-contact", "11-02 11:00", "neomutt", "submission", "fczz", s,
            subject="肥城职专职业教育活动周方案",
            text="市教育局职成高教科：\n  附件为我校活动周方案，宣传专栏：" + COLUMN["fczz"]
                 + "\n  联络员信息：\n"
                 + "\n".join(f"{k}\t{li[f]}" for k, f in (("单位", "unit"), ("姓名", "name"),
                                                         ("职务", "position"), ("邮箱", "email"),
                                                         ("手机", "mobile"))) + "\n",
            atts=A(plan("fczz", "肥城职专活动周方案.odt", "lo-odt")), column_url=COLUMN["fczz"],
            liaison=li, opts={"charset": "us-ascii:gb2312:utf-8"},
            traps=["plan-odt", "contact-tab-lines"]),
        article_mail("fczz-article-1", "11-08 09:30", "neomutt", "fczz", s, ["lo-docx"]),
        article_mail("fczz-article-2", "11-09 13:20", "neomutt", "fczz", s, ["lo-doc"]),
        article_mail("fczz-article-3", "11-10 19:00", "neomutt", "fczz", s, ["python-docx"]),
        article_mail("fczz-article-4", "11-12 12:40", "neomutt", "fczz", s, ["lo-pdf"]),
        article_mail("fczz-article-5", "11-13 14:50", "neomutt", "fczz", s, ["lo-docx"]),
        Msg("fczz-summary-stats-xlsb", "11-16 09:20", "neomutt", "submission", "fczz", s,
            subject="肥城职专活动周总结报告及统计表", text="见附件。\n",
            atts=A(summary("fczz", "肥城职专活动周总结报告.docx", "lo-docx"),
                   stats("fczz", "肥城职专活动周情况统计表.xlsx", "lo-xlsx"), wrong),
            traps=["xlsb-wrong-file", "poi-file"],
            note="An extra .xlsb (Apache POI sample.xlsb, Lorem ipsum) attached by mistake: other."),
    ]


def nyzj() -> list[Msg]:
    s = ("宁阳县职业教育中心", reg("nyzj"))
    wx = ("<html><body><div>分享一篇公众号文章：</div><div style=\"border:1px solid #ddd;padding:8px\">"
          "<a href=\"https://mp.weixin.qq.com/s/Xk2p9LmQ0a7vB3cDnyzj\">宁阳县职教中心开展传统工艺体验"
          "活动</a><br><span style=\"color:#888\">来自公众号：宁阳县职教中心</span></div>"
          "<div><br>发自我的iPhone</div></body></html>")
    return [
        article_mail("nyzj-articles-pdf-1", "11-09 10:40", "python-email", "nyzj", s,
                     ["lo-pdf", "lo-pdf"]),
        article_mail("nyzj-articles-pdf-2", "11-11 17:00", "python-email", "nyzj", s,
                     ["lo-pdf", "lo-pdf"]),
        Msg("nyzj-wechat-article-link", "11-13 10:10", "hand-wechat", "submission", "nyzj", s,
            subject="【分享】宁阳县职教中心开展传统工艺体验活动", html=wx,
            article_links=["https://mp.weixin.qq.com/s/Xk2p9LmQ0a7vB3cDnyzj"],
            traps=["wechat-share", "article-link", "html-only"],
            note="An article of the school's WeChat account shared to mail: one article link."),
        Msg("nyzj-summary-stats-7z", "11-16 13:30", "python-email", "submission", "nyzj", s,
            subject="宁阳县职教中心活动周总结及统计表", text="见附件（7z压缩）。\n",
            atts=A(Doc("宁阳县职教中心活动周总结及统计表.7z", "other", "nyzj", "7z", members=[
                summary("nyzj", "宁阳县职教中心活动周总结.docx", "lo-docx"),
                stats("nyzj", "宁阳县职教中心活动周统计表.xlsx", "openpyxl")])),
            traps=["archive-7z"]),
    ]


def dpzjzx() -> list[Msg]:
    s = ("东平县职业教育中心学校", reg("dpzjzx"))
    li = LIAISON["dpzjzx"]
    wx = ("<html><body><div>市局职成高教科：我校公众号今日发布活动周报道：</div>"
          "<div style=\"border:1px solid #ddd;padding:8px\"><a href=\"https://mp.weixin.qq.com/s/"
          "dpzj_8Ha2kLq0ZtYw1\">东平县职教中心举办“网络校园开放日”活动</a><br>"
          "<span style=\"color:#888\">来自公众号：东平职教</span></div></body></html>")
    return [
        Msg("dpzjzx-contact-change", "11-05 14:00", "hand-coremail", "submission", "dpzjzx", s,
            subject="东平县职业教育中心学校活动周联络员变更",
            text="市教育局职成高教科：\n  因人员调整，我校活动周联络员变更为：\n"
                 f"姓名：{li['name']}\n职务：{li['position']}\n邮箱：{li['email']}\n手机：{li['mobile']}\n"
                 "（单位：东平县职业教育中心学校）\n原联络员何静不再负责。\n",
            liaison=li, traps=["contact-change"],
            note="Supersedes the liaison forwarded by 东平县教体局 on 11-03."),
        article_mail("dpzjzx-article-1", "11-08 15:20", "hand-coremail", "dpzjzx", s, ["lo-docx"]),
        Msg("dpzjzx-article-2-wechat", "11-10 09:05", "hand-wechat", "submission", "dpzjzx", s,
            subject="东平县职教中心活动周报道（公众号）", html=wx,
            article_links=["https://mp.weixin.qq.com/s/dpzj_8Ha2kLq0ZtYw1"],
            traps=["wechat-share", "article-link"]),
        article_mail("dpzjzx-article-3", "11-11 18:10", "hand-coremail", "dpzjzx", s, ["lo-pdf"]),
        article_mail("dpzjzx-article-4", "11-12 15:40", "hand-coremail", "dpzjzx", s,
                     ["python-docx"], extra=[photo("dpzjzx", "微信图片_20201112153301.jpg", "实训"),
                                             photo("dpzjzx", "微信图片_20201112153309.jpg", "实训2")],
                     traps=["photos-beside-article"]),
        pasted_article("dpzjzx-article-5-body", "11-14 11:20", "hand-coremail", "dpzjzx", s,
                       html=True, traps=["article-in-body"]),
        Msg("dpzjzx-summary-stats", "11-16 16:50", "hand-coremail", "submission", "dpzjzx", s,
            subject="东平县职教中心活动周总结及统计表", text="总结报告、统计表见附件。\n",
            atts=A(summary("dpzjzx", "东平县职教中心活动周总结.docx", "lo-docx"),
                   stats("dpzjzx", "东平县职教中心活动周情况统计表.xlsx", "lo-xlsx", alt=True)),
            traps=["stats-alias-headers"]),
    ]


def talgzz() -> list[Msg]:
    s = ("泰安市理工中等专业学校", reg("talgzz"))
    quoted = ("市教育局职成高教科：\n  我校活动周总结报告见附件，统计表明日补报。\n泰安理工中专 宋佳\n\n"
              "在 2020-11-15 09:00，泰安市教育局职成高教科 写道：\n"
              "> 各县市区教育和体育局、各职业院校：\n"
              "> 活动周总结报告与《2020年职业教育活动周情况统计表》请于11月16日18:00前报送。"
              "截至目前，泰山职业技术学院、泰山护理职业学院、东平县教育和体育局、新泰市技工学校"
              "尚未报送。\n> 泰安市教育局职成高教科\n")
    return [
        article_mail("talgzz-article-1", "11-09 08:30", "nodemailer", "talgzz", s, ["lo-docx"]),
        pasted_article("talgzz-article-2-cid", "11-10 13:00", "nodemailer", "talgzz", s,
                       images=[photo("talgzz", "1.jpg", "理工中专技能展示")],
                       traps=["article-in-body", "cid-image-not-article"]),
        article_mail("talgzz-article-3", "11-12 18:00", "nodemailer", "talgzz", s, ["lo-pdf"]),
        article_mail("talgzz-article-4", "11-13 19:40", "nodemailer", "talgzz", s,
                     ["python-docx"], note="Four articles in all: partial."),
        Msg("talgzz-summary-reply-reminder", "11-16 17:40", "nodemailer", "submission", "talgzz",
            s, subject="Re: 【提醒】请于11月16日前报送活动周总结报告和统计表", text=quoted,
            in_reply_to=REMINDER_SUMMARY_ID,
            atts=A(summary("talgzz", "理工中专活动周总结报告.docx", "python-docx")),
            traps=["reply-quoting-reminder"],
            note="The quoted reminder names four other units."),
        Msg("talgzz-stats-late", "11-17 10:00", "nodemailer", "submission", "talgzz", s,
            subject="理工中专活动周情况统计表（补报）", text="补报统计表。\n",
            atts=A(stats("talgzz", "理工中专活动周情况统计表.xlsx", "openpyxl")), traps=["late"]),
    ]


def tagczz() -> list[Msg]:
    return [
        Msg("tagczz-plan-stranger-nosubject", "11-05 11:00", "python-email", "submission",
            "tagczz", ("", "13953827716@139.com"), subject=None, text="",
            atts=A(plan("tagczz", "泰安市工程职业中等专业学校职业教育活动周实施方案.docx",
                        "lo-docx")),
            traps=["unknown-sender", "no-subject", "empty-body"],
            note="Unknown address, no subject, empty body: the only attachment is the school's "
                 "plan, named in the file name and the document. It is a submission."),
        article_mail("tagczz-article-personal-qq", "11-10 20:10", "hand-qqmail", "tagczz",
                     ("张伟", "1054872233@qq.com"), ["python-docx"], subject="稿件",
                     text="工程职专活动周稿件，请审阅。\n", traps=["personal-qq"]),
    ]


def all_messages() -> list[Msg]:
    """Every school's mail."""
    return (tsvtc() + tavtc() + tshlxy() + lmkj() + tajsxy() + dyzjzx() + xtzz() + xtjg()
            + fczz() + nyzj() + dpzjzx() + talgzz() + tagczz())


__all__ = ["all_messages", "SHORT"]
