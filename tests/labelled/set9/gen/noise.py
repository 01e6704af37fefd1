# ruff: noqa: E501  (a story is the mail as written: long lines of Chinese text)
"""Non-campaign mail (set9) and a few more small submissions.

Non-campaign: a mailing list digest and a newspaper list mail naming the week, a supplier's
advert naming the week, a calendar invitation from a registered college to its own opening
ceremony, a Chinese auto-reply without Auto-Submitted and one with it, a Chinese QQ Mail
delivery failure and a Coremail one, a registered school's and a registered county's
unrelated 通知, an MDN, a video studio's offer, a parent, a blank mail, a county's notice to
its schools with the city in Cc. More submissions: a fourth reply in a reminder thread, a
resend of a file that did not open (same name: counts once), questions and thanks.
"""

from __future__ import annotations

import base64

from .build import Builder, other, person, send  # noqa: F401
from .counties import H_STATS
from .helpers import R1_SUBJECT, R2_SUBJECT, R2_TEXT, REMIND1, REMIND2, quoted, thread
from .make import doc, f, sheet
from .mime import CITY
from .units import DYQ, FCZZ, GAOXIN, JTZZ, LMKJ, NINGYANG, SDFZXY, TSHL, TZY


def _b64body(text: str, codec: str = "utf-8") -> bytes:
    enc = base64.b64encode(text.replace("\n", "\r\n").encode(codec))
    return b"\r\n".join(enc[i : i + 76] for i in range(0, len(enc), 76)) + b"\r\n"


def noise(b: Builder) -> None:
    other(b, "newsletter", "11-02 08:30", "system", "digest@list.zgzjzx.cn", "职教资讯 每日摘要 第312期",
          "本期要目：\n1. 多地部署2020年职业教育活动周\n2. 教育部：推进职业教育提质培优\n3. 各地职教活动周亮点前瞻\n退订请回复TD",
          sender_name="职教资讯", headers=[("List-Id", "<zjzx-daily.list.zgzjzx.cn>"), ("Precedence", "list"),
                                         ("List-Unsubscribe", "<mailto:unsubscribe@list.zgzjzx.cn>")],
          note="a mailing list digest naming the week")  # fmt: skip
    other(b, "unrelated", "11-03 14:00", "foxmail", "sales@hzvrtech.com", "职教活动周特惠 | VR虚拟仿真实训室整体解决方案",
          "尊敬的领导：\n值此2020年职业教育活动周之际，我公司推出VR实训室限时优惠，活动周期间签约享八折。\n杭州某某科技有限公司 市场部",
          sender_name="华智VR", note="a supplier's advert naming the week")  # fmt: skip
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20201108T010000Z\r\nDTEND:20201108T023000Z\r\nSUMMARY:泰山职院2020年职业教育活动周开幕式\r\n"
           "LOCATION:学院报告厅\r\nORGANIZER:mailto:dzb@tsvtc.edu.cn\r\nATTENDEE;RSVP=TRUE:mailto:jyj-zcjk01@ta.shandong.cn\r\n"
           "UID:tsvtc-20201108-kms\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip
    body = (b"--cal_b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + _b64body("诚邀市局领导出席我院活动周开幕式。\n时间：11月8日9:00\n地点：学院报告厅")
            + b"--cal_b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + _b64body(ics) + b"--cal_b1--\r\n")  # fmt: skip
    other(b, "unrelated", "11-04 13:00", "system", "dzb@tsvtc.edu.cn", "邀请: 泰山职院2020年职业教育活动周开幕式 @ 2020年11月8日 9:00",
          raw_body=body, raw_ctype='multipart/alternative; boundary="cal_b1"',
          note="a registered college's calendar invitation to its opening ceremony")  # fmt: skip
    other(b, "auto_reply", "11-05 20:30", "coremail", "tshl_xcb@tshlzy.edu.cn", "自动回复：" + R1_SUBJECT,
          "您好，您的来信已收到。本人近期外出学习，返校后第一时间处理，急事请致电学校办公室。",
          headers=thread(REMIND1), note="a Chinese auto-reply without Auto-Submitted")  # fmt: skip
    bounce = ("此邮件是由QQ邮箱系统自动发出的退信。\n很抱歉，您的邮件无法发送到以下地址：\n287001354@qq.com\n"
              "退信原因：收件人邮箱地址不存在。\n原邮件主题：" + R1_SUBJECT)  # fmt: skip
    other(b, "bounce", "11-06 09:05", "system", "PostMaster@qq.com", "退信：" + R1_SUBJECT, sender_name="QQ邮箱",
          raw_body=_b64body(bounce, "gb18030"), raw_ctype="text/plain; charset=gb18030\r\nContent-Transfer-Encoding: base64",
          headers=[("X-QQ-MIME", "TCMime 1.0 by Tencent")], note="a Chinese QQ Mail delivery failure")  # fmt: skip
    other(b, "unrelated", "11-07 11:00", "foxmail", "nyzz_xb@126.com", "关于举办宁阳职专第十届校园技能节的通知",
          "市教育局：\n我校定于12月上旬举办第十届校园技能节，现将方案报上，敬请领导莅临指导。\n宁阳县职业中等专业学校",
          note="a registered school's unrelated 通知")  # fmt: skip
    other(b, "unrelated", "11-08 10:20", "outlook", "tsqjtj_zcg@ta.shandong.cn", "关于泰山区2021年中职招生计划的报告",
          "市局：\n现将我区2021年中等职业学校招生计划报上，请审核。\n泰山区教体局", note="a registered county's other business")  # fmt: skip
    mdn = (b"--mdn1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + _b64body("您发送的邮件“" + R1_SUBJECT + "”已于2020年11月9日被阅读。")
           + b"--mdn1\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822;xtjtj_zck@ta.shandong.cn\r\n"
           b"Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--mdn1--\r\n")  # fmt: skip
    other(b, "receipt", "11-09 08:15", "system", "xtjtj_zck@ta.shandong.cn", "已读: " + R1_SUBJECT,
          raw_body=mdn, raw_ctype='multipart/report; report-type=disposition-notification; boundary="mdn1"',
          note="a read receipt from a registered county")  # fmt: skip
    other(b, "newsletter", "11-10 07:00", "system", "epaper@tadaily.com.cn", "泰安日报数字报 11月10日要闻",
          "今日要闻：\n· 我市职业教育活动周各项活动有序开展\n· 泰山区：职教学子进社区\n阅读全文请访问数字报",
          headers=[("List-Id", "<epaper.tadaily.com.cn>"), ("Precedence", "bulk")], note="a newspaper's list mail")  # fmt: skip
    other(b, "unrelated", "11-10 15:30", "qqweb", "dpjtj@ta.shandong.cn", "关于报送冬季校园安全检查情况的函",
          "市教育局：\n我县冬季校园安全检查情况报告见正文，已完成全部学校排查。\n东平县教体局", note="a registered county's other business")  # fmt: skip
    other(b, "unrelated", "11-11 09:40", "coremail", "yingshi_2016@163.com", "活动周宣传片、短视频拍摄服务",
          "您好，我们是泰安本地影视工作室，可为学校拍摄活动周宣传片、抖音短视频，报价从优。", note="a studio's offer")  # fmt: skip
    other(b, "unrelated", "11-12 21:00", "qqmobile", "542210937@qq.com", "咨询孩子上交通职专的事",
          "您好，孩子今年初三，想问问交通职专汽修专业明年招多少人？", note="a parent")  # fmt: skip
    other(b, "empty", "11-13 07:50", "qqweb", "1903377462@qq.com", "", "", note="a blank mail")
    other(b, "auto_reply", "11-15 18:00", "coremail", "xtzcjk@163.com", "自动回复: " + R2_SUBJECT,
          "这是一封自动回复邮件。您的邮件我已收到，会尽快处理。",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), *thread(REMIND2)],
          note="a liaison's 163 auto-reply")  # fmt: skip
    other(b, "cc_copy", "11-16 08:10", "foxmail", "nyxjtj_zj@163.com", "关于报送职业教育活动周总结的通知",
          "县职专、县技工学校：\n请于今天12时前将活动周总结和统计表报县教体局职成股，由我局汇总后报市局。\n宁阳县教体局",
          to="nyzz_xb@126.com, nyjgxx@163.com", cc=CITY, note="a county's notice to its schools, the city in Cc")  # fmt: skip
    other(b, "bounce", "11-17 09:30", "system", "postmaster@ta.shandong.cn", "系统退信：" + R2_SUBJECT,
          "您的邮件未能投递到 ningyang_zcg@ta.shandong.cn：用户不存在（550 User not found）。",
          headers=[("Auto-Submitted", "auto-replied")], note="a government Coremail bounce")  # fmt: skip


def more(b: Builder) -> None:
    send(b, DYQ, "11-16 08:30", "coremail", "Re: Re: Re: Re: " + R1_SUBJECT,
         "请问统计表有没有统一模板？我们按自己的格式填可以吗？" + quoted(R2_TEXT, "11-15 16:02"),
         headers=thread(REMIND1, REMIND2), note="the fourth reply in the thread: a question")  # fmt: skip
    send(b, GAOXIN, "11-11 08:30", "qqweb", "重发附件2", "昨天的附件2有同事说打不开，重新发一次。",
         [f("附件2.docx", doc("python-docx", [["h", "高新区企业开放实训车间"], ["p", "五家企业向中职学生开放生产车间。"]]), "article", GAOXIN.id)],
         note="a resend under the same name: counts once")  # fmt: skip
    send(
        b,
        TZY,
        "11-05 08:40",
        "outlook",
        "回复：泰职院活动周方案、专栏及联络员",
        "回执收到，谢谢老师！泰职院宣传部",
    )
    send(b, SDFZXY, "11-06 10:15", "snail", "服装学院专栏情况说明",
         "市局老师：我院活动周专栏正在建设，上线后第一时间报送地址。山东服装职业学院宣传统战部")  # fmt: skip
    send(b, TSHL, "11-09 12:00", "coremail", "请问稿件需要配图吗", "老师好，宣传稿件需要附照片吗？张慧（泰护）",
         sender="zhanghui_1990@163.com", sender_name="zhang hui")  # fmt: skip
    send(b, LMKJ, "11-12 09:30", "nodemailer", "更正：健康服务进社区",
         "前天的稿件有错字，更正后重发，文件名不变。",
         [f("健康服务进社区.docx", doc("python-docx", [["h", "力明学院师生开展健康服务进社区活动"], ["p", "为居民免费测血糖、推拿理疗。"]]), "article", LMKJ.id)],
         note="a corrected article under the same name: counts once")  # fmt: skip
    stats = [H_STATS, ["宁阳县", 12, 27, 3, 10, 2500, 3100, 4, 26000]]
    send(b, NINGYANG, "11-16 16:20", "foxmail", "统计表重发（xlsx格式）", "刚才的统计表是ods格式，怕打不开，重发xlsx版。",
         [f("宁阳县统计表.xlsx", sheet("openpyxl", stats), "statistics", NINGYANG.id)])  # fmt: skip
    send(
        b, JTZZ, "11-17 08:00", "py-compat32", "感谢", "回执已收到，感谢职成科老师的指导！交通职专"
    )
    send(b, FCZZ, "11-06 12:20", "qqweb", "请问我校联络员信息是否收到", "老师好，昨天发的附件2联络员信息收到了吗？刘晓雨 肥城职专",
         sender="38749201@qq.com", sender_name="liuxiaoyu")  # fmt: skip


STORIES = [noise, more]
