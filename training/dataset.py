"""Labelled examples from coders' decisions (or from gold files through simulated coders).

Every code the engine suggested for a finished encounter becomes an example, labelled by the final
truth of that encounter: the auditor's re-review when there is one (it overrides the coder), else the
coder's final codes. Codes in the truth the engine never suggested are *missed positives* with the
evidence span the coder (or auditor) gave. ``kind`` keeps what happened, ``reason`` the reject reason:

===================  =====  ======================================================================
kind                 label  meaning
===================  =====  ======================================================================
accepted             1      coder accepted the suggestion (and no auditor said otherwise)
rejected             0      coder rejected it (``reason`` = the reject reason)
corrected_from       0      coder replaced this suggested code by another
corrected_to         1      the code the coder put in its place (a missed positive)
added                1      coder added a code the engine did not suggest (a missed positive)
auditor_removed      0      the coder kept it, the auditor's re-review did not
auditor_restored     1      the coder dropped it, the auditor's re-review coded it
auditor_added        1      only the auditor coded it (a missed positive)
===================  =====  ======================================================================

Only finalized or exported encounters are read: a half-reviewed encounter is not a label yet.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from typing import Any

from training.metrics import norm_code

POSITIVE_KINDS = {"accepted", "corrected_to", "added", "auditor_restored", "auditor_added"}


@dataclass
class Label:
    """One (note, code) with its label; ``suggestion`` is the engine's suggestion dict when it made one."""

    note_id: str
    system: str
    code: str
    label: int
    kind: str
    reason: str | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    suggestion: dict[str, Any] | None = None
    at: str = ""
    replaced: str | None = None  # for corrected_to: the suggested code it replaced


@dataclass
class Dataset:
    """Notes (id -> note dict with ``text``) and their labels; every split is a whole set of notes."""

    notes: dict[str, dict[str, Any]]
    labels: list[Label]

    def note_ids(self) -> list[str]:
        return sorted(self.notes)

    def subset(self, ids: set[str] | list[str]) -> Dataset:
        keep = set(ids)
        return Dataset({k: v for k, v in self.notes.items() if k in keep},
                       [lab for lab in self.labels if lab.note_id in keep])

    def truth(self) -> dict[str, set[tuple[str, str]]]:
        """Note id -> the (system, code) set a coder would bill (positives)."""
        out: dict[str, set[tuple[str, str]]] = {nid: set() for nid in self.notes}
        for lab in self.labels:
            if lab.label:
                out.setdefault(lab.note_id, set()).add((lab.system, lab.code))
        return out

    def by_note(self) -> dict[str, list[Label]]:
        out: dict[str, list[Label]] = {nid: [] for nid in self.notes}
        for lab in self.labels:
            out.setdefault(lab.note_id, []).append(lab)
        return out

    def content_hash(self) -> str:
        """sha256 over note ids, text hashes and labels: names the training data in model metadata."""
        h = hashlib.sha256()
        for nid in self.note_ids():
            h.update(nid.encode())
            h.update(hashlib.sha256(self.notes[nid].get("text", "").encode()).digest())
        for lab in sorted(self.labels, key=lambda x: (x.note_id, x.system, x.code, x.kind)):
            h.update(f"|{lab.note_id}|{lab.system}|{lab.code}|{lab.label}|{lab.kind}".encode())
        return h.hexdigest()

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {"notes": len(self.notes), "labels": len(self.labels)}
        for lab in self.labels:
            out[lab.kind] = out.get(lab.kind, 0) + 1
        return out


def _key(system: str, code: str) -> tuple[str, str]:
    return system, norm_code(code)


def _spans(evidence: Any) -> list[tuple[int, int]]:
    out = []
    for e in evidence or []:
        try:
            out.append((int(e["start"]), int(e["end"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def simulate_coders(notes: dict[str, dict[str, Any]], gold: dict[str, dict[str, Any]],
                    suggestions: dict[str, dict[str, Any]]) -> Dataset:
    """What a careful coder would decide on the engine's suggestions when the gold is the right answer.

    Accept suggestions in the gold; a wrong suggestion whose 3-character category holds a missed gold
    code is *corrected* to it (wrong specificity); other wrong ones are rejected (``negated_ruled_out`` when
    the engine saw a negation, else ``not_documented``); gold codes still missing are *added* with the
    gold evidence. ``gold`` and ``suggestions`` are suggestion-format records keyed by note id.
    """
    labels: list[Label] = []
    for nid, note in notes.items():
        at = str(note.get("date_of_service") or "")
        gcodes = {_key(c.get("system", "ICD-10-CM"), c["code"]): c for c in gold.get(nid, {}).get("codes", [])}
        sugg = suggestions.get(nid, {}).get("codes", [])
        # gold codes the engine found exactly are accepted first, so a wrong-specificity suggestion is only
        # corrected to a gold code nothing else covers; labels keep the engine's order (rank is a feature)
        missing = {k: g for k, g in gcodes.items() if k not in {_key(s["system"], s["code"]) for s in sugg}}
        fixes: dict[int, tuple[str, str]] = {}
        for i, s in enumerate(sugg):
            k = _key(s["system"], s["code"])
            fix = next((m for m in missing if m[0] == s["system"] and m[1][:3] == k[1][:3]), None)
            if k not in gcodes and fix is not None:
                fixes[i] = fix
                missing.pop(fix)
        seen: set[tuple[str, str]] = set()
        corrected: list[Label] = []
        for i, s in enumerate(sugg):
            k = _key(s["system"], s["code"])
            if k in gcodes:
                if k not in seen:
                    labels.append(Label(nid, s["system"], s["code"], 1, "accepted", None, _spans(s.get("evidence")),
                                        s, at))
            elif i in fixes:
                g = gcodes[fixes[i]]
                labels.append(Label(nid, s["system"], s["code"], 0, "corrected_from", "wrong_specificity",
                                    _spans(s.get("evidence")), s, at))
                corrected.append(Label(nid, g.get("system", "ICD-10-CM"), g["code"], 1, "corrected_to", None,
                                       _spans(g.get("evidence")) or _spans(s.get("evidence")), None, at,
                                       replaced=s["code"]))
            else:
                reason = "negated_ruled_out" if s.get("assertion") == "negated" else "not_documented"
                labels.append(Label(nid, s["system"], s["code"], 0, "rejected", reason, _spans(s.get("evidence")),
                                    s, at))
            seen.add(k)
        labels.extend(corrected)
        for g in missing.values():
            labels.append(Label(nid, g.get("system", "ICD-10-CM"), g["code"], 1, "added", None,
                                _spans(g.get("evidence")), None, at))
    return Dataset(dict(notes), labels)


def split_by_encounter(ds: Dataset, test_fraction: float = 0.2, seed: int = 13) -> tuple[Dataset, Dataset]:
    """Random split of whole notes (seeded): a note and all its labels land on one side only."""
    ids = ds.note_ids()
    random.Random(seed).shuffle(ids)
    n_test = max(1, round(len(ids) * test_fraction)) if len(ids) > 1 else 0
    test = set(ids[:n_test])
    return ds.subset(set(ids) - test), ds.subset(test)


def split_by_time(ds: Dataset, test_fraction: float = 0.2) -> tuple[Dataset, Dataset]:
    """Oldest notes train, newest test (by label time, then id): how a model meets next month's work."""
    when: dict[str, str] = {}
    for lab in ds.labels:
        when[lab.note_id] = max(when.get(lab.note_id, ""), lab.at)
    ids = sorted(ds.notes, key=lambda n: (when.get(n, ""), n))
    n_test = max(1, round(len(ids) * test_fraction)) if len(ids) > 1 else 0
    cut = len(ids) - n_test
    return ds.subset(ids[:cut]), ds.subset(ids[cut:])


def load_gold_dataset(notes_path: str, gold_path: str, suggester: Any, *, all_mentions: bool = False) -> Dataset:
    """Run the engine over a notes file and simulate coders against its gold file (experiments, CLI)."""
    from training.metrics import read_jsonl

    notes = {str(r["id"]): r for r in read_jsonl(notes_path)}
    gold = {str(r["id"]): r for r in read_jsonl(gold_path)}
    sugg = {nid: suggester.suggest_json(n, all_mentions=all_mentions) for nid, n in notes.items()}
    return simulate_coders(notes, gold, sugg)


def dataset_to_json(ds: Dataset) -> str:
    """A stable JSON dump (used by tests and for debugging; carries note text, so never log it)."""
    return json.dumps({"notes": ds.notes, "labels": [lab.__dict__ for lab in ds.labels]}, sort_keys=True)
