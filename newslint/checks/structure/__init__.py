"""Structure and data-quality rules (NL5xx): wire credits, chrome, bylines, encoding, placeholders, style."""
