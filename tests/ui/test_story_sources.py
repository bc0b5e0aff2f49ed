"""A folder of several stories in the window: grouped in the Sources panel, one story in
the views at a time, articles moved between stories and kept in the .parallax file.

The seeds are one story (Zelensky stays in Kyiv). The other articles are written here:
two outlets' reports of one warehouse fire (a story of their own, sharing names, places
and a quote) and a report of a chess tournament that nothing else here covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_steps import count_scoring

from app.model import Comparison
from ui.main_window import ALONE_MESSAGE

TIMEOUT = 60_000  # the real engine on a shared 2-core machine
POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear" / "train" / "text"

FIRE_A = """Fire destroys Rotterdam warehouse of Van Leeuwen Logistics

ROTTERDAM (Reuters) — A fire destroyed a warehouse of Van Leeuwen Logistics in the
Waalhaven port district of Rotterdam overnight, sending a plume of black smoke over the
city, the Rotterdam-Rijnmond fire brigade said on Tuesday.

More than eighty firefighters fought the blaze, which started shortly after midnight in
a hall storing tyres and plastic packaging. No one was hurt.

"The hall could not be saved, and our priority was to stop the fire reaching the
neighbouring tank storage," fire brigade spokesman Joost Hermans said.

Residents of Charlois and Pernis were told to keep windows closed.
"""

FIRE_B = """Waalhaven blaze: Van Leeuwen Logistics hall lost, residents told to shut windows

A hall of Van Leeuwen Logistics in Rotterdam's Waalhaven burned down on Tuesday night
after a fire broke out among stored tyres and plastic packaging, the Rotterdam-Rijnmond
fire brigade reported.

Spokesman Joost Hermans told local broadcaster Rijnmond: "The hall could not be saved,
and our priority was to stop the fire reaching the neighbouring tank storage."

Some eighty firefighters were at the scene. People in Charlois and Pernis were advised to
keep their windows closed because of the smoke. Nobody was injured, the brigade said.
"""

CHESS = """Sixteen-year-old wins Tata Steel Challengers in Wijk aan Zee

WIJK AAN ZEE — Sixteen-year-old grandmaster Liesbeth Okonkwo won the Tata Steel
Challengers on Sunday with a round to spare, earning a place in next year's Masters group.

Okonkwo beat the tournament favourite in a long endgame in the twelfth round and finished
on nine points out of thirteen. "I did not sleep much this week," she said after the
closing ceremony at De Moriaan.
"""


def _write(folder: Path, **texts: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _settled(window) -> bool:  # type: ignore[no-untyped-def]
    return not window.jobs.busy and not window._compare_timer.isActive()


def _open(qtbot, window, paths: list[Path]) -> Comparison:  # type: ignore[no-untyped-def]
    window.open_files([str(p) for p in paths])
    qtbot.waitUntil(
        lambda: len(window.project.documents) == len(paths)
        and _settled(window)
        and window.comparison is not None,
        timeout=TIMEOUT,
    )
    return window.comparison


def _showing(qtbot, window, ids):  # type: ignore[no-untyped-def]
    """Wait for the comparison of exactly these articles to reach the views."""
    want = set(ids)
    return qtbot.waitSignal(
        window.comparisonShown,
        timeout=TIMEOUT,
        check_params_cb=lambda c: c is not None and {d.id for d in c.documents} == want,
    )


def _combo_ids(window) -> set[str]:  # type: ignore[no-untyped-def]
    combo = window.compare_view.left_combo
    return {combo.itemData(i) for i in range(combo.count())}


def _story_of(window, doc_id: str):  # type: ignore[no-untyped-def]
    return next(g for g in window.story_groups if doc_id in g.documents)


def test_the_seeds_are_one_story_and_the_list_stays_flat(qtbot, window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    comparison = _open(qtbot, window, seed_paths)
    assert len(window.story_groups) == 1
    assert len(comparison.documents) == len(seed_paths)
    panel = window.sources
    assert panel.story_items() == [] and panel.group_item("alone") is None
    assert panel.tree.topLevelItemCount() == len(seed_paths)  # one row per article
    assert not panel.tree.rootIsDecorated()
    assert not window.story_combo.isVisible()
    assert window.story_scope() == ""
    assert window.windowTitle().endswith("— Parallax") and window.windowTitle().count("—") == 1


def test_unrelated_articles_form_their_own_stories_and_one_is_shown(
    qtbot, window, seed_paths, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    scored = count_scoring(monkeypatch)
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B, chess=CHESS)
    comparison = _open(qtbot, window, [*seed_paths, *others])
    paths = [*seed_paths, *others]
    ids = {p.stem: d.id for p, d in zip(paths, window.project.documents, strict=True)}
    seeds = {d.id for d in window.project.documents[: len(seed_paths)]}

    # The seeds, the fire and the chess report: three stories, the largest shown.
    assert sorted(len(g.documents) for g in window.story_groups) == [1, 2, 3]
    assert {d.id for d in comparison.documents} == seeds
    assert _combo_ids(window) == seeds
    assert scored == [3]

    panel = window.sources
    headings = panel.story_items()
    assert len(headings) == 2 and panel.tree.rootIsDecorated()
    seeds_item = panel.story_item(window.current_story.key)
    assert seeds_item.font(0).bold() and seeds_item.isExpanded()
    assert "3 articles" in seeds_item.text(0)
    assert {seeds_item.child(k).data(0, Qt.ItemDataRole.UserRole)
            for k in range(seeds_item.childCount())} == seeds
    alone = panel.group_item("alone")
    assert alone.childCount() == 1
    assert alone.child(0).data(0, Qt.ItemDataRole.UserRole) == ids["chess"]
    assert "3 of 3" not in panel.summary.text() and "2 stories" in panel.summary.text()
    assert window.story_combo.isVisibleTo(window) and window.story_combo.count() == 3

    # Clicking the fire story shows its two articles in the views and the titles.
    fire = _story_of(window, ids["fire_a"])
    with _showing(qtbot, window, fire.documents):
        panel.tree.setCurrentItem(panel.story_item(fire.key))
    assert _combo_ids(window) == {ids["fire_a"], ids["fire_b"]}
    assert window.current_pair() in ((ids["fire_a"], ids["fire_b"]), (ids["fire_b"], ids["fire_a"]))
    assert window.comparison.matches, "the two fire reports share sentences"
    # the window's title elides a long story title; the story list has it whole
    assert fire.title[:60] in window.windowTitle() and window.story_title() == fire.title
    assert window.story_combo.currentData() == fire.key
    assert scored == [3, 2]

    # Back to the seeds: from the cache, no scoring; the slider re-selects only.
    seeds_key = _story_of(window, next(iter(seeds))).key
    with _showing(qtbot, window, seeds):
        window.story_combo.activated.emit(window.story_combo.findData(seeds_key))
    assert {d.id for d in window.comparison.documents} == seeds
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT):
        window.threshold_slider.setValue(90)
    assert window.comparison.threshold == 0.9
    assert {d.id for d in window.comparison.documents} == seeds
    assert scored == [3, 2]

    # An article on its own is shown alone.
    with _showing(qtbot, window, [ids["chess"]]):
        panel.tree.setCurrentItem(panel.item_for_document(ids["chess"]))
    assert [d.id for d in window.comparison.documents] == [ids["chess"]]
    assert window.counts_label.text() == ALONE_MESSAGE
    assert panel.group_item("alone").text(0) == "1 article on its own"

    # Left out, an article is listed apart and belongs to no story.
    panel.item_for_document(ids["fire_a"]).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: ids["fire_a"] in window.project.excluded, timeout=5000)
    qtbot.waitUntil(lambda: _settled(window), timeout=TIMEOUT)
    left_out = panel.group_item("left_out")
    assert left_out.text(0) == "1 left out of the comparison"
    assert panel.item_for_document(ids["fire_a"]).parent() is left_out
    assert all(ids["fire_a"] not in g.documents for g in window.story_groups)


def test_moving_an_article_changes_both_stories_and_survives_save_and_open(
    qtbot, make_window, seed_paths, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    window.show()
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B)
    _open(qtbot, window, [*seed_paths, *others])
    docs = window.project.documents
    seed, fire_a = docs[0], docs[len(seed_paths)]
    seeds_story, fire_story = _story_of(window, seed.id), _story_of(window, fire_a.id)
    assert window.current_story == seeds_story

    # The panel's context menu lists the other story and New Story.
    panel = window.sources
    menu = panel._move_menu(panel, panel.item_for_document(seed.id))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-1] == "New Story" and fire_story.title[:60] in texts[0]  # a long title elided
    assert all(seeds_story.title not in t for t in texts)

    scored = count_scoring(monkeypatch)
    remaining = tuple(d for d in seeds_story.documents if d != seed.id)
    with _showing(qtbot, window, remaining):
        menu.actions()[0].trigger()  # Move to Story ▸ the fire
    qtbot.waitUntil(lambda: _settled(window), timeout=TIMEOUT)
    assert dict(window.project.story_of) == {seed.id: fire_story.title}
    assert window.dirty
    assert _story_of(window, seed.id).documents == (seed.id, *fire_story.documents)
    assert _story_of(window, docs[1].id).documents == remaining
    # The seeds' story stays on screen, compared again without the moved article.
    assert {d.id for d in window.comparison.documents} == set(remaining)
    assert scored == [len(remaining)]
    moved_item = panel.item_for_document(seed.id)
    assert moved_item.parent() is panel.story_item(_story_of(window, seed.id).key)

    target = tmp_path / "moved.parallax"
    with qtbot.waitSignal(window.saves.jobFinished, timeout=TIMEOUT):
        window.files.save_as(str(target))
    other = make_window()
    with qtbot.waitSignal(other.comparisonShown, timeout=TIMEOUT,
                          check_params_cb=lambda c: c is not None):
        other.files.open(str(target))
    qtbot.waitUntil(lambda: _settled(other), timeout=TIMEOUT)
    assert other.project.story_of == window.project.story_of
    assert [g.documents for g in other.story_groups] == [g.documents for g in window.story_groups]
    assert other.current_story.documents == remaining  # the story that was on screen

    # New Story takes an article out of its story; moving it back forgets the move.
    with qtbot.waitSignal(other.comparisonShown, timeout=TIMEOUT):
        other.move_to_story([docs[1].id], "")
    qtbot.waitUntil(lambda: _settled(other), timeout=TIMEOUT)
    alone = _story_of(other, docs[1].id)
    assert alone.documents == (docs[1].id,) and alone.title == (docs[1].title or alone.title)
    assert set(other.project.story_of) == {seed.id, docs[1].id}
    with qtbot.waitSignal(other.comparisonShown, timeout=TIMEOUT):
        other.move_to_story([docs[1].id], seeds_story.title)
    qtbot.waitUntil(lambda: _settled(other), timeout=TIMEOUT)
    assert set(other.project.story_of) == {seed.id}
    assert _story_of(other, docs[1].id).documents == remaining


def test_export_names_the_story_shown(qtbot, window, seed_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B)
    _open(qtbot, window, [*seed_paths, *others])
    fire = _story_of(window, window.project.documents[-1].id)
    with _showing(qtbot, window, fire.documents):
        window.choose_story(fire.key)
    target = tmp_path / "fire.html"
    with qtbot.waitSignal(window.exports.jobFinished, timeout=TIMEOUT):
        assert window.reports.export_report(str(target))
    html = target.read_text(encoding="utf-8")
    assert fire.title.split(":")[0] in html
    fire_docs = {d.sha256 for d in window.project.documents[-2:]}
    assert all(s in html for s in fire_docs)
    assert not any(d.sha256 in html for d in window.project.documents[: len(seed_paths)])
    assert fire.title[:20] in window.statusBar().currentMessage()
    assert window.reports.export_report()  # the dialog says which story it reports
    dialog = window.reports.export_dialog
    assert dialog is not None and fire.title[:20] in dialog.windowTitle()
    dialog.reject()


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR texts not present")
def test_polnear_articles_stand_apart_from_the_seeds(qtbot, window, seed_paths) -> None:  # type: ignore[no-untyped-def]
    texts = sorted(POLNEAR.glob("*.txt"))[:3]
    _open(qtbot, window, [*seed_paths, *texts])
    assert len(window.story_groups) >= 2
    seeds = {d.id for d in window.project.documents[: len(seed_paths)]}
    assert set(window.current_story.documents) == seeds
    assert {d.id for d in window.comparison.documents} == seeds
    assert window.sources.story_items() or window.sources.group_item("alone")


def _drag(viewport, item_rect, kind):  # type: ignore[no-untyped-def]
    """A drag of the tree's own rows over ``item_rect``, as Qt delivers it."""
    from PySide6.QtCore import QByteArray, QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.sources_panel import ROWS_MIME

    mime = QMimeData()
    mime.setData(ROWS_MIME, QByteArray(b"rows"))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    centre = item_rect.center()
    args = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if kind == "enter":
        event = QDragEnterEvent(centre, *args)
    elif kind == "move":
        event = QDragMoveEvent(centre, *args)
    else:
        event = QDropEvent(QPointF(centre), *args)
    event.ignore()
    QApplication.sendEvent(viewport, event)
    return event


def test_dragging_an_article_onto_a_story_moves_it(
    qtbot, window, seed_paths, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B, chess=CHESS)
    _open(qtbot, window, [*seed_paths, *others])
    chess = window.project.documents[-1]
    fire = _story_of(window, window.project.documents[-2].id)
    panel = window.sources
    tree = panel.tree
    item = panel.item_for_document(chess.id)
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    tree.clearSelection()
    item.setSelected(True)
    heading = panel.story_item(fire.key)
    own_rect = tree.visualItemRect(panel.group_item("alone"))
    assert _drag(tree.viewport(), tree.visualItemRect(heading), "enter").isAccepted()
    assert not _drag(tree.viewport(), own_rect, "move").isAccepted()  # it is alone already
    assert _drag(tree.viewport(), tree.visualItemRect(heading), "move").isAccepted()
    with qtbot.waitSignal(panel.moveRequested, timeout=2000) as moved:
        drop = _drag(tree.viewport(), tree.visualItemRect(heading), "drop")
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert moved.args == [[chess.id], fire.title]
    qtbot.waitUntil(lambda: _settled(window), timeout=TIMEOUT)
    assert chess.id in _story_of(window, fire.documents[0]).documents
    assert dict(window.project.story_of) == {chess.id: fire.title}
    assert panel.item_for_document(chess.id).parent() is panel.story_item(fire.key)
    assert len(window.project.documents) == len(seed_paths) + 3  # nothing removed by Qt


def test_a_whole_story_or_every_lone_article_merges_into_another_story(
    qtbot, window, seed_paths, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A story the grouping split off, which the person knows is another's event, moves
    over in one step from its heading; so do all the articles on their own."""
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B, chess=CHESS)
    _open(qtbot, window, [*seed_paths, *others])
    docs = window.project.documents
    seeds_story = _story_of(window, docs[0].id)
    fire_story = _story_of(window, docs[len(seed_paths)].id)
    chess = docs[-1]
    panel = window.sources

    menu = panel._merge_menu(panel, panel.story_item(fire_story.key))
    assert menu is not None and menu.title() == "Merge Into Story"
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 1 and seeds_story.title[:20] in texts[0]  # not itself, not alone
    with qtbot.waitSignal(panel.moveRequested, timeout=2000) as moved:
        menu.actions()[0].trigger()
    assert moved.args == [list(fire_story.documents), seeds_story.title]
    qtbot.waitUntil(lambda: _settled(window), timeout=TIMEOUT)
    merged = _story_of(window, docs[0].id)
    assert set(merged.documents) == {*seeds_story.documents, *fire_story.documents}
    assert not any(g.key == fire_story.key for g in window.story_groups)
    assert panel.story_item(fire_story.key) is None

    alone = panel._merge_menu(panel, panel.group_item("alone"))
    assert alone is not None and alone.title() == "Move All to Story"
    with qtbot.waitSignal(panel.moveRequested, timeout=2000) as moved:
        alone.actions()[0].trigger()
    assert moved.args == [[chess.id], merged.title]
    qtbot.waitUntil(lambda: _settled(window), timeout=TIMEOUT)
    assert chess.id in _story_of(window, docs[0].id).documents
    assert panel.group_item("alone") is None
    # one story left: nothing to merge it into
    assert panel.story_item(_story_of(window, docs[0].id).key) is None or panel._merge_menu(
        panel, panel.story_item(_story_of(window, docs[0].id).key)
    ) is None


def test_two_articles_about_two_events_can_be_compared_as_one_story(
    qtbot, window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A pair dropped to be compared, about events the grouping tells apart: the views
    say why nothing is compared and how to compare them anyway, which one step does."""
    from ui.main_window import ALONE_VIEW_MESSAGE

    paths = _write(tmp_path / "pair", fire=FIRE_A, chess=CHESS)
    _open(qtbot, window, paths)
    assert [len(g.documents) for g in window.story_groups] == [1, 1]
    view = window.compare_view
    assert view.stack.currentWidget() is view.placeholder
    assert view.placeholder.message() == ALONE_VIEW_MESSAGE
    # the views are filled one per event-loop turn, the visible one first
    qtbot.waitUntil(
        lambda: window.overview_view.placeholder.message() == ALONE_VIEW_MESSAGE, timeout=5000
    )

    panel = window.sources
    heading = panel.group_item("alone")
    assert panel._merge_menu(panel, heading) is None  # no story to move them to
    together = panel.together_action(panel, heading)
    assert together is not None and together.text() == "Compare Them as One Story"
    with qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT,
                          check_params_cb=lambda c: c is not None and len(c.documents) == 2):
        together.trigger()
    assert [len(g.documents) for g in window.story_groups] == [2]
    assert view.stack.currentWidget() is not view.placeholder
    assert panel.group_item("alone") is None  # one story: the list is flat again


def test_a_late_result_for_a_story_left_is_dropped(
    qtbot, make_window, seed_paths, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import threading

    release = threading.Event()
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B)

    def comparer(docs, threshold, progress, cancelled):  # type: ignore[no-untyped-def]
        if any(d.path.endswith("fire_a.txt") for d in docs):
            release.wait(10)  # ignores cancellation: its result arrives late
        return Comparison(documents=tuple(docs), threshold=threshold)

    window = make_window(comparer=comparer)
    _open(qtbot, window, [*seed_paths, *others])
    seeds = {d.id for d in window.project.documents[: len(seed_paths)]}
    fire = _story_of(window, window.project.documents[-1].id)
    window.choose_story(fire.key)  # its comparison hangs
    qtbot.waitUntil(lambda: window.compares.busy, timeout=5000)
    with _showing(qtbot, window, seeds):
        window.acts["previous_story"].trigger()  # back to the seeds, before the fire lands
    with qtbot.waitSignal(window.compares.jobDropped, timeout=10_000):
        release.set()
    qtbot.wait(20)
    assert {d.id for d in window.comparison.documents} == seeds
    assert window.story_title() == _story_of(window, next(iter(seeds))).title
    with _showing(qtbot, window, fire.documents):
        window.acts["next_story"].trigger()


BRIDGE = """New Storstrom Bridge opens to trains after eight years of work

The new Storstrom Bridge between Zealand and Falster opened to trains on Saturday,
Danish rail operator DSB said, ending eight years of construction on the four-kilometre
crossing. Transport minister Anna Holm cut the ribbon at Vordingborg station.
"""

MUSEUM = """Gold coins stolen from Drents Museum in overnight break-in

Thieves took a case of Roman gold coins from the Drents Museum in Assen early on
Thursday, police in the province of Drenthe said. The museum will stay closed while
detectives examine the damaged display room.
"""

MARATHON = """Kenyan runner Ruth Wanjiru sets course record at Valencia Marathon

Ruth Wanjiru of Kenya won the Valencia Marathon on Sunday in two hours fourteen minutes,
a course record, pulling away from the Ethiopian pack after thirty-five kilometres.
"""


def test_many_articles_are_grouped_in_the_worker(
    qtbot, window, seed_paths, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    import threading

    import app.grouping
    from ui.main_window import GROUP_INLINE_MAX

    threads: list[threading.Thread] = []
    real = app.grouping.stories

    def recording(docs, *rest):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(docs, *rest)

    monkeypatch.setattr(app.grouping, "stories", recording)
    others = _write(tmp_path / "other", fire_a=FIRE_A, fire_b=FIRE_B, chess=CHESS,
                    bridge=BRIDGE, museum=MUSEUM, marathon=MARATHON)
    paths = [*seed_paths, *others]
    assert len(paths) > GROUP_INLINE_MAX
    _open(qtbot, window, paths)
    assert threads and threading.main_thread() not in threads
    assert sorted(len(g.documents) for g in window.story_groups) == [1, 1, 1, 1, 2, 3]
    assert window.sources.group_item("alone").text(0) == "4 articles on their own"
    assert window.sources.summary.text().startswith("2 stories · 9 of 9 compared")


@pytest.mark.parametrize(
    ("inline_words", "loaded", "inline"),
    [(100_000, True, True), (100, True, False), (100_000, False, False)],
    ids=["few short articles: on the GUI thread", "long articles: in the worker",
         "word table not read yet: in the worker"],
)
def test_few_articles_are_grouped_inline_only_when_short_and_ready(
    qtbot, window, seed_paths, monkeypatch,  # type: ignore[no-untyped-def]
    inline_words: int, loaded: bool, inline: bool,
) -> None:
    """Grouping reads every word: a few long articles (five live blogs, 13,000 words)
    stalled the window for 60-130 ms on the GUI thread, as would reading the word
    frequency table there."""
    import threading

    import app.grouping
    import ui.main_window

    threads: list[threading.Thread] = []
    real = app.grouping.stories

    def recording(docs, *rest):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(docs, *rest)

    app.grouping.load()
    monkeypatch.setattr(app.grouping, "stories", recording)
    monkeypatch.setattr(ui.main_window, "GROUP_INLINE_WORDS", inline_words)
    monkeypatch.setattr(ui.main_window, "grouping_ready", lambda: loaded)
    _open(qtbot, window, seed_paths)
    assert threads
    assert (threads[0] is threading.main_thread()) == inline
    assert len(window.story_groups) == 1


def test_an_outlet_in_its_own_words_is_linked_in_the_window(
    qtbot, window, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """The window compares a story as one (the grouping's): an article that shares no
    sentence's wording with the others is still linked where it states their facts."""
    from tests.app.test_judged import BALLOON_AP, BALLOON_OWN_WORDS, BALLOON_REWRITE

    paths = _write(tmp_path / "balloon", ap=BALLOON_AP, rewrite=BALLOON_REWRITE,
                   own=BALLOON_OWN_WORDS)
    comparison = _open(qtbot, window, paths)
    assert [len(g.documents) for g in window.story_groups] == [3]
    own = next(d.id for d in comparison.documents if d.path.endswith("own.txt"))
    linked = {m.a if m.b == own else m.b for m in comparison.matches if own in (m.a, m.b)}
    assert len(linked) == 2
