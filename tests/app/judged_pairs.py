"""Sentence pairs written for Parallax, each judged by hand: same fact or not.

Written in the style of the multi-outlet copy the aligner meets (a wire story and its
rewrites), not copied from any corpus. Each pair sits inside two short articles about
the same event (``CONTEXT_A``/``CONTEXT_B``) so that document-level weights and the
same-story check behave as they do on real input. ``same`` is the judgement a journalist
would give: is the second sentence reporting the same fact as the first?

Used by ``tests/app/test_judged.py`` (every pair must come out as judged) and by
``benchmarks/quality/precision.py`` (prints precision and recall on them).
"""

from __future__ import annotations

from typing import NamedTuple

CONTEXT_A = (
    "Russian forces pushed toward Kyiv on Friday as explosions were heard across the city.\n"
    "The Ukrainian president appeared in a video recorded outside government buildings.\n"
    "Western governments promised more weapons and tighter sanctions.\n"
)
CONTEXT_B = (
    "Explosions shook Kyiv on Friday while Russian forces advanced toward the capital.\n"
    "In a video filmed outside government buildings, the Ukrainian president appeared "
    "with his aides.\n"
    "Sanctions were tightened by Western governments, which also pledged weapons.\n"
)


class Judged(NamedTuple):
    a: str
    b: str
    same: bool
    why: str
    # the aligner does not judge it right yet: misses a same fact, or matches two facts
    known_error: bool = False


PAIRS: tuple[Judged, ...] = (
    # --- the same fact ---
    Judged(
        "There were rumours in state media that he had fled, but he insisted he was staying.",
        "Unconfirmed rumours circulated on social media suggesting that the president had "
        "fled the capital and perhaps the country.",
        True, "one fact (rumours that he fled) buried in different sentences",
    ),
    Judged(
        "Officials said enemy sabotage groups had entered the city overnight.",
        "According to the government, sabotage groups infiltrated the city.",
        True, "entered / infiltrated: the same claim reworded",
    ),
    Judged(
        "The mayor said five blasts had been reported in the city centre.",
        "Five blasts were reported in the city centre, the mayor said.",
        True, "reordered",
    ),
    Judged(
        "Railway staff evacuated thousands of children from the eastern city of Kharkiv "
        "on Thursday.",
        "On Thursday thousands of children were evacuated from Kharkiv by railway staff.",
        True, "active / passive",
    ),
    Judged(
        "The president said he would stay in the capital with his family.",
        "The president said he would stay in the capital with his family, despite warnings "
        "from allies that he was in danger.",
        True, "trimmed: one wholly inside the other",
    ),
    # --- same story, different facts ---
    Judged(
        "The survey of 1,200 residents has a margin of error of plus or minus three points.",
        "A second poll of 800 people, with a margin of error of four points, found that "
        "support for talks had risen.",
        False, "two polls: the stock phrase 'margin of error' is shared, the facts are not",
    ),
    Judged(
        "The foreign minister was met with boos from the crowd in Brussels.",
        "Protesters greeted the ambassador with boos from the crowd outside the embassy "
        "in Warsaw.",
        False, "same stock phrase, different people and places",
        # Matched since the score reads the meaning of the words only one side has:
        # "minister ... met" and "ambassador ... embassy ... greeted" mean alike
        # (0.52 in context, the threshold 0.50).
        known_error=True,
    ),
    Judged(
        "The prime minister announced a ban on Russian aircraft entering Ukrainian airspace.",
        "The navy said a ban on Russian ships entering the port of Odesa was now in force.",
        False, "a ban on entering, but of different things by different authorities",
    ),
    Judged(
        "The president thanked the crowd for their courage.",
        "The crowd outside parliament chanted the president's name late into the night.",
        False, "same people, different events",
    ),
    Judged(
        "Western governments will discuss new sanctions on Russian banks next week.",
        "Russian banks said the sanctions had not yet disrupted payments.",
        False, "same topic words (sanctions, Russian banks), different facts",
    ),
    Judged(
        "Residents queued for hours outside cash machines in Lviv as shops closed early.",
        "Long queues formed outside cash machines in Odesa after banks limited withdrawals.",
        False, "the same scene in two different cities",
    ),
    Judged(
        "Volunteers handed out hot meals to families sheltering in the metro stations.",
        "In Kharkiv, doctors treated wounded soldiers in makeshift wards set up in metro "
        "stations.",
        False, "the same place, different people doing different things",
    ),
    Judged(
        "The air raid sirens sounded twice over western Ukraine on Saturday morning.",
        "Officials said the air raid sirens in the south were tested at noon.",
        False, "a stock phrase ('air raid sirens') round different events",
    ),
)
