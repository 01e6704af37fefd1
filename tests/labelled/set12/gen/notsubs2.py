"""set12's non-submissions, continued: spoofs, list mail, other business, adverts, an
invitation, blank mail, and a 收到 reply (shapes in notsubs.py)."""

from __future__ import annotations

from .build import Builder, F, send
from .docmake import docx, sheet
from .mime import CITY, RSJ, Att
from .notsubs import _other
from .who import NOTICE_SUBJECT, U


def spoofs(b: Builder) -> None:
    auth = (
        "Authentication-Results",
        "mx.ta.shandong.cn; spf=fail smtp.mailfrom=dyjtj_zck@ta.shandong.cn;"
        " dkim=fail header.d=ta.shandong.cn; dmarc=fail (p=QUARANTINE) header.from=ta.shandong.cn",
    )
    _other(
        b,
        "spoof",
        "11-09 03:17",
        "system",
        U["daiyue"].email,
        "职业教育活动周材料补报通知（请下载）",
        "各单位：\n活动周材料需重新补报，请点击下方链接下载最新模板并登录填写：\n"
        "http://ta-jyj-hdz.top/download/tongzhi.html\n岱岳区教体局\n",
        "岱岳区教体局",
        headers=[
            auth,
            (
                "Received",
                "from unknown (HELO user-PC) ([185.220.101.47])\r\n\tby mx.ta.shandong.cn",
            ),
        ],
        note="a spoof of daiyue's registered address: spf, dkim and dmarc fail",
    )
    auth2 = (
        "Authentication-Results",
        "mx.ta.shandong.cn; spf=fail smtp.mailfrom=xcb@tsvtc.edu.cn;"
        " dkim=fail (signature verification failed) header.d=tsvtc.edu.cn;"
        " dmarc=fail header.from=tsvtc.edu.cn",
    )
    it = _other(
        b,
        "spoof",
        "11-15 02:40",
        "system",
        U["tsvtc"].email,
        "泰山职业技术学院活动周总结",
        "您好，活动周总结见附件，解压密码1234。\n",
        "泰山职业技术学院",
        headers=[auth2],
        note="a spoof of tsvtc's address with a zip: every check fails",
    )
    it.mail.atts.append(Att("活动周总结.zip", _evil_zip(), "application/zip"))


def _evil_zip() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("活动周总结.docx.scr", date_time=(2020, 11, 15, 2, 0, 0))
        info.flag_bits |= 0x800
        z.writestr(info, b"MZ" + bytes(200))
    return buf.getvalue()


def lists(b: Builder) -> None:
    _other(
        b,
        "newsletter",
        "11-09 07:30",
        "system",
        "news@chinazy.org",
        "职教周刊第45期：全国各地职业教育活动周精彩纷呈",
        "本期要目：\n1. 各地启动2020年职业教育活动周\n2. 山东泰安：人人出彩 技能强国\n"
        "退订请点击：http://list.chinazy.org/unsubscribe\n",
        "职教周刊",
        headers=[
            ("List-Id", "<zjzk.list.chinazy.org>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<http://list.chinazy.org/unsubscribe>"),
        ],
        note="a mailing list naming the week",
    )
    _other(
        b,
        "newsletter",
        "11-12 06:50",
        "system",
        "edm@newsletter.dzwww.com",
        "大众网教育早报｜泰安市职业教育活动周开展技能进社区",
        "今日要闻：泰安市职业教育活动周开展技能进社区……\n本邮件由大众网订阅系统发送，请勿回复。\n",
        "大众网",
        headers=[
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:unsub@newsletter.dzwww.com>"),
        ],
        note="a newspaper newsletter naming the city's week, no List-Id",
    )


def other_business(b: Builder) -> None:
    def with_file(item, name: str, doc) -> None:  # type: ignore[no-untyped-def]
        item.files.append(F(name, doc, "other", "", label=False))

    i = _other(
        b,
        "unrelated",
        "11-06 10:15",
        "outlook",
        U["fczz"].email,
        "肥城职专2020年技能大赛报名表",
        "职成高教科：\n我校市级职业院校技能大赛报名表见附件。\n肥城职专\n",
        "肥城职专办公室",
    )
    with_file(
        i,
        "肥城职专技能大赛报名表.xlsx",
        sheet([["赛项", "选手", "指导教师"], ["汽车维修", "张鹏", "刘波"]]),
    )
    i = _other(
        b,
        "unrelated",
        "11-09 11:00",
        "coremail",
        U["xintai"].email,
        "新泰市2021年中等职业学校招生计划",
        "市局：我市2021年中职招生计划表请审核。\n新泰市教体局\n",
        "新泰市教体局",
    )
    with_file(
        i,
        "新泰市2021年中职招生计划.xlsx",
        sheet([["学校", "专业", "计划数"], ["新泰职专", "数控技术应用", 120]]),
    )
    i = _other(
        b,
        "unrelated",
        "11-10 09:40",
        "foxmail",
        U["nyzz"].email,
        "宁阳职专2020年秋季学期国家助学金公示材料",
        "附件为我校国家助学金公示材料。\n",
        "宁阳职专",
    )
    with_file(
        i,
        "国家助学金公示材料.docx",
        docx(
            ["h", "宁阳县职业中等专业学校2020年秋季学期国家助学金公示"], ["p", "公示期5个工作日。"]
        ),
    )
    i = _other(
        b,
        "unrelated",
        "11-11 16:20",
        "snail",
        U["dongping"].email,
        "东平县冬季校园安全隐患排查情况报告",
        "市局：排查报告见附件。\n东平县教体局\n",
        "东平县教体局",
    )
    with_file(
        i,
        "冬季校园安全隐患排查报告.docx",
        docx(["h", "东平县冬季校园安全隐患排查情况报告"], ["p", "共排查学校46所。"]),
    )
    i = _other(
        b,
        "unrelated",
        "11-12 08:30",
        "coremail",
        U["tshl"].email,
        "泰山护理职业学院省级教师培训推荐人选",
        "田老师：推荐名单见附件。\n",
        "泰护办公室",
    )
    with_file(i, "教师培训推荐名单.xlsx", sheet([["姓名", "学科"], ["陈晨", "护理"]]))
    i = _other(
        b,
        "unrelated",
        "11-03 14:10",
        "py-smtp",
        U["lmkj"].email,
        "补报：山东力明科技职业学院2019年职业教育活动周总结",
        "您好：去年活动周总结当时漏报，现补报，请见谅。\n力明学院宣传统战部\n",
        "力明学院",
    )
    with_file(
        i,
        "2019年职业教育活动周总结.docx",
        docx(["h", "山东力明科技职业学院2019年职业教育活动周总结"], ["p", "2019年5月活动周期间……"]),
    )
    i = _other(
        b,
        "unrelated",
        "11-05 09:00",
        "coremail",
        "jngzxb@163.com",
        "济宁市高级职业学校2020年职业教育活动周方案",
        "济宁市教育局职成科：我校活动周方案见附件。\n济宁市高级职业学校\n",
        "济宁高职校",
    )
    with_file(
        i,
        "济宁市高级职业学校活动周方案.docx",
        docx(
            ["h", "济宁市高级职业学校2020年职业教育活动周方案"], ["p", "按照济宁市通知要求制定。"]
        ),
    )
    i = _other(
        b,
        "cc_copy",
        "11-07 17:00",
        "coremail",
        U["dpzj"].email,
        "关于组织师生观看活动周启动仪式直播的通知",
        "各处室、各专业部：\n请组织师生于11月8日上午9:00观看全县职业教育活动周启动仪式直播。\n东平职教中心办公室\n",
        "东平职教中心",
        to="dpzj-all@126.com",
        cc=CITY,
        note="a school's internal notice with the city in Cc",
    )
    _other(
        b,
        "advert",
        "11-06 13:30",
        "system",
        "sales@vrzhijiao.com",
        "职业教育活动周云展厅解决方案（限时优惠）",
        "尊敬的老师：\n我司“职教云展厅”助力职业教育活动周，3天上线，活动周期间签约享九折。\n"
        "联系人：周经理 400-800-6123\n",
        "智职VR",
        note="a vendor's advert naming the week",
    )
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Coremail//Calendar//CN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:tsq-hdz-qidong-20201108@ta.shandong.cn\r\nDTSTART:20201108T010000Z\r\n"
        "DTEND:20201108T023000Z\r\nSUMMARY:泰山区职业教育活动周启动仪式\r\nLOCATION:泰山区职专报告厅\r\n"
        "ORGANIZER:mailto:tsq_zcjyk@ta.shandong.cn\r\nATTENDEE;RSVP=TRUE:mailto:jyj-zcjk01@ta.shandong.cn\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    it = _other(
        b,
        "invitation",
        "11-06 15:00",
        "coremail-gov",
        U["taishan"].email,
        "邀请：泰山区职业教育活动周启动仪式",
        "诚邀市局领导出席我区活动周启动仪式。时间：11月8日9:00，地点：泰山区职专报告厅。\n",
        "泰山区教体局",
        note="a calendar invitation (.ics, METHOD:REQUEST) from a registered county",
    )
    it.mail.atts.append(
        Att("invite.ics", ics.encode(), "text/calendar; method=REQUEST; charset=UTF-8")
    )
    _other(
        b,
        "empty",
        "11-08 23:50",
        "qqmobile",
        "2294017765@qq.com",
        "",
        "",
        note="a blank mail from an unknown QQ box",
    )
    _other(
        b,
        "empty",
        "11-14 07:12",
        "coremail",
        U["xtzz"].email,
        "",
        "\n",
        note="a blank mail with no subject from a registered school",
    )


def small_unit_mail(b: Builder) -> None:
    send(
        b,
        U["tasl"],
        "11-02 16:30",
        "foxmail",
        f"回复：{NOTICE_SUBJECT}",
        "收到，我校将按要求报送。\n\n------------------ 原始邮件 ------------------\n"
        f'发件人: "泰安市教育局职成高教科"<{CITY}>\n主题: {NOTICE_SUBJECT}\n',
        headers=[("In-Reply-To", "<notice-72@ta.shandong.cn>")],
        note="收到 under the city's notice: the school's, delivering nothing",
    )
    _ = RSJ


STORIES = [spoofs, lists, other_business, small_unit_mail]
