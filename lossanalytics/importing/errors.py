"""Problems with an uploaded file, explained in the seller's language."""

from __future__ import annotations

from typing import Any

from lossanalytics.i18n import t


class ImportProblem(Exception):
    """A file that cannot be imported; carries a catalogue key and the values it names."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The explanation in `lang`."""
        return t(self.key, lang, **self.values)
