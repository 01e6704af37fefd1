"""Who is who in the set: unit names (read from config.toml), liaisons, columns, short names."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "config.toml"
_CFG = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
UNITS: dict[str, dict[str, object]] = {u["id"]: u for u in _CFG["units"]}
REQUIREMENTS: list[dict[str, object]] = _CFG["requirements"]


def name(uid: str) -> str:
    """Full official name of a unit."""
    return str(UNITS[uid]["name"])


def reg(uid: str, i: int = 0) -> str:
    """The i-th registered sender address of a unit."""
    return list(UNITS[uid]["emails"])[i]  # type: ignore[arg-type]


# The short name people write in subjects and file names.
SHORT = {
    "taishan": "泰山区教体局",
    "daiyue": "岱岳区教体局",
    "xintai": "新泰市教体局",
    "feicheng": "肥城市教体局",
    "ningyang": "宁阳县教体局",
    "dongping": "东平县教体局",
    "gaoxin": "高新区教体局",
    "tsvtc": "泰山职院",
    "tavtc": "泰安职院",
    "tshlxy": "泰山护理职院",
    "lmkj": "力明学院",
    "tajsxy": "泰安技师学院",
    "dyzjzx": "岱岳区职教中心",
    "xtzz": "新泰职专",
    "fczz": "肥城职专",
    "nyzj": "宁阳县职教中心",
    "dpzjzx": "东平县职教中心",
    "talgzz": "泰安理工中专",
    "tagczz": "泰安工程职专",
    "xtjg": "新泰技工学校",
}


def liaison(uid: str, who: str, position: str, mail: str, mobile: str) -> dict[str, str]:
    """A liaison record as the bureau would write it down (unit = full name)."""
    return {"unit": name(uid), "name": who, "position": position, "email": mail, "mobile": mobile}


LIAISON = {
    "taishan": liaison("taishan", "刘建华", "职成教科科长", "liujh_ts@163.com", "13805381261"),
    "daiyue": liaison("daiyue", "孙立新", "职成教科副科长", "dyqzck@163.com", "13953868712"),
    "xintai_old": liaison("xintai", "马红梅", "职成科科员", "xtmhm2020@163.com", "13605383377"),
    "xintai": liaison("xintai", "周振宇", "职成科副科长", "zhouzy_xt@126.com", "15165828890"),
    "feicheng": liaison("feicheng", "陈晓东", "职业教育科科长", "fcchenxd@163.com", "13583855216"),
    "ningyang": liaison("ningyang", "李俊", "职成教育科科员", "nyli_jun@163.com", "18653826627"),
    "dongping": liaison("dongping", "韩伟", "职成教科科长", "dphanwei@126.com", "13854887609"),
    "tsvtc": liaison("tsvtc", "李慧", "党委宣传部干事", "lihui@tsvtc.edu.cn", "15806387721"),
    "tavtc": liaison("tavtc", "张蕾", "招生就业处副处长", "zhanglei@tavtc.edu.cn", "13562818875"),
    "tshlxy": liaison("tshlxy", "吴敏", "党委宣传部部长", "wumin@tshlxy.edu.cn", "13863833129"),
    "lmkj": liaison("lmkj", "郑凯", "宣传部副部长", "lmzhengkai@163.com", "13792123390"),
    "tajsxy": liaison("tajsxy", "高峰", "教务处副主任", "gaofeng@tajsxy.cn", "13905387264"),
    "dyzjzx": liaison("dyzjzx", "黄丽", "办公室主任", "dyzjzx_hl@163.com", "15053815062"),
    "xtzz": liaison("xtzz", "徐涛", "教务科科长", "xutao_xtzz@163.com", "13953830591"),
    "fczz": liaison("fczz", "朱红", "招生就业处主任", "fczz_zhuhong@126.com", "13518681197"),
    "nyzj": liaison("nyzj", "杨帆", "办公室副主任", "nyzj_yangfan@163.com", "18954852376"),
    "dpzjzx_old": liaison("dpzjzx", "何静", "教务处干事", "hejing_dp@163.com", "13863826571"),
    "dpzjzx": liaison("dpzjzx", "罗斌", "宣传办主任", "luobin_dpzj@126.com", "15253811903"),
    "talgzz": liaison("talgzz", "宋佳", "团委书记", "songjia@talgzz.cn", "13605489977"),
    "xtjg": liaison("xtjg", "丁宁", "教务科科员", "dingning_xtjg@163.com", "17853817085"),
}

COLUMN = {
    "taishan": "http://jyj.taishan.gov.cn/col/col41233/index.html",
    "daiyue": "http://www.daiyue.gov.cn/jtj/zjhdz/",
    "xintai": "http://www.xintai.gov.cn/col/col10421/index.html",
    "feicheng": "http://www.feicheng.gov.cn/jtj/list.jsp?lm=%E8%81%8C%E4%B8%9A%E6%95%99%E8%82%B2"
    "%E6%B4%BB%E5%8A%A8%E5%91%A8&page=1",
    "ningyang": "http://www.ningyang.gov.cn/jtj/hdz2020/",
    "dongping": "http://www.dongping.gov.cn/col/col22012/",
    "tsvtc": "http://www.tsvtc.edu.cn/hdz2020/",
    "tavtc": "http://www.tavtc.edu.cn/zjhdz/list.jsp?栏目=职教活动周&id=52",
    "tshlxy": "http://www.tshlxy.edu.cn/2020hdz/",
    "lmkj": "https://www.sdlm.edu.cn/zjhdz/index.html",
    "tajsxy": "http://www.tajsxy.cn/html/hdz/",
    "dyzjzx": "http://www.dyzjzx.cn/hdz/",
    "xtzz": "http://www.xtzz.net/zjhdz2020/",
    "fczz": "http://www.fczz.com.cn/news/list_27.html",
    "dpzjzx": "http://www.dpzjzx.cn/zjhdz/",
    "talgzz": "http://www.talgzz.cn/hdz/",
    "xtjg": "http://www.xtjgxx.cn/hdz/",
    "tagczz": "http://www.tagczz.cn/hdzzl/",
}

HOME = {
    "daiyue": "http://www.daiyue.gov.cn/",
    "tsvtc": "http://www.tsvtc.edu.cn/",
    "tavtc": "http://www.tavtc.edu.cn/",
    "lmkj": "https://www.sdlm.edu.cn/",
    "dpzjzx": "http://www.dpzjzx.cn/",
    "xtzz": "http://www.xtzz.net/",
}
