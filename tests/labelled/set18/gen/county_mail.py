# ruff: noqa: E501  (wording data: Chinese lines are kept whole as the units write them)
"""Set18's county bureaus: liaisons and column addresses written the hard ways.

taishan  liaison in an official-letter sentence (经研究，确定…同志为…联络员), 0538-…转808 and
         138-0538-1234; column on the county site with many path parts and a query, under 活动周展示平台：
daiyue   liaison in the plan's 组织机构 among 组长/副组长/成员; column under 网上展厅： with the URL on
         the next line
xintai   liaison and column in a LibreOffice 回执 with merged cells; the column an IP-address URL
feicheng an office phone (0538)…, the mobile in another mail; a Chinese-domain column
ningyang 主联络员 and 副联络员 (the 主 one is recorded); home page and column in one sentence
dongping the column only in the plan's PDF; the liaison changed on 11-10
gaoxin   a signature block in English order; the column first only as a QR code, typed on 11-07
"""

from __future__ import annotations

from .build import Builder, F, person, send
from .docs import Doc
from .parts import U, article, doc, stats, summary


def A(name: str, producer: str, org: str, head: str, lead: str, n: int, by: str = "") -> F:
    """An article file of the unit `org`'s id."""
    return F(name, article(producer, U[org].name, head, lead, n, by), "article", org)


def taishan(b: Builder) -> None:
    u = U["taishan"]
    plan = doc("python-docx", [
        ["h", "泰山区2020年职业教育活动周实施方案"],
        ["p", "为做好我区2020年职业教育活动周工作，结合我区实际，制定本方案。"],
        ["p", "一、活动时间：2020年11月8日至14日。"],
        ["p", "二、活动内容：云上开放日、技能进社区、职业启蒙体验。"],
        ["p", "三、工作要求：各学校高度重视，于11月16日前报送总结。"],
    ])  # fmt: skip
    send(b, u, "11-03 09:40", "coremail-gov", "泰山区教体局关于报送职业教育活动周实施方案及联络员的函",
         """市教育局职成高教科：
    根据《关于做好2020年泰安市职业教育活动周相关工作的通知》（泰教函〔2020〕72号）要求，现将我区活动周实施方案报上（见附件）。
    经研究，确定职成教科副科长王建华同志为我局职业教育活动周联络员，联系电话：0538-6213456转808，手机：138-0538-1234，电子邮箱：tsjtj_zcjyk@ta.shandong.cn。
    活动周展示平台：http://jtj.taishan.gov.cn/col/col1389/index.html?uid=5521&pageNum=1
    特此函告。

泰安市泰山区教育和体育局
2020年11月3日""",
         [F("泰山区2020年职业教育活动周实施方案.docx", plan, "plan", "taishan")],
         liaison=person("", "王建华", "职成教科副科长", "tsjtj_zcjyk@ta.shandong.cn", "13805381234"),
         column_url="http://jtj.taishan.gov.cn/col/col1389/index.html?uid=5521&pageNum=1",
         note="liaison in an official-letter sentence; mobile written 138-0538-1234")  # fmt: skip
    send(b, u, "11-09 16:20", "coremail-gov", "泰山区职教活动周宣传材料（一）",
         "职成高教科：\n    报送我区活动周宣传稿两篇，请审阅。\n王建华",
         [A("泰山区启动2020年职业教育活动周.docx", "python-docx", "taishan",
            "泰山区启动2020年职业教育活动周", "11月8日上午，泰山区2020年职业教育活动周启动仪式在区职专举行。", 0),
          A("“技能进社区”走进岱庙街道.pdf", "lo-pdf", "taishan",
            "“技能进社区”走进岱庙街道", "11月9日，泰山区组织职业院校师生走进岱庙街道开展便民服务。", 1)])  # fmt: skip
    send(b, u, "11-12 10:05", "coremail-gov", "泰山区职教活动周宣传材料（二）",
         "第二批三篇，另两篇已在区局网站同步刊发。",
         [A("职业启蒙课堂开进小学校园.docx", "python-docx", "taishan",
            "职业启蒙课堂开进小学校园", "11月10日，泰山区职专的老师们把职业体验课搬进了泰山区实验小学。", 2),
          A("区职专举办“云上开放日”.docx", "lo-docx", "taishan",
            "区职专举办“云上开放日”", "11月11日，泰山区职专通过直播平台举办“云上开放日”活动。", 3),
          A("家长走进实训室.docx", "python-docx", "taishan",
            "家长走进实训室", "11月11日下午，四十余名初三学生家长走进实训室，近距离了解职业教育。", 4)])  # fmt: skip
    send(b, u, "11-16 15:30", "coremail-gov", "泰山区教体局活动周总结及统计表",
         "市局职成高教科：\n附件为我区活动周工作总结和情况统计表，请查收。\n泰山区教体局职成教科 王建华\n电话：0538-6213456转808",
         [F("泰山区活动周工作总结.docx", summary("python-docx", "泰山区教体局", [
             "精心组织部署，区局印发实施方案。", "活动形式多样，线上线下共开展活动36场。"]), "summary", "taishan"),
          F("统计表.xlsx", stats("openpyxl", "泰山区教体局", [14, 22, 3, 9, 2860, 4100, 17, 35600]),
            "statistics", "taishan")])  # fmt: skip


def daiyue(b: Builder) -> None:
    u = U["daiyue"]
    plan = doc("python-docx", [
        ["h", "岱岳区2020年职业教育活动周活动方案"],
        ["p", "一、指导思想"],
        ["p", "以“人人出彩 技能强国”为主题，集中展示我区职业教育改革发展成果。"],
        ["p", "二、组织机构"],
        ["p", "成立岱岳区职业教育活动周工作领导小组："],
        ["p", "组  长：孟宪军（区教体局党组书记、局长）"],
        ["p", "副组长：高立新（区教体局副局长）  董卫东（区职教中心校长）"],
        ["p", "成  员：任家和  许秀云  邢长江  贾宁"],
        ["p", "领导小组下设办公室，办公室设在局职成科，许秀云同志兼任办公室主任。"],
        ["p", "联络员：刘敏（职成科科员），手机15163826619，邮箱dyjtj_zck@126.com。"],
        ["p", "三、活动安排"],
        ["p", "11月8日启动仪式；11月9日至13日各校开放日；11月14日成果展示。"],
    ])  # fmt: skip
    send(b, u, "11-04 17:12", "foxmail", "岱岳区活动周方案",
         """市教育局职成高教科：
    您好！岱岳区2020年职业教育活动周活动方案已制定完毕，见附件，联络员信息在方案“组织机构”部分。
    我区专栏已上线，
    网上展厅：
    http://www.daiyue.gov.cn/jtj/zjhdz2020/
    如有问题请与区局职成科联系。
岱岳区教体局职成科""",
         [F("岱岳区2020年职业教育活动周活动方案.docx", plan, "plan", "daiyue")],
         liaison=person("", "刘敏", "职成科科员", "dyjtj_zck@126.com", "15163826619"),
         column_url="http://www.daiyue.gov.cn/jtj/zjhdz2020/",
         note="liaison in the plan's 组织机构 among 组长/副组长/成员 (only 刘敏 is the liaison); URL under 网上展厅： on its own line")  # fmt: skip
    send(b, u, "11-10 11:48", "foxmail", "岱岳区职教活动周信息",
         "报送信息3篇。\n\n刘敏 15163826619",
         [A("岱岳区职教活动周启幕.docx", "python-docx", "daiyue",
            "岱岳区职教活动周启幕", "11月8日，岱岳区2020年职业教育活动周在区职教中心拉开帷幕。", 5),
          A("区职教中心开展“技能下乡”活动.docx", "python-docx", "daiyue",
            "区职教中心开展“技能下乡”活动", "11月9日，岱岳区职教中心组织农机专业师生走进满庄镇。", 6),
          A("岱岳区举办职业启蒙教育体验日.doc", "lo-doc", "daiyue",
            "岱岳区举办职业启蒙教育体验日", "11月10日，岱岳区组织全区二百余名初中学生开展职业启蒙体验。", 7)])  # fmt: skip
    send(b, u, "11-14 21:36", "foxmail", "岱岳区信息（续）",
         "再报两篇。",
         [A("校企合作对接会在岱岳区召开.docx", "python-docx", "daiyue",
            "校企合作对接会在岱岳区召开", "11月12日，岱岳区校企合作对接会召开，十二家企业参加。", 8),
          A("岱岳区优秀毕业生回校分享成长故事.docx", "python-docx", "daiyue",
            "岱岳区优秀毕业生回校分享成长故事", "11月13日，岱岳区邀请五名优秀毕业生回到母校。", 9)])  # fmt: skip
    send(b, u, "11-17 09:05", "foxmail", "岱岳区活动周总结（迟报）",
         "市局：\n    因统计数据核对，总结和统计表迟报，请谅解。\n岱岳区教体局职成科 刘敏",
         [F("岱岳区活动周总结.docx", summary("python-docx", "岱岳区教体局", [
             "领导重视，成立领导小组。", "开展线上线下活动41场，服务群众5200余人次。"]), "summary", "daiyue"),
          F("岱岳区活动周统计表.xls", stats("lo-xls", "岱岳区教体局", [16, 25, 4, 11, 3150, 5200, 12, 28800]),
            "statistics", "daiyue")], note="summary and table after the due time")  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    receipt = doc("lo-docx", [
        ["h", "2020年泰安市职业教育活动周回执"],
        ["raw", '<table border="1" cellspacing="0">'
         '<tr><td rowspan="3">单位</td><td rowspan="3">新泰市教育和体育局</td>'
         '<td>联络员</td><td colspan="2">吕振华</td></tr>'
         '<tr><td>职务</td><td colspan="2">职成教科科长</td></tr>'
         '<tr><td>手机</td><td>13854811290</td><td>邮箱：lvzh_xt@163.com</td></tr>'
         '<tr><td colspan="2">专题页面</td><td colspan="3">http://222.133.45.18/xtjy/hdz2020/</td></tr>'
         '<tr><td colspan="2">备注</td><td colspan="3">专题页面设在市教体局门户网站</td></tr>'
         "</table>"],
    ])  # fmt: skip
    plan = doc("lo-docx", [
        ["h", "新泰市2020年职业教育活动周实施方案"],
        ["p", "按照市教育局等9部门通知要求，结合我市实际，制定本方案。"],
        ["p", "一、活动安排：11月8日启动，11月9日至13日分片开展，11月14日总结。"],
        ["p", "二、保障措施：加强领导，落实疫情防控要求。"],
    ])  # fmt: skip
    send(b, u, "11-05 10:27", "coremail-gov", "新泰市活动周方案和回执",
         "市教育局职成高教科：\n    附件是我市职业教育活动周实施方案和回执，请查收。\n新泰市教体局职成教科",
         [F("新泰市2020年职业教育活动周实施方案.docx", plan, "plan", "xintai"),
          F("回执.docx", receipt, "contact", "xintai", note="LibreOffice table with rowspan/colspan")],
         liaison=person("新泰市教育和体育局", "吕振华", "职成教科科长", "lvzh_xt@163.com", "13854811290"),
         column_url="http://222.133.45.18/xtjy/hdz2020/",
         note="liaison and column only in a 回执 with merged cells; the column an IP-address URL under 专题页面")  # fmt: skip
    send(b, u, "11-09 08:51", "coremail-gov", "新泰市活动周宣传稿件",
         "职成高教科：\n新泰市活动周宣传稿件2篇。",
         [A("新泰市职业教育活动周启动.docx", "lo-docx", "xintai",
            "新泰市职业教育活动周启动", "11月8日，新泰市2020年职业教育活动周启动仪式在市职专举行。", 10),
          A("新泰：职教服务进乡村.docx", "lo-docx", "xintai",
            "新泰：职教服务进乡村", "11月9日，新泰市组织职业学校师生赴楼德镇开展技能服务。", 11)])  # fmt: skip
    send(b, u, "11-13 17:40", "coremail-gov", "新泰市活动周宣传稿件（第二批）",
         "第二批，共3篇。",
         [A("新泰市举办职业教育成果展.docx", "lo-docx", "xintai",
            "新泰市举办职业教育成果展", "11月11日，新泰市职业教育成果展在市文化广场开展。", 12),
          A("新泰职专“网络校园开放日”受关注.docx", "python-docx", "xintai",
            "新泰职专“网络校园开放日”受关注", "11月12日，新泰职专举办“网络校园开放日”。", 13),
          A("新泰市开展职业启蒙教育进校园活动.docx", "lo-docx", "xintai",
            "新泰市开展职业启蒙教育进校园活动", "11月13日，新泰市职业启蒙教育进校园活动在青云中学举行。", 14)])  # fmt: skip
    send(b, u, "11-16 10:12", "coremail-gov", "新泰市活动周总结",
         "总结、统计表各一份。",
         [F("新泰市活动周总结.docx", summary("lo-docx", "新泰市教体局", [
             "统筹全市职业学校开展活动。", "共开展活动44场，参与师生3900人次。"]), "summary", "xintai"),
          F("新泰市统计表.xlsx", stats("openpyxl", "新泰市教体局", [18, 26, 5, 12, 3900, 6100, 15, 41200]),
            "statistics", "xintai")])  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    plan = doc("docx-pdf", [
        ["header", "肥城市教育和体育局"],
        ["h", "肥城市2020年职业教育活动周工作方案"],
        ["p", "为全面展示我市职业教育发展成果，决定于11月8日至14日开展职业教育活动周。"],
        ["p", "一、线上展示；二、开放体验；三、技能服务；四、宣传报道。"],
    ])  # fmt: skip
    send(b, u, "11-03 15:02", "coremail", "肥城市职教活动周方案",
         """市局职成高教科：
  我市活动周方案见附件（PDF）。
  联络员：职成科 副科长 尹学军，办公电话(0538)3221234，邮箱fcjtj_zcjk@163.com。
  活动周专栏在市教体局网站，网址：http://www.肥城教体.cn/zjhdz/
肥城市教体局""",
         [F("肥城市2020年职业教育活动周工作方案.pdf", plan, "plan", "feicheng")],
         liaison=person("", "尹学军", "职成科副科长", "fcjtj_zcjk@163.com", ""),
         column_url="http://www.肥城教体.cn/zjhdz/",
         note="only an office phone (0538)3221234; a Chinese-domain column")  # fmt: skip
    send(b, u, "11-04 08:33", "coremail", "补报联络员手机",
         "职成高教科：\n    昨天报送时漏填了联络员手机，尹学军 手机：139 5386 2231\n    给您添麻烦了。",
         liaison=person("", "尹学军", "", "", "13953862231"),
         note="the mobile in another mail, before the due time")  # fmt: skip
    send(b, u, "11-10 16:44", "coremail", "肥城市活动周信息三篇",
         "肥城市教体局报送活动周信息三篇。",
         [A("肥城市启动职业教育活动周.docx", "python-docx", "feicheng",
            "肥城市启动职业教育活动周", "11月8日，肥城市2020年职业教育活动周正式启动。", 15),
          A("肥城职专桃木雕刻技艺展示.docx", "python-docx", "feicheng",
            "桃木雕刻技艺展示吸引市民", "11月9日，肥城市组织桃木雕刻专业师生现场展示技艺。", 16),
          A("肥城市职业院校走进社区.docx", "python-docx", "feicheng",
            "肥城市职业院校走进社区", "11月10日，肥城市职业院校师生走进新城街道开展志愿服务。", 17)])  # fmt: skip
    send(b, u, "11-13 09:15", "coremail", "肥城市活动周信息（二）",
         "再报两篇，我市活动周信息已报满五篇。",
         [A("肥城市举办校企合作洽谈会.docx", "python-docx", "feicheng",
            "肥城市举办校企合作洽谈会", "11月11日，肥城市校企合作洽谈会举行。", 18),
          A("肥城：职教学子展风采.docx", "python-docx", "feicheng",
            "肥城：职教学子展风采", "11月12日，肥城市职业院校学生技能展示活动举行。", 19)])  # fmt: skip
    send(b, u, "11-16 16:55", "coremail", "肥城市总结和统计表",
         "附件：1.总结 2.统计表",
         [F("肥城市活动周总结.docx", summary("python-docx", "肥城市教体局", [
             "线上展示与线下体验结合。", "共开展活动38场。"]), "summary", "feicheng"),
          F("肥城市统计表.xlsx", stats("openpyxl", "肥城市教体局", [12, 26, 4, 10, 3300, 4800, 11, 26500]),
            "statistics", "feicheng")])  # fmt: skip


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(b, u, "11-04 10:20", "py-smtp", "宁阳县教体局活动周方案、专栏及联络员",
         """市教育局职成高教科：

宁阳县2020年职业教育活动周实施方案见附件。

我局门户网站（http://jtj.ningyang.gov.cn）已开设“职业教育活动周”专栏，专栏地址为https://jtj.ningyang.gov.cn/zjhdz/2020/index.html，请链接。

联络员：
主联络员：职成股股长 赵庆峰，手机 13705389012，邮箱 nyjtj_zcgj@ta.shandong.cn
副联络员：职成股 科员 段晓丽，手机 15805385537

宁阳县教育和体育局职成股
2020年11月4日
""",
         [F("宁阳县2020年职业教育活动周实施方案.docx", doc("python-docx", [
             ["h", "宁阳县2020年职业教育活动周实施方案"],
             ["p", "一、活动主题：人人出彩 技能强国。"],
             ["p", "二、活动内容：启动仪式、开放日、技能下乡、成果展示。"]]), "plan", "ningyang")],
         liaison=person("", "赵庆峰", "职成股股长", "nyjtj_zcgj@ta.shandong.cn", "13705389012"),
         column_url="https://jtj.ningyang.gov.cn/zjhdz/2020/index.html",
         note="two liaisons: the 主联络员 is recorded; the home page and the column in one sentence (the column is the second)")  # fmt: skip
    send(b, u, "11-10 14:02", "py-smtp", "宁阳县活动周宣传材料",
         "市局职成高教科：\n\n宁阳县活动周宣传材料三篇，见附件。\n\n赵庆峰",
         [A("宁阳县职业教育活动周开幕.docx", "python-docx", "ningyang",
            "宁阳县职业教育活动周开幕", "11月8日，宁阳县2020年职业教育活动周开幕。", 20),
          A("宁阳职专师生为村民检修农机.docx", "python-docx", "ningyang",
            "宁阳职专师生为村民检修农机", "11月9日，宁阳职专农机专业师生来到葛石镇。", 21),
          A("宁阳县举办“网络校园开放日”.docx", "python-docx", "ningyang",
            "宁阳县举办“网络校园开放日”", "11月10日，宁阳县职业学校同步举办“网络校园开放日”。", 22)])  # fmt: skip
    send(b, u, "11-15 10:30", "py-smtp", "宁阳县宣传材料（补）",
         "补报两篇。",
         [A("宁阳县职教成果展开展.docx", "python-docx", "ningyang",
            "宁阳县职教成果展开展", "11月12日，宁阳县职业教育成果展开展。", 23),
          A("技能成才报告会在宁阳举行.docx", "python-docx", "ningyang",
            "技能成才报告会在宁阳举行", "11月13日，宁阳县技能成才报告会举行。", 24)],
         note="the fourth and fifth articles after 11-14")  # fmt: skip
    send(b, u, "11-16 11:20", "py-smtp", "宁阳县活动周总结和统计表",
         "总结和统计表见附件。",
         [F("宁阳县活动周总结.docx", summary("python-docx", "宁阳县教体局", [
             "全县四所职业学校全部参与。", "开展活动30场。"]), "summary", "ningyang"),
          F("宁阳县统计表.xlsx", stats("openpyxl", "宁阳县教体局", [10, 20, 4, 8, 2600, 3900, 9, 18800]),
            "statistics", "ningyang")])  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    plan = doc("lo-pdf", [
        ["h", "东平县2020年职业教育活动周实施方案"],
        ["p", "一、活动时间：11月8日至14日。"],
        ["p", "二、主要活动：（一）云上活动周；（二）技能下乡；（三）职业体验。"],
        ["p", "三、宣传工作：县教体局网站开设活动周专栏（http://www.dpjy.gov.cn/html/zjhdz/），集中展示各校活动。"],
        ["p", "四、联络员：县教体局职成科 袁立波（科长），手机13562899021，邮箱dpxjtj_zc@163.com。"],
    ])  # fmt: skip
    send(b, u, "11-03 11:11", "snail", "东平县活动周方案",
         "职成高教科：\n  东平县活动周实施方案（PDF）已附上，专栏地址和联络员见方案第三、四部分。\n东平县教体局职成科\n",
         [F("东平县活动周实施方案.pdf", plan, "plan", "dongping")],
         liaison=person("", "袁立波", "职成科科长", "dpxjtj_zc@163.com", "13562899021"),
         column_url="http://www.dpjy.gov.cn/html/zjhdz/",
         note="the column and the liaison only in the plan's PDF")  # fmt: skip
    send(b, u, "11-10 09:02", "snail", "东平县活动周联络员变更",
         "市教育局职成高教科：\n  因工作调整，我局职业教育活动周联络员由袁立波同志变更为张慧同志（职成科副科长），手机18853862107，邮箱dpzhanghui@163.com。\n  此前报送的联络员信息作废。\n东平县教体局\n",
         liaison=person("", "张慧", "职成科副科长", "dpzhanghui@163.com", "18853862107"),
         note="a change of liaison: the new one is 张慧; 袁立波 is the former")  # fmt: skip
    send(b, u, "11-11 15:25", "snail", "东平县宣传稿",
         "宣传稿4篇。\n张慧\n",
         [A("东平县职业教育活动周启动.docx", "python-docx", "dongping",
            "东平县职业教育活动周启动", "11月8日，东平县职业教育活动周启动。", 25),
          A("东平职教中心开放日见闻.docx", "python-docx", "dongping",
            "东平职教中心开放日见闻", "11月9日，东平职教中心迎来二百余名家长。", 26),
          A("职教师生服务湖区群众.docx", "python-docx", "dongping",
            "职教师生服务湖区群众", "11月10日，东平县职业院校师生走进老湖镇。", 27),
          A("东平县举办校企合作推介会.docx", "python-docx", "dongping",
            "东平县举办校企合作推介会", "11月11日，东平县校企合作推介会举行。", 28)])  # fmt: skip
    send(b, u, "11-16 17:30", "snail", "东平县总结+统计表",
         "东平县活动周总结和统计表，请查收。第五篇稿件还在修改，修改好后补报。\n张慧\n",
         [F("东平县活动周总结.docx", summary("python-docx", "东平县教体局", [
             "开展活动28场。", "宣传报道被县融媒体中心转载6篇。"]), "summary", "dongping"),
          F("东平县统计表.xls", stats("lo-xls", "东平县教体局", [9, 19, 3, 8, 2100, 3600, 8, 15200]),
            "statistics", "dongping")],
         note="the fifth article promised, never sent: articles stay at 4")  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    sig = """
王磊
综合科 科员
泰安高新技术产业开发区教育和体育局
Tel：0538-8926610   Mob：158 5380 1122
Email：gxqjtj@ta.shandong.cn
"""
    send(b, u, "11-04 16:40", "outlook", "高新区职教活动周方案",
         "市教育局职成高教科：\n您好！附件为高新区活动周实施方案。活动周专栏请扫描附件二维码进入，联络员由我担任，联系方式见签名。\n" + sig,
         [F("高新区2020年职业教育活动周实施方案.docx", doc("python-docx", [
             ["h", "高新区2020年职业教育活动周实施方案"],
             ["p", "一、活动安排：启动仪式、云上展示、职业体验。"],
             ["p", "二、工作要求：各校按时报送活动信息。"]]), "plan", "gaoxin"),
          F("专栏二维码.png", Doc("png", "1007"), "other", "gaoxin",
            note="a QR code of the column: an image, not a URL")],
         liaison=person("泰安高新技术产业开发区教育和体育局", "王磊", "综合科科员", "gxqjtj@ta.shandong.cn", "15853801122"),
         note="signature block in English order (name, title, unit, Tel/Mob/Email); the column only as a QR code image (not a URL)")  # fmt: skip
    send(b, u, "11-07 09:18", "outlook", "回复: 【提醒】请报送活动周宣传专栏地址",
         "您好，二维码识别不了的话，专栏网址是：\nhttps://www.tahtz.gov.cn/jtj/zthd/zjhdz2020/\n\n" + sig,
         column_url="https://www.tahtz.gov.cn/jtj/zthd/zjhdz2020/",
         note="the web address after the due time, typed in a reply")  # fmt: skip
    send(b, u, "11-11 17:02", "outlook", "高新区活动周宣传材料",
         "附件为高新区活动周宣传材料5篇，请审阅。\n" + sig,
         [A("高新区启动职业教育活动周.docx", "python-docx", "gaoxin",
            "高新区启动职业教育活动周", "11月8日，高新区职业教育活动周启动。", 29),
          A("高新区企业开放日迎来职校学生.docx", "python-docx", "gaoxin",
            "企业开放日迎来职校学生", "11月9日，高新区五家企业向职业学校学生开放生产车间。", 30),
          A("高新区开展职业启蒙进小学活动.docx", "python-docx", "gaoxin",
            "职业启蒙进小学", "11月10日，高新区在北集坡小学开展职业启蒙教育。", 31),
          A("高新区举办技能成果展.pdf", "lo-pdf", "gaoxin",
            "高新区举办技能成果展", "11月11日，高新区职业教育技能成果展开展。", 32),
          A("产教融合座谈会召开.docx", "python-docx", "gaoxin",
            "产教融合座谈会召开", "11月11日下午，高新区产教融合座谈会召开。", 33)])  # fmt: skip
    send(b, u, "11-16 14:00", "outlook", "高新区活动周总结及统计表",
         "总结和统计表请查收。\n" + sig,
         [F("高新区活动周总结.docx", summary("python-docx", "高新区教体局", [
             "开展活动20场。", "企业开放日成为亮点。"]), "summary", "gaoxin"),
          F("高新区统计表.xlsx", stats("openpyxl", "高新区教体局", [6, 14, 2, 5, 1500, 2300, 7, 9800]),
            "statistics", "gaoxin")])  # fmt: skip


STORIES = [taishan, daiyue, xintai, feicheng, ningyang, dongping, gaoxin]
