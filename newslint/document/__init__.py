"""The article: reading bytes into text, the parsed tree and its indexes, story extraction, regions, sentences."""
