"""What 岱岳区职教中心 sends (its summary comes through daiyue, in counties.py)."""

from __future__ import annotations

from .build import Builder, Unit, person, send
from .kit import arts, plan, stats

OCTET = "application/octet-stream"


def dyzjzx(b: Builder, u: Unit) -> None:
    """iPhone Mail: the liaison on one line separated by spaces; the column after 网址： in
    parentheses; its summary comes through the county (daiyue), its table itself."""
    send(
        b,
        u,
        "11-04 12:12",
        "iphone",
        "岱岳区职教中心活动周方案",
        "市局职成高教科：附件为我校活动周实施方案。我校活动周专栏（网址："
        "http://www.dyzjzx.com/zjz2020）已开通。\n"
        "学校联络员  孟凡亮  办公室副主任  13505388120  mengfl_dyzj@163.com\n\n发自我的iPhone",
        [plan(u, "lo-docx", "岱岳区职教中心活动周实施方案.docx")],
        column_url="http://www.dyzjzx.com/zjz2020",
        liaison=person("", "孟凡亮", "办公室副主任", "mengfl_dyzj@163.com", "13505388120"),
        note="liaison fields separated by spaces only",
    )
    send(
        b,
        u,
        "11-10 12:30",
        "iphone",
        "职教中心活动周稿件",
        "两篇\n\n发自我的iPhone",
        arts(u, [1, 2], "lo-pdf", "pdf"),
    )
    send(
        b,
        u,
        "11-12 12:18",
        "iphone",
        "职教中心活动周稿件",
        "两篇\n\n发自我的iPhone",
        arts(u, [5, 10], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-13 19:40",
        "iphone",
        "职教中心活动周稿件",
        "一篇\n\n发自我的iPhone",
        arts(u, [13], "lo-docx", "docx"),
    )
    send(
        b,
        u,
        "11-14 08:20",
        "iphone",
        "请问总结报给区教体局还是市局",
        "职成高教科老师好，请问我们的活动周总结是报岱岳区教体局汇总还是直接报市局？\n孟凡亮\n\n"
        "发自我的iPhone",
        note="a question, no files",
    )
    send(
        b,
        u,
        "11-16 15:03",
        "iphone",
        "职教中心活动周统计表",
        "统计表请查收，总结已由区教体局转报。\n\n发自我的iPhone",
        [stats(u, "merged", "岱岳区职教中心活动周统计表.xlsx", 1401)],
    )
