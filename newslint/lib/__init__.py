"""Knowledge the rules share, one package per family: ARIA, names, figures and sources, readability scores."""
