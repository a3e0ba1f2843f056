# The two commands a fresh clone needs (see README.md).
.PHONY: chat test bench bench-speed

chat:
	@bash scripts/setup.sh
	@.venv/bin/advisor chat

test:
	@bash scripts/setup.sh dev
	@.venv/bin/python -m pytest -q

bench:
	@bash scripts/setup.sh dev
	@.venv/bin/python scripts/bench_retrieval.py
	@.venv/bin/python scripts/bench_scenarios.py

bench-speed:
	@bash scripts/setup.sh dev
	@.venv/bin/python scripts/bench.py
