"""Alembic environment: metadata from the models, URL from the caller's config (settings by default)."""

from __future__ import annotations

from alembic import context

from medcoder.storage.db import make_engine
from medcoder.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
