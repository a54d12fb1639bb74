"""PDFs to hand over or post: labels and envelopes (cards and letters follow)."""
