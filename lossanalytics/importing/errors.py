"""Problems with an uploaded file, explained in the seller's language."""

from __future__ import annotations

from lossanalytics.i18n import Problem


class ImportProblem(Problem):
    """A file that cannot be imported; carries a catalogue key and the values it names."""
