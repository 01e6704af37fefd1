"""The console in-process over HTTP: login required, CSRF on every change, throttling,
security headers, escaping, download headers, corrections audited once with the user."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from intake import jobs
from intake.context import Context
from intake.store import AttachmentRow, AuditRow, MessageRow
from intake.store.schema import UserRow
from intake.users import add_user, disable_user, set_password
from intake.web.sessions import USER_LIMIT
from tests.intake.helpers import deliver_maildir, docx_bytes, mail
from tests.intake.test_locked_archive import locked_zip
from tests.web.conftest import PASSWORD, Wall, csrf_of, login, make_client

PAGES = [
    "/",
    "/?kind=school&state=owing",
    "/unit/taishan",
    "/problems",
    "/mail",
    "/mail?q=活动周&unit=_none",
    "/mail/15",
    "/mail/15/raw",
    "/sent",
    "/sent/1",
    "/audit",
    "/file/a17",
    "/file/a17/preview",
    "/live",
]
ACTIONS = ["/act/assign", "/act/ignore", "/act/reclassify", "/act/resend", "/logout"]


def _unassigned(ctx: Context) -> MessageRow:
    with ctx.store.session() as s:
        return s.scalars(
            select(MessageRow).where(MessageRow.state == "done", MessageRow.unit_id.is_(None))
        ).one()


def _audit_count(ctx: Context) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(AuditRow)) or 0


@pytest.mark.parametrize("path", PAGES)
def test_every_page_without_login_goes_to_the_login_page(anon, path: str) -> None:
    answer = anon.get(path)
    if path == "/live":
        assert answer.status_code == 401
        return
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")
    assert "逾期" not in answer.text and "@" not in answer.text


def test_a_change_without_login_changes_nothing(anon, demo_ctx: Context) -> None:
    row = _unassigned(demo_ctx)
    for path in ACTIONS:
        answer = anon.post(path, data={"message": f"#{row.id}", "unit": "taishan"})
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    assert _unassigned(demo_ctx).id == row.id
    assert _audit_count(demo_ctx) == 0


def test_login_sets_a_guarded_session_cookie_and_opens_the_pages(anon) -> None:
    answer = login(anon)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    cookie = answer.headers["set-cookie"]
    assert "intake_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http, secure_cookies off
    for path in PAGES:
        assert anon.get(path).status_code == 200, path


def test_secure_cookies_when_configured(
    demo_ctx: Context, frozen: datetime, wall: Wall, staff
) -> None:
    from intake.config import WebSettings

    web = WebSettings(secure_cookies=True)
    client = make_client(demo_ctx, frozen, wall, base_url="https://testserver", web=web)
    answer = login(client)
    assert "Secure" in answer.headers["set-cookie"]
    plain = make_client(demo_ctx, frozen, wall, base_url="https://testserver")
    assert "Secure" in login(plain).headers["set-cookie"]  # https alone makes it Secure


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(anon) -> None:
    for name in ("wang", "nobody"):
        answer = login(anon, name=name, password="wrong password")
        assert answer.status_code == 401
        assert "用户名或密码错误" in answer.text
        assert "intake_session" not in answer.headers.get("set-cookie", "")
    assert anon.get("/").status_code == 303


def test_logout_ends_the_session(client) -> None:
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert client.get("/").status_code == 303


def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(client, demo_ctx: Context) -> None:
    row = _unassigned(demo_ctx)
    form = {"message": f"#{row.id}", "unit": "taishan", "back": "/problems"}
    for token in (None, "", "forged-token"):
        data = dict(form) if token is None else {**form, "csrf": token}
        answer = client.post("/act/assign", data=data)
        assert answer.status_code == 403
        assert "CSRF" in answer.text
    # a token of another session does not do either
    other = make_client(demo_ctx, datetime(2020, 11, 17), Wall())
    stranger = csrf_of(other.get("/login").text)
    assert client.post("/act/assign", data={**form, "csrf": stranger}).status_code == 403
    assert _unassigned(demo_ctx).id == row.id
    assert _audit_count(demo_ctx) == 0


def test_the_login_form_itself_needs_its_token(anon) -> None:
    answer = anon.post("/login", data={"name": "wang", "password": PASSWORD})
    assert answer.status_code == 403
    assert anon.get("/").status_code == 303


def test_assign_through_the_form_is_audited_once_with_the_staff_user(
    client, demo_ctx: Context
) -> None:
    row = _unassigned(demo_ctx)
    token = csrf_of(client.get("/problems").text)
    answer = client.post(
        "/act/assign",
        data={
            "csrf": token,
            "message": f"#{row.id}",
            "unit": "taishan",
            "remember": "1",
            "note": "电话确认是泰山区",
            "back": "/problems",
        },
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/problems"
    with demo_ctx.store.session() as s:
        assert s.get(MessageRow, row.id).unit_id == "taishan"
        audit = list(s.scalars(select(AuditRow)))
    assert [(a.user, a.action, a.target, a.note) for a in audit] == [
        ("wang", "assign", f"#{row.id}", "电话确认是泰山区")
    ]
    page = client.get("/problems").text
    assert f"邮件 #{row.id} 已归入泰安市泰山区教育和体育局" in page  # the message, shown once
    assert f'id="problem-m{row.id}"' not in page
    assert f'id="problem-m{row.id}"' not in client.get("/problems").text


def test_a_refused_correction_says_why_and_changes_nothing(client, demo_ctx: Context) -> None:
    token = csrf_of(client.get("/").text)
    answer = client.post(
        "/act/assign", data={"csrf": token, "message": "#9999", "unit": "taishan", "back": "/"}
    )
    assert answer.status_code == 303
    assert "no message #9999" in unquote(answer.headers["set-cookie"])
    assert _audit_count(demo_ctx) == 0


def test_back_never_leaves_the_site(client, demo_ctx: Context) -> None:
    token = csrf_of(client.get("/").text)
    for back in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        answer = client.post("/act/ignore", data={"csrf": token, "message": "#9999", "back": back})
        assert answer.headers["location"] == "/"
    page = client.get("/login?next=//evil.example/")  # logged in: on to next, if local
    assert page.headers["location"] == "/"


def test_security_headers_on_pages_errors_and_the_login_page(client, anon) -> None:
    for answer in (client.get("/"), client.get("/unit/nope"), anon.get("/login")):
        csp = answer.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["cache-control"] == "no-store"
    assert client.get("/unit/nope").status_code == 404
    html = client.get("/").text
    assert "<script>" not in html and '<script src="/static/console.js" defer></script>' in html
    assert " style=" not in html and "<style" not in html  # no inline style for the CSP


def _hostile_mail(ctx: Context, frozen: datetime) -> None:
    """A mail with <script> in the subject, a file name and the body, taken in by a poll."""
    msg: EmailMessage = mail(
        sender="Mallory <mallory@163.com>",
        subject='活动周<script>alert("subject")</script>',
        body='<script>alert("body")</script> 联系人 <b>x</b>',
        files=[('<script>alert("file")</script>".docx', docx_bytes("活动周宣传稿", "正文"))],
        when=frozen,
    )
    deliver_maildir(ctx.settings.path(ctx.settings.mailbox.endpoint.path), msg)
    report = jobs.poll_once(ctx, now=frozen)
    assert report.count("done") == 1


def test_script_in_subject_file_name_and_body_is_shown_as_text(
    client, demo_ctx: Context, frozen: datetime
) -> None:
    _hostile_mail(demo_ctx, frozen)
    with demo_ctx.store.session() as s:
        row = s.scalars(select(MessageRow).order_by(MessageRow.id.desc())).first()
        att = row.attachments[0]
    pages = [
        "/",
        "/problems",
        "/mail",
        f"/mail/{row.id}",
        f"/file/a{att.id}/preview",
        "/mail?q=script",
    ]
    for path in pages:
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert "&lt;script&gt;alert" in html, path
    assert "&lt;b&gt;x&lt;/b&gt;" in client.get(f"/mail/{row.id}").text


def test_downloads_are_attachments_with_safe_rfc5987_names(
    client, demo_ctx: Context, frozen: datetime
) -> None:
    _hostile_mail(demo_ctx, frozen)
    with demo_ctx.store.session() as s:
        att = s.scalars(select(MessageRow).order_by(MessageRow.id.desc())).first().attachments[0]
    answer = client.get(f"/file/a{att.id}")
    assert answer.status_code == 200 and answer.content[:2] == b"PK"
    value = answer.headers["content-disposition"]
    assert value.startswith("attachment; ")
    assert "\r" not in value and "\n" not in value
    fallback = value.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback.isascii() and "<" not in fallback and "/" not in fallback
    encoded = value.split("filename*=UTF-8''", 1)[1]
    assert all(c.isalnum() or c in "%-._~" for c in encoded)
    name = unquote(encoded)
    assert "<" not in name and '"' not in name and "/" not in name and name.endswith(".docx")
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["x-content-type-options"] == "nosniff"
    chinese = client.get("/file/a17")  # 宣传稿件.docx of the demo
    assert "filename*=UTF-8''%E5%AE%A3%E4%BC%A0" in chinese.headers["content-disposition"]


def test_logins_are_throttled_per_user_with_a_lockout_time(anon, wall: Wall) -> None:
    for _ in range(USER_LIMIT):
        assert login(anon, password="guess").status_code == 401
    locked = login(anon)  # the right password, too soon
    assert locked.status_code == 429 and "锁定" in locked.text
    assert anon.get("/").status_code == 303
    wall.advance(minutes=16)
    assert login(anon).status_code == 303
    assert anon.get("/").status_code == 200


def test_logins_are_throttled_per_client_address(anon, demo_ctx: Context, wall: Wall) -> None:
    for i in range(20):
        login(anon, name=f"guess{i}", password="guess")
    assert login(anon).status_code == 429  # a real account, from the same address


def test_passwords_are_argon2id_hashes(demo_ctx: Context, staff: str) -> None:
    with demo_ctx.store.session() as s:
        stored = s.get(UserRow, staff).password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_disabling_an_account_or_changing_its_password_ends_its_sessions(
    client, demo_ctx: Context, wall: Wall
) -> None:
    assert client.get("/").status_code == 200
    disable_user(demo_ctx.store, "wang")
    assert client.get("/").status_code == 303
    assert login(client).status_code == 401
    add_user(demo_ctx.store, "li", "another long one", now=wall())
    assert login(client, "li", "another long one").status_code == 303
    set_password(demo_ctx.store, "li", "a third long one")
    assert client.get("/").status_code == 303


def test_sessions_expire(client, wall: Wall) -> None:
    wall.advance(hours=13)  # [web] session_hours = 12
    assert client.get("/").status_code == 303


def test_the_live_stamp_changes_with_a_correction(client, demo_ctx: Context) -> None:
    before = client.get("/live").json()["v"]
    assert client.get(f"/live?v={before}").json()["changed"] is False
    row = _unassigned(demo_ctx)
    token = csrf_of(client.get("/").text)
    client.post("/act/ignore", data={"csrf": token, "message": f"#{row.id}", "back": "/"})
    after = client.get(f"/live?v={before}").json()
    assert after["changed"] is True and after["v"] != before


def test_demo_mode_opens_without_login_but_still_wants_the_token(
    demo_ctx: Context, frozen: datetime, wall: Wall
) -> None:
    client = make_client(demo_ctx, frozen, wall, demo=True)
    page = client.get("/")
    assert page.status_code == 200 and "演示模式" in page.text
    row = _unassigned(demo_ctx)
    form = {"message": f"#{row.id}", "unit": "xintai", "back": "/"}
    assert client.post("/act/assign", data=form).status_code == 403
    token = csrf_of(client.get("/problems").text)
    assert client.post("/act/assign", data={**form, "csrf": token}).status_code == 303
    with demo_ctx.store.session() as s:
        assert [a.user for a in s.scalars(select(AuditRow))] == ["demo"]


def test_the_matrix_uses_the_digest_words_and_filters(client) -> None:
    html = client.get("/").text
    assert 'data-unit="taishan"' in html and "taishan" in html
    assert "逾期补交" in html and "部分（3/5）逾期" in html and "完成" in html
    schools = client.get("/?kind=school").text
    assert 'data-unit="tsvtc"' in schools and 'data-unit="taishan"' not in schools
    done = client.get("/?state=complete").text
    assert 'data-unit="daiyue"' in done and 'data-unit="taishan"' not in done
    found = client.get("/?q=泰山区").text
    assert 'data-unit="taishan"' in found and 'data-unit="daiyue"' not in found


@pytest.mark.server
def test_a_preview_shows_the_text_and_a_pdf_made_by_libreoffice(client, demo_ctx: Context) -> None:
    from tests.fixtures.servers import require_binary

    require_binary("soffice")
    with demo_ctx.store.session() as s:
        att = s.scalars(
            select(AttachmentRow).where(AttachmentRow.filename.like("%方案.docx"))
        ).first()
    preview = client.get(f"/file/a{att.id}/preview")
    assert preview.status_code == 200
    assert "活动周" in preview.text and f"/file/a{att.id}/pdf" in preview.text
    pdf = client.get(f"/file/a{att.id}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("inline; ")
    assert "script-src" not in pdf.headers["content-security-policy"]  # nothing may run
    cached = demo_ctx.settings.data_dir / "previews" / f"{att.sha256}.pdf"
    assert cached.read_bytes() == pdf.content


def test_every_post_route_refuses_a_request_without_the_token(client, demo_ctx: Context) -> None:
    from starlette.routing import Route

    posts = [r.path for r in client.app.routes if isinstance(r, Route) and "POST" in r.methods]
    assert "/act/assign" in posts and "/logout" in posts
    for path in posts:
        answer = client.post(path, data={"message": "#15", "unit": "taishan"})
        assert answer.status_code == 403, path
        multipart = client.post(path, files={"file": ("x.docx", b"PK")}, data={"csrf": "bad"})
        assert multipart.status_code == 403, path
    assert _audit_count(demo_ctx) == 0
    assert client.get("/").status_code == 200  # still logged in: logout refused too


@pytest.mark.server
def test_a_locked_zip_is_downloaded_whole_and_its_files_are_listed(
    client, demo_ctx: Context, frozen: datetime, tmp_path: Path
) -> None:
    """A password zip: the zip is filed and downloadable, its files listed by name with
    their category, each encrypted, and no download link that would only 404."""

    data = locked_zip(tmp_path)
    msg = mail(
        sender="fczz@ta.shandong.cn",
        subject="肥城职专活动周总结",
        files=[("材料.zip", data)],
        when=frozen,
    )
    deliver_maildir(demo_ctx.settings.path(demo_ctx.settings.mailbox.endpoint.path), msg)
    assert jobs.poll_once(demo_ctx, now=frozen).count("done") == 1
    with demo_ctx.store.session() as s:
        row = s.scalars(select(MessageRow).order_by(MessageRow.id.desc())).first()
        ids = {a.filename: a.id for a in row.attachments}
    assert client.get(f"/file/a{ids['材料.zip']}").content == data
    html = client.get(f"/mail/{row.id}").text
    assert "活动周总结.docx" in html and "活动周统计表.docx" in html
    assert f'href="/file/a{ids["活动周总结.docx"]}"' not in html
    assert html.count("加密压缩包中的文件，请下载压缩包") == 2
