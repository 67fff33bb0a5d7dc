"""A Hangul font for the Korean window, where the system has none.

The README's set-up installs fonts-nanum, but a wheel or a bundle cannot: on a bare machine
`--lang ko` drew empty boxes without a word. NanumGothic (SIL OFL 1.1, its licence beside
it in mlpviz/share/fonts) ships in the package and is added to the application's fonts
when no installed font writes Korean; Qt's fallback then finds it for every Hangul
character, in every widget and plot.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ...core.bundled import bundled

SHIPPED = "NanumGothic.ttf"


class _Loaded:
    """What the application uses for Hangul, once found (the font database is the
    application's)."""

    family: str | None = None
    source = ""


def hangul_font() -> tuple[str, str]:
    """(family, "system" or "bundled"), loading the shipped font if need be; ("", "none")
    when even that fails. Needs a QGuiApplication."""
    if _Loaded.family is None:
        korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
        system = [f for f in korean if not QFontDatabase.isPrivateFamily(f)]
        if system:
            _Loaded.family, _Loaded.source = _preferred(system), "system"
        else:
            data = bundled("fonts", SHIPPED).read_bytes()
            font_id = QFontDatabase.addApplicationFontFromData(data)
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _Loaded.family, _Loaded.source = (families[0], "bundled") if families else (
                "", "none")
    return _Loaded.family, _Loaded.source


def _preferred(families: list[str]) -> str:
    """The family Qt's fallback most likely picks: NanumGothic (the README's set-up installs
    it) when there, else the first."""
    return "NanumGothic" if "NanumGothic" in families else families[0]
