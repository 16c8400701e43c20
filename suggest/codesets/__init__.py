"""Code sets: ICD-10-CM (FY2026 from simple-icd-10-cm's CMS tabular XML), CPT and HCPCS (curated, importable).

The only way into code data for the rest of medcoder; nothing else imports ``simple_icd_10_cm``.

    cs = get_codesets()            # cached on disk under ~/.cache/medcoder/codesets
    cs.lookup("e1122").title       # 'Type 2 diabetes mellitus with diabetic chronic kidney disease'
    cs.search("diabetes kidney type 2")
"""

from .codesets import DEFAULT_CACHE_DIR, CodeSets, get_codesets
from .index_xml import IndexTerm
from .models import CPT, HCPCS, ICD10CM, SYSTEMS, CodeInfo, SearchHit, UnknownCodeError

__all__ = [
    "CPT",
    "DEFAULT_CACHE_DIR",
    "HCPCS",
    "ICD10CM",
    "SYSTEMS",
    "CodeInfo",
    "CodeSets",
    "IndexTerm",
    "SearchHit",
    "UnknownCodeError",
    "get_codesets",
]
