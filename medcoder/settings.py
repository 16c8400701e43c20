"""One settings object, read from ``MEDCODER_*`` environment variables; nothing else reads ``os.environ``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "medcoder-demo-secret-change-me"


class Settings(BaseSettings):
    """Runtime configuration; every field has a demo-ready default (see README "Configuration")."""

    model_config = SettingsConfigDict(env_prefix="MEDCODER_", extra="ignore")

    database_url: str = "sqlite:///./medcoder.db"
    environment: str = "development"  # before secret_key: its validator reads this value (field order matters)
    secret_key: str = DEV_SECRET
    codeset_dir: Path | None = None
    model_dir: Path = Path("./models")
    codeset_year: str = "2026"
    session_idle_minutes: int = 15
    host: str = "127.0.0.1"
    port: int = 8000
    web_workers: int = 1  # uvicorn worker processes for `serve` (each loads its own code sets and pool)
    site_config: Path | None = None
    fee_schedule: Path | None = None
    export_dir: Path = Path("./exports")
    max_note_bytes: int = 1_000_000
    audit_hmac_key: str | None = None
    login_max_failures: int = 5
    login_lockout_seconds: int = 300

    @field_validator("secret_key")
    @classmethod
    def _secret_not_placeholder_in_production(cls, value: str, info) -> str:  # noqa: ANN001
        env = info.data.get("environment", "development")
        if env == "production" and (value == DEV_SECRET or len(value) < 32):
            raise ValueError("MEDCODER_SECRET_KEY must be set to a random value of 32+ characters in production")
        return value


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (tests call ``get_settings.cache_clear()`` after changing the environment)."""
    return Settings()
