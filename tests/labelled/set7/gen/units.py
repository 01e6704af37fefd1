"""Set7's units (as in its config.toml) and the city's earlier mails that replies quote."""

from __future__ import annotations

from .build import Unit

U = {
    u.id: u
    for u in [
        Unit("taishan", "泰安市泰山区教育和体育局", "泰山区教体局", "tsqjtj_zcjyk@163.com"),
        Unit("daiyue", "泰安市岱岳区教育和体育局", "岱岳区教体局", "dyqjtj@ta.shandong.cn"),
        Unit("xintai", "新泰市教育和体育局", "新泰市教体局", "xtjtj_zjk@126.com"),
        Unit("feicheng", "肥城市教育和体育局", "肥城市教体局", "fcsjtj@ta.shandong.cn"),
        Unit("ningyang", "宁阳县教育和体育局", "宁阳县教体局", "nyxjtj_zcjy@163.com"),
        Unit("dongping", "东平县教育和体育局", "东平县教体局", "1938472056@qq.com"),
        Unit(
            "gaoxin",
            "泰安高新技术产业开发区教育和体育局",
            "高新区教体局",
            "gxq_shsyj@ta.shandong.cn",
        ),
        Unit("tavtc", "泰安职业技术学院", "泰安职院", "dwxcb@tavtc.edu.cn"),
        Unit("tsvtc", "泰山职业技术学院", "泰山职院", "tsvtc_xcb@126.com"),
        Unit("sdfzxy", "山东服装职业学院", "服装职院", "xcb@sdfzxy.edu.cn"),
        Unit("lmkj", "山东力明科技职业学院", "力明学院", "lmkj_dzb@163.com"),
        Unit("tshlxy", "泰山护理职业学院", "护理职院", "hlxy_xcb@163.com"),
        Unit("tajsxy", "泰安技师学院", "泰安技师学院", "tajsxy_xxk@163.com"),
        Unit("xtjg", "新泰市技工学校", "新泰技校", "xtjgxx_zsb@163.com"),
        Unit("dyzjzx", "泰安市岱岳区职业教育中心", "岱岳区职教中心", "dyzjzx@ta.shandong.cn"),
        Unit("xtzz", "新泰市职业中等专业学校", "新泰职专", "xtzz_jwc@163.com"),
        Unit("fczz", "肥城市职业中等专业学校", "肥城职专", "fczz_bgs@126.com"),
        Unit("nyzz", "宁阳县职业中等专业学校", "宁阳职专", "2470135869@qq.com"),
        Unit("dpzz", "东平县职业中等专业学校", "东平职专", "dpzz_xb@163.com"),
        Unit("tsqzz", "泰安市泰山区职业中等专业学校", "泰山区职专", "tsqzz@ta.shandong.cn"),
    ]
}

CITY_NAME = "泰安市教育局职成高教科"

# 11-04 16:20, to every unit: who has not yet sent plan, column and liaison (names others)
REMIND_1104 = """各县市区教体局、各职业院校：
截至11月4日16时，以下单位尚未报送活动周方案、宣传专栏地址和联络员信息：肥城市教体局、宁阳县教体局、高新区教体局、泰山职院、山东服装职业学院、泰山护理职业学院、泰安技师学院、新泰技校、肥城职专、宁阳职专、泰山区职专。请于11月5日18时前报送至本邮箱。
已报送的单位：泰山区教体局、岱岳区教体局、新泰市教体局、东平县教体局、泰安职院、力明学院、岱岳区职教中心、新泰职专、东平职专。
市教育局职成高教科
电话：6991449"""

# 11-10 09:00, to every unit: a reminder about articles
REMIND_1110 = """各单位：
活动周已过半，请各单位按照通知要求，及时报送宣传材料（不少于5篇），稿件请注明单位名称，图片请单独打包。
目前报送稿件较多的单位有泰安职院、岱岳区教体局；肥城市教体局、高新区教体局、新泰技校报送偏少，请抓紧。
市教育局职成高教科"""


def gt_quote(text: str, who: str, when: str) -> str:
    """Thunderbird/Foxmail-style > quoting under an attribution line."""
    lines = "\n".join("> " + x if x else ">" for x in text.split("\n"))
    return f"在 {when}, {who} 写道:\n{lines}"


def outlook_quote(text: str, subject: str, when: str, to: str) -> str:
    """Outlook's Chinese '-----原始邮件-----' block."""
    return (
        "-----原始邮件-----\n"
        f"发件人: {CITY_NAME} <jyj-zcjk01@ta.shandong.cn>\n"
        f"发送时间: {when}\n"
        f"收件人: {to}\n"
        f"主题: {subject}\n\n{text}"
    )


def foxmail_quote(text: str, subject: str, when: str, to: str) -> str:
    """Foxmail's quoted header block."""
    return (
        "\n\n\n\n发件人： " + CITY_NAME + "\n"
        f"发送时间： {when}\n收件人： {to}\n主题： {subject}\n\n{text}"
    )
