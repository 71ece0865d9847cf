"""Reading seller exports into the canonical parcel model.

`import_file` recognises the format (built-in dialects or a saved column-mapping
profile) and stores the file as one undoable import. For a file nothing recognises,
`suggest_mapping` proposes which column holds which field and `save_profile` keeps the
seller's confirmed mapping for every later file with the same header.
"""

from lossanalytics.importing.fields import FIELDS, field_label
from lossanalytics.importing.pipeline import ImportResult, import_file, import_paths, undo_import
from lossanalytics.importing.profiles import Profile, delete_profile, list_profiles, save_profile
from lossanalytics.importing.readers import list_sheets
from lossanalytics.importing.suggest import ColumnSuggestion, Suggestion, suggest_mapping

__all__ = [
    "FIELDS", "ColumnSuggestion", "ImportResult", "Profile", "Suggestion", "delete_profile", "field_label",
    "import_file", "import_paths", "list_profiles", "list_sheets", "save_profile", "suggest_mapping", "undo_import",
]
