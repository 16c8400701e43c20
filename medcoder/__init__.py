"""medcoder: AI-assisted medical coding with human review."""

__version__ = "0.1.0"
