"""/api/docs: the OpenAPI explorer works offline - vendored Swagger UI, no CDN, no inline script."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from review_ui.app import create_app


def test_api_docs_served_from_vendored_files(db_url) -> None:
    client = TestClient(create_app())
    page = client.get("/api/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(src.startswith("/static/") for src in sources)
    assert "<script>" not in page.text  # every script is a file
    assert "script-src 'self';" in page.headers["content-security-policy"]
    for src in sources:
        assert client.get(src).status_code == 200
    assert client.get("/api/openapi.json").json()["info"]["title"] == "medcoder review API"
