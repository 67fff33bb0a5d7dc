"""The pure NumPy engine of mlpviz. Nothing here imports Qt or pyqtgraph."""

from .errors import MlpvizError
from .nn.network import MLP

__all__ = ["MLP", "MlpvizError"]
