"""set25's units (ids, names and the registered addresses of its config.toml)."""

from __future__ import annotations

from .build import Unit

_ROWS = [
    ("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjt_zhijiao@ta.shandong.cn"),
    ("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck2020@163.com"),
    ("xintai", "新泰市教育和体育局", "新泰市教体局", "xinjtj_zcjk@ta.shandong.cn"),
    ("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjyj_zj@126.com"),
    ("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjt_zhicheng@163.com"),
    ("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zck@ta.shandong.cn"),
    ("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3315720964@qq.com"),
    ("tzy", "泰安职业技术学院", "泰职院", "xuanchuan@tzvtc.edu.cn"),
    ("tsvtc", "泰山职业技术学院", "泰山职院", "jwc_office@tsvtc.edu.cn"),
    ("sdfzxy", "山东服装职业学院", "服装学院", "sdfz_dzb@126.com"),
    ("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_bgs@163.com"),
    ("tshl", "泰山护理职业学院", "泰护", "hlzy_xcb@tshlzy.edu.cn"),
    ("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_xxb@163.com"),
    ("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx2010@163.com"),
    ("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@ta.shandong.cn"),
    ("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_bgs@126.com"),
    ("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_zhaosheng@163.com"),
    ("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_xb@163.com"),
    ("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_jwc@126.com"),
    ("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_office@163.com"),
]
U = {r[0]: Unit(*r) for r in _ROWS}
