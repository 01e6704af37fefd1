"""Set23's small document makers and its units (written for this set).

Every document is built from the blocks of gen/docs.py; the wording is the story's.
"""

from __future__ import annotations

from typing import Any

from .build import F, Unit
from .docs import Doc

U = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zcjyk@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck2020@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjk@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zjk@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj_zcjyg@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcg@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3190478265@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcbgs@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb_tsvtc@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dzb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcc@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "xcb@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_xxb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_jyk@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_xxzx@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_zsb@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzj_bgs@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_dwb@126.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_xcb@163.com"),
    )
}

STAT_HEAD = [
    "单位名称",
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]


def article(name: str, unit: str, title: str, paras: list[str], producer: str = "python-docx",
            extra: list[list[Any]] | None = None, **kw: Any) -> F:  # fmt: skip
    """An article file: headline and paragraphs (python-docx unless told)."""
    blocks: list[list[Any]] = [["h", title], *[["p", p] for p in paras], *(extra or [])]
    return F(name, Doc(producer, blocks), "article", unit, **kw)


def blocks_file(name: str, unit: str, category: str, blocks: list[list[Any]],
                producer: str = "python-docx", **kw: Any) -> F:  # fmt: skip
    """A python-docx (or docx-pdf) file from raw blocks."""
    return F(name, Doc(producer, blocks), category, unit, **kw)


def stats(name: str, unit: str, unit_name: str, nums: list[Any], title: str = "",
          extra_rows: list[list[Any]] | None = None) -> F:  # fmt: skip
    """The 统计表: a merged title row, the header, the unit's row."""
    title = title or "2020年职业教育活动周情况统计表"
    rows = [[title] + [""] * 8, STAT_HEAD, [unit_name, *nums], *(extra_rows or [])]
    return F(name, Doc("openpyxl", {"rows": rows, "merge": ["A1:I1"]}), "statistics", unit)


def sheet(name: str, unit: str, category: str, rows: list[list[Any]],
          merge: list[str] | None = None, links: dict[str, str] | None = None) -> F:  # fmt: skip
    """Any one-sheet xlsx."""
    spec: dict[str, Any] = {"rows": rows}
    if merge:
        spec["merge"] = merge
    if links:
        spec["links"] = links
    return F(name, Doc("openpyxl", spec), category, unit)
