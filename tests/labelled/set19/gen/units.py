"""set19's units (the config's list): id, full name, the short name people write, address."""

from __future__ import annotations

from .build import Unit

TAISHAN = Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsjtj_zcjk@ta.shandong.cn")
DYQ = Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zjk@163.com")
XINTAI = Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xintai_zcjk@outlook.com")
FEICHENG = Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zck@126.com")
NINGYANG = Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyxjtj_zcjy@163.com")
DONGPING = Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zcjk@ta.shandong.cn")
GAOXIN = Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3302918475@qq.com")
TZY = Unit("tzy", "泰安职业技术学院", "泰职院", "xcbgs@tzvcst.edu.cn")
TSVTC = Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb2020@tsvtc.edu.cn")
SDFZXY = Unit("sdfzxy", "山东服装职业学院", "服装学院", "dzb@sdfzxy.edu.cn")
LMKJ = Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcc@163.com")
TSHL = Unit("tshl", "泰山护理职业学院", "泰护", "tshlzy_jwc@126.com")
TAJSXY = Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsb@163.com")
DYZJ = Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳职教中心", "dyzjzx_jwk@126.com")
XTZZ = Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@163.com")
FCZZ = Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz2020@126.com")
NYZZ = Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzzxcb@163.com")
DPZJ = Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzj_bgs@126.com")
JTZZ = Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "jtzz_xxzx@163.com")
TSQZZ = Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "2413567809@qq.com")
