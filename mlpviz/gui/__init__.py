"""The Qt side of mlpviz: the worker thread, the views and the main window."""
