"""Set23's schools. Shapes: the school homepage beside the column in a body (tzy) and in a
key/value docx 回执 (tsvtc); an HTML anchor whose href is not its shown text (sdfzxy) and one
showing only 点击进入专栏 (tshl); label and value columns in an xlsx 回执 (lmkj); a non-ASCII
query (tajsxy, to the 人社局); a correction before the deadline (dyzj); the column only in the
signature (xtzz); an article page linked as an article (fczz); WeChat only (nyzz); a trailing
Chinese full stop (dpzj); a vertical docx table with merged cells and the homepage row
(jtzz); the homepage first and the column days later (tsqzz)."""

# ruff: noqa: E501
from __future__ import annotations

from typing import Any

from .build import Builder, person, send
from .common import art, plan, summary
from .kit import U, blocks_file, sheet, stats
from .mime import RSJ


def _arts(unit: str, specs: list[tuple[str, str, str]], start: int = 0) -> list:
    return [art(unit, f"{n}.docx", t, lead, start + i) for i, (n, t, lead) in enumerate(specs)]


def tzy(b: Builder) -> None:
    u = U["tzy"]
    send(b, u, "11-03 15:30", "outlook-mac", "泰安职业技术学院活动周方案、专栏及联络员",
         "尊敬的市教育局职成高教科领导：\n\n我院2020年职业教育活动周实施方案见附件。相关信息如下：\n"
         "学校主页：https://www.tzy.edu.cn/\n活动周宣传专栏：https://www.tzy.edu.cn/zjhdz/\n"
         "联络员：泰安职业技术学院宣传部 孟庆华（宣传部副部长），手机 13562816054，邮箱 mengqh@tzy.edu.cn\n\n"
         "泰安职业技术学院宣传部\n",
         [plan("tzy", "泰安职业技术学院2020年职业教育活动周实施方案.docx", "泰安职业技术学院",
               "泰安职业技术学院2020年职业教育活动周实施方案",
               ["举办“云上开放日”。", "开展“大国工匠进校园”。", "组织师生技能服务队进社区。"])],
         column_url="https://www.tzy.edu.cn/zjhdz/",
         liaison=person("泰安职业技术学院", "孟庆华", "宣传部副部长", "mengqh@tzy.edu.cn",
                        "13562816054"),
         note="the school homepage given beside the column")  # fmt: skip
    send(b, u, "11-05 09:05", "outlook-mac", "泰职院回执（盖章扫描版）",
         "按要求补报盖章版回执（PDF），内容与11月3日邮件一致。\n泰职院宣传部 孟庆华",
         [blocks_file("泰安职业技术学院回执（盖章版）.pdf", "tzy", "contact", [
             ["h", "2020年职业教育活动周回执"],
             ["t", [["单位", "泰安职业技术学院"],
                    ["学校主页", "https://www.tzy.edu.cn/"],
                    ["活动周宣传专栏（网站）地址", "https://www.tzy.edu.cn/zjhdz/"],
                    ["联络员", "孟庆华"],
                    ["职务", "宣传部副部长"],
                    ["手机号码", "13562816054"],
                    ["邮箱", "mengqh@tzy.edu.cn"]]],
             ["p", "泰安职业技术学院（盖章）  2020年11月4日"],
         ], producer="docx-pdf")],
         column_url="https://www.tzy.edu.cn/zjhdz/",
         liaison=person("泰安职业技术学院", "孟庆华", "宣传部副部长", "mengqh@tzy.edu.cn",
                        "13562816054"),
         note="the same column and liaison again, in a LibreOffice PDF with the homepage row")  # fmt: skip
    send(b, u, "11-10 09:00", "outlook-mac", "泰职院活动周宣传材料（3篇）",
         "宣传材料3篇，请审阅。\n泰职院宣传部",
         _arts("tzy", [("泰职院云上开放日", "泰安职业技术学院“云上开放日”精彩纷呈",
                        "11月8日，泰安职业技术学院通过直播带网友走进智能制造实训中心。"),
                       ("泰职院大国工匠进校园", "泰职院邀请大国工匠走进校园",
                        "11月9日，全国劳动模范、高级技师刘师傅走进泰职院，与学生交流。"),
                       ("泰职院技能服务进社区", "泰职院师生技能服务队走进社区",
                        "11月9日，泰职院技能服务队走进财源街道，开展义务维修。")]))  # fmt: skip
    send(b, u, "11-13 14:20", "outlook-mac", "泰职院活动周宣传材料（2篇）",
         "续报两篇。",
         _arts("tzy", [("泰职院职业体验日", "泰职院面向中小学生举办职业体验日",
                        "11月12日，泰职院迎来泰山区300余名中小学生。"),
                       ("泰职院毕业生风采", "泰职院优秀毕业生风采展",
                        "泰职院精选20名优秀毕业生事迹，在校园网和公众号集中展示。")], 3))  # fmt: skip
    send(b, u, "11-16 10:45", "outlook-mac", "泰职院活动周总结及统计表",
         "总结报告与统计表随信附上。",
         [summary("tzy", "泰职院活动周总结报告.docx", "泰安职业技术学院",
                  ["活动周期间，我院开展线上线下活动18场。", "网络浏览量超过5万人次。"]),
          stats("泰职院统计表.xlsx", "tzy", "泰安职业技术学院", [8, 10, 2, 5, 4200, 1500, 5, 52000])])  # fmt: skip


def tsvtc(b: Builder) -> None:
    u = U["tsvtc"]
    send(b, u, "11-04 11:00", "foxmail", "泰山职业技术学院-活动周方案及回执",
         "市教育局：\n  我院活动周方案及回执已附，请查收！\n\n泰山职业技术学院党委宣传部\n",
         [plan("tsvtc", "泰山职业技术学院活动周方案.docx", "泰山职业技术学院",
               "泰山职业技术学院2020年职业教育活动周活动方案",
               ["举办“技能成就未来”成果展。", "开展网络校园开放日。"]),
          blocks_file("泰山职院回执.docx", "tsvtc", "contact", [
              ["h", "回执"],
              ["t", [["单位名称", "泰山职业技术学院"],
                     ["学校网址", "http://www.tsvtc.edu.cn"],
                     ["宣传专栏网址", "http://www.tsvtc.edu.cn/2020zjhdz/"],
                     ["联络员姓名", "郭玉婷"],
                     ["职务", "宣传部干事"],
                     ["手机号码", "15905487312"],
                     ["电子邮箱", "guoyt@tsvtc.edu.cn"]]],
          ])],
         column_url="http://www.tsvtc.edu.cn/2020zjhdz/",
         liaison=person("泰山职业技术学院", "郭玉婷", "宣传部干事", "guoyt@tsvtc.edu.cn", "15905487312"),
         note="key/value rows; the homepage row above the column row")  # fmt: skip
    send(b, u, "11-09 17:10", "foxmail", "泰山职院宣传材料",
         "宣传稿三篇。",
         _arts("tsvtc", [("泰山职院技能成果展", "泰山职院“技能成就未来”成果展开展",
                          "11月8日，泰山职业技术学院“技能成就未来”成果展在图书馆开展。"),
                         ("泰山职院网络开放日", "泰山职院网络校园开放日直播观看量破万",
                          "泰山职院网络校园开放日直播观看量突破1.2万人次。"),
                         ("泰山职院志愿服务", "泰山职院志愿者为社区居民提供健康服务",
                          "泰山职院护理专业志愿者走进社区开展健康义诊。")], 5))  # fmt: skip
    send(b, u, "11-12 10:00", "foxmail", "泰山职院宣传材料（续）",
         "两篇。",
         _arts("tsvtc", [("泰山职院校企合作", "泰山职院与五家企业共建产业学院",
                          "活动周期间，泰山职院与5家企业签约共建产业学院。"),
                         ("泰山职院学生风采", "泰山职院学生在省赛中再获佳绩",
                          "在刚刚结束的省职业院校技能大赛中，泰山职院学生获一等奖3项。")], 0))  # fmt: skip
    send(b, u, "11-16 09:20", "foxmail", "泰山职院活动周总结和统计表",
         "见附件。",
         [summary("tsvtc", "泰山职院活动周总结.docx", "泰山职业技术学院",
                  ["我院活动周各项活动有序开展。", "服务社区居民1200余人次。"]),
          stats("泰山职院统计表.xlsx", "tsvtc", "泰山职业技术学院", [6, 9, 1, 4, 3600, 1200, 5, 26000])])  # fmt: skip


def sdfzxy(b: Builder) -> None:
    u = U["sdfzxy"]
    text = (
        "市教育局职成高教科：\n\n"
        "山东服装职业学院2020年职业教育活动周实施方案见附件。\n"
        "活动周宣传专栏：www.sdfzxy.com/hdz2020\n"
        "联络员：党政办 付晓岚 副主任 电话18053835166 邮箱fuxl_fz@126.com\n\n"
        "山东服装职业学院党政办公室\n"
    )
    html = (
        "<div>市教育局职成高教科：</div><div><br></div>"
        "<div>山东服装职业学院2020年职业教育活动周实施方案见附件。</div>"
        '<div>活动周宣传专栏：<a href="http://www.sdfzxy.com/hdz2020/list.htm" target="_blank">'
        "www.sdfzxy.com/hdz2020</a></div>"
        "<div>联络员：党政办 付晓岚 副主任 电话18053835166 邮箱fuxl_fz@126.com</div><div><br></div>"
        "<div>山东服装职业学院党政办公室</div>"
    )
    send(b, u, "11-05 10:00", "py-smtp", "山东服装职业学院活动周方案", text,
         [plan("sdfzxy", "山东服装职业学院活动周方案.docx", "山东服装职业学院",
               "山东服装职业学院2020年职业教育活动周实施方案",
               ["举办服装设计作品线上发布会。", "开展非遗手工体验。"])],
         html=html, charset="utf-8", enc="base64",
         column_url="http://www.sdfzxy.com/hdz2020/list.htm",
         liaison=person("", "付晓岚", "副主任", "fuxl_fz@126.com", "18053835166"),
         note="an anchor whose href (the column page) is not its shown text")  # fmt: skip
    send(b, u, "11-10 15:50", "py-smtp", "服装学院宣传稿件",
         "稿件三篇，请查收。",
         _arts("sdfzxy", [("服装设计作品线上发布会", "山东服装职业学院举办服装设计作品线上发布会",
                           "11月8日晚，山东服装职业学院2020届学生服装设计作品线上发布会举行。"),
                          ("非遗手工体验", "服装学院开展非遗手工体验活动",
                           "11月9日，服装学院邀请社区居民体验鲁绣、扎染等非遗技艺。"),
                          ("服装学院开放日", "山东服装职业学院校园开放日迎来八方来客",
                           "11月10日，山东服装职业学院举办校园开放日。")], 2),
         enc="base64")  # fmt: skip
    send(b, u, "11-13 16:30", "py-smtp", "服装学院宣传稿件（二）",
         "稿件两篇。",
         _arts("sdfzxy", [("服装学院技能大师工作室", "走进服装学院技能大师工作室",
                           "服装学院技能大师工作室面向社会开放，展示传统手工技艺。"),
                          ("服装学院校企合作", "服装学院与十家服装企业深化合作",
                           "11月12日，服装学院校企合作洽谈会举行。")], 5),
         enc="base64")  # fmt: skip
    send(b, u, "11-16 11:30", "py-smtp", "服装学院统计表",
         "统计表先报，总结还在修改。",
         [stats("服装学院统计表.xlsx", "sdfzxy", "山东服装职业学院", [4, 7, 1, 3, 1900, 800, 5, 14000])],
         enc="base64")  # fmt: skip
    send(b, u, "11-17 09:40", "py-smtp", "服装学院活动周总结（补）",
         "总结报告补报，请查收。",
         [summary("sdfzxy", "服装学院活动周总结.docx", "山东服装职业学院",
                  ["活动周期间，我院开展活动11场。", "参与师生1900人次。"])],
         enc="base64")  # fmt: skip


def lmkj(b: Builder) -> None:
    u = U["lmkj"]
    rows = [
        ["项目", "内容"],
        ["单位名称", "山东力明科技职业学院"],
        ["联络员", "韩雪"],
        ["职务", "党政办公室干事"],
        ["手机号码", "18653801276"],
        ["电子邮箱", "lmhanxue@163.com"],
        ["学校官网", "http://www.lmkj.edu.cn"],
        ["活动周宣传专栏", "http://www.lmkj.edu.cn/zjz2020/"],
    ]
    send(b, u, "11-05 14:30", "coremail", "力明学院回执",
         "您好，附件为我院联络员及宣传专栏回执。方案领导还在审，审完发。\n力明学院 韩雪",
         [sheet("力明学院回执.xlsx", "lmkj", "contact", rows)],
         column_url="http://www.lmkj.edu.cn/zjz2020/",
         liaison=person("山东力明科技职业学院", "韩雪", "党政办公室干事", "lmhanxue@163.com",
                        "18653801276"),
         note="a label column and a value column; the homepage row above the column row")  # fmt: skip
    send(b, u, "11-06 10:12", "coremail", "力明学院活动周方案",
         "方案",
         [plan("lmkj", "力明学院活动周方案.docx", "山东力明科技职业学院",
               "山东力明科技职业学院职业教育活动周方案",
               ["开展中医药健康服务进社区。", "举办护理技能展示。"])])  # fmt: skip
    send(b, u, "11-11 08:40", "coremail", "力明学院稿件",
         "稿件3篇",
         _arts("lmkj", [("中医药健康服务进社区", "力明学院中医药健康服务走进社区",
                         "11月10日，力明学院中医药专业师生走进泰前街道，为居民义诊。"),
                        ("护理技能展示", "力明学院举办护理技能展示活动",
                         "11月9日，力明学院护理技能展示活动举行。"),
                        ("力明学院云开放日", "力明学院“云开放日”带你看校园",
                         "力明学院通过VR全景带网友云游校园。")], 1))  # fmt: skip
    send(b, u, "11-14 10:05", "coremail", "力明学院稿件2",
         "2篇",
         _arts("lmkj", [("力明学院职教故事", "一名力明学子的创业故事",
                         "2016级毕业生王丽创办的康养中心已带动30人就业。"),
                        ("力明学院校企对话", "力明学院举办校企对话活动",
                         "11月13日，力明学院与12家医疗康养企业开展对话。")], 4))  # fmt: skip
    send(b, u, "11-16 16:50", "coremail", "力明学院总结+统计表",
         "总结和统计表",
         [summary("lmkj", "力明学院活动周总结.docx", "山东力明科技职业学院",
                  ["活动周期间，我院开展活动9场。", "义诊服务群众800余人次。"]),
          stats("力明学院统计表.xlsx", "lmkj", "山东力明科技职业学院", [3, 6, 1, 4, 1100, 800, 5, 8000])])  # fmt: skip


def tshl(b: Builder) -> None:
    u = U["tshl"]
    text = (
        "市教育局：\n泰山护理职业学院职业教育活动周方案请见附件。\n"
        "我院活动周宣传专栏已上线：点击进入专栏\n"
        "联络员：宣传部 吕晓燕（宣传部科员） 手机：13854851627 邮箱：lvxy@tshlzy.edu.cn\n\n泰山护理职业学院宣传部\n"
    )
    html = (
        "<div>市教育局：</div><div>泰山护理职业学院职业教育活动周方案请见附件。</div>"
        '<div>我院活动周宣传专栏已上线：<a href="http://www.tshlzy.edu.cn/zjhdz/">点击进入专栏</a></div>'
        "<div>联络员：宣传部 吕晓燕（宣传部科员） 手机：13854851627 邮箱：lvxy@tshlzy.edu.cn</div>"
        "<div><br></div><div>泰山护理职业学院宣传部</div>"
    )
    send(b, u, "11-05 09:30", "qqweb", "泰山护理职业学院活动周方案及专栏", text,
         [plan("tshl", "泰山护理职业学院活动周方案.docx", "泰山护理职业学院",
               "泰山护理职业学院2020年职业教育活动周实施方案",
               ["开展“护佑健康”志愿服务。", "举办护理技能云展示。"])],
         html=f"<html><body>{html}</body></html>",
         column_url="http://www.tshlzy.edu.cn/zjhdz/",
         liaison=person("", "吕晓燕", "宣传部科员", "lvxy@tshlzy.edu.cn", "13854851627"),
         note="the column only as the href of 点击进入专栏 (the text part shows only the words)")  # fmt: skip
    send(b, u, "11-10 11:15", "qqweb", "泰护宣传材料",
         "宣传材料三篇",
         _arts("tshl", [("护佑健康志愿服务", "泰护“护佑健康”志愿服务队走进社区",
                         "11月9日，泰山护理职业学院志愿服务队走进社区开展健康宣教。"),
                        ("护理技能云展示", "泰护举办护理技能云展示",
                         "泰山护理职业学院通过直播展示心肺复苏等护理技能。"),
                        ("泰护开放日", "泰山护理职业学院举办校园开放日",
                         "11月10日，泰山护理职业学院迎来400余名学生和家长。")], 3))  # fmt: skip
    send(b, u, "11-13 09:50", "qqweb", "泰护宣传材料（续）",
         "两篇",
         _arts("tshl", [("泰护抗疫毕业生", "战疫一线的泰护毕业生",
                         "今年初，泰山护理职业学院30余名毕业生奔赴抗疫一线。"),
                        ("泰护产教融合", "泰护与十家医院共建实习基地",
                         "活动周期间，泰山护理职业学院与10家医院签约共建实习基地。")], 6))  # fmt: skip
    send(b, u, "11-16 14:00", "qqweb", "泰护总结与统计表",
         "总结与统计表见附件",
         [summary("tshl", "泰护活动周总结.docx", "泰山护理职业学院",
                  ["我院活动周期间开展志愿服务8场。", "服务群众1600余人次。"]),
          stats("泰护统计表.xlsx", "tshl", "泰山护理职业学院", [4, 8, 1, 8, 2000, 1600, 5, 11000])])  # fmt: skip


def tajsxy(b: Builder) -> None:
    u = U["tajsxy"]
    send(b, u, "11-04 15:00", "thunderbird", "泰安技师学院职业教育活动周方案等材料",
         "市人社局职建科：\n\n我院活动周方案附后。宣传专栏设在学院网站，地址：\n"
         "http://www.tajsxy.cn/list.jsp?lm=职教活动周\n\n"
         "联络员：信息办 许文涛，信息办主任，手机18265839047，邮箱xuwt_js@163.com\n\n泰安技师学院\n",
         [plan("tajsxy", "泰安技师学院活动周方案.docx", "泰安技师学院",
               "泰安技师学院2020年职业教育活动周活动方案",
               ["举办技能大师工作室开放日。", "开展“技能进万家”服务。"])],
         to=RSJ, column_url="http://www.tajsxy.cn/list.jsp?lm=职教活动周",
         liaison=person("", "许文涛", "信息办主任", "xuwt_js@163.com", "18265839047"),
         note="a column URL with a non-ASCII query, to the 人社局 mailbox")  # fmt: skip
    send(b, u, "11-11 10:20", "thunderbird", "泰安技师学院宣传材料汇编",
         "宣传材料汇编（内含3篇）及另一篇稿件。",
         [blocks_file("泰安技师学院宣传材料汇编.docx", "tajsxy", "article", [
             ["h", "泰安技师学院职业教育活动周宣传材料汇编"],
             ["h", "一、技能大师工作室向市民开放"],
             ["p", "11月9日，泰安技师学院5个技能大师工作室面向市民开放。"],
             ["h", "二、“技能进万家”服务温暖人心"],
             ["p", "学院师生走进社区，为居民维修家电80余件。"],
             ["h", "三、技师学院学子技能展演"],
             ["p", "11月10日，学院举办技能展演，焊接、数控等专业学生同台展示。"],
         ], count=3),
          art("tajsxy", "技师学院校企合作.docx", "泰安技师学院深化校企合作",
              "活动周期间，泰安技师学院与4家企业新签订校企合作协议。", 2)],
         to=RSJ)  # fmt: skip
    send(b, u, "11-13 15:35", "thunderbird", "泰安技师学院宣传稿",
         "稿件一篇。",
         [art("tajsxy", "技师学院技能人才成长.docx", "从学徒到技师——泰安技师学院毕业生的成长",
              "2012届毕业生陈峰，如今已是全国技术能手。", 3)], to=RSJ)  # fmt: skip
    send(b, u, "11-16 10:30", "thunderbird", "泰安技师学院总结、统计表",
         "附件。",
         [summary("tajsxy", "泰安技师学院活动周总结.docx", "泰安技师学院",
                  ["学院活动周各项活动圆满完成。", "服务群众900余人次。"]),
          stats("泰安技师学院统计表.xlsx", "tajsxy", "泰安技师学院", [2, 7, 1, 6, 1300, 900, 5, 6000])],
         to=RSJ)  # fmt: skip


def dyzj(b: Builder) -> None:
    u = U["dyzj"]
    send(b, u, "11-03 10:30", "coremail", "岱岳区职教中心活动周方案及专栏",
         "领导好：\n岱岳区职业教育中心活动周方案附后。\n我校活动周宣传专栏网址：http://www.dyzjzx.cn/zjz/\n"
         "联络员：办公室 刘振宇 办公室副主任 手机15069820735 邮箱dyliuzy@126.com\n\n岱岳区职教中心",
         [plan("dyzj", "岱岳区职教中心活动周方案.docx", "泰安市岱岳区职业教育中心",
               "泰安市岱岳区职业教育中心职业教育活动周实施方案",
               ["举办农业技术服务下乡。", "开展校园开放日。"])],
         liaison=person("", "刘振宇", "办公室副主任", "dyliuzy@126.com", "15069820735"),
         note="this column URL is corrected the next day; the correction is the column")  # fmt: skip
    send(b, u, "11-04 08:20", "coremail", "更正：岱岳区职教中心宣传专栏网址",
         "领导好：\n昨天报的专栏网址有误（是旧栏目），正确地址为：\nhttp://www.dyzjzx.cn/zjhdz2020/\n以此为准，给您添麻烦了。\n\n"
         "岱岳区职教中心 刘振宇",
         column_url="http://www.dyzjzx.cn/zjhdz2020/",
         note="the correction before the deadline: this is the column")  # fmt: skip
    send(b, u, "11-10 16:00", "coremail", "岱岳区职教中心稿件",
         "稿件3篇。",
         _arts("dyzj", [("农业技术服务下乡", "岱岳区职教中心农业技术服务下乡",
                         "11月9日，岱岳区职教中心农学专业教师来到马庄镇，为菜农讲授大棚管理技术。"),
                        ("岱岳区职教中心开放日", "岱岳区职教中心校园开放日",
                         "11月10日，岱岳区职教中心举办校园开放日。"),
                        ("岱岳区职教中心技能比武", "岱岳区职教中心举行师生技能比武",
                         "活动周期间，岱岳区职教中心举行师生技能比武。")], 7))  # fmt: skip
    send(b, u, "11-12 17:30", "coremail", "岱岳区职教中心稿件（续）",
         "续2篇。",
         _arts("dyzj", [("岱岳区职教中心毕业生回访", "岱岳区职教中心毕业生回访母校",
                         "11月11日，10名毕业生回到母校，与学弟学妹交流。"),
                        ("岱岳区职教中心家长会", "岱岳区职教中心召开线上家长会",
                         "岱岳区职教中心召开线上家长会，解读职教高考政策。")], 2))  # fmt: skip
    send(b, u, "11-16 08:40", "coremail", "岱岳区职教中心总结及统计表",
         "总结、统计表附后。",
         [summary("dyzj", "岱岳区职教中心活动周总结.docx", "泰安市岱岳区职业教育中心",
                  ["活动周期间，学校开展活动12场。", "服务农户500余户。"]),
          stats("岱岳区职教中心统计表.xlsx", "dyzj", "泰安市岱岳区职业教育中心", [3, 9, 1, 5, 1400, 1100, 5, 5000])])  # fmt: skip


def xtzz(b: Builder) -> None:
    u = U["xtzz"]
    send(b, u, "11-05 15:00", "coremail-gov", "新泰职专职业教育活动周方案",
         "市教育局职成高教科：\n附件为我校职业教育活动周方案，请审阅。\n"
         "联络员：杨帆，教务处主任，手机13905383729，邮箱xtyangfan@163.com。\n\n"
         "--\n新泰市职业中等专业学校 教务处\n地址：新泰市青云街道府前街88号\n电话：0538-7221056\n"
         "职教活动周专栏：http://www.xtzz.net/zjhdz/\n",
         [plan("xtzz", "新泰职专活动周方案.docx", "新泰市职业中等专业学校",
               "新泰市职业中等专业学校2020年职业教育活动周方案",
               ["举办网络校园开放日。", "开展汽修、电工志愿服务。"])],
         column_url="http://www.xtzz.net/zjhdz/",
         liaison=person("", "杨帆", "教务处主任", "xtyangfan@163.com", "13905383729"),
         note="the column only in the signature block")  # fmt: skip
    send(b, u, "11-10 08:30", "coremail-gov", "新泰职专宣传稿件",
         "宣传稿件3篇，请查收。\n\n--\n新泰市职业中等专业学校 教务处\n职教活动周专栏：http://www.xtzz.net/zjhdz/\n",
         _arts("xtzz", [("新泰职专网络开放日", "新泰职专网络校园开放日受追捧",
                         "11月8日，新泰职专网络校园开放日吸引8000余人次观看。"),
                        ("新泰职专汽修志愿服务", "新泰职专汽修志愿服务进社区",
                         "11月9日，新泰职专汽修专业师生为社区居民免费检测车辆。"),
                        ("新泰职专电工服务", "新泰职专电工志愿队为老人排查线路",
                         "新泰职专电工志愿队为20余户老人排查家庭线路。")], 4))  # fmt: skip
    send(b, u, "11-13 10:10", "coremail-gov", "新泰职专宣传稿件（续）",
         "续两篇。\n\n--\n新泰市职业中等专业学校 教务处\n职教活动周专栏：http://www.xtzz.net/zjhdz/\n",
         _arts("xtzz", [("新泰职专技能大赛", "新泰职专举办校园技能节",
                         "11月12日，新泰职专第八届校园技能节开幕。"),
                        ("新泰职专校友", "新泰职专校友返校话成长",
                         "11月11日，新泰职专邀请优秀校友返校。")], 7))  # fmt: skip
    send(b, u, "11-16 11:50", "coremail-gov", "新泰职专总结和统计表",
         "附件为总结和统计表。\n\n--\n新泰市职业中等专业学校 教务处\n职教活动周专栏：http://www.xtzz.net/zjhdz/\n",
         [summary("xtzz", "新泰职专活动周总结.docx", "新泰市职业中等专业学校",
                  ["学校活动周期间开展活动10场。", "参与师生2300人次。"]),
          stats("新泰职专统计表.xlsx", "xtzz", "新泰市职业中等专业学校", [3, 7, 1, 4, 2300, 600, 5, 9000])])  # fmt: skip


def fczz(b: Builder) -> None:
    u = U["fczz"]
    send(b, u, "11-04 20:10", "android", "肥城职专活动周方案",
         "市局领导：肥城职专活动周方案见附件，活动周专栏地址 http://www.fczz.cn/zjz2020/ 。"
         "联络员 孔令坤 团委书记 13563812947 fckonglk@163.com\n\n发自我的华为手机",
         [plan("fczz", "肥城职专活动周方案.docx", "肥城市职业中等专业学校",
               "肥城市职业中等专业学校职业教育活动周方案",
               ["举办桃木雕刻技艺展示。", "开展职教宣讲进初中。"])],
         column_url="http://www.fczz.cn/zjz2020/",
         liaison=person("", "孔令坤", "团委书记", "fckonglk@163.com", "13563812947"))  # fmt: skip
    send(b, u, "11-10 07:50", "android", "肥城职专宣传稿",
         "两篇稿件\n\n发自我的华为手机",
         _arts("fczz", [("桃木雕刻技艺展示", "肥城职专桃木雕刻技艺展示吸引市民",
                         "11月9日，肥城职专桃木雕刻技艺展示在校园举行。"),
                        ("肥城职专宣讲进初中", "肥城职专宣讲团走进初中",
                         "肥城职专宣讲团走进5所初中开展职教宣讲。")], 0))  # fmt: skip
    send(b, u, "11-12 12:30", "android", "肥城职专宣传稿（续）",
         "一篇稿件见附件。另一篇已在学校网站发布，链接：http://www.fczz.cn/info/1021/3345.htm\n\n发自我的华为手机",
         _arts("fczz", [("肥城职专开放日", "肥城职专开放日迎来千余名家长学生",
                         "11月11日，肥城职专举办校园开放日。")], 2),
         article_links=["http://www.fczz.cn/info/1021/3345.htm"],
         note="a link to one article page on the school's site, sent as an article")  # fmt: skip
    send(b, u, "11-13 19:40", "android", "肥城职专稿件",
         "第5篇\n\n发自我的华为手机",
         _arts("fczz", [("肥城职专技能服务", "肥城职专师生服务桃农",
                         "肥城职专园艺专业师生为桃农提供冬季修剪指导。")], 3))  # fmt: skip
    send(b, u, "11-16 13:10", "android", "肥城职专总结+统计表",
         "总结和统计表\n\n发自我的华为手机",
         [summary("fczz", "肥城职专活动周总结.docx", "肥城市职业中等专业学校",
                  ["活动周期间，学校开展活动9场。", "服务桃农200余户。"]),
          stats("肥城职专统计表.xlsx", "fczz", "肥城市职业中等专业学校", [2, 7, 1, 5, 1600, 700, 5, 7000])])  # fmt: skip


def nyzz(b: Builder) -> None:
    u = U["nyzz"]
    send(b, u, "11-05 10:50", "foxmail", "宁阳职专活动周方案及联络员",
         "市教育局职成高教科：\n  宁阳职专活动周方案见附件。\n  我校网站正在改版，暂未开设网站专栏，活动周宣传依托"
         "学校微信公众号“宁阳职专”（微信号：nyzzwx）进行，敬请谅解。\n  联络员：招生办 邢东升，招生办主任，"
         "手机13791587420，邮箱nyxingds@126.com\n\n宁阳县职业中等专业学校\n",
         [plan("nyzz", "宁阳职专活动周方案.docx", "宁阳县职业中等专业学校",
               "宁阳县职业中等专业学校活动周方案",
               ["开展微信公众号“职教故事”连载。", "举办校园开放日。"])],
         wechat_only=True,
         liaison=person("", "邢东升", "招生办主任", "nyxingds@126.com", "13791587420"),
         note="only a WeChat public account: no column URL")  # fmt: skip
    send(b, u, "11-10 14:30", "foxmail", "宁阳职专宣传材料",
         "宣传材料3篇。",
         _arts("nyzz", [("宁阳职专职教故事", "宁阳职专“职教故事”连载受关注",
                         "宁阳职专微信公众号推出“职教故事”连载，阅读量超过2万。"),
                        ("宁阳职专开放日", "宁阳职专举办校园开放日",
                         "11月9日，宁阳职专举办校园开放日。"),
                        ("宁阳职专烹饪展示", "宁阳职专烹饪专业技能展示",
                         "宁阳职专烹饪专业学生现场展示面点制作。")], 5))  # fmt: skip
    send(b, u, "11-12 15:00", "foxmail", "宁阳职专宣传材料（二）",
         "两篇。",
         _arts("nyzz", [("宁阳职专技能下乡", "宁阳职专技能下乡服务农户",
                         "宁阳职专师生走进蒋集镇为农户维修农机。"),
                        ("宁阳职专毕业生", "宁阳职专毕业生扎根家乡创业",
                         "宁阳职专毕业生赵磊回乡创办农机合作社。")], 1))  # fmt: skip
    send(b, u, "11-16 15:20", "foxmail", "宁阳职专总结、统计表",
         "附件请查收。",
         [summary("nyzz", "宁阳职专活动周总结.docx", "宁阳县职业中等专业学校",
                  ["学校活动周期间开展活动8场。", "公众号推文阅读量5万余次。"]),
          stats("宁阳职专统计表.xlsx", "nyzz", "宁阳县职业中等专业学校", [5, 4, 1, 3, 1200, 400, 5, 50000])])  # fmt: skip


def dpzj(b: Builder) -> None:
    u = U["dpzj"]
    text = (
        "市教育局：\n\n东平县职业教育中心学校活动周方案见附件。\n"
        "我校活动周宣传专栏网址是http://www.dpzjzx.com/hdz2020/。\n"
        "联络员：教务处 魏红霞 教务处副主任 手机13581186430\n\n东平职教中心教务处\n"
    )
    html = (
        "<p>市教育局：</p><p>东平县职业教育中心学校活动周方案见附件。<br>"
        "我校活动周宣传专栏网址是http://www.dpzjzx.com/hdz2020/。<br>"
        "联络员：教务处 魏红霞 教务处副主任 手机13581186430</p><p>东平职教中心教务处</p>"
    )
    send(b, u, "11-05 17:55", "py-compat32", "东平职教中心活动周方案", text,
         [plan("dpzj", "东平职教中心活动周方案.docx", "东平县职业教育中心学校",
               "东平县职业教育中心学校2020年职业教育活动周方案",
               ["开展电商直播技能培训。", "举办校园开放日。"])],
         html=html, charset="utf-8", enc="quoted-printable",
         column_url="http://www.dpzjzx.com/hdz2020/",
         liaison=person("", "魏红霞", "教务处副主任", "", "13581186430"),
         note="a trailing Chinese full stop after the column; the liaison has no email")  # fmt: skip
    send(b, u, "11-11 09:30", "py-compat32", "东平职教中心宣传材料",
         "宣传材料3篇。", _arts("dpzj", [
             ("东平职教中心电商直播培训", "东平职教中心开展电商直播技能培训",
              "11月10日，东平职教中心为农户开展电商直播技能培训。"),
             ("东平职教中心开放日", "东平职教中心开放日展示办学成果",
              "11月9日，东平职教中心举办校园开放日。"),
             ("东平职教中心学生风采", "东平职教中心学生风采展示",
              "东平职教中心学生在活动周期间展示才艺与技能。")], 6),
         charset="utf-8", enc="quoted-printable")  # fmt: skip
    send(b, u, "11-16 16:10", "py-compat32", "东平职教中心总结、统计表",
         "附件为活动周总结和统计表。",
         [summary("dpzj", "东平职教中心活动周总结.docx", "东平县职业教育中心学校",
                  ["学校活动周期间开展活动7场。", "培训农户300余人次。"]),
          stats("东平职教中心统计表.xlsx", "dpzj", "东平县职业教育中心学校", [2, 5, 1, 3, 900, 300, 3, 3000])],
         charset="utf-8", enc="quoted-printable")  # fmt: skip


def jtzz(b: Builder) -> None:
    u = U["jtzz"]
    send(b, u, "11-04 14:40", "outlook", "交通职专活动周方案及回执",
         "市教育局职成高教科：\n\n附件为我校活动周方案及回执，请查收。\n\n泰安市交通职业中等专业学校 团委\n",
         [plan("jtzz", "交通职专活动周方案.docx", "泰安市交通职业中等专业学校",
               "泰安市交通职业中等专业学校职业教育活动周方案",
               ["开展“安全出行”宣传进社区。", "举办汽车维修技能展示。"]),
          blocks_file("交通职专回执.docx", "jtzz", "contact", [
              ["h", "职业教育活动周回执"],
              ["tm", [["单位名称", "泰安市交通职业中等专业学校", ""],
                      ["联络员信息", "姓名", "周立新"],
                      ["", "职务", "团委书记"],
                      ["", "手机", "13375380691"],
                      ["", "邮箱", "jtzhoulx@126.com"],
                      ["网站信息", "学校主页", "http://www.tajtzz.cn"],
                      ["", "活动周专栏", "http://www.tajtzz.cn/zjhdz/"]],
               [(0, 1, 0, 2), (1, 0, 4, 0), (5, 0, 6, 0)]],
          ])],
         column_url="http://www.tajtzz.cn/zjhdz/",
         liaison=person("泰安市交通职业中等专业学校", "周立新", "团委书记", "jtzhoulx@126.com",
                        "13375380691"),
         note="a vertical table with merged cells; the homepage row above the column row")  # fmt: skip
    send(b, u, "11-10 10:10", "outlook", "交通职专宣传材料",
         "宣传材料3篇。",
         _arts("jtzz", [("安全出行进社区", "交通职专“安全出行”宣传走进社区",
                         "11月9日，交通职专师生走进社区开展交通安全宣传。"),
                        ("交通职专汽修技能展示", "交通职专举办汽车维修技能展示",
                         "11月10日，交通职专汽车维修技能展示在实训中心举行。"),
                        ("交通职专开放日", "交通职专网络校园开放日",
                         "交通职专通过直播举办网络校园开放日。")], 3))  # fmt: skip
    send(b, u, "11-12 14:50", "outlook", "交通职专宣传材料（续）",
         "再报两篇。",
         _arts("jtzz", [("交通职专校企合作", "交通职专与物流企业共建实训基地",
                         "活动周期间，交通职专与2家物流企业签约共建实训基地。"),
                        ("交通职专学子", "交通职专学子获省赛一等奖",
                         "交通职专学生在省技能大赛汽车维修项目中获一等奖。")], 6))  # fmt: skip
    send(b, u, "11-16 15:00", "outlook", "交通职专总结及统计表",
         "总结及统计表。",
         [summary("jtzz", "交通职专活动周总结.docx", "泰安市交通职业中等专业学校",
                  ["学校活动周期间开展活动8场。", "服务群众600余人次。"]),
          stats("交通职专统计表.xlsx", "jtzz", "泰安市交通职业中等专业学校", [3, 5, 1, 4, 1100, 600, 5, 4000])])  # fmt: skip


def tsqzz(b: Builder) -> None:
    u = U["tsqzz"]

    def sign(*a: Any, **k: Any) -> Any:  # NeoMutt with his realname set
        return send(*a, sender_name="田志刚", **k)

    sign(b, u, "11-04 09:00", "neomutt", "泰山区职专 活动周方案",
         "市教育局职成高教科：\n\n泰山区职业中专活动周方案见附件。\n"
         "学校网站：http://www.tsqzz.cn/\n活动周专栏正在制作，做好后另行报送。\n"
         "联络员：宣传办 田志刚，宣传办主任，手机15053867214，邮箱tsqtianzg@163.com\n\n"
         "泰安市泰山区职业中等专业学校\n",
         [plan("tsqzz", "泰山区职专活动周方案.docx", "泰安市泰山区职业中等专业学校",
               "泰安市泰山区职业中等专业学校活动周方案",
               ["举办网络校园开放日。", "开展面点、茶艺体验。"])],
         liaison=person("", "田志刚", "宣传办主任", "tsqtianzg@163.com", "15053867214"),
         note="only the school homepage: not the column")  # fmt: skip
    sign(b, u, "11-07 10:30", "neomutt", "泰山区职专活动周专栏网址",
         "市教育局：\n我校活动周专栏已做好，网址：http://www.tsqzz.cn/zjz/\n请审核。\n泰山区职专 田志刚\n",
         column_url="http://www.tsqzz.cn/zjz/", note="the column two days after the deadline")  # fmt: skip
    sign(b, u, "11-10 13:20", "neomutt", "泰山区职专宣传稿件",
         "宣传稿件三篇，见附件。\n",
         _arts("tsqzz", [("泰山区职专网络开放日", "泰山区职专网络校园开放日精彩上线",
                          "11月8日，泰山区职专网络校园开放日上线。"),
                         ("泰山区职专茶艺体验", "泰山区职专邀市民体验泰山茶艺",
                          "11月9日，泰山区职专邀请社区居民体验泰山女儿茶茶艺。"),
                         ("泰山区职专面点体验", "泰山区职专面点体验课走进社区",
                          "泰山区职专烹饪专业师生走进社区，教居民制作面点。")], 1))  # fmt: skip
    sign(b, u, "11-13 16:40", "neomutt", "泰山区职专宣传稿件（续）",
         "续报两篇。\n",
         _arts("tsqzz", [("泰山区职专毕业生", "泰山区职专毕业生：在泰山脚下开起了民宿",
                          "泰山区职专旅游专业毕业生孙倩回乡创办民宿。"),
                         ("泰山区职专教师", "泰山区职专教师获评市级教学能手",
                          "泰山区职专2名教师获评泰安市教学能手。")], 4))  # fmt: skip
    sign(b, u, "11-16 11:20", "neomutt", "泰山区职专总结和统计表",
         "附件为总结和统计表。\n",
         [summary("tsqzz", "泰山区职专活动周总结.docx", "泰安市泰山区职业中等专业学校",
                  ["学校活动周期间开展活动7场。", "服务群众500余人次。"]),
          stats("泰山区职专统计表.xlsx", "tsqzz", "泰安市泰山区职业中等专业学校", [2, 5, 1, 2, 800, 500, 5, 3000])])  # fmt: skip


STORIES = [tzy, tsvtc, sdfzxy, lmkj, tshl, tajsxy, dyzj, xtzz, fczz, nyzz, dpzj, jtzz, tsqzz]
