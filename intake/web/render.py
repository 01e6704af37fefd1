"""Templates of the console and what every page is given.

    return page(request, "overview.html", rows=rows)     # an HTMLResponse
    return done(request, "/problems", "已归入泰山区")        # redirect with a message

Every template autoescapes (whatever its extension): subjects, file names, addresses and
mail text are data and are shown as text. Dates are written as the digest writes them
(outbox.render), state words come from the digest's own helpers.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from intake.web import words
from intake.web.app import console_of
from intake.web.pages.live import page_stamp
from outbox.render import category_label, format_deadline, format_moment

FLASH_COOKIE = "intake_flash"

NAV = (
    ("overview", "/", "总览"),
    ("problems", "/problems", "待处理"),
    ("mail", "/mail", "邮件"),
    ("sent", "/sent", "发送记录"),
    ("audit", "/audit", "审计"),
    ("articles", "/articles", "宣传材料"),
    ("links", "/links", "宣传专栏"),
    ("bulletin", "/bulletin", "通报"),
    ("downloads", "/downloads", "按要求下载"),
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The console's Jinja2 environment: autoescape on for every template."""
    env = Environment(
        loader=PackageLoader("intake.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # the campaign's own titles of its deliverables where the page's context has it
    env.filters["category"] = pass_context(lambda c, v: category_label(v, c.get("campaign")))
    tables = {
        "message": words.MESSAGE_STATES,
        "doc": words.DOC_STATUSES,
        "unit_rule": words.UNIT_RULES,
        "category_rule": words.CATEGORY_RULES,
        "outbox_kind": words.OUTBOX_KINDS,
        "outbox_state": words.OUTBOX_STATES,
        "audit": words.AUDIT_ACTIONS,
        "problem": words.PROBLEM_KINDS,
        "read_problem": words.READ_PROBLEMS,
    }
    env.globals["w"] = lambda table, code: words.word(tables[table], code)
    env.filters["trust"] = words.trust_reason
    from intake.web.pages.overrides import CHANNELS  # it imports this module

    env.globals["channels"] = CHANNELS
    return env


def local_path(value: str | None, default: str = "/") -> str:
    """`value` if it is a path on this site ("/unit/x?a=1"), else `default` (no open
    redirect to another host)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    return value


def _flash(request: Request) -> dict[str, Any] | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    try:
        value = json.loads(unquote(raw))
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return {"ok": bool(value.get("ok")), "text": str(value.get("text", ""))[:500]}


def base_context(request: Request) -> dict[str, Any]:
    """What the layout needs: the user, the CSRF token, the campaign, the clock."""
    from intake.web.pages.overrides import available as overrides_available

    console = console_of(request)
    campaign = console.ctx.settings.campaign
    tz = campaign.tz
    state = request.scope.get("state", {})
    now = console.clock()
    return {
        "request": request,
        "user": state.get("user", ""),
        "csrf": state.get("csrf", ""),
        "demo": console.demo,
        "overrides": overrides_available(),
        "campaign": campaign,
        "nav": NAV,
        "now": now,
        "now_text": format_moment(now, tz),
        "refresh_ms": int(console.web.refresh_seconds * 1000),
        "moment": lambda dt: format_moment(dt, tz) if dt else "",
        "deadline": lambda dt: format_deadline(dt, tz) if dt else "",
        "day": lambda dt: f"{dt.astimezone(tz):%Y-%m-%d}" if dt else "",
        "flash": _flash(request),
        "stamp": page_stamp(console),
        "here": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
    }


def page(request: Request, template: str, status_code: int = 200, **values: Any) -> Response:
    """Render `template` with the layout's values and `values`."""
    context = base_context(request)
    context.update(values)
    html = environment().get_template(template).render(context)
    response = HTMLResponse(html, status_code=status_code)
    if context["flash"] is not None:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def done(request: Request, back: str | None, text: str, *, ok: bool = True) -> Response:
    """Redirect (303) to `back` on this site with a message shown once."""
    response = RedirectResponse(local_path(back), status_code=303)
    value = quote(json.dumps({"ok": ok, "text": text}, ensure_ascii=False))
    response.set_cookie(FLASH_COOKIE, value, max_age=60, path="/", httponly=True, samesite="strict")
    return response


def error_page(request: Request, status: int, title: str, detail: str = "") -> Response:
    """A Chinese error page (a plain one if even the layout cannot be rendered)."""
    try:
        return page(request, "error.html", status_code=status, title=title, detail=detail)
    except Exception:  # the layout itself failed (no console state): still say something
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)


def stamp_time(dt: datetime | None, request: Request) -> str:
    """An instant as the digest writes it ("11月5日 09:30"), "" for None."""
    return format_moment(dt, console_of(request).tz) if dt else ""
