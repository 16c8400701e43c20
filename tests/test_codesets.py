"""Code-set look-ups, hierarchy, notes, curated CPT/HCPCS data and the on-disk cache.

The full FY2026 cache is built once per machine into ~/.cache/medcoder/test-codesets (about 20-30 s the
first time, then opened in well under a second), apart from the user's own cache.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from suggest.codesets import CPT, HCPCS, ICD10CM, CodeSets, UnknownCodeError, get_codesets
from suggest.codesets.sources import curated_bytes, curated_rows, package_version

TEST_CACHE = Path.home() / ".cache" / "medcoder" / "test-codesets"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cs() -> CodeSets:
    return get_codesets(TEST_CACHE)


def test_lookup_dot_optional_and_case_insensitive(cs: CodeSets) -> None:
    info = cs.lookup("e1122")
    assert info is not None and info.code == "E11.22" and info.system == ICD10CM
    assert info.title == "Type 2 diabetes mellitus with diabetic chronic kidney disease"
    assert info.billable and info.chapter == "4" and info.block == "E08-E13" and info.category == "E11"
    assert cs.lookup("E11.22 ") == info


def test_lookup_unknown_returns_none_and_normalize_raises(cs: CodeSets) -> None:
    assert cs.lookup("E11.99") is None
    assert cs.lookup("") is None
    with pytest.raises(UnknownCodeError) as err:
        cs.normalize("E11.99")
    assert err.value.code == "unknown_code"


def test_normalize_adds_dot(cs: CodeSets) -> None:
    assert cs.normalize("e1122") == "E11.22"
    assert cs.normalize("s82001a") == "S82.001A"
    assert cs.normalize("99213") == "99213"


def test_lookup_seventh_character_code_is_billable(cs: CodeSets) -> None:
    full = cs.lookup("S82.001A")
    assert full is not None and full.billable
    assert full.title == "Unspecified fracture of right patella, initial encounter for closed fracture"
    assert full.parent == "S82.001" and full.extra["seventh_character"] == "A"


def test_lookup_seventh_character_stem_lists_characters(cs: CodeSets) -> None:
    stem = cs.lookup("S82.001")
    assert stem is not None and not stem.billable
    assert stem.seventh_characters["A"] == "initial encounter for closed fracture"
    assert "S82.001S" in cs.children("S82.001")


def test_seventh_character_codes_follow_cms_list(cs: CodeSets) -> None:
    # Placeholder X padding, and CMS's restriction of the S06 "death" codes to the initial encounter.
    assert cs.is_billable("W11.XXXA") and cs.is_billable("S06.1X7A")
    assert cs.lookup("S06.1X7D") is None


def test_is_billable_categories_and_leaves(cs: CodeSets) -> None:
    assert not cs.is_billable("E11")
    assert cs.is_billable("E11.9")
    assert cs.is_billable("I10")
    assert not cs.is_billable("NOPE")


def test_ancestors_reach_chapter(cs: CodeSets) -> None:
    assert cs.ancestors("E11.22") == ["E11.2", "E11", "E08-E13", "4"]
    assert cs.ancestors("S82.001A")[:2] == ["S82.001", "S82.00"]


def test_children_in_tabular_order(cs: CodeSets) -> None:
    assert cs.children("E11.2") == ["E11.21", "E11.22", "E11.29"]
    assert cs.children("E08-E13") == ["E08", "E09", "E10", "E11", "E13"]
    assert cs.children("E11.22") == []


def test_groups_are_looked_up_but_not_billable(cs: CodeSets) -> None:
    block = cs.lookup("E08-E13")
    assert block is not None and block.title.startswith("Diabetes mellitus") and not block.billable
    assert cs.lookup("4", ICD10CM).extra["kind"] == "chapter"


def test_notes_inherit_use_additional_ckd_stage(cs: CodeSets) -> None:
    notes = cs.notes("E11.22")
    assert any("N18.1-N18.6" in n for n in notes["use_additional"])
    assert any("Z79.4" in n for n in notes["use_additional"])  # from category E11
    assert "type 1 diabetes mellitus (E10.-)" in notes["excludes1"]  # from category E11
    assert set(notes) >= {
        "inclusion_terms",
        "includes",
        "excludes1",
        "excludes2",
        "code_first",
        "use_additional",
        "code_also",
        "seventh_characters",
    }


def test_notes_own_only_when_not_inherited(cs: CodeSets) -> None:
    own = cs.notes("E11.22", inherited=False)
    assert own["excludes1"] == []
    assert cs.excludes1_inherited("E11.22") == cs.notes("E11.22")["excludes1"]


def test_notes_seventh_characters(cs: CodeSets) -> None:
    assert "A: initial encounter for closed fracture" in cs.notes("S82.001")["seventh_characters"]
    assert cs.notes("S82.001A")["seventh_characters"] == ["A: initial encounter for closed fracture"]


def test_notes_unknown_code_raises(cs: CodeSets) -> None:
    with pytest.raises(UnknownCodeError):
        cs.notes("Q99.999")


def test_cpt_em_levels_and_time_thresholds(cs: CodeSets) -> None:
    minutes = {
        c: cs.lookup(c, CPT).extra.get("min_minutes")
        for c in ("99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215")
    }
    assert minutes == {
        "99202": 15,
        "99203": 30,
        "99204": 45,
        "99205": 60,
        "99211": None,
        "99212": 10,
        "99213": 20,
        "99214": 30,
        "99215": 40,
    }
    visit = cs.lookup("99214")
    assert visit.extra["kind"] == "established" and visit.extra["level"] == 4 and visit.extra["category"] == "em"


def test_cpt_curated_set_covers_brief(cs: CodeSets) -> None:
    codes = {c.code: c for c in cs.codes(CPT)}
    assert len(codes) >= 150
    required = [
        "99281",
        "99285",
        "99417",
        "99418",
        "99381",
        "99397",
        "10060",
        "17110",
        "11102",
        "11107",
        "12001",
        "20610",
        "20553",
        "11750",
        "69210",
        "58300",
        "94640",
        "94761",
        "96372",
        "90471",
        "90474",
        "90460",
        "90686",
        "90750",
        "90677",
        "93000",
        "94060",
        "71046",
        "74178",
        "76536",
        "80053",
        "85025",
        "83036",
        "87880",
        "36415",
        "84153",
    ]
    assert [c for c in required if c not in codes] == []
    allowed = {
        "em",
        "preventive",
        "procedure",
        "injection",
        "vaccine-admin",
        "vaccine",
        "ecg",
        "pulmonary",
        "imaging",
        "lab",
    }
    assert {c.extra["category"] for c in codes.values()} <= allowed


def test_hcpcs_curated_codes(cs: CodeSets) -> None:
    for code in ("J1030", "J1885", "J3420", "G0438", "G0439", "G2211", "G2212", "G0008", "Q2039"):
        info = cs.lookup(code)
        assert info is not None and info.system == HCPCS and info.billable, code
    assert cs.lookup("G2212").extra["min_minutes"] == 89


def test_curated_csv_rejects_unknown_columns() -> None:
    with pytest.raises(ValueError, match="unknown columns"):
        curated_rows(CPT, b"code,description,colour\n99213,x,red\n")
    with pytest.raises(ValueError, match="twice"):
        curated_rows(CPT, b"code,description\n99213,a\n99213,b\n")
    assert len(curated_rows(HCPCS, curated_bytes()[HCPCS])) >= 40


def test_version_strings(cs: CodeSets) -> None:
    assert cs.system_versions == {ICD10CM: "icd10cm-2026-04", CPT: "cpt-curated-2026.1", HCPCS: "hcpcs-curated-2026.1"}
    assert cs.version == "icd10cm-2026-04|cpt-curated-2026.1|hcpcs-curated-2026.1"


def test_codes_iterates_every_billable_icd_code(cs: CodeSets) -> None:
    billable = sum(1 for c in cs.codes(ICD10CM) if c.billable)
    assert 74_000 < billable < 76_000  # FY2026 has about 74.7k billable codes


def test_icd10cm_terms_yield_titles_and_inclusions(cs: CodeSets) -> None:
    seen = {}
    for code, term, source in cs.icd10cm_terms():
        if code == "I10":
            seen[term] = source
    assert seen["Essential (primary) hypertension"] == "title"
    assert seen["high blood pressure"] == "inclusion"


def test_get_codesets_is_process_wide(cs: CodeSets) -> None:
    assert get_codesets(TEST_CACHE) is cs


def test_cache_file_named_by_package_version(cs: CodeSets) -> None:
    assert cs.path is not None and f"sicd{package_version()}" in cs.path.name
    assert cs.path.parent == TEST_CACHE


def test_cached_start_reads_the_index_without_rebuilding_it(cs: CodeSets) -> None:
    """A second process opens the cached index as it is: no index file rebuilt, replaced or added.

    (How long that takes is a benchmark figure - benchmarks/suggest_throughput.py prints start-up time - not a
    test: a timed assertion fails on a loaded machine.)"""
    code = (
        "from pathlib import Path; from suggest.codesets import get_codesets;"
        f"c=get_codesets(Path({str(TEST_CACHE)!r})); c.lookup('E11.9'); c.search('diabetes');"
        "print(c.lookup('E11.9').code)"
    )
    before = {f: f.stat().st_mtime_ns for f in TEST_CACHE.glob("*.sqlite")}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "E11.9"
    assert before and {f: f.stat().st_mtime_ns for f in TEST_CACHE.glob("*.sqlite")} == before
    assert "building" not in out.stderr
