"""The seven county bureaus of set20. Shapes: three articles under 一、二、三 in one docx and a
WeChat link (taishan, which also passes on 泰山区职专's zip of articles and photos); 稿件1/稿件2
in one docx, an article pasted in an Outlook HTML body with cid: pictures, a 更正版 and a link
to the district's news page (dyq); a county bundling two of its school's articles with its
own and files named 1.docx / 2.docx (xintai); a GBK zip of five articles and photos (feicheng);
a 简报 that compiles three articles already sent (ningyang); mails with no text at all, a bare
WeChat link and the school's articles passed on (dongping); a 修改稿 and a body article
(gaoxin)."""

from __future__ import annotations

from .build import Builder, F, person, send
from .common import plan_doc, stats_doc, summary_doc
from .kit import art, cid_html, inline, multi, photo, zipped
from .units import U

# ---------------------------------------------------------------- 泰山区


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(b, u, "11-04 09:40", "coremail-gov", "泰山区教体局报送职业教育活动周方案、专栏地址及联络员",
         "市教育局职成高教科：\n"
         "　　按照泰教函〔2020〕72号通知要求，现将我区职业教育活动周实施方案报上，请审阅。\n"
         "　　宣传专栏：http://jtj.taishan.gov.cn/zjhdz2020/\n"
         "　　联络员：泰山区教育和体育局职成科 孙立群（科长），邮箱tsq_jtj_zcjy@ta.shandong.cn，"
         "手机13905388217。\n\n泰山区教育和体育局职成科\n2020年11月4日",
         [plan_doc("taishan", "泰山区2020年职业教育活动周实施方案.docx",
                   ["全区职业院校“云上开放日”线上展示", "“非遗技艺进社区”技能服务",
                    "职业启蒙教育进中小学"],
                   "深入宣传职业教育创新发展成果，营造人人皆可成才的良好氛围。",
                   ["泰安市泰山区教育和体育局", "2020年11月3日"])],
         column_url="http://jtj.taishan.gov.cn/zjhdz2020/",
         liaison=person("泰山区教育和体育局", "孙立群", "科长", "tsq_jtj_zcjy@ta.shandong.cn",
                        "13905388217"))  # fmt: skip
    send(b, u, "11-09 16:20", "coremail-gov", "泰山区活动周宣传稿件（三篇）",
         "市局职成科：\n　　我区活动周前两天的宣传稿三篇，合在一个文档里，请查收。\n孙立群",
         [multi("泰山区职教活动周宣传稿.docx", "taishan", [
             ("taishan:1", "泰山区2020年职业教育活动周正式启动",
              ["11月8日上午，泰山区2020年职业教育活动周启动仪式在区职业中专举行，区教体局、"
               "区人社局及驻区企业代表60余人参加。",
               "启动仪式以“人人出彩 技能强国”为主题，现场发布了全区职业院校“云上开放日”"
               "平台，学生和家长扫码即可参观实训室、观看专业介绍。"]),
             ("taishan:2", "泰山区职业启蒙教育走进20所中小学",
              ["活动周期间，泰山区组织职业学校专业教师走进辖区20所中小学，开设茶艺、面点、"
               "电子装配等职业体验课。",
               "“原来做一个馒头也有这么多学问。”泰山区实验学校五年级学生王子涵说。"
               "据统计，两天共有3200余名中小学生参加体验。"]),
             ("taishan:3", "泰山区举办中职毕业生就业创业故事分享会",
              ["11月9日，泰山区中职毕业生就业创业故事分享会在区教体局报告厅举行，"
               "5名优秀毕业生讲述了自己从职业学校走向工作岗位的经历。",
               "分享会通过网络同步直播，在线观看人数超过1.2万人次。"]),
         ], ["一、", "二、", "三、"], top="泰山区教育和体育局活动周宣传稿")])  # fmt: skip
    tsqzz_a = art("泰山区职专：非遗面塑走进社区.docx", "tsqzz", "tsqzz:1", "泰山区职专非遗面塑走进社区",
                  ["11月10日，泰安市泰山区职业中等专业学校中式面点专业师生走进岱庙街道社区，"
                   "为居民现场展示泰山面塑技艺。",
                   "师生们手把手教居民捏制寿桃、生肖，社区居民纷纷点赞。"],
                  byline="供稿：泰安市泰山区职业中等专业学校")  # fmt: skip
    tsqzz_b = art("泰山区职专：汽修专业开放日.docx", "tsqzz", "tsqzz:2",
                  "泰山区职专汽修专业举办校园开放日",
                  ["11月10日下午，泰山区职业中专汽车运用与维修专业举办校园开放日，"
                   "百余名初三学生和家长走进实训车间。",
                   "学生们在专业老师指导下体验了更换轮胎、检测电路等项目。"],
                  byline="供稿：泰安市泰山区职业中等专业学校")  # fmt: skip
    members = [tsqzz_a, tsqzz_b, photo("IMG_2031.jpg", "tsqzz", 2031),
               photo("IMG_2032.jpg", "tsqzz", 2032, "#7aa36b")]  # fmt: skip
    send(b, u, "11-11 10:05", "coremail-gov", "转报：泰山区职专活动周稿件及图片",
         "职成科：\n　　泰山区职专报来的两篇稿件和现场照片，打包转上，稿件署名为学校。\n"
         "泰山区教体局 孙立群",
         [zipped("泰山区职专稿件.zip", "taishan", members)], members=members,
         note="a county passing on its school's zip: the two articles are tsqzz's")  # fmt: skip
    send(b, u, "11-12 15:30", "coremail-gov", "稿件",
         "第四篇，请审阅。",
         [art("新建 Microsoft Word 文档.docx", "taishan", "taishan:4",
              "泰山区职业院校开展“技能服务进万家”活动",
              ["11月11日，泰山区组织职业院校师生在万达广场开展技能服务活动，"
               "提供家电维修、汽车检测、健康咨询等12项免费服务。",
               "活动吸引市民800余人次，现场维修小家电130余件。"])])  # fmt: skip
    send(b, u, "11-13 17:10", "coremail-gov", "泰山区活动周稿件（公众号链接）",
         "市局职成科：\n　　今天“泰山教育”公众号推送了我区活动周第五篇稿件《校企同台 "
         "泰山区举办产教对话会》，链接如下：\n"
         "https://mp.weixin.qq.com/s/T7kQm2Vd9xHnLr3pYw5s1A\n孙立群",
         article_links=["https://mp.weixin.qq.com/s/T7kQm2Vd9xHnLr3pYw5s1A"])  # fmt: skip
    send(b, u, "11-16 11:00", "coremail-gov", "泰山区教体局活动周总结及统计表",
         "职成科：\n　　活动周总结报告和统计表报上。\n泰山区教育和体育局职成科",
         [summary_doc("taishan", "泰山区职业教育活动周总结.docx",
                      ["一是线上线下结合，“云上开放日”平台累计访问4.1万人次。",
                       "二是职业启蒙进校园，覆盖中小学20所。"],
                      "活动周期间共报送宣传稿件7篇，市级以上媒体刊发3篇。",
                      ["泰安市泰山区教育和体育局", "2020年11月16日"]),
          stats_doc("taishan", "泰山区活动周统计表.xlsx", [6, 9, 2, 4, 5600, 1800, 7, 41000])])


# ---------------------------------------------------------------- 岱岳区


def dyq(b: Builder) -> None:
    u = U["dyq"]
    send(b, u, "11-05 10:30", "outlook", "岱岳区教体局职教活动周实施方案",
         "田科长：您好！\n附件是岱岳区2020年职业教育活动周实施方案。\n"
         "我区活动周专栏地址：http://www.daiyue.gov.cn/col/col48210/\n"
         "联络员：刘晓峰，岱岳区教育和体育局职教办主任，手机15853806274，邮箱 dyjtj_zhijiao@163.com\n"
         "\n刘晓峰\n岱岳区教体局职教办",
         [plan_doc("dyq", "岱岳区2020年职业教育活动周实施方案.docx",
                   ["职业院校“网络校园开放日”", "“技能下乡”进村入户服务", "校企合作成果展"],
                   "紧扣“人人出彩 技能强国”主题，展示岱岳区职业教育服务乡村振兴的成效。",
                   ["岱岳区教育和体育局", "2020年11月4日"])],
         column_url="http://www.daiyue.gov.cn/col/col48210/",
         liaison=person("岱岳区教育和体育局", "刘晓峰", "职教办主任", "dyjtj_zhijiao@163.com",
                        "15853806274"))  # fmt: skip
    send(b, u, "11-09 11:20", "outlook", "岱岳区活动周稿件",
         "田科长：\n岱岳区活动周稿件两篇（稿件1、稿件2），请审阅。\n刘晓峰",
         [multi("岱岳区教体局活动周稿件.docx", "dyq", [
             ("dyq:1", "岱岳区启动2020年职业教育活动周",
              ["11月8日，岱岳区2020年职业教育活动周在区职业教育中心启动。",
               "活动周期间，全区将开展开放日、技能下乡、成果展示等四大类16项活动。"]),
             ("dyq:2", "岱岳区“网络校园开放日”首日访问量破万",
              ["11月8日，岱岳区职业院校“网络校园开放日”正式上线，全景展示10个专业的实训条件。",
               "上线首日访问量达1.1万人次，不少家长在线咨询招生政策。"]),
         ], ["稿件1：", "稿件2："])])  # fmt: skip
    paras = ["岱岳区开展“技能下乡”服务活动",
             "11月10日，岱岳区组织职业院校农业、机电专业师生40余人走进满庄镇、夏张镇，"
             "开展农机检修、果树修剪、电商直播培训等服务。",
             "师生们在田间地头检修农机具27台，为农户现场讲解冬季果树管理技术，"
             "并帮助3家合作社开通了网店。",
             "岱岳区教体局供稿"]
    html = cid_html(paras, [("image001.jpg", "image001.jpg@01D6B745.2A3F1C10"),
                            ("image002.jpg", "image002.jpg@01D6B745.2A3F1C10")], "gb2312",
                    top="田科长：岱岳区第三篇稿件直接贴在正文里了，图片在文中。")  # fmt: skip
    send(b, u, "11-10 16:45", "outlook", "岱岳区稿件三：技能下乡",
         "田科长：岱岳区第三篇稿件直接贴在正文里了，图片在文中。\n\n" + "\n".join(paras),
         [inline("image001.jpg", "image001.jpg@01D6B745.2A3F1C10", "dyq", 3101),
          inline("image002.jpg", "image002.jpg@01D6B745.2A3F1C10", "dyq", 3102)],
         html=html, body_article=True, body_articles=["dyq:3"],
         note="the article in an Outlook HTML body with two cid: pictures")  # fmt: skip
    show = ["11月11日，岱岳区中职学生技能展演在区文化中心举行，8所学校的320名学生参加展演。",
            "展演涵盖烹饪、美发、汽修、电子商务等12个项目，现场观众600余人。"]
    send(b, u, "11-12 09:30", "outlook", "岱岳区稿件四（附照片）",
         "田科长：\n稿件四和两张现场照片。\n刘晓峰",
         [art("岱岳区举办中职学生技能展演.docx", "dyq", "dyq:4", "岱岳区举办中职学生技能展演",
              show),
          photo("IMG_20201111_093512.jpg", "dyq", 1111, "#a05050"),
          photo("IMG_20201111_094020.jpg", "dyq", 1112, "#5080a0")])  # fmt: skip
    show2 = [show[0].replace("320", "350"), show[1]]
    send(b, u, "11-13 14:10", "outlook", "岱岳区稿件四（更正版）",
         "田科长：\n昨天稿件四中参演学生人数有误，应为350名，以此更正版为准，麻烦替换。\n刘晓峰",
         [art("岱岳区举办中职学生技能展演（更正版）.docx", "dyq", "dyq:4",
              "岱岳区举办中职学生技能展演", show2,
              note="更正版 of the 11-12 article: the same article")])  # fmt: skip
    send(b, u, "11-14 16:50", "outlook", "岱岳区稿件五（网站链接）",
         "田科长：\n第五篇已在区政府网站发布：《岱岳区校企合作成果展开展》\n"
         "http://www.daiyue.gov.cn/art/2020/11/14/art_48210_3306571.html\n刘晓峰",
         article_links=["http://www.daiyue.gov.cn/art/2020/11/14/art_48210_3306571.html"])  # fmt: skip
    send(b, u, "11-16 16:30", "outlook", "岱岳区活动周总结、统计表",
         "田科长：总结和统计表见附件。\n刘晓峰",
         [summary_doc("dyq", "岱岳区2020年职业教育活动周总结.docx",
                      ["活动周期间，全区开展各类活动16项，“技能下乡”服务覆盖5个乡镇。"],
                      "共编发宣传稿件5篇，网络校园开放日累计访问2.6万人次。",
                      ["岱岳区教育和体育局", "2020年11月16日"]),
          stats_doc("dyq", "岱岳区活动周情况统计表.xlsx", [5, 11, 1, 6, 3900, 2100, 5, 26000])])


# ---------------------------------------------------------------- 新泰市


def xintai(b: Builder) -> None:
    u = U["xintai"]
    send(b, u, "11-04 15:15", "coremail-gov", "新泰市职业教育活动周实施方案、宣传专栏和联络员",
         "泰安市教育局职成高教科：\n"
         "　　现报送新泰市2020年职业教育活动周实施方案（见附件）。\n"
         "　　活动周宣传专栏：http://jtj.xintai.gov.cn/zjzl/\n"
         "　　联络员：新泰市教育和体育局 职成教科副科长 王春燕 邮箱：xtsjtj_zcjy@ta.shandong.cn "
         "手机：13562889051\n新泰市教育和体育局\n11月4日",
         [plan_doc("xintai", "新泰市职业教育活动周方案.docx",
                   ["“云上活动周”专题展示", "职教集团产教对话", "技能服务进社区、进乡村"],
                   "全面展示新泰市职业教育改革发展成果。",
                   ["新泰市教育和体育局", "2020年11月4日"])],
         column_url="http://jtj.xintai.gov.cn/zjzl/",
         liaison=person("新泰市教育和体育局", "王春燕", "职成教科副科长",
                        "xtsjtj_zcjy@ta.shandong.cn", "13562889051"))  # fmt: skip
    send(b, u, "11-10 10:40", "coremail-gov", "新泰市活动周宣传稿件3篇（含新泰职专2篇）",
         "职成科：\n　　报送宣传稿件3篇，其中2篇由新泰市职业中等专业学校撰写，稿件中已注明。\n"
         "王春燕",
         [art("新泰市启动职业教育活动周.docx", "xintai", "xintai:1", "新泰市启动2020年职业教育活动周",
              ["11月8日，新泰市2020年职业教育活动周启动，全市3所职业院校同步开展线上展示。",
               "新泰市教体局负责同志表示，将以活动周为契机，进一步扩大职业教育的社会影响。"],
              byline="新泰市教育和体育局"),
          art("新泰职专“云上开放日”吸引万余人次.docx", "xtzz", "xtzz:1",
              "新泰职专“云上开放日”吸引万余人次",
              ["11月9日，新泰市职业中等专业学校“云上开放日”上线，通过VR全景展示机电、"
               "护理、学前教育等8个专业。",
               "截至当晚，累计访问1.3万人次，在线咨询家长400余人。"],
              byline="新泰市职业中等专业学校 供稿"),
          art("职教赋能乡村振兴 新泰职专师生走进果园.docx", "xtzz", "xtzz:2",
              "职教赋能乡村振兴 新泰职专师生走进果园",
              ["11月9日，新泰职专园林专业师生走进楼德镇果园，为果农讲解冬季修剪、病虫害防治技术。",
               "师生们还帮助果农拍摄短视频，推介当地特色苹果。"],
              byline="新泰市职业中等专业学校 供稿")],
         note="a county bundling its school's two articles (credited to xtzz) with its own")  # fmt: skip
    send(b, u, "11-12 15:00", "coremail-gov", "新泰市稿件",
         "职成科：新泰市稿件两篇。",
         [art("1.docx", "xintai", "xintai:2", "新泰市职教集团举办产教对话会",
              ["11月11日，新泰市职业教育集团产教对话会举行，28家成员企业与职业院校"
               "围绕订单培养、实训基地共建进行交流。",
               "会上，6家企业与学校签订了校企合作协议。"]),
          art("2.docx", "xintai", "xintai:3", "新泰市职业院校技能服务进社区",
              ["11月11日，新泰市职业院校200余名师生走进青云街道6个社区，开展家电维修、"
               "理发、健康义诊等服务。",
               "活动共服务群众1500余人次。"])],
         note="file names that say nothing: 1.docx, 2.docx")  # fmt: skip
    send(b, u, "11-14 10:20", "coremail-gov", "新泰市活动周稿件（第4、5篇）",
         "职成科：\n　　第4篇已在市政府网站刊发：\n"
         "http://www.xintai.gov.cn/art/2020/11/14/art_31842_2955810.html\n"
         "　　第5篇见附件。\n王春燕",
         [art("新泰市职业启蒙教育走进乡村学校.docx", "xintai", "xintai:5",
              "新泰市职业启蒙教育走进乡村学校",
              ["11月13日，新泰市组织职业学校教师走进放城镇、汶南镇的8所乡村学校，开展职业启蒙课。",
               "孩子们体验了面点制作、简单电路连接等项目。"])],
         article_links=["http://www.xintai.gov.cn/art/2020/11/14/art_31842_2955810.html"])  # fmt: skip
    send(b, u, "11-16 15:40", "coremail-gov", "新泰市职业教育活动周总结报告及统计表",
         "职成科：\n　　报送活动周总结报告和统计表，请审阅。\n新泰市教育和体育局 王春燕",
         [summary_doc("xintai", "新泰市2020年职业教育活动周总结报告.docx",
                      ["一是组织有力，成立了活动周工作专班。", "二是亮点突出，产教对话会促成6项合作。"],
                      "全市报送宣传稿件8篇，其中新泰职专4篇。",
                      ["新泰市教育和体育局", "2020年11月16日"]),
          stats_doc("xintai", "新泰市统计表.xlsx", [7, 12, 3, 8, 6100, 3200, 8, 35000])])


# ---------------------------------------------------------------- 肥城市


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(b, u, "11-03 16:05", "coremail", "肥城市教体局活动周方案",
         "市局职成科：\n附件为肥城市职业教育活动周实施方案。宣传专栏网址 http://www.fcjy.net/zjhdz/\n"
         "联络员 赵明亮 职成科科员 手机 18653861922 邮箱 fcjtj_zck@126.com\n肥城市教体局职成科",
         [plan_doc("feicheng", "肥城市职业教育活动周实施方案.docx",
                   ["“我的职教故事”征文", "桃木雕刻等传统工艺展示", "职业院校开放日"],
                   "讲好肥城职教故事，展示技能人才风采。",
                   ["肥城市教育和体育局", "2020年11月3日"])],
         column_url="http://www.fcjy.net/zjhdz/",
         liaison=person("", "赵明亮", "职成科科员", "fcjtj_zck@126.com", "18653861922"))  # fmt: skip
    items = [
        ("feicheng:1", "1.肥城市职教活动周启动.docx", "肥城市2020年职业教育活动周启动",
         ["11月8日，肥城市职业教育活动周在肥城市职业中专启动，全市职业院校师生代表300余人参加。",
          "启动仪式上展示了桃木雕刻、面塑等学生作品。"]),
        ("feicheng:2", "2.桃木雕刻进校园.docx", "肥城桃木雕刻技艺进中小学课堂",
         ["11月9日，肥城市组织桃木雕刻非遗传承人和职业学校教师走进5所小学，开设桃木雕刻体验课。",
          "小学生们在老师指导下完成了人生第一件桃木作品。"]),
        ("feicheng:3", "3.我的职教故事.docx", "肥城市“我的职教故事”征文评选揭晓",
         ["活动周期间，肥城市开展“我的职教故事”征文活动，共收到师生作品216篇。",
          "评选出一等奖10篇，优秀作品将在专栏陆续刊发。"]),
        ("feicheng:4", "4.技能下乡.docx", "肥城市职业院校师生“技能下乡”助农增收",
         ["11月11日，肥城市职业院校师生走进安驾庄镇，为农户提供农机维修和电商培训。",
          "师生们现场维修农机具19台。"]),
        ("feicheng:5", "5.开放日.docx", "肥城市职业院校开放日迎来千名家长",
         ["11月12日，肥城市职业院校校园开放日迎来1000余名家长和初中学生。",
          "家长们参观了实训车间，详细了解了升学和就业政策。"]),
    ]
    members = [art(n, "feicheng", k, h, p) for k, n, h, p in items] + [
        photo("启动仪式1.jpg", "feicheng", 4101), photo("启动仪式2.jpg", "feicheng", 4102),
        photo("桃木雕刻.jpg", "feicheng", 4103, "#9b7b3e")]  # fmt: skip
    send(b, u, "11-12 11:30", "coremail", "肥城市职教活动周稿件5篇及图片",
         "市局职成科：\n肥城市活动周稿件5篇，图片3张，压缩包内。\n赵明亮",
         [zipped("肥城市职教活动周稿件.zip", "feicheng", members, gbk=True)], members=members,
         note="a Windows zip (GBK names) of five articles and three photos")  # fmt: skip
    send(b, u, "11-16 17:20", "coremail", "肥城市活动周总结",
         "市局职成科：活动周总结报上，统计表还在汇总，明天报。\n赵明亮",
         [summary_doc("feicheng", "肥城市职业教育活动周总结.docx",
                      ["活动周期间全市组织活动22场，“我的职教故事”征文收到作品216篇。"],
                      "报送宣传稿件5篇。", ["肥城市教育和体育局", "2020年11月16日"])])  # fmt: skip
    send(b, u, "11-17 09:10", "coremail", "肥城市活动周统计表（补报）",
         "市局职成科：补报统计表。\n赵明亮",
         [stats_doc("feicheng", "肥城市2020年职业教育活动周情况统计表.xlsx",
                    [4, 18, 2, 5, 4300, 1600, 5, 19000])])  # fmt: skip


# ---------------------------------------------------------------- 宁阳县


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(b, u, "11-05 14:50", "coremail", "宁阳县报职教活动周方案及联络员信息",
         "您好，宁阳县职业教育活动周实施方案见附件。\n"
         "专栏：http://www.nyjy.gov.cn/zjhdz/index.html\n"
         "联络员：宁阳县教育和体育局职成教股 股长 陈海涛 13953802716 nyjtj2020@163.com",
         [plan_doc("ningyang", "宁阳县职业教育活动周实施方案.docx",
                   ["职业院校校园开放日", "蟋蟀文化与职业体验", "“技能进社区”志愿服务"],
                   "营造全社会关心支持职业教育的良好氛围。",
                   ["宁阳县教育和体育局", "2020年11月5日"])],
         column_url="http://www.nyjy.gov.cn/zjhdz/index.html",
         liaison=person("宁阳县教育和体育局", "陈海涛", "股长", "nyjtj2020@163.com",
                        "13953802716"))  # fmt: skip
    a1 = ("宁阳县启动2020年职业教育活动周",
          ["11月8日，宁阳县职业教育活动周启动仪式在县职业中专举行。",
           "启动仪式后，与会人员参观了学校智能制造实训中心。"])
    a2 = ("宁阳县职业院校开放日活动精彩纷呈",
          ["11月10日，宁阳县职业院校开放日活动举行，700余名初中学生和家长走进校园。",
           "学生们体验了无人机操控、咖啡拉花等项目。"])
    a3 = ("宁阳县职教志愿者走进社区开展技能服务",
          ["11月10日下午，宁阳县职业院校60名志愿者走进八仙桥街道，为居民义务理发、维修家电。",
           "活动共服务群众500余人次。"])
    send(b, u, "11-10 18:20", "coremail", "宁阳县活动周宣传稿件3篇",
         "您好，宁阳县稿件3篇，请审阅。\n陈海涛",
         [art("宁阳县启动2020年职业教育活动周.docx", "ningyang", "ningyang:1", *a1),
          art("宁阳县职业院校开放日.docx", "ningyang", "ningyang:2", *a2),
          art("宁阳县职教志愿者进社区.docx", "ningyang", "ningyang:3", *a3)])  # fmt: skip
    blocks_top = "宁阳县职业教育活动周简报（第1期）"
    send(b, u, "11-14 15:00", "coremail", "宁阳县职业教育活动周简报",
         "您好，我县活动周简报第1期，供参阅。\n宁阳县教体局职成教股",
         [multi("宁阳县职业教育活动周简报（第1期）.docx", "ningyang",
                [("ningyang:1", *a1), ("ningyang:2", *a2), ("ningyang:3", *a3)],
                ["■ ", "■ ", "■ "], top=blocks_top,
                note="a 简报 compiling the three articles sent on 11-10: nothing new")])  # fmt: skip
    send(b, u, "11-16 10:10", "coremail", "宁阳县活动周总结和统计表",
         "您好，总结和统计表见附件。\n陈海涛",
         [summary_doc("ningyang", "宁阳县职业教育活动周工作总结.docx",
                      ["活动周期间全县组织开放日、技能服务等活动9场。"],
                      "编发简报1期，报送宣传稿件3篇。", ["宁阳县教育和体育局", "2020年11月16日"]),
          stats_doc("ningyang", "宁阳县统计表.xlsx", [3, 6, 1, 3, 2200, 900, 3, 8000])])


# ---------------------------------------------------------------- 东平县


def dongping(b: Builder) -> None:
    u = U["dongping"]
    send(b, u, "11-04 11:25", "coremail-gov", "东平县职业教育活动周方案",
         "市教育局职成高教科：\n　　东平县活动周实施方案已制定，现报送。活动周专栏设在县教体局网站："
         "http://jtj.dongping.gov.cn/zjhdz/\n"
         "　　联络员：东平县教育和体育局职成科 李文博 科长 手机13705385563 "
         "邮箱dpxjtj_zjk@ta.shandong.cn\n东平县教育和体育局",
         [plan_doc("dongping", "东平县2020年职业教育活动周实施方案.docx",
                   ["“湖畔职教”线上展示", "技能服务进移民社区", "职业院校开放日"],
                   "展示东平职业教育服务库区移民和乡村振兴的成果。",
                   ["东平县教育和体育局", "2020年11月4日"])],
         column_url="http://jtj.dongping.gov.cn/zjhdz/",
         liaison=person("东平县教育和体育局", "李文博", "科长", "dpxjtj_zjk@ta.shandong.cn",
                        "13705385563"))  # fmt: skip
    send(b, u, "11-09 08:50", "coremail-gov", "",
         "",
         [art("东平县教体局启动活动周.docx", "dongping", "dongping:1",
              "东平县2020年职业教育活动周启动",
              ["11月8日，东平县2020年职业教育活动周启动，县职业教育中心学校同步开放实训基地。",
               "活动周期间，全县将开展线上展示、技能服务、开放日等活动。"],
              byline="东平县教育和体育局")],
         note="no subject and no text at all: only the article")  # fmt: skip
    link = ("https://mp.weixin.qq.com/s?__biz=MzA5NjQ3ODI1Mg==&mid=2650837214&idx=1"
            "&sn=3c8f0e9a7b2d4c61e05f2a9d8b7c6e10")
    send(b, u, "11-11 12:05", "coremail-gov", "东平教育公众号",
         link, article_links=[link], note="a bare WeChat article link")  # fmt: skip
    send(b, u, "11-12 17:40", "coremail-gov", "东平县稿件两篇及东平职教中心稿件",
         "职成科：\n　　东平县稿件两篇（稿件1、稿件2）；另附东平县职业教育中心学校稿件两篇，"
         "学校委托我局一并报送。\n李文博",
         [multi("东平县教体局稿件.docx", "dongping", [
             ("dongping:3", "东平县职教师生走进移民社区开展技能服务",
              ["11月11日，东平县职业院校师生走进老湖镇移民社区，开展家电维修、理发等服务。",
               "活动服务群众600余人次。"]),
             ("dongping:4", "东平县举办职业教育成果展",
              ["11月12日，东平县职业教育成果展在县文化馆开展，展出师生作品300余件。",
               "展览将持续至11月20日。"]),
          ], ["稿件1：", "稿件2："]),
          multi("东平职教中心稿件（两篇）.docx", "dpzj", [
             ("dpzj:1", "东平职教中心“云上开放日”上线",
              ["11月9日，东平县职业教育中心学校“云上开放日”上线，展示12个专业的教学成果。",
               "首日浏览量达8000余人次。"]),
             ("dpzj:2", "东平职教中心学生技能展示受好评",
              ["11月10日，东平职教中心在校园内举办学生技能展示，茶艺、插花、烹饪等项目精彩纷呈。",
               "前来参观的家长纷纷点赞。"]),
          ], ["一、", "二、"], top="东平县职业教育中心学校")],
         note="the second file is dpzj's two articles, passed on by the county")  # fmt: skip
    send(b, u, "11-15 08:30", "coremail-gov", "",
         "",
         [art("东平县活动周侧记.docx", "dongping", "dongping:5",
              "技能成就梦想——东平县职业教育活动周侧记",
              ["一周来，东平县职业院校师生走出校园，把技能送到群众身边。",
               "活动周期间，全县共开展各类活动18场，服务群众2000余人次。"],
              byline="东平县教育和体育局"),
          photo("IMG_2104.jpg", "dongping", 2104, "#4e7f6a")],
         note="no subject and no text; the fifth article on 11-15")  # fmt: skip
    send(b, u, "11-16 14:30", "coremail-gov", "东平县职业教育活动周总结、统计表",
         "职成科：\n　　总结报告、统计表报上。\n东平县教育和体育局",
         [summary_doc("dongping", "东平县职业教育活动周总结.docx",
                      ["活动周期间全县开展活动18场，服务群众2000余人次。"],
                      "报送宣传稿件5篇。", ["东平县教育和体育局", "2020年11月16日"]),
          stats_doc("dongping", "东平县活动周统计表.xlsx", [4, 14, 1, 6, 3100, 2000, 5, 15000])])


# ---------------------------------------------------------------- 高新区


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(b, u, "11-05 16:00", "qqweb", "高新区活动周方案",
         "职成科老师好，高新区职业教育活动周方案发您。\n"
         "宣传专栏：http://www.tahtz.gov.cn/jyty/zjhdz/\n"
         "联络员：高新区教体局 社会事业科 周雪 科员 13793887460 3057741862@qq.com",
         [plan_doc("gaoxin", "高新区职业教育活动周方案.docx",
                   ["企业开放日", "职业启蒙进校园"],
                   "结合园区产业特点开展活动周。", ["泰安高新区教育和体育局", "2020年11月5日"])],
         column_url="http://www.tahtz.gov.cn/jyty/zjhdz/",
         liaison=person("高新区教体局", "周雪", "科员", "3057741862@qq.com", "13793887460"))  # fmt: skip
    ent = ["11月10日，高新区组织辖区中小学生代表走进园区3家智能制造企业，参观自动化生产线。",
           "企业工程师为同学们讲解了工业机器人的工作原理。"]
    send(b, u, "11-10 17:30", "qqweb", "高新区稿件1",
         "老师好，稿件一篇，照片两张。",
         [art("高新区职教活动周走进企业.docx", "gaoxin", "gaoxin:1", "高新区中小学生走进智能制造企业",
              ent),
          photo("微信图片_20201110163015.jpg", "gaoxin", 5101),
          photo("微信图片_20201110163022.jpg", "gaoxin", 5102, "#6d6da8")])  # fmt: skip
    paras = ["高新区职业启蒙教育课程走进北集坡小学",
             "11月12日，高新区职业启蒙教育课程走进北集坡小学，园区企业技术人员为四年级学生"
             "上了一堂“小小工程师”体验课。",
             "孩子们动手组装了简易电动小车，课堂气氛热烈。"]
    html = cid_html(paras, [("1.jpg", "DBAF2C61@4D1E8F03.2B9A5F5F")], "gb18030")
    send(b, u, "11-12 18:10", "qqweb", "高新区稿件2",
         "\n".join(paras),
         [inline("1.jpg", "DBAF2C61@4D1E8F03.2B9A5F5F", "gaoxin", 5201)],
         html=html, body_article=True, body_articles=["gaoxin:2"],
         note="the article as a QQ mail HTML body with a cid: picture")  # fmt: skip
    send(b, u, "11-13 09:05", "qqweb", "高新区稿件1修改稿",
         "老师好，稿件1按要求改了一下，发您修改稿。",
         [art("高新区职教活动周走进企业（修改稿）.docx", "gaoxin", "gaoxin:1",
              "高新区中小学生走进智能制造企业", ent + ["活动共组织学生120人次。"],
              note="修改稿 of the 11-10 article: the same article")])  # fmt: skip
    send(b, u, "11-16 17:45", "qqweb", "高新区活动周总结",
         "老师好，总结发您。统计表我区没有职业学校，就不报了。",
         [summary_doc("gaoxin", "高新区职业教育活动周总结.docx",
                      ["高新区组织企业开放日2场、职业启蒙课1场。"], "报送稿件2篇。",
                      ["泰安高新区教育和体育局", "2020年11月16日"])])  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
