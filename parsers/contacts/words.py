"""Word lists and guesses for unlabelled text: surnames, position and unit endings.

is_name_guess("张三") -> True     split_name_run("张三办公室主任") -> ("张三", "办公室主任")
"""

from __future__ import annotations

import re

from parsers.contacts.labels import _LABEL_RE

_HAN = "\u4e00-\u9fff"


# Common surnames: an unlabelled 2-4 character line is taken for a name only when it starts
# with one of these, which keeps greetings and short phrases ("特此报送") out.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗"
    "燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危"
    "玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # More of the Hundred Family Surnames (阎 among them), leaving out those that mostly start
    # ordinary words (水, 家, 经, 通, 东, 广 ...): a signature line is guessed from these.
    "傅萧洪阎贝赖凤荀滑钮宓邴糜暴韶鄂郦濮寿庾暨弘蔚訾蒯竺桓贲酆隗郗钭蓟咸籍莘逄堵璩郏宦殳厍"
    "乜羿汲"
    # Rarer surnames of this region that start no ordinary word (綦 of 綦晓燕)
    "綦禚仉菅郇眭笪蹇郤谯隽"
)
_COMPOUND_SURNAMES = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
}
_NOT_NAMES = {
    # "联络员为我本人": the writer, who signs below
    "本人",
    "我本人",
    "笔者",
    "谢谢",
    "此致",
    "敬礼",
    "您好",
    "你好",
    "大家好",
    "领导",
    "老师",
    "附件",
    "收到",
    "请查收",
    "辛苦了",
    "祝好",
    "顺祝",
    "商祺",
    "为盼",
    "特此",
    "方案",
    "总结",
    "通知",
    "报告",
    "时间",
    "地点",
    "主题",
    "内容",
    "备注",
    # "邮箱填写有误，应为zs@163.com": a correction's verb before the value (应 and 时 are
    # surnames)
    "应为",
    "改为",
    "更正为",
    "变更为",
    "现为",
    "均为",
    "应是",
}
# Words that follow a label in titles and prose ("联络员信息表", "联系人名单").
_AFTER_LABEL_WORDS = (
    "信息",
    "名单",
    "情况",
    "登记",
    "汇总",
    "一览",
    "工作",
    "须知",
    "要求",
    "报送",
)
_POSITION_SUFFIXES = (
    "主任",
    "科长",
    "校长",
    "干事",
    "老师",
    "教师",
    "书记",
    "处长",
    "部长",
    "局长",
    "负责人",
    "科员",
    "主管",
    "院长",
    "秘书",
    "专员",
    "组长",
    "馆长",
    "所长",
    "站长",
    "主席",
    "办事员",
    "职员",
    "助理",
    "经理",
    "股长",
    "队长",
    # staff without a title ("职成股工作人员", "团委干部", "宣传委员")
    "工作人员",
    "干部",
    "委员",
    "辅导员",
    "管理员",
    "文员",
)
_UNIT_SUFFIXES = (
    "学校",
    "学院",
    "中心",
    "教育和体育局",
    "教体局",
    "教育局",
    "职专",
    "中专",
    "中学",
    "技校",
    "大学",
    "社会事业局",
    "职教中心",
    "办公室",
)


# A department ("宣传科", "党委", "团委"): 宣, 党 and 团 start names too, these words never.
_DEPARTMENT_RE = re.compile(
    r"(?:党委|学校|学院)?(?:宣传|教务|学生|招生|招就|职成|职教|成教|综合|办公|党政|党委|团委|工会|后勤|财务|人事|组织"
    r"|信息|德育|培训|继教|督导|基教|教研|教科|体卫|安全|政工|党群|就业|统战)(?:统战|就业)?"
    r"(?:科|处|部|办公室|办|室|股|中心)?"
    r"|党办|校办|院办|局办|职成教科|职成教育科|职业与成人教育科|职业教育科"
)


def without_department(unit: str) -> str:
    """A unit with the department glued after it dropped: "东平职专办公室" -> "东平职专"
    (a unit of its own, "市政府办公室", stays whole)."""
    for at in range(len(unit) - 2, 3, -1):  # the longest unit: "…中心学校" + "办公室"
        head = unit[:at]
        if _DEPARTMENT_RE.fullmatch(unit, at) and head.endswith(_UNIT_SUFFIXES):
            return head if not head.endswith("办公室") else unit
    return unit


def unit_before_position(word: str) -> tuple[str, str] | None:
    """ "山东力明科技职业学院宣传部部长" -> ("山东力明科技职业学院", "宣传部部长"): a unit's name
    glued before a position, else None."""
    for at in range(len(word) - 2, 5, -1):  # the longest unit: 职业教育中心学校, not 中心
        head, rest = word[:at], word[at:]
        if head.startswith(("我", "本")) or _DEPARTMENT_RE.fullmatch(head):
            continue  # "信息中心主任", "我校办公室副主任": a department's title, no unit
        if _is_unit_guess(head) and _looks_like_position(rest) and not _is_unit_guess(rest):
            unit = without_department(head)  # "…学校办公室" + "主任": the department's title
            return unit, head[len(unit) :] + rest
    return None


_WEB_WORDS = re.compile(r"专栏|栏目|网址|网站|网页|链接|公众号|主页")
_OFFICE_WORDS = re.compile(r"方案|总结|补报|报送|材料|附件|稿件|通知|活动|工作|情况|重视|安排")


def _is_name_guess(token: str) -> bool:
    if not re.fullmatch(rf"[{_HAN}]{{2,4}}", token) or token in _NOT_NAMES:
        return False
    if _DEPARTMENT_RE.fullmatch(token):
        return False
    if token.endswith(_UNIT_SUFFIXES) or _LABEL_RE.search(token) or _WEB_WORDS.search(token):
        return False  # "宣传专栏 http://…": a label of a web address, not a person
    if _OFFICE_WORDS.search(token):
        return False  # "方案补报", "高度重视": office words a surname (方, 高) starts
    if token.endswith(_POSITION_SUFFIXES) and not token.endswith("老师"):
        return False
    return token[0] in _SURNAMES or token[:2] in _COMPOUND_SURNAMES


def _is_position_guess(token: str) -> bool:
    return (
        2 <= len(token) <= 15 and token.endswith(_POSITION_SUFFIXES) and not _is_name_guess(token)
    )


def _looks_like_position(token: str, limit: int = 20) -> bool:
    """Whether a guessed (unlabelled) token reads as a position: it ends like one
    ("职业与成人教育科科员", "职成股工作人员"); a department alone ("团委") does not."""
    return _is_position_guess(token) or (
        len(token) <= limit and token.endswith(_POSITION_SUFFIXES) and not _is_name_guess(token)
    )


def _is_unit_guess(token: str) -> bool:
    return 4 <= len(token) <= 40 and token.endswith(_UNIT_SUFFIXES) and not re.search(r"\d", token)


# Words a position starts with when it is glued to a name ("张三办公室主任").
_POSITION_STARTS = (
    "办公室",
    "教务处",
    "教务科",
    "学生处",
    "招生办",
    "招就处",
    "团委",
    "党办",
    "校办",
    "宣传部",
    "宣传科",
    "职成科",
    "职教科",
    "综合科",
    "信息中心",
    "副",
    *_POSITION_SUFFIXES,
)


_DEPARTMENT_ENDS = ("处", "科", "室", "办", "部", "股", "委", "中心", "组")


def _name_between(run: str) -> tuple[str, str] | None:
    """ "教务处王晓明主任" -> ("王晓明", "教务处主任"): a department, the name, then a title."""
    title = next((t for t in _POSITION_SUFFIXES if run.endswith(t) and t != "老师"), "")
    if not title:
        return None
    core = run[: -len(title)]
    if core.endswith("副"):
        core, title = core[:-1], "副" + title
    for n in (2, 3):
        name, department = core[-n:], core[:-n]
        straddles = any(
            0 < len(department) - at < len(w) for w in _POSITION_STARTS if (at := core.find(w)) >= 0
        )  # "办公室" cut into "办" and "公室" is no department and no name
        if (
            len(department) >= 2
            and department.endswith(_DEPARTMENT_ENDS)
            and not straddles
            and _is_name_guess(name)
        ):
            return name, department.removeprefix("我校").removeprefix("本校") + title
    return None


def split_unit_position(token: str) -> tuple[str, str] | None:
    """A unit glued to a position on a signature line: "泰山职业技术学院党委宣传部副部长" ->
    ("泰山职业技术学院", "党委宣传部副部长"); None unless both parts look the part."""
    if len(token) < 7 or not token.endswith(_POSITION_SUFFIXES):
        return None
    if token.startswith(("我", "本")):
        return None  # "我校办公室副主任": our school's position, no unit named
    for suffix in _UNIT_SUFFIXES:
        if suffix == "办公室":
            continue  # a department, not a unit
        at = token.find(suffix, 2)
        while at >= 0:
            unit, rest = token[: at + len(suffix)], token[at + len(suffix) :]
            if _is_unit_guess(unit) and len(rest) >= 2 and _looks_like_position(rest):
                return unit, rest
            at = token.find(suffix, at + 1)
    return None


def _split_name_run(run: str) -> tuple[str, str] | None:
    """Split a Han run into (name, position) when they are glued, else None.

    "张三办公室主任" -> ("张三", "办公室主任"); "办公室主任王林红" -> ("王林红", "办公室主任");
    "办公室刘洋老师" -> ("刘洋", "办公室老师"). Both parts must look the part: the name starts
    with a common surname, the rest starts (name first) or ends (name last) with a position
    or department word. The position is a guess, so it is "" unless it ends like a position:
    "我是肥城职专团委唐晓" -> ("唐晓", "") (a department is not a position).
    """
    if not re.fullmatch(rf"[{_HAN}]{{4,16}}", run):
        return None
    for n in (2, 3):
        name, rest = run[:n], run[n:]
        if len(rest) >= 2 and rest.startswith(_POSITION_STARTS) and _is_name_guess(name):
            return name, rest if _looks_like_position(rest) else ""
    middle = _name_between(run)
    if middle:
        return middle
    honorific = "老师" if run.endswith("老师") else ""
    core = run[: len(run) - len(honorific)]
    for n in (2, 3):
        name, rest = core[-n:], core[:-n]
        ends_well = rest.endswith((*_POSITION_STARTS, *_POSITION_SUFFIXES))
        if len(rest) >= 2 and ends_well and _is_name_guess(name):
            # "我是办公室主任张三": a self-introduction is not part of the position
            position = rest.removeprefix("我是").removeprefix("本人是") + honorific
            return name, position if _looks_like_position(position) else ""
    return None
