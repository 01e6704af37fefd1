"""A compilation of articles in one Word document (宣传材料汇编) counts each article."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import docx
import pytest

from intake.items import item_values
from parsers.documents import read_document
from parsers.model import Attachment, FileFacts
from rules.campaign import Campaign
from rules.compilations import compilation_titles
from rules.judge import judge
from rules.model import Known
from tests.fixtures.office import convert
from tests.rules.factories import facts, mail

HEADLINES = (
    "宁阳职专开展职业礼仪进社区活动",
    "宁阳职专举行新生技能展示汇报",
    "宁阳职专开展技能大赛",
)
PROSE = (
    "11月10日，宁阳县职业中等专业学校开展活动，吸引了400余名师生和群众参与。"
    "参与活动的学生表示，通过活动增强了专业自信，坚定了技能成才、技能报国的信念。"
)


def _docx(
    title: str, heads: tuple[str, ...], prose: str, toc: bool = True, title_level: int = 0
) -> bytes:
    d = docx.Document()
    d.add_heading(title, level=title_level)
    if toc:
        for n, h in enumerate(heads, 1):
            d.add_paragraph(f"目录：{n}. {h}")
    for h in heads:
        d.add_heading(h, level=2)
        d.add_paragraph(prose)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _file(name: str, data: bytes) -> FileFacts:
    att = Attachment(
        filename=name,
        content_type="application/octet-stream",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return FileFacts(attachment=att, document=read_document(att))


def test_the_articles_of_a_compilation_are_its_headlines() -> None:
    f = _file("宣传材料汇编.docx", _docx("宁阳职专活动周宣传材料汇编", HEADLINES, PROSE))
    assert compilation_titles(f) == HEADLINES


def test_a_title_styled_like_its_headlines_is_not_an_article() -> None:
    data = _docx("宁阳职专活动周稿件汇编", HEADLINES, PROSE, toc=False, title_level=2)
    assert compilation_titles(_file("稿件汇编.docx", data)) == HEADLINES


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("宁阳职专活动周稿件（3篇）.docx", "宁阳职专活动周宣传稿"),
        ("宣传稿.docx", "宁阳职专活动周宣传报道两则"),
    ],
)
def test_a_count_of_pieces_in_the_name_marks_a_compilation(name: str, title: str) -> None:
    """ "稿件（两篇）", "报道三则": the sender says how many articles the file holds."""
    data = _docx(title, HEADLINES, PROSE, toc=False, title_level=1)
    assert compilation_titles(_file(name, data)) == HEADLINES
    plain = _docx("宁阳职专活动周宣传稿", HEADLINES, PROSE, toc=False, title_level=1)
    second = _file("宣传稿第二篇.docx", plain)  # the second article: one piece, not two
    assert compilation_titles(second) == ()


def test_what_is_not_a_compilation_counts_once() -> None:
    plan = _file(
        "方案.docx", _docx("宁阳职专活动周实施方案", ("一、活动目的", "二、活动内容"), PROSE)
    )
    assert compilation_titles(plan) == ()  # headings, but not called a compilation
    only_toc = _file("汇编.docx", _docx("宁阳职专宣传材料汇编", HEADLINES, "略。"))
    assert compilation_titles(only_toc) == ()  # no prose under its headlines


def test_each_article_of_a_compilation_is_an_item(campaign: Campaign) -> None:
    f = _file("宣传材料汇编.docx", _docx("宁阳职专活动周宣传材料汇编", HEADLINES, PROSE))
    j = judge(facts(mail("宣传材料汇编", "nyzz@ta.shandong.cn"), f), campaign, Known())
    (decision,) = j.files
    assert decision.category.category == "article" and decision.articles == HEADLINES

    row = SimpleNamespace(  # the attachment row as the store gives it to item_values
        sha256=f.attachment.sha256,
        filename=f.attachment.filename,
        category="article",
        doc_status="ok",
        readable=True,
        unit_id=None,
        facts={"articles": list(decision.articles)},
    )
    when = datetime(2020, 11, 12, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    items = item_values(1, "nyzz", when, {}, [row])  # type: ignore[list-item]
    assert [i["label"] for i in items] == list(HEADLINES)
    assert len({i["key"] for i in items}) == 3


@pytest.mark.server
@pytest.mark.parametrize("target", ["odt", "doc"])
def test_a_compilation_written_by_libreoffice(tmp_path: Path, target: str) -> None:
    source = tmp_path / "宣传材料汇编.docx"
    source.write_bytes(_docx("宁阳职专活动周宣传材料汇编", HEADLINES, PROSE))
    data = convert(tmp_path, source, target)
    assert compilation_titles(_file(f"宣传材料汇编.{target}", data)) == HEADLINES


def _plain_docx(title: str, lines: list[str]) -> bytes:
    """A compilation typed in 正文 only: no headline styled as a heading."""
    d = docx.Document()
    for line in (title, *lines):
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _numbered(heads: tuple[str, ...], mark: str = "稿件{n}：") -> list[str]:
    lines = [f"目录 {mark.format(n=n)}{h}" for n, h in enumerate(heads, 1)]
    for n, h in enumerate(heads, 1):
        lines += [f"{mark.format(n=n)}{h}", PROSE]
    return lines


@pytest.mark.parametrize("mark", ["稿件{n}：", "稿件 {n}：", "【稿件{n}】", "文章之{n}、"])
def test_headlines_numbered_as_pieces_in_plain_paragraphs(mark: str) -> None:
    data = _plain_docx("宁阳职专活动周宣传稿件汇编", _numbered(HEADLINES, mark))
    assert compilation_titles(_file("稿件汇编.docx", data)) == HEADLINES


def test_short_unnumbered_headlines_over_prose_in_plain_paragraphs() -> None:
    lines = [x for h in HEADLINES for x in (h, PROSE)]
    data = _plain_docx("宁阳职专活动周稿件（三篇）", lines)
    assert compilation_titles(_file("宁阳职专稿件.docx", data)) == HEADLINES
    one = _plain_docx("宁阳职专活动周稿件汇编", [HEADLINES[0], PROSE])
    assert compilation_titles(_file("稿件汇编.docx", one)) == ()  # one piece: counts once


@pytest.mark.server
def test_a_compilation_as_a_libreoffice_pdf(tmp_path: Path) -> None:
    """A PDF has no styles: its headlines are found from its lines (wrapped prose too)."""
    source = tmp_path / "稿件汇编.docx"
    source.write_bytes(_plain_docx("宁阳职专活动周宣传稿件汇编", _numbered(HEADLINES)[3:]))
    data = convert(tmp_path, source, "pdf")
    assert compilation_titles(_file("稿件汇编.pdf", data)) == HEADLINES


def test_a_compilation_of_numbered_briefs() -> None:
    """Briefs (简讯) of one sentence under numbered sections (一、…) in a file named 汇编."""
    lines = [
        "一、肥城市职教活动周启动",
        "8日，肥城市活动周启动仪式在市职专举行。",
        "二、桃木雕刻技艺走进课堂",
        "非遗传承人为学生讲授桃木雕刻技艺。",
        "三、肥城职教学子服务社区老人",
        "护理专业学生为社区老人测量血压、讲解防疫知识。",
    ]
    data = _plain_docx("肥城市职业教育活动周宣传稿件汇编", lines)
    assert compilation_titles(_file("肥城市稿件汇编.docx", data)) == (
        "肥城市职教活动周启动",
        "桃木雕刻技艺走进课堂",
        "肥城职教学子服务社区老人",
    )


def test_a_headline_its_first_sentence_repeats_is_found_as_its_line() -> None:
    """ "泰护学生走进养老院" over "泰护学生走进养老院，受到好评。": the headline is the line of
    its own, not the later sentence that starts with the same words."""
    d = docx.Document()
    d.add_heading("泰山护理职业学院活动周宣传稿件汇编", level=1)
    heads = ("泰护举行护理技能展示", "泰护学生走进养老院", "泰护开展急救知识进校园")
    for h in heads:
        d.add_heading(h, level=1)
        d.add_paragraph(f"{h}，受到师生和社区居民好评。")
    out = io.BytesIO()
    d.save(out)
    assert compilation_titles(_file("泰护宣传稿件汇编.docx", out.getvalue())) == heads


@pytest.mark.parametrize(
    "name", ["泰山区职业教育活动周简报第1期.docx", "新泰职教简报（活动周专刊）.docx"]
)
def test_an_issue_of_a_briefing_holds_its_pieces(name: str) -> None:
    data = _docx("职业教育活动周简报", HEADLINES, PROSE, toc=False)
    assert compilation_titles(_file(name, data)) == HEADLINES


# --- several articles in one document, said by the mail or shown by the document --------

NEWS = (
    (
        "肥城职专举办校园开放日活动",
        "11月12日，肥城职专举办校园开放日，500余名家长参观。学校展示了各专业实训成果。",
    ),
    (
        "肥城职专毕业生讲述成长故事",
        "11月13日，肥城职专邀请优秀毕业生返校座谈。毕业生们讲述了成长经历。",
    ),
    (
        "肥城职专师生开展免费检车服务",
        "近日，肥城职专汽修专业师生走进社区，为群众免费检车。共服务车辆80余台。",
    ),
)


def _typed(name: str, lines: list[str]) -> FileFacts:
    """A docx typed in 正文, no heading styles: what most schools send."""
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return _file(name, out.getvalue())


def _pieces(pieces: tuple[tuple[str, str], ...], style: str) -> list[str]:
    marks = {"section": "一二三", "piece": "123"}[style]
    out = []
    for n, (head, prose) in enumerate(pieces):
        out.append(f"{marks[n]}、{head}" if style == "section" else f"稿件{marks[n]}：{head}")
        out.append(prose)
    return out


def test_pieces_numbered_as_pieces_are_articles_even_on_the_first_line() -> None:
    """ "稿件1：…" first, no title above it, nothing in the name: numbered as pieces."""
    f = _typed("岱岳区活动周稿件.docx", _pieces(NEWS[:2], "piece"))
    assert compilation_titles(f) == (NEWS[0][0], NEWS[1][0])


@pytest.mark.parametrize(
    ("said", "others", "wanted"),
    [
        ("职成科：稿件4、5在一个文档里。", 0, 2),
        ("我区活动周宣传稿两篇，合在一个文档里，请查收。", 0, 2),
        ("交通职专稿件1-3", 1, 0),  # three said, two here and one more file: the count fits
        ("活动周稿件", 0, 2),  # nothing said, but each opens as news of its own
    ],
)
def test_the_mail_or_the_news_openings_say_a_file_holds_several(
    said: str, others: int, wanted: int
) -> None:
    f = _typed("稿件.docx", _pieces(NEWS[:2], "section"))
    got = compilation_titles(f, said, others)
    assert len(got) == (wanted or 2)
    assert got == (NEWS[0][0], NEWS[1][0])


def test_one_articles_sections_stay_one_article() -> None:
    """ "一、精心组织" sections under one headline: short section heads, no datelines."""
    lines = [
        "肥城职专扎实开展职业教育活动周",
        "一、精心组织",
        "学校成立领导小组，制定活动方案，明确责任分工，确保各项活动有序开展。",
        "二、突出特色",
        "学校结合专业特点，开展技能展示和志愿服务，受到群众好评和社会关注。",
    ]
    assert compilation_titles(_typed("稿件.docx", lines), "活动周稿件一篇", 0) == ()
    # a mail counting three pieces over three files does not split this one
    assert compilation_titles(_typed("稿件.docx", lines), "稿件三篇", 2) == ()
    # a name that counts it as one piece keeps news-like sections one article
    dated = _typed("宣传稿第二篇.docx", _pieces(NEWS[:2], "section"))
    assert compilation_titles(dated) == ()


def test_the_mail_counting_the_numbered_pieces_finds_every_one() -> None:
    """ "共4篇" over 之一 … 之四, however little stands under each (a brief, a dateline)."""
    heads = [
        "宁阳县举行活动周启动仪式",
        "宁阳职专开展职教进社区活动",
        "宁阳县技能展示走进商场",
        "宁阳职专校企合作侧记",
    ]
    lines = ["宁阳县活动周宣传材料汇编", "宁阳县教育和体育局"]
    for n, head in zip("一二三四", heads, strict=True):
        lines += [f"之{n} {head}", "11月9日，……" if n == "一" else "……"]
    f = _typed("宣传材料汇编.docx", lines)
    assert compilation_titles(f, "宣传材料共4篇，已汇编成一个文件。") == tuple(heads)
    # a count that does not fit the numbered pieces changes nothing
    assert len(compilation_titles(f, "宣传材料共3篇")) < 4


def test_a_compilation_numbered_1_2_3_under_its_contents_finds_each_once() -> None:
    """ "目 录" with 1. 2. 3., then the three articles under the same numbered headlines:
    the contents lines have no prose under them, the articles do."""
    heads = [
        "肥城职专学生开设智能手机课堂",
        "肥城市职业院校开展技能进万家展示",
        "肥城市举办职业生涯规划大赛",
    ]
    news = "肥城讯（通讯员 马晓燕）11月9日，肥城职专学生志愿者走进社区，为老人讲解手机用法。"
    lines = ["肥城市2020年职业教育活动周宣传稿件汇编", "目  录"]
    lines += [f"{n}. {h}" for n, h in enumerate(heads, start=1)]
    for n, head in enumerate(heads, start=1):
        lines += [f"{n}. {head}", news, "活动受到居民欢迎，大家纷纷点赞。"]
    f = _typed("稿件汇编.docx", lines)
    assert compilation_titles(f, "共3篇，请查收。") == tuple(heads)
    assert compilation_titles(f) == tuple(heads)  # 汇编 in the title says so too
