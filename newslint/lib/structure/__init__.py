"""What counts as published story text, for the structure rules."""
