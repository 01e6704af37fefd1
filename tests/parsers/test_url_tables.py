"""Column URLs and WeChat accounts read from table structure."""

from __future__ import annotations

from parsers.model import Table
from parsers.url_tables import urls_in_tables, wechat_accounts, wechat_in_tables
from parsers.urls import find_urls, merge_urls


def found(*rows: tuple[str, ...]) -> dict[str, tuple[float, str, bool]]:
    return {
        u.url: (u.column_score, u.label, u.structured)
        for u in urls_in_tables([Table(rows=rows)], "f.docx")
    }


def test_header_column_beats_the_school_site_in_the_same_row() -> None:
    urls = found(
        ("单位", "学校网站", "活动周宣传专栏"),
        ("岱岳职教", "http://www.dyzj.cn", "http://www.dyzj.cn/hdz/"),
    )
    assert urls["http://www.dyzj.cn/hdz/"] == (2.0, "活动周宣传专栏", True)
    assert urls["http://www.dyzj.cn"] == (0.0, "学校网站", True)


def test_key_value_rows_with_an_email_and_a_phone_beside_the_url() -> None:
    urls = found(
        ("单位", "宁阳职专", "", ""),
        ("宣传专栏", "nyzz.cn/zl", "邮箱", "www.ny@163.com"),
        ("网址", "http://www.nyzz.cn/hdz/", "电话", "0538-5621234"),
    )
    assert urls["http://nyzz.cn/zl"][0] == 2.0  # a bare domain, trusted in a labelled cell
    assert urls["http://www.nyzz.cn/hdz/"] == (1.8, "网址", True)
    assert not any("163" in u for u in urls)  # the email cell is never a URL


def test_a_contact_table_email_column_gives_no_url() -> None:
    assert found(("姓名", "邮箱", "手机"), ("张三", "www.zs@163.com", "13805381234")) == {}


def test_a_county_list_keeps_each_url_with_its_row() -> None:
    table = Table(
        rows=(
            ("序号", "单位", "宣传专栏网址", "联系人"),
            ("1", "宁阳县职业中等专业学校", "nyzz.cn/hdz", "周八"),
            ("2", "宁阳县第二职业中专", "http://nyez.cn/hdz", "吴九"),
        ),
        name="汇总",
    )
    first, second = urls_in_tables([table], "汇总.xlsx")
    assert (first.url, first.source) == ("http://nyzz.cn/hdz", "汇总.xlsx#汇总 row 2")
    assert first.context == "1 | 宁阳县职业中等专业学校 | nyzz.cn/hdz | 周八"
    assert "宁阳县第二职业中专" in second.context and second.column_score == 2.0


def test_a_url_split_over_two_cells_or_two_rows() -> None:
    assert "http://www.tazj.gov.cn/col/col12345/index.html" in found(
        ("宣传专栏网址", "http://www.tazj.gov.cn/col/", "col12345/index.html")
    )
    assert "http://www.x.cn/zt/2020/hdz.html" in found(
        ("宣传专栏", "http://www.x.cn/zt/"), ("", "2020/hdz.html")
    )
    # a phone number in the next cell is not the rest of the URL
    assert "http://www.x.cn/zl/" in found(("专栏", "http://www.x.cn/zl/", "13805381234"))


def test_non_ascii_and_percent_encoded_queries_are_kept_whole() -> None:
    urls = found(
        ("专栏", "http://www.x.cn/search?kw=活动周&p=1"),
        ("网址", "http://www.y.cn/s?q=%E6%B4%BB%E5%8A%A8"),
    )
    assert set(urls) == {
        "http://www.x.cn/search?kw=活动周&p=1",
        "http://www.y.cn/s?q=%E6%B4%BB%E5%8A%A8",
    }
    (u,) = find_urls("专栏：http://x.cn/专栏/index.html，欢迎访问", "body")
    assert u.url == "http://x.cn/专栏/index.html"
    (u,) = find_urls("请访问http://www.dyzj.cn/hdz欢迎大家浏览", "body")
    assert u.url == "http://www.dyzj.cn/hdz"


def test_structured_scores_beat_window_scores_when_merged() -> None:
    table = Table(rows=(("学校网站", "http://www.a.cn"), ("活动周专栏", "http://www.a.cn/z")))
    text = "活动周\n学校网站\thttp://www.a.cn\n活动周专栏\thttp://www.a.cn/z"
    merged = merge_urls(urls_in_tables([table], "f"), find_urls(text, "f"))
    assert [(u.url, u.column_score, u.structured) for u in merged] == [
        ("http://www.a.cn", 0.0, True),
        ("http://www.a.cn/z", 1.95, True),
    ]
    assert max(u.column_score for u in find_urls("宣传专栏：http://a.cn", "b")) <= 1.0


def test_prose_labels_and_the_schools_own_site() -> None:
    (u,) = find_urls("我校活动周宣传专栏网址：http://a.cn/zl", "body")
    assert (u.label, u.structured) == ("我校活动周宣传专栏网址", False)
    (u,) = find_urls("地址：泰安市泰山区\n学校网站：www.tsvtc.edu.cn", "x.docx#text")
    assert (u.column_score, u.label) == (0.0, "学校网站")  # a footer's site is not the column


def test_wechat_only_columns() -> None:
    assert wechat_accounts("我校活动周宣传专栏设在微信公众号“肥城职专”上，欢迎关注。") == (
        "肥城职专",
    )
    assert wechat_accounts("宣传专栏：公众号「新泰职教」") == ("新泰职教",)
    assert wechat_accounts("欢迎关注学校公众号：泰山职院") == ()  # a signature, no column asked
    # where the unit says its publicity runs instead of a column
    assert wechat_accounts("方案见附件。我校宣传以微信公众号“肥城职专”为主。") == ("肥城职专",)
    table = Table(rows=(("宣传专栏", "微信公众号“岱岳职教”"), ("公众号", "泰安职教")))
    assert wechat_in_tables([table]) == ("岱岳职教", "泰安职教")


def test_a_video_or_short_video_account_instead_of_a_column_keeps_its_platform() -> None:
    said = "我校职教活动周主要通过抖音号“宁阳职专”（抖音号：nyzz2020）发布，未开设网站专栏。"
    assert wechat_accounts(said) == ("抖音号：宁阳职专",)  # one account per platform
    assert wechat_accounts("活动周信息在视频号“肥城教体”同步发布。") == ("视频号：肥城教体",)
    assert wechat_accounts("周末我喜欢看抖音“某某”的视频") == ()  # no column asked for


def test_a_bare_host_after_a_label_is_an_address() -> None:
    from parsers.urls import find_urls

    def urls(text: str) -> list[str]:
        return [u.url for u in find_urls(text, "body")]

    assert urls("专栏地址：fczz.cn/zt") == ["http://fczz.cn/zt"]
    assert urls("网址为tsvtc.edu.cn/zjhdz/，请审核") == ["http://tsvtc.edu.cn/zjhdz/"]
    assert urls("邮箱：ab@fczz.cn") == []  # an email's domain is no address
    assert urls("附件：方案.doc") == []  # a file name is no host
    assert urls("学校在fczz.cn上有介绍") == []  # without a label a bare host is prose
