# ruff: noqa: E501
"""Set24's non-campaign mail: what the registered units (and strangers) send the city's
职成高教科 mailbox in November 2020 that is not a submission for 泰教函〔2020〕72号.

Other campaigns' materials (技能大赛报名表, 安全检查情况报告 with its own 联系人 line, 教师培训回执,
招生统计, 资助工作总结, 1+X证书试点材料, 疫情防控台账), replies to other notices, meeting sign-ups
with a liaison, newsletters, two counties forwarding the city's notice to their schools (the city
in Cc), auto-replies with and without Auto-Submitted, read receipts (an MDN and plain 已读),
a bounce, an empty mail and a spoof of a school's address that fails SPF, DKIM and DMARC. Several
mention 职业教育 or 活动周 in passing, and several carry a person's name, 职务, mobile and email.
"""

from __future__ import annotations

from email.utils import format_datetime

from .build import Builder, F, other, t
from .kit import U, docx, f, sheet
from .mime import CITY, RSJ

REMIND = "<reminder-20201109-articles@ta.shandong.cn>"
NOTICE_MID = "<notice-20201102-72@ta.shandong.cn>"


def _o(name: str, doc) -> F:
    return f(name, doc, "other", "")


def _mdn(u_email: str, when: str, subject: str, orig_mid: str) -> tuple[bytes, str]:
    stamp = format_datetime(t(when))
    b = "----=_mdn_" + orig_mid.strip("<>").split("@")[0][-12:]
    human = (
        f"这是一封邮件已读回执。\r\n\r\n您于 2020年11月发送给 {u_email} 的邮件\r\n"
        f"主题：{subject}\r\n已于 {stamp} 被阅读。\r\n"
    )
    parts = [
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + human,
        "Content-Type: message/disposition-notification\r\n\r\n"
        f"Reporting-UA: mail.client; Foxmail 7.2\r\nFinal-Recipient: rfc822;{u_email}\r\n"
        f"Original-Message-ID: {orig_mid}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n",
    ]
    body = "".join(f"\r\n--{b}\r\n{p}" for p in parts) + f"\r\n--{b}--\r\n"
    return ("\r\nThis is a MIME-encapsulated message.\r\n" + body).encode("utf-8"), b


def counties(b: Builder) -> None:
    dyq, ts, xt, fc, ny, dp, gx = (
        U[k] for k in ("dyq", "taishan", "xintai", "feicheng", "ningyang", "dongping", "gaoxin")
    )
    other(
        b,
        "unrelated",
        "11-02 09:30",
        "coremail",
        dyq.email,
        "岱岳区2020年中职学校技能大赛报名汇总表",
        "市教育局职成高教科：\n\n岱岳区参加2020年全市中等职业学校技能大赛的报名汇总表见附件，"
        "共报名选手38人、指导教师15人。活动周期间我区还将组织部分获奖选手到社区开展技能展示。\n"
        "联系人：任晓彤 13561728803\n\n岱岳区教体局职成科",
        files=[
            _o(
                "岱岳区技能大赛报名汇总表.xlsx",
                sheet(
                    "2020年泰安市中等职业学校技能大赛报名汇总表（岱岳区）",
                    ["序号", "参赛学校", "赛项名称", "选手姓名", "指导教师", "联系电话"],
                    [
                        [
                            1,
                            "岱岳区职业教育中心",
                            "汽车机电维修",
                            "孙浩然",
                            "李志强",
                            "13561728803",
                        ],
                        [2, "岱岳区职业教育中心", "中餐烹饪", "马雪", "王芳", "13561728803"],
                    ],
                ),
            )
        ],
        note="a county's 技能大赛 sign-up naming 活动周 in passing",
    )
    other(
        b,
        "unrelated",
        "11-04 09:50",
        "coremail-gov",
        ts.email,
        "泰山区教体局关于开展校园安全专项检查情况的报告",
        "市教育局职成高教科：\n\n按照市局安排，我局对辖区职业学校开展了校园安全专项检查，"
        "现将检查情况报告报上。\n联系人：泰山区教育和体育局安全科 副科长 吕国栋，"
        "手机13905380762，邮箱tsqjty_zhijiao@ta.shandong.cn\n\n泰山区教体局",
        files=[
            _o(
                "泰山区校园安全专项检查情况报告.docx",
                docx(
                    ["h", "泰山区教育和体育局关于职业学校校园安全专项检查情况的报告"],
                    ["p", "一、检查范围：区内两所中等职业学校及三处校外实训基地。"],
                    ["p", "二、发现问题：实训车间消防器材过期2处，已整改。"],
                    ["p", "联系人：吕国栋（安全科副科长） 13905380762"],
                ),
            )
        ],
        note="another campaign's report with its own 联系人 line",
    )
    other(
        b,
        "unrelated",
        "11-03 15:00",
        "coremail",
        ny.email,
        "宁阳县参会回执（全市中等职业教育教学工作会议）",
        "市局职成高教科：\n宁阳县参会人员回执如下：\n单位：宁阳县教育和体育局\n姓名：张庆林\n"
        "职务：副局长\n手机：13805381127\n邮箱：nyjtjzcg@163.com\n随行：职成股 孙丽（13053809926）",
        note="a meeting sign-up with a person's details",
    )
    other(
        b,
        "unrelated",
        "11-04 15:30",
        "outlook",
        xt.email,
        "新泰市2020年省级职业院校骨干教师培训参训回执",
        "市教育局职成高教科：\n\n附件为我市参加省级骨干教师培训人员回执，请查收。\n\n新泰市教体局职成教科",
        files=[
            _o(
                "骨干教师培训参训回执（新泰市）.docx",
                docx(
                    ["h", "2020年省级职业院校骨干教师培训参训回执"],
                    [
                        "t",
                        [
                            ["单位", "姓名", "职务", "手机", "邮箱"],
                            [
                                "新泰市职业中等专业学校",
                                "亓文娟",
                                "专业部主任",
                                "13954863307",
                                "qwj_xtzz@163.com",
                            ],
                            [
                                "新泰市教育和体育局",
                                "葛存波",
                                "职成教科副科长",
                                "15806380417",
                                "xinjtj_zcjyk@ta.shandong.cn",
                            ],
                        ],
                    ],
                ),
            )
        ],
        note="a training 回执: a table of names, 职务, mobiles and emails; before xintai's liaison",
    )
    other(
        b,
        "cc_copy",
        "11-06 08:30",
        "coremail-gov",
        ts.email,
        "转发：关于做好2020年泰安市职业教育活动周相关工作的通知",
        "区属各职业学校：\n\n现将《泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知》"
        "（泰教函〔2020〕72号）转发给你们，请认真贯彻落实，于11月10日前将活动方案、"
        "宣传专栏地址和联络员报区教体局职成教科。\n\n泰山区教体局职成教科\n\n"
        "---------- 转发的邮件 ----------\n泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知\n"
        "……请于2020年11月5日前将活动周方案、宣传专栏（网站）地址和联络员联系方式报市教育局职成高教科……",
        to="tsqzz_bgs@163.com, tsqzz_jwc@163.com",
        cc=CITY,
        headers=[("References", NOTICE_MID)],
        note="a county forwarding the city's notice to its schools, the city in Cc",
    )
    other(
        b,
        "cc_copy",
        "11-06 09:05",
        "outlook",
        xt.email,
        "关于转发泰教函〔2020〕72号做好职业教育活动周工作的通知",
        "各中等职业学校：\n\n    现将市教育局等9部门通知转发你们，请按要求制定活动方案，开设宣传专栏，"
        "确定联络员，并于11月9日前报市教体局职成教科（同时抄送市教育局职成高教科）。\n\n"
        "附件：泰教函〔2020〕72号\n\n新泰市教育和体育局职成教科",
        to="xtzz_bgs@ta.shandong.cn",
        cc=CITY,
        files=[
            _o(
                "泰教函〔2020〕72号.docx",
                docx(
                    ["h", "泰安市教育局等9部门关于做好2020年泰安市职业教育活动周相关工作的通知"],
                    ["p", "泰教函〔2020〕72号"],
                    ["p", "（通知全文略）"],
                ),
            )
        ],
        note="a county forwarding the city's notice to its schools, the city in Cc",
    )
    raw, bd = _mdn(
        ny.email, "11-06 10:00", "关于做好2020年泰安市职业教育活动周相关工作的通知", NOTICE_MID
    )
    other(
        b,
        "receipt",
        "11-06 10:00",
        "system",
        ny.email,
        "已读: 关于做好2020年泰安市职业教育活动周相关工作的通知",
        headers=[("In-Reply-To", NOTICE_MID), ("References", NOTICE_MID)],
        raw_body=raw,
        raw_ctype=f'multipart/report; report-type=disposition-notification;\r\n\tboundary="{bd}"',
        note="an MDN read receipt (multipart/report) from a registered county",
    )
    other(
        b,
        "unrelated",
        "11-05 16:10",
        "qqweb",
        gx.email,
        "高新区1+X证书制度试点工作材料",
        "市局职成高教科：\n\n报送高新区1+X证书制度试点工作材料，请审阅。\n"
        "联系人：高新区教体局社会事业科 王思雨 科员 手机18653878126 邮箱3318827604@qq.com",
        files=[
            _o(
                "高新区1+X证书制度试点工作材料.docx",
                docx(
                    ["h", "泰安高新区1+X证书制度试点工作推进情况"],
                    ["p", "一、试点证书：Web前端开发、智能财税等4个。"],
                    ["p", "二、参加考核学生：216人。"],
                ),
            )
        ],
        note="1+X 试点 material with a full 联系人 line, before gaoxin's late liaison",
    )
    other(
        b,
        "unrelated",
        "11-09 08:20",
        "qqweb",
        fc.email,
        "肥城市2020年秋季学期学生资助工作总结",
        "市教育局：\n附件是肥城市2020年秋季学期学生资助工作总结，请审阅。\n尹丽萍",
        files=[
            _o(
                "肥城市2020年秋季学期学生资助工作总结.docx",
                docx(
                    ["h", "肥城市2020年秋季学期学生资助工作总结"],
                    [
                        "p",
                        "今年秋季学期，我市落实中等职业教育国家助学金、免学费政策，"
                        "共资助中职学生3126人次。",
                    ],
                    ["p", "一、主要做法 二、存在问题 三、下步打算"],
                ),
            )
        ],
        note="a 资助工作总结 naming 职业教育; before feicheng's late summary",
    )
    other(
        b,
        "unrelated",
        "11-09 09:00",
        "outlook",
        xt.email,
        "回复：关于报送中等职业学校办学能力评估自评报告的通知",
        "市教育局职成高教科：\n\n我市4所中职学校办学能力评估自评报告已收齐，今天下午统一报送。\n\n"
        "新泰市教体局职成教科 葛存波",
        headers=[("In-Reply-To", "<pinggu-20201030@ta.shandong.cn>")],
        note="a reply to another notice",
    )
    other(
        b,
        "unrelated",
        "11-10 09:40",
        "wps",
        dp.email,
        "东平县职业学校疫情防控工作台账（11月第2周）",
        "市局：\n报送我县职业学校疫情防控工作台账。活动周期间各校现场活动均严格执行了"
        "体温检测和限流措施。\n宋立军",
        files=[
            _o(
                "东平县职业学校疫情防控台账.xlsx",
                sheet(
                    "东平县职业学校疫情防控工作台账",
                    ["日期", "学校", "在校学生数", "体温异常", "外出返校", "备注"],
                    [
                        ["11月9日", "东平县职业教育中心学校", 2860, 0, 12, ""],
                        ["11月10日", "东平县职业教育中心学校", 2858, 0, 7, ""],
                    ],
                ),
            )
        ],
        note="a 疫情防控台账 naming the week in passing",
    )
    other(
        b,
        "unrelated",
        "11-13 09:00",
        "wps",
        dp.email,
        "回复：关于做好2020年秋季学期中职学生学籍注册工作的通知",
        "职成高教科：我县学籍注册工作已于11月12日完成，注册新生1043人，数据已上传系统。宋立军",
        headers=[("In-Reply-To", "<xueji-20201020@ta.shandong.cn>")],
        note="a reply to another notice",
    )
    other(
        b,
        "auto_reply",
        "11-14 09:30",
        "coremail-gov",
        dp.email,
        "自动回复：【提醒】请报送活动周总结报告和统计表",
        "您好，我已收到您的邮件，近期外出学习，将尽快回复。\n（此邮件为系统自动回复）",
        headers=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", REMIND)],
        note="a county's auto-reply with Auto-Submitted",
    )
    other(
        b,
        "unrelated",
        "11-13 10:40",
        "coremail",
        dyq.email,
        "岱岳区2020年中职学校秋季招生情况统计表",
        "市局职成高教科：报送我区秋季招生情况统计表。任晓彤",
        files=[
            _o(
                "岱岳区2020年秋季招生情况统计表.xlsx",
                sheet(
                    "岱岳区2020年中等职业学校秋季招生情况统计表",
                    ["学校名称", "专业", "招生计划", "实际录取", "报到人数"],
                    [
                        ["泰安市岱岳区职业教育中心", "汽车运用与维修", 150, 148, 141],
                        ["泰安市岱岳区职业教育中心", "幼儿保育", 120, 126, 119],
                    ],
                ),
            )
        ],
        note="a 招生统计 table; dyq never sends the week's table",
    )
    other(
        b,
        "unrelated",
        "11-14 11:00",
        "qqweb",
        gx.email,
        "回复：关于报送校外实训基地安全排查情况的通知",
        "市局：高新区没有职业学校校外实训基地，零报告。王思雨",
        headers=[("In-Reply-To", "<paicha-20201110@ta.shandong.cn>")],
        note="a reply to another notice (零报告)",
    )


def schools(b: Builder) -> None:
    g = {
        k: U[k]
        for k in (
            "tzy",
            "tsvtc",
            "sdfzxy",
            "lmkj",
            "tshl",
            "tajsxy",
            "dyzj",
            "xtzz",
            "fczz",
            "nyzz",
            "dpzj",
            "jtzz",
            "tsqzz",
        )
    }
    other(
        b,
        "unrelated",
        "11-03 08:40",
        "thunderbird",
        g["tzy"].email,
        "泰安职业技术学院2020年山东省职业院校技能大赛（高职组）报名材料",
        "市教育局职成高教科：\n\n学院参加2020年全省职业院校技能大赛高职组的报名表见附件，"
        "共12个赛项。活动周期间我院还将把集训现场向市民开放。\n\n教务处 褚振华 13853807719",
        files=[
            _o(
                "泰职院省赛报名表.xlsx",
                sheet(
                    "2020年山东省职业院校技能大赛（高职组）报名表",
                    ["赛项", "选手", "指导教师", "联系电话"],
                    [
                        ["电子商务技能", "韩梦", "褚振华", "13853807719"],
                        ["护理技能", "于晴", "赵敏", "13853807719"],
                    ],
                ),
            )
        ],
        note="a college's 技能大赛 sign-up naming 活动周 in passing",
    )
    other(
        b,
        "unrelated",
        "11-04 14:40",
        "foxmail",
        g["nyzz"].email,
        "宁阳职专校园安全检查情况报告",
        "市教育局职成高教科：\n\n我校校园安全自查情况报告见附件。\n"
        "联系人：宁阳县职业中等专业学校 教务处副主任 郝春雷 手机 15153826740 "
        "邮箱 nyzz_jiaowu@126.com\n\n宁阳职专",
        files=[
            _o(
                "宁阳职专校园安全检查情况报告.docx",
                docx(
                    ["h", "宁阳县职业中等专业学校校园安全检查情况报告"],
                    ["p", "一、检查情况：对教学楼、实训楼、宿舍、食堂进行了全面检查。"],
                    ["p", "二、整改情况：更换灭火器26具。"],
                ),
            )
        ],
        note="a safety report whose 联系人 is the later liaison, before nyzz's late liaison",
    )
    other(
        b,
        "unrelated",
        "11-05 11:00",
        "iphone",
        g["jtzz"].email,
        "交通职专教师培训回执",
        "市教育局职成高教科：\n我校参加“职业院校教师信息化教学能力提升培训”人员：\n"
        "姓名：宫振宇 职务：信息中心主任 手机：15588517603 邮箱：gongzy@126.com\n交通职专",
        note="a training 回执 with a person's details",
    )
    other(
        b,
        "unrelated",
        "11-06 13:20",
        "foxmail",
        g["tajsxy"].email,
        "泰安技师学院2020年全市技工院校职业技能大赛报名表",
        "市人社局职建科：\n\n报送我院全市技工院校职业技能大赛报名表。\n"
        "联系人：泰安技师学院教务处 科长 邵青 手机13562815096 邮箱tajsxy_zsb@163.com\n泰安技师学院",
        to=RSJ,
        files=[
            _o(
                "泰安技师学院技能大赛报名表.xlsx",
                sheet(
                    "全市技工院校职业技能大赛报名表",
                    ["序号", "姓名", "性别", "赛项", "指导教师"],
                    [[1, "侯宇航", "男", "焊工", "许成"], [2, "陈晓", "女", "美容", "冯丽"]],
                ),
            )
        ],
        note="技工院校技能大赛 sign-up with a 联系人 line, to the 人社局 mailbox",
    )
    raw, bd = _mdn(
        g["tzy"].email, "11-09 14:00", "【提醒】活动周宣传材料请于11月14日前报送", REMIND
    )
    other(
        b,
        "receipt",
        "11-09 14:00",
        "system",
        g["tzy"].email,
        "Read: 【提醒】活动周宣传材料请于11月14日前报送",
        headers=[("In-Reply-To", REMIND), ("References", REMIND)],
        raw_body=raw,
        raw_ctype=f'multipart/report; report-type=disposition-notification;\r\n\tboundary="{bd}"',
        note="an MDN read receipt from a registered college",
    )
    other(
        b,
        "receipt",
        "11-06 11:00",
        "coremail",
        g["dyzj"].email,
        "已读：关于做好2020年泰安市职业教育活动周相关工作的通知",
        "这是邮件已读回执\n您的邮件：关于做好2020年泰安市职业教育活动周相关工作的通知\n"
        "收件人：dyzjzx_jwc@126.com\n阅读时间：2020年11月6日 11:00",
        headers=[("In-Reply-To", NOTICE_MID)],
        note="a plain-text 已读 receipt (no multipart/report)",
    )
    other(
        b,
        "unrelated",
        "11-07 09:10",
        "py-smtp",
        g["lmkj"].email,
        "报名：全省民办高校宣传思想工作研讨会",
        "市教育局职成高教科：\n\n我院报名参加全省民办高校宣传思想工作研讨会。\n"
        "参会人：山东力明科技职业学院 党政办主任 付晓东，手机 13375388209，邮箱 lmxy_dzb@163.com\n",
        note="a meeting sign-up with the same person as the liaison",
    )
    other(
        b,
        "unrelated",
        "11-08 10:00",
        "coremail-gov",
        g["xtzz"].email,
        "新泰职专参会回执（中职学校教学诊断与改进培训会）",
        "参会回执\n单位：新泰市职业中等专业学校\n姓名：亓玉峰\n职务：教务处主任\n"
        "手机：13805388641\n邮箱：xtzz_bgs@ta.shandong.cn",
        note="a meeting sign-up with the liaison's details",
    )
    other(
        b,
        "unrelated",
        "11-09 15:30",
        "outlook",
        g["tsvtc"].email,
        "泰山职业技术学院教师企业实践培训回执",
        "市教育局职成高教科：\n\n培训回执见附件。\n\n泰山职业技术学院人事处",
        files=[
            _o(
                "教师企业实践培训回执.docx",
                docx(
                    ["h", "2020年职业院校教师企业实践培训回执"],
                    [
                        "t",
                        [
                            ["单位", "姓名", "职务", "手机", "邮箱"],
                            [
                                "泰山职业技术学院",
                                "殷红",
                                "机电系副主任",
                                "13792126654",
                                "yinhong@tsvtc.com.cn",
                            ],
                        ],
                    ],
                ),
            )
        ],
        note="a training 回执 table",
    )
    other(
        b,
        "auto_reply",
        "11-09 10:30",
        "coremail",
        g["fczz"].email,
        "自动回复：【提醒】活动周宣传材料请于11月14日前报送",
        "您好，您的来信已收到，我会尽快处理。\n肥城职专办公室",
        headers=[("In-Reply-To", REMIND), ("References", REMIND)],
        note="a Chinese auto-reply without Auto-Submitted",
    )
    other(
        b,
        "unrelated",
        "11-10 16:00",
        "coremail",
        g["dyzj"].email,
        "岱岳区职教中心市赛选手名单",
        "职成高教科：\n我校参加全市中职技能大赛选手名单见附件。活动周期间我校还将举办"
        "技能节，请市局领导莅临指导。\n崔建华",
        files=[
            _o(
                "岱岳区职教中心市赛选手名单.xlsx",
                sheet(
                    "岱岳区职业教育中心参加全市技能大赛选手名单",
                    ["赛项", "选手", "班级", "指导教师"],
                    [["汽车机电维修", "孙浩然", "19汽修1班", "李志强"]],
                ),
            )
        ],
        note="a 技能大赛 list naming the week in passing",
    )
    other(
        b,
        "auto_reply",
        "11-11 08:00",
        "outlook",
        g["tsvtc"].email,
        "Out of Office: 【提醒】活动周宣传材料请于11月14日前报送",
        "I am out of the office until 16 November with limited access to email.\n"
        "本人11月16日前外出学习，急事请联系宣传部办公室 0538-6221107。",
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", REMIND),
        ],
        note="an English Out of Office with Auto-Submitted",
    )
    other(
        b,
        "unrelated",
        "11-11 10:00",
        "android",
        g["dpzj"].email,
        "东平职教中心疫情防控工作台账",
        "市局：报送我校本周疫情防控台账。活动周期间校园开放日采取线上形式，未组织校外人员入校。",
        files=[
            _o(
                "东平职教中心疫情防控台账.xlsx",
                sheet(
                    "东平县职业教育中心学校疫情防控台账",
                    ["日期", "晨检人数", "异常人数", "处置情况"],
                    [["11月9日", 2860, 0, "无"], ["11月10日", 2858, 0, "无"]],
                ),
            )
        ],
        note="a 疫情防控台账 naming the week in passing",
    )
    other(
        b,
        "unrelated",
        "11-11 15:00",
        "py-smtp",
        g["lmkj"].email,
        "力明学院疫情防控工作台账（11月）",
        "您好，学院11月疫情防控工作台账见附件。付晓东",
        files=[
            _o(
                "力明学院疫情防控台账.xlsx",
                sheet(
                    "山东力明科技职业学院疫情防控工作台账",
                    ["日期", "在校人数", "体温异常", "备注"],
                    [["11月10日", 8600, 0, ""]],
                ),
            )
        ],
        note="a 疫情防控台账",
    )
    other(
        b,
        "unrelated",
        "11-12 14:50",
        "coremail-gov",
        g["xtzz"].email,
        "新泰职专2020年秋季招生统计",
        "市教育局职成高教科：\n附件为我校2020年秋季招生统计表。亓玉峰",
        files=[
            _o(
                "新泰职专2020年秋季招生统计表.xlsx",
                sheet(
                    "新泰市职业中等专业学校2020年秋季招生统计表",
                    ["学校名称", "专业", "招生计划", "录取人数", "报到人数"],
                    [["新泰市职业中等专业学校", "数控技术应用", 200, 196, 188]],
                ),
            )
        ],
        note="a 招生统计 table",
    )
    other(
        b,
        "empty",
        "11-13 13:00",
        "android",
        g["dpzj"].email,
        "",
        note="an empty mail: no subject, no text",
    )
    other(
        b,
        "unrelated",
        "11-13 16:00",
        "py-compat32",
        g["tsqzz"].email,
        "泰山区职专2020年学生资助工作总结",
        "市教育局职成高教科：\n报送我校2020年学生资助工作总结。阚立新",
        files=[
            _o(
                "泰山区职专2020年学生资助工作总结.docx",
                docx(
                    ["h", "泰安市泰山区职业中等专业学校2020年学生资助工作总结"],
                    [
                        "p",
                        "2020年，我校认真落实中等职业教育免学费和国家助学金政策，资助学生1860人次。",
                    ],
                    ["p", "一、健全机制 二、精准资助 三、资助育人"],
                ),
            )
        ],
        note="a 资助工作总结; tsqzz never sends the week's summary",
    )
    other(
        b,
        "unrelated",
        "11-15 15:00",
        "py-compat32",
        g["tsqzz"].email,
        "泰山区职专1+X证书制度试点情况统计表",
        "市教育局：1+X证书试点情况统计表见附件。阚立新",
        files=[
            _o(
                "泰山区职专1+X证书试点情况统计表.xlsx",
                sheet(
                    "泰安市泰山区职业中等专业学校1+X证书制度试点情况统计表",
                    [
                        "单位名称",
                        "证书名称",
                        "参加培训（人次）",
                        "参加考核（人次）",
                        "通过（人次）",
                    ],
                    [["泰安市泰山区职业中等专业学校", "汽车运用与维修", 80, 76, 70]],
                ),
            )
        ],
        note="a 1+X 统计表 with a 单位名称 column; tsqzz never sends the week's table",
    )
    other(
        b,
        "unrelated",
        "11-16 08:20",
        "coremail",
        g["fczz"].email,
        "肥城职专安全检查情况报告",
        "市教育局职成高教科：\n我校校园安全检查情况报告见附件。\n联系人：陶莉 办公室副主任 "
        "13616387920 fczzxb@163.com",
        files=[
            _o(
                "肥城职专安全检查情况报告.docx",
                docx(
                    ["h", "肥城市职业中等专业学校校园安全检查情况报告"],
                    ["p", "一、检查内容 二、存在问题 三、整改措施"],
                ),
            )
        ],
        note="a safety report with a 联系人 line",
    )
    other(
        b,
        "unrelated",
        "11-16 10:00",
        "coremail",
        g["sdfzxy"].email,
        "山东服装职业学院2020年学生资助工作总结",
        "您好：\n学院2020年学生资助工作总结见附件，请审阅。鲍春燕",
        files=[
            _o(
                "山东服装职业学院2020年学生资助工作总结.docx",
                docx(
                    ["h", "山东服装职业学院2020年学生资助工作总结"],
                    ["p", "学院全年发放国家助学金、奖学金共计860万元，资助学生4200人次。"],
                    ["p", "一、工作开展情况 二、资助育人成效 三、下一步打算"],
                ),
            )
        ],
        note="a 资助工作总结 before sdfzxy's late summary",
    )
    other(
        b,
        "auto_reply",
        "11-16 18:40",
        "coremail",
        g["sdfzxy"].email,
        "自动回复:【提醒】活动周总结报告和统计表今日截止",
        "您好！您的邮件已收到。本人正在出差，回来后第一时间处理。",
        headers=[("In-Reply-To", "<reminder-20201116-summary@ta.shandong.cn>")],
        note="a 126 auto-reply without Auto-Submitted",
    )
    tshl = g["tshl"]
    other(
        b,
        "spoof",
        "11-15 09:00",
        "foxmail",
        tshl.email,
        "泰山护理职业学院活动周情况统计表",
        "您好，活动周情况统计表见附件，请下载查看。\n若附件无法打开，请点击 http://tshlxy-edu.cn.mailbox-update.top/login 登录查看。",
        sender_name="泰山护理职业学院",
        headers=[
            ("Return-Path", "<noreply@mailbox-update.top>"),
            (
                "Authentication-Results",
                "mx.ta.shandong.cn; spf=fail (sender IP is 45.137.21.9) "
                "smtp.mailfrom=tshlxy.edu.cn; dkim=fail header.d=tshlxy.edu.cn; "
                "dmarc=fail (p=reject) header.from=tshlxy.edu.cn",
            ),
            (
                "Received-SPF",
                "fail (mx.ta.shandong.cn: domain of tshlxy.edu.cn does not "
                "designate 45.137.21.9 as permitted sender)",
            ),
        ],
        files=[
            _o(
                "泰山护理职业学院活动周情况统计表.xlsx",
                sheet(
                    "2020年职业教育活动周情况统计表",
                    ["单位名称", "线上活动（场次）", "线下活动（场次）", "参与师生（人次）"],
                    [["泰山护理职业学院", 5, 6, 2100]],
                ),
            )
        ],
        note="a spoof of tshl's address (spf, dkim, dmarc fail) carrying a table; tshl never "
        "sends the week's table",
    )


def strangers(b: Builder) -> None:
    other(
        b,
        "newsletter",
        "11-05 07:30",
        "system",
        "news@zgzjxh-list.org.cn",
        "职教资讯 第45期：各地职业教育活动周陆续启动",
        "职教资讯 2020年第45期\n\n1. 全国职业教育活动周各地活动陆续启动\n"
        "2. 教育部：推动职业教育提质培优\n3. 专题：如何办好“云上活动周”\n\n"
        "退订请回复 TD。",
        sender_name="职教资讯",
        headers=[
            ("List-Id", "<zjzx.zgzjxh-list.org.cn>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:unsubscribe@zgzjxh-list.org.cn>"),
        ],
        note="a mailing list newsletter naming 职业教育活动周",
    )
    other(
        b,
        "newsletter",
        "11-12 07:00",
        "system",
        "zhoubao@taedu-news.cn",
        "泰安教育电子周报 第46期",
        "本期要目：\n· 我市2020年职业教育活动周开幕\n· 全市中小学秋季运动会举行\n"
        "· 教师资格考试报名提醒\n\n如不希望再收到本周报，请点击退订。",
        sender_name="泰安教育电子周报",
        headers=[("List-Id", "泰安教育电子周报 <weekly.taedu-news.cn>"), ("Precedence", "list")],
        note="a list weekly naming the week",
    )
    other(
        b,
        "unrelated",
        "11-07 14:00",
        "foxmail",
        "market@yunzhibo-edu.com",
        "职业教育活动周“云上开放日”直播整体解决方案",
        "尊敬的老师：\n\n值此职业教育活动周之际，我公司推出“云上开放日”直播整体解决方案，"
        "支持多机位直播、VR实训室展示，活动周期间签约享受八五折。\n联系人：刘经理 17705381262\n",
        sender_name="云直播教育科技",
        note="a supplier's advert naming the week",
    )
    orig = (
        "From: jyj-zcjk01@ta.shandong.cn\r\nTo: 3318827640@qq.com\r\n"
        "Subject: =?utf-8?B?44CQ5o+Q6YaS44CR5rS75Yqo5ZGo5pa55qGI6K+35LqOMTHmnIg15pel5YmN5oql6YCB?=\r\n"
        "Date: Wed, 04 Nov 2020 09:00:00 +0800\r\n"
        "Message-ID: <reminder-20201104-plan@ta.shandong.cn>\r\n"
    )
    bd = "----=_dsn_20201106170000"
    body = (
        f"\r\nThis is a MIME-encapsulated message.\r\n\r\n--{bd}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "很抱歉，您的邮件未能投递到以下收件人：\r\n3318827640@qq.com：收件人不存在\r\n"
        f"\r\n--{bd}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.ta.shandong.cn\r\n\r\n"
        "Final-Recipient: rfc822; 3318827640@qq.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 Mailbox not found.\r\n"
        f"\r\n--{bd}\r\nContent-Type: text/rfc822-headers\r\n\r\n{orig}\r\n--{bd}--\r\n"
    ).encode()
    other(
        b,
        "bounce",
        "11-06 17:00",
        "system",
        "MAILER-DAEMON@ta.shandong.cn",
        "Undelivered Mail Returned to Sender",
        headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
        raw_body=body,
        raw_ctype=f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bd}"',
        note="a delivery-status bounce of the city's reminder to a mistyped address",
    )


STORIES = [counties, schools, strangers]
