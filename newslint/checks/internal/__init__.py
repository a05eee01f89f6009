"""Internal findings (NL9xx): what the engine reports about itself."""
