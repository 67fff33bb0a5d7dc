"""A live training session: the typed commands the window sends, the session that applies
them, the snapshots it hands back, and the saved-session file."""
