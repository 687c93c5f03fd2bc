"""The registry of language resources: one module per language, all of the same shape."""

from __future__ import annotations

from importlib import import_module

from ..lexicon import LanguageResource

_MODULES = {"fr": ("fr", "FRENCH"), "en": ("en", "ENGLISH")}
LANGUAGES: tuple[str, ...] = tuple(_MODULES)


def resource(code: str) -> LanguageResource:
    """The resource for a language code; KeyError names the supported ones."""
    if code not in _MODULES:
        raise KeyError(f"unknown language {code!r} (supported: {', '.join(LANGUAGES)})")
    module, name = _MODULES[code]
    found: LanguageResource = getattr(import_module(f"{__name__}.{module}"), name)
    return found
