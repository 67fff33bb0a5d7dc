"""Text renderings of what the core computed (Markdown lecture notes)."""
