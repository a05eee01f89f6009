"""The rules' data, shipped with newslint: ``packs/`` (word lists and name tables, validated by
newslint.config.packs) and one spec per rule under its family (``structure/NL520.yaml``: the cases
that show it, validated by newslint.config.specs)."""
