"""The data: generated data sets, the input features computed from points, CSV files, and the
input plane as a grid for the maps."""
