"""The real `advisor chat` in a pseudo-terminal: type a situation, see the recommendation heading."""

from __future__ import annotations

import os
import pty
import re
import select
import struct
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


def _read_until(fd: int, proc, wanted: str, seen: list[str], timeout: float) -> str:
    """Read the terminal until ``wanted`` shows (escape codes removed); the whole screen so far."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen.append(os.read(fd, 65536).decode("utf-8", "replace"))
            except OSError:
                break
            if wanted in _ESCAPES.sub("", "".join(seen)):
                return _ESCAPES.sub("", "".join(seen))
        elif proc.poll() is not None:
            break
    raise AssertionError(f"never saw {wanted!r}; last output: {_ESCAPES.sub('', ''.join(seen))[-500:]!r}")


def test_advisor_chat_in_a_terminal(kb_settings, tmp_path):
    import fcntl
    import termios

    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "ADVISOR_INDEX_DIR": str(kb_settings.index_dir),
           "ADVISOR_DATA_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "chat"], cwd=ROOT, env=env,
                            stdin=child, stdout=child, stderr=child, start_new_session=True)
    os.close(child)
    seen: list[str] = []
    try:
        _read_until(main, proc, "What are you building?", seen, timeout=60)
        os.write(main, b"We need internal Q&A over our policy manual and must cite the policy section.")
        time.sleep(0.3)
        os.write(main, b"\r")
        _read_until(main, proc, "Recommendation: Retrieval-augmented", seen, timeout=120)
        os.write(main, b"\x11")  # ctrl+q
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(main)
