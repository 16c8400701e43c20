"""Site imports: CMS tabular/order/index files (folder or zip), CPT and HCPCS descriptor files.

A small hand-made tabular sample keeps every cache build here to well under a second; the real FY2026
External Cause, Neoplasm and Drug files from ../shared are read when present (skipped otherwise).
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from suggest.codesets import CPT, HCPCS, ICD10CM, CodeSets
from suggest.codesets.build import BuildInputs, build_db
from suggest.codesets.cms_import import classify
from suggest.codesets.index_xml import read_index

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "codesets" / "icd10cm-index"

TABULAR = """<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular><version>2027</version>
<chapter><name>2</name><desc>Neoplasms (C00-D49)</desc>
 <section id="C50-C50"><desc>Malignant neoplasms of breast (C50)</desc>
  <diag><name>C50</name><desc>Malignant neoplasm of breast</desc>
   <diag><name>C50.9</name><desc>Malignant neoplasm of breast of unspecified site</desc>
    <diag><name>C50.91</name><desc>Malignant neoplasm of breast of unspecified site, female</desc>
     <diag><name>C50.911</name><desc>Malignant neoplasm of unspecified site of right female breast</desc></diag>
    </diag></diag></diag></section></chapter>
<chapter><name>4</name><desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
 <section id="E08-E13"><desc>Diabetes mellitus (E08-E13)</desc>
  <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
   <excludes1><note>type 1 diabetes mellitus (E10.-)</note></excludes1>
   <diag><name>E11.2</name><desc>Type 2 diabetes mellitus with kidney complications</desc>
    <diag><name>E11.22</name><desc>Type 2 diabetes mellitus with diabetic chronic kidney disease</desc>
     <useAdditionalCode><note>code to identify stage of chronic kidney disease (N18.1-N18.6)</note></useAdditionalCode>
    </diag></diag>
   <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
  </diag></section></chapter>
<chapter><name>19</name><desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
 <section id="T36-T50"><desc>Poisoning by drugs (T36-T50)</desc>
  <diag><name>T39</name><desc>Poisoning by nonopioid analgesics</desc>
   <sevenChrDef><extension char="A">initial encounter</extension><extension char="D">subsequent encounter</extension>
    <extension char="S">sequela</extension></sevenChrDef>
   <diag><name>T39.1</name><desc>Poisoning by 4-Aminophenol derivatives</desc>
    <diag><name>T39.1X1</name><desc>Poisoning by 4-Aminophenol derivatives, accidental (unintentional)</desc></diag>
   </diag></diag></section></chapter>
<chapter><name>20</name><desc>External causes of morbidity (V00-Y99)</desc>
 <section id="W00-W19"><desc>Slipping, tripping, stumbling and falls (W00-W19)</desc>
  <diag><name>W11</name><desc>Fall on and from ladder</desc>
   <sevenChrDef><extension char="A">initial encounter</extension><extension char="D">subsequent encounter</extension>
    <extension char="S">sequela</extension></sevenChrDef>
  </diag></section></chapter>
</ICD10CM.tabular>
"""

INDEX = """<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index><version>2027</version><title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
<letter><title>D</title>
 <mainTerm><title>Diabetes, diabetic<nemod>(mellitus) (sugar)</nemod></title><code>E11.9</code>
  <term level="1"><title>type 2</title><code>E11.9</code>
   <term level="2"><title>with</title>
    <term level="3"><title>chronic kidney disease</title><code>E11.22</code></term>
   </term></term>
  <term level="1"><title>bronzed</title><code>E83.110</code></term>
 </mainTerm>
 <mainTerm><title>Dropsy</title><seeAlso>Hydrops</seeAlso></mainTerm>
</letter>
<letter><title>K</title>
 <mainTerm><title>Kimmelstiel<nemod>(-Wilson)</nemod> disease</title><code>E11.22</code></mainTerm>
</letter>
</ICD10CM.index>
"""


def order_line(n: int, code: str, billable: int, title: str) -> str:
    return f"{n:05d} {code:<7} {billable} {title[:60]:<60} {title}"


ORDER = "\n".join(
    order_line(i, c, b, t)
    for i, (c, b, t) in enumerate(
        [
            ("E11", 0, "Type 2 diabetes mellitus"),
            ("E112", 0, "Type 2 diabetes mellitus with kidney complications"),
            ("E1122", 1, "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
            ("E119", 1, "Type 2 diabetes mellitus without complications (site order title)"),
            ("W11", 0, "Fall on and from ladder"),
            ("W11XXXA", 1, "Fall on and from ladder, initial encounter"),
            ("W11XXXD", 1, "Fall on and from ladder, subsequent encounter"),
        ],
        start=1,
    )
)


def write_release(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "icd10cm_tabular_2027.xml").write_text(TABULAR, encoding="utf-8")
    (folder / "icd10cm_index_2027.xml").write_text(INDEX, encoding="utf-8")
    (folder / "README.txt").write_text("not a code file\n", encoding="utf-8")
    return folder


@pytest.fixture()
def site(tmp_path: Path) -> CodeSets:
    cs = CodeSets(tmp_path / "cache")
    cs.import_cms(write_release(tmp_path / "release"))
    return cs


def test_import_cms_folder_replaces_tabular_and_reads_index(site: CodeSets) -> None:
    assert site.lookup("E11.22").title == "Type 2 diabetes mellitus with diabetic chronic kidney disease"
    assert site.lookup("S82.001A") is None  # the sample tabular replaced the packaged one
    assert site.is_billable("W11.XXXS")  # without an order file every 7th character is allowed
    assert site.system_versions[ICD10CM].startswith("icd10cm-2027-site.")


def test_import_cms_index_terms_are_phrases_with_source(site: CodeSets) -> None:
    terms = {(c, t, s) for c, t, s in site.icd10cm_terms()}
    assert ("E11.22", "Diabetes, diabetic, type 2, with, chronic kidney disease", "index") in terms
    assert ("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "title") in terms
    assert not any(c == "E83.110" for c, _, _ in terms)  # index codes missing from the tabular are left out


def test_import_cms_keeps_cross_references_and_nonessential_modifiers(site: CodeSets) -> None:
    entries = {e.path: e for e in site.index_entries("index")}
    assert entries[("Dropsy",)].see_also == "Hydrops" and entries[("Dropsy",)].code == ""
    assert entries[("Diabetes, diabetic",)].nemod == "(mellitus) (sugar)"


def test_search_uses_index_terms_and_optional_modifiers(site: CodeSets) -> None:
    assert site.search("kimmelstiel disease")[0].code == "E11.22"
    assert site.search("kimmelstiel wilson disease")[0].code == "E11.22"  # nonessential modifier matches
    hit = site.search("diabetes sugar")[0]
    assert hit.code == "E11.9" and hit.source == "index"


def test_import_cms_skips_unknown_files(tmp_path: Path) -> None:
    cs = CodeSets(tmp_path / "cache")
    summary = cs.import_cms(write_release(tmp_path / "release"))
    assert summary["imported"] == {"tabular": "icd10cm_tabular_2027.xml", "index": "icd10cm_index_2027.xml"}
    assert summary["skipped"] == ["README.txt"]
    assert summary["version"] == cs.version


def test_import_cms_order_file_sets_titles_and_valid_codes(site: CodeSets, tmp_path: Path) -> None:
    (tmp_path / "order").mkdir()
    (tmp_path / "order" / "icd10cm_order_2027.txt").write_text(ORDER + "\n", encoding="utf-8")
    site.import_cms(tmp_path / "order")
    assert site.lookup("E11.9").title.endswith("(site order title)")
    assert site.is_billable("W11.XXXD") and site.lookup("W11.XXXS") is None


def test_import_cms_reads_nested_zip(tmp_path: Path) -> None:
    release = write_release(tmp_path / "release")
    inner = tmp_path / "tables.zip"
    with zipfile.ZipFile(inner, "w") as zf:
        for f in release.iterdir():
            zf.write(f, f"2027 Code Tables/{f.name}")
    outer = tmp_path / "cms.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "tables.zip")
    cs = CodeSets(tmp_path / "cache")
    assert set(cs.import_cms(outer)["imported"]) == {"tabular", "index"}
    assert cs.lookup("E11.22") is not None


def test_import_survives_restart_and_can_be_removed(site: CodeSets) -> None:
    again = CodeSets(site.cache_dir)
    assert again.version == site.version and again.lookup("S82.001A") is None
    again.remove_import("index")
    assert "+site" not in again.version and not list(again.index_entries())


def test_import_cms_refuses_folder_without_code_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("hello\n")
    with pytest.raises(ValueError, match="no importable"):
        CodeSets(tmp_path / "cache").import_cms(tmp_path / "empty")


def test_import_cpt_replaces_descriptions_and_changes_version(site: CodeSets, tmp_path: Path) -> None:
    before = site.system_versions
    path = tmp_path / "cpt.csv"
    path.write_text('code,description\n99213,"Licensed descriptor text"\n0001U,"Licensed lab test"\n')
    site.import_cpt(path)
    visit = site.lookup("99213", CPT)
    assert visit.title == "Licensed descriptor text" and visit.extra["level"] == 3  # our E/M data stays
    assert site.lookup("0001U", CPT) is not None
    assert site.system_versions[CPT].startswith("cpt-site.") and site.system_versions[ICD10CM] == before[ICD10CM]
    assert CodeSets(site.cache_dir).lookup("99213").title == "Licensed descriptor text"


def test_import_hcpcs_tsv_with_billable_column(site: CodeSets, tmp_path: Path) -> None:
    path = tmp_path / "hcpcs.txt"
    path.write_text(
        "HCPCS\tLong Description\tBillable\nJ9999\tNot otherwise classified, antineoplastic drugs\t0\n"
        "J1030\tInjection, methylprednisolone acetate, 40 mg\t1\n"
    )
    site.import_hcpcs(path)
    assert site.lookup("J9999", HCPCS).billable is False
    assert site.system_versions[HCPCS].startswith("hcpcs-site.")


def test_import_descriptor_file_with_bad_code_changes_nothing(site: CodeSets, tmp_path: Path) -> None:
    before = site.version
    path = tmp_path / "cpt.csv"
    path.write_text("code,description\n99213,ok\nABC,not a code\n")
    with pytest.raises(ValueError, match="line 3"):
        site.import_cpt(path)
    assert site.version == before and CodeSets(site.cache_dir).version == before


def test_build_db_concurrent_builders_leave_one_complete_file(tmp_path: Path) -> None:
    xml = tmp_path / "tab.xml"
    xml.write_text(TABULAR, encoding="utf-8")
    target = tmp_path / "codesets.sqlite"
    inputs = BuildInputs(tabular=xml, versions={ICD10CM: "x", CPT: "y", HCPCS: "z"})
    errors: list[BaseException] = []

    def run() -> None:
        try:
            build_db(target, inputs)
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    import sqlite3

    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM codes WHERE key = 'E1122'").fetchone() == (1,)


def test_classify_recognises_release_files(tmp_path: Path) -> None:
    write_release(tmp_path)
    assert classify(tmp_path / "icd10cm_tabular_2027.xml") == "tabular"
    assert classify(tmp_path / "icd10cm_index_2027.xml") == "index"
    assert classify(tmp_path / "README.txt") is None


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/codesets/icd10cm-index not present")
def test_read_shared_eindex_neoplasm_drug_files() -> None:
    kinds = {}
    for name in ("icd10cm_eindex_2026.xml", "icd10cm_neoplasm_2026.xml", "icd10cm_drug_2026.xml"):
        kind, version, terms = read_index(SHARED / name)
        kinds[kind] = terms
        assert version == "2026" and classify(SHARED / name) == kind
    assert set(kinds) == {"eindex", "neoplasm", "drug"}
    drug = {(t.text, t.code) for t in kinds["drug"]}
    assert ("Acetaminophen, poisoning accidental (unintentional)", "T39.1X1") in drug
    neo = {(t.text, t.code) for t in kinds["neoplasm"]}
    assert ("Neoplasm, neoplastic, breast, malignant primary", "C50.9") in neo
    assert any(t.see and not t.code for t in kinds["eindex"])
    assert any(t.path == ("Fall, falling", "down", "ladder") and t.code == "W11" for t in kinds["eindex"])


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/codesets/icd10cm-index not present")
def test_import_shared_index_files_feed_search(tmp_path: Path) -> None:
    release = write_release(tmp_path / "release")
    for name in ("icd10cm_eindex_2026.xml", "icd10cm_neoplasm_2026.xml", "icd10cm_drug_2026.xml"):
        (release / name).write_bytes((SHARED / name).read_bytes())
    cs = CodeSets(tmp_path / "cache")
    summary = cs.import_cms(release)
    assert set(summary["imported"]) == {"tabular", "index", "eindex", "neoplasm", "drug"}
    sources = {s for c, _, s in cs.icd10cm_terms()}
    assert {"title", "index", "neoplasm", "drug"} <= sources
    assert cs.search("acetaminophen poisoning accidental")[0].code == "T39.1X1"
    assert cs.search("breast malignant primary")[0].code == "C50.9"
    assert "W11" in [h.code for h in cs.search("fall ladder")]
