"""Second instances of rarer shapes: forwards, TNEF, no subject, 视频号 only, a CSV resend,
a truncated article, a liaison change after the deadline, a wrapped URL, a contact without 单位."""

# ruff: noqa: E501  (mail and document text: long Chinese lines are kept whole)

from __future__ import annotations

from .producers import Doc
from .story import F, Msg, article, frm, liaison, stats


def _inner(uid: str, short: str, when: str, client: str, to: tuple[str, str], i: int) -> Msg:
    m = Msg(
        f"{uid}-inner-{i}",
        when,
        client,
        frm(uid),
        f"{short}活动周稿件",
        "请县局审核后转报。\n",
        files=[article(uid, short, i, "11月10日", "lo-docx")],
        unit=uid,
        to=[to],
    )
    for f in m.files:
        f.unit = uid
    return m


def messages() -> list[Msg]:
    dpzz_new = liaison(
        "dpzz",
        name="王文静",
        position="团委副书记",
        email="wangwenjing@ta.shandong.cn",
        mobile="13854858210",
    )
    xtezz_li = liaison("xtezz")
    return [
        Msg(
            "feicheng-forwards-fczjzx",
            "11-10 14:30",
            "coremail",
            frm("feicheng", "肥城市教体局职业教育科"),
            "转发：肥城职教中心活动周稿件",
            "市教育局职成高教科：\n转报肥城市职业教育中心稿件一篇。\n王丽萍\n",
            forward=_inner(
                "fczjzx",
                "肥城职教中心",
                "11-10 11:00",
                "coremail",
                ("肥城市教体局", "fcjtjzjk@126.com"),
                35,
            ),
            unit="feicheng",
            note="a county forwards a school's mail as message/rfc822: its article counts for fczjzx",
        ),
        Msg(
            "xintai-forwards-xtyzz",
            "11-11 16:00",
            "foxmail",
            frm("xintai", "新泰市教体局职成科 刘海涛"),
            "Fw: 新泰一职专活动周稿件",
            "职成科：转新泰一职专稿件。\n\n\n\n刘海涛\n",
            forward=_inner(
                "xtyzz",
                "新泰一职专",
                "11-11 09:30",
                "mailmaster",
                ("新泰市教体局", "xtjtj_zcjk@ta.shandong.cn"),
                35,
            ),
            unit="xintai",
            note="Foxmail forward as attachment: the article counts for xtyzz",
        ),
        Msg(
            "tsvtc-tnef-article",
            "11-11 11:45",
            "outlook",
            frm("tsvtc", "吴楠"),
            "泰山职院稿件（RTF格式邮件）",
            "稿件见附件。\n\n吴楠\n",
            files=[article("tsvtc", "泰山职院", 35, "11月11日", "lo-docx")],
            unit="tsvtc",
            tnef=True,
            note="Outlook Rich Text mode again: the article is inside winmail.dat",
        ),
        Msg(
            "taishan-no-subject",
            "11-13 08:05",
            "foxmail",
            frm("taishan", "孙晓燕"),
            None,
            "职成科：稿件一篇。\n\n\n\n孙晓燕\n",
            files=[article("taishan", "泰山区", 35, "11月12日", "lo-docx")],
            unit="taishan",
            note="no Subject header at all",
        ),
        Msg(
            "dongping-no-subject",
            "11-14 12:20",
            "coremail",
            frm("dongping", "东平县教体局职成科"),
            "",
            "",
            files=[article("dongping", "东平县", 35, "11月13日", "lo-docx")],
            unit="dongping",
            note="an empty subject and an empty body, one article",
        ),
        Msg(
            "gaoxin-shipinhao",
            "11-11 10:10",
            "iphone",
            frm("gaoxin", "李明远"),
            "高新区活动周宣传平台",
            "我区活动周信息在视频号“泰安高新区发布”同步发布，不再单独设立网站专栏。\n\n发自我的iPhone",
            unit="gaoxin",
            channel_only="shipinhao",
            note="only a 视频号 account, no URL and no WeChat official account: column_url null; partial",
        ),
        Msg(
            "sdlm-statistics-csv",
            "11-16 16:40",
            "sina",
            frm("sdlm", "山东力明科技职业学院宣传部"),
            "力明学院统计表（更正）",
            "统计表数据有误，以此版为准（CSV格式）。\n杜宏伟\n",
            files=[
                stats(
                    "sdlm",
                    "csv-utf8",
                    "力明学院活动周情况统计表（更正）",
                    headers="short",
                    title=False,
                )
            ],
            unit="sdlm",
            note="a corrected table as UTF-8 CSV with a BOM",
        ),
        Msg(
            "xtyzz-truncated-article",
            "11-12 13:00",
            "mailmaster",
            frm("xtyzz", "李春雷"),
            "新泰一职专稿件",
            "稿件见附件\n\n发自网易邮箱大师",
            files=[
                F(
                    "新泰一职专稿件.docx",
                    "article",
                    Doc(
                        "lo-docx",
                        article("xtyzz", "新泰一职专", 36, "11月12日").doc.source,
                        post="truncate",
                    ),
                    readable=False,
                    note="cut short: unreadable",
                )
            ],
            unit="xtyzz",
            note="an unreadable article does not count",
        ),
        Msg(
            "dpzz-liaison-change-late",
            "11-10 09:00",
            "foxmail",
            frm("dpzz", "朱红英"),
            "东平职专联络员变更",
            "职成高教科：\n  因朱红英同志外出学习，活动周期间我校联络员变更为：\n"
            f"  姓名：{dpzz_new['name']}  职务：{dpzz_new['position']}\n  手机：{dpzz_new['mobile']}  邮箱：{dpzz_new['email']}\n\n\n\n朱红英\n",
            unit="dpzz",
            liaison=dpzz_new,
            note="a change after the deadline supersedes the person; the requirement was met on time: stays complete",
        ),
        Msg(
            "talgzz-url-wrapped",
            "11-14 10:40",
            "outlook",
            frm("talgzz", "邱志强"),
            "理工中专专题网页已更新",
            "职成科：我校活动周专题网页已更新，地址仍为 https://www.talgzz.cn/zj\nhdz/ ，请审核。\n\n邱志强\n",
            unit="talgzz",
            column_url="https://www.talgzz.cn/zjhdz/",
            note="the URL is broken over two lines by the client",
        ),
        Msg(
            "xtezz-contact-no-unit",
            "11-05 17:05",
            "s-nail",
            frm("xtezz", "新泰二职专办公室"),
            "联络员信息确认",
            f"联系人：{xtezz_li['name']}\n职称/岗位：{xtezz_li['position']}\n手机号：{xtezz_li['mobile']}\n"
            f"邮件地址：{xtezz_li['email']}\n",
            unit="xtezz",
            liaison=xtezz_li,
            note="a contact without 单位: takes the mail's unit",
        ),
    ]
