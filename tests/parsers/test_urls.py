"""URL finding: the forms units really write, and guessing the publicity column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.model import FoundUrl
from parsers.urls import best_column_url, find_urls


def _urls(text: str) -> list[str]:
    return [u.url for u in find_urls(text, "body")]


def test_http_and_https() -> None:
    assert _urls("见 http://www.tazj.gov.cn/a.html 和 https://mp.weixin.qq.com/s/Ab_c-9") == [
        "http://www.tazj.gov.cn/a.html",
        "https://mp.weixin.qq.com/s/Ab_c-9",
    ]


def test_bare_www_is_given_a_scheme() -> None:
    assert _urls("宣传专栏：www.dyzj.cn/hdz") == ["http://www.dyzj.cn/hdz"]


def test_full_width_www_form() -> None:
    assert _urls("网址：ｗｗｗ．ｔａｚｊ．ｇｏｖ．ｃｎ") == ["http://www.tazj.gov.cn"]


def test_chinese_punctuation_around_and_after() -> None:
    text = (
        "专栏（http://www.a.cn/zl）已开通，《https://b.cn/x?id=1&p=2》，"
        "地址“http://c.cn/”；网址：http://d.cn/e。另见http://e.cn/f、http://f.cn/g"
    )
    assert _urls(text) == [
        "http://www.a.cn/zl",
        "https://b.cn/x?id=1&p=2",
        "http://c.cn/",
        "http://d.cn/e",
        "http://e.cn/f",
        "http://f.cn/g",
    ]


def test_url_followed_by_chinese_text_stops_there() -> None:
    assert _urls("请访问http://www.dyzj.cn/hdz欢迎大家浏览") == ["http://www.dyzj.cn/hdz"]


def test_trailing_ascii_punctuation_trimmed_balanced_brackets_kept() -> None:
    assert _urls("see http://x.cn/a_(1), and (http://y.cn/b).") == [
        "http://x.cn/a_(1)",
        "http://y.cn/b",
    ]


def test_line_split_url_is_joined() -> None:
    text = "活动周专题网站：http://www.tazj.gov.cn/col/col\n12345/index.html\n请查收。"
    assert _urls(text) == ["http://www.tazj.gov.cn/col/col12345/index.html"]


def test_line_split_inside_host_is_joined() -> None:
    assert _urls("专栏地址：http://www.dyzj.\ncn/hdz/index.html") == [
        "http://www.dyzj.cn/hdz/index.html"
    ]


def test_url_is_not_joined_with_the_next_sentence() -> None:
    assert _urls("网址 http://www.x.cn/hdz\nthanks a lot") == ["http://www.x.cn/hdz"]
    assert _urls("网址 http://www.x.cn/hdz\n欢迎访问") == ["http://www.x.cn/hdz"]
    # A single plain word on the next line is prose, not the rest of the path.
    assert _urls("网址 http://www.x.cn/hdz\nthanks") == ["http://www.x.cn/hdz"]


def test_url_is_not_joined_with_a_url_on_the_next_line() -> None:
    assert _urls("http://www.x.cn/\nwww.y.cn") == ["http://www.x.cn/", "http://www.y.cn"]


def test_duplicates_removed_keeping_the_higher_score() -> None:
    found = find_urls("http://www.a.cn 再次：宣传专栏 http://www.a.cn", "body")
    assert [u.url for u in found] == ["http://www.a.cn"]
    assert found[0].column_score > 0.9


def test_mail_addresses_and_mailto_are_not_urls() -> None:
    assert _urls("邮箱 admin@www.x.cn，mailto:zs@163.com") == []


def test_source_and_context_recorded() -> None:
    (u,) = find_urls("我校宣传专栏网址：http://www.dyzj.cn/hdz", "方案.docx#text")
    assert u.source == "方案.docx#text"
    assert "宣传专栏" in u.context and "http://www.dyzj.cn/hdz" in u.context


def test_column_url_distinguished_from_school_site() -> None:
    text = (
        "学校网站：http://www.dyzj.cn，"
        "活动周宣传专栏：http://www.dyzj.cn/hdz2020/，"
        "公众号文章 https://mp.weixin.qq.com/s/abc"
    )
    found = find_urls(text, "body")
    scores = {u.url: u.column_score for u in found}
    # The school's own site is not its column: kept, labelled, never a candidate.
    assert scores["http://www.dyzj.cn/hdz2020/"] > 0 == scores["http://www.dyzj.cn"]
    assert {u.url: u.label for u in found}["http://www.dyzj.cn"] == "学校网站"
    assert best_column_url(found) == next(u for u in found if u.url.endswith("hdz2020/"))


@pytest.mark.parametrize(
    "text",
    [
        "附件为实施方案。\n实施方案已在区政府网站公开：http://www.x.gov.cn/art/2020/11/4/art_1.html",
        "我校活动周总结已发布在学校网站，链接：http://www.x.edu.cn/info/1023/4567.htm",
        "相关报道已在县教体局网站刊登 www.x.gov.cn/news/2020/1105.html",
        "一篇附件，另一篇已在区网站发布：http://www.x.gov.cn/art/2020/11/10/art_8812_1.html",
        "市教体局网站刊发了我校活动周报道：http://jtj.x.gov.cn/art/2020/11/14/art_3312_1.html",
    ],
)
def test_the_page_a_document_was_published_on_is_not_the_column(text: str) -> None:
    (u,) = find_urls(text, "body")
    assert u.column_score == 0


@pytest.mark.parametrize(
    "text",
    [
        "活动周方案已在宣传专栏发布：http://www.x.edu.cn/zt/hdz/",
        "方案已公开，活动周专题网址：http://www.x.edu.cn/zt/hdz/",
    ],
)
def test_a_label_naming_the_column_keeps_it_beside_a_published_document(text: str) -> None:
    (u,) = find_urls(text, "body")
    assert u.column_score > 0


def test_column_word_before_an_earlier_url_does_not_score_a_later_one() -> None:
    found = find_urls("宣传专栏 http://a.cn http://b.cn", "body")
    assert [u.column_score > 0 for u in found] == [True, False]


def test_closer_keyword_scores_higher() -> None:
    near = find_urls("宣传专栏：http://a.cn", "body")[0].column_score
    far = find_urls("宣传专栏已经建好了，欢迎各位领导和老师访问浏览：http://a.cn", "body")
    assert 0 < far[0].column_score < near <= 1.0


def test_no_column_words_scores_zero_and_best_is_none() -> None:
    found = find_urls("附件下载：ftp 不算；http://www.baidu.com", "body")
    assert found[0].column_score == 0
    assert best_column_url(found) is None
    assert best_column_url([]) is None


def test_best_column_url_takes_the_highest() -> None:
    a = FoundUrl(url="http://a.cn", column_score=0.5)
    b = FoundUrl(url="http://b.cn", column_score=0.9)
    assert best_column_url([a, b]) is b


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_never_raises_and_urls_have_a_scheme(text: str) -> None:
    for u in find_urls(text, "body"):
        assert u.url.lower().startswith(("http://", "https://"))
        assert 0.0 <= u.column_score <= 1.0


_URL_PIECES = [
    *(f"{before}www." for before in ["", "W", "a", "1", ".", "@", "/", "-", " ", "中", "\n"]),
    *("WWW.", "http://", "HTTPS://", "a.b", "中", "ä"),
    *"wWhHtTpPsS.:/-@a1 \n",
]
_CASE_FOLDING = ["ı", "İ", "ſ", "K"]  # IGNORECASE matches these to i, i, s and k


@settings(max_examples=1000)
@given(
    st.one_of(
        st.lists(st.sampled_from(_URL_PIECES), max_size=30).map("".join),
        st.lists(st.sampled_from(_URL_PIECES + _CASE_FOLDING), max_size=30).map("".join),
    )
)
def test_the_fast_url_scan_finds_what_the_ignore_case_pattern_finds(text: str) -> None:
    """`_url_spans` scans lower-cased text without a look-behind; the spans are those of
    `_URL_RE` (IGNORECASE, look-behind) on any text, odd case-folding letters included."""
    from parsers.urls import _URL_RE, _url_spans

    assert list(_url_spans(text)) == [m.span() for m in _URL_RE.finditer(text)]


def test_the_next_item_of_a_numbered_list_does_not_continue_a_url() -> None:
    text = "1.宣传专栏：http://www.xtzz.net/zjhdz/\n2.联络员：韩雪峰"
    assert [u.url for u in find_urls(text, "body")] == ["http://www.xtzz.net/zjhdz/"]


def test_a_scheme_typed_with_a_chinese_input_method() -> None:
    """ "http：//" with a full-width colon (and slashes) is the URL it means."""
    from parsers.urls import find_urls as find

    assert [
        u.url
        for u in find("宣传专栏网址：http：//jtj.xintai.gov.cn/col/col17125/index.html", "body")
    ] == ["http://jtj.xintai.gov.cn/col/col17125/index.html"]
    assert [u.url for u in find("专栏：https：／／www.x.cn/zt/", "body")] == [
        "https://www.x.cn/zt/"
    ]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("活动周专栏：http://www.肥城教体.cn/zjhdz/ 欢迎访问", "http://www.肥城教体.cn/zjhdz/"),
        (
            "宣传专栏网址：https://www.泰山职专.com/hdz2020/，请审核",
            "https://www.泰山职专.com/hdz2020/",
        ),
        ("专栏地址：www.肥城教体.cn/zt/index.html", "http://www.肥城教体.cn/zt/index.html"),
        ("专题网页 http://职教.泰安.中国 已上线", "http://职教.泰安.中国"),
        ("专栏：http://hdz.泰山-职专.cn/2020/", "http://hdz.泰山-职专.cn/2020/"),
    ],
)
def test_a_chinese_domain_is_kept_whole(text: str, url: str) -> None:
    assert _urls(text) == [url]


@pytest.mark.parametrize(
    "text",
    [
        "专栏：http://www。欢迎访问",  # the host did not come through
        "专栏网址：http://www.肥城 稍后补报",
        "专栏：www.泰山职专 建设中",
        "地址：http://localhost/zt/",
        "网址 https:// 稍后发送",
    ],
)
def test_no_host_less_fragment_is_a_url(text: str) -> None:
    """A URL whose host has no top-level domain is never found, so never a column."""
    assert _urls(text) == []


def test_an_ip_address_with_a_port_is_a_url() -> None:
    assert _urls("专栏网址：http://221.2.166.5:8081/zjhdz/") == ["http://221.2.166.5:8081/zjhdz/"]
