"""The files that ship inside the package, in mlpviz/share/: the compiled translations, the
example networks, the icon and the desktop entry. They are found with importlib.resources,
never beside the checkout, so a wheel, an sdist, pipx and an editable install all see the
same files."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from importlib.resources.abc import Traversable

from .errors import MlpvizError
from .files import short
from .nn.netfile import load_network, network_from_dict
from .nn.network import MLP

APP_ID = "io.github.mlpviz.mlpviz"  # the desktop entry's and the icons' name
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the bundled PNG icons, px


def bundled(*parts: str) -> Traversable:
    return files("mlpviz").joinpath("share", *parts)


def example_names() -> list[str]:
    return sorted(p.name.removesuffix(".json") for p in bundled("examples").iterdir()
                  if p.name.endswith(".json"))


# The sample the examples are walked through with when none is given: the lecture's
# x = (0, 0), t = 0 (both examples are the lecture's 2-2-1 network, sigmoid or ReLU).
EXAMPLE_SAMPLE = ((0.0, 0.0), (0.0,))


def is_example(name_or_path: str) -> bool:
    """Whether `open_network` reads this as a bundled example (no file of that name here)."""
    return not os.path.exists(name_or_path) and name_or_path in example_names()


def example_network(name: str) -> MLP:
    """A bundled example network by name (`lecture`, `quiz04`)."""
    text = bundled("examples", f"{name}.json").read_text(encoding="utf-8")
    return network_from_dict(json.loads(text), name)


def open_network(name_or_path: str) -> MLP:
    """A network file, or a bundled example by name. An existing file wins, so a file
    called `lecture` in the working folder is read rather than the example."""
    if os.path.exists(name_or_path):  # False, not an error, for a name too long to be one
        return load_network(name_or_path)
    if name_or_path in example_names():
        return example_network(name_or_path)
    raise MlpvizError(f"{short(name_or_path)}: no such file, nor a bundled example "
                      f"(bundled: {', '.join(example_names())})")
