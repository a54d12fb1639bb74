"""The ground floor: errors, opening a file (the store), settings, atomic files,
paths, logs, undo."""
