"""The index: incremental builds, model change, interruption, bad files, missing index."""

from __future__ import annotations

import json

import pytest

from assistant.config import Settings, bundled_model_path
from assistant.errors import BadInput, IndexBusy, IndexCorrupt, IndexMissing
from assistant.index.builder import update_index
from assistant.index.layout import CHUNKS, IndexLayout
from assistant.retrieval import Retriever
from tests.conftest import write_note


@pytest.fixture
def small_kb(tmp_path):
    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    write_note(kdir, "alpha.md", "Alpha", {"Lemons": "Lemons are sour yellow citrus fruits used in lemonade.",
                                           "Kiwis": "Kiwis are fuzzy brown fruits with green flesh."})
    write_note(kdir, "beta.md", "Beta", {"Rockets": "Rockets burn fuel to push spacecraft into orbit."})
    settings = Settings(root=tmp_path, knowledge_dir=kdir, index_dir=tmp_path / "index")
    return settings, kdir


def chunk_ids(settings):
    gen = IndexLayout(settings.index_dir).current()
    return {json.loads(l)["id"]: json.loads(l) for l in (gen / CHUNKS).read_text().splitlines()}


def test_first_build_then_nothing_to_do(small_kb):
    settings, _ = small_kb
    first = update_index(settings)
    assert first.full and first.added == 3 and first.chunks == 3
    again = update_index(settings)
    assert not again.changed and again.unchanged == 3 and again.generation == first.generation


def test_editing_one_note_only_changes_its_chunks(small_kb):
    settings, kdir = small_kb
    update_index(settings)
    before = chunk_ids(settings)
    write_note(kdir, "alpha.md", "Alpha", {"Lemons": "Lemons are sour yellow citrus fruits used in lemonade.",
                                           "Kiwis": "Kiwis are small fruits from New Zealand and China."})
    summary = update_index(settings)
    after = chunk_ids(settings)
    assert (summary.updated, summary.added, summary.removed, summary.unchanged) == (1, 0, 0, 2)
    beta = {i for i, r in before.items() if r["path"].endswith("beta.md")}
    assert beta <= set(after)
    assert len(set(after) - set(before)) == 1
    hits = Retriever(settings).open().search("Which fruit comes from New Zealand?", 1)
    assert "New Zealand" in hits[0].text


def test_section_questions_find_the_section_but_stay_out_of_citations(small_kb):
    settings, kdir = small_kb
    update_index(settings)
    before = chunk_ids(settings)
    note = kdir / "alpha.md"
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("---\n#", 'questions:\n  Kiwis: ["what grows on vines down under?"]\n---\n#', 1),
                    encoding="utf-8")
    summary = update_index(settings)
    assert (summary.updated, summary.unchanged) == (1, 2)  # only the Kiwis section is re-embedded
    after = chunk_ids(settings)
    assert len(set(after) - set(before)) == 1
    hit = Retriever(settings).open().search("what grows on vines down under", 1, "keyword")[0]
    assert hit.section == "Kiwis" and "vines" not in hit.text


def test_deleting_a_note_removes_its_chunks(small_kb):
    settings, kdir = small_kb
    update_index(settings)
    (kdir / "beta.md").unlink()
    summary = update_index(settings)
    assert summary.removed == 1
    assert not any(r["path"].endswith("beta.md") for r in chunk_ids(settings).values())
    assert all("Rockets" not in p.text for p in Retriever(settings).open().search("rockets orbit", 5, "dense"))


def test_changing_the_model_rebuilds_everything(small_kb, tmp_path):
    settings, _ = small_kb
    update_index(settings)
    alias = tmp_path / "same-model-other-name"
    alias.symlink_to(bundled_model_path())
    other = settings.with_(model=str(alias))
    summary = update_index(other)
    assert summary.full and "model changed" in summary.reason and summary.added == 3
    assert IndexLayout(settings.index_dir).manifest(IndexLayout(settings.index_dir).current()).model == str(alias)


def test_interrupted_rebuild_keeps_the_previous_index(small_kb):
    settings, _ = small_kb
    first = update_index(settings)

    def die(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        update_index(settings, rebuild=True, progress=die)
    layout = IndexLayout(settings.index_dir)
    assert layout.current().name == first.generation
    assert not list(layout.gens.glob("tmp-*"))
    assert Retriever(settings).open().search("sour citrus", 1)[0].section == "Lemons"


def test_bad_files_are_skipped_with_a_reason(small_kb):
    settings, kdir = small_kb
    (kdir / "empty.md").write_text("")
    (kdir / "binary.md").write_bytes(b"\x00\x01\x02binary")
    (kdir / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (kdir / "ignored.png").write_bytes(b"\x89PNG")
    summary = update_index(settings)
    reasons = {p.split("/")[-1]: r for p, r in summary.skipped}
    assert reasons == {"empty.md": "empty file", "binary.md": "binary file", "latin1.txt": "not UTF-8 text"}
    assert summary.chunks == 3


def test_empty_knowledge_folder_is_a_clear_error(tmp_path):
    (tmp_path / "knowledge").mkdir()
    settings = Settings(root=tmp_path, knowledge_dir=tmp_path / "knowledge", index_dir=tmp_path / "index")
    with pytest.raises(BadInput, match="no documents to index"):
        update_index(settings)


def test_missing_index_is_built_on_first_use_or_reported(small_kb):
    settings, _ = small_kb
    with pytest.raises(IndexMissing):
        Retriever(settings, auto_build=False).open()
    assert Retriever(settings).open().search("lemonade", 1)[0].section == "Lemons"


def test_corrupt_index_gives_a_clear_message_and_rebuilds(small_kb):
    settings, _ = small_kb
    update_index(settings)
    (settings.index_dir / "CURRENT").write_text("gen-missing\n")
    with pytest.raises(IndexCorrupt, match="advisor index --rebuild"):
        Retriever(settings).open()
    assert update_index(settings).full
    assert Retriever(settings).open().search("lemonade", 1)


def test_source_folder_of_user_documents(small_kb, tmp_path_factory):
    settings, _ = small_kb
    update_index(settings)
    own = tmp_path_factory.mktemp("elsewhere") / "my docs ü"
    own.mkdir()
    (own / "notes.txt").write_text("Our refund window is 45 days for annual plans.", encoding="utf-8")
    summary = update_index(settings, add_sources=(own,))
    assert summary.added == 1
    hit = Retriever(settings).open().search("refund window annual plans", 1)[0]
    assert hit.path == str((own / "notes.txt").resolve())
    with pytest.raises(BadInput, match="no such folder"):
        update_index(settings, add_sources=(own.parent / "nope",))


def test_a_second_build_during_a_build_waits_then_refuses(small_kb):
    settings, _ = small_kb
    seen = []

    def second_build(done, total):
        with pytest.raises(IndexBusy, match="still running"):
            update_index(settings, rebuild=True, lock_wait=0.3)
        seen.append(IndexLayout(settings.index_dir).current())

    summary = update_index(settings, progress=second_build)
    assert seen == [None]  # nothing was published while the first build ran
    assert IndexLayout(settings.index_dir).current().name == summary.generation
    assert Retriever(settings).open().search("lemonade", 1)[0].section == "Lemons"


def test_a_user_document_without_questions_still_ranks_first(notes_kb, tmp_path):
    """Real notes list questions for every section; a user's own document lists none. When
    it answers the query exactly it must come first, not be buried by the notes' questions
    (which match a query's wording more closely than any passage's own vector does)."""
    own = tmp_path / "own"
    own.mkdir()
    (own / "index-refresh.md").write_text(
        "# Refreshing the support bot's knowledge\n\nWhen a help-centre article changes, the nightly ingest "
        "job re-embeds only the changed articles and swaps the search index at 02:00, so the bot answers "
        "from the new text the next morning without any retraining.\n", encoding="utf-8")
    update_index(notes_kb, add_sources=(own,))
    retriever = Retriever(notes_kb).open()
    assert any(r.get("questions") for r in retriever.rows)  # the notes do list questions
    for query in ("how does our support bot pick up changed help-centre articles?",
                  "when does the nightly ingest job swap the search index?"):
        hit = retriever.search(query, 1)[0]
        assert hit.path.endswith("index-refresh.md"), (query, hit.path, hit.section)
