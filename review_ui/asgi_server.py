"""The HTTP protocol ``medcoder serve`` gives uvicorn: uvicorn's own, with Nagle's algorithm off on every connection.

Why: with ``--workers`` above 1, uvicorn binds the listening socket itself (``socket.socket(family=...)``, protocol
number 0) and asyncio only sets TCP_NODELAY on sockets whose protocol is IPPROTO_TCP. Without it, a response
written in two pieces waits for the browser's delayed ACK whenever requests follow each other quickly: about 40 ms
added to "next encounter" and to the review page that follows it (measured with benchmarks/ui_load.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
