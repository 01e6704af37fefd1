"""Small pieces the stories share: the city's reminder threads and a statistics header row.
The wording of every mail is the story's own."""

from __future__ import annotations

REMIND1 = "<20201104093011.zcgjk.remind1@ta.shandong.cn>"
REMIND2 = "<20201115160245.zcgjk.remind2@ta.shandong.cn>"
R1_SUBJECT = "【提醒】职业教育活动周方案、专栏地址和联络员请于11月5日前报送"
R2_SUBJECT = "【提醒】活动周总结和统计表11月16日截止"
R1_TEXT = (
    "各县市区教体局、各职业院校：\n按照泰教函〔2020〕72号要求，活动周方案、宣传专栏（网站）地址和"
    "联络员联系方式请于11月5日前报送，尚未报送的单位抓紧。\n市教育局职成高教科"
)
R2_TEXT = (
    "各单位：活动周总结报告与统计表请于11月16日前报送至本邮箱，逾期将予以通报。\n市教育局职成高教科"
)


def quoted(text: str, when: str) -> str:
    """The city's reminder as a reply quotes it."""
    lines = "\n".join("> " + x for x in text.split("\n"))
    return f"\n\n在 2020-{when}，jyj-zcjk01@ta.shandong.cn 写道：\n{lines}\n"


def thread(first: str, *more: str) -> list[tuple[str, str]]:
    """In-Reply-To and References for a reply in the city's thread."""
    chain = [first, *more]
    return [("In-Reply-To", chain[-1]), ("References", " ".join(chain))]
