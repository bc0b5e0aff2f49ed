"""Jobs a person can start from the menus while another is still running (issue 14).

Each test holds the first job in its worker behind a gate, starts the second the way a
person would (menu action or shortcut), then lets the first go: both must finish and
leave what they promise. The gate wraps the engine function the worker calls, so what
runs is the real save, export or print, only later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from window_steps import open_sample

from app import project as projects
from app.export import html as html_export
from app.export import pdf as pdf_export
from app.model import Comparison
from ui.export_dialog import ExportDialog

TIMEOUT = 60_000


class Gate:
    """Wraps ``module.name`` so its first call waits in the worker until :meth:`open`;
    later calls run at once (they queue behind the first where the queue is serial)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.entered = threading.Event()
        self.released = threading.Event()
        original: Callable[..., Any] = getattr(module, name)

        def gated(*args: Any, **kwargs: Any) -> Any:
            if not self.entered.is_set():
                self.entered.set()
                self.released.wait(30)
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, gated)

    def wait_entered(self) -> None:
        assert self.entered.wait(30), "the first job never started"

    def open(self) -> None:
        self.released.set()


@pytest.fixture
def gates(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Gate]]:
    made: list[Gate] = []
    yield made
    for gate in made:
        gate.open()  # never leave a worker waiting after a failed test


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _export_through_the_dialog(qtbot, window, target: Path) -> None:  # type: ignore[no-untyped-def]
    window.acts["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _press(qtbot, window, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, key, modifiers)


def _idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.jobs.busy and window.jobs.running == 0, timeout=TIMEOUT)


def _is_pdf(path: Path) -> bool:
    return path.exists() and len(pypdf.PdfReader(str(path)).pages) >= 1


def _is_project(path: Path, comparison: Comparison) -> bool:
    if not path.exists():
        return False
    saved = projects.open_project(path)
    return {d.id for d in saved.documents} == {d.id for d in comparison.documents}


def test_ctrl_s_during_a_pdf_export_writes_both_files(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    comparison = open_sample(qtbot, window)
    pdf, saved = tmp_path / "report.pdf", tmp_path / "story.parallax"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, pdf)
    export.wait_entered()
    _answer_save_dialog(monkeypatch, saved)
    _press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(saved.exists, timeout=TIMEOUT)  # the save does not wait for the export
    assert not pdf.exists()
    export.open()
    _idle(qtbot, window)
    assert _is_pdf(pdf), "the export was dropped by the save"
    assert _is_project(saved, comparison)
    assert not quiet_dialogs, [r.text for r in quiet_dialogs]
    assert window.project_path == saved and not window.dirty


def test_an_export_during_a_save_writes_both_files(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    comparison = open_sample(qtbot, window)
    pdf, saved = tmp_path / "report.pdf", tmp_path / "story.parallax"
    gates.append(save := Gate(monkeypatch, projects, "save"))
    _answer_save_dialog(monkeypatch, saved)
    window.acts["save"].trigger()
    save.wait_entered()
    _export_through_the_dialog(qtbot, window, pdf)
    qtbot.waitUntil(pdf.exists, timeout=TIMEOUT)
    save.open()
    _idle(qtbot, window)
    assert _is_project(saved, comparison) and _is_pdf(pdf)
    assert not quiet_dialogs


def test_print_and_save_during_an_export_all_finish(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    comparison = open_sample(qtbot, window)
    pdf, printed, saved = tmp_path / "r.pdf", tmp_path / "printed.pdf", tmp_path / "s.parallax"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, pdf)
    export.wait_entered()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    window.reports.print_report(printer)
    _answer_save_dialog(monkeypatch, saved)
    window.acts["save"].trigger()
    qtbot.waitUntil(lambda: printed.exists() and saved.exists(), timeout=TIMEOUT)
    export.open()
    _idle(qtbot, window)
    assert _is_pdf(pdf) and _is_pdf(printed) and _is_project(saved, comparison)
    assert not quiet_dialogs


def test_a_save_during_a_print_lets_the_print_finish(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    comparison = open_sample(qtbot, window)
    printed, saved = tmp_path / "printed.pdf", tmp_path / "s.parallax"
    gates.append(prepare := Gate(monkeypatch, html_export, "render_html"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    window.reports.print_report(printer)
    prepare.wait_entered()
    _answer_save_dialog(monkeypatch, saved)
    window.acts["save"].trigger()
    qtbot.waitUntil(saved.exists, timeout=TIMEOUT)
    prepare.open()
    _idle(qtbot, window)
    assert _is_pdf(printed) and _is_project(saved, comparison)
    assert not quiet_dialogs


def test_two_exports_started_one_after_the_other_both_arrive(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    open_sample(qtbot, window)
    first, second = tmp_path / "first.pdf", tmp_path / "second.html"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, first)
    export.wait_entered()
    assert window.reports.export_report(str(second))
    export.open()
    _idle(qtbot, window)
    assert _is_pdf(first) and "<html" in second.read_text(encoding="utf-8")
    assert not quiet_dialogs


def test_two_saves_land_in_the_order_asked(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    open_sample(qtbot, window)
    target = tmp_path / "story.parallax"
    gates.append(save := Gate(monkeypatch, projects, "save"))
    _answer_save_dialog(monkeypatch, target)
    window.acts["save"].trigger()
    save.wait_entered()
    window.sources.title_edit.setText("Edited after the first save")
    window.sources.title_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.project.title == "Edited after the first save", timeout=5000)
    window.acts["save"].trigger()
    save.open()
    _idle(qtbot, window)
    assert projects.open_project(target).title == "Edited after the first save"
    assert not window.dirty


@pytest.mark.parametrize("second", ["open comparison", "new comparison", "add files", "threshold"])
def test_an_export_survives_what_replaces_or_recompares_the_project(  # type: ignore[no-untyped-def]
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gates,
    quiet_dialogs,
    seed_paths,
    second: str,
) -> None:
    comparison = open_sample(qtbot, window)
    other = tmp_path / "other.parallax"
    projects.save(projects.Project(documents=comparison.documents[:2]), other)
    pdf = tmp_path / "report.pdf"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, pdf)
    export.wait_entered()
    if second == "open comparison":
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(other), ""))
        )
        window.acts["open_project"].trigger()
        qtbot.waitUntil(lambda: len(window.project.documents) == 2, timeout=TIMEOUT)
    elif second == "new comparison":
        window.acts["new"].trigger()
        assert window.project.is_empty
    elif second == "add files":
        extra = tmp_path / "extra.txt"
        extra.write_text("Kyiv. Zelensky said he would stay.\n", encoding="utf-8")
        window.open_files([str(extra)])
        qtbot.waitUntil(
            lambda: len(window.project.documents) == len(comparison.documents) + 1,
            timeout=TIMEOUT,
        )
    else:
        window.threshold_slider.setValue(window.threshold_slider.value() - 10)
        qtbot.waitSignal(window.comparisonShown, timeout=TIMEOUT)
    export.open()
    _idle(qtbot, window)
    assert _is_pdf(pdf), f"the export was dropped by {second}"
    assert not quiet_dialogs


def test_a_save_that_finishes_after_an_open_does_not_rename_the_opened_project(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    comparison = open_sample(qtbot, window)
    other = tmp_path / "other.parallax"
    projects.save(projects.Project(documents=comparison.documents[:2]), other)
    saved = tmp_path / "story.parallax"
    gates.append(save := Gate(monkeypatch, projects, "save"))
    _answer_save_dialog(monkeypatch, saved)
    window.acts["save"].trigger()
    save.wait_entered()
    window.files.open(str(other))
    qtbot.waitUntil(lambda: window.project_path == other, timeout=TIMEOUT)
    save.open()
    _idle(qtbot, window)
    assert _is_project(saved, comparison)
    assert window.project_path == other  # the saved file is not the one on screen
    assert len(window.project.documents) == 2


def test_quitting_during_an_export_finishes_the_file(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    open_sample(qtbot, window)
    pdf = tmp_path / "report.pdf"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, pdf)
    export.wait_entered()
    threading.Timer(0.3, export.open).start()
    window.close()  # waits for the writes, cancels only what feeds the screen
    assert _is_pdf(pdf)


def test_cancel_stops_an_export_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    open_sample(qtbot, window)
    pdf = tmp_path / "report.pdf"
    gates.append(export := Gate(monkeypatch, pdf_export, "write_pdf"))
    _export_through_the_dialog(qtbot, window, pdf)
    export.wait_entered()
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)  # shown after a moment
    window.progress.cancel_button.click()
    assert "Cancelled the export" in window.statusBar().currentMessage()
    export.open()
    _idle(qtbot, window)
    assert not pdf.exists() and not list(tmp_path.glob("*.tmp*"))
    assert not quiet_dialogs


def test_saving_on_quit_while_a_save_is_queued_keeps_the_newest(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gates, quiet_dialogs
) -> None:
    from ui import errors

    open_sample(qtbot, window)
    target = tmp_path / "story.parallax"
    gates.append(save := Gate(monkeypatch, projects, "save"))
    _answer_save_dialog(monkeypatch, target)
    window.acts["save"].trigger()
    save.wait_entered()
    window.sources.title_edit.setText("Edited before quitting")
    window.sources.title_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.project.title == "Edited before quitting", timeout=5000)
    monkeypatch.setattr(errors, "ask_unsaved", lambda *_a: "save")
    threading.Timer(0.3, save.open).start()
    window.close()  # "Save" in the unsaved-changes prompt: written after the queued save
    assert projects.open_project(target).title == "Edited before quitting"
