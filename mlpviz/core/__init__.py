"""The pure NumPy engine of mlpviz. Nothing here imports Qt or pyqtgraph."""

from .errors import MlpvizError
from .network import MLP

__all__ = ["MLP", "MlpvizError"]
