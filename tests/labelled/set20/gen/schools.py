"""The thirteen schools of set20. Shapes: one docx per article and a zip of photos, the fifth a
PDF (tzy); a zip of four articles with photos and a WeChat link (tsvtc); articles pasted in
HTML bodies with cid: pictures (sdfzxy, xtzz); 一、二、三、四 in one docx and a link to the
school's news page beside its column's index (lmkj); the same article resent as 更正版 and
修改稿 (tshl: four, not six); the 人社局 mailbox (tajsxy); WeChat links and a news page (dyzj);
three files called 新建 Microsoft Word 文档 holding three articles (fczz); IMG_ photos and a
plain-text body article (nyzz); a mail with no text at all and a 修改稿 (jtzz); schools whose
articles also came through their county (tsqzz, xtzz, dpzj)."""

from __future__ import annotations

from .build import Builder, person, send
from .common import plan_doc, stats_doc, summary_doc
from .kit import art, cid_html, inline, multi, photo, zipped
from .mime import RSJ
from .units import U


def _plan_mail(b: Builder, uid: str, when: str, client: str, subject: str, text: str,
               fname: str, acts: list[str], column: str, who: tuple[str, str, str, str, str],
               **kw: object) -> None:  # fmt: skip
    u = U[uid]
    send(b, u, when, client, subject, text,
         [plan_doc(uid, fname, acts, "以活动周为契机，展示学校办学成果，讲好职教故事。",
                   [u.name, f"2020年{when[:2].lstrip('0')}月{when[3:5].lstrip('0')}日"])],
         column_url=column, liaison=person(*who), **kw)  # fmt: skip


def _summary_mail(b: Builder, uid: str, when: str, client: str, subject: str, text: str,
                  done: str, nums: list[object], **kw: object) -> None:  # fmt: skip
    u = U[uid]
    send(b, u, when, client, subject, text,
         [summary_doc(uid, f"{u.short}职业教育活动周总结.docx", [done],
                      f"活动周期间共报送宣传稿件{nums[6]}篇。", [u.name, "2020年11月16日"]),
          stats_doc(uid, f"{u.short}活动周统计表.xlsx", nums)], **kw)  # fmt: skip


# ---------------------------------------------------------------- 泰安职业技术学院


def tzy(b: Builder) -> None:
    u = U["tzy"]
    _plan_mail(b, "tzy", "11-03 10:15", "outlook", "泰安职业技术学院职教活动周方案及联络员",
               "田老师好：\n附件是我院活动周实施方案。\n专栏网址：https://www.tzvtc.edu.cn/zjhdz/\n"
               "联络员：党委宣传部 干事 吴倩 手机13562811390 邮箱xcc@tzvtc.edu.cn\n\n泰安职业技术学院党委宣传部",
               "泰安职业技术学院2020年职业教育活动周实施方案.docx",
               ["“云上校园”开放周", "大国工匠进校园", "社区技能服务日"],
               "https://www.tzvtc.edu.cn/zjhdz/",
               ("泰安职业技术学院党委宣传部", "吴倩", "干事", "xcc@tzvtc.edu.cn", "13562811390"))  # fmt: skip
    send(b, u, "11-09 15:20", "outlook", "泰职院活动周稿件两篇",
         "田老师好：\n我院活动周稿件两篇，请审阅。\n吴倩",
         [art("我院举行2020年职业教育活动周启动仪式.docx", "tzy", "tzy:1",
              "我院举行2020年职业教育活动周启动仪式",
              ["11月8日，泰安职业技术学院2020年职业教育活动周启动仪式在图书馆报告厅举行。",
               "学院党委书记出席并讲话，号召全院师生积极参与活动周各项活动。"],
              byline="（党委宣传部 吴倩）"),
          art("大国工匠进校园 榜样力量润心田.docx", "tzy", "tzy:2", "大国工匠进校园 榜样力量润心田",
              ["11月9日，全国技术能手、泰山钢铁集团高级技师李建国走进我院，为500余名学生作报告。",
               "他结合自己30年的一线经历，讲述了精益求精的工匠精神。"],
              byline="（机电工程系 马腾）")])  # fmt: skip
    pics = [photo(f"IMG_{n}.JPG", "tzy", n) for n in (4417, 4418, 4421)]
    send(b, u, "11-11 16:40", "outlook", "泰职院稿件3、4及活动照片",
         "田老师：\n稿件两篇，照片打包在压缩包里。\n吴倩",
         [art("“云上校园”开放周吸引两万余人次.docx", "tzy", "tzy:3", "“云上校园”开放周吸引两万余人次",
              ["活动周期间，我院“云上校园”开放周通过直播、VR全景等方式展示各专业教学成果。",
               "截至11月10日，累计访问2.3万人次。"]),
          art("我院师生走进社区开展技能服务.docx", "tzy", "tzy:4", "我院师生走进社区开展技能服务",
              ["11月10日，我院组织120名师生志愿者走进泰前街道，开展家电维修、健康义诊等服务。",
               "活动服务居民800余人次。"]),
          zipped("活动照片.zip", "tzy", pics)], members=pics)  # fmt: skip
    send(b, u, "11-13 10:05", "outlook", "泰职院稿件5",
         "田老师好，第五篇稿件（PDF）。\n吴倩",
         [art("校企携手育英才——我院举办产教融合对话会.pdf", "tzy", "tzy:5",
              "校企携手育英才——我院举办产教融合对话会",
              ["11月12日，我院举办产教融合对话会，20余家合作企业代表参加。",
               "会上签约共建产业学院2个。"], producer="docx-pdf",
              extra=[["header", "泰安职业技术学院"], ["footer", "党委宣传部"]])])  # fmt: skip
    _summary_mail(b, "tzy", "11-16 09:50", "outlook", "泰职院活动周总结及统计表",
                  "田老师好：总结和统计表附后。\n吴倩",
                  "我院围绕活动周主题开展“云上校园”开放周等活动12项。",
                  [5, 7, 1, 3, 6800, 1500, 5, 23000])  # fmt: skip


# ---------------------------------------------------------------- 泰山职业技术学院


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    _plan_mail(b, "tsvtc", "11-04 14:30", "neomutt", "泰山职业技术学院活动周方案",
               "市教育局职成高教科:\n\n报送我院2020年职业教育活动周方案。\n"
               "宣传专栏: http://www.tsvtc.edu.cn/zjhdz2020/\n"
               "联络员: 泰山职业技术学院 宣传统战部 副部长 韩冰 13854855026 xuanchuan@tsvtc.edu.cn\n",
               "泰山职业技术学院职业教育活动周方案.docx",
               ["专业成果云展", "“技能下乡”服务", "职业体验日"],
               "http://www.tsvtc.edu.cn/zjhdz2020/",
               ("泰山职业技术学院", "韩冰", "副部长", "xuanchuan@tsvtc.edu.cn", "13854855026"))  # fmt: skip
    items = [
        ("tsvtc:1", "泰山职院启动职业教育活动周.docx", "泰山职院启动职业教育活动周",
         ["11月8日，泰山职业技术学院职业教育活动周启动。", "活动周期间学院将开展6大类20项活动。"]),
        ("tsvtc:2", "专业成果云展上线.docx", "泰山职院专业成果云展上线",
         ["11月9日，泰山职院专业成果云展上线，集中展示15个专业的学生作品。",
          "云展首日浏览量超过9000人次。"]),
        ("tsvtc:3", "技能下乡进田间.docx", "泰山职院“技能下乡”走进田间地头",
         ["11月10日，泰山职院农林专业师生走进道朗镇，为农户讲解大棚蔬菜管理技术。",
          "师生们还为农户检修了灌溉设备。"]),
        ("tsvtc:4", "职业体验日.docx", "泰山职院职业体验日迎来中学生",
         ["11月10日，300余名中学生走进泰山职院，体验3D打印、无人机、茶艺等项目。",
          "学生们表示对职业教育有了新的认识。"]),
    ]
    members = [art(n, "tsvtc", k, h, p) for k, n, h, p in items] + [
        photo(f"DSC0{n}.JPG", "tsvtc", n, "#3f6f8f") for n in (3371, 3372, 3380, 3391)]
    send(b, u, "11-11 09:30", "neomutt", "泰山职院活动周稿件及图片",
         "市教育局职成高教科:\n\n我院活动周稿件4篇及图片,打包发送。\n\n韩冰\n",
         [zipped("泰山职院活动周稿件及图片.zip", "tsvtc", members)], members=members)  # fmt: skip
    link = "https://mp.weixin.qq.com/s/9fKcW2pLx0QeT4rHn7Yb3g"
    send(b, u, "11-13 11:45", "neomutt", "泰山职院稿件5 (微信公众号)",
         f"职成高教科:\n\n第5篇稿件《泰山职院举办产教融合论坛》已在学院公众号发布:\n{link}\n\n韩冰\n",
         article_links=[link])  # fmt: skip
    _summary_mail(b, "tsvtc", "11-16 10:40", "neomutt", "泰山职院活动周总结和统计表",
                  "职成高教科:\n\n总结报告和统计表见附件。\n\n韩冰\n",
                  "学院共开展活动20项，参与师生5000余人次。", [6, 14, 1, 4, 5000, 1300, 5, 21000])  # fmt: skip


# ---------------------------------------------------------------- 山东服装职业学院


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    _plan_mail(b, "sdfzxy", "11-04 17:05", "wps", "山东服装职业学院活动周方案",
               "您好！\n山东服装职业学院2020年职业教育活动周方案请查收。\n"
               "专栏地址：http://www.sdfzxy.com/zjhdz/\n"
               "联络员：学院办公室 主任 许慧敏，电话13605480872，邮箱sdfzxy_dangban@126.com",
               "山东服装职业学院活动周方案.docx",
               ["服装设计作品线上发布", "非遗刺绣体验", "校园开放日"],
               "http://www.sdfzxy.com/zjhdz/",
               ("学院办公室", "许慧敏", "主任", "sdfzxy_dangban@126.com", "13605480872"))  # fmt: skip
    for when, key, paras, imgs in (
        ("11-09 17:30", "sdfzxy:1",
         ["服装学院举办2020届毕业设计作品线上发布会",
          "11月9日，山东服装职业学院2020届毕业设计作品线上发布会举行，86套作品通过直播走秀展示。",
          "直播在线观看人数达1.5万人次，多家服装企业现场洽谈合作。"],
         [("image1.jpeg", "0f3a5c1e$1@wps365.sdfzxy"), ("image2.jpeg", "0f3a5c1e$2@wps365.sdfzxy")]),
        ("11-11 15:10", "sdfzxy:2",
         ["鲁绣非遗体验课走进服装学院",
          "11月11日，鲁绣非遗传承人走进山东服装职业学院，为学生开设刺绣体验课。",
          "学生们在传承人指导下完成了简单的绣品。"],
         [("image1.jpeg", "7b2e9d40$1@wps365.sdfzxy")]),
    ):
        n = len(imgs)
        html = cid_html(list(paras), list(imgs), "utf-8", top="您好，活动周稿件如下：")
        send(b, u, when, "wps", f"服装学院活动周稿件：{paras[0]}",
             "您好，活动周稿件如下：\n\n" + "\n".join(paras),
             [inline(name, cid, "sdfzxy", 6000 + k + 10 * int(key[-1]))
              for k, (name, cid) in enumerate(imgs)],
             html=html, body_article=True, body_articles=[key],
             note=f"the article in a WPS HTML body with {n} cid: picture(s)")  # fmt: skip
    send(b, u, "11-12 16:20", "wps", "服装学院活动周稿件三篇",
         "您好，另外三篇稿件见附件。\n许慧敏",
         [art("校园开放日.docx", "sdfzxy", "sdfzxy:3", "服装学院校园开放日迎来八方来客",
              ["11月12日，山东服装职业学院举办校园开放日，400余名家长和学生参观了服装实训中心。",
               "学生现场展示了立体裁剪技艺。"]),
          art("校企合作.docx", "sdfzxy", "sdfzxy:4", "服装学院与6家企业签订校企合作协议",
              ["11月12日，山东服装职业学院与6家服装企业签订校企合作协议，共建订单班。",
               "双方将在人才培养、技术研发等方面深入合作。"]),
          art("优秀毕业生.docx", "sdfzxy", "sdfzxy:5", "从学徒到设计总监：服装学院毕业生刘晨的成长路",
              ["2014届毕业生刘晨如今已是一家服装企业的设计总监。",
               "“学校的实训经历让我受益终身。”刘晨说。"])])  # fmt: skip
    _summary_mail(b, "sdfzxy", "11-16 16:00", "wps", "服装学院活动周总结",
                  "您好，总结与统计表请查收。", "学院开展线上发布、非遗体验等活动9项。",
                  [3, 6, 1, 2, 3300, 600, 5, 18000])  # fmt: skip


# ---------------------------------------------------------------- 山东力明科技职业学院


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    _plan_mail(b, "lmkj", "11-06 09:00", "coremail", "力明学院活动周方案（迟报）",
               "市教育局职成高教科：\n抱歉迟报，附件为我院活动周方案。\n"
               "专栏：http://www.lmu.cn/zjhdz/\n"
               "联络员：宣传处 处长 郑海鹏 手机13853898161 邮箱lmkjxy_xcb@163.com",
               "山东力明科技职业学院职业教育活动周方案.docx",
               ["中医药文化体验", "护理技能展示", "线上招生咨询"],
               "http://www.lmu.cn/zjhdz/",
               ("宣传处", "郑海鹏", "处长", "lmkjxy_xcb@163.com", "13853898161"),
               note="plan, column and liaison on 11-06: late")  # fmt: skip
    send(b, u, "11-13 20:15", "coremail", "力明学院活动周新闻稿",
         "职成高教科：\n我院活动周新闻稿4篇，放在一个文档中。\n郑海鹏",
         [multi("力明学院活动周新闻稿.docx", "lmkj", [
             ("lmkj:1", "我院启动2020年职业教育活动周",
              ["11月8日，山东力明科技职业学院职业教育活动周启动。", "学院将开展中医药文化体验等系列活动。"]),
             ("lmkj:2", "中医药文化体验活动受欢迎",
              ["11月10日，我院中医药文化体验馆向社会开放，市民体验了推拿、艾灸等项目。",
               "当天接待市民300余人次。"]),
             ("lmkj:3", "护理专业学生技能展示",
              ["11月11日，我院护理专业学生进行了心肺复苏、静脉输液等技能展示。",
               "展示活动通过网络直播，观看人数5000余人次。"]),
             ("lmkj:4", "线上招生咨询会答疑解惑",
              ["11月12日，我院举办线上招生咨询会，为考生和家长解读高职扩招政策。",
               "咨询会在线观看2800余人次。"]),
         ], ["一、", "二、", "三、", "四、"], top="山东力明科技职业学院")])  # fmt: skip
    page = "http://www.lmu.cn/zjhdz/2020/1114/5127.html"
    send(b, u, "11-14 11:30", "coremail", "力明学院稿件5（网站链接）",
         "职成高教科：\n第5篇《我院师生走进社区开展健康义诊》已在学院网站活动周专栏发布，"
         f"文章链接：{page}\n（专栏首页：http://www.lmu.cn/zjhdz/）\n郑海鹏",
         article_links=[page], note="the article page, and the column's index beside it")  # fmt: skip
    _summary_mail(b, "lmkj", "11-16 15:20", "coremail", "力明学院活动周总结、统计表",
                  "职成高教科：总结、统计表见附件。\n郑海鹏", "学院开展体验、展示、咨询活动8项。",
                  [4, 4, 1, 2, 2600, 900, 5, 12000])  # fmt: skip


# ---------------------------------------------------------------- 泰山护理职业学院


def tshl(b: Builder) -> None:
    u = U["tshl"]
    _plan_mail(b, "tshl", "11-04 10:50", "android", "泰山护理职业学院活动周方案",
               "老师您好，我院活动周方案见附件。\n专栏：http://www.tshlzy.edu.cn/zjhdz/\n"
               "联络员：宣传部 科长 杨帆 13181707264 xcb@tshlzy.edu.cn",
               "泰山护理职业学院活动周方案.docx",
               ["护理技能进社区", "健康科普直播", "校园开放日"],
               "http://www.tshlzy.edu.cn/zjhdz/",
               ("宣传部", "杨帆", "科长", "xcb@tshlzy.edu.cn", "13181707264"))  # fmt: skip
    a = ["11月9日，泰山护理职业学院100名护理专业学生走进岱庙街道，为居民测量血压、血糖。",
         "学生们还为老人讲解了冬季常见病预防知识。"]
    send(b, u, "11-10 09:00", "android", "泰护稿件：护理技能进社区",
         "老师您好，稿件一篇。",
         [art("泰护学子走进社区开展健康服务.docx", "tshl", "tshl:1", "泰护学子走进社区开展健康服务", a)])  # fmt: skip
    send(b, u, "11-10 15:30", "android", "泰护稿件（更正版）",
         "老师您好，上午的稿件时间写错了，应为11月10日，请以更正版为准。",
         [art("泰护学子走进社区开展健康服务（更正版）.docx", "tshl", "tshl:1",
              "泰护学子走进社区开展健康服务", [a[0].replace("11月9日", "11月10日"), a[1]],
              note="更正版 of the morning's article: the same article")])  # fmt: skip
    send(b, u, "11-12 10:20", "android", "泰护稿件两篇",
         "老师您好，稿件两篇。",
         [art("健康科普直播.docx", "tshl", "tshl:2", "泰护健康科普直播间开播",
              ["11月11日，泰山护理职业学院“健康科普直播间”开播，专业教师讲解家庭急救知识。",
               "直播观看人数达7600人次。"]),
          art("开放日.docx", "tshl", "tshl:3", "泰护校园开放日：体验白衣天使的一天",
              ["11月11日，200余名中学生走进泰山护理职业学院，体验护理实训。",
               "同学们在模拟病房里学习了铺床、测体温等操作。"])])  # fmt: skip
    d = ["11月13日，泰山护理职业学院与5家医院签订护理人才联合培养协议。",
         "双方将共建实习基地，开展订单式培养。"]
    send(b, u, "11-13 16:00", "android", "泰护稿件4",
         "老师您好，稿件4。",
         [art("院校合作.docx", "tshl", "tshl:4", "泰护与5家医院签订联合培养协议", d)])  # fmt: skip
    send(b, u, "11-14 09:40", "android", "泰护稿件4修改稿",
         "老师您好，稿件4加了一段，发修改稿。",
         [art("院校合作（修改稿）.docx", "tshl", "tshl:4", "泰护与5家医院签订联合培养协议",
              d + ["签约仪式上，医院代表为首批订单班学生授旗。"],
              note="修改稿 of 稿件4: the same article")])  # fmt: skip
    _summary_mail(b, "tshl", "11-16 11:35", "android", "泰护活动周总结和统计表",
                  "老师您好，总结和统计表。", "学院开展社区服务、科普直播等活动7项。",
                  [3, 5, 1, 3, 2100, 1100, 4, 14000])  # fmt: skip


# ---------------------------------------------------------------- 泰安技师学院 (人社局)


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    _plan_mail(b, "tajsxy", "11-05 09:20", "py-smtp", "泰安技师学院职业教育活动周方案",
               "市人社局职建科：\n\n报送我院活动周方案。\n专栏：http://www.tajsxy.cn/zjhdz/\n"
               "联络员：招生就业处 副处长 高志强 13905381847 tajsxy_zsjy@163.com\n\n泰安技师学院",
               "泰安技师学院职业教育活动周方案.docx",
               ["技能大师工作室开放", "世赛项目展示", "“技能进社区”服务"],
               "http://www.tajsxy.cn/zjhdz/",
               ("泰安技师学院", "高志强", "副处长", "tajsxy_zsjy@163.com", "13905381847"),
               to=RSJ)  # fmt: skip
    send(b, u, "11-11 14:00", "py-smtp", "泰安技师学院活动周稿件（3篇）",
         "市人社局职建科：\n\n活动周稿件3篇，另附照片2张。\n\n高志强\n",
         [art("技能大师工作室开放日.docx", "tajsxy", "tajsxy:1", "泰安技师学院技能大师工作室向社会开放",
              ["11月9日，泰安技师学院5个技能大师工作室向社会开放。", "市民近距离观看了数控加工、焊接等技艺。"]),
          art("世赛项目展示.docx", "tajsxy", "tajsxy:2", "世赛选手现场展示精湛技艺",
              ["11月10日，泰安技师学院世赛集训选手进行汽车喷漆、电气装置项目展示。",
               "展示吸引了400余名师生和家长观看。"]),
          art("技能进社区.docx", "tajsxy", "tajsxy:3", "技师学院师生技能服务进社区",
              ["11月10日，泰安技师学院师生走进财源街道，开展家电维修、理发服务。",
               "共服务居民600余人次。"]),
          photo("IMG_0731.JPG", "tajsxy", 731), photo("IMG_0735.JPG", "tajsxy", 735, "#8f5f3f")],
         to=RSJ)  # fmt: skip
    send(b, u, "11-13 15:30", "py-smtp", "泰安技师学院稿件4、5",
         "市人社局职建科：\n\n稿件4、5见附件。\n\n高志强\n",
         [art("校企合作签约.docx", "tajsxy", "tajsxy:4", "泰安技师学院与8家企业签订校企合作协议",
              ["11月12日，泰安技师学院与8家企业签订校企合作协议。", "双方将共建“订单班”3个。"]),
          art("优秀毕业生返校分享.docx", "tajsxy", "tajsxy:5", "优秀毕业生返校分享成长故事",
              ["11月12日，泰安技师学院邀请3名优秀毕业生返校，与在校生分享成长故事。",
               "毕业生王磊已成长为企业技术骨干。"])], to=RSJ)  # fmt: skip
    _summary_mail(b, "tajsxy", "11-16 09:30", "py-smtp", "泰安技师学院活动周总结及统计表",
                  "市人社局职建科：\n\n总结及统计表见附件。\n\n高志强\n",
                  "学院开展开放日、技能展示等活动10项。", [3, 8, 1, 4, 3600, 1200, 5, 11000],
                  to=RSJ)  # fmt: skip


# ---------------------------------------------------------------- 岱岳区职业教育中心


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    _plan_mail(b, "dyzj", "11-04 16:40", "qqweb", "岱岳区职教中心活动周方案",
               "职成科领导：\n岱岳区职业教育中心活动周方案请审阅。\n专栏：http://www.dyzjzx.com/zjhdz/\n"
               "联络员：办公室 副主任 曹丽 15266209318 dyqzjzx@163.com",
               "岱岳区职业教育中心活动周方案.docx",
               ["网络校园开放日", "农机维修下乡", "中职学生技能展示"],
               "http://www.dyzjzx.com/zjhdz/",
               ("办公室", "曹丽", "副主任", "dyqzjzx@163.com", "15266209318"))  # fmt: skip
    l1 = "https://mp.weixin.qq.com/s/uE8vR3nQ2kZpY7aLm5cT0w"
    l2 = "https://mp.weixin.qq.com/s/Hb4xN6sD1fWq9rJt2yVk8e"
    send(b, u, "11-10 17:50", "qqweb", "岱岳区职教中心活动周稿件（公众号）",
         f"职成科领导：\n我校公众号已推送活动周稿件两篇：\n1.《网络校园开放日上线》{l1}\n"
         f"2.《农机维修技能下乡》{l2}\n曹丽", article_links=[l1, l2])  # fmt: skip
    page = "http://www.dyzjzx.com/zjhdz/2020/11/12/1583.html"
    send(b, u, "11-12 18:30", "qqweb", "岱岳区职教中心稿件3",
         f"职成科领导：\n稿件3《中职学生技能展示》已在学校网站发布：{page}\n"
         "专栏里其他内容也可以看：http://www.dyzjzx.com/zjhdz/\n曹丽",
         article_links=[page], note="the article page, and the column's index beside it")  # fmt: skip
    send(b, u, "11-13 17:00", "qqweb", "岱岳区职教中心稿件4、5",
         "职成科领导：稿件4、5。",
         [art("岱岳区职教中心校企合作.docx", "dyzj", "dyzj:4", "岱岳区职教中心校企合作结硕果",
              ["11月12日，泰安市岱岳区职业教育中心与4家企业共建的实训基地揭牌。",
               "实训基地将承担学生顶岗实习任务。"]),
          art("岱岳区职教中心优秀毕业生.docx", "dyzj", "dyzj:5", "岱岳区职教中心毕业生返乡创业带富乡邻",
              ["岱岳区职业教育中心2012届毕业生张强返乡创办家庭农场，带动30余户村民增收。",
               "活动周期间，他回到母校为学弟学妹们讲述创业故事。"])])  # fmt: skip
    _summary_mail(b, "dyzj", "11-16 16:10", "qqweb", "岱岳区职教中心活动周总结",
                  "职成科领导：总结和统计表请审阅。\n曹丽", "学校开展开放日、技能下乡等活动8项。",
                  [3, 6, 1, 3, 2400, 800, 5, 9000])  # fmt: skip


# ---------------------------------------------------------------- 新泰市职业中等专业学校


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    _plan_mail(b, "xtzz", "11-05 11:10", "qqweb", "新泰职专活动周方案",
               "您好：\n新泰市职业中等专业学校活动周方案见附件。\n专栏网址：http://www.xtzz.net/zjhdz/\n"
               "联络员：教务处 主任 徐建华 13563812290 xtzzxb@ta.shandong.cn",
               "新泰职专活动周方案.docx", ["云上开放日", "技能服务进乡村", "职业体验课"],
               "http://www.xtzz.net/zjhdz/",
               ("教务处", "徐建华", "主任", "xtzzxb@ta.shandong.cn", "13563812290"))  # fmt: skip
    send(b, u, "11-11 16:25", "qqweb", "新泰职专稿件",
         "您好，稿件一篇、照片一张。\n徐建华",
         [art("新泰职专学前教育专业学生走进幼儿园.docx", "xtzz", "xtzz:3",
              "新泰职专学前教育专业学生走进幼儿园",
              ["11月11日，新泰职专学前教育专业学生走进青云幼儿园，为小朋友们表演儿童剧。",
               "学生们的专业素养得到幼儿园老师的好评。"]),
          photo("mmexport1605081234567.jpg", "xtzz", 7101)])  # fmt: skip
    paras = ["新泰职专举办“我心中的工匠”主题演讲比赛",
             "11月12日，新泰市职业中等专业学校举办“我心中的工匠”主题演讲比赛，18名学生参赛。",
             "选手们用真挚的语言讲述了身边工匠的故事。"]
    html = cid_html(list(paras), [("image.jpg", "5FA0C3E1@2B7D9A44.9C1E2F5F")], "gb18030")
    send(b, u, "11-13 08:40", "qqweb", "新泰职专稿件",
         "\n".join(paras), [inline("image.jpg", "5FA0C3E1@2B7D9A44.9C1E2F5F", "xtzz", 7201)],
         html=html, body_article=True, body_articles=["xtzz:4"],
         note="the article in a QQ mail HTML body with a cid: picture")  # fmt: skip
    send(b, u, "11-14 10:00", "qqweb", "新泰职专稿件（云上开放日）",
         "您好，我校“云上开放日”稿件，市教体局已代报过，这里再发一次原稿。\n徐建华",
         [art("新泰职专“云上开放日”吸引万余人次.docx", "xtzz", "xtzz:1",
              "新泰职专“云上开放日”吸引万余人次",
              ["11月9日，新泰市职业中等专业学校“云上开放日”上线，通过VR全景展示机电、"
               "护理、学前教育等8个专业。",
               "截至当晚，累计访问1.3万人次，在线咨询家长400余人。"],
              byline="新泰市职业中等专业学校 供稿",
              note="the article the county passed on on 11-10: counts once")])  # fmt: skip
    _summary_mail(b, "xtzz", "11-16 11:50", "qqweb", "新泰职专活动周总结及统计表",
                  "您好，总结及统计表见附件。\n徐建华", "学校开展云上开放日等活动6项。",
                  [2, 5, 1, 2, 1900, 500, 4, 13000])  # fmt: skip


# ---------------------------------------------------------------- 肥城市职业中等专业学校


def fczz(b: Builder) -> None:
    u = U["fczz"]
    _plan_mail(b, "fczz", "11-04 08:55", "foxmail", "肥城职专活动周方案、专栏及联络员",
               "市教育局职成高教科：\n　　我校活动周方案见附件。专栏网址：http://www.fczz.cn/zjhdz/\n"
               "　　联络员：肥城市职业中等专业学校 办公室主任 石磊 18605388316 fcszz_jwc@126.com",
               "肥城职专职业教育活动周方案.docx",
               ["桃木雕刻工作坊开放", "汽修技能服务", "职业启蒙体验"],
               "http://www.fczz.cn/zjhdz/",
               ("肥城市职业中等专业学校", "石磊", "办公室主任", "fcszz_jwc@126.com", "18605388316"))  # fmt: skip
    send(b, u, "11-09 10:10", "foxmail", "活动周稿件",
         "职成科：活动周稿件。\n石磊",
         [art("新建 Microsoft Word 文档.docx", "fczz", "fczz:1", "肥城职专桃木雕刻工作坊对外开放",
              ["11月8日，肥城市职业中等专业学校桃木雕刻工作坊向社会开放。",
               "市民在师生指导下体验了桃木雕刻技艺。"])])  # fmt: skip
    send(b, u, "11-10 16:30", "foxmail", "活动周稿件2",
         "职成科：稿件2。\n石磊",
         [art("新建 Microsoft Word 文档 (2).docx", "fczz", "fczz:2", "肥城职专汽修专业师生开展免费检车服务",
              ["11月10日，肥城职专汽修专业师生在新城广场开展免费检车服务。",
               "共为市民检测车辆80余台。"])])  # fmt: skip
    send(b, u, "11-12 09:45", "foxmail", "活动周稿件3",
         "职成科：稿件3。\n石磊",
         [art("新建 Microsoft Word 文档.docx", "fczz", "fczz:3", "肥城职专职业启蒙体验课走进小学",
              ["11月11日，肥城职专教师走进龙山小学，为学生开设职业启蒙体验课。",
               "小学生们体验了电子焊接、面点制作。"],
              note="the same file name as the 11-09 file, a different article")])  # fmt: skip
    send(b, u, "11-13 15:50", "foxmail", "活动周稿件4、5",
         "职成科：稿件4、5在一个文档里。\n石磊",
         [multi("稿件.docx", "fczz", [
             ("fczz:4", "肥城职专举办校园开放日", ["11月12日，肥城职专举办校园开放日，500余名家长参观。",
                                              "学校展示了各专业实训成果。"]),
             ("fczz:5", "肥城职专毕业生讲述成长故事", ["11月13日，肥城职专邀请优秀毕业生返校座谈。",
                                                "毕业生们讲述了在企业岗位成长成才的经历。"]),
         ], ["一、", "二、"])])  # fmt: skip
    _summary_mail(b, "fczz", "11-16 13:40", "foxmail", "肥城职专活动周总结和统计表",
                  "职成科：总结和统计表。\n石磊", "学校开展工作坊开放、检车服务等活动7项。",
                  [2, 6, 1, 3, 2000, 700, 5, 7000])  # fmt: skip


# ---------------------------------------------------------------- 宁阳县职业中等专业学校


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    _plan_mail(b, "nyzz", "11-04 09:30", "foxmail", "宁阳职专活动周方案",
               "市局职成科：\n　　宁阳县职业中等专业学校活动周方案见附件。\n"
               "　　专栏：http://www.nyzz.net/zjhdz/\n"
               "　　联络员：学校办公室 干事 孟凡冬，手机 15698207731，邮箱 nyzz_bgs@163.com",
               "宁阳职专活动周实施方案.docx", ["智能制造实训中心开放", "无人机表演", "技能进社区"],
               "http://www.nyzz.net/zjhdz/",
               ("学校办公室", "孟凡冬", "干事", "nyzz_bgs@163.com", "15698207731"))  # fmt: skip
    send(b, u, "11-11 11:10", "foxmail", "宁阳职专活动周稿件3篇（附图片）",
         "市局职成科：\n　　稿件3篇，图片2张。\n孟凡冬",
         [art("智能制造实训中心开放.docx", "nyzz", "nyzz:1", "宁阳职专智能制造实训中心向社会开放",
              ["11月9日，宁阳职专智能制造实训中心向社会开放。", "市民参观了工业机器人、数控加工等实训设备。"]),
          art("无人机表演.docx", "nyzz", "nyzz:2", "宁阳职专学生无人机编队表演惊艳全场",
              ["11月10日晚，宁阳职专学生在操场上演无人机编队表演。", "50架无人机组成“技能强国”字样。"]),
          art("技能进社区.docx", "nyzz", "nyzz:3", "宁阳职专师生走进社区开展技能服务",
              ["11月10日，宁阳职专师生走进文庙街道，开展家电维修服务。", "共服务居民300余人次。"]),
          photo("IMG_2035.jpg", "nyzz", 2035), photo("IMG_2036.jpg", "nyzz", 2036, "#2f4f6f")])  # fmt: skip
    send(b, u, "11-12 17:15", "foxmail", "宁阳职专稿件4",
         "宁阳职专与县内企业共建“蟋蟀文化”创意工作室\n\n"
         "　　11月12日，宁阳县职业中等专业学校与县内文创企业共建“蟋蟀文化”创意工作室揭牌。\n"
         "　　工作室将开发蟋蟀文化创意产品，学生参与设计制作。\n\n（宁阳职专 孟凡冬）",
         body_article=True, body_articles=["nyzz:4"],
         note="a plain-text article in the body, no file")  # fmt: skip
    link = "https://mp.weixin.qq.com/s/Lw2qP7eXr5YdK0bNc3sF6h"
    send(b, u, "11-14 08:20", "qqmobile", "宁阳职专稿件5",
         f"稿件5《宁阳职专举办校园开放日》公众号链接：{link}",
         sender=u.email, article_links=[link])  # fmt: skip
    _summary_mail(b, "nyzz", "11-16 14:55", "foxmail", "宁阳职专活动周总结、统计表",
                  "市局职成科：总结、统计表见附件。\n孟凡冬", "学校开展开放、表演、服务等活动6项。",
                  [2, 5, 1, 2, 1800, 300, 5, 6000])  # fmt: skip


# ---------------------------------------------------------------- 东平县职业教育中心学校


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    _plan_mail(b, "dpzj", "11-05 15:30", "coremail", "东平职教中心活动周方案",
               "您好，东平县职业教育中心学校活动周方案请查收。\n专栏：http://www.dpzjzx.cn/zjhdz/\n"
               "联络员：校办 主任 蒋春梅 13562897046 dpzjzx_xb@163.com",
               "东平职教中心活动周方案.docx", ["云上开放日", "技能展示", "送技能下乡"],
               "http://www.dpzjzx.cn/zjhdz/",
               ("校办", "蒋春梅", "主任", "dpzjzx_xb@163.com", "13562897046"))  # fmt: skip
    send(b, u, "11-11 10:40", "coremail", "东平职教中心稿件",
         "您好，稿件一篇。\n蒋春梅",
         [art("送技能下乡.docx", "dpzj", "dpzj:3", "东平职教中心师生送技能下乡",
              ["11月11日，东平县职业教育中心学校师生走进接山镇，为村民维修农机、家电。",
               "活动受到村民欢迎。"])])  # fmt: skip
    send(b, u, "11-13 14:45", "coremail", "东平职教中心稿件（含修改稿）",
         "您好，稿件一篇；另“云上开放日”一稿（县局已代报）有改动，附修改稿。\n蒋春梅",
         [art("产教融合.docx", "dpzj", "dpzj:4", "东平职教中心与县内企业共建实训基地",
              ["11月13日，东平职教中心与3家企业共建的实训基地揭牌。", "基地将为学生提供实习岗位。"]),
          art("东平职教中心“云上开放日”上线（修改稿）.docx", "dpzj", "dpzj:1",
              "东平职教中心“云上开放日”上线",
              ["11月9日，东平县职业教育中心学校“云上开放日”上线，展示12个专业的教学成果。",
               "截至11月12日，累计浏览量达2.1万人次。"],
              note="修改稿 of the article the county passed on on 11-12: the same article")])  # fmt: skip
    link = "https://mp.weixin.qq.com/s/Qm9tV2cX7nB4hR1kE8pW5z"
    send(b, u, "11-14 17:20", "coremail", "东平职教中心稿件（公众号）",
         f"您好，学校公众号稿件《技能成就出彩人生》：\n{link}\n蒋春梅", article_links=[link])  # fmt: skip
    _summary_mail(b, "dpzj", "11-16 17:00", "coremail", "东平职教中心活动周总结及统计表",
                  "您好，总结及统计表请查收。\n蒋春梅", "学校开展开放日、技能展示等活动6项。",
                  [2, 4, 1, 2, 1500, 400, 5, 9000])  # fmt: skip


# ---------------------------------------------------------------- 泰安市交通职业中等专业学校


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    _plan_mail(b, "jtzz", "11-05 08:45", "foxmail", "交通职专活动周方案",
               "市教育局职成高教科：\n　　我校活动周方案附后。宣传专栏 http://www.tajtzz.com/zjhdz/\n"
               "　　联络员：教务处 副主任 侯涛 13953858420\n交通职专",
               "交通职专2020年职业教育活动周方案.docx",
               ["汽车文化节", "驾驶安全进社区", "校园开放日"],
               "http://www.tajtzz.com/zjhdz/",
               ("", "侯涛", "副主任", "", "13953858420"),
               note="the liaison has no email")  # fmt: skip
    send(b, u, "11-10 11:30", "foxmail", "交通职专稿件1-3",
         "职成高教科：稿件1-3在同一文档。\n侯涛",
         [multi("交通职专活动周稿件.docx", "jtzz", [
             ("jtzz:1", "交通职专汽车文化节开幕", ["11月8日，泰安市交通职业中等专业学校汽车文化节开幕。",
                                            "文化节包括汽车模型展、技能比武等内容。"]),
             ("jtzz:2", "交通职专驾驶安全知识进社区", ["11月9日，交通职专师生走进社区宣传驾驶安全知识。",
                                              "发放宣传册1000余份。"]),
             ("jtzz:3", "交通职专校园开放日", ["11月10日，交通职专举办校园开放日，300余名家长参观。",
                                          "家长们体验了汽车驾驶模拟器。"]),
         ], ["稿件1：", "稿件2：", "稿件3："])])  # fmt: skip
    e = ["11月11日，交通职专汽修专业学生技能比武举行，60名学生参赛。", "比赛设发动机拆装、故障诊断两个项目。"]
    send(b, u, "11-12 15:05", "foxmail", "",
         "",
         [art("稿件4.docx", "jtzz", "jtzz:4", "交通职专举行汽修技能比武", e),
          art("稿件5.docx", "jtzz", "jtzz:5", "交通职专与物流企业共建订单班",
              ["11月12日，交通职专与2家物流企业签约共建订单班。", "首批招收学生80人。"])],
         note="no subject and no text: two articles")  # fmt: skip
    send(b, u, "11-13 09:20", "foxmail", "稿件4修改稿",
         "职成高教科：稿件4修改稿，以此为准。\n侯涛",
         [art("稿件4（修改稿）.docx", "jtzz", "jtzz:4", "交通职专举行汽修技能比武",
              e + ["比赛评出一等奖6名。"], note="修改稿 of 稿件4: the same article")])  # fmt: skip
    _summary_mail(b, "jtzz", "11-16 15:10", "foxmail", "交通职专活动周总结、统计表",
                  "职成高教科：总结、统计表。\n侯涛", "学校开展汽车文化节等活动5项。",
                  [1, 5, 1, 1, 1600, 1000, 5, 5000])  # fmt: skip


# ---------------------------------------------------------------- 泰安市泰山区职业中等专业学校


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]
    _plan_mail(b, "tsqzz", "11-03 15:20", "coremail", "泰山区职专活动周方案",
               "市教育局职成高教科：\n泰山区职专活动周方案见附件，专栏 http://www.tsqzz.cn/zjhdz/\n"
               "联络员：泰山区职业中专 宣传办 主任 秦月 13605386419 tsqzz_xcb@126.com",
               "泰山区职专活动周方案.docx", ["非遗面塑进社区", "汽修开放日", "茶艺展示"],
               "http://www.tsqzz.cn/zjhdz/",
               ("泰山区职业中专", "秦月", "主任", "tsqzz_xcb@126.com", "13605386419"))  # fmt: skip
    page = "http://www.tsqzz.cn/news/show-1187.html"
    send(b, u, "11-10 09:15", "coremail", "泰山区职专稿件（网站链接）",
         f"市教育局职成高教科：\n我校《茶艺展示 品味泰山茶香》已在学校网站发布：{page}\n"
         "另外两篇区教体局汇总报送。\n秦月", article_links=[page])  # fmt: skip
    send(b, u, "11-12 14:05", "coremail", "泰山区职专稿件两篇",
         "市教育局职成高教科：\n稿件两篇、照片两张。\n秦月",
         [art("泰山区职专电商专业直播助农.docx", "tsqzz", "tsqzz:4", "泰山区职专电商专业学生直播助农",
              ["11月11日，泰山区职专电子商务专业学生为泰山女儿茶开展直播带货。", "直播销售额2万余元。"]),
          art("泰山区职专举办技能展示周.docx", "tsqzz", "tsqzz:5", "泰山区职专举办学生技能展示",
              ["11月12日，泰山区职专举办学生技能展示，展示烹饪、美发等项目。", "300余名家长现场观看。"]),
          photo("IMG_2044.jpg", "tsqzz", 2044), photo("IMG_2047.jpg", "tsqzz", 2047, "#6f8f2f")])  # fmt: skip
    _summary_mail(b, "tsqzz", "11-16 10:20", "coremail", "泰山区职专活动周总结和统计表",
                  "市教育局职成高教科：总结和统计表见附件。\n秦月", "学校开展非遗面塑进社区等活动6项。",
                  [2, 5, 1, 2, 1700, 900, 5, 8000])  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
