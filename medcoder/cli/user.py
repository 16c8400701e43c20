"""``medcoder user``: manage logins and roles."""

from __future__ import annotations

import typer
from rich.table import Table

from medcoder.cli.common import cli_actor, console, handle_errors
from medcoder.services import users
from medcoder.storage.db import session_scope
from medcoder.storage.migrate import require_current_schema

app = typer.Typer(help="Users and roles (coder, auditor, admin).", no_args_is_help=True)


def _password(password: str | None) -> str:
    return password or typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command("add")
@handle_errors
def add(
    username: str,
    role: str = typer.Option("coder", help="coder, auditor or admin"),
    password: str = typer.Option(None, help="Prompted for when omitted (avoid passwords in shell history)."),
    full_name: str = typer.Option("", help="Display name."),
) -> None:
    """Create a user with a role."""
    require_current_schema()
    with session_scope() as session:
        users.create_user(session, username=username, password=_password(password), role=role,
                          actor=cli_actor(), full_name=full_name)
    console.print(f"user [bold]{username}[/] created with role {role}")


@app.command("disable")
@handle_errors
def disable(username: str) -> None:
    """Disable a user; their open sessions end at once."""
    require_current_schema()
    with session_scope() as session:
        users.set_active(session, username=username, active=False, actor=cli_actor())
    console.print(f"user [bold]{username}[/] disabled")


@app.command("enable")
@handle_errors
def enable(username: str) -> None:
    """Re-enable a disabled user."""
    require_current_schema()
    with session_scope() as session:
        users.set_active(session, username=username, active=True, actor=cli_actor())
    console.print(f"user [bold]{username}[/] enabled")


@app.command("reset-password")
@handle_errors
def reset_password(username: str, password: str = typer.Option(None, help="Prompted for when omitted.")) -> None:
    """Set a new password for a user (ends their sessions)."""
    require_current_schema()
    with session_scope() as session:
        users.reset_password(session, username=username, password=_password(password), actor=cli_actor())
    console.print(f"password for [bold]{username}[/] reset")


@app.command("role")
@handle_errors
def role(username: str, new_role: str = typer.Argument(..., help="coder, auditor or admin")) -> None:
    """Change a user's role."""
    require_current_schema()
    with session_scope() as session:
        users.set_role(session, username=username, role=new_role, actor=cli_actor())
    console.print(f"user [bold]{username}[/] now has role {new_role}")


@app.command("list")
@handle_errors
def list_users() -> None:
    """List users with role and status."""
    require_current_schema()
    table = Table("username", "role", "active", "created")
    with session_scope() as session:
        for user in users.list_users(session):
            table.add_row(user.username, user.role, "yes" if user.active else "no", f"{user.created_at:%Y-%m-%d}")
    console.print(table)
