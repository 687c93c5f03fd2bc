"""`python -m timeline_cli` runs the `timeline` command."""

from .cli import main

main()
