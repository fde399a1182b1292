"""Test-wide settings.

Under CI (the `CI` environment variable is set) hypothesis draws the same examples every run, so that a
build is red or green for the code, not for the luck of the draw; locally it explores afresh each time and
keeps what it found in `.hypothesis/`.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
