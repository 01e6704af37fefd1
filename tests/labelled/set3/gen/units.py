"""Facts about each unit the set needs: the names people write, people, sites, article titles.

Unit ids, full names and registered addresses come from config.toml (the default campaign);
everything else here is invented but shaped like the real thing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CITY = "jyj-zcjk01@ta.shandong.cn"
RSJ = "rsjzjk@ta.shandong.cn"


@dataclass(frozen=True)
class Person:
    """A liaison or leader as the unit writes them."""

    name: str
    position: str
    email: str
    mobile: str


@dataclass(frozen=True)
class Unit:
    """One unit of the campaign with what its mail is made of."""

    id: str
    name: str
    kind: str
    email: str
    short: str  # what its own staff write most often
    site: str  # its home page
    column: str  # its activity-week column
    liaison: Person
    leader: Person
    titles: tuple[str, ...] = field(default_factory=tuple)


def _config_units() -> dict[str, dict]:
    data = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    return {u["id"]: u for u in data["units"]}


_EXTRA = {
    "taishan": (
        "泰山区教体局",
        "http://www.tsqjy.gov.cn/",
        "http://www.tsqjy.gov.cn/zjhdz2020/index.html",
        Person("王磊", "职成教科科长", "tsqjtj@ta.shandong.cn", "13805381126"),
        Person("李建国", "副局长", "tsqjtj@ta.shandong.cn", "13905380017"),
    ),
    "daiyue": (
        "岱岳区教体局",
        "http://jtj.daiyue.gov.cn/",
        "http://jtj.daiyue.gov.cn/col/col2020zjz/index.html",
        Person("赵敏", "职成科副科长", "dyqjtj@ta.shandong.cn", "15853829306"),
        Person("孙志刚", "党组成员、副局长", "dyqjtj@ta.shandong.cn", "13562801193"),
    ),
    "xintai": (
        "新泰市教体局",
        "http://www.xtjy.net/",
        "http://www.xtjy.net/list.aspx?cid=87&key=%E6%B4%BB%E5%8A%A8%E5%91%A8",
        Person("刘晓燕", "职业与成人教育科科员", "xtsjtj@ta.shandong.cn", "18653812047"),
        Person("陈永强", "副局长", "xtsjtj@ta.shandong.cn", "13853887712"),
    ),
    "feicheng": (
        "肥城市教体局",
        "http://www.fcjy.gov.cn/",
        "https://www.fcjy.gov.cn/zjzl/2020hdz/",
        Person("张海涛", "职教办主任", "fcsjtj@ta.shandong.cn", "13583821539"),
        Person("马红", "副局长", "fcsjtj@ta.shandong.cn", "13705381850"),
    ),
    "ningyang": (
        "宁阳县教体局",
        "http://www.nyjy.cn/",
        "http://www.nyjy.cn/news/list.php?catid=215",
        Person("韩冰", "职成教股股长", "nyxjtj@ta.shandong.cn", "15806380921"),
        Person("吕祥", "副局长", "nyxjtj@ta.shandong.cn", "13562878201"),
    ),
    "dongping": (
        "东平县教体局",
        "http://jtj.dongping.gov.cn/",
        "",
        Person("周婷", "职成股工作人员", "dpxjtj@ta.shandong.cn", ""),
        Person("袁军", "副局长", "dpxjtj@ta.shandong.cn", "13953881662"),
    ),
    "gaoxin": (
        "高新区教体局",
        "http://www.tahtz.gov.cn/",
        "http://www.tahtz.gov.cn/jyty/zjhdz/",
        Person("郑凯", "社会事业局教育科科长", "gxqjtj@ta.shandong.cn", "18853873390"),
        Person("高峰", "社会事业局副局长", "gxqjtj@ta.shandong.cn", "13805387745"),
    ),
    "tsvtc": (
        "泰山职业技术学院",
        "https://www.tsvtc.edu.cn/",
        "https://www.tsvtc.edu.cn/zjhdz/",
        Person("杨帆", "宣传部副部长", "yangfan@tsvtc.edu.cn", "13954883021"),
        Person("许立新", "副院长", "xulx@tsvtc.edu.cn", "13905481002"),
    ),
    "tavtc": (
        "泰安职业技术学院",
        "http://www.tavtc.edu.cn/",
        "http://www.tavtc.edu.cn/2020zjz/list.htm",
        Person("徐静", "党委宣传部干事", "xujing@tavtc.edu.cn", "15165867723"),
        Person("何文斌", "党委委员、副院长", "hewb@tavtc.edu.cn", "13805489011"),
    ),
    "sdfzxy": (
        "山东服装职业学院",
        "http://www.sdfzxy.edu.cn/",
        "http://www.sdfzxy.edu.cn/zt/hdz2020/?from=首页专题",
        Person("田雨", "院办副主任", "sdfz@sdfzxy.edu.cn", "18765829403"),
        Person("罗斌", "副院长", "sdfz@sdfzxy.edu.cn", "13853822156"),
    ),
    "tshlxy": (
        "泰山护理职业学院",
        "http://www.tshlxy.edu.cn/",
        "http://www.tshlxy.edu.cn/xwzx/zjhdz/",
        Person("冯丽", "宣传统战部干事", "fengli_tshl@126.com", "13869821738"),
        Person("曹建华", "副院长", "tshl@tshlxy.edu.cn", "13905387360"),
    ),
    "tajsxy": (
        "泰安技师学院",
        "http://www.tajsxy.edu.cn/",
        "http://www.tajsxy.edu.cn/jnhdz/index.asp",
        Person("邓刚", "办公室副主任", "tajs@tajsxy.edu.cn", "15954806614"),
        Person("史国庆", "副院长", "tajs@tajsxy.edu.cn", "13605488852"),
    ),
    "dyzjzx": (
        "岱岳区职教中心",
        "http://www.dyzjzx.com/",
        "http://www.dyzjzx.com/news/zjz2020.html",
        Person("宋佳", "办公室主任", "dyzjzx@ta.shandong.cn", "13853860475"),
        Person("彭涛", "副校长", "dyzjzx@ta.shandong.cn", "13505388410"),
    ),
    "xtzz": (
        "新泰职专",
        "http://www.xtzz.net/",
        "http://www.xtzz.net/Item/List.asp?ID=1263",
        Person("石磊", "信息中心主任", "xtzz@ta.shandong.cn", "18853895526"),
        Person("谢东", "副校长", "xtzz@ta.shandong.cn", "13563812270"),
    ),
    "fczz": (
        "肥城职专",
        "http://www.fczz.cn/",
        "",
        Person("唐晓", "团委书记", "fczz@ta.shandong.cn", "15053801347"),
        Person("董立", "副校长", "fczz@ta.shandong.cn", "13805387291"),
    ),
    "nyzz": (
        "宁阳职专",
        "http://www.nyzz.net/",
        "http://www.nyzz.net/hdz/",
        Person("魏宁", "教务处干事", "nyzz@ta.shandong.cn", "15863888012"),
        Person("潘峰", "副校长", "nyzz@ta.shandong.cn", "13953876640"),
    ),
    "dpzz": (
        "东平职专",
        "http://www.dpzz.com.cn/",
        "http://www.dpzz.com.cn/zjhdz2020/",
        Person("蒋蕾", "招就处副主任", "dpzz@ta.shandong.cn", "18266803574"),
        Person("韦强", "副校长", "dpzz@ta.shandong.cn", "13583830981"),
    ),
    "tawhys": (
        "泰安艺校",
        "http://www.tawhys.cn/",
        "http://www.tawhys.cn/article/list.php?id=35&lm=活动周",
        Person("林芳", "教务科科长", "linfang1983@163.com", "13505386728"),
        Person("钟伟", "副校长", "tawhys@ta.shandong.cn", "13705386091"),
    ),
}

_TITLES = {
    "taishan": (
        "泰山区职业教育活动周启动仪式在区职教中心举行",
        "“人人出彩 技能强国”——泰山区职业院校开展技能展示进社区",
        "泰山区举办中职学校网络校园开放日",
        "泰山区职教学子走进田间地头开展技能下乡",
        "泰山区职业教育活动周校企合作成果展示",
        "泰山区中小学生走进职业院校体验职业启蒙",
    ),
    "daiyue": (
        "岱岳区职业教育活动周精彩纷呈",
        "岱岳区组织职业院校开展家电义务维修服务",
        "岱岳区举行职业教育云上展厅开展仪式",
        "岱岳区职教中心学子为社区居民提供健康护理服务",
        "岱岳区召开职业教育校企合作对接会",
    ),
    "xintai": (
        "新泰市启动2020年职业教育活动周",
        "新泰市职教集团举办产教对话活动",
        "新泰市职业院校开展“技能进乡村”志愿服务",
    ),
    "feicheng": (
        "肥城市职业教育活动周开幕",
        "肥城市职业院校举办线上招生政策宣讲",
        "肥城市组织职业院校开展防疫知识进社区",
        "肥城职教学子技能大赛获佳绩",
        "肥城市开展职业体验日活动",
        "肥城市举办大国工匠进校园报告会",
    ),
    "ningyang": (
        "宁阳县提前部署职业教育活动周工作",
        "宁阳县职业院校开展“匠心筑梦”主题宣传",
        "宁阳县举办职业教育成果展",
        "宁阳县职业学校开放校园迎接家长参观",
        "宁阳县职教师生走进社区开展便民服务",
    ),
    "dongping": (
        "东平县职业教育活动周开幕式隆重举行",
        "东平县举办职业教育网络直播推介会",
        "东平县职教学子进社区开展家电维修",
        "东平县组织中小学生参加职业体验",
        "东平县表彰职业教育先进集体和个人",
    ),
    "gaoxin": (
        "高新区启动职业教育活动周系列活动",
        "高新区校企共建实训基地揭牌",
        "高新区开展职业启蒙教育进小学活动",
        "高新区职业教育成果展走进企业",
        "高新区举办“技能强国”主题演讲比赛",
        "高新区职教活动周圆满落幕",
    ),
    "tsvtc": (
        "泰山职业技术学院举行2020年职业教育活动周启动仪式",
        "泰山职院开展“网络校园开放日”活动",
        "泰山职院师生走进社区开展技能服务",
        "泰山职院举办校企合作洽谈会",
        "泰山职院学子在省职业院校技能大赛中获佳绩",
        "泰山职院举办劳模工匠进校园活动",
    ),
    "tavtc": (
        "泰安职业技术学院举办职业教育活动周开放日",
        "泰安职院开展“技能下乡”助力乡村振兴",
        "泰安职院举行职业教育活动周线上成果展",
        "泰安职院师生为市民提供免费家电维修",
        "泰安职院举办“大国工匠”报告会",
        "泰安职院职教活动周闭幕",
    ),
    "sdfzxy": (
        "山东服装职业学院举办服装设计作品展",
        "服装职院开展“非遗进校园”传统工艺体验",
        "服装职院学生志愿者为社区居民缝补衣物",
        "服装职院举办校企合作订单班开班仪式",
    ),
    "tshlxy": (
        "泰山护理职业学院开展健康护理进社区活动",
        "泰山护理职院举办护理技能展示",
        "泰山护理职院师生走进养老院开展志愿服务",
        "泰山护理职院举办“最美逆行者”抗疫事迹报告会",
        "泰山护理职院开展网络校园开放日",
        "泰山护理职院活动周总结表彰",
    ),
    "tajsxy": (
        "泰安技师学院举办技能大赛成果展",
        "泰安技师学院开展“技能进社区”便民服务",
        "泰安技师学院举行校企合作签约仪式",
        "泰安技师学院开展职业体验日活动",
        "泰安技师学院师生参加全市技能展示",
    ),
    "dyzjzx": (
        "岱岳区职教中心举办职业教育活动周启动仪式",
        "岱岳区职教中心开展汽修义诊进社区",
        "岱岳区职教中心举办学前教育专业技能展示",
        "岱岳区职教中心开展网络校园开放日",
        "岱岳区职教中心学生到养殖场开展技能下乡",
    ),
    "xtzz": (
        "新泰职专举行职业教育活动周开幕式",
        "新泰职专开展“我是小工匠”职业体验活动",
        "新泰职专师生进社区义务维修家电",
        "新泰职专举办校园开放日迎接初中学生",
        "新泰职专举办优秀毕业生回校分享会",
    ),
    "fczz": ("肥城职专开展职业教育活动周系列活动", "肥城职专学子走进社区提供便民服务"),
    "nyzz": ("宁阳职专开展职教活动周宣传进社区",),
    "dpzz": (
        "东平职专举办职业教育活动周启动仪式",
        "东平职专开展“技能下乡”志愿服务",
        "东平职专举办校园开放日",
        "东平职专电商专业助农直播带货",
        "东平职专优秀毕业生返校宣讲",
    ),
    "tawhys": (
        "泰安艺校举办职业教育活动周文艺展演",
        "泰安艺校开展非遗传承进校园活动",
        "泰安艺校师生走进社区送文艺演出",
        "泰安艺校举办网络校园开放日",
        "泰安艺校学子书画作品展开展",
        "泰安艺校举办活动周闭幕式",
    ),
}


def load_units() -> dict[str, Unit]:
    """Every unit of config.toml with its invented facts."""
    out = {}
    for uid, u in _config_units().items():
        short, site, column, liaison, leader = _EXTRA[uid]
        out[uid] = Unit(
            uid,
            u["name"],
            u["kind"],
            u["emails"][0],
            short,
            site,
            column,
            liaison,
            leader,
            _TITLES[uid],
        )
    return out


UNITS = load_units()
