"""Running rules over files: the pure core (engine), selection, suppression, fixes, workers, caches, baselines."""
