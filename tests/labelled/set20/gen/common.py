"""The ordinary documents every unit sends (plan, summary, statistics), worded from the few facts
each story gives: its own activities, its sign-off and its figures. Set20's focus is the
articles; these keep the matrix whole."""

from __future__ import annotations

from .build import F
from .kit import plan, stats, summary
from .units import U


def plan_doc(
    uid: str,
    name: str,
    acts: list[str],
    theme_line: str,
    sign: list[str],
    producer: str = "python-docx",
    contact_line: str = "",
) -> F:
    """The unit's 活动周实施方案, its activities in its own words."""
    u = U[uid]
    sections = [
        ("一、指导思想", [theme_line]),
        ("二、活动时间", ["2020年11月8日至14日。"]),
        ("三、主要活动", [f"（{'一二三四五六'[n]}）{a}" for n, a in enumerate(acts)]),
        (
            "四、工作要求",
            [
                "各科室、各单位要严格落实疫情防控要求，活动信息及时报送宣传，"
                "确保活动周“天天有活动、处处有看点、人人有收获”。"
            ],
        ),
    ]
    if contact_line:
        sections.append(("五、联系方式", [contact_line]))
    title = f"{u.name}2020年职业教育活动周实施方案"
    return plan(name, uid, title, sections, sign, producer)


def summary_doc(
    uid: str,
    name: str,
    done: list[str],
    figures: str,
    sign: list[str],
    producer: str = "python-docx",
) -> F:
    """The unit's 活动周总结, what it did in its own words."""
    u = U[uid]
    paras = [
        f"按照泰教函〔2020〕72号文件要求，{u.short}于11月8日至14日组织开展了2020年职业教育"
        "活动周，现将活动开展情况总结如下。",
        *done,
        figures,
        "下一步，我们将把活动周中形成的好做法固化下来，持续做好职业教育宣传工作。",
    ]
    return summary(name, uid, f"{u.short}2020年职业教育活动周工作总结", paras, sign, producer)


def stats_doc(uid: str, name: str, numbers: list[object]) -> F:
    """The unit's 统计表."""
    return stats(name, uid, U[uid].name, numbers)
