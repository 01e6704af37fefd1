"""set8's units (as in its config.toml) and the city's addresses."""

from __future__ import annotations

from .build import Unit
from .mime import CITY, RSJ

__all__ = ["CITY", "RSJ", "UNITS", "U"]

# id, kind, name, aliases, registered address
UNITS: list[tuple[str, str, str, list[str], str]] = [
    (
        "taishan",
        "county",
        "泰安市泰山区教育和体育局",
        ["泰山区教体局", "泰山区教育和体育局", "泰山区教育局"],
        "tsq_zcjyk@ta.shandong.cn",
    ),
    (
        "daiyue",
        "county",
        "泰安市岱岳区教育和体育局",
        ["岱岳区教体局", "岱岳区教育和体育局", "岱岳区教育局"],
        "dyjtj_zjk@163.com",
    ),
    (
        "xintai",
        "county",
        "新泰市教育和体育局",
        ["新泰市教体局", "新泰教体局", "新泰市教育和体育局"],
        "xtsjtj@ta.shandong.cn",
    ),
    (
        "feicheng",
        "county",
        "肥城市教育和体育局",
        ["肥城市教体局", "肥城教体局", "肥城市教育和体育局"],
        "fcjtj_zcjyk@126.com",
    ),
    (
        "ningyang",
        "county",
        "宁阳县教育和体育局",
        ["宁阳县教体局", "宁阳教体局", "宁阳县教育和体育局"],
        "nyjtj@ta.shandong.cn",
    ),
    (
        "dongping",
        "county",
        "东平县教育和体育局",
        ["东平县教体局", "东平教体局", "东平县教育和体育局"],
        "dpxjtj_zjk@163.com",
    ),
    (
        "gaoxin",
        "county",
        "泰安高新技术产业开发区教育和体育局",
        ["高新区教体局", "泰安高新区教体局", "泰安高新区"],
        "3105582741@qq.com",
    ),
    ("tavtc", "school", "泰安职业技术学院", ["泰安职院", "泰安职业技术学院"], "zsjyc@tavtc.edu.cn"),
    ("tsvtc", "school", "泰山职业技术学院", ["泰山职院", "泰山职业技术学院"], "xcb@tsvtc.edu.cn"),
    (
        "sdfzxy",
        "school",
        "山东服装职业学院",
        ["山东服装职院", "服装职院", "山东服装职业学院"],
        "sdfz_jwc@163.com",
    ),
    (
        "lmkj",
        "school",
        "山东力明科技职业学院",
        ["力明科技职院", "力明学院", "山东力明科技职业学院"],
        "lmxy_xcb@126.com",
    ),
    (
        "hlzy",
        "school",
        "泰山护理职业学院",
        ["泰山护理职院", "护理职院", "泰山护理职业学院"],
        "tshl_dzb@tshlzy.edu.cn",
    ),
    (
        "tajsxy",
        "school",
        "泰安技师学院",
        ["泰安技师学院", "市技师学院", "泰安市技师学院"],
        "jsxy_jyk@163.com",
    ),
    (
        "dyzjzx",
        "school",
        "泰安市岱岳区职业教育中心",
        ["岱岳区职教中心", "岱岳职教中心", "岱岳区职业教育中心"],
        "dyzj_xb@163.com",
    ),
    (
        "xtyz",
        "school",
        "新泰市第一职业中等专业学校",
        ["新泰一职专", "新泰市第一职专", "新泰市第一职业中专"],
        "xtyzz_bgs@163.com",
    ),
    (
        "fczz",
        "school",
        "肥城市职业中等专业学校",
        ["肥城职专", "肥城市职专", "肥城市职业中专"],
        "fczz@ta.shandong.cn",
    ),
    (
        "nyzz",
        "school",
        "宁阳县职业中等专业学校",
        ["宁阳职专", "宁阳县职专", "宁阳县职业中专"],
        "1290473856@qq.com",
    ),
    (
        "dpzj",
        "school",
        "东平县职业教育中心学校",
        ["东平职教中心", "东平县职教中心", "东平县职业教育中心"],
        "dpzjzx@163.com",
    ),
    (
        "tagcjs",
        "school",
        "泰安市工程技术学校",
        ["泰安工程技术学校", "市工程技术学校", "泰安工程技校"],
        "tagc_jwc@126.com",
    ),
    (
        "tsqzz",
        "school",
        "泰安市泰山区职业中等专业学校",
        ["泰山区职专", "泰山区职业中专", "泰山职专"],
        "tsqzz_xb@126.com",
    ),
]

U: dict[str, Unit] = {i: Unit(i, name, aliases[0], email) for i, _, name, aliases, email in UNITS}
