"""Batch processing of backlogged notes: streaming sources, parallel workers, one transactional writer."""
