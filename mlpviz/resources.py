"""Where the project's resources (example networks, translations) are found."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


LECTURE_NET = resource_path("examples", "lecture_2_2_1.json")
