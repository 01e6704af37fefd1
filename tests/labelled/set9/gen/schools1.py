# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What seven of the schools send (set9).

Shapes: a plan that is the college's 通知 to its departments (tzy); articles from a teacher's
personal box under an English name that hints at nobody, signed for the college (tzy); a
PDF with a page header and footer (tzy); the liaison only in the plan's last section and a
statistics table naming the unit only in its title row, numbers as text and an empty
template row left in (tsvtc); an article whose first paragraph is the college's name as a
header line, the column only in the summary's text (sdfzxy); a plan replaced by a 修订版,
a liaison without 职务 completed later, four articles, a late summary (lmkj); a personal 163
box with a pinyin name, the unit only in the 落款 (tshl); everything to the 人社局 mailbox,
five articles in one 汇编 (tajsxy); a teacher's QQ number under a nickname, a WeChat account
before the web column, files named 附件1/附件2 (dyzj).
"""

from __future__ import annotations

from .build import Builder, person, send
from .counties import H_STATS
from .docs import Doc
from .helpers import R1_SUBJECT, R1_TEXT, REMIND1, quoted, thread
from .make import doc, f, paras, sheet
from .mime import RSJ
from .units import DYZJ, LMKJ, SDFZXY, TAJSXY, TSHL, TSVTC, TZY


def _a(title: str, text: str, producer: str = "python-docx") -> Doc:
    return doc(producer, [["h", title], *paras(text)])


def tzy(b: Builder) -> None:
    u = TZY
    plan = [["p", "泰职院发〔2020〕67号"], ["h", "关于开展2020年职业教育活动周系列活动的通知"], ["p", "各系部、各处室："],
            *paras("为做好我院2020年职业教育活动周工作，经研究，决定开展以下活动。\n一、“云上泰职”线上展示（宣传部牵头）。\n二、网络校园开放日（招生就业处牵头）。\n三、技能服务进社区（各系部）。\n请各部门于11月7日前上报具体活动安排。"),
            ["p", "泰安职业技术学院\n2020年11月3日"]]  # fmt: skip
    send(b, u, "11-04 10:00", "outlook", "泰职院活动周方案、专栏及联络员",
         "市教育局职成高教科：\n我院活动周通知已下发各部门，作为我院活动周方案报送。\n"
         "专栏网址：https://www.tzy.edu.cn/zjhdz2020/\n联络员：泰职院宣传部 副部长 马文静，手机 13705384628，邮箱 mawj@tzy.edu.cn\n宣传部",
         [f("关于开展2020年职业教育活动周系列活动的通知.docx", doc("python-docx", plan), "plan", u.id, note="a 通知 to its departments")],
         column_url="https://www.tzy.edu.cn/zjhdz2020/",
         liaison=person("泰职院", "马文静", "宣传部副部长", "mawj@tzy.edu.cn", "13705384628"))  # fmt: skip
    cathy = {"sender": "cathy_lx2008@outlook.com", "sender_name": "Cathy"}
    send(b, u, "11-09 21:40", "outlook", "活动周稿件",
         "马部长让我把这两篇发给您。\n刘璇\n泰安职业技术学院宣传部",
         [f("云上泰职开幕.docx", _a("“云上泰职”线上展示正式上线", "8日起，我院在官网和视频号推出十二个专业的线上展厅。"), "article", u.id),
          f("网络开放日.docx", _a("泰职院举办网络校园开放日", "直播三小时，在线观看人数达一万二千人次。"), "article", u.id)],
         note="a staff member's personal box; the college only in the signature", **cathy)  # fmt: skip
    pdfa = [["header", "泰安职业技术学院宣传部"], ["footer", "泰职院新闻 第1期"], ["h", "泰职院师生走进社区开展技能服务"], ["p", "机电工程系师生在上高街道为居民维修小家电160余件。"]]  # fmt: skip
    send(b, u, "11-11 22:05", "outlook", "Re: 活动周稿件",
         "又两篇，其中一篇是PDF。\nCathy\n\n------------------ 原始邮件 ------------------\n"
         "> 马部长让我把这两篇发给您。\n> 刘璇\n> 泰安职业技术学院宣传部",
         [f("技能服务进社区.pdf", doc("docx-pdf", pdfa), "article", u.id),
          f("职业体验.docx", _a("中学生来泰职院体验“职业一日”", "泰安一中等三所学校的120名学生参加体验。"), "article", u.id)],
         note="the unit only in the quoted earlier mail's signature and the PDF's header", **cathy)  # fmt: skip
    send(b, u, "11-13 15:10", "outlook", "泰职院活动周稿件",
         "再报一篇。另，学院网站新闻：https://www.tzy.edu.cn/info/1021/8836.htm",
         [f("校企合作成果展.docx", _a("泰职院举办校企合作成果展", "展出校企合作开发的教材、专利等成果80余项。"), "article", u.id)],
         article_links=["https://www.tzy.edu.cn/info/1021/8836.htm"])  # fmt: skip
    summ = [["h", "泰安职业技术学院2020年职业教育活动周工作总结"], *paras("我院共开展活动35项，参与师生8600人次，服务群众2400人次。"),
            ["t", [["活动类别", "数量"], ["线上展示", "12"], ["开放日", "2"], ["技能服务", "21"]]]]  # fmt: skip
    stats = [H_STATS, ["泰安职业技术学院", 12, 23, 2, 21, 8600, 2400, 18, 120000]]
    send(b, u, "11-16 10:00", "outlook", "泰职院活动周总结及统计表", "请查收。",
         [f("泰职院活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("泰职院统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = TSVTC
    me = {"sender_name": "泰山职院党委宣传部"}
    plan = [["h", "泰山职业技术学院2020年职业教育活动周实施方案"],
            *paras("一、活动目标：展示办学成果，服务地方发展。\n二、活动内容：专业成果云展、职业体验营、技能惠民行。\n三、工作要求：各二级学院确定一名信息员。\n四、联络员：党委宣传部 孟凡星 科长 电话13869827730 邮箱mengfx@tsvtc.edu.cn")]  # fmt: skip
    send(b, u, "11-05 14:00", "neomutt", "泰山职院活动周方案",
         "职成高教科老师好：\n我院方案附后，专栏地址 http://www.tsvtc.edu.cn/zjhdz/ 。\n泰山职院党委宣传部",
         [f("泰山职院活动周实施方案.odt", doc("lo-odt", plan), "plan", u.id)],
         column_url="http://www.tsvtc.edu.cn/zjhdz/",
         liaison=person("", "孟凡星", "党委宣传部科长", "mengfx@tsvtc.edu.cn", "13869827730"),
         note="the liaison only in the plan's last section", **me)  # fmt: skip
    items = [("11-09 10:30", [("泰山职院活动周开幕", "python-docx", "8日，学院举行活动周开幕式，发布“技能惠民”服务清单。"),
                              ("专业成果云展上线", "python-docx", "八个二级学院的成果在线展出。")]),
             ("11-12 16:45", [("职业体验营迎来首批营员", "lo-doc", "来自泰山区的60名初中生参加职业体验营。"),
                              ("技能惠民行走进乡村", "lo-doc", "学院师生在邱家店镇开展农技服务。")]),
             ("11-14 22:30", [("泰山职院活动周闭幕", "python-docx", "学院对活动周中表现突出的集体和个人进行了表彰。")])]  # fmt: skip
    for when, arts in items:
        send(b, u, when, "neomutt", "泰山职院活动周稿件", "稿件见附件。",
             [f(f"{t}.{'doc' if p == 'lo-doc' else 'docx'}", _a(t, x, p), "article", u.id) for t, p, x in arts], **me)  # fmt: skip
    summ = [["h", "泰山职业技术学院活动周总结"], *paras("活动周共开展活动28场，服务群众1900人次。")]
    stats = [["泰山职业技术学院2020年职业教育活动周情况统计表"] + [""] * 8, H_STATS,
             ["", "10场", "18场", "2次", "9场", "5200人次", "1900人次", "11篇", "6.3万人次"],
             ["", "", "", "", "", "", "", "", ""]]  # fmt: skip
    send(b, u, "11-16 14:00", "neomutt", "泰山职院总结及统计表", "总结、统计表各一份。",
         [f("泰山职院活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("2020年职业教育活动周情况统计表.xlsx", sheet("openpyxl", stats, merge=["A1:I1"]), "statistics", u.id,
            note="unit only in the title row, numbers as text, an empty row left")], **me)  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = SDFZXY
    plan = [
        ["h", "山东服装职业学院职业教育活动周方案"],
        *paras("我院将举办服装设计作品发布、非遗刺绣体验、社区义务缝补三项主题活动。"),
    ]
    send(b, u, "11-05 10:30", "snail", "服装学院职教活动周方案",
         "市局您好，我院方案见附件。\n由我院宣传统战部副部长杨帆担任联络员（手机13054871259，邮箱yangfan_fz@126.com）。",
         [f("服装学院活动周方案.docx", doc("python-docx", plan), "plan", u.id)],
         liaison=person("", "杨帆", "宣传统战部副部长", "yangfan_fz@126.com", "13054871259"))  # fmt: skip
    head = [
        ["p", "山东服装职业学院"],
        ["h", "服装学院举办学生作品发布会"],
        ["p", "11月9日晚，毕业设计作品发布会在学院演艺厅举行。"],
    ]
    send(b, u, "11-10 11:20", "snail", "服装学院活动周新闻", "三篇新闻稿。",
         [f("作品发布会.docx", doc("python-docx", head), "article", u.id, note="the college's name as a header line"),
          f("非遗刺绣体验.docx", _a("非遗刺绣走进服装学院课堂", "鲁绣传承人现场教学。"), "article", u.id),
          f("社区义务缝补.docx", _a("服装学院师生为社区居民义务缝补衣物", "半天时间缝补衣物一百余件。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-12 17:00", "snail", "服装学院活动周新闻（2）", "两篇。",
         [f("服装设计云展.odt", _a("服装设计作品云展上线", "在线展出学生作品300余件。", "lo-odt"), "article", u.id),
          f("校企联合育人.odt", _a("服装学院与五家企业共建现代学徒制班", "首批学徒80人。", "lo-odt"), "article", u.id)])  # fmt: skip
    summ = [["h", "山东服装职业学院职业教育活动周总结"],
            *paras("活动周期间，我院开设的活动周专栏（http://www.sdfzxy.edu.cn/zjhdz2020/）累计访问4.2万人次。\n共开展活动16场，参与师生3100人次。")]  # fmt: skip
    stats = [H_STATS, ["山东服装职业学院", 6, 10, 1, 5, 3100, 900, 8, 42000]]
    send(b, u, "11-16 09:40", "snail", "服装学院活动周总结", "总结与统计表。",
         [f("服装学院活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("服装学院统计表.xls", sheet("lo-xls", stats), "statistics", u.id)],
         column_url="http://www.sdfzxy.edu.cn/zjhdz2020/", note="the column only in the summary's text")  # fmt: skip


def lmkj(b: Builder) -> None:
    u = LMKJ
    p1 = [
        ["h", "山东力明科技职业学院活动周方案"],
        *paras("活动一：健康服务进社区。活动二：线上专业展示。"),
    ]
    send(b, u, "11-05 15:30", "nodemailer", "力明学院活动周方案",
         "您好，方案附后。联络员：周婷婷，电话13583809915，邮箱lm_zhoutt@163.com。网站专栏：http://www.sdlmkj.edu.cn/hdz/",
         [f("力明学院活动周方案.docx", doc("python-docx", p1), "plan", u.id)],
         column_url="http://www.sdlmkj.edu.cn/hdz/",
         liaison=person("", "周婷婷", "", "lm_zhoutt@163.com", "13583809915"), note="no 职务 given")  # fmt: skip
    p2 = [
        ["h", "山东力明科技职业学院活动周方案（修订版）"],
        *paras("活动一：健康服务进社区。活动二：线上专业展示。活动三：中医药文化体验。"),
    ]
    send(b, u, "11-06 09:00", "nodemailer", "力明学院活动周方案（修订版）",
         "昨天的方案漏了一项活动，请用这份替换。",
         [f("力明学院活动周方案（修订版）.docx", doc("python-docx", p2), "plan", u.id, note="replaces the 11-05 file")])  # fmt: skip
    send(b, u, "11-09 08:40", "nodemailer", "Re: " + R1_SUBJECT,
         "补充联络员职务：周婷婷，学院办公室副主任。" + quoted(R1_TEXT, "11-04 09:30"),
         headers=thread(REMIND1), liaison=person("", "周婷婷", "学院办公室副主任", "", ""))  # fmt: skip
    send(b, u, "11-11 14:00", "nodemailer", "力明学院活动周稿件", "两篇。",
         [f("健康服务进社区.docx", _a("力明学院师生开展健康服务进社区活动", "为居民免费测血糖、推拿理疗。"), "article", u.id),
          f("中医药文化体验.docx", _a("中医药文化体验日", "百余名中学生体验中药炮制。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-14 10:00", "nodemailer", "力明学院活动周稿件（2）", "两篇。",
         [f("线上专业展示.pdf", _a("力明学院线上专业展示引关注", "十个专业在线展示。", "lo-pdf"), "article", u.id),
          f("护理技能展示.docx", _a("护理专业学生技能展示", "展示心肺复苏等项目。"), "article", u.id)])  # fmt: skip
    stats = [H_STATS, ["山东力明科技职业学院", 8, 12, 1, 7, 2100, 1300, 4, 18000]]
    send(b, u, "11-16 12:00", "nodemailer", "力明学院统计表", "统计表先报，总结还在修改。",
         [f("力明学院统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip
    summ = [["h", "山东力明科技职业学院职业教育活动周总结"], *paras("活动周共开展活动20场。")]
    send(b, u, "11-17 08:30", "nodemailer", "力明学院活动周总结（迟报）", "总结迟报，抱歉。",
         [f("力明学院活动周总结.docx", doc("python-docx", summ), "summary", u.id)])  # fmt: skip


def tshl(b: Builder) -> None:
    u = TSHL
    me = {"sender": "zhanghui_1990@163.com", "sender_name": "zhang hui"}
    plan = [
        ["h", "泰山护理职业学院2020年职业教育活动周工作方案"],
        *paras("一、开展“护佑健康”社区义诊。\n二、举办护理技能云展示。\n三、组织职业体验开放日。"),
    ]
    send(b, u, "11-04 20:10", "coremail", "活动周方案",
         "领导好！\n附件是我校活动周方案。\n专栏网址：http://www.tshlzy.edu.cn/zt/hdz2020/\n"
         "联络员：张慧，宣传部干事，手机15098852603，邮箱zhanghui_1990@163.com\n\n泰山护理职业学院宣传部\n2020年11月4日",
         [f("活动周方案.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://www.tshlzy.edu.cn/zt/hdz2020/",
         liaison=person("", "张慧", "宣传部干事", "zhanghui_1990@163.com", "15098852603"),
         note="personal 163 box, pinyin name; the college only in the 落款", **me)  # fmt: skip
    send(b, u, "11-10 19:30", "coremail", "宣传稿3篇", "张慧\n泰护宣传部",
         [f("社区义诊.docx", _a("泰护师生走进社区开展义诊", "为300余名居民提供健康咨询。"), "article", u.id),
          f("护理技能云展示.docx", _a("护理技能云展示吸引万人观看", "直播展示静脉输液、急救等技能。"), "article", u.id),
          f("开放日.docx", _a("泰山护理职业学院举办职业体验开放日", "中学生体验模拟病房。"), "article", u.id)],
         note="personal box; signed with the short name 泰护", **me)  # fmt: skip
    send(b, u, "11-13 11:00", "outlook", "泰山护理职业学院活动周宣传材料", "两篇PDF，请审阅。",
         [f("助力乡村振兴.pdf", _a("泰护志愿者助力乡村健康", "在岱岳区五个村开展健康宣讲。", "lo-pdf"), "article", u.id),
          f("优秀毕业生.pdf", _a("抗疫一线的泰护毕业生", "讲述三位毕业生的抗疫故事。", "lo-pdf"), "article", u.id)])  # fmt: skip
    summ = [
        ["h", "泰山护理职业学院职业教育活动周总结"],
        *paras("活动周期间开展义诊、展示等活动24场，服务群众3200人次。"),
    ]
    stats = [H_STATS, ["泰山护理职业学院", 9, 15, 1, 12, 4300, 3200, 7, 56000]]
    send(b, u, "11-16 15:20", "outlook", "泰护活动周总结和统计表", "请查收。",
         [f("泰护活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("泰护统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = TAJSXY
    send(b, u, "11-03 09:10", "py-smtp", "请问技工院校材料报哪个邮箱",
         "市教育局老师您好，我院属人社部门管理，活动周材料是报教育局邮箱还是人社局邮箱？泰安技师学院教务处")  # fmt: skip
    plan = [
        ["h", "泰安技师学院职业教育活动周方案"],
        *paras("活动内容：技能大赛展示、企业开放日、技能培训进社区。"),
    ]
    send(b, u, "11-05 09:00", "py-smtp", "泰安技师学院活动周方案", to=RSJ,
         text="人社局职建科：\n我院方案见附件。专栏：http://www.tajsxy.com/hdz2020/\n联络员：教务处 刘建军 副处长 13954820086 tajsxy_ljj@163.com",
         files=[f("泰安技师学院活动周方案.docx", doc("python-docx", plan), "plan", u.id)],
         column_url="http://www.tajsxy.com/hdz2020/",
         liaison=person("", "刘建军", "教务处副处长", "tajsxy_ljj@163.com", "13954820086"))  # fmt: skip
    comp = [["h", "泰安技师学院活动周宣传稿汇编"]]
    for t, x in (("技能大赛获奖作品展", "展出省级以上获奖作品40件。"), ("企业开放日", "六家企业接待学生参观。"),
                 ("技能培训进社区", "为社区居民开展家政培训。"), ("技师学院招生咨询会", "线上咨询800余人次。"),
                 ("大国工匠进校园", "全国技术能手为学生作报告。")):  # fmt: skip
        comp += [["h", t], ["p", x]]
    send(b, u, "11-11 10:30", "py-smtp", "泰安技师学院宣传稿汇编（5篇）", to=RSJ,
         text="汇编一份，共五篇。",
         files=[f("泰安技师学院宣传稿汇编.docx", doc("python-docx", comp), "article", u.id, count=5)])  # fmt: skip
    summ = [["h", "泰安技师学院活动周总结"], *paras("共开展活动18场，参与人次4100。")]
    stats = [H_STATS, ["泰安技师学院", 5, 13, 1, 6, 4100, 1200, 5, 20000]]
    send(b, u, "11-16 16:10", "py-smtp", "泰安技师学院活动周总结、统计表", to=RSJ, text="请查收。",
         files=[f("泰安技师学院活动周总结.docx", doc("python-docx", summ), "summary", u.id),
                f("泰安技师学院统计表.xlsx", sheet("openpyxl", stats), "statistics", u.id)])  # fmt: skip


def dyzj(b: Builder) -> None:
    u = DYZJ
    qq = {"sender": "1730624859@qq.com", "sender_name": "Sunny"}
    plan = [
        ["h", "岱岳区职业教育中心职业教育活动周活动方案"],
        *paras("学校成立活动周工作小组，组织开放日、技能服务、成果展示三类活动。"),
    ]
    send(b, u, "11-05 08:20", "qqweb", "岱岳职教中心活动周方案",
         "市局领导：岱岳职教中心方案见附件1。宣传依托学校“岱岳职教”公众号。\n"
         "联系人：赵敏 学校办公室副主任\n电话：0538-8561203\n手机：13406386251\n邮箱：dyzj_zhaomin@163.com",
         [f("附件1.docx", doc("python-docx", plan), "plan", u.id)], wechat_only=True,
         liaison=person("", "赵敏", "学校办公室副主任", "dyzj_zhaomin@163.com", "13406386251"),
         note="a teacher's QQ box under a nickname; the school only in the subject", **qq)  # fmt: skip
    send(b, u, "11-08 09:00", "coremail", "岱岳职教中心专栏网址", "我校网站专栏已上线：http://www.dyzjzx.cn/hdz/\n岱岳职教中心",
         column_url="http://www.dyzjzx.cn/hdz/", note="the web column after the WeChat account")  # fmt: skip
    send(b, u, "11-09 17:20", "coremail", "岱岳职教中心活动周稿件", "两篇稿件。",
         [f("岱岳职教中心开放日.docx", _a("岱岳职教中心网络开放日", "学校通过直播展示十个专业。"), "article", u.id),
          f("技能进乡村.docx", _a("岱岳职教中心师生送技能进乡村", "在夏张镇维修农机具。"), "article", u.id)])  # fmt: skip
    send(b, u, "11-12 12:30", "qqweb", "岱岳职教中心稿件", "附件2、附件3是两篇稿子\n赵敏",
         [f("附件2.docx", _a("岱岳职教中心举办烹饪技能展示", "中餐烹饪专业学生现场展示。"), "article", u.id),
          f("附件3.docx", _a("岱岳职教中心职业启蒙课", "为周边小学开设职业启蒙课。"), "article", u.id)], **qq)  # fmt: skip
    send(b, u, "11-14 20:00", "qqweb", "稿件", "最后一篇",
         [f("附件4.docx", _a("岱岳职教中心活动周落幕", "活动周期间服务群众1200人次。"), "article", u.id)],
         note="only the headline in the file names the school", **qq)  # fmt: skip
    summ = [["h", "岱岳区职业教育中心活动周总结"], *paras("我校活动周开展活动17场。")]
    stats = [H_STATS, ["岱岳区职业教育中心", 6, 11, 1, 8, 2200, 1200, 5, 15000]]
    send(b, u, "11-16 16:30", "coremail", "岱岳职教中心总结、统计表", "请查收。",
         [f("岱岳职教中心活动周总结.docx", doc("python-docx", summ), "summary", u.id),
          f("岱岳职教中心统计表.xls", sheet("lo-xls", stats), "statistics", u.id)])  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj]
