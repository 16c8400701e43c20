"""Billing export: finalized encounters -> X12 837P, CSV or FHIR Claim files.

Pure domain logic over typed inputs (`ClaimInput`, `SiteConfig`); storage glue lives in `service.py`.
"""
