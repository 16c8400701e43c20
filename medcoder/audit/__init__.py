"""The append-only, hash-chained audit log."""

from medcoder.audit.chain import (
    GENESIS_HASH,
    Actor,
    VerifyResult,
    append_event,
    append_events,
    canonical_json,
    make_checkpoint,
    verify_chain,
)

__all__ = [
    "GENESIS_HASH",
    "Actor",
    "VerifyResult",
    "append_event",
    "append_events",
    "canonical_json",
    "make_checkpoint",
    "verify_chain",
]
