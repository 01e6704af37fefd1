# ruff: noqa: E501 - mail text and labels stay one sentence a line, as people wrote them
"""What is not a submission (2): spoofs, unrelated office mail and list mail."""

from __future__ import annotations

from . import docs, make
from .build import DevSet, F, at
from .units import RSJ, UNITS

U = UNITS
REM = "【提醒】请尽快报送职业教育活动周方案等材料"
REM_ID = "20201104180000.reminder@ta.shandong.cn"


def spoofs(S: DevSet) -> None:
    """Registered From addresses whose SPF/DKIM/DMARC failed: never the unit's."""
    rows = [
        (
            "nyzz",
            at(3, 2, 14),
            "宁阳职专活动周方案",
            [F("宁阳职专活动周方案.docx", make.plan("nyzz", "docx", 2), "plan")],
            "the only plan ever seen for nyzz is in a spoof: its plan stays missing",
        ),
        (
            "dongping",
            at(5, 3, 40),
            "东平县教体局活动周方案（新）",
            [F("东平县职业教育活动周方案（新）.docx", make.plan("dongping", "docx", 1), "plan")],
            "a readable plan in a spoof: dongping's plan stays partial (its own is truncated)",
        ),
        (
            "tavtc",
            at(16, 1, 5),
            "请查收活动周统计表",
            [],
            "phishing with a link, failed authentication",
        ),
        (
            "xtzz",
            at(10, 4, 20),
            "新泰职专宣传材料",
            [
                F(
                    "宣传材料.zip",
                    docs.zip_file([("宣传材料.docx", make.article("xtzz", 2, 10))]),
                    "other",
                )
            ],
            "articles in a spoof do not count",
        ),
        (
            "tajsxy",
            at(12, 3, 0),
            "活动周总结",
            [F("活动周总结.doc", docs.sample("testWORD.doc"), "summary")],
            "a spoof to the 人社局 mailbox",
        ),
    ]
    for uid, when, subject, files, note in rows:
        u = U[uid]
        html = (
            '<p>请点击查看：<a href="http://ta-shandong.cn.login-verify.top/xlsx">统计表.xlsx</a></p>'
            if not files
            else ""
        )
        S.add(
            f"{uid}-spoof",
            when,
            "python-email",
            frm=u.email,
            name=u.short,
            subject=subject,
            charset="utf-8",
            text="请查收附件。\n" if files else "请点击链接查看统计表。\n",
            html=html,
            files=files,
            to=[RSJ] if uid == "tajsxy" else None,
            kind="spoof",
            auth_fail=True,
            note=note,
        )
        S.messages[-1]["files"] = []


def unrelated(S: DevSet) -> None:
    """Office mail that is not about the campaign (some mention 活动周 in passing)."""
    rows = [
        (
            "jyj-bgs@ta.shandong.cn",
            "市教育局办公室",
            at(6, 14, 0),
            "关于召开全市教育系统安全生产工作会议的通知",
            "各科室：定于11月10日召开全市教育系统安全生产工作会议。请各科室做好职业教育活动周期间的安全工作。\n",
            "mentions 职业教育活动周 in passing",
        ),
        (
            U["taishan"].email,
            "泰山区教体局",
            at(9, 10, 30),
            "关于报送2020年下半年教师资格认定材料的函",
            "市教育局教师工作科：现将我区教师资格认定材料报送，请审核。\n",
            "from a registered address, about something else",
        ),
        (
            "ty1z_bgs@163.com",
            "泰安一中办公室",
            at(10, 11, 0),
            "泰安一中读书活动周安排",
            "各年级：本校读书活动周定于11月16日至20日，请各年级做好安排。\n",
            "another school's 读书活动周 sent here by mistake",
        ),
        (
            "tyj@ta.shandong.cn",
            "市体育局",
            at(7, 9, 0),
            "关于开展全民健身活动周的通知",
            "各单位：全民健身活动周定于11月下旬举办。\n",
            "活动周 of another kind",
        ),
        (
            "invoice@nuonuo.com",
            "诺诺网",
            at(8, 12, 0),
            "您收到一张电子发票",
            "尊敬的客户，您有一张电子发票，金额：320.00元。\n",
            "an invoice",
        ),
        (
            "postmaster@ta.shandong.cn",
            "邮件系统",
            at(11, 7, 0),
            "邮箱容量提醒",
            "您的邮箱已使用95%，请及时清理。\n",
            "system notice",
        ),
        (
            "jyj-zcjk02@ta.shandong.cn",
            "董殿楠",
            at(12, 12, 30),
            "周五下午科室会",
            "周五下午三点科室会，活动周的事一并说一下。\n",
            "a colleague, in passing",
        ),
        (
            "sdjyt_zcc@shandong.cn",
            "山东省教育厅职成处",
            at(2, 9, 30),
            "关于做好2020年山东省职业教育活动周相关工作的通知",
            "各市教育局：根据鲁教职字〔2020〕11号，请做好活动周工作。\n",
            "the province's notice to the city: not a submission; PHPMailer without mbstring splits a GBK character across two encoded words of the subject",
        ),
        (
            "editor@dzwww.com",
            "大众网泰安频道",
            at(9, 15, 0),
            "约稿：职业教育活动周专题",
            "您好，我频道拟开设职业教育活动周专题，欢迎供稿。\n",
            "a newspaper asking for material",
        ),
        (
            "service@zhiyejineng-px.com",
            "职业技能培训中心",
            at(8, 20, 0),
            "职业技能等级证书考试报名",
            "报名从速！\n",
            "advertising",
        ),
        (
            "13905381234@163.com",
            "学生家长",
            at(10, 20, 30),
            "咨询网络校园开放日",
            "请问泰山职院的网络校园开放日几点开始？\n",
            "a parent asking: not a unit",
        ),
    ]
    for n, (frm, name, when, subject, text, note) in enumerate(rows):
        client = ("python-email", "nodemailer", "coremail-163", "phpmailer")[n % 4]
        S.add(
            f"unrelated{n + 1}",
            when,
            client,
            frm=frm,
            name=name,
            subject=subject,
            text=text,
            charset="utf-8" if client == "python-email" else "gbk",
            kind="unrelated",
            note=note,
        )


def lists(S: DevSet) -> None:
    """Newsletters and mailing lists."""
    rows = [
        (
            "news@chinazy.org",
            "中国职业教育网",
            at(6, 6, 0),
            "职教周刊 2020年第45期：各地职业教育活动周集锦",
            [
                "List-Id: <zjzk.chinazy.org>",
                "List-Unsubscribe: <mailto:unsubscribe@chinazy.org>",
                "Precedence: list",
            ],
        ),
        (
            "jianbao@moe.edu.cn",
            "职成司信息简报",
            at(9, 6, 30),
            "职业教育信息简报（第32期）",
            ["Precedence: bulk"],
        ),
        (
            "dashi@service.netease.com",
            "网易邮箱大师",
            at(11, 12, 0),
            "邮箱大师新功能上线",
            ["Precedence: bulk", "List-Unsubscribe: <https://u.163.com/x>"],
        ),
        (
            "sdzj-xxh@googlegroups.com",
            "山东职教信息化交流",
            at(13, 21, 0),
            "[sdzj-xxh] 活动周网络直播平台推荐",
            [
                "List-Id: <sdzj-xxh.googlegroups.com>",
                "Mailing-list: list sdzj-xxh@googlegroups.com",
                "Precedence: list",
            ],
        ),
        (
            "weekly@tajy.gov.cn",
            "泰安教育信息",
            at(14, 8, 0),
            "泰安教育信息周报：职业教育活动周启动",
            ["Precedence: list", "List-Id: 泰安教育信息 <weekly.tajy.gov.cn>"],
        ),
    ]
    for n, (frm, name, when, subject, extra) in enumerate(rows):
        S.add(
            f"list{n + 1}",
            when,
            "nodemailer" if n % 2 else "phpmailer",
            frm=frm,
            name=name,
            subject=subject,
            text=f"{subject}\n本期导读：……\n退订请回复TD。\n",
            charset="utf-8",
            extra=extra,
            kind="list",
            note="list/bulk mail",
        )


def build(S: DevSet) -> None:
    """Everything in this module."""
    for f in (
        spoofs,
        unrelated,
        lists,
    ):
        f(S)
