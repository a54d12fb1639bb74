"""The program's version: one place, read by the command line, the window and the build."""

__version__ = "0.1.0"
