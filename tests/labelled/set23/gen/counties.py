"""Set23's county bureaus. Shapes: the column URL in a docx 回执 with a header row (taishan),
in a vertical docx table with merged cells (dyq), in an xlsx 回执 laid out one row per unit
(xintai), in a PDF exported by LibreOffice from a docx (feicheng), broken over two lines in a
GBK plain-text body (ningyang), between full-width brackets after a full-width colon beside
the city's own site (dongping), and without a scheme (gaoxin); an article page linked as an
article (taishan)."""

# ruff: noqa: E501
from __future__ import annotations

from .build import Builder, person, send
from .common import art, plan, summary
from .kit import U, blocks_file, sheet, stats


def taishan(b: Builder) -> None:
    u = U["taishan"]
    send(b, u, "11-03 09:40", "coremail-gov", "泰山区教体局报送职教活动周实施方案及回执",
         "市局职成高教科：\n\n按照泰教函〔2020〕72号通知要求，现将我区活动周实施方案和联络员、宣传专栏回执报上，"
         "请审阅。\n\n附件：1.泰山区2020年职业教育活动周实施方案\n      2.回执\n\n泰山区教体局职成教科\n"
         "2020年11月3日",
         [plan("taishan", "泰山区2020年职业教育活动周实施方案.docx", "泰安市泰山区教育和体育局",
               "泰山区2020年职业教育活动周实施方案",
               ["举办“云上活动周”，组织区职专开展网络校园开放日。",
                "联合社区开展家电维修、健康护理等志愿服务。",
                "组织中小学生走进职业学校开展职业体验。"]),
          blocks_file("回执.docx", "taishan", "contact", [
              ["h", "2020年职业教育活动周回执"],
              ["t", [["单位", "联络员", "职务", "手机号码", "电子邮箱", "宣传专栏网址"],
                     ["泰山区教育和体育局", "孙晓梅", "职成教科科长", "13905381276",
                      "sunxm_tsq@163.com", "http://jtj.taishan.gov.cn/col/col2020zjz/index.html"]]],
          ])],
         column_url="http://jtj.taishan.gov.cn/col/col2020zjz/index.html",
         liaison=person("泰山区教育和体育局", "孙晓梅", "职成教科科长", "sunxm_tsq@163.com",
                        "13905381276"),
         note="column and liaison only in the 回执's header-row table")  # fmt: skip
    send(b, u, "11-09 10:20", "coremail-gov", "泰山区活动周宣传材料（一）",
         "田科长好，报送我区活动周宣传稿件两篇。",
         [art("taishan", "泰山区职专举办网络校园开放日.docx", "泰山区职专举办网络校园开放日",
              "11月8日，泰山区职业中专通过直播平台举办网络校园开放日，带领网友“云游”实训基地。", 0),
          art("taishan", "职教体验进校园.docx", "泰山区组织中小学生走进职业学校开展职业体验",
              "活动周期间，泰山区组织辖区12所中小学的学生分批走进职业学校，体验烘焙、电工等项目。", 1)])  # fmt: skip
    send(b, u, "11-11 15:05", "coremail-gov", "泰山区活动周宣传材料（二）",
         "报送稿件两篇（附件）。\n\n另：区职专开放日的报道已在我局专栏发布，链接如下，一并作为宣传材料报送：\n"
         "http://jtj.taishan.gov.cn/art/2020/11/11/art_2417_8893.html\n\n泰山区教体局 孙晓梅",
         [art("taishan", "技能服务进社区.docx", "泰山区职教师生走进社区开展技能服务",
              "11月10日，泰山区职教师生志愿服务队走进岱庙街道社区，为居民义务维修家电、测量血压。", 2),
          art("taishan", "泰山区召开职教活动周推进会.docx", "泰山区召开职业教育活动周推进会",
              "11月9日下午，泰山区教体局召开职业教育活动周工作推进会，对活动周各项工作再部署。", 3)],
         article_links=["http://jtj.taishan.gov.cn/art/2020/11/11/art_2417_8893.html"],
         note="an article page on the bureau's site sent as an article, not the column")  # fmt: skip
    send(b, u, "11-16 09:30", "coremail-gov", "泰山区活动周总结及统计表",
         "总结报告和统计表见附件。",
         [summary("taishan", "泰山区职教活动周总结.docx", "泰安市泰山区教育和体育局",
                  ["按照市局部署，我区于11月8日至14日组织开展了职业教育活动周。",
                   "活动周期间共开展线上活动9场、线下活动14场，服务群众2600余人次。"]),
          stats("泰山区统计表.xlsx", "taishan", "泰山区教育和体育局", [9, 14, 2, 6, 1800, 2600, 11, 36000])])  # fmt: skip


def dyq(b: Builder) -> None:
    u = U["dyq"]
    send(b, u, "11-04 16:12", "coremail", "岱岳区职教活动周方案+回执",
         "您好！\n岱岳区的活动周方案和回执（联络员、宣传专栏）在附件里，请查收。\n有问题随时联系。\n\n"
         "岱岳区教体局职成科 刘春燕",
         [plan("dyq", "岱岳区职业教育活动周方案.docx", "泰安市岱岳区教育和体育局",
               "岱岳区2020年职业教育活动周活动方案",
               ["开展“技能下乡”活动，组织师生深入满庄、范镇开展农机维修服务。",
                "举办职教成果线上展览。"]),
          blocks_file("岱岳区回执.docx", "dyq", "contact", [
              ["h", "职业教育活动周联络员及宣传专栏回执"],
              ["tm", [["填报单位", "泰安市岱岳区教育和体育局", ""],
                      ["联络员", "姓名", "刘春燕"],
                      ["", "职务", "职业与成人教育科副科长"],
                      ["", "手机", "15853866027"],
                      ["", "邮箱", "dyliucy@126.com"],
                      ["宣传专栏", "名称", "岱岳职教·活动周专栏"],
                      ["", "网址", "http://www.daiyue.gov.cn/jtj/zjhdz/"]],
               [(0, 1, 0, 2), (1, 0, 4, 0), (5, 0, 6, 0)]],
          ])],
         column_url="http://www.daiyue.gov.cn/jtj/zjhdz/",
         liaison=person("泰安市岱岳区教育和体育局", "刘春燕", "职业与成人教育科副科长",
                        "dyliucy@126.com", "15853866027"),
         note="a vertical table with merged label cells (联络员, 宣传专栏)")  # fmt: skip
    send(b, u, "11-10 08:55", "coremail", "岱岳区宣传稿3篇",
         "发3篇稿子",
         [art("dyq", "技能下乡进满庄.docx", "岱岳区职教中心“技能下乡”走进满庄镇",
              "11月9日，岱岳区职教中心农机专业师生走进满庄镇，为农户检修农机具40余台。", 4),
          art("dyq", "岱岳区职教成果线上展.docx", "岱岳区职教成果线上展览开展",
              "岱岳区职教成果线上展览于11月8日上线，集中展示近三年来的职教改革成果。", 5),
          art("dyq", "大国工匠进校园.docx", "岱岳区邀请技能大师走进职业学校",
              "11月9日，全国技术能手王師傅走进岱岳区职教中心，为学生讲述自己的成长经历。", 6)])  # fmt: skip
    send(b, u, "11-13 17:40", "coremail", "岱岳区宣传稿（续）",
         "再发两篇，共5篇了。",
         [art("dyq", "岱岳区举办职教开放日.docx", "岱岳区举办职业教育开放日活动",
              "11月12日，岱岳区职业教育开放日活动举行，300余名初中学生和家长走进校园。", 7),
          art("dyq", "校企合作签约.docx", "岱岳区三所职业学校与企业现场签约",
              "活动周期间，岱岳区3所职业学校与8家企业签订校企合作协议。", 0)])  # fmt: skip
    send(b, u, "11-16 16:30", "coremail", "岱岳区活动周总结",
         "总结报告，请查收。统计表还在核数，晚点发。",
         [summary("dyq", "岱岳区活动周总结报告.docx", "泰安市岱岳区教育和体育局",
                  ["活动周期间，我区各职业学校围绕“人人出彩 技能强国”主题开展了系列活动。",
                   "全区共组织技能服务活动11场，参与师生2100人次。"])])  # fmt: skip
    send(b, u, "11-17 08:50", "coremail", "补报：岱岳区统计表",
         "不好意思，统计表昨天没来得及发，现补上。",
         [stats("岱岳区活动周情况统计表.xlsx", "dyq", "泰安市岱岳区教育和体育局",
                [6, 12, 3, 11, 2100, 1900, 9, 21000])])  # fmt: skip


def xintai(b: Builder) -> None:
    u = U["xintai"]
    rows = [
        ["2020年职业教育活动周联络员及宣传专栏（网站）回执", "", "", "", "", "", "", ""],
        ["序号", "单位", "联络员", "职务", "手机号码", "邮箱", "宣传专栏（网站）地址", "备注"],
        [
            1,
            "新泰市教育和体育局",
            "王海涛",
            "职成教科科员",
            "13869811532",
            "xtwanght@163.com",
            "http://www.xintai.gov.cn/zt/zjhdz2020/",
            "",
        ],
        [2, "", "", "", "", "", "", ""],
    ]
    send(b, u, "11-05 11:20", "wps", "新泰市教体局-职教活动周方案和回执",
         "各位领导：\n  附件是新泰市职业教育活动周方案及回执表，请查收。\n\n新泰市教育和体育局职成教科\n王海涛",
         [plan("xintai", "新泰市职业教育活动周方案.docx", "新泰市教育和体育局",
               "新泰市2020年职业教育活动周实施方案",
               ["依托市政府网站开设活动周专题。", "组织新泰职专、新汶职教中心开展校园开放日。"]),
          sheet("回执表.xlsx", "xintai", "contact", rows, merge=["A1:H1"])],
         column_url="http://www.xintai.gov.cn/zt/zjhdz2020/",
         liaison=person("新泰市教育和体育局", "王海涛", "职成教科科员", "xtwanght@163.com",
                        "13869811532"),
         note="an xlsx 回执 laid out one row per unit, a spare numbered row left empty")  # fmt: skip
    send(b, u, "11-10 14:00", "wps", "新泰宣传材料",
         "宣传材料2篇",
         [art("xintai", "新泰职专校园开放日.docx", "新泰职专“网络校园开放日”吸引万余人次观看",
              "11月8日，新泰职专网络校园开放日活动通过抖音、快手同步直播。", 1),
          art("xintai", "新泰市职教活动周启动.docx", "新泰市职业教育活动周正式启动",
              "11月8日上午，新泰市职业教育活动周启动仪式在新泰职专举行。", 2)])  # fmt: skip
    send(b, u, "11-12 10:30", "wps", "新泰宣传材料（二）",
         "又两篇。",
         [art("xintai", "技能服务暖民心.docx", "新泰市职教师生技能服务暖民心",
              "活动周期间，新泰市组织职教师生开展便民服务12场。", 3),
          art("xintai", "新汶职教中心职业体验日.docx", "新汶职教中心举办职业体验日",
              "11月11日，新汶职教中心迎来200余名初中学生，开展职业体验。", 4)])  # fmt: skip
    send(b, u, "11-16 11:00", "wps", "新泰市活动周总结、统计表",
         "总结和统计表已附，请查收。",
         [summary("xintai", "新泰市活动周总结.docx", "新泰市教育和体育局",
                  ["活动周期间，我市共举办各类活动30余场。", "宣传报道4篇，网络浏览量1.8万人次。"]),
          stats("新泰市统计表.xlsx", "xintai", "新泰市教育和体育局", [8, 22, 2, 12, 3200, 2800, 4, 18000])])  # fmt: skip


def feicheng(b: Builder) -> None:
    u = U["feicheng"]
    send(b, u, "11-04 10:05", "outlook", "肥城市职教活动周方案及回执",
         "市教育局职成高教科：\n\n现报送肥城市职业教育活动周实施方案，回执为PDF版，请查收。\n\n"
         "肥城市教育和体育局\n赵建民\n",
         [plan("feicheng", "肥城市活动周实施方案.docx", "肥城市教育和体育局",
               "肥城市2020年职业教育活动周实施方案",
               ["举办肥城市职业院校技能展示周。", "开展“职教进社区”便民服务。", "组织职教宣讲团进初中。"]),
          blocks_file("肥城市教体局回执.pdf", "feicheng", "contact", [
              ["h", "职业教育活动周回执"],
              ["t", [["单位", "肥城市教育和体育局"],
                     ["联络员", "赵建民"],
                     ["职务", "职成科科长"],
                     ["手机", "13563833198"],
                     ["邮箱", "fczhaojm@126.com"],
                     ["宣传专栏网址", "http://jtj.feicheng.gov.cn/zjz/"]]],
              ["p", "肥城市教育和体育局（盖章）"],
          ], producer="docx-pdf")],
         column_url="http://jtj.feicheng.gov.cn/zjz/",
         liaison=person("肥城市教育和体育局", "赵建民", "职成科科长", "fczhaojm@126.com",
                        "13563833198"),
         note="column and liaison only in a PDF exported by LibreOffice from a docx")  # fmt: skip
    send(b, u, "11-09 16:45", "outlook", "肥城市活动周宣传稿件",
         "田老师：发三篇稿件。",
         [art("feicheng", "肥城市技能展示周开幕.docx", "肥城市职业院校技能展示周开幕",
              "11月8日，肥城市职业院校技能展示周在肥城职专开幕。", 5),
          art("feicheng", "职教进社区.docx", "肥城市开展“职教进社区”便民服务",
              "11月9日，肥城市职教志愿者走进新城街道，为居民提供理发、维修等服务。", 6),
          art("feicheng", "职教宣讲团进初中.docx", "肥城市职教宣讲团走进初中校园",
              "肥城市职教宣讲团走进边院、汶阳等镇街初中，向学生和家长宣讲职教政策。", 7)])  # fmt: skip
    send(b, u, "11-12 09:15", "outlook", "肥城市活动周宣传稿件（续）",
         "续报两篇。",
         [art("feicheng", "肥城市优秀毕业生事迹.docx", "从职校生到技术骨干——肥城市职教毕业生成长记",
              "2015年毕业于肥城职专的李明，如今已是一家机械企业的技术骨干。", 0),
          art("feicheng", "肥城市农村实用技术培训.docx", "肥城市职业学校开展农村实用技术培训",
              "活动周期间，肥城市职业学校组织农技教师开展桃树管理培训。", 1)])  # fmt: skip
    send(b, u, "11-16 14:20", "outlook", "肥城市活动周总结报告和统计表",
         "请查收。",
         [summary("feicheng", "肥城市活动周总结报告.docx", "肥城市教育和体育局",
                  ["今年活动周，我市坚持线上线下结合。", "累计服务群众3100余人次。"]),
          stats("肥城市统计表.xlsx", "feicheng", "肥城市教育和体育局", [7, 15, 3, 9, 2500, 3100, 5, 15000])])  # fmt: skip


def ningyang(b: Builder) -> None:
    u = U["ningyang"]
    send(b, u, "11-05 16:40", "py-compat32", "宁阳县教体局报送活动周方案、专栏及联络员",
         "市教育局职成高教科：\n"
         "    现将有关事项报告如下：\n"
         "    一、我县活动周实施方案见附件。\n"
         "    二、我局活动周宣传专栏已在县政府网站教育频道开通，地址http://www.ningyang.gov.cn/jyty/col/col30\n"
         "21/zjhdz.html\n"
         "    三、联络员：陈静，县教体局职成教股股长，手机13953812046，邮箱nychenjing@163.com。\n"
         "\n宁阳县教育和体育局\n2020年11月5日\n",
         [plan("ningyang", "宁阳县职业教育活动周实施方案.docx", "宁阳县教育和体育局",
               "宁阳县2020年职业教育活动周实施方案",
               ["开展职业教育政策宣传月活动。", "组织宁阳职专开展技能展演。"])],
         column_url="http://www.ningyang.gov.cn/jyty/col/col3021/zjhdz.html",
         liaison=person("", "陈静", "职成教股股长", "nychenjing@163.com", "13953812046"),
         charset="gbk", enc="base64",
         note="the column URL broken over two lines in a GBK plain-text body")  # fmt: skip
    send(b, u, "11-11 11:10", "py-compat32", "宁阳县宣传材料",
         "宁阳县活动周宣传材料3篇，见附件。\n",
         [art("ningyang", "宁阳职专技能展演.docx", "宁阳职专举办技能展演活动",
              "11月10日，宁阳职专举办技能展演，中餐烹饪、汽修等专业学生同台竞技。", 2),
          art("ningyang", "宁阳县职教政策宣传.docx", "宁阳县多措并举宣传职业教育政策",
              "宁阳县通过电视台、微信公众号等渠道集中宣传职教高考、贯通培养等政策。", 3),
          art("ningyang", "宁阳县职教送技能下乡.docx", "宁阳县职教送技能下乡",
              "11月10日，宁阳县职教师生来到葛石镇，为村民开展农机维修服务。", 4)],
         charset="gbk", enc="base64")  # fmt: skip
    send(b, u, "11-14 20:10", "py-compat32", "宁阳县宣传材料（二）",
         "再报两篇。\n",
         [art("ningyang", "宁阳县职教开放日.docx", "宁阳县职业学校开放日迎来家长团",
              "11月13日，宁阳县职业学校开放日迎来150余名学生家长。", 5),
          art("ningyang", "宁阳县工匠进校园.docx", "宁阳县邀请工匠走进职业学校",
              "11月12日，宁阳县邀请3名省级技术能手走进职业学校，与学生面对面交流。", 6)],
         charset="gbk", enc="base64")  # fmt: skip
    send(b, u, "11-16 17:30", "py-compat32", "宁阳县活动周总结",
         "总结报告见附件，统计表正在汇总。\n",
         [summary("ningyang", "宁阳县活动周总结.docx", "宁阳县教育和体育局",
                  ["活动周期间，我县职业学校共开展活动20余场。", "参与师生1500余人次。"])],
         charset="gbk", enc="base64")  # fmt: skip


def dongping(b: Builder) -> None:
    u = U["dongping"]
    text = (
        "市教育局职成高教科：\n\n"
        "东平县教育和体育局职业教育活动周有关材料报送如下：\n"
        "1．实施方案（附件）；\n"
        "2．宣传专栏网址：（http://jtj.dongping.gov.cn/zjhdz/）；\n"
        "3．联络员：李文博（职成股副股长），手机：13705382641，邮箱：dplwb2020@163.com。\n\n"
        "专栏开通后将申请链接到市教育局网站（http://jyj.taian.gov.cn/）职教活动周专题。\n\n"
        "东平县教育和体育局\n2020年11月4日\n"
    )
    html = (
        "<html><body><p>市教育局职成高教科：</p>"
        "<p>东平县教育和体育局职业教育活动周有关材料报送如下：</p>"
        '<p>1．实施方案（附件）；<br>2．宣传专栏网址：（<a href="http://jtj.dongping.gov.cn/zjhdz/">'
        "http://jtj.dongping.gov.cn/zjhdz/</a>）；<br>3．联络员：李文博（职成股副股长），手机：13705382641，"
        "邮箱：dplwb2020@163.com。</p><p>专栏开通后将申请链接到市教育局网站（http://jyj.taian.gov.cn/）"
        "职教活动周专题。</p><p>东平县教育和体育局<br>2020年11月4日</p></body></html>"
    )
    send(b, u, "11-04 09:15", "py-smtp", "东平县职教活动周材料报送", text,
         [plan("dongping", "东平县活动周实施方案.docx", "东平县教育和体育局",
               "东平县2020年职业教育活动周实施方案",
               ["开展“职教助力乡村振兴”主题活动。", "举办东平职教中心校园开放日。"])],
         html=html, column_url="http://jtj.dongping.gov.cn/zjhdz/",
         liaison=person("", "李文博", "职成股副股长", "dplwb2020@163.com", "13705382641"),
         note="full-width colon and brackets around the column; the city's own site beside it")  # fmt: skip
    send(b, u, "11-09 15:30", "py-smtp", "东平县宣传材料1-2",
         "报送宣传材料两篇。",
         [art("dongping", "东平职教助力乡村振兴.docx", "东平县职业教育助力乡村振兴",
              "活动周期间，东平职教中心组织师生走进银山镇，开展电商直播带货培训。", 7),
          art("dongping", "东平职教中心开放日.docx", "东平职教中心举办校园开放日",
              "11月8日，东平职教中心举办校园开放日，展示12个专业的实训成果。", 0)])  # fmt: skip
    send(b, u, "11-12 16:00", "py-smtp", "东平县宣传材料3-4",
         "宣传材料两篇。",
         [art("dongping", "东平县职教毕业生返校分享.docx", "东平县职教优秀毕业生返校分享成长故事",
              "11月11日，东平职教中心邀请5名优秀毕业生返校，与在校生分享成长经历。", 1),
          art("dongping", "东平县技能服务进社区.docx", "东平县职教志愿者走进社区",
              "东平县职教志愿者走进东平街道社区，为老年人提供智能手机使用培训。", 2)])  # fmt: skip
    send(b, u, "11-15 08:30", "py-smtp", "东平县宣传材料5",
         "第五篇，晚了一天，见谅。",
         [art("dongping", "东平县活动周综述.docx", "东平县职业教育活动周综述",
              "11月8日至14日，东平县职业教育活动周各项活动有序开展。", 3)])  # fmt: skip
    send(b, u, "11-16 10:00", "py-smtp", "东平县总结和统计表",
         "附件为总结报告和统计表。",
         [summary("dongping", "东平县活动周总结.docx", "东平县教育和体育局",
                  ["活动周期间，我县共开展各类活动26场。", "服务群众2200余人次。"]),
          stats("东平县统计表.xlsx", "dongping", "东平县教育和体育局", [5, 21, 1, 8, 1600, 2200, 5, 9000])])  # fmt: skip


def gaoxin(b: Builder) -> None:
    u = U["gaoxin"]
    send(b, u, "11-05 17:20", "qqweb", "高新区职教活动周专栏和联络员",
         "市局：\n高新区教体局活动周宣传专栏网址：www.tagxq.gov.cn/jtj/zjz/\n"
         "联络员：杜晓宁 科员 13864829917 duxn_gx@qq.com\n方案正在走签批，明天上午报。\n\n高新区教体局",
         column_url="www.tagxq.gov.cn/jtj/zjz/",
         liaison=person("", "杜晓宁", "科员", "duxn_gx@qq.com", "13864829917"),
         note="the column without a scheme")  # fmt: skip
    send(b, u, "11-06 09:10", "qqweb", "高新区职教活动周方案",
         "方案已签批，附后。",
         [plan("gaoxin", "高新区活动周方案.docx", "泰安高新技术产业开发区教育和体育局",
               "泰安高新区2020年职业教育活动周活动方案",
               ["组织辖区学生到泰山职院开展职业体验。", "开展职教政策进社区宣传。"])])  # fmt: skip
    send(b, u, "11-10 10:40", "qqweb", "高新区宣传稿件3篇",
         "稿件3篇",
         [art("gaoxin", "高新区学生走进泰山职院.docx", "高新区中小学生走进泰山职院体验职业",
              "11月9日，高新区200余名中小学生走进泰山职业技术学院，开展职业体验。", 4),
          art("gaoxin", "高新区职教政策进社区.docx", "高新区职教政策宣传进社区",
              "高新区教体局组织工作人员走进社区，发放职教政策明白纸2000余份。", 5),
          art("gaoxin", "高新区企业开放日.docx", "高新区龙头企业向职校生开放车间",
              "活动周期间，高新区3家龙头企业向职校学生开放生产车间。", 6)])  # fmt: skip
    send(b, u, "11-13 11:25", "qqweb", "高新区宣传稿件（续）",
         "再报两篇，请查收",
         [art("gaoxin", "高新区职教故事.docx", "高新区职教故事：一名退役军人的技能之路",
              "退役军人张强通过高职扩招进入泰山职院学习，如今已成为一名数控技师。", 7),
          art("gaoxin", "高新区活动周小结.docx", "高新区职业教育活动周亮点纷呈",
              "活动周期间，高新区各项活动亮点纷呈，受到群众好评。", 0)])  # fmt: skip
    send(b, u, "11-16 15:40", "qqweb", "高新区总结及统计表",
         "总结、统计表",
         [summary("gaoxin", "高新区活动周总结.docx", "泰安高新技术产业开发区教育和体育局",
                  ["高新区活动周工作圆满完成。", "共组织职业体验活动6场。"]),
          stats("高新区统计表.xlsx", "gaoxin", "泰安高新区教体局", [3, 6, 0, 2, 600, 900, 5, 4000])])  # fmt: skip


STORIES = [taishan, dyq, xintai, feicheng, ningyang, dongping, gaoxin]
