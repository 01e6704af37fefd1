"""Rebuilding tables from text positions: grids with merged cells and wrapped lines,
borderless aligned lines, and what is not a table."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.pdf_tables import Rule, Segment, page_layout

CHAR = 10.0  # a CJK glyph 10 pt wide


def seg(x: float, y: float, text: str) -> Segment:
    return Segment(x, y, x + CHAR * len(text), y + 10, text)


def grid(xs: list[float], ys: list[float]) -> list[Rule]:
    """Full rules along every x (vertical) and y (horizontal)."""
    return [Rule(x - 0.5, ys[-1], x + 0.5, ys[0]) for x in xs] + [
        Rule(xs[0], y - 0.5, xs[-1], y + 0.5) for y in ys
    ]


def test_a_ruled_grid_with_a_wrapped_cell_and_text_around_it() -> None:
    xs, ys = [0.0, 70.0, 130.0], [700.0, 680.0, 640.0]
    segments = [
        seg(0, 720, "联络员信息表"),
        seg(5, 685, "单位"),
        seg(75, 685, "姓名"),
        seg(5, 660, "泰安市岱"),  # 40 pt of a 60 pt wide cell: the next word no longer fits
        seg(5, 645, "岳区职教"),
        seg(75, 660, "阎健"),
        seg(0, 620, "此致"),
    ]
    tables, text = page_layout(segments, grid(xs, ys))
    assert tables == [[["单位", "姓名"], ["泰安市岱岳区职教", "阎健"]]]
    assert text == "联络员信息表\n单位\t姓名\n泰安市岱岳区职教\t阎健\n此致"


def test_a_short_line_in_a_cell_is_a_line_break() -> None:
    xs, ys = [0.0, 200.0, 260.0], [700.0, 640.0]
    segments = [seg(5, 680, "13805381234"), seg(5, 660, "0538-6991449"), seg(205, 680, "张三")]
    tables, _ = page_layout(segments, grid(xs, ys))
    assert tables == [[["13805381234\n0538-6991449", "张三"]]]


def test_missing_borders_make_merged_cells_repeated() -> None:
    xs, ys = [0.0, 60.0, 120.0, 180.0], [700.0, 680.0, 660.0]
    rules = [
        Rule(xs[0] - 0.5, 660, xs[0] + 0.5, 700),
        Rule(xs[3] - 0.5, 660, xs[3] + 0.5, 700),
        Rule(xs[1] - 0.5, 660, xs[1] + 0.5, 700),
        Rule(xs[2] - 0.5, 660, xs[2] + 0.5, 680),  # no border between 联系方式's two columns
        *[Rule(0, y - 0.5, 180, y + 0.5) for y in ys],
    ]
    segments = [seg(5, 685, "姓名"), seg(65, 685, "联系方式"), seg(5, 665, "姓名"),
                seg(65, 665, "手机"), seg(125, 665, "邮箱")]  # fmt: skip
    tables, _ = page_layout(segments, rules)
    assert tables == [[["姓名", "联系方式", "联系方式"], ["姓名", "手机", "邮箱"]]]


def test_borderless_aligned_lines_and_right_aligned_numbers() -> None:
    segments = [
        seg(0, 700, "姓名"), seg(100, 700, "手机号码"), seg(220, 700, "邮箱"),
        seg(0, 685, "钱一"), Segment(120, 685, 195, 695, "13805381234 "), seg(220, 685, "qy@a.cn"),
        seg(0, 670, "孙二"), Segment(120, 670, 195, 680, "13905381234 "), seg(220, 670, "se@a.cn"),
    ]  # fmt: skip
    tables, text = page_layout(segments, [])
    assert tables == [
        [["姓名", "手机号码", "邮箱"], ["钱一", "13805381234", "qy@a.cn"],
         ["孙二", "13905381234", "se@a.cn"]]
    ]  # fmt: skip
    assert text.splitlines()[1] == "钱一\t13805381234\tqy@a.cn"


def test_prose_and_a_two_line_letterhead_are_not_tables() -> None:
    segments = [
        seg(0, 700, "泰安市教育局"), seg(300, 700, "2020年11月5日"),
        seg(0, 685, "职成高教科"), seg(300, 685, "第12期"),
        seg(0, 650, "各职业院校：现将活动周安排通知如下。"),
    ]  # fmt: skip
    tables, _ = page_layout(segments, [])
    assert tables == []


_NUM = st.floats(min_value=0, max_value=800, allow_nan=False)


@settings(max_examples=200)
@given(
    st.lists(st.builds(lambda x, y, t: seg(x, y, t), _NUM, _NUM, st.text(max_size=8)), max_size=30),
    st.lists(st.builds(Rule, _NUM, _NUM, _NUM, _NUM), max_size=30),
)
def test_never_raises_and_every_table_is_rectangular(
    segments: list[Segment], rules: list[Rule]
) -> None:
    tables, text = page_layout(segments, rules)
    assert isinstance(text, str)
    for rows in tables:
        assert len({len(r) for r in rows}) == 1
