"""What every CLI command shares: the rich console, error-to-exit-code mapping, the CLI actor."""

from __future__ import annotations

import functools
import getpass
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from sqlalchemy.exc import InterfaceError, OperationalError

from medcoder.audit import Actor
from medcoder.errors import MedcoderError, database_unavailable
from suggest.codesets import UnknownCodeError

console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # an error stays one line in logs and pipes
F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Print a domain error as one clear line (never note text) and exit with its code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MedcoderError as exc:
            err_console.print(f"[bold red]error[/] ({exc.code}): {exc.message}")
            raise typer.Exit(exc.exit_code) from None
        except (OperationalError, InterfaceError) as exc:  # read-only, disk full, server down: one line, no trace
            error = database_unavailable(exc)
            err_console.print(f"[bold red]error[/] ({error.code}): {error.message}")
            raise typer.Exit(error.exit_code) from None
        except UnknownCodeError as exc:  # suggest/ cannot import medcoder.errors, so it has its own class
            err_console.print(f"[bold red]error[/] (unknown_code): {exc}")
            raise typer.Exit(1) from None
        except OSError as exc:  # a missing folder, no permission, a directory given as a file: name it, no trace
            if exc.filename:
                message = f"(file): {exc.filename}: {exc.strerror or type(exc).__name__}"
            else:  # a socket or cluster connection (e.g. --dask tcp://host:port unreachable)
                message = f"(io): {exc.strerror or exc or type(exc).__name__}"
            err_console.print(f"[bold red]error[/] {message}", highlight=False)
            raise typer.Exit(1) from None
        except UnicodeDecodeError as exc:  # an input file that is not UTF-8 (fee schedule, code file)
            err_console.print(f"[bold red]error[/] (encoding): the input is not UTF-8 text (byte {exc.start})")
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def cli_actor() -> Actor:
    """CLI actions are recorded as the operating-system user with the ``system`` role."""
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        name = "cli"
    return Actor(name=f"cli:{name}"[:64], role="system")
