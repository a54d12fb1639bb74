"""Backups, the consistency check, the demo file."""
