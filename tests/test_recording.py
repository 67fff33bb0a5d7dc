"""Recordings (issue 29): `mlpviz --record` writes what the window shows while it trains, or
while the walkthrough steps, as GIF, WebP or MP4: every frame exactly --size, at least 20 of
them; a bad name, a missing folder, a size or rate out of range, a missing ffmpeg: one line,
exit 2, nothing written; Ctrl+C leaves nothing half-written."""

import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from PIL import Image

pytestmark = pytest.mark.slow  # (a window trains and is drawn a frame at a time)


def _mlpviz(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "mlpviz", *args], capture_output=True,
                          text=True, timeout=timeout)


def test_three_seconds_of_the_spiral_as_a_gif(tmp_path):
    out = tmp_path / "spiral.gif"
    done = _mlpviz("--record", str(out), "--size", "1024x768", "--dataset", "spiral",
                   "--layers", "8,8", "--epochs", "60", "--fps", "20")
    assert done.returncode == 0, done.stderr
    with Image.open(out) as gif:
        assert gif.n_frames == 61 and gif.size == (1024, 768)  # epoch 0, then one an epoch
        assert gif.info["duration"] == 50  # 20 frames a second: 3.05 s
        gif.seek(60)
        last = gif.convert("RGB")
    colours = np.unique(np.asarray(last).reshape(-1, 3), axis=0)
    assert len(colours) > 100  # a picture, not a blank
    assert "61 frames, 1024x768" in done.stdout and "recording" in done.stderr  # the bar


def test_the_boundary_alone_as_an_mp4(tmp_path):
    import imageio_ffmpeg

    out = tmp_path / "boundary.mp4"
    done = _mlpviz("--record", str(out), "--view", "boundary", "--size", "480x360",
                   "--dataset", "spiral", "--layers", "8,8", "--epochs", "60")
    assert done.returncode == 0, done.stderr
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert frames == 61 and seconds == pytest.approx(3.05, abs=0.06)
    reader = imageio_ffmpeg.read_frames(str(out))
    assert next(reader)["size"] == (480, 360)


def test_the_walkthrough_step_by_step_as_a_webp(tmp_path):
    out = tmp_path / "walk.webp"
    done = _mlpviz("--record", str(out), "--preset", "lecture", "--walk-steps", "1-23",
                   "--size", "1280x720", "--fps", "2")
    assert done.returncode == 0, done.stderr
    with Image.open(out) as webp:
        assert webp.n_frames == 23 and webp.size == (1280, 720)


@pytest.mark.parametrize("args, said", [
    (["--record", "{tmp}/x.bmp"], "a .gif, .webp or .mp4"),
    (["--record", "{tmp}/missing/x.gif", "--epochs", "1"], "missing"),
    (["--record", "{tmp}/x.gif", "--size", "0x0"], "--size"),
    (["--record", "{tmp}/x.gif", "--size", "100000x100000"], "--size"),
    (["--record", "{tmp}/x.gif", "--fps", "0"], "--fps"),
])
def test_bad_input_gets_one_line_and_no_file(tmp_path, args, said):
    done = _mlpviz(*(a.format(tmp=tmp_path) for a in args), timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and said in done.stderr, \
        done.stderr
    assert not list(tmp_path.rglob("x.*"))


def test_without_ffmpeg_mp4_says_how_to_get_it(tmp_path):
    code = ("import sys; sys.modules['imageio_ffmpeg'] = None\n"  # (as if not installed)
            "from mlpviz.cli import main; sys.exit(main(['--record', sys.argv[1]]))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.mp4")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "mlpviz[video]" in done.stderr, done.stderr


def test_ctrl_c_leaves_no_half_written_file(tmp_path):
    out = tmp_path / "long.gif"
    proc = subprocess.Popen([sys.executable, "-m", "mlpviz", "--record", str(out),
                             "--size", "1024x768", "--epochs", "5000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 120
    while time.monotonic() < end and "recording" not in proc.stderr.read(80):
        pass
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0 and not out.exists() and not list(tmp_path.iterdir()), err


def test_file_record_films_the_windows_own_session_and_cancel_leaves_nothing(qtbot,
                                                                             tmp_path):
    from .conftest import make_window

    window = make_window(qtbot, tmp_path, (1024, 768))
    window.model.network.add_layer(5)  # the window's own network, not a default one
    qtbot.waitUntil(lambda: len(window.model.snapshot.units) == 4, timeout=20_000)
    said = []
    window.model.message.connect(lambda text, _error: said.append(text))
    out = tmp_path / "film.gif"
    assert window.recorder.record(str(out), 20)
    qtbot.waitUntil(lambda: window.recorder.process is None, timeout=300_000)
    assert any(str(out) in text for text in said), said
    with Image.open(out) as gif:
        assert gif.n_frames == 21 and gif.size == (1024, 768)
    assert window.recorder.scratch is None  # the session's scratch copy is gone
    long = tmp_path / "long.gif"
    assert window.recorder.record(str(long), 20_000)
    qtbot.waitUntil(lambda: window.recorder.process.state()
                    == window.recorder.process.ProcessState.Running, timeout=60_000)
    from PySide6.QtWidgets import QPushButton

    window.recorder.progress.findChild(QPushButton).click()  # Cancel, as the user does
    qtbot.waitUntil(lambda: window.recorder.process is None, timeout=60_000)
    assert not long.exists() and any("cancelled" in text for text in said)


def test_file_record_films_the_windows_walkthrough_step_by_step(qtbot, tmp_path):
    from .conftest import make_window

    window = make_window(qtbot, tmp_path, (1280, 720))
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active
                    and window.model.snapshot.units == [2, 1], timeout=20_000)
    out = tmp_path / "walk.gif"
    assert window.recorder.record(str(out), 0, len(window.walkthrough.steps))
    qtbot.waitUntil(lambda: window.recorder.process is None, timeout=300_000)
    with Image.open(out) as gif:
        assert gif.n_frames == 23 and gif.size == (1280, 720)
