"""One customer: the drafts the card and an import hand over, their checks, writing them, the
card's data, the JSON shape, history and erasure."""
