"""Qt only: windows, table models, dialogs. Calls services; never builds SQL."""
