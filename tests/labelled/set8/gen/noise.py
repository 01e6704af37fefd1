# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""Mail that is not a unit's campaign submission, and a few more submissions (thanks,
questions, a county's 转报 of a school's article, articles pasted in the body, a resend).

Non-submissions: newsletters with List-Id; the province's notice passed on by a county as
FYI (with the notice as a docx); an English out-of-office from a liaison's address; a
Postfix DSN with a null return path; an Outlook read receipt (已读：); a 163 自动回复; a spoof
of a registered school (spf=fail, dmarc=fail) with a plan-looking docx; other business from
registered addresses (an enrolment brochure, a 安全生产 联络员 list, a meeting notice);
a vendor naming the week; a parent; a blank mail; a county's notice to its schools with
the city in Cc.
"""

from __future__ import annotations

from .build import Builder, F, other, person, send
from .helpers import art, blocks_doc, sm
from .mime import CITY, RSJ
from .units import U

DSN = """--{b}\r
Content-Description: Notification\r
Content-Type: text/plain; charset=us-ascii\r
\r
This is the mail system at host mail.ta.shandong.cn.\r
\r
I'm sorry to have to inform you that your message could not\r
be delivered to one or more recipients. It's attached below.\r
\r
<wangl_tszx@126.com>: host mx.126.com[220.181.15.111] said: 550 User not found:\r
    wangl_tszx@126.com (in reply to RCPT TO command)\r
\r
--{b}\r
Content-Description: Delivery report\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mail.ta.shandong.cn\r
X-Postfix-Queue-ID: 4CQ2kL0Zt9z9vBn\r
Arrival-Date: Fri,  6 Nov 2020 09:58:40 +0800 (CST)\r
\r
Final-Recipient: rfc822; wangl_tszx@126.com\r
Action: failed\r
Status: 5.1.1\r
Remote-MTA: dns; mx.126.com\r
Diagnostic-Code: smtp; 550 User not found: wangl_tszx@126.com\r
\r
--{b}\r
Content-Description: Undelivered Message Headers\r
Content-Type: text/rfc822-headers\r
\r
From: jyj-zcjk01@ta.shandong.cn\r
To: wangl_tszx@126.com\r
Subject: =?UTF-8?B?5YWz5LqO5oql6YCB5rS75Yqo5ZGo5pa55qGI55qE5o+Q6YaS?=\r
Date: Fri, 6 Nov 2020 09:58:39 +0800\r
\r
--{b}--\r
"""

MDN = """--{b}\r
Content-Type: text/plain; charset="gb2312"\r
Content-Transfer-Encoding: base64\r
\r
{text}\r
--{b}\r
Content-Type: message/disposition-notification\r
\r
Reporting-UA: Microsoft Outlook 16.0\r
Final-Recipient: rfc822;fcjtj_zcjyk@126.com\r
Original-Message-ID: <20201104091500.A1B2@ta.shandong.cn>\r
Disposition: manual-action/MDN-sent-manually; displayed\r
\r
--{b}--\r
"""


def noise(b: Builder) -> None:
    import base64

    other(b, "newsletter", "11-02 08:00", "system", "news@zgzyjy.org.cn",
          "中国职业教育周刊 第45期：各地职业教育活动周进入倒计时",
          "本期导读：\n1. 多地部署2020年职业教育活动周\n2. 专家谈“云上活动周”怎么办\n退订请回复TD\n",
          sender_name="中国职业教育周刊",
          headers=[("List-Id", "<weekly.zgzyjy.org.cn>"), ("List-Unsubscribe", "<mailto:unsub@zgzyjy.org.cn>"), ("Precedence", "bulk")],
          note="a trade newsletter naming the week")  # fmt: skip
    item = other(b, "unrelated", "11-02 09:00", "nodemailer", U["dongping"].email,
                 "转发：山东省教育厅等10部门关于做好2020年山东省职业教育活动周相关工作的通知（供参考）",
                 "市局职成高教科：\n收到省厅通知，转发供参考，我县将按市里方案执行。\n东平县教体局\n",
                 sender_name="东平县教体局",
                 note="a county passes the province's notice on for information: nothing delivered")  # fmt: skip
    item.files = [
        blocks_doc("鲁教职字〔2020〕11号.docx", "other", "dongping",
                   [("h", "山东省教育厅等10部门关于做好2020年山东省职业教育活动周相关工作的通知"),
                    "各市教育（教体）局：为展示职业教育改革发展成果，经研究，决定开展2020年全省职业教育活动周。",
                    "请各市于11月5日前报送活动方案。"])
    ]  # fmt: skip
    other(b, "unrelated", "11-03 14:20", "qqweb", "2836615509@qq.com",
          "职业教育活动周展板、易拉宝制作，三天出货",
          "您好，我公司专业承接活动周展板、宣传栏、专栏设计，价格优惠，联系人：小王 13012345678\n",
          note="a vendor naming the week")  # fmt: skip
    other(b, "cc_copy", "11-05 08:10", "coremail-gb2312", U["daiyue"].email,
          "关于做好2020年职业教育活动周相关工作的通知（转发各校）",
          "各职业学校：\n现将市教育局等9部门通知转发给你们，请于11月4日前将方案报区教体局。\n岱岳区教体局\n",
          to="dyzj_xb@163.com", cc=CITY,
          note="a county passing the notice on to its schools, the city in Cc")  # fmt: skip
    mdn_text = base64.b64encode(
        "您的邮件\r\n  收件人: fcjtj_zcjyk@126.com\r\n  主题: 关于报送活动周方案的提醒\r\n已于 2020/11/5 9:20 被阅读。".encode(
            "gbk"
        )
    ).decode()
    other(b, "receipt", "11-05 09:20", "system", U["feicheng"].email, "已读: 关于报送活动周方案的提醒",
          raw_body=MDN.format(b="----=_MDN_7f31a", text=mdn_text).encode(),
          raw_ctype='multipart/report; report-type=disposition-notification;\r\n\tboundary="----=_MDN_7f31a"',
          note="an Outlook read receipt")  # fmt: skip
    other(b, "unrelated", "11-05 10:00", "outlook", "bgs@tajyj.gov.cn", "关于召开全市教育系统安全工作会议的通知",
          "各科室：定于11月9日下午3点在三楼会议室召开安全工作会议，请准时参加。\n局办公室\n",
          note="the city's own office, other business")  # fmt: skip
    other(b, "bounce", "11-06 09:58", "system", "MAILER-DAEMON@mail.ta.shandong.cn",
          "Undelivered Mail Returned to Sender",
          headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
          raw_body=DSN.format(b="4CQ2kL0Zt9z9vBn.1604627920/mail.ta.shandong.cn").encode(),
          raw_ctype='multipart/report; report-type=delivery-status;\r\n\tboundary="4CQ2kL0Zt9z9vBn.1604627920/mail.ta.shandong.cn"',
          note="a Postfix DSN")  # fmt: skip
    other(b, "unrelated", "11-06 11:30", "snail", U["xintai"].email, "新泰市教体局安全生产月活动联络员名单",
          "市应急局：\n我局安全生产月活动联络员：安全科 王刚，手机13905383300。\n",
          to="yjj_aqk@ta.shandong.cn", cc=CITY,
          note="another campaign's 联络员 from a registered county")  # fmt: skip
    other(b, "unrelated", "11-07 20:15", "qqmobile", "1571234098@qq.com", "咨询孩子报考职业学校的问题",
          "老师您好，孩子今年初三，想了解泰安职业技术学院的五年制招生，请问怎么报名？\n一位家长\n",
          note="a parent naming a school")  # fmt: skip
    other(b, "empty", "11-08 10:02", "coremail", U["dyzjzx"].email, "", "",
          note="a blank mail from a registered address")  # fmt: skip
    spoof = other(b, "spoof", "11-09 03:12", "outlook", U["tavtc"].email, "活动周方案（更新）",
                  "请查收附件。\n",
                  headers=[("Authentication-Results", "mx.ta.shandong.cn; spf=fail smtp.mailfrom=tavtc.edu.cn; dkim=none; dmarc=fail (p=QUARANTINE) header.from=tavtc.edu.cn"),
                           ("Received-SPF", "fail (mx.ta.shandong.cn: domain of tavtc.edu.cn does not designate 185.220.101.7 as permitted sender)")],
                  note="a spoof of a registered school with a plan-looking file")  # fmt: skip
    spoof.files = [
        blocks_doc(
            "活动周方案（更新）.docx",
            "other",
            "tavtc",
            [("h", "活动周方案（更新）"), "请启用宏查看完整内容。"],
        )
    ]
    other(b, "auto_reply", "11-10 09:05", "outlook", "zhangwei@tagcjs.cn",
          "Automatic reply: 关于报送活动周宣传材料的提醒",
          "I am out of the office until 16 November with limited access to email. For urgent matters please call the school office.\n\nZhang Wei\n",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
          note="an English out-of-office from a liaison's address")  # fmt: skip
    other(b, "unrelated", "11-10 16:00", "py-smtp", U["tsvtc"].email, "泰山职业技术学院2021年单独招生简章（征求意见稿）",
          "市教育局职成高教科：\n报送我院2021年单招简章征求意见稿，请审阅。\n", to=CITY,
          note="a registered school's other business")  # fmt: skip
    other(b, "newsletter", "11-12 07:30", "system", "epaper@tadaily.com.cn", "泰安日报数字报 11月12日",
          "今日要闻：全市职业教育活动周系列活动精彩纷呈……\n",
          headers=[("List-Id", "泰安日报数字报 <epaper.tadaily.com.cn>"), ("Precedence", "list")],
          note="a newspaper's list mail naming the week")  # fmt: skip
    other(b, "auto_reply", "11-12 09:01", "coremail", U["sdfzxy"].email, "自动回复：关于活动周宣传材料报送情况的通报",
          "您好，邮件已收到，我会尽快处理。\n",
          headers=[("Auto-Submitted", "auto-replied")],
          note="a 163 自动回复 from a registered school")  # fmt: skip
    other(b, "unrelated", "11-13 13:00", "foxmail", "sales@kjedu-tech.com", "云上活动周直播平台免费试用",
          "尊敬的老师：我司为职业院校提供活动周直播、VR展厅一站式服务，欢迎试用。\n",
          note="a vendor")  # fmt: skip
    other(b, "unrelated", "11-17 08:30", "snail", U["tajsxy"].email, "泰安技师学院关于申报技能大师工作室的请示",
          "市人社局：\n我院拟申报市级技能大师工作室，请予审批。\n", to=RSJ,
          note="a technical school's other business to the 人社局")  # fmt: skip


def more(b: Builder) -> None:
    """Further submissions: thanks, a question, a 转报 article, body articles, a resend."""
    send(b, U["hlzy"], "11-05 10:00", "neomutt", "Re: 收到", "收到，谢谢！\n郭晓燕\n",
         sender_name="郭晓燕", charset="gb18030", note="thanks: the unit's submission with no files")  # fmt: skip
    send(b, U["lmkj"], "11-13 08:30", "py-compat32", "请问统计表模板在哪里下载",
         "老师您好，请问《2020年职业教育活动周情况统计表》有没有模板？在哪里下载？\n王琳琳\n",
         sender_name="王琳琳", charset="gbk", note="a question only")  # fmt: skip
    send(
        b, U["taishan"], "11-13 09:00", "neomutt", "转报：泰山区职专活动周稿件一篇",
        "泰山区职专稿件一篇，经我局审核后转报。\n赵立新\n",
        [art("泰山区职专师生为环卫工人免费体检.docx", "护理专业师生为六十余名环卫工人体检。", "tsqzz")],
        sender_name="赵立新",
        note="a county passes a school's article on: the article is the school's",
    )  # fmt: skip
    send(
        b, U["tavtc"], "11-14 17:20", "nodemailer", "泰安职院活动周稿件：活动周闭幕",
        """泰安职院职业教育活动周闭幕

11月14日下午，泰安职业技术学院2020年职业教育活动周在学院报告厅闭幕。活动周期间，学院共组织各类活动二十余项，线上线下参与人数超过三万人次。闭幕式上，学院对表现突出的集体和个人进行了表彰。

（通讯员 高原）
""",
        sender_name="李振华",
        body_article=True,
        note="an article pasted in the body",
    )  # fmt: skip
    send(
        b, U["dyzjzx"], "11-14 10:30", "coremail", "职教中心活动周稿件（正文）",
        """职教中心举办“技能之星”评选

11月13日，岱岳区职业教育中心举行“技能之星”评选活动，二十名学生凭借过硬技能获评。评选分理论和实操两部分，邀请合作企业技术骨干担任评委。

韩冬梅
""",
        sender_name="韩冬梅",
        body_article=True,
    )  # fmt: skip
    send(
        b, U["daiyue"], "11-16 17:20", "coremail-gb2312", "岱岳区活动周工作总结（更正版，请以此版为准）",
        "上午的总结数据有误，现重新报送，请以此版为准。\n李堃\n",
        [sm("岱岳区2020年职业教育活动周工作总结（更正版）.docx", "daiyue", U["daiyue"].name, "活动周期间，全区开展线上活动35场，组织技能服务17次，参与师生8800人次。")],
        sender_name="李堃",
    )  # fmt: skip
    send(b, U["ningyang"], "11-06 09:10", "qqweb", "回复：宁阳县教体局活动周方案（补报）",
         "另：我县专栏也可从宁阳教育网首页进入。\n孔令伟\n", sender_name="孔令伟",
         note="an addition with nothing new")  # fmt: skip
    send(
        b, U["xtyz"], "11-06 10:00", "foxmail", "新泰一职专联络员邮箱更正",
        "昨日报送的联络员邮箱有误，正确邮箱为 lvxf_xtyz@126.com（手机13468226631不变）。\n吕晓峰\n",
        sender_name="吕晓峰",
        liaison=person("", "吕晓峰", "", "lvxf_xtyz@126.com", "13468226631"),
        note="the liaison's email corrected; the cell stays complete",
    )  # fmt: skip
    send(
        b, U["sdfzxy"], "11-09 14:10", "outlook", "服装职院活动周专栏地址变更",
        "我院活动周专栏迁移至新地址：http://xcb.sdfzxy.edu.cn/2020hdz/ ，原地址停止更新。\n孙婧\n",
        sender_name="孙婧",
        column_url="http://xcb.sdfzxy.edu.cn/2020hdz/",
        note="the column moves",
    )  # fmt: skip
    send(b, U["hlzy"], "11-13 09:45", "neomutt", "护理学院活动周报道链接",
         "学院新闻网今日发布：http://www.tshlzy.edu.cn/info/1012/3355.htm\n郭晓燕\n",
         sender_name="郭晓燕", charset="gb18030",
         article_links=["http://www.tshlzy.edu.cn/info/1012/3355.htm"])  # fmt: skip
    send(b, U["dpzj"], "11-13 08:10", "coremail", "咨询：专栏是否必须单独建设",
         "高教科老师：请问活动周宣传专栏必须单独建设吗？可以用学校新闻栏目代替吗？\n杜鹃\n",
         sender_name="杜鹃", note="a question only")  # fmt: skip
    send(b, U["nyzz"], "11-05 10:30", "qqweb", "回复：宁阳职专职业教育活动周方案",
         "好的，谢谢老师！\n彭丽\n", sender_name="彭丽", note="thanks")  # fmt: skip
    send(b, U["tajsxy"], "11-16 16:10", "snail", "Re: 泰安技师学院活动周总结、统计表",
         "已收到回执，谢谢。\n徐振东\n", to=RSJ, sender_name="徐振东", note="thanks")  # fmt: skip
    _ = F


def more_noise(b: Builder) -> None:
    """Three more non-submissions."""
    other(b, "receipt", "11-11 08:40", "qqweb", U["nyzz"].email, "回执：关于活动周宣传材料报送的提醒",
          "这是一封回执邮件：您发送的邮件“关于活动周宣传材料报送的提醒”已于2020年11月11日 08:40被阅读。\n",
          note="a QQ mail text read receipt")  # fmt: skip
    other(b, "unrelated", "11-11 02:00", "system", "notify@service.netease.com", "网易邮箱安全提醒：您的邮箱在新设备登录",
          "您的邮箱 jyj-zcjk01 于 2020-11-11 01:58 在新设备登录，如非本人操作请及时修改密码。\n",
          note="a mail provider's notice")  # fmt: skip
    other(b, "unrelated", "11-12 15:00", "neomutt", U["taishan"].email, "泰山区教体局关于报送中小学教师培训计划的函",
          "市教育局教师工作科：\n现报送我区2021年中小学教师培训计划，请审阅。\n", to=CITY,
          note="a registered county's other business")  # fmt: skip


STORIES = [noise, more, more_noise]
