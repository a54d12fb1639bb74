"""The command line: one module per capability, calling the same services as the window."""
