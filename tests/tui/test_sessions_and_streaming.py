"""The app resumes a saved session and shows an LLM's answer as it is written."""

from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.advice.advisor import Advisor
from assistant.dialogue import Conversation
from assistant.dialogue.sessions import SavedConversation
from assistant.llm.answerer import LLMAnswerer
from assistant.llm.settings import LLMSettings
from assistant.tui.app import AdvisorApp
from assistant.tui.widgets.messages import BotMessage
from tests.tui.conftest import screen_text, settle


async def test_resume_continues_the_last_saved_session(kb_settings, advisor, tmp_path):
    settings = kb_settings.with_(data_dir=tmp_path)
    first = Conversation(Advisor(settings, retriever=advisor.retriever))
    saved, _ = SavedConversation.begin(first, settings.sessions_dir)
    saved.reply("We classify support tickets into 12 categories")
    saved.reply("about 50k labelled tickets")

    app = AdvisorApp(settings, conversation=Conversation(Advisor(settings, retriever=advisor.retriever)), resume=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        assert "Resumed the session" in screen
        assert app.profile["data"]["source"] == "stated"  # the 50k examples came back
        await pilot.press(*"what is LoRA?", "enter")
        await settle(pilot)
    assert len(app_lines(settings)) == 3  # the new line was saved after the old ones


def app_lines(settings):
    from assistant.dialogue.sessions import SessionLog

    return SessionLog.latest(settings.sessions_dir).lines


async def test_an_llm_answer_streams_in_then_the_checked_answer_replaces_it(kb_settings, advisor, tmp_path, monkeypatch):
    settings = kb_settings.with_(data_dir=tmp_path)
    reply = "LoRA trains small adapter matrices on a frozen model [1]."
    llm = LLMAnswerer(LLMSettings("fake", "list", timeout=10.0), model=FakeListChatModel(responses=[reply]))
    app = AdvisorApp(settings, conversation=Conversation(Advisor(settings, retriever=advisor.retriever, llm=llm)))
    streamed: list[str] = []
    append = BotMessage.append_text

    def spy(self, fragment):
        streamed.append(fragment)
        return append(self, fragment)

    monkeypatch.setattr(BotMessage, "append_text", spy)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"what is LoRA?", "enter")
        await settle(pilot)
        assert "".join(streamed) == reply and len(streamed) > 1  # it arrived in pieces
        answers = [m for m in app.query(BotMessage) if m.has_class("answer")]
        assert [m.text for m in answers if "adapter matrices" in m.text]  # the final, checked answer
        assert not app.query(".streaming")  # the draft bubble is gone
        assert "adapter matrices" in screen_text(app)
