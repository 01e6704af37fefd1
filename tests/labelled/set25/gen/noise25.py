# ruff: noqa: E501
"""set25's mail that is not a unit's submission, and one stranger's submission (a company's
article, for nobody)."""

from __future__ import annotations

from .build import Builder, F, Unit, other, send
from .docs import Doc
from .kit25 import art


def stranger(b: Builder) -> None:
    firm = Unit("", "泰安市光科机械有限公司", "光科机械", "bgs@tagkjx.com")
    send(b, firm, "11-13 09:25", "outlook", "企业参与职业教育活动周报道",
         "市教育局：\n我公司参加了活动周校企合作活动，写了一篇报道，供参考。\n泰安市光科机械有限公司 办公室",
         [art("报道.docx", "", "enterprise", "泰安市光科机械有限公司", 12, "泰山职业技术学院等3所院校")],
         unit=None, unassigned_ok=True, note="a company, not a unit of the notice")  # fmt: skip


def noise(b: Builder) -> None:
    other(b, "newsletter", "11-02 08:10", "system", "news@zgzjw-list.cn", "中国职教周刊 第45期：各地职业教育活动周陆续启动",
          "本期要目：\n1. 各地2020年职业教育活动周陆续启动\n2. 职业院校“云上开放日”做法集锦\n\n退订请回复TD。",
          sender_name="中国职教周刊", headers=[("List-Id", "<zjzk.zgzjw-list.cn>"), ("Precedence", "list"),
          ("List-Unsubscribe", "<mailto:unsubscribe@zgzjw-list.cn>")], note="list mail naming the week")  # fmt: skip
    it = other(b, "unrelated", "11-04 16:30", "outlook", "xinjtj_zcjk@ta.shandong.cn", "关于报送2021年中职学校招生计划的函",
               "市教育局职成高教科：\n附件1是我市2021年中等职业学校招生计划建议表，请审核。\n新泰市教育和体育局",
               note="a registered county's other business, with 附件1.xlsx")  # fmt: skip
    it.files = [F("附件1.xlsx", Doc("openpyxl", {"sheet": "招生计划", "rows": [
        ["2021年中等职业学校招生计划建议表", None, None], ["学校", "专业", "计划数"],
        ["新泰市职业中专", "汽车运用与维修", 150], ["新泰市职业中专", "学前教育", 120]], "merge": ["A1:C1"]}),
        "", "", label=False)]  # fmt: skip
    other(b, "bounce", "11-06 09:06", "system", "MAILER-DAEMON@ta.shandong.cn", "系统退信：无法投递",
          "您发送的邮件无法投递到以下地址：\n  lingdao_zck@ta.shandong.cn\n原因：收件人不存在\n\n原邮件主题："
          "活动周方案补报", sender_name="Mail Delivery System",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "lingdao_zck@ta.shandong.cn")],
          note="a delivery failure")  # fmt: skip
    other(b, "unrelated", "11-07 10:12", "foxmail", "sales@vrjx-tech.com", "职业教育活动周特惠｜VR虚拟仿真实训室整体方案",
          "尊敬的领导：\n值此职业教育活动周，我公司推出VR实训室整体解决方案，活动周期间签约享九折。\n详询 400-600-1234",
          sender_name="华实VR教育", note="an advert naming the week")  # fmt: skip
    other(b, "unrelated", "11-08 20:40", "coremail", "wangfang_1983@163.com", "咨询开放日",
          "您好，孩子今年初三，想问一下活动周期间职业学校开放日能不能带孩子去参观？需要预约吗？谢谢！",
          note="a parent's question")  # fmt: skip
    other(b, "auto_reply", "11-09 16:46", "system", "jwc_office@tsvtc.edu.cn", "自动回复：泰山职院活动周新闻（1）（2）",
          "您好，您的邮件已收到，我近期外出，回来后尽快处理。", headers=[("Auto-Submitted", "auto-replied")],
          note="an auto-reply from a registered address")  # fmt: skip


STORIES = [stranger, noise]
