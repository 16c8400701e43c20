"""The one Jinja2Blocks instance: a page renders whole, an HTMX swap renders a named block of the same template."""

from __future__ import annotations

from pathlib import Path

from jinja2_fragments.fastapi import Jinja2Blocks

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"

templates = Jinja2Blocks(directory=str(TEMPLATE_DIR))
# Templates ship with the package: no stat() of every template (and of each {% include %} in a loop) per render.
templates.env.auto_reload = False
templates.env.globals["confidence"] = lambda value: "-" if value is None else f"{value:.0%}"


def page_context(request, **values) -> dict:  # noqa: ANN001
    """Template variables every page needs (the user and CSRF token come from the request's session)."""
    viewer = getattr(request.state, "viewer", None)
    return {"user": viewer, "csrf_token": viewer.csrf_token if viewer else None, **values}
