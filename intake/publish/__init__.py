"""What the city publishes and prints, gathered from the store: column links, the bulletin
(通报), the article catalogue with staff's 推荐 marks, and zip downloads.

    links = column_links(ctx)                      # every column URL with its last check
    links = check_links(ctx, now)                  # check the current ones now (and remember)
    articles = gather_articles(ctx)                # the catalogue (the one gathering function)
    recommend(ctx, "a31", note="典型案例", who="tian", now=now)
    export_recommended(ctx, Path("推荐.zip"), now)  # recommended files + a cover list
    bundle(ctx, "summary", Path("总结.zip"))        # 单位名称/类别/原文件名 for one requirement
    files = write_bulletin(ctx, Path("通报.docx"), now)   # docx, pdf (LibreOffice), txt

The outbox composes (outbox/links.py, bulletin.py, catalogue.py, workbook/); this package
only reads the store and the archive and writes files.
"""

from intake.publish.articles import (
    find_article,
    gather_articles,
    recommend,
    unrecommend,
)
from intake.publish.files import (
    BulletinFiles,
    ZipReport,
    bulletin,
    bundle,
    export_recommended,
    write_bulletin,
)
from intake.publish.links import check_links, column_links, link_policy, links_html, stored_checks

__all__ = [
    "BulletinFiles",
    "ZipReport",
    "bulletin",
    "bundle",
    "check_links",
    "column_links",
    "export_recommended",
    "find_article",
    "gather_articles",
    "link_policy",
    "links_html",
    "recommend",
    "stored_checks",
    "unrecommend",
    "write_bulletin",
]
