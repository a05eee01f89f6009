"""The version of newslint, in one place."""

__version__ = "0.1.0"
