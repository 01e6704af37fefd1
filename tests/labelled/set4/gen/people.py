"""The units of set4 (read from its config.toml) and the people who write for them."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "config.toml"
UNITS = {u["id"]: u for u in tomllib.loads(CONFIG.read_text(encoding="utf-8"))["units"]}


def name(uid: str) -> str:
    return UNITS[uid]["name"]


def email(uid: str, i: int = 0) -> str:
    return UNITS[uid]["emails"][i]


def person(n: str, position: str, mail: str, mobile: str, unit: str = "") -> dict[str, str]:
    """A liaison as labelled: unit is the unit's full name."""
    return {
        "unit": name(unit) if unit else "",
        "name": n,
        "position": position,
        "email": mail,
        "mobile": mobile,
    }


# Each unit's liaison (the 联络员 the notice asks for) and, where a mail names one, others.
LIAISON = {
    "taishan": person(
        "孙晓燕", "职成教科科长", "tsqjtj_zcjk@ta.shandong.cn", "13853852716", "taishan"
    ),
    "daiyue": person("高建军", "职成教科干事", "gaojianjun1979@163.com", "15806386125", "daiyue"),
    "xintai": person("刘海涛", "职成科科长", "xtjtj_zcjk@ta.shandong.cn", "13562877390", "xintai"),
    "feicheng": person("王丽萍", "职业教育科副科长", "wlp_fc@126.com", "18653833602", "feicheng"),
    "ningyang": person("陈志刚", "职成股股长", "nyxjtj@ta.shandong.cn", "13905487731", "ningyang"),
    "dongping": person("赵倩", "职成科干事", "zhaoqian_dp@163.com", "15553825079", "dongping"),
    "gaoxin": person(
        "李明远", "社会事业局教育科科员", "gxlmy2018@163.com", "17853858612", "gaoxin"
    ),
    "talgzz": person("周静", "办公室主任", "zhoujing_lg@ta.shandong.cn", "13953885023", "talgzz"),
    "tajtzz": person("韩冬梅", "招生就业处副主任", "handongmei@126.com", "13626388957", "tajtzz"),
    "xtyzz": person("李春雷", "教务处主任", "lichunlei1982@163.com", "13953866118", "xtyzz"),
    "xtezz": person("张桂芳", "办公室副主任", "xtezz@ta.shandong.cn", "15069821137", "xtezz"),
    "fczjzx": person("马振华", "宣传科科长", "fczjzx_bgs@126.com", "18254839961", "fczjzx"),
    "dpzz": person("朱红英", "团委书记", "zhuhongying@ta.shandong.cn", "13805388634", "dpzz"),
    "dpzzdx": person("孟凡超", "东校区教务科科长", "389127605@qq.com", "15165895427", "dpzzdx"),
    "nyzz": person("许丽", "学生处干事", "xuli_nyzz@163.com", "18678906213", "nyzz"),
    "sdlm": person("杜宏伟", "宣传部部长", "lmxy_jwc@sina.com", "13583801942", "sdlm"),
    "tsxyjj": person("钱晓东", "办公室科员", "tsxyjxjy@126.com", "15275817360", "tsxyjj"),
    "tsvtc": person("吴楠", "党委宣传部副部长", "wunan@tsvtc.cn", "13963802157", "tsvtc"),
    "tajsxy": person("郑凯", "教务处干事", "tajsxy@163.com", "18005386620", "tajsxy"),
    "tshlxy": person("冯雪", "党政办公室科员", "1052736689@qq.com", "15153807296", "tshlxy"),
    "tawhys": person("卢广义", "办公室主任", "tawhys@ta.shandong.cn", "13792165038", "tawhys"),
}
