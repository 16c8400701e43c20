"""Workflow services: each state change is one function that also writes its audit event in the same transaction."""
