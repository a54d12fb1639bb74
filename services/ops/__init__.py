"""The operations: one function per user action that changes the file, owning its transaction and
undo step and returning what it changed."""
