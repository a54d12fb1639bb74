"""The Customers page: the list (a table model reading a page of rows at a time), its search and
filters, and the actions on a selection."""
