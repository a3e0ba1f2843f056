"""The help screen: the app's key bindings (read from the app itself) and what you can type."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

TIPS = """\
### What you can type
- Answer in your own words, or click a suggested answer under the question.
- Describe your whole situation at once: every factor it mentions is noted.
- **skip** if you are not sure, **why?** to know why a question is asked.
- Ask anything along the way (*what is LoRA?*): the answer cites its sources.
- Correct an earlier answer (*actually we have 10k examples*), or **start over**.

### Sources
Numbers like [1] are citations: click one, or pick it in the Sources tab, to read the passage.
"""


def bindings_markdown(bindings: list[Binding]) -> str:
    keys = [(b.key, b.description) for b in bindings if b.description]
    keys += [("enter", "Send"), ("up / down", "Earlier messages you sent"), ("ctrl+p", "Command palette")]
    return "\n".join(["### Keys", "", *(f"- `{key}` {does}" for key, does in keys)])


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = "Help"
            dialog.border_subtitle = "Esc to close"
            yield Markdown(bindings_markdown(self.app.BINDINGS) + "\n\n" + TIPS)
