"""Figures in story text and who stands behind them."""
