"""Frames as an animation file: GIF or WebP with Pillow, MP4 with imageio-ffmpeg (an
optional extra: its wheel ships ffmpeg). Made in memory and handed back as bytes, so the
caller writes the file whole or not at all (a full disk, Ctrl+C: nothing half-written)."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..core.errors import MlpvizError, short

FORMATS = (".gif", ".webp", ".mp4")
MOST_FRAMES = 600  # an animation's frames at most: memory stays bounded (1280×720: 1.6 GB)


def check_target(path: str) -> str:
    """The animation's format (its suffix) if mlpviz can write it, or why not, in one
    line."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise MlpvizError(f"{short(path)}: an animation is a .gif, .webp or .mp4 file")
    folder = Path(path).parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):  # (said before recording)
        raise MlpvizError(f"{short(path)}: cannot write (no folder {short(folder)} to write "
                          "in)")
    if suffix == ".mp4":
        try:
            import imageio_ffmpeg  # noqa: F401
        except ImportError:
            raise MlpvizError("MP4 needs ffmpeg, which the video extra brings: pip install "
                              "'mlpviz[video]' (or record a .gif or .webp)") from None
    return suffix


def animation_bytes(frames: list[NDArray[np.uint8]], fps: float, suffix: str) -> bytes:
    """`frames`, each (height, width, 3) RGB of the same size, as a `suffix` file."""
    if not frames:
        raise MlpvizError("no frames to write")
    if suffix == ".mp4":
        return _mp4(frames, fps)
    from PIL import Image

    images = [Image.fromarray(f, "RGB") for f in frames]
    extra: dict[str, object] = {"lossless": False, "quality": 85}
    if suffix == ".gif":
        # One palette for the whole film, from its first, middle and last frames, and no
        # dithering: what does not change between frames then costs nothing (a palette a
        # frame, the boundary's film was 4.4 MB; so, 1.9 MB)
        samples = [frames[0], frames[len(frames) // 2], frames[-1]]
        palette = Image.fromarray(np.concatenate(samples), "RGB").quantize(
            colors=255, method=Image.Quantize.MEDIANCUT)
        images = [im.quantize(palette=palette, dither=Image.Dither.NONE) for im in images]
        extra = {"optimize": True}
    out = io.BytesIO()
    images[0].save(out, format=suffix[1:].upper(), save_all=True, append_images=images[1:],
                   duration=round(1000 / fps), loop=0, **extra)
    return out.getvalue()


def _mp4(frames: list[NDArray[np.uint8]], fps: float) -> bytes:
    import imageio_ffmpeg

    height, width = frames[0].shape[:2]
    with tempfile.TemporaryDirectory(prefix="mlpviz-mp4-") as folder:
        path = Path(folder) / "out.mp4"
        # H.264 wants even sides; yuv420p plays everywhere (browsers, slides)
        writer = imageio_ffmpeg.write_frames(str(path), (width - width % 2, height - height % 2),
                                             fps=fps, codec="libx264", pix_fmt_out="yuv420p",
                                             macro_block_size=2, quality=8)
        writer.send(None)
        for frame in frames:
            writer.send(np.ascontiguousarray(frame[: height - height % 2, : width - width % 2]))
        writer.close()
        return path.read_bytes()
