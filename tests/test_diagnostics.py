"""What a bug report needs and a lecturer's fresh start: the log, the crash report of an
error in a window action, `mlpviz --info`, `mlpviz --reset`, the shipped Hangul font."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlpviz.core import app_log

from .conftest import make_window

HOME_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
             "NUMBA_CACHE_DIR", "NUMBA_CACHE_LOCATOR_CLASSES")


def _mlpviz(*args: str, home: Path, stdin=None, **env: str) -> subprocess.CompletedProcess:
    """mlpviz in a child whose home is `home` (and nothing of the caller's XDG folders)."""
    clean = {k: v for k, v in os.environ.items() if k not in HOME_VARS}
    return subprocess.run([sys.executable, "-m", "mlpviz", *args], capture_output=True,
                          text=True, timeout=300, stdin=stdin,
                          env={**clean, "HOME": str(home), **env})


def _fields(text: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in
                                              text.splitlines())}


def test_info_names_the_paths_the_training_and_the_font(tmp_path):
    done = _mlpviz("--info", home=tmp_path)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    info = _fields(done.stdout)
    assert info["settings"] == str(tmp_path / ".config" / "mlpviz" / "mlpviz.conf")
    assert info["autosaves"].startswith(str(tmp_path / ".local" / "share" / "mlpviz"))
    assert info["log"] == str(Path(os.environ["MLPVIZ_LOG_DIR"]) / "mlpviz.log")
    assert info["kernel cache"].startswith(
        str(tmp_path / ".cache" / "mlpviz" / "kernels") + " (per-user)")
    assert info["training"].startswith(("compiled kernels", "NumPy"))
    assert info["display"] and "NumPy " in info["libraries"]
    assert "(installed)" in info["Hangul font"] or "(shipped" in info["Hangul font"]


def test_a_machine_without_a_hangul_font_gets_the_shipped_one(tmp_path):
    """fontconfig told of no fonts but DejaVu's (or none): the window loads NanumGothic from
    the package, and --info says so."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    "<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>")
    done = _mlpviz("--info", home=tmp_path, FONTCONFIG_FILE=str(conf))
    assert done.returncode == 0, done.stderr
    assert _fields(done.stdout)["Hangul font"] == "NanumGothic (shipped with mlpviz)"


def test_reset_asks_then_removes_settings_and_autosaves(tmp_path):
    from PySide6.QtCore import QLockFile

    settings = tmp_path / ".config" / "mlpviz" / "mlpviz.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=ko\n")
    folder = tmp_path / ".local" / "share" / "mlpviz" / "mlpviz"
    folder.mkdir(parents=True)
    old = folder / "autosave-1-aa.mlpviz"
    old.write_text("{}")
    running = folder / "autosave-2-bb.mlpviz"
    running.write_text("{}")
    lock = QLockFile(str(running.with_suffix(".lock")))
    assert lock.tryLock(0)  # a running window's
    try:
        done = _mlpviz("--reset", home=tmp_path, stdin=subprocess.DEVNULL)
        assert done.returncode == 2 and "--yes" in done.stderr
        assert done.stderr.count("\n") == 1 and settings.exists() and old.exists()
        done = _mlpviz("--reset", "--yes", home=tmp_path)
        assert done.returncode == 0, done.stderr
        assert not settings.exists() and not old.exists()
        assert running.exists() and "kept" in done.stdout
        done = _mlpviz("--reset", "--yes", home=tmp_path)
        assert "nothing to remove" in done.stdout or "kept" in done.stdout
    finally:
        lock.unlock()


def test_the_walkthrough_of_an_example_needs_no_sample(tmp_path):
    done = _mlpviz("walkthrough", "lecture", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "0.709383" in done.stdout and "x = (0.0, 0.0)" in done.stdout
    net = tmp_path / "net.json"
    net.write_text((Path(__file__).parents[1] / "mlpviz/share/examples/lecture.json")
                   .read_text())
    done = _mlpviz("walkthrough", str(net), home=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "--x and --target" in done.stderr


def test_the_log_refuses_a_link_and_an_unwritable_folder(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me\n")
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / app_log.LOG_NAME).symlink_to(target)
    with pytest.raises(OSError):
        app_log.NoLinkFileHandler(folder / app_log.LOG_NAME)
    assert target.read_text() == "keep me\n"
    # a log folder that cannot be made: mlpviz goes on (stderr alone)
    done = _mlpviz("train", "--epochs", "2", home=tmp_path,
                   MLPVIZ_LOG_DIR=str(target / "log"), MLPVIZ_NO_JIT="1")
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_an_internal_error_of_the_command_line_goes_to_the_log(tmp_path):
    log = tmp_path / "log"
    code = ("import sys; from mlpviz import cli; from mlpviz.commands import walkthrough\n"
            "def boom(args): raise ZeroDivisionError('a bug 4711')\n"
            "walkthrough.run = boom\n"
            "sys.exit(cli.main(['walkthrough', 'lecture']))")
    clean = {k: v for k, v in os.environ.items() if k not in HOME_VARS}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**clean, "MLPVIZ_LOG_DIR": str(log)})
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "a bug 4711" in done.stderr and str(log / "mlpviz.log") in done.stderr
    text = (log / "mlpviz.log").read_text()
    assert "Traceback" in text and "ZeroDivisionError: a bug 4711" in text


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_window_action_is_logged_and_reported(qtbot, tmp_path):
    """A menu action whose slot raises: the traceback lands in the log file and in the error
    dialog (Details…, Copy report), and the window goes on."""
    from PySide6.QtGui import QAction

    from mlpviz.gui.kit.crash_report import report_crashes

    logged = app_log.start_logging() or app_log.logged_to()
    assert logged is not None
    window = make_window(qtbot, tmp_path)
    reporter = report_crashes(window.dialogs.report_uncaught)
    try:
        def broken() -> None:
            raise RuntimeError("a bug in an action 31337")

        action = QAction("Broken", window)
        action.triggered.connect(broken)
        window.menus.help.addAction(action)
        action.trigger()
        qtbot.waitUntil(lambda: window.dialogs.error_dialog is not None)
        dialog = window.dialogs.error_dialog
        report = dialog.details.toPlainText()
        assert "Traceback" in report and "RuntimeError: a bug in an action 31337" in report
        assert str(logged) in dialog.sentence.text()
        for handler in logging.getLogger("mlpviz").handlers:
            handler.flush()
        text = logged.read_text(encoding="utf-8")
        assert "RuntimeError: a bug in an action 31337" in text and "Traceback" in text
        dialog.details_button.click()
        dialog.copy_button.click()
        from PySide6.QtGui import QGuiApplication

        assert "a bug in an action 31337" in QGuiApplication.clipboard().text()
        from PySide6.QtCore import qCritical

        from mlpviz.gui.kit import qt_setup

        qt_setup.install_message_filter()
        qCritical("a critical message of Qt's 2718")  # Qt's own: the same dialog
        qtbot.waitUntil(lambda: "2718" in dialog.details.toPlainText())
        for handler in logging.getLogger("mlpviz").handlers:
            handler.flush()
        assert "ERROR mlpviz.qt: a critical message of Qt's 2718" in logged.read_text(
            encoding="utf-8")
        window.model.play()  # the window goes on
        qtbot.waitUntil(lambda: window.model.snapshot.epoch > 0)
    finally:
        reporter.uninstall()
