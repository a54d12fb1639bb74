"""The window's dialogs: import and its history, record a sale, merge, print, mailing, segment,
settings."""
