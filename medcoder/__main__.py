"""``python -m medcoder`` is the same as the ``medcoder`` command."""

from medcoder.cli.main import app

app(prog_name="medcoder")
