"""suggest: clinical note -> ICD-10-CM and CPT/HCPCS code suggestions with evidence, following the guidelines.

    from suggest import Suggester
    s = Suggester()                      # loads code sets, rule data and the term index once
    s.suggest(note)                      # -> list[Suggestion]; s.suggest_json(note) -> DESIGN.md line
"""

from suggest.engine import ENGINE_VERSION, Suggester
from suggest.errors import NoteError
from suggest.model import Evidence, Suggestion

__all__ = ["ENGINE_VERSION", "Evidence", "NoteError", "Suggester", "Suggestion"]
