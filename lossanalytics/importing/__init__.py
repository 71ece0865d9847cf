"""Reading seller exports into the canonical parcel model."""

from lossanalytics.importing.pipeline import ImportResult, import_file, import_paths, undo_import

__all__ = ["ImportResult", "import_file", "import_paths", "undo_import"]
