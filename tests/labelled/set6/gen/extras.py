"""More of what units send: questions, thanks, resends, photos, a Cc to the city, a county
forwarding a school's article, links. None of these changes a cell on its own unless said."""

from __future__ import annotations

from .build import Builder, Unit, send, t
from .kit import art, body_article, photo, plan, stats
from .mime import CITY, Mail

ACK = (
    "【回执】{name}：\n您于{day}报送的邮件已收到，处理情况如下：\n活动周方案：已收到\n"
    "宣传专栏（网站）地址：已收到\n联络员联系方式：已收到\n尚需报送：活动周宣传材料（不少于5篇）、"
    "活动周总结报告、《2020年职业教育活动周情况统计表》。\n泰安市教育局职成高教科"
)


def extras(b: Builder, u: dict[str, Unit]) -> None:
    """Every extra mail, in no particular order (the generator sorts by time)."""
    ts, dy, xt, fc, ny, dp, gx = (
        u[k] for k in ("taishan", "daiyue", "xintai", "feicheng", "ningyang", "dongping", "gaoxin")
    )
    ack = ACK.format(name=ts.name, day="11月3日")
    send(
        b,
        ts,
        "11-03 14:22",
        "outlook",
        "答复: 【回执】泰安市泰山区教育和体育局",
        "收到，谢谢！\n\n张伟\n\n发件人: 泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>\n"
        "发送时间: 2020年11月3日 10:02\n主题: 【回执】泰安市泰山区教育和体育局\n\n" + ack,
        note="thanks for the acknowledgement, quoting it",
    )
    send(
        b,
        dy,
        "11-03 08:40",
        "coremail",
        "咨询活动周方案报送形式",
        "职成高教科：\n请问活动周方案是否需要以正式文件（红头）形式报送？还是报电子版即可？\n"
        "岱岳区教体局职成教科 李红梅",
        note="a question",
    )
    send(
        b,
        xt,
        "11-16 17:15",
        "foxmail",
        "更正：新泰市活动周统计表",
        "职成高教科：\n    下午报送的统计表“服务群众”一栏数据有误，现更正后重新报送，以此为准。\n"
        "新泰市教体局职成教科",
        [stats(xt, "second-sheet", "新泰市活动周统计表.xlsx", 302)],
        note="a corrected table under the same name",
    )
    send(
        b,
        fc,
        "11-16 10:12",
        "thunderbird",
        "关于活动周总结报送时间",
        "职成高教科：\n\n我市各学校统计数据尚未汇齐，总结和统计表能否推迟到明天上午报送？\n\n-- \n"
        "肥城市教育和体育局 职成科 赵振华",
        note="asks for a day's delay (nobody answers in the mail)",
    )
    send(
        b,
        ny,
        "11-03 09:05",
        "qqmobile",
        "咨询",
        "职成高教科老师：活动周宣传专栏必须是网站吗？用微信公众号可以吗？孙立强",
        note="a question",
    )
    send(
        b,
        gx,
        "11-12 19:50",
        "win10",
        "高新区活动周照片",
        "职成高教科：\n\n先发几张活动照片，稿件随后报送。\n\n高洁\n从 Windows 10 版邮件发送",
        [
            photo(gx, "技能服务进社区1.jpg", 31),
            photo(gx, "技能服务进社区2.jpg", 32),
            photo(gx, "技能服务进社区3.jpg", 33),
        ],
        note="photos only: other",
    )
    send(
        b,
        dp,
        "11-04 09:30",
        "outlook",
        "东平县活动周方案（修改稿）",
        "职成高教科：\n\n根据局领导意见，方案作了修改，请以此稿为准。\n\n"
        "东平县教育和体育局职成教育股",
        [
            plan(
                dp,
                "lo-docx",
                "东平县职业教育活动周实施方案.docx",
                title="东平县教育和体育局2020年职业教育活动周实施方案（修改稿）",
            )
        ],
        note="a revised plan under the same name",
    )
    dpzz = u["dpzz"]
    inner = Mail(
        "dpzz-inner-article",
        t("11-13 08:10"),
        "dpzz_bgs@ta.shandong.cn",
        "东平职专办公室",
        "东平职专稿件",
        "教育股：我校活动周稿件一篇，请转市局。\n东平职专办公室\n",
        client="outlook",
        to="dpjtj_zcjy@ta.shandong.cn",
    )
    send(
        b,
        dp,
        "11-13 09:02",
        "outlook",
        "转发: 东平职专稿件",
        "职成高教科：\n\n转发东平县职业中等专业学校活动周稿件一篇。\n\n陈静",
        [art(dpzz, 4, "lo-docx", "docx")],
        forward=inner,
        note="the county forwards a school's article: it counts for dpzz",
    )


def extras2(b: Builder, u: dict[str, Unit]) -> None:
    """Schools' extra mails."""
    tv, sv, hl, ys, jt, gc = (
        u[k] for k in ("tavtc", "tsvtc", "tshlxy", "taysxx", "tajtzz", "tagczz")
    )
    dz, xy, fz, nz, dpz, ta, sm = (
        u[k] for k in ("dyzjzx", "xtyzz", "fczz", "nyyzz", "dpzz", "tadzjg", "tasmzz")
    )
    send(
        b,
        tv,
        "11-10 19:02",
        "outlook",
        "泰安职院活动周报道链接",
        "职成高教科：\n\n我院活动周报道已在学院网站刊发："
        "https://www.tavtc.edu.cn/info/1052/8866.htm\n\n黄晓东",
        article_links=["https://www.tavtc.edu.cn/info/1052/8866.htm"],
    )
    send(
        b,
        sv,
        "11-12 12:20",
        "foxmail",
        "泰山职院活动周照片",
        "职成高教科：活动照片三张，供选用。\n宋文杰",
        [
            photo(sv, "DSC_0412.JPG", 41),
            photo(sv, "DSC_0419.JPG", 42),
            photo(sv, "DSC_0433.JPG", 43),
        ],
        note="photos: other (uppercase .JPG)",
    )
    send(
        b,
        hl,
        "11-07 10:40",
        "iphone",
        "请问宣传稿需要配图吗",
        "职成高教科老师好，请问活动周宣传稿需要配图吗？字数有没有要求？周蕾\n\n发自我的iPhone",
        note="a question",
    )
    send(
        b,
        ys,
        "11-08 09:15",
        "coremail-gov",
        "泰安艺校活动周宣传海报",
        "职成高教科：\n我校活动周宣传海报，供参考。\n于海燕",
        [photo(ys, "活动周海报.jpg", 51)],
        note="a poster: other",
    )
    link = "https://mp.weixin.qq.com/s/TaJtZz-2020hdz-0Xq3"
    send(
        b,
        jt,
        "11-13 20:30",
        "qqweb",
        "交通职专公众号推文",
        f"职成高教科：我校公众号活动周推文：{link}\n吴建国",
        article_links=[link],
    )
    send(
        b,
        gc,
        "11-11 11:30",
        "outlook",
        "工程职专活动周推文链接",
        "职成高教科：\n\n我校公众号推文：https://mp.weixin.qq.com/s/GcZz_hdz2020_tY7\n\n马骁",
        article_links=["https://mp.weixin.qq.com/s/GcZz_hdz2020_tY7"],
    )
    send(
        b,
        dz,
        "11-05 09:20",
        "iphone",
        "岱岳区职教中心活动周方案（修订）",
        "修订稿，以此为准\n\n发自我的iPhone",
        [plan(dz, "lo-docx", "岱岳区职教中心活动周实施方案（修订）.docx")],
    )
    send(
        b,
        xy,
        "11-14 16:00",
        "foxmail",
        "咨询统计表模板",
        "职成高教科：\n    请问活动周情况统计表是否有统一模板？我校按通知自行设计可以吗？\n郭丽丽",
        note="a question",
    )
    send(
        b,
        fz,
        "11-16 18:40",
        "coremail",
        "肥城职专活动周照片补充",
        "职成高教科：\n\n补充活动照片两张。\n\n田雪",
        [photo(fz, "开放日1.jpg", 61), photo(fz, "开放日2.jpg", 62)],
        note="photos: other",
    )
    links = ["https://mp.weixin.qq.com/s/NyYzz_a1", "https://mp.weixin.qq.com/s/NyYzz_a2"]
    send(
        b,
        nz,
        "11-10 08:45",
        "coremail",
        "宁阳一职专公众号推文",
        "职成高教科：\n\n我校公众号活动周推文：\n" + "\n".join(links) + "\n\n韩冬梅",
        article_links=links,
    )
    send(
        b,
        fz,
        "11-12 10:05",
        "coremail",
        "肥城职专活动周宣传稿（抄送市局）",
        "肥城市教体局职成科：\n\n我校活动周宣传稿一篇，请审核。同时抄送市教育局职成高教科。\n\n"
        "田雪",
        [art(fz, 2, "lo-docx", "docx")],
        to="fcjtj_zcjyk@126.com",
        headers=[("Cc", CITY)],
        note="to the county with the city in Cc: the city files it for fczz",
    )
    send(
        b,
        dpz,
        "11-13 15:10",
        "outlook",
        "东平职专公众号推文",
        "职成高教科：\n\n公众号推文链接：https://mp.weixin.qq.com/s/DpZz-hdz-7788\n\n侯志强",
        article_links=["https://mp.weixin.qq.com/s/DpZz-hdz-7788"],
    )
    send(
        b,
        ta,
        "11-05 15:30",
        "qqweb",
        "岱宗技校活动周方案已报",
        "市教育局职成高教科：\n我校活动周方案、专栏、联络员已于11月4日报市人社局，特此告知。\n"
        "刘洪涛",
        note="tells the city it wrote to the 人社局",
    )
    send(
        b,
        sm,
        "11-06 08:30",
        "coremail-gov",
        "昨晚报送的方案是否收到",
        "职成高教科：\n昨晚19:32报送了活动周方案、专栏和联络员，因学校审批晚了，抱歉。"
        "请问收到了吗？\n孙倩",
        note="a question about yesterday's late mail",
    )
    send(
        b,
        ta,
        "11-16 10:40",
        "qqweb",
        "岱宗技校活动周照片",
        "市人社局职建科：\n活动照片一张。\n刘洪涛",
        [photo(ta, "实训开放日.jpg", 71)],
        to="rsjzjk@ta.shandong.cn",
        note="a photo: other",
    )
    send(
        b,
        sv,
        "11-05 10:30",
        "foxmail",
        "泰山职院活动周方案（正式版）",
        "职成高教科：\n    昨天报送的方案为征求意见稿，现报送正式版。\n泰山职院党委宣传部 宋文杰",
        [plan(sv, "lo-pdf", "泰山职业技术学院2020年职业教育活动周实施方案（正式版）.pdf")],
    )
    send(
        b,
        hl,
        "11-14 09:10",
        "iphone",
        "护理职院活动周稿件",
        "抱歉，这篇其实已经报过了，可忽略\n\n发自我的iPhone",
        [art(hl, 4, "lo-pdf", "pdf")],
        note="an article already sent: still four distinct",
    )


def extras3(b: Builder, u: dict[str, Unit]) -> None:
    """A forward by the 人社局, a pasted article, a repeated link, a question."""
    ta, sm, jt, ny = u["tadzjg"], u["tasmzz"], u["tajtzz"], u["ningyang"]
    inner = Mail(
        "tadzjg-inner-summary",
        t("11-16 10:20"),
        ta.email,
        "",
        "岱宗技校活动周总结、统计表",
        "市人社局职建科：\n总结、统计表请查收。\n刘洪涛\n",
        client="qqweb",
        to="rsjzjk@ta.shandong.cn",
    )
    from .kit import summary

    send(
        b,
        ta,
        "11-16 14:05",
        "coremail-gov",
        "转发：岱宗技校活动周总结、统计表",
        "市教育局职成高教科：\n转发泰安岱宗技工学校活动周总结，请汇总。\n市人社局职业能力建设科",
        [summary(ta, "lo-docx", "岱宗技校活动周总结.docx", 1901)],
        sender="rsjzjk@ta.shandong.cn",
        sender_name="市人社局职建科",
        forward=inner,
        note="the 人社局 forwards the school's summary to the city: counts for tadzjg (again)",
    )
    text = "职成高教科：\n" + body_article(sm, 13) + "\n（商贸职专供稿）\n孙倩"
    send(
        b,
        sm,
        "11-13 11:45",
        "coremail-gov",
        "商贸职专活动周稿件",
        text,
        body_article=True,
        note="an article pasted into the body",
    )
    link = "https://mp.weixin.qq.com/s/NyJtEkQ2x8pLw0aZr4Vb"
    send(
        b,
        ny,
        "11-14 08:30",
        "qqmobile",
        "宁阳活动周推文（重发）",
        f"职成高教科：前天那篇链接再发一下 {link}\n孙立强",
        article_links=[link],
        note="a link already sent: counts once",
    )
    send(
        b,
        jt,
        "11-15 16:20",
        "qqweb",
        "咨询统计表填报",
        "职成高教科：请问统计表中“服务群众（人次）”线上观看人数是否计入？\n吴建国",
        note="a question",
    )
