"""Proper names: the index of pack-listed names, spelling keys, and where an article uses them."""
