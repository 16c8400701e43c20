"""Put a trained model in front of the engine without changing ``suggest/``.

``RerankedSuggester(suggester, model)`` has the engine's ``suggest`` / ``suggest_json`` API; its
``version`` names both (``medcoder.rules.v1+<model version>``), which is what gets stored on every
suggestion. Systems the model never saw in training (e.g. CPT when it learned from CodiEsp) pass through
with the engine's own score.
"""

from __future__ import annotations

from typing import Any

from suggest.model import Evidence, Suggestion


def to_suggestion(d: dict[str, Any]) -> Suggestion:
    return Suggestion(d["system"], d["code"], d.get("description") or "", bool(d.get("billable", True)),
                      float(d.get("score") or 0.0),
                      [Evidence(int(e["start"]), int(e["end"]), e.get("text", "")) for e in d.get("evidence") or []],
                      d.get("section"), d.get("assertion") or "present", d.get("rationale") or "",
                      list(d.get("rule_ids") or []), list(d.get("flags") or []), d.get("sequence"),
                      dict(d.get("extra") or {}))


class Reranker:
    """The engine hook: ``rescore(note, suggestions) -> suggestions`` (scores become probabilities,
    low ones are dropped, text-classifier and learned-correction codes are added with evidence)."""

    def __init__(self, model: Any, version: str, *, auto_accept: dict[str, float] | None = None,
                 lookup: Any = None) -> None:
        self.model, self.version = model, version
        self.auto_accept = auto_accept or {}
        self.lookup = lookup

    def rescore(self, note: dict[str, Any], suggestions: list[Suggestion]) -> list[Suggestion]:
        dicts = [s.to_dict() for s in suggestions]
        out = []
        for d in self.model.rescore_dicts(note, dicts):
            d.setdefault("extra", {})
            d["extra"] = {**(d.get("extra") or {}), "model_version": self.version}
            if d["system"] in self.auto_accept and d["score"] >= self.auto_accept[d["system"]]:
                d["flags"] = [*d.get("flags", []), "auto-accept"]
            if self.lookup is not None and not d.get("description"):
                info = self._info(d)
                if info is not None:
                    d["description"] = getattr(info, "title", "") or ""
                    d["billable"] = bool(getattr(info, "billable", True))
            out.append(to_suggestion(d))
        return out

    def _info(self, d: dict[str, Any]) -> Any:
        try:
            return self.lookup(d["code"])
        except Exception:  # noqa: BLE001 - an unknown code keeps an empty description
            return None


class RerankedSuggester:
    """The engine followed by the model; same API as :class:`suggest.Suggester`."""

    def __init__(self, suggester: Any, model: Any, version: str = "", *,
                 auto_accept: dict[str, float] | None = None) -> None:
        self.suggester = suggester
        self.reranker = Reranker(model, version or getattr(model, "version", "unversioned"),
                                 auto_accept=auto_accept, lookup=getattr(suggester, "lookup", None))

    @property
    def version(self) -> str:
        return f"{self.suggester.version}+{self.reranker.version}"

    def __getattr__(self, name: str) -> Any:  # cs, lookup, ... of the wrapped engine
        return getattr(self.suggester, name)

    def suggest(self, note: dict, *, all_mentions: bool = False) -> list[Suggestion]:
        return self.reranker.rescore(note, self.suggester.suggest(note, all_mentions=all_mentions))

    def suggest_json(self, note: dict, all_mentions: bool = False) -> dict:
        codes = [s.to_dict() for s in self.suggest(note, all_mentions=all_mentions)]
        return {"id": note.get("id") if isinstance(note, dict) else None, "codes": codes}
