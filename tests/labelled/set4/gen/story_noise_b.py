"""Other mail that is no unit's submission: spoofs, other business, the public, newsletters, notifications."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from .mimeparts import addr
from .producers import Doc
from .story import F, Msg, article, frm

CITY = "jyj-zcjk01@ta.shandong.cn"
RS = addr("泰安市教育局职成高教科", "jyj-zcjk01@ta.shandong.cn")


def _spoof_headers(domain: str) -> list[tuple[str, str]]:
    return [
        (
            "Authentication-Results",
            f"mx.ta.shandong.cn; spf=fail smtp.mailfrom={domain}; "
            f"dkim=fail header.d={domain}; dmarc=fail (p=QUARANTINE dis=NONE) header.from={domain}",
        ),
        (
            "Received-SPF",
            f"fail (domain of {domain} does not designate 185.220.101.7 as permitted sender)",
        ),
    ]


def spoofs() -> list[Msg]:
    return [
        Msg(
            "spoof-tsvtc",
            "11-10 03:12",
            "python-email",
            frm("tsvtc", "泰山职业技术学院"),
            "泰山职院活动周材料（请查收）",
            "附件为活动周材料，请解压查看，解压密码123。\n",
            files=[F("活动周材料.zip", "other", Doc("zip", "spoof", members=[]))],
            unit=None,
            kind="spoof",
            headers=_spoof_headers("ta.shandong.cn"),
            note="a registered From that failed SPF/DKIM/DMARC: counts for nobody",
        ),
        Msg(
            "spoof-taishan",
            "11-11 02:40",
            "python-email",
            frm("taishan", "泰山区教体局"),
            "关于职教活动周经费申领的通知",
            "请点击链接填写经费申领表：http://jyj-ta.gov-cn.top/login.php\n",
            unit=None,
            kind="spoof",
            headers=_spoof_headers("ta.shandong.cn"),
            note="phishing from a registered address",
        ),
        Msg(
            "spoof-nyzz",
            "11-13 01:05",
            "python-email",
            frm("nyzz", "宁阳县职业中等专业学校"),
            "宁阳职专宣传材料",
            "稿件见附件\n",
            files=[article("nyzz", "宁阳职专", 40, "11月12日", "lo-docx")],
            unit=None,
            kind="spoof",
            headers=_spoof_headers("ta.shandong.cn"),
            note="looks like a real article; failed authentication",
        ),
        Msg(
            "spoof-sdlm",
            "11-14 04:30",
            "python-email",
            frm("sdlm", "力明学院"),
            "力明学院总结",
            "总结见附件。",
            files=[
                F("总结.docx", "summary", Doc("lo-docx", "<html><body><p>总结</p></body></html>"))
            ],
            unit=None,
            kind="spoof",
            headers=_spoof_headers("sina.com"),
            note="sina.com dmarc=fail",
        ),
    ]


def unrelated() -> list[Msg]:
    return [
        Msg(
            "parent-question",
            "11-09 20:30",
            "qqmail",
            ("李女士", "1593842207@qq.com"),
            "咨询职专招生",
            "您好，我家孩子今年初三，想了解一下泰安的职专有哪些专业，看到活动周的宣传想咨询一下。\n",
            unit=None,
            kind="unrelated",
            note="a parent's question, naming the campaign",
        ),
        Msg(
            "company-question",
            "11-10 10:00",
            "outlook",
            ("泰安汇达机械有限公司 人力资源部", "hr@tahdjx.com"),
            "校企合作咨询",
            "尊敬的领导：我公司希望与职业院校开展订单培养合作，请问应联系哪个部门？\n",
            unit=None,
            kind="unrelated",
            note="a company's question",
        ),
        Msg(
            "vendor-ad",
            "11-06 14:00",
            "phpmailer",
            ("智慧校园云平台", "market@zhxyun.cn"),
            "职业教育活动周“云上展厅”解决方案",
            "各位领导：我公司可为职业院校快速搭建活动周线上展厅，详情请致电。\n",
            unit=None,
            kind="unrelated",
            headers=[("Precedence", "bulk")],
            note="a vendor's advertisement using the campaign's words",
        ),
        Msg(
            "ningyang-training",
            "11-07 09:00",
            "python-email",
            frm("ningyang", "宁阳县教体局职成股"),
            "宁阳县2020年中小学教师信息技术应用能力培训名单",
            "市局师训科：培训名单见附件。\n",
            unit=None,
            kind="unrelated",
            note="the bureau's address, other business",
        ),
        Msg(
            "tajsxy-other",
            "11-10 11:30",
            "coremail",
            frm("tajsxy", "泰安技师学院"),
            "关于报送2020年职称评审材料的函",
            "市人社局：我院职称评审材料目录见附件。\n",
            unit=None,
            kind="unrelated",
            to=[("市人社局", "rsjzjk@ta.shandong.cn")],
            note="a school's other business with the 人社局 mailbox",
        ),
        Msg(
            "dongping-other",
            "11-11 10:20",
            "coremail",
            frm("dongping", "东平县教体局职成科"),
            "东平县2020年秋季学期中职学生资助名单",
            "市教育局资助中心：名单见附件。\n赵倩\n",
            unit=None,
            kind="unrelated",
            note="the bureau's address, other business",
        ),
        Msg(
            "citizen-complaint",
            "11-13 21:00",
            "coremail",
            ("张先生", "zhangxs_ta@126.com"),
            "反映某培训机构乱收费问题",
            "教育局领导：我要反映泰山区一家培训机构乱收费的问题……\n",
            unit=None,
            kind="unrelated",
            note="a citizen writing to the wrong office, naming a county",
        ),
        Msg(
            "association-invite",
            "11-05 16:00",
            "coremail",
            ("山东省职业技术教育学会", "sdzjxh@163.com"),
            "关于召开2020年学会年会的邀请函",
            "各会员单位：定于12月召开年会，请回执。\n",
            unit=None,
            kind="unrelated",
            note="an association's invitation",
        ),
    ]


def newsletters() -> list[Msg]:
    lid = [
        ("List-Id", "<zjzx.edu-weekly.cn>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@edu-weekly.cn>"),
        ("Precedence", "bulk"),
    ]
    return [
        Msg(
            "news-jyb",
            "11-09 07:00",
            "phpmailer",
            ("中国教育报", "newsletter@jyb.cn"),
            "每日教育要闻：全国职业教育活动周启动",
            "今日要闻：2020年全国职业教育活动周启动……\n",
            unit=None,
            kind="newsletter",
            headers=[("List-Id", "中国教育报每日要闻 <daily.jyb.cn>"), ("Precedence", "list")],
            note="a newsletter with List-Id whose subject names the campaign",
        ),
        Msg(
            "news-weekly",
            "11-13 07:30",
            "nodemailer",
            ("职教资讯周刊", "weekly@edu-weekly.cn"),
            "职教资讯周刊 第45期",
            "本期：各地职业教育活动周精彩纷呈……\n",
            unit=None,
            kind="newsletter",
            headers=lid,
            note="List-Id",
        ),
        Msg(
            "news-cnki",
            "11-10 08:00",
            "phpmailer",
            ("中国知网", "service@cnki.net"),
            "您关注的主题有新文献：职业教育",
            "您订阅的“职业教育”主题本周新增文献12篇。\n",
            unit=None,
            kind="newsletter",
            headers=[
                ("List-Id", "<subscribe.cnki.net>"),
                ("List-Unsubscribe", "<https://cnki.net/unsub>"),
            ],
            note="List-Id",
        ),
        Msg(
            "news-shandong",
            "11-16 07:45",
            "nodemailer",
            ("山东教育发布", "news@sdedu-news.cn"),
            "山东教育发布 第312期",
            "泰安市职业教育活动周圆满结束……\n",
            unit=None,
            kind="newsletter",
            headers=[*lid[1:], ("List-Id", "<news.sdedu-news.cn>")],
            note="mentions 泰安 and the campaign",
        ),
    ]


def notifications() -> list[Msg]:
    return [
        Msg(
            "notify-163-bigfile",
            "11-14 09:00",
            "coremail",
            ("网易邮箱", "no-reply@163.com"),
            "您的超大附件即将过期：力明学院活动周视频.mp4",
            "您收到的超大附件将于3天后过期，请及时下载。\n",
            unit=None,
            kind="notification",
            headers=[("Auto-Submitted", "auto-generated")],
            note="a machine notice naming a unit's file",
        ),
        Msg(
            "notify-qq-share",
            "11-13 18:00",
            "qqmail",
            ("QQ邮箱中转站", "10000@qq.com"),
            "冯雪给您发送了超大附件",
            "冯雪 给您发送了超大附件：护理职院活动周视频.mp4 (312M)，请在30天内下载。\n",
            unit=None,
            kind="notification",
            headers=[("Auto-Submitted", "auto-generated")],
            note="a machine notice",
        ),
    ]


def messages() -> list[Msg]:
    return [*spoofs(), *unrelated(), *newsletters(), *notifications()]
