"""Reminders derived from the file, the rules behind them, and the calendar export."""
