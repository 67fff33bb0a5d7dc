"""The session's state as the views see it. Pure Python: no Qt here (napari's split)."""
