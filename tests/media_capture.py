"""The media store and manager of each AppTest run, kept so tests can read what a download button serves."""

from __future__ import annotations

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage


class MediaCapture(MemoryMediaFileStorage):
    """The in-memory media store of the latest AppTest run, kept so tests can read download bytes."""

    last: MediaCapture | None = None

    def __init__(self, media_endpoint: str) -> None:
        super().__init__(media_endpoint)
        MediaCapture.last = self


class ManagerCapture(MediaFileManager):
    """The media manager of the latest AppTest run, kept so tests can run a deferred download as a click would."""

    last: ManagerCapture | None = None

    def __init__(self, storage: MemoryMediaFileStorage) -> None:
        super().__init__(storage)
        ManagerCapture.last = self
