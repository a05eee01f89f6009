"""Attribution rules (NL3xx): figures stated without a source, and vague sources."""
