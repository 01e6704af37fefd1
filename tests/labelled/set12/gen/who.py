"""set12's units (as config.toml lists them) and the few shared bits stories need."""

from __future__ import annotations

from .build import Unit

U: dict[str, Unit] = {
    u.id: u
    for u in [
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsq_zcjyk@ta.shandong.cn"),
        Unit("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyjtj_zck@ta.shandong.cn"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtsjtj_zcjyk@163.com"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcjtj_zcjk@ta.shandong.cn"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyjtj2018@126.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "dpxjtj_zjk@ta.shandong.cn"),
        Unit("gaoxin", "泰安高新技术产业开发区教育和体育局", "高新区教体局", "gxqshsyj_jy@163.com"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "xcb@tsvtc.edu.cn"),
        Unit("tavtc", "泰安职业技术学院", "泰职院", "dzb@tavtc.edu.cn"),
        Unit("sdfz", "山东服装职业学院", "服装学院", "fzxy_xcb@sdfzxy.edu.cn"),
        Unit("tshl", "泰山护理职业学院", "泰护", "tshl_bgs@163.com"),
        Unit("tajs", "泰安技师学院", "泰安市技师学院", "tajsxy_zsb@126.com"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmxy_xcb@163.com"),
        Unit("dyzj", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx@ta.shandong.cn"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz_bgs@126.com"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz@ta.shandong.cn"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "nyzz_xxb@163.com"),
        Unit("dpzj", "东平县职业教育中心学校", "东平职教中心", "dpzjzx_bgs@126.com"),
        Unit("tasl", "泰安市理工中等职业学校", "理工中职", "talgzz_xb@126.com"),
    ]
}

NOTICE_SUBJECT = "关于做好2020年泰安市职业教育活动周相关工作的通知"
