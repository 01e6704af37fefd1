"""The units of set9's config.toml, as the stories address them."""

from __future__ import annotations

from .build import Unit

TAISHAN = Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsqjtj_zcg@ta.shandong.cn")
DYQ = Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyqjtj@163.com")
XINTAI = Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtjtj_zck@ta.shandong.cn")
FEICHENG = Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcsjtj@126.com")
NINGYANG = Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyxjtj_zj@163.com")
DONGPING = Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpjtj@ta.shandong.cn")
GAOXIN = Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "2870013546@qq.com")
TZY = Unit("tzy", "泰安职业技术学院", "泰职院", "xcb@tzy.edu.cn")
TSVTC = Unit("tsvtc", "泰山职业技术学院", "泰山职院", "dzb@tsvtc.edu.cn")
SDFZXY = Unit("sdfzxy", "山东服装职业学院", "服装学院", "fzxy_xcb@126.com")
LMKJ = Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkjxy@163.com")
TSHL = Unit("tshl", "泰山护理职业学院", "泰护", "tshl_xcb@tshlzy.edu.cn")
TAJSXY = Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_jwc@163.com")
DYZJ = Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_bgs@163.com")
XTZZ = Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz@ta.shandong.cn")
FCZZ = Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_jwc@163.com")
NYZZ = Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_xb@126.com")
DPZJ = Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_jwc@163.com")
JTZZ = Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz@126.com")
TSQZZ = Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_jwc@163.com")
