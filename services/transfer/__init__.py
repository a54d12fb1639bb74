"""Customers and purchases in (readers, mapping, matching, bulk insert) and out (export)."""
