"""The learned model: re-ranks the engine's candidates (plus text-classifier and learned-correction
candidates) with a calibrated classifier, so a suggestion's ``score`` is the probability a coder keeps it.

``CodingModel.fit(dataset)`` first trains on 80% of the notes and measures on the other 20% (split by
encounter, or by time with ``split="time"``): keep and auto-accept thresholds, calibration and
before/after figures, stored in ``metrics``. Then it refits on every note with the same settings.
``rescore_dicts(note, suggestion_dicts)`` is what :class:`training.apply.Reranker` calls.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from training import calibration
from training.dataset import Dataset, split_by_encounter, split_by_time
from training.features import (
    FEATURE_GROUPS,
    Candidate,
    NoteStats,
    Priors,
    add_note_features,
    build_candidates,
    featurize,
    key,
    note_context,
    stems,
)
from training.metrics import load_codes, score
from training.textclf import TextClassifier

MODEL_NAME = "medcoder.reranker.v1"
LEARNERS = ("logreg", "hgb")
# Only diagnoses are ever added by the model: E/M levels and procedures come from documented rules
# (time, MDM, "performed"), which a bag of n-grams must not override; the model re-scores them only.
ADD_SYSTEM = "ICD-10-CM"
_WORD_PREFIXES = ("ev=", "ctx=")


class CodingModel:
    """Calibrated logistic-regression re-ranker over engine + text-classifier + correction candidates.

    ``keep_objective``: the held-out keep threshold maximises F1 (``"f1"``, for billing) or the mean of
    F1 and MAP (``"f1+map"``, for ranked abstracting benchmarks such as CodiEsp where MAP is the measure).
    """

    name = MODEL_NAME

    def __init__(self, *, learner: str = "logreg", c: float = 0.5, textclf_top_k: int = 20,
                 use_textclf: bool = True, use_corrections: bool = True,
                 textclf_min_count: int = 2, textclf_char: bool = False, textclf_alpha: float = 0.3,
                 textclf_all: bool = True, knn_k: int = 0, note_features: bool = False,
                 folds: int = 4, heldout: float = 0.2, split: str = "encounter",
                 seed: int = 13, keep_threshold: float | None = None, keep_objective: str = "f1") -> None:
        if learner not in LEARNERS:
            raise ValueError(f"learner must be one of {', '.join(LEARNERS)}")
        self.params = {"learner": learner, "textclf_top_k": textclf_top_k, "c": c, "use_textclf": use_textclf,
                       "use_corrections": use_corrections, "textclf_min_count": textclf_min_count,
                       "textclf_char": textclf_char, "textclf_alpha": textclf_alpha,
                       "textclf_all": textclf_all, "knn_k": knn_k, "note_features": note_features,
                       "folds": folds,
                       "heldout": heldout, "split": split, "seed": seed, "keep_threshold": keep_threshold,
                       "keep_objective": keep_objective}
        self.features = list(FEATURE_GROUPS)
        self.vectorizer: DictVectorizer | None = None
        self.clf: Any = None
        self.textclf: TextClassifier | None = None
        self.priors: Priors | None = None
        self.systems: set[str] = set()
        self.descriptions: dict[str, str] = {}
        self.titles: dict[tuple[str, str], frozenset[str]] = {}  # title stems of every code the model may add
        self.keep: dict[str, float] = {}
        self.auto_accept: dict[str, Any] = {}
        self.metrics: dict[str, Any] = {}

    # -- training ------------------------------------------------------------------------------------------
    def fit(self, ds: Dataset, describe: Callable[[str, str], str | None] | None = None) -> CodingModel:
        """``describe(system, code)``: the code's title, for codes no suggestion described (note features)."""
        self._describe = describe  # not kept: the model is pickled
        try:
            if self.params["heldout"] and len(ds.notes) >= 10:
                if self.params["split"] == "time":
                    fit, hold = split_by_time(ds, self.params["heldout"])
                else:
                    fit, hold = split_by_encounter(ds, self.params["heldout"], self.params["seed"])
                self._fit_core(fit)
                self.metrics = self._measure(hold)
            self._fit_core(ds)
        finally:
            del self._describe
        self.metrics["trained_on"] = ds.counts()
        return self

    def _fit_core(self, ds: Dataset) -> None:
        by_note, truth = ds.by_note(), ds.truth()
        sugg = {nid: [lab.suggestion for lab in labs if lab.suggestion is not None] for nid, labs in by_note.items()}
        replaced = {nid: {(lab.system, lab.code): lab.replaced for lab in labs if lab.replaced}
                    for nid, labs in by_note.items()}
        ids = ds.note_ids()
        self.systems = {lab.system for lab in ds.labels}
        for lab in ds.labels:
            desc = (lab.suggestion or {}).get("description")
            if desc:
                self.descriptions[f"{lab.system}|{lab.code}"] = desc
        if self.params.get("note_features"):
            self._index_titles(ds)
        oof = self._oof_textclf(ds, ids, truth) if self.params["use_textclf"] else {}
        if self.params["use_textclf"]:
            self.textclf = self._new_textclf().fit(
                [ds.notes[n].get("text", "") for n in ids], [truth[n] for n in ids])
        self.priors = Priors()
        stats: dict[str, NoteStats] = {}
        for nid in ids:
            norm_truth = {(s, c.replace(".", "").upper()) for s, c in truth[nid]}
            stats[nid] = Priors.note_stats(ds.notes[nid].get("text", ""), sugg[nid], norm_truth, replaced[nid]
                                           if self.params["use_corrections"] else {})
            self.priors.add(stats[nid])
        self.priors.index_corrections()
        rows, y = [], []
        for nid in ids:
            norm_truth = {(s, c.replace(".", "").upper()) for s, c in truth[nid]}
            cands, feats = self._candidates(ds.notes[nid], sugg[nid], oof.get(nid, ()), stats[nid])
            rows.extend(feats)
            y.extend(int(c.key in norm_truth) for c in cands)
        if self.params["learner"] == "hgb":  # trees: numeric and categorical features only, dense
            rows = [{k: v for k, v in r.items() if not k.startswith(_WORD_PREFIXES)} for r in rows]
            self.vectorizer = DictVectorizer(sparse=False)
            base = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.08, max_leaf_nodes=31,
                                                  l2_regularization=1.0, random_state=self.params["seed"])
        else:
            self.vectorizer = DictVectorizer()
            base = LogisticRegression(C=self.params["c"], solver="liblinear", max_iter=2000)
        x = self.vectorizer.fit_transform(rows)
        y_arr = np.asarray(y)
        n_pos, n_neg = int(y_arr.sum()), int(len(y_arr) - y_arr.sum())
        if min(n_pos, n_neg) >= 6:
            # Platt scaling, not isotonic: isotonic steps tie hundreds of candidates at one probability,
            # which throws away the order MAP and the review queue depend on (CodiEsp CV: MAP +0.01).
            self.clf = CalibratedClassifierCV(base, method="sigmoid", cv=3).fit(x, y_arr)
        elif n_pos and n_neg:
            self.clf = base.fit(x, y_arr)
        else:
            raise ValueError("training needs both kept and rejected codes")

    def _index_titles(self, ds: Dataset) -> None:
        describe = getattr(self, "_describe", None)
        for lab in ds.labels:
            k = key(lab.system, lab.code)
            if k in self.titles:
                continue
            title = self.descriptions.get(f"{lab.system}|{lab.code}")
            if not title and describe is not None:
                try:
                    title = describe(lab.system, lab.code)
                except Exception:  # noqa: BLE001 - an unknown code has no title feature
                    title = None
            if title:
                self.titles[k] = stems(title)

    def _new_textclf(self) -> TextClassifier:
        return TextClassifier(min_count=self.params["textclf_min_count"], top_k=self.params["textclf_top_k"],
                              char_ngrams=self.params.get("textclf_char", False),
                              alpha=self.params.get("textclf_alpha", 0.3), knn_k=self.params.get("knn_k", 0))

    def _oof_textclf(self, ds: Dataset, ids: list[str], truth: dict[str, set]) -> dict[str, list]:
        """Out-of-fold text-classifier predictions, so training features look like unseen notes."""
        k = min(self.params["folds"], len(ids))
        if k < 2:
            return {}
        order = list(ids)
        random.Random(self.params["seed"] + 1).shuffle(order)
        out: dict[str, list] = {}
        for f in range(k):
            test = order[f::k]
            test_set = set(test)
            train = [n for n in order if n not in test_set]
            clf = self._new_textclf().fit(
                [ds.notes[n].get("text", "") for n in train], [truth[n] for n in train])
            texts = [ds.notes[n].get("text", "") for n in test]
            out.update(zip(test, zip(clf.predict_many(texts), clf.scores_many(texts), clf.knn_many(texts),
                                     strict=True), strict=True))
        return out

    def _candidates(self, note: dict[str, Any], suggestions: list[dict[str, Any]], textpreds: tuple,
                    minus: NoteStats | None) -> tuple[list[Candidate], list[dict[str, float]]]:
        """``textpreds``: (the text classifier's top k, its score for every code it knows, k-nearest-note
        scores) or ``()``."""
        top, scores, knn = textpreds or ([], None, None)
        if not self.params.get("textclf_all", True):
            scores = None
        cands = build_candidates(suggestions, top, self.priors, minus, scores, knn or None)
        ctx = note_context(note, len(suggestions), cands)
        feats = [featurize(c, ctx, self.priors, minus) for c in cands]
        if self.params.get("note_features") and cands:
            add_note_features(cands, feats, ctx["text"], self.titles)
        return cands, feats

    # -- prediction ----------------------------------------------------------------------------------------
    def predict(self, note: dict[str, Any], suggestions: list[dict[str, Any]]) -> list[tuple[Candidate, float]]:
        """Every candidate with its calibrated probability (nothing dropped)."""
        textpreds: tuple = ()
        if self.textclf is not None:
            text = note.get("text", "")
            textpreds = (self.textclf.predict(text), self.textclf.scores_many([text])[0],
                         self.textclf.knn_many([text])[0])
        cands, feats = self._candidates(note, suggestions, textpreds, None)
        if not cands:
            return []
        probs = self.clf.predict_proba(self.vectorizer.transform(feats))[:, 1]
        return list(zip(cands, (float(p) for p in probs), strict=True))

    def threshold(self, system: str) -> float:
        if self.params.get("keep_threshold") is not None:
            return float(self.params["keep_threshold"])
        return self.keep.get(system, 0.5)

    def rescore_dicts(self, note: dict[str, Any], suggestions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Suggestion dicts -> kept suggestion dicts with calibrated scores (systems never trained on pass)."""
        passthrough = [s for s in suggestions if s["system"] not in self.systems]
        mine = [s for s in suggestions if s["system"] in self.systems]
        kept_engine, kept_new = [], []
        for c, p in self.predict(note, mine):
            if p < self.threshold(c.system):
                continue
            if c.suggestion is not None:
                extra = dict(c.suggestion.get("extra") or {})
                extra.update({"engine_score": c.engine_score, "model": self.name})
                kept_engine.append((c.engine_rank, {**c.suggestion, "score": round(p, 4), "extra": extra}))
            elif c.evidence and c.system == ADD_SYSTEM:
                kept_new.append(self._new_suggestion(note, c, p))
        out = [s for _, s in sorted(kept_engine, key=lambda t: t[0])]
        out += sorted(kept_new, key=lambda s: -s["score"])
        return out + passthrough

    def _new_suggestion(self, note: dict[str, Any], c: Candidate, p: float) -> dict[str, Any]:
        text = note.get("text", "")
        reasons, rules = [], []
        if c.corr_rate:
            reasons.append(f"coders replaced {c.corr_from} by this code in {c.corr_n} earlier notes")
            rules.append("model-correction")
        if c.sib_of is not None:
            reasons.append(f"the engine matched {c.sib_of}; coders used this code for {c.sib_share:.0%} of "
                           f"category {c.key[1][:3]} in earlier notes")
            rules.append("model-sibling")
        if c.textclf_prob:
            grams = ", ".join(f"'{g}'" for g in c.textclf_grams) or "the note's wording"
            reasons.append(f"text classifier: {grams} point to this code")
            rules.append("model-textclf")
        rationale = "; ".join(reasons) + f" [{', '.join(rules)}]"
        return {"system": c.system, "code": c.code, "description": self.descriptions.get(f"{c.system}|{c.code}", ""),
                "score": round(p, 4), "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in c.evidence],
                "rationale": rationale, "flags": [], "billable": True, "section": c.section,
                "assertion": c.assertion, "rule_ids": rules, "sequence": None,
                "extra": {"model": self.name, "textclf_prob": round(c.textclf_prob, 4),
                          "corrected_from": c.corr_from, "sibling_of": c.sib_of}}

    # -- held-out measurement ------------------------------------------------------------------------------
    def _measure(self, hold: Dataset) -> dict[str, Any]:
        by_note, truth = hold.by_note(), hold.truth()
        gold_recs, before_recs, scored = [], [], []
        norm_truth: dict[str, set] = {}
        per_system: dict[str, dict[str, list]] = {}
        for nid, labs in by_note.items():
            sugg = [lab.suggestion for lab in labs if lab.suggestion is not None]
            tset = norm_truth[nid] = {(s, c.replace(".", "").upper()) for s, c in truth[nid]}
            gold_recs.append({"id": nid, "codes": [{"system": s, "code": c} for s, c in truth[nid]]})
            before_recs.append({"id": nid, "codes": sugg})
            preds = self.predict(hold.notes[nid], sugg)
            found = set()
            for c, p in preds:
                lab = int(c.key in tset)
                found.add(c.key)
                d = per_system.setdefault(c.system, {"p": [], "y": [], "engine": [], "engine_y": [], "missed": 0})
                d["p"].append(p)
                d["y"].append(lab)
                if c.engine_score is not None:
                    d["engine"].append(c.engine_score)
                    d["engine_y"].append(lab)
            for k in tset - found:
                per_system.setdefault(k[0], {"p": [], "y": [], "engine": [], "engine_y": [], "missed": 0})
                per_system[k[0]]["missed"] += 1
            scored.append((nid, preds))
        out: dict[str, Any] = {"heldout_notes": len(by_note), "systems": {}}
        for system, d in per_system.items():
            best = calibration.best_f1_threshold(d["p"], d["y"], d["missed"])
            if self.params["keep_objective"] == "f1+map":
                best = calibration.best_f1_map_threshold(
                    d["p"], d["y"], d["missed"],
                    [([p for c, p in preds if c.system == system],
                      [int(c.key in norm_truth[nid]) for c, _ in preds if c.system == system],
                      sum(1 for k in norm_truth[nid] if k[0] == system)) for nid, preds in scored])
            self.keep[system] = best["threshold"]
            kept = [(p, y) for p, y in zip(d["p"], d["y"], strict=True) if p >= best["threshold"]]
            aa = calibration.auto_accept_threshold([p for p, _ in kept], [y for _, y in kept])
            self.auto_accept[system] = aa
            out["systems"][system] = {
                "keep_threshold": best, "auto_accept": aa,
                "ece_engine": calibration.expected_calibration_error(d["engine"], d["engine_y"]),
                "ece_model": calibration.expected_calibration_error(d["p"], d["y"]),
                "candidates": len(d["p"]), "missed": d["missed"]}
        after_recs = [{"id": nid, "codes": self.rescore_dicts(hold.notes[nid],
                                                               [lab.suggestion for lab in by_note[nid]
                                                                if lab.suggestion is not None])}
                      for nid, _ in scored]
        gold = load_codes(gold_recs)
        out["before"] = score(gold, load_codes(before_recs))
        out["after"] = score(gold, load_codes(after_recs))
        return out
