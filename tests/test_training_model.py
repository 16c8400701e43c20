"""The model learns a synthetic task whose answer is known, and its scores become calibrated."""

from __future__ import annotations

import re

import pytest

from training import calibration
from training.apply import RerankedSuggester
from training.dataset import simulate_coders
from training.features import Priors, build_candidates, dotted
from training.metrics import load_codes, score
from training.rerank import CodingModel
from training.synthetic import KNEE, RIGHT, TRIGGER, TRIGGER_CODE, WRONG, FakeEngine, make_notes
from training.textclf import TextClassifier, locate


@pytest.fixture(scope="module")
def trained() -> tuple[CodingModel, dict, dict, dict]:
    notes, gold, sugg = make_notes(80, seed=1)
    model = CodingModel().fit(simulate_coders(notes, gold, sugg))
    return (model, *make_notes(50, seed=2, prefix="hold"))


def test_model_improves_heldout_f1_and_map_on_synthetic_task(trained) -> None:
    model, notes, gold, sugg = trained
    engine = FakeEngine(sugg)
    wrapped = RerankedSuggester(engine, model, "test")
    g = load_codes(gold.values())
    before = score(g, load_codes([engine.suggest_json(n) for n in notes.values()]))["ICD-10-CM"]
    after = score(g, load_codes([wrapped.suggest_json(n) for n in notes.values()]))["ICD-10-CM"]
    assert before["code"]["f1"] < 0.7
    assert after["code"]["f1"] > before["code"]["f1"] + 0.2
    assert after["map"] > before["map"] + 0.2


def test_model_learns_correction_and_text_classifier_codes_with_exact_evidence(trained) -> None:
    model, notes, gold, sugg = trained
    wrapped = RerankedSuggester(FakeEngine(sugg), model, "test")
    seen_fix = seen_trigger = False
    for note in notes.values():
        out = {c["code"]: c for c in wrapped.suggest_json(note)["codes"]}
        assert WRONG not in out
        if KNEE in note["text"]:
            assert RIGHT in out and "model-correction" in out[RIGHT]["rule_ids"]
            seen_fix = True
        if TRIGGER in note["text"]:
            assert TRIGGER_CODE in out
            seen_trigger = True
        for c in out.values():
            assert c["evidence"], c["code"]
            for e in c["evidence"]:
                assert note["text"][e["start"]:e["end"]] == e["text"]
            assert c["extra"]["model_version"] == "test"
    assert seen_fix and seen_trigger


def test_model_calibration_error_goes_down(trained) -> None:
    model, notes, gold, sugg = trained
    truth = {nid: {c["code"] for c in g["codes"]} for nid, g in gold.items()}
    raw, cal = ([], []), ([], [])
    for nid, note in notes.items():
        for c, p in model.predict(note, sugg[nid]["codes"]):
            if c.engine_score is not None:
                raw[0].append(c.engine_score)
                raw[1].append(int(c.code in truth[nid]))
                cal[0].append(p)
                cal[1].append(int(c.code in truth[nid]))
    before, after = calibration.expected_calibration_error(*raw), calibration.expected_calibration_error(*cal)
    assert before > 0.15
    assert after < before / 2
    assert model.metrics["systems"]["ICD-10-CM"]["ece_model"] < model.metrics["systems"]["ICD-10-CM"]["ece_engine"]


def test_textclf_evidence_spans_are_exact_and_point_at_the_trigger() -> None:
    notes, gold, _ = make_notes(60, seed=4)
    clf = TextClassifier(min_count=2).fit([n["text"] for n in notes.values()],
                                          [{(c["system"], c["code"]) for c in g["codes"]} for g in gold.values()])
    text = "Seen today. Returned from travel with zebroid fever. Labs pending."
    preds = {p.code: p for p in clf.predict(text)}
    assert TRIGGER_CODE in preds
    # every word of the trigger sentence predicts the code equally well, so any of them may be the evidence,
    # but all of it must lie in that sentence (not in the filler around it)
    lo = text.index("Returned")
    hi = text.index(TRIGGER) + len(TRIGGER)
    assert preds[TRIGGER_CODE].evidence
    assert all(lo <= s < e <= hi for s, e in preds[TRIGGER_CODE].evidence)


def test_locate_spans_one_character_words_the_vectorizer_dropped() -> None:
    text = "History: Type 2  Diabetes, well controlled."
    s, e = locate(text, "type diabetes")
    assert text[s:e] == "Type 2  Diabetes"
    assert locate(text, "asthma") is None


def test_auto_accept_threshold_reaches_target_precision() -> None:
    probs = [0.99] * 40 + [0.9] * 20 + [0.6] * 40
    labels = [1] * 40 + [1] * 19 + [0] + [1] * 20 + [0] * 20
    aa = calibration.auto_accept_threshold(probs, labels)
    assert aa["threshold"] == 0.9 and aa["precision"] >= 0.95 and aa["coverage"] == 0.6
    assert calibration.auto_accept_threshold([0.5] * 30, [1, 0] * 15) is None


def test_siblings_propose_the_category_code_coders_use_without_leaking_a_notes_own_codes() -> None:
    # coders at this site write the category-level code (an older code-set year) where the engine matched R51.9
    priors = Priors()
    stats = [Priors.note_stats("", [], {("ICD-10-CM", "R51")}, {}) for _ in range(4)]
    for st in stats:
        priors.add(st)
    priors.index_corrections()
    engine = [{"system": "ICD-10-CM", "code": "R51.9", "score": 0.8, "evidence": [{"start": 0, "end": 8}],
               "assertion": "present"}]
    cands = {c.code: c for c in build_candidates(engine, [], priors)}
    assert cands["R51"].sib_of == "R51.9" and cands["R51"].sib_share == 1.0
    assert cands["R51"].evidence == [(0, 8)]
    assert "R51" not in {c.code for c in build_candidates(engine, [], None)}
    # leave-one-note-out: a note whose own truth is the only use proposes nothing from it
    alone = Priors()
    alone.add(stats[0])
    assert "R51" not in {c.code for c in build_candidates(engine, [], alone, stats[0])}
    # category codes are written as coders write them
    assert dotted("ICD-10-CM", "R740") == "R74.0" and dotted("ICD-10-CM", "R51") == "R51"


def test_textclf_char_ngrams_keep_word_evidence_and_score_every_known_code() -> None:
    notes, gold, _ = make_notes(60, seed=4)
    truths = [{(c["system"], c["code"]) for c in g["codes"]} for g in gold.values()]
    clf = TextClassifier(min_count=2, char_ngrams=True).fit([n["text"] for n in notes.values()], truths)
    text = "Seen today. Returned from travel with zebroid fever. Labs pending."
    preds = {p.code: p for p in clf.predict(text)}
    assert TRIGGER_CODE in preds
    # character n-grams help rank but evidence stays whole words located exactly in the note
    assert preds[TRIGGER_CODE].evidence
    for (s, e), gram in zip(preds[TRIGGER_CODE].evidence, preds[TRIGGER_CODE].ngrams, strict=True):
        assert gram and set(gram.split()) <= set(re.findall(r"\w+", text[s:e].lower()))
    # scores_many gives a score for every code the classifier knows, not only its top k
    small = TextClassifier(min_count=2, top_k=1, char_ngrams=True).fit([n["text"] for n in notes.values()], truths)
    scores = small.scores_many([text])[0]
    assert len(small.predict(text)) <= 1
    assert len(scores) == len(small.labels) > 1
    assert max(scores, key=scores.get)[1] == TRIGGER_CODE.replace(".", "").upper()


def test_candidates_outside_the_text_classifiers_top_k_still_get_its_score() -> None:
    sugg = [{"system": "ICD-10-CM", "code": "J45.909", "score": 0.4, "evidence": [{"start": 0, "end": 6}]},
            {"system": "ICD-10-CM", "code": "I10", "score": 0.9, "evidence": [{"start": 10, "end": 22}]}]
    cands = {c.code: c for c in build_candidates(sugg, [], None, None,
                                                  {("ICD-10-CM", "J45909"): 0.35})}
    assert cands["J45.909"].textclf_any == 0.35
    assert cands["I10"].textclf_any is None  # a code the classifier never learned is not scored 0


def test_knn_scores_come_from_the_nearest_training_notes_codes_even_codes_seen_once() -> None:
    texts = ["chest pain radiating to the left arm", "chest pain on exertion", "itchy rash on both hands",
             "rash on the hands after gardening", "knee swelling after a fall", "ankle fracture after a fall"]
    truths = [{("ICD-10-CM", "R07.9")}, {("ICD-10-CM", "R07.9"), ("ICD-10-CM", "I20.9")},
              {("ICD-10-CM", "R21")}, {("ICD-10-CM", "R21")}, {("ICD-10-CM", "M25.469")},
              {("ICD-10-CM", "S82.899A")}]
    clf = TextClassifier(min_count=2, knn_k=2).fit(texts, truths)
    votes = clf.knn_many(["exertional chest pain"])[0]
    assert max(votes, key=votes.get) == ("ICD-10-CM", "R079")
    assert votes.get(("ICD-10-CM", "I209"), 0) > 0  # in one training note only: the ridge model never learns it
    assert sum(v for k, v in votes.items() if k[1] == "R079") <= 1.0 + 1e-9
    assert TextClassifier(min_count=2).fit(texts, truths).knn_many(["chest pain"]) == [{}]  # off by default


def test_title_coverage_and_note_ranks_are_relative_to_the_note() -> None:
    from training.features import Candidate, add_note_features, stems

    text = "Abdominal pain for two days. No fever."
    cands = [Candidate("ICD-10-CM", "R10.9", textclf_any=0.2), Candidate("ICD-10-CM", "N39.0", textclf_any=0.6)]
    feats: list[dict[str, float]] = [{}, {}]
    titles = {("ICD-10-CM", "R109"): stems("Unspecified abdominal pain"),
              ("ICD-10-CM", "N390"): stems("Urinary tract infection, site not specified")}
    add_note_features(cands, feats, text, titles)
    assert feats[0]["title_all"] == 1.0 and feats[0]["title_cover_sent"] == 1.0  # "unspecified" is not a title word
    assert feats[1]["title_cover"] == 0.0
    assert feats[1]["rank_textclf_any"] == 1.0 and feats[0]["rank_textclf_any"] == 0.5


def test_codiesp_operating_point_objectives() -> None:
    from training.experiments.codiesp import choose_threshold

    rows = [(0.1, 0.50, 0.52), (0.15, 0.555, 0.505), (0.2, 0.58, 0.49), (0.3, 0.61, 0.45)]
    assert choose_threshold(rows, "map@f1>=0.55")[0] == 0.15  # best MAP among lists whose F1 reaches the floor
    assert choose_threshold(rows, "f1+map")[0] == 0.2
    assert choose_threshold(rows, "map@f1>=0.7")[0] == 0.3  # no list reaches the floor: the best F1
    with pytest.raises(ValueError):
        choose_threshold(rows, "map")


def test_model_with_knn_and_note_features_pickles_and_predicts() -> None:
    import pickle

    notes, gold, sugg = make_notes(40, seed=5)
    model = CodingModel(knn_k=5, note_features=True).fit(simulate_coders(notes, gold, sugg),
                                                           describe=lambda system, code: f"title of {code}")
    again = pickle.loads(pickle.dumps(model))  # the describe callable is not kept
    note = next(iter(notes.values()))
    assert [round(p, 6) for _, p in again.predict(note, sugg[note["id"]]["codes"])] == \
        [round(p, 6) for _, p in model.predict(note, sugg[note["id"]]["codes"])]
