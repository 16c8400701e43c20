"""Demo data shipped with medcoder: a fee schedule and a site settings file (fictional values)."""
