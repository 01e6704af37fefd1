"""Mail that is not a submission: auto-replies, read receipts, bounces, empty mail, forwards of the
city's own notice, spoofs, unrelated office mail and newsletters."""

from __future__ import annotations

import base64
import email.utils

from .common import REMINDER_ID, A
from .docs import Doc
from .model import CITY, Msg, at
from .people import reg
from .texts import article, notice_doc, stats, summary

ARTICLE_REMINDER = "<20201108080000.reminder-articles@ta.shandong.cn>"
ARTICLE_REMINDER_SUBJ = "关于报送职业教育活动周宣传材料的提醒"
PLAN_REMINDER_SUBJ = "【提醒】请尽快报送职业教育活动周方案、专栏地址和联络员信息"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _nobody(d: Doc) -> Doc:
    """A spoof's file belongs to no unit (it is not the unit's, whatever it says)."""
    d.unit = None
    return d


def _mdn(
    slug: str, when: str, sender: tuple[str, str], subject: str, orig_id: str, ua: str
) -> bytes:
    """A disposition notification (RFC 8098), as Thunderbird/Outlook send them."""
    name, addr = sender
    b = f"----=_MDN_{slug}"
    t = at(when)
    human = (
        f"这是邮件回执：您于 2020-11-05 发送给 {addr} 的邮件“{subject}”已于 "
        f"{t.strftime('%Y-%m-%d %H:%M')} 被阅读。\n注意：此回执仅表示邮件已在收件人的计算机上"
        "显示，并不保证收件人已阅读或理解邮件内容。\n"
    )
    hb = base64.encodebytes(human.encode("utf-8")).decode()
    return (
        f"Date: {email.utils.format_datetime(t)}\nFrom: {email.utils.formataddr((name, addr))}\n"
        f"To: {CITY}\nSubject: =?UTF-8?B?{_b64('已读: ' + subject)}?=\n"
        f"Message-ID: <mdn.{slug}@{addr.split('@')[1]}>\nMIME-Version: 1.0\nUser-Agent: {ua}\n"
        f"Content-Type: multipart/report; report-type=disposition-notification;\n"
        f' boundary="{b}"\n\n--{b}\nContent-Type: text/plain; charset=UTF-8\n'
        f"Content-Transfer-Encoding: base64\n\n{hb}\n--{b}\n"
        'Content-Type: message/disposition-notification; name="MDNPart2.txt"\n'
        "Content-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n"
        f"Reporting-UA: {addr.split('@')[1]}; {ua}\nFinal-Recipient: rfc822;{addr}\n"
        f"Original-Message-ID: {orig_id}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        f'--{b}\nContent-Type: text/rfc822-headers; name="MDNPart3.txt"\n'
        "Content-Disposition: inline\n\n"
        f"From: =?UTF-8?B?{_b64('泰安市教育局职成高教科')}?= <{CITY}>\n"
        f"Message-ID: {orig_id}\nDate: Thu, 05 Nov 2020 09:00:00 +0800\n\n--{b}--\n"
    ).encode()


def _dsn(
    slug: str, when: str, reporter: str, rcpt: str, status: str, diag: str, human: str
) -> bytes:
    """A delivery status notification (RFC 3464) for one of the city's reminders."""
    b = f"{slug}.{at(when).strftime('%s')}/mx"
    t = at(when)
    domain = reporter.split("@")[1]
    return (
        f"Date: {email.utils.format_datetime(t)}\nFrom: {reporter}\nTo: {CITY}\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        f"Message-Id: <{slug}@{domain}>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        f'\tboundary="{b}"\nContent-Transfer-Encoding: 8bit\n\n'
        "This is a MIME-encapsulated message.\n\n"
        f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{human}\n\n"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {domain}\nArrival-Date: {email.utils.format_datetime(t)}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n\n"
        f"--{b}\nContent-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: 8bit\n\n"
        f"From: {CITY}\nTo: {rcpt}\nSubject: =?UTF-8?B?"
        f"{base64.b64encode(ARTICLE_REMINDER_SUBJ.encode()).decode()}?=\n"
        f"Message-ID: {ARTICLE_REMINDER}\n\n--{b}--\n"
    ).encode()


def auto_replies() -> list[Msg]:
    return [
        Msg(
            "auto-reply-tsvtc-jwc",
            "11-08 08:05",
            "python-email",
            "auto-reply",
            None,
            ("泰山职业技术学院教务处", reg("tsvtc", 1)),
            subject="自动回复: " + ARTICLE_REMINDER_SUBJ,
            text="您好，您的来信已收到，我们会尽快处理。\n泰山职业技术学院教务处\n",
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
            in_reply_to=ARTICLE_REMINDER,
            traps=["auto-submitted"],
        ),
        Msg(
            "auto-reply-taishan-163",
            "11-05 09:02",
            "hand-coremail",
            "auto-reply",
            None,
            ("泰山区教体局职成教科", reg("taishan", 1)),
            subject="Auto Reply: " + PLAN_REMINDER_SUBJ,
            text="这是一封自动回复邮件。您好，邮件已收到，我会尽快回复。\n",
            in_reply_to=REMINDER_ID,
            traps=["no-auto-submitted"],
            note="163 auto-reply without Auto-Submitted.",
        ),
        Msg(
            "auto-reply-xtzz-outlook",
            "11-08 08:07",
            "hand-outlook",
            "auto-reply",
            None,
            ("新泰市职业中等专业学校", reg("xtzz")),
            subject="Out of Office: " + ARTICLE_REMINDER_SUBJ,
            text="我将于11月8日至11月9日外出参加培训，期间不能及时查看邮件，急事请致电0538-7251234。\n",
            headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
            in_reply_to=ARTICLE_REMINDER,
            traps=["auto-submitted"],
        ),
        Msg(
            "auto-reply-fczz-holiday",
            "11-13 09:00",
            "hand-coremail",
            "auto-reply",
            None,
            ("肥城市职业中等专业学校", reg("fczz")),
            subject="休假中：" + ARTICLE_REMINDER_SUBJ,
            text="本人11月12日至15日休假，期间邮件不能及时回复，急事请联系学校办公室0538-3221567。\n",
            traps=["no-auto-submitted", "holiday"],
            note="A holiday notice from a registered address, no Auto-Submitted header.",
        ),
        Msg(
            "auto-reply-dpzjzx-163",
            "11-15 09:01",
            "hand-coremail",
            "auto-reply",
            None,
            ("东平县职业教育中心学校", reg("dpzjzx")),
            subject="自动回复：【提醒】请于11月16日前报送活动周总结报告和统计表",
            text="您的邮件已收到，谢谢！\n",
            headers={"Auto-Submitted": "auto-replied"},
            traps=["auto-submitted"],
        ),
        Msg(
            "auto-reply-tajsxy-english",
            "11-15 09:03",
            "python-email",
            "auto-reply",
            None,
            ("泰安技师学院", reg("tajsxy")),
            subject="Automatic reply: 【提醒】请于11月16日前报送活动周总结报告和统计表",
            text="I am out of the office until 16 November. 我将于11月16日返回。\n",
            headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        ),
    ]


def receipts() -> list[Msg]:
    return [
        Msg(
            "mdn-dongping",
            "11-05 10:12",
            "hand-mdn",
            "read-receipt",
            None,
            ("东平县教体局", reg("dongping")),
            raw=_mdn(
                "dongping",
                "11-05 10:12",
                ("东平县教体局", reg("dongping")),
                PLAN_REMINDER_SUBJ,
                REMINDER_ID,
                "Microsoft Outlook 16.0",
            ),
            traps=["mdn-multipart-report"],
        ),
        Msg(
            "mdn-tavtc",
            "11-06 14:00",
            "hand-mdn",
            "read-receipt",
            None,
            ("泰安职业技术学院", reg("tavtc")),
            raw=_mdn(
                "tavtc",
                "11-06 14:00",
                ("泰安职业技术学院", reg("tavtc")),
                PLAN_REMINDER_SUBJ,
                REMINDER_ID,
                "Mozilla Thunderbird 78.4.0",
            ),
            traps=["mdn-multipart-report"],
        ),
        Msg(
            "read-plain-xintai",
            "11-05 11:30",
            "hand-coremail",
            "read-receipt",
            None,
            ("新泰市教体局职成科", reg("xintai")),
            subject="已读：" + PLAN_REMINDER_SUBJ,
            text=f"您发送的邮件“{PLAN_REMINDER_SUBJ}”已被阅读。\n阅读时间：2020年11月5日 11:29\n",
            traps=["read-plain"],
        ),
        Msg(
            "read-plain-tajsxy",
            "11-13 09:20",
            "hand-outlook",
            "read-receipt",
            None,
            ("泰安技师学院", reg("tajsxy")),
            subject="Read: " + ARTICLE_REMINDER_SUBJ,
            text=f"Your message\n\n  To: {reg('tajsxy')}\n  Subject: {ARTICLE_REMINDER_SUBJ}\n\n"
            "was read on 2020/11/13 9:19.\n",
            traps=["read-plain"],
        ),
    ]


def bounces() -> list[Msg]:
    return [
        Msg(
            "bounce-mx-user-unknown",
            "11-08 08:01",
            "hand-dsn",
            "bounce",
            None,
            ("Mail Delivery System", "MAILER-DAEMON@mx.ta.shandong.cn"),
            raw=_dsn(
                "bounce1",
                "11-08 08:01",
                "MAILER-DAEMON@mx.ta.shandong.cn",
                "nyzz@ta.shandong.cn",
                "5.1.1",
                "550 5.1.1 <nyzz@ta.shandong.cn>: Recipient address rejected: User unknown",
                "This is the mail system at host mx.ta.shandong.cn.\n\nI'm sorry to have to "
                "inform you that your message could not be delivered to one or more "
                "recipients.",
            ),
            opts={"return_path": ""},
            auth="none",
            traps=["dsn", "null-return-path"],
        ),
        Msg(
            "bounce-163-mailbox-full",
            "11-15 09:04",
            "hand-dsn",
            "bounce",
            None,
            ("postmaster", "postmaster@163.com"),
            raw=_dsn(
                "bounce2",
                "11-15 09:04",
                "postmaster@163.com",
                "lmzhengkai@163.com",
                "5.2.2",
                "552 Mailbox quota exceeded",
                "系统退信：很抱歉，您的邮件无法送达 lmzhengkai@163.com，对方邮箱空间已满。",
            ),
            opts={"return_path": ""},
            auth="none",
            traps=["dsn", "null-return-path"],
        ),
    ]


def empties_and_forwards() -> list[Msg]:
    notice = notice_doc("关于做好2020年泰安市职业教育活动周相关工作的通知.pdf")
    return [
        Msg(
            "empty-ningyang",
            "11-07 12:00",
            "python-email",
            "empty",
            None,
            ("宁阳县教体局", reg("ningyang")),
            subject=None,
            text="",
            traps=["empty"],
            note="No subject, no body, no attachment, from a registered address.",
        ),
        Msg(
            "empty-qq",
            "11-12 22:10",
            "hand-qqmail",
            "empty",
            None,
            ("张伟", "1054872233@qq.com"),
            subject="",
            text="",
            traps=["empty"],
        ),
        Msg(
            "notice-forward-ningyang",
            "11-01 17:30",
            "hand-coremail",
            "notice-forward",
            None,
            ("宁阳县教体局", reg("ningyang")),
            to=["宁阳县职业教育中心 <nyzjzx@ta.shandong.cn>"],
            cc=[CITY],
            subject="转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
            text="县职教中心：\n  现将市教育局等9部门通知转发给你们，"
            "请认真组织实施，按时报送材料。\n"
            "宁阳县教育和体育局\n",
            atts=A(notice),
            traps=["notice-forward", "city-in-cc"],
            note="The bureau passes the city's notice to its school; the city is only in Cc.",
        ),
        Msg(
            "notice-forward-feicheng",
            "11-02 08:30",
            "s-nail",
            "notice-forward",
            None,
            ("肥城市教体局", reg("feicheng")),
            to=[reg("fczz")],
            cc=[CITY],
            subject="转发：泰教函〔2020〕72号 关于做好2020年泰安市职业教育活动周相关工作的通知",
            text="肥城职专：\n  转发市里通知，请按要求于11月5日前将方案、"
            "专栏地址和联络员报市教育局，"
            "抄送我局。\n肥城市教体局\n",
            atts=A(notice),
            traps=["notice-forward", "city-in-cc"],
        ),
    ]


def spoofs() -> list[Msg]:
    return [
        Msg(
            "spoof-gaoxin-summary",
            "11-16 14:00",
            "python-email",
            "spoof",
            None,
            ("高新区教体局", reg("gaoxin")),
            subject="高新区活动周总结报告",
            text="总结报告见附件。\n",
            atts=A(_nobody(summary("gaoxin", "高新区活动周总结报告.docx", "python-docx"))),
            auth="fail",
            traps=["spoof-spf-dkim-dmarc-fail"],
            note="From a registered address but SPF, DKIM and DMARC fail: counts for nobody.",
        ),
        Msg(
            "spoof-tshlxy-stats",
            "11-16 20:00",
            "python-email",
            "spoof",
            None,
            ("泰山护理职业学院党委宣传部", reg("tshlxy")),
            subject="泰山护理职业学院活动周情况统计表（无密码版）",
            text="统计表见附件。\n",
            atts=A(_nobody(stats("tshlxy", "泰山护理职业学院活动周情况统计表.xlsx", "openpyxl"))),
            auth="fail-dkim",
            opts={"spoof_mailfrom": "noreply@mail-sender-cn.com"},
            traps=["spoof-dkim-fail"],
            note="DKIM fails and DMARC fails: not the school's.",
        ),
        Msg(
            "spoof-xtjg-article",
            "11-12 03:12",
            "python-email",
            "spoof",
            None,
            ("新泰市技工学校", reg("xtjg")),
            to=["rsjzjk@ta.shandong.cn"],
            subject="活动周稿件",
            text="稿件见附件\n",
            atts=A(
                _nobody(
                    article(
                        "xtjg",
                        "新泰技工学校稿件.docx",
                        "python-docx",
                        12,
                        title="新泰技工学校技能展示活动",
                    )
                )
            ),
            auth="fail-dmarc",
            traps=["spoof-dmarc-fail"],
            note="DMARC fails (mail from another domain, no DKIM): counts for nobody.",
        ),
        Msg(
            "spoof-tagczz-contact",
            "11-05 16:40",
            "python-email",
            "spoof",
            None,
            ("泰安市工程职业中等专业学校", reg("tagczz")),
            subject="工程职专联络员",
            text="联络员：王强\n职务：办公室主任\n邮箱：wangqiang_gc@163.com\n手机：13605381111\n"
            "单位：泰安市工程职业中等专业学校\n",
            auth="fail-spf",
            traps=["spoof-spf-fail"],
            note="A liaison from a spoofed registered sender (SPF fail): not recorded.",
        ),
    ]


def unrelated_and_lists() -> list[Msg]:
    return [
        Msg(
            "unrelated-taishan-safety",
            "11-04 15:00",
            "neomutt",
            "unrelated",
            None,
            ("泰山区教体局", reg("taishan")),
            subject="关于报送2020年秋季学期校园安全检查情况的函",
            text="市教育局安全科：\n  现将我区秋季学期校园安全检查情况报送如下……"
            "下一步将结合职业教育"
            "活动周期间的校园开放活动，做好人员聚集安全防范。\n泰山区教体局\n",
            traps=["mentions-keyword"],
            note="Office mail from a registered unit that mentions 活动周 in passing.",
        ),
        Msg(
            "unrelated-city-office-meeting",
            "11-10 10:00",
            "python-email",
            "unrelated",
            None,
            ("泰安市教育局办公室", "jyjbgs@ta.shandong.cn"),
            subject="会议通知：全市教育系统财务工作会议",
            text="各科室：\n  定于11月19日（职业教育活动周结束后）召开全市教育系统财务工作会议，"
            "请各科室负责同志参加。\n市教育局办公室\n",
            traps=["mentions-keyword"],
        ),
        Msg(
            "unrelated-tshlxy-judges",
            "11-11 16:00",
            "nodemailer",
            "unrelated",
            None,
            ("泰山护理职业学院党委宣传部", reg("tshlxy")),
            subject="关于邀请担任护理技能竞赛评委的函",
            text="市教育局职成高教科：\n  我院拟于活动周结束后举办护理技能竞赛，"
            "诚邀贵科推荐评委2名。\n"
            "泰山护理职业学院\n",
            traps=["mentions-keyword", "registered-sender"],
            note="From a registered school about something else: not a submission.",
        ),
        Msg(
            "list-zjzk-newsletter",
            "11-09 07:00",
            "python-email",
            "list",
            None,
            ("职教周刊", "newsletter@zjzk-news.cn"),
            subject="职教周刊 第45期：全国各地职业教育活动周精彩纷呈",
            text="本期导读：\n1. 全国职业教育活动周启动\n2. 各地开展“技能下乡”\n退订请点击链接。\n",
            headers={
                "List-Id": "职教周刊 <zjzk.list.zjzk-news.cn>",
                "Precedence": "bulk",
                "List-Unsubscribe": "<mailto:unsubscribe@zjzk-news.cn>",
            },
            traps=["list-id"],
        ),
        Msg(
            "list-edu-daily",
            "11-14 07:30",
            "phpmailer",
            "list",
            None,
            ("中国教育报电子版", "epaper@edu-daily-mail.cn"),
            subject="中国教育报 2020年11月14日 电子版",
            text="今日要闻：职业教育活动周各地活动综述……\n",
            html="<html><body><h3>今日要闻</h3><p>职业教育活动周各地活动综述……</p></body></html>",
            headers={
                "List-Id": "<edu-daily.list.edu-daily-mail.cn>",
                "Precedence": "list",
                "List-Unsubscribe": "<https://edu-daily-mail.cn/unsub>",
            },
            traps=["list-id"],
        ),
    ]


def all_messages() -> list[Msg]:
    """Every non-submission."""
    return (
        auto_replies()
        + receipts()
        + bounces()
        + empties_and_forwards()
        + spoofs()
        + unrelated_and_lists()
    )


__all__ = ["Doc", "all_messages"]
