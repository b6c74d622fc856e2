"""CSL styles shipped with citekit (installed as the package ``citekit.styles``)."""
