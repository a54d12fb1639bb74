"""Many customers: search, the list and its rows, bulk actions, segments."""
