"""Set13's other mail and small submissions: a registered county's other business with an
xlsx (another survey's statistics table), an equipment vendor's advert naming the week, a
newspaper's list mail, a 163 auto-reply from a registered box, a government Coremail bounce
of the city's own mail, an MDN receipt; and a county's question about the table template,
a school asking whether its zip arrived (submissions without files).
"""

from __future__ import annotations

from .build import Builder, send
from .mime import Att
from .paper import U


def _xlsx() -> bytes:
    """Another survey's table, made once by openpyxl and cached (openpyxl stamps the time)."""
    from openpyxl import Workbook

    from .docs import BUILD

    cache = BUILD / "noise-safety-check.xlsx"
    if not cache.exists():
        BUILD.mkdir(exist_ok=True)
        wb = Workbook()
        ws = wb.active
        ws.append(["学校", "隐患数", "已整改"])
        ws.append(["肥城市职专", 3, 3])
        wb.save(str(cache))
    return cache.read_bytes()


def other_business(b: Builder) -> None:
    from .build import other

    other(b, "unrelated", "11-09 10:00", "foxmail", U["feicheng"].email,
          "肥城市中职学校秋季安全检查统计表",
          "市教育局职成高教科：\n报送我市中职学校秋季学期安全检查情况统计表，请审阅。\n肥城市教体局",
          atts=[Att("中职学校安全检查统计表.xlsx", _xlsx(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
          note="a registered county's statistics table for another business")  # fmt: skip
    other(b, "unrelated", "11-06 14:30", "coremail", "sales@hdzb-av.com",
          "职业教育活动周直播设备租赁优惠",
          "尊敬的客户：值此职业教育活动周之际，我公司推出直播设备、LED屏租赁套餐，"
          "活动周期间下单享九折。联系电话：400-655-8876。",
          note="a vendor's advert naming the week")  # fmt: skip
    other(b, "newsletter", "11-12 07:30", "system", "news@dzwww-list.com",
          "大众网教育频道周报：全省职业教育活动周各地亮点",
          "本周要闻：全省职业教育活动周启动；各市开展“云上活动周”……\n退订请点击链接。",
          headers=[("List-Id", "<edu-weekly.dzwww-list.com>"),
                   ("List-Unsubscribe", "<mailto:unsub@dzwww-list.com>"),
                   ("Precedence", "list")],
          note="a newspaper's list mail naming the week")  # fmt: skip
    other(b, "auto_reply", "11-13 09:01", "system", U["sdfzxy"].email,
          "自动回复：关于报送活动周总结的提醒",
          "您好，我近期外出培训，邮件将于11月16日后回复。李晓静",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail")],
          note="an auto-reply from a registered box")  # fmt: skip
    dsn = (
        "--=_dsn_s13\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "系统退信：您发送给 gxq_jyj@ta.shandong.cn 的邮件未能送达，原因：收件人不存在。\r\n"
        "\r\n--=_dsn_s13\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.ta.shandong.cn\r\n\r\n"
        "Final-Recipient: rfc822; gxq_jyj@ta.shandong.cn\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n--=_dsn_s13--\r\n"
    )
    other(b, "bounce", "11-12 17:31", "system", "postmaster@ta.shandong.cn",
          "系统退信：关于报送职业教育活动周宣传材料的提醒",
          raw_body=dsn.encode(), raw_ctype='multipart/report; report-type=delivery-status; '
          'boundary="=_dsn_s13"', note="the city's reminder bounced")  # fmt: skip
    mdn = (
        "--=_mdn_s13\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "这是邮件“关于报送活动周总结的提醒”的回执。该邮件已被阅读。\r\n"
        "\r\n--=_mdn_s13\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Final-Recipient: rfc822; {U['dyq'].email}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--=_mdn_s13--\r\n"
    )
    other(b, "receipt", "11-13 10:12", "system", U["dyq"].email, "已读: 关于报送活动周总结的提醒",
          raw_body=mdn.encode(), raw_ctype='multipart/report; report-type=disposition-'
          'notification; boundary="=_mdn_s13"', note="a read receipt")  # fmt: skip
    send(b, U["ningyang"], "11-14 09:40", "qqweb", "请问统计表模板",
         "职成高教科老师：请问《2020年职业教育活动周情况统计表》有没有统一模板？我们按自己的格式填可以吗？\n"
         "宁阳县教体局 刘增辉")  # fmt: skip
    send(
        b,
        U["dpzj"],
        "11-17 09:20",
        "win10",
        "询问：总结是否收到",
        "老师好，我校昨天下午发的总结和统计表压缩包是否收到？\n\n从 Windows 版邮件发送",
    )


STORIES = [other_business]
