"""Duplicates caught at entry, probable pairs, and merging them."""
