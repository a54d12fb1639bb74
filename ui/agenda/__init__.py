"""The Today page: reminders and tasks."""
