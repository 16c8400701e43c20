"""TEST split notes (in progress)."""

NOTES: list = []
