"""WAI-ARIA and HTML-AAM: the spec's tables, and roles, hidden elements and accessible names of elements."""
