"""Set23's shared document shapes: plans, summaries, articles (wording written for this set)."""

from __future__ import annotations

from typing import Any

from .build import F
from .kit import article, blocks_file

_SECOND = [
    "活动现场，师生们认真讲解、耐心示范，前来参观的家长和居民纷纷驻足，现场气氛热烈。",
    "据了解，本次活动共吸引三百余人次参与，线上直播观看量突破一万人次。",
    "参与活动的同学表示，通过这次展示，更加坚定了走技能成才之路的信心。",
    "下一步，学校将把活动周成果转化为常态化的育人机制，持续擦亮职教品牌。",
    "活动得到了合作企业的大力支持，企业技术骨干全程参与指导。",
    "社区负责人表示，这样接地气的服务活动希望多办、常办。",
    "活动结束后，学校对优秀作品进行了集中展示，并通过新媒体平台持续推送。",
    "此次活动既展示了专业建设成果，也让更多群众了解了职业教育。",
]


def art(unit: str, name: str, title: str, lead: str, n: int, producer: str = "python-docx",
        **kw: Any) -> F:  # fmt: skip
    """An article: headline, the story's lead, one closing sentence picked by n."""
    return article(name, unit, title, [lead, _SECOND[n % len(_SECOND)]], producer, **kw)


def plan(unit: str, name: str, who: str, title: str, items: list[str],
         tail: list[list[Any]] | None = None, producer: str = "python-docx") -> F:  # fmt: skip
    """An activity-week plan: title, a preamble, numbered sections, the unit at the end."""
    blocks: list[list[Any]] = [
        ["h", title],
        [
            "p",
            f"为认真贯彻落实《关于做好2020年泰安市职业教育活动周相关工作的通知》（泰教函〔2020〕72号）"
            f"要求，结合{who}实际，制定本方案。",
        ],
        ["p", "一、活动主题：人人出彩 技能强国"],
        ["p", "二、活动时间：2020年11月8日至14日"],
        ["p", "三、主要活动"],
        *[["p", f"（{'一二三四五六'[i]}）{x}"] for i, x in enumerate(items)],
        *(tail or []),
        ["p", who],
        ["p", "2020年11月"],
    ]
    return blocks_file(name, unit, "plan", blocks, producer)


def summary(unit: str, name: str, who: str, paras: list[str], producer: str = "python-docx") -> F:
    """The week's summary report."""
    blocks: list[list[Any]] = [
        ["h", f"{who}2020年职业教育活动周工作总结"],
        *[["p", p] for p in paras],
    ]
    blocks.append(["p", who])
    return blocks_file(name, unit, "summary", blocks, producer)
