"""mlpviz: learn and teach multilayer perceptrons."""

__version__ = "0.1.0"
