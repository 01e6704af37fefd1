# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""What seven schools send (set8's own wordings).

tavtc: nodemailer; liaison "由我校教务处副主任…担任"; the column between the homepage and a
  WeChat article; articles with bylines and an 编者按, a .doc; statistics with extra
  sheets, resent with 请以此版为准.
tsvtc: Python email (SMTP policy, quoted-printable); a plan titled 工作安排 and its resend
  请以此版为准 under the same name; .doc articles; a report titled 开展情况的报告; .xls.
sdfzxy: Outlook (gb2312 label); .odt articles, one with an 编者按; a 活动方案.
lmkj: Python email (compat32, GBK RFC 2231 names); everything late.
hlzy: NeoMutt (GB18030); leaders and liaison in one table (组长/副组长/联络员, no 序号);
  a zip with GBK member names; PDFs.
tajsxy: s-nail to the 人社局 mailbox only.
dyzjzx: 163 web mail (GBK); liaison in a 负责与市局对接 sentence; a link to its own news page.
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .helpers import art, blocks_doc, pl, row, sm, st_lo, st_xlsx
from .units import RSJ, U


def tavtc(b: Builder) -> None:
    u = U["tavtc"]
    org = u.name
    send(
        b, u, "11-03 15:00", "nodemailer", "泰安职业技术学院报送职业教育活动周活动方案",
        """市教育局职成高教科：

我院活动周活动方案见附件。

由我校教务处副主任李振华担任联络员，联系电话0538-6289111，手机13805381962，邮箱lizh@tavtc.edu.cn。

学校主页 https://www.tavtc.edu.cn 已挂出活动周入口，活动周专栏地址为 https://www.tavtc.edu.cn/zjhdz/ ，学校公众号的预告推文见 https://mp.weixin.qq.com/s/Ab3dE5fGh7JkLm9N 。

泰安职业技术学院招生就业处
""",
        [pl("泰安职业技术学院2020年职业教育活动周活动方案.docx", "tavtc", org)],
        sender_name="泰安职院招生就业处",
        column_url="https://www.tavtc.edu.cn/zjhdz/",
        liaison=person("", "李振华", "教务处副主任", "lizh@tavtc.edu.cn", "13805381962"),
    )  # fmt: skip
    send(
        b, u, "11-08 18:30", "nodemailer", "泰安职院活动周稿件（11月8日）",
        "今日稿件两篇。\n李振华\n",
        [
            art("泰安职院“云上开放日”吸引三万人次在线参观.docx", "11月8日，泰安职业技术学院“云上开放日”正式上线。", "tavtc", byline="通讯员 高原 刘敏"),
            art("泰安职院与十家企业签订合作协议.docx", "活动周首日，学院与十家企业集中签约。", "tavtc", byline="通讯员 刘敏"),
        ],
        sender_name="李振华",
    )  # fmt: skip
    send(
        b, u, "11-10 12:00", "nodemailer", "泰安职院活动周稿件（11月10日）",
        "一篇附件，一篇公众号文章：https://mp.weixin.qq.com/s/Qe2RtY6uIo8PaS0D\n李振华\n",
        [art("大国工匠进校园.docx", "全国劳动模范走进学院报告厅，与青年学子面对面。", "tavtc",
             editor="工匠精神需要传承。本文记录了一位大国工匠与职院学生的一次对话。")],
        sender_name="李振华",
        article_links=["https://mp.weixin.qq.com/s/Qe2RtY6uIo8PaS0D"],
    )  # fmt: skip
    send(
        b, u, "11-12 09:30", "nodemailer", "泰安职院活动周稿件",
        "附件为doc格式稿件一篇。\n",
        [art("学院师生走进社区开展健康服务.doc", "医护专业师生在岱庙街道开展健康服务。", "tavtc")],
        sender_name="李振华",
    )  # fmt: skip
    extra = [
        {
            "sheet": "活动明细",
            "rows": [
                ["日期", "活动名称", "参与人数"],
                ["11月8日", "云上开放日", 3200],
                ["11月11日", "社区健康服务", 180],
            ],
        },
        {"sheet": "说明", "rows": [["本表由招生就业处汇总"]]},
    ]
    send(
        b, u, "11-16 10:40", "nodemailer", "泰安职业技术学院活动周工作总结及统计表",
        "工作总结、统计表各一份。\n",
        [
            sm("泰安职业技术学院职业教育活动周工作总结.pdf", "tavtc", org, "学院共举办线上活动18场、线下活动9场，参与师生5600人次，网络浏览量达12.6万人次。"),
            st_xlsx("泰安职院活动周情况统计表.xlsx", "tavtc", [row("泰安职业技术学院")], extra=extra),
        ],
        sender_name="李振华",
    )  # fmt: skip
    send(
        b, u, "11-16 17:40", "nodemailer", "【修订】泰安职院活动周情况统计表（请以此版为准）",
        "上午报送的统计表浏览量填写有误，现重新报送，请以此版为准。\n",
        [st_xlsx("泰安职院活动周情况统计表（修订）.xlsx", "tavtc", [row("泰安职业技术学院（修订）")], extra=extra)],
        sender_name="李振华",
    )  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    org = u.name
    body = """职成高教科老师：

附件为我院活动周工作安排。

联络员：宣传部 干事 周晓彤
手机：156 5384 2290
邮箱：zhouxt@tsvtc.edu.cn
专栏：http://xcb.tsvtc.edu.cn/hdz2020/
"""
    name = "泰山职业技术学院职业教育活动周工作安排.docx"
    send(
        b, u, "11-04 11:20", "py-smtp", "泰山职院活动周工作安排", body,
        [pl(name, "tsvtc", org)],
        sender_name="周晓彤",
        column_url="http://xcb.tsvtc.edu.cn/hdz2020/",
        liaison=person("", "周晓彤", "宣传部干事", "zhouxt@tsvtc.edu.cn", "15653842290"),
    )  # fmt: skip
    send(
        b, u, "11-05 09:00", "py-smtp", "泰山职院活动周工作安排（请以此版为准）",
        "昨天发送的工作安排日程有调整，请以此版为准。\n周晓彤\n",
        [pl(name, "tsvtc", org, extra=["（修订：11月12日活动调整为线上进行）"])],
        sender_name="周晓彤",
        note="a resend of the plan under the same name",
    )  # fmt: skip
    send(
        b, u, "11-09 16:00", "py-smtp", "泰山职院活动周稿件三篇",
        "稿件三篇（doc格式）。\n",
        [
            art("泰山职院举办职业技能展示周.doc", "学院十个专业群集中展示教学成果。", "tsvtc"),
            art("泰山职院学子获评“齐鲁工匠后备人才”.doc", "学院三名学生入选齐鲁工匠后备人才。", "tsvtc"),
            art("泰山职院开展汽修义诊进社区.doc", "汽修专业师生为社区居民免费检测车辆。", "tsvtc"),
        ],
        sender_name="周晓彤",
    )  # fmt: skip
    send(
        b, u, "11-13 10:10", "py-smtp", "泰山职院活动周报道链接",
        "两篇报道：\nhttps://mp.weixin.qq.com/s/Lk9Jh7Gf5Ds3Aa1Z\nhttp://news.tsvtc.edu.cn/info/1021/6655.htm\n",
        sender_name="周晓彤",
        article_links=["https://mp.weixin.qq.com/s/Lk9Jh7Gf5Ds3Aa1Z", "http://news.tsvtc.edu.cn/info/1021/6655.htm"],
    )  # fmt: skip
    send(
        b, u, "11-16 09:10", "py-smtp", "泰山职院职业教育活动周开展情况的报告、统计表",
        "请查收。\n",
        [
            sm("泰山职业技术学院职业教育活动周开展情况的报告.docx", "tsvtc", org, "学院开展活动24场，参与师生7300人次，服务群众900人次。"),
            st_lo("泰山职院活动周统计表.xls", "tsvtc", [row("泰山职业技术学院")], total=False),
        ],
        sender_name="周晓彤",
    )  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    org = u.name
    send(
        b, u, "11-05 10:30", "outlook", "山东服装职业学院职业教育活动周活动方案",
        """高教科：

报送学院活动周活动方案。联络员为学院党委宣传部副部长孙婧，手机13954809261，邮箱sunjing@sdfzxy.edu.cn。学院活动周专栏：http://www.sdfzxy.edu.cn/hdz/

山东服装职业学院党委宣传部
""",
        [pl("山东服装职业学院职业教育活动周活动方案.docx", "sdfzxy", org)],
        sender_name="孙婧",
        column_url="http://www.sdfzxy.edu.cn/hdz/",
        liaison=person("", "孙婧", "党委宣传部副部长", "sunjing@sdfzxy.edu.cn", "13954809261"),
    )  # fmt: skip
    send(
        b, u, "11-10 14:00", "outlook", "服装职院活动周稿件（odt）",
        "三篇稿件，用WPS另存为odt格式，如打不开请告知。\n孙婧\n",
        [
            art("服装职院非遗服饰展开幕.odt", "学院非遗服饰展在图书馆展厅开幕。", "sdfzxy",
                editor="一针一线见匠心。本期带您走进服装职院的非遗服饰展。"),
            art("服装职院学生设计作品亮相时装周.odt", "学院学生作品在省时装周上集中亮相。", "sdfzxy"),
            art("服装职院为社区居民免费改衣.odt", "服装专业师生在社区设点免费为居民修改衣物。", "sdfzxy"),
        ],
        sender_name="孙婧",
    )  # fmt: skip
    send(
        b, u, "11-13 09:20", "outlook", "服装职院活动周稿件",
        "两篇。\n",
        [
            art("服装职院开展校企合作成果展.docx", "十二家合作企业携产品参展。", "sdfzxy", byline="通讯员 孙婧"),
            art("服装职院毕业生创业故事.docx", "从学生到老板，她用了五年。", "sdfzxy"),
        ],
        sender_name="孙婧",
    )  # fmt: skip
    send(
        b, u, "11-16 11:30", "outlook", "服装职院活动周总结、统计表",
        "附件。\n",
        [
            sm("山东服装职业学院职业教育活动周工作总结.docx", "sdfzxy", org, "共开展活动16场，服务群众1300人次，发布报道21篇。"),
            st_xlsx("服装职院活动周统计表.xlsx", "sdfzxy", [row("山东服装职业学院")]),
        ],
        sender_name="孙婧",
    )  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    org = u.name
    send(
        b, u, "11-07 16:00", "py-compat32", "力明学院活动周方案（迟报）",
        """市教育局职成高教科：

因学院领导出差审签延误，方案迟报，敬请谅解。

我院联络员：招生就业处 王琳琳 职务：科长 手机：18805381573 邮箱：wanglinlin@lmkj.cn
活动周专栏：http://www.sdlmkj.com/zjhdz/
""",
        [pl("山东力明科技职业学院职业教育活动周方案.docx", "lmkj", org)],
        sender_name="王琳琳",
        column_url="http://www.sdlmkj.com/zjhdz/",
        liaison=person("", "王琳琳", "科长", "wanglinlin@lmkj.cn", "18805381573"),
        charset="gbk",
    )  # fmt: skip
    send(
        b, u, "11-12 15:00", "py-compat32", "力明学院活动周稿件",
        "两篇稿件。\n",
        [
            art("力明学院中医药文化体验周.docx", "学院中医药文化体验活动吸引周边居民参与。", "lmkj"),
            art("力明学院护理技能大赛举行.docx", "五十名选手同台竞技。", "lmkj"),
        ],
        sender_name="王琳琳",
        charset="gbk",
    )  # fmt: skip
    send(
        b, u, "11-15 09:30", "py-compat32", "力明学院活动周稿件（补）",
        "补报三篇。\n",
        [
            art("力明学院开展义诊进乡村.docx", "医学专业师生走进乡村开展义诊。", "lmkj"),
            art("力明学院校企合作签约.docx", "学院与三家医疗机构签订合作协议。", "lmkj"),
            art("力明学院活动周闭幕.docx", "活动周在学院大礼堂闭幕。", "lmkj"),
        ],
        sender_name="王琳琳",
        charset="gbk",
    )  # fmt: skip
    send(
        b, u, "11-17 10:00", "py-compat32", "力明学院活动周总结和统计表",
        "总结和统计表，请查收。\n",
        [
            sm("力明学院职业教育活动周总结.docx", "lmkj", org, "学院开展活动11场，参与师生2100人次。"),
            st_xlsx("力明学院活动周统计表.xlsx", "lmkj", [row("山东力明科技职业学院")]),
        ],
        sender_name="王琳琳",
        charset="gbk",
    )  # fmt: skip


def hlzy(b: Builder) -> None:
    u = U["hlzy"]
    org = u.name
    team = [
        ["职务分工", "姓名", "部门及职务", "手机", "电子邮箱"],
        ["组长", "杨建华", "党委副书记、院长", "13905380011", ""],
        ["副组长", "马俊", "副院长", "13905380026", ""],
        ["联络员", "郭晓燕", "党政办公室副主任", "15263837719", "guoxy@tshlzy.edu.cn"],
    ]
    send(
        b, u, "11-04 17:05", "neomutt", "泰山护理职业学院活动周方案及领导小组、联络员",
        """市教育局职成高教科：

附件一为我院活动周方案，附件二为活动周领导小组及联络员名单。

我院官网 http://www.tshlzy.edu.cn 已开设“职业教育活动周”专栏（http://www.tshlzy.edu.cn/zjhdz/list.htm），官方微信同步推送了活动预告 https://mp.weixin.qq.com/s/Hl8zY2xWv4Ut6Sr0 。

泰山护理职业学院党政办公室
""",
        [
            pl("泰山护理职业学院职业教育活动周方案.pdf", "hlzy", org),
            blocks_doc("活动周领导小组及联络员名单.docx", "contact", "hlzy", [("h", "泰山护理职业学院活动周领导小组"), ("t", team)]),
        ],
        sender_name="郭晓燕",
        column_url="http://www.tshlzy.edu.cn/zjhdz/list.htm",
        liaison=person("", "郭晓燕", "党政办公室副主任", "guoxy@tshlzy.edu.cn", "15263837719"),
        charset="gb18030",
    )  # fmt: skip
    members = [
        art(
            "护理学院开展急救知识进社区.docx",
            "护理专业师生为社区居民讲授心肺复苏。",
            "hlzy",
            "lo-docx",
        ),
        art(
            "护理学院举办职业体验日.docx",
            "初中学生走进模拟病房，体验护士的一天。",
            "hlzy",
            "lo-docx",
        ),
        art(
            "护理学院白衣天使抗疫故事分享会.docx",
            "参加过抗疫一线的校友回到母校分享经历。",
            "hlzy",
            "lo-docx",
        ),
    ]
    zipdoc = Doc("zip-gbk", None, tuple((m.name, m.doc) for m in members))  # type: ignore[misc]
    send(
        b, u, "11-09 20:15", "neomutt", "护理学院活动周稿件（压缩包）",
        "三篇稿件在压缩包里。\n郭晓燕\n",
        [F("护理学院活动周稿件.zip", zipdoc, "article", "hlzy", label=False)],
        members=members,
        sender_name="郭晓燕",
        charset="gb18030",
    )  # fmt: skip
    send(
        b, u, "11-12 10:25", "neomutt", "护理学院活动周稿件",
        "两篇PDF。\n",
        [
            art("护理学院师生为环卫工人送健康.pdf", "学院志愿者为环卫工人开展健康检查。", "hlzy"),
            art("护理学院与市中心医院共建实训基地.pdf", "双方共建的实训基地正式揭牌。", "hlzy"),
        ],
        sender_name="郭晓燕",
        charset="gb18030",
    )  # fmt: skip
    send(
        b, u, "11-16 16:00", "neomutt", "护理学院活动周总结及统计表",
        "请审阅。\n",
        [
            sm("泰山护理职业学院职业教育活动周总结.pdf", "hlzy", org, "共开展健康服务活动13场，服务群众2300人次，参与师生3100人次。"),
            st_xlsx("护理学院活动周统计表.xlsx", "hlzy", [row("泰山护理职业学院")]),
        ],
        sender_name="郭晓燕",
        charset="gb18030",
    )  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    org = u.name
    send(
        b, u, "11-05 14:30", "snail", "泰安技师学院活动周方案、专栏、联络员",
        """市人社局职业能力建设科：

我院活动周方案见附件。
专栏网址：http://www.tajsxy.cn/zjhdz/
联络员：泰安技师学院 教务科科长 徐振东，手机 13615486672，邮箱 xuzd@tajsxy.cn
""",
        [pl("泰安技师学院2020年职业教育活动周方案.docx", "tajsxy", org)],
        to=RSJ,
        sender_name="徐振东",
        column_url="http://www.tajsxy.cn/zjhdz/",
        liaison=person("泰安技师学院", "徐振东", "教务科科长", "xuzd@tajsxy.cn", "13615486672"),
    )  # fmt: skip
    send(
        b, u, "11-10 09:00", "snail", "泰安技师学院活动周稿件",
        "稿件三篇。\n",
        [
            art("技师学院世赛选手展示绝活.docx", "世赛选手现场展示数控加工技艺。", "tajsxy"),
            art("技师学院开展技能进社区.docx", "电工专业师生为居民检修线路。", "tajsxy"),
            art("技师学院举办企业家进校园.docx", "五位企业家与学生分享成长经历。", "tajsxy"),
        ],
        to=RSJ,
        sender_name="徐振东",
    )  # fmt: skip
    send(
        b, u, "11-13 15:40", "snail", "泰安技师学院活动周稿件（续）",
        "两篇。\n",
        [
            art("技师学院学子获全国技能大赛金牌.docx", "学院学子在全国技能大赛中夺得金牌。", "tajsxy"),
            art("技师学院开放日迎来千名家长.docx", "千余名家长走进学院参观实训车间。", "tajsxy"),
        ],
        to=RSJ,
        sender_name="徐振东",
    )  # fmt: skip
    send(
        b, u, "11-16 15:30", "snail", "泰安技师学院活动周总结、统计表",
        "总结和统计表。\n",
        [
            sm("泰安技师学院职业教育活动周工作总结.docx", "tajsxy", org, "学院开展活动20场，参与师生4500人次。"),
            st_xlsx("技师学院活动周统计表.xlsx", "tajsxy", [row("泰安技师学院")]),
        ],
        to=RSJ,
        sender_name="徐振东",
    )  # fmt: skip


def dyzjzx(b: Builder) -> None:
    u = U["dyzjzx"]
    org = u.name
    send(
        b, u, "11-04 08:50", "coremail", "岱岳区职教中心职业教育活动周工作安排",
        """市教育局：

报送我校活动周工作安排。活动周期间，学校办公室主任韩冬梅同志负责与市局对接，电话13563846618，邮箱dyzj_hdm@163.com。学校专栏 http://www.dyzjzx.com/hdzzl/ 已开通。
""",
        [pl("岱岳区职教中心职业教育活动周工作安排.docx", "dyzjzx", org)],
        sender_name="韩冬梅",
        column_url="http://www.dyzjzx.com/hdzzl/",
        liaison=person("", "韩冬梅", "办公室主任", "dyzj_hdm@163.com", "13563846618"),
    )  # fmt: skip
    send(
        b, u, "11-09 11:30", "coremail", "岱岳区职教中心稿件三篇",
        "三篇。\n",
        [
            art("职教中心开展新能源汽车维修体验.docx", "学生带领市民体验新能源汽车检修。", "dyzjzx"),
            art("职教中心学生为敬老院送温暖.docx", "学生志愿者为敬老院老人理发、打扫卫生。", "dyzjzx"),
            art("职教中心中餐烹饪专业展厨艺.doc", "烹饪专业学生现场制作泰山特色菜。", "dyzjzx"),
        ],
        sender_name="韩冬梅",
    )  # fmt: skip
    send(
        b, u, "11-12 16:30", "coremail", "岱岳区职教中心稿件",
        "一篇附件；另一篇已在学校网站发布：http://www.dyzjzx.com/news/2020/1112/318.html\n",
        [art("职教中心举行校企合作洽谈会.docx", "二十余家企业参加洽谈会。", "dyzjzx")],
        sender_name="韩冬梅",
        article_links=["http://www.dyzjzx.com/news/2020/1112/318.html"],
    )  # fmt: skip
    send(
        b, u, "11-16 13:20", "coremail", "岱岳区职教中心活动周工作总结、统计表",
        "请查收。\n",
        [
            sm("岱岳区职教中心职业教育活动周工作总结.docx", "dyzjzx", org, "学校开展各类活动15场，服务群众860人次。"),
            st_lo("岱岳区职教中心活动周统计表.xls", "dyzjzx", [row("岱岳区职教中心")], total=False),
        ],
        sender_name="韩冬梅",
    )  # fmt: skip


STORIES = [tavtc, tsvtc, sdfzxy, lmkj, hlzy, tajsxy, dyzjzx]
