"""Set20's units: set9's ids and names with set20's invented registered addresses."""

from __future__ import annotations

from .build import Unit

U = {
    u.id: u
    for u in (
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_jtj_zcjy@ta.shandong.cn"),
        Unit("dyq", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zhijiao@163.com"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjy@ta.shandong.cn"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zck@126.com"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj2020@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zjk@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "3057741862@qq.com"),
        Unit("tzy", "泰安职业技术学院", "泰职院", "xcc@tzvtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xuanchuan@tsvtc.edu.cn"),
        Unit("sdfzxy", "山东服装职业学院", "服装学院", "sdfzxy_dangban@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkjxy_xcb@163.com"),
        Unit("tshl", "泰山护理职业学院", "泰护", "xcb@tshlzy.edu.cn"),
        Unit("tajsxy", "泰安技师学院", "市技师学院", "tajsxy_zsjy@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyqzjzx@163.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzzxb@ta.shandong.cn"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fcszz_jwc@126.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_bgs@163.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_xb@163.com"),
        Unit("jtzz", "泰安市交通职业中等专业学校", "交通职专", "tajtzz_jwc@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_xcb@126.com"),
    )
}
