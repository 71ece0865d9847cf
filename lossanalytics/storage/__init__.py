"""Storage: the one SQL executor, database paths, workspaces, integrity, settings and files written."""
