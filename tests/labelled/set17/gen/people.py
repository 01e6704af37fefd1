"""The units of set17's config and small helpers the stories share (no wording here)."""

from __future__ import annotations

from .build import F, Unit
from .docs import Doc

U = {
    u.id: u
    for u in [
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zcjyk@ta.shandong.cn"),
        Unit("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjy@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcgj@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtjzck@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcjk@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqjtj2020@163.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "tzyxcb@tzy.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dzb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcb@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "dzbgs@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsb@163.com"),
        Unit("tagj", "泰安市高级技工学校", "高级技工学校", "tagjjx_jwc@126.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtszz_bgs@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_bgs@163.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_jwc@126.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_xb@126.com"),
    ]
}


def plan(name: str, doc: Doc, unit: str, **kw: object) -> F:
    """A plan file."""
    return F(name, doc, "plan", unit, **kw)  # type: ignore[arg-type]


def art(name: str, doc: Doc, unit: str, **kw: object) -> F:
    """An article file."""
    return F(name, doc, "article", unit, **kw)  # type: ignore[arg-type]


def summ(name: str, doc: Doc, unit: str, **kw: object) -> F:
    """A summary file."""
    return F(name, doc, "summary", unit, **kw)  # type: ignore[arg-type]


def stat(name: str, doc: Doc, unit: str, **kw: object) -> F:
    """A statistics file."""
    return F(name, doc, "statistics", unit, **kw)  # type: ignore[arg-type]
