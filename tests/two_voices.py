"""Two people's like messages on one event: Treasury Secretary Yellen's and President
Biden's words on the banking system after Silicon Valley Bank fell. The engine never
links them as one statement, however close their words come (app.quoted_links); the
engine's tests and the views' both read them."""

from __future__ import annotations

YELLEN = (
    "Janet Yellen: No federal bailout for collapsed Silicon Valley Bank\n\nWith Wall Street "
    "rattled, Treasury Secretary Janet Yellen tried to reassure Americans that there will "
    "be no domino effect after the collapse of Silicon Valley Bank.\n\n“The American "
    "banking system is really safe and well capitalized,” she said. “It’s resilient.”"
)
BIDEN = (
    "Biden says the banking system is safe\n\nSpeaking to reporters on Monday, President "
    "Joe Biden sought to reassure Americans after the collapse of Silicon Valley Bank.\n\n"
    "\"Americans can have confidence that the banking system is safe,\" the president said "
    "Monday. \"Your deposits will be there when you need them.\""
)
