"""Approach Advisor: should you prompt, fine-tune, retrieve, or combine them?

The package is split by concern; only ``cli`` and ``tui`` know about terminals:

- ``knowledge``: reading notes and splitting them into citable passages
- ``index``: embedding passages and keeping the Chroma index safe and up to date
- ``retrieval``: finding passages (dense, keyword, hybrid)
- ``advice``: factors, the free-text extractors, the decision engine, action plans
- ``dialogue``: the interview as a UI-free conversation that emits events
- ``cli`` / ``tui``: thin shells over the above
"""

__version__ = "0.1.0"
