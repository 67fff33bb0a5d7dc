"""File ▸ Export handout (PDF)…: `mlpviz handout` in a child process (child_job.py), which
sets the lesson's pages up in a window of its own, off screen (some 12 s), in this window's
language."""

from __future__ import annotations

from PySide6.QtCore import QProcess

from .child_job import ChildJob


class HandoutExport(ChildJob):
    def retranslate(self) -> None:
        self.action.setText(self.tr("Export handout (PDF)…"))
        self.action.setToolTip(self.tr("The lesson on paper: each page with its picture and "
                                       "text, then the lecture's walkthrough, every number"))

    def choose(self) -> None:
        path = self.window.files.dialogs.save_name(self.tr("Export handout"), "handout.pdf",
                                                   self.tr("PDF files (*.pdf)"))
        if path:
            self.write(path)

    def write(self, path: str) -> bool:
        """Start writing the handout to `path`, in the window's language."""
        model = self.window.model
        if self.process is not None:
            model.report(self.tr("Still writing {0}").format(self.path))
            return False
        self.start(path, ["handout", path, "--lang", self.window.language.code])
        model.report(self.tr("Writing the handout: the lesson's pages are set up off "
                             "screen…"), False)
        return True

    def ended(self, process: QProcess, written: bool, killed: bool) -> None:
        model = self.window.model
        if written:
            model.report(self.tr("Saved {0}").format(self.path), False)
        else:
            model.report(self.tr("The handout was not written: {0}").format(self.said(process)))
