"""Configuration: the config file (options), rule packs, and the checks on patterns packs bring."""
