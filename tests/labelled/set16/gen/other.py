"""Set16's non-campaign mail and small submissions without files. Shapes: a 秀米 template
newsletter and a 135编辑器 advert that both name the week; a reporter's request; a parent
who saw a 抖音 video; a registered college's 招生简章; an Outlook auto-reply; a Coremail
bounce; an MDN; a mail whose plain part says 请用支持HTML的客户端查看 over an empty HTML part;
a county's reminder to its schools with the city in Cc; questions and answers that carry
nothing (a 视频号 as the column?, 收到)."""

from __future__ import annotations

from .build import Builder, other, send
from .mime import CITY
from .shapes import U, page


def _questions(b: Builder) -> None:
    send(
        b,
        U["gaoxin"],
        "11-03 09:48",
        "qqweb",
        "咨询：宣传专栏",
        "田老师：我区没有单独的教育网站，活动周宣传用微信视频号可以吗？请指导。高新区教体局 李娜",
        note="a question, nothing delivered",
    )
    send(
        b,
        U["taishan"],
        "11-06 08:32",
        "coremail-gov",
        "回复：【提醒】活动周方案报送",
        "收到，我区已于11月4日报送。\n\n孙晓彤",
        note="an answer, nothing new",
    )
    send(
        b,
        U["sdfzxy"],
        "11-13 10:20",
        "coremail",
        "美篇能打开吗",
        "老师，昨天发的5个美篇链接能打开吗？打不开的话我们再转成Word。郭静",
        note="a question about earlier links",
    )


def _noise(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-02 10:00",
        "py-smtp",
        "service@xiumi.us",
        "秀米 | 职业教育活动周专题模板上新啦✨",
        "职业教育活动周、开放日、招生宣传专题模板已上线，会员可免费使用。\n退订请回复TD",
        sender_name="秀米XIUMI",
        headers=[("List-Unsubscribe", "<mailto:unsubscribe@xiumi.us>"), ("Precedence", "bulk")],
    )
    other(
        b,
        "unrelated",
        "11-06 14:22",
        "nodemailer",
        "vip@135editor.com",
        "【135编辑器】活动周推文不会排版？年会员限时5折",
        "职教活动周推文、招生海报一键套用，限时五折。",
        sender_name="135编辑器",
    )
    other(
        b,
        "unrelated",
        "11-09 11:05",
        "qqweb",
        "2298413760@qq.com",
        "问一下职业学校招生",
        "您好，我在抖音上看到活动周的视频，想问一下孩子初中毕业能不能报泰安的职业学校？谢谢。",
        note="a parent",
    )
    other(
        b,
        "unrelated",
        "11-10 15:40",
        "outlook",
        "wangqiang@dzwww.com",
        "大众网约稿：职教活动周",
        "泰安市教育局职成高教科：\n大众网拟推出职业教育活动周专题，请协助提供典型案例素材。\n"
        "大众网泰安频道 王强",
        note="a reporter's request to the city",
    )
    other(
        b,
        "unrelated",
        "11-12 09:30",
        "outlook",
        U["tzy"].email,
        "泰安职业技术学院2021年招生简章",
        "职成高教科：附上我院2021年单独招生简章，请参阅。",
        note="a registered college's other business",
    )
    other(
        b,
        "auto_reply",
        "11-11 18:03",
        "system",
        U["tzy"].email,
        "自动答复: 【回执】泰职院活动周宣传报道（公众号）",
        "您好，我已收到您的邮件，外出期间将尽快回复。党委宣传部",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    bounce = (
        "--=_b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        "您发送的邮件因收件人地址不存在而退回。\r\n收件人：gaojianjun@dyzjzx.com\r\n"
        "\r\n--=_b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; ta.shandong.cn\r\n\r\n"
        "Final-Recipient: rfc822; gaojianjun@dyzjzx.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "\r\n--=_b1--\r\n"
    ).encode()
    other(
        b,
        "bounce",
        "11-14 10:04",
        "system",
        "postmaster@ta.shandong.cn",
        "系统退信",
        raw_body=bounce,
        raw_ctype='multipart/report; report-type=delivery-status; boundary="=_b1"',
    )
    mdn = (
        "--=_m1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        "您发送给 xtsjtj_zcjk@ta.shandong.cn 的邮件已被阅读。\r\n"
        "\r\n--=_m1\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; xtsjtj_zcjk@ta.shandong.cn\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        "\r\n--=_m1--\r\n"
    ).encode()
    other(
        b,
        "receipt",
        "11-06 09:12",
        "system",
        U["xintai"].email,
        "已读: 【提醒】活动周材料",
        raw_body=mdn,
        raw_ctype='multipart/report; report-type=disposition-notification; boundary="=_m1"',
    )
    other(
        b,
        "empty",
        "11-08 22:40",
        "coremail",
        U["ningyang"].email,
        "（无主题）",
        "请用支持HTML的客户端查看。",
        html=page("<div><br></div>", "GBK"),
        note="a stub plain part over an empty HTML part",
    )
    other(
        b,
        "cc_copy",
        "11-12 08:30",
        "coremail",
        U["feicheng"].email,
        "关于报送职业教育活动周宣传稿件的提醒",
        "各职业学校：请于11月13日前将活动周宣传稿件报县局职教科，不少于5篇。肥城市教体局",
        to="fczz_bgs@163.com, fcjdzx@163.com",
        cc=CITY,
        note="a county's reminder to its schools, city in Cc",
    )
    other(
        b,
        "newsletter",
        "11-13 07:00",
        "py-smtp",
        "news@chinazy.org",
        "职教周刊 第46期：各地职业教育活动周集锦",
        "本期导读：各地2020年职业教育活动周精彩回顾……",
        sender_name="中国职业教育网",
        headers=[
            ("List-Id", "<weekly.chinazy.org>"),
            ("List-Unsubscribe", "<https://www.chinazy.org/u>"),
        ],
    )


STORIES = [_questions, _noise]
