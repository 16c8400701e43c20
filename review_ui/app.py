"""Build the review web app: routers, static files, security headers, domain-error mapping.

Add a router by appending its module path to ``ROUTERS``; each module exposes ``router`` (an APIRouter).
"""

from __future__ import annotations

import importlib
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, OperationalError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from medcoder.errors import AuthenticationError, MedcoderError, database_unavailable
from review_ui.deps import SESSION_COOKIE, is_htmx, wants_json
from review_ui.templating import STATIC_DIR, page_context, templates

# Each entry: a module with a module-level ``router``. The auditor pages (review_ui/routes/audit.py) are
# listed here too; a module that does not exist yet is skipped so parallel work never breaks start-up.
ROUTERS: list[str] = [
    "review_ui.routes.auth",
    "review_ui.routes.worklist",
    "review_ui.routes.review",
    "review_ui.routes.review_api",
    "review_ui.routes.codes",
    "review_ui.routes.admin",
    "review_ui.routes.exports",
    "review_ui.routes.audit",
    "review_ui.routes.audit_api",  # its own entry so the JSON twins appear on /api/docs (the pages do not)
]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


_DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
             "frame-ancestors 'none'")


class SecurityHeadersMiddleware:
    """Security headers on every response, ``Cache-Control: no-store`` on everything but static files.

    A plain ASGI middleware (not ``@app.middleware("http")``, whose BaseHTTPMiddleware runs every request in an
    extra task with an in-memory stream): it only edits the response headers as they are sent.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
                if path == "/api/docs":
                    # vendored Swagger UI sets inline styles and loads its icons as data: URIs; scripts 'self' only
                    headers["Content-Security-Policy"] = _DOCS_CSP
                if not path.startswith("/static/"):
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _include_routers(app: FastAPI) -> None:
    for name in ROUTERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        app.include_router(module.router)


def _return_path(request: Request) -> str:
    """Where to go after logging in again: the page, not a POST-only action (GET on it answered 405)."""
    if request.method == "GET":
        return request.url.path
    current = urlsplit(request.headers.get("HX-Current-URL", ""))
    if current.path.startswith("/") and current.netloc in ("", request.url.netloc):
        return current.path
    return "/worklist"


def _error_response(request: Request, error: MedcoderError) -> Response:
    """JSON under /api/, an HTML message (or an HTMX partial) elsewhere; never note text."""
    if wants_json(request):
        headers = {"WWW-Authenticate": "Cookie"} if error.status == 401 else None
        return JSONResponse(error.to_dict(), status_code=error.status, headers=headers)
    if isinstance(error, AuthenticationError):
        target = "/login?next=" + quote(_return_path(request))
        if error.details.get("expired"):
            target += "&expired=1"
        if is_htmx(request):
            return Response(status_code=401, headers={"HX-Redirect": target})
        response = RedirectResponse(target, status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
    context = page_context(request, error=error)
    if is_htmx(request):
        return templates.TemplateResponse(request, "error.html", context, status_code=error.status,
                                          block_name="message", headers={"HX-Retarget": "#messages",
                                                                         "HX-Reswap": "innerHTML"})
    return templates.TemplateResponse(request, "error.html", context, status_code=error.status)


API_DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>medcoder API</title>
<link rel="stylesheet" href="/static/swagger/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger/init.js"></script></body></html>
"""


def create_app() -> FastAPI:
    """The app factory used by ``medcoder serve`` (uvicorn ``factory=True``) and the tests."""
    app = FastAPI(title="medcoder review API", docs_url=None, openapi_url="/api/openapi.json",
                  redoc_url=None, description="Review, decide and finalize suggested codes; same checks as the UI.")

    app.add_middleware(SecurityHeadersMiddleware)

    @app.exception_handler(MedcoderError)
    async def domain_error(request: Request, error: MedcoderError) -> Response:
        return _error_response(request, error)

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def database_down(request: Request, error: DBAPIError) -> Response:
        # The request's transaction was rolled back; only a classified reason is shown, never driver text.
        return _error_response(request, database_unavailable(error))

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def out_of_range(request: Request, error: Exception) -> Response:
        # e.g. an id past 64 bits in a path: SQLite raises OverflowError, PostgreSQL a DataError
        from medcoder.errors import ValidationError

        return _error_response(request, ValidationError("a number in the request is out of range"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        # unknown path, wrong method, unreadable body: the same {error, message} shape as domain errors
        codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        code = codes.get(error.status_code, "http_error")
        message = {404: "no such page or API endpoint", 405: f"{request.method} is not allowed here"}.get(
            error.status_code, str(error.detail) if error.detail else "request refused")
        body = {"error": code, "message": message}
        if request.url.path.startswith("/api/") or wants_json(request):
            return JSONResponse(body, status_code=error.status_code, headers=getattr(error, "headers", None))
        return PlainTextResponse(message, status_code=error.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_input(request: Request, error: RequestValidationError) -> Response:
        fields = sorted({".".join(str(p) for p in item.get("loc", ())[1:]) or "body" for item in error.errors()})
        from medcoder.errors import ValidationError

        return _error_response(request, ValidationError("malformed input: " + ", ".join(fields), fields=fields))

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.get("/api/docs", include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        """OpenAPI explorer from vendored Swagger UI files (no CDN, no inline script)."""
        return HTMLResponse(API_DOCS_HTML)

    _include_routers(app)
    return app
