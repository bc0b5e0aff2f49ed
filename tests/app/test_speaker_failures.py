"""Each speaker failure the real stories showed (issue 10), as a real-looking sentence.

A wrong name in a published comparison is worse than none, so most rows accept either
the person the article means or no name at all (``None``), and reject the wrong one.
"""

from __future__ import annotations

import pytest

from app.ingest.build import make_document
from app.quotes import extract_quotes
from app.quotes.speakers import NAMED_IN_QUOTE, pick
from app.quotes.vocabulary import counted

# An unseen Sturgeon story: British punctuation, then a sentence attributing the next quote.
STURGEON_BRUTALITY = (
    "Nicola Sturgeon announced her resignation. She bemoaned the “brutality” of life as a "
    "politician, saying: “It takes its toll on you and those around you”. Ahead of her "
    "speech, a source close to the SNP leader told the BBC she had “had enough”.\nShe "
    "added: “The longer any leader is in office, the more opinions about them become "
    "fixed.”\n"
)

# CBS News on the Eaton Fire (an unseen story): an unnamed woman speaks throughout.
CBS_ALTADENA = (
    "Altadena left devastated by deadly Eaton Fire: \"Everything is gone\"\n\n"
    "\"Everything is gone,\" Altadena woman says of devastating Eaton Fire\n\n"
    "\"It's all burned down,\" an Altadena woman who lost her home in the Eaton Fire said "
    "as she spoke through tears. \"Everything is gone.\"\n\n\"My heart is broken,\" "
    "she said.\n\nA church burned down by the Eaton Fire in the Altadena community of "
    "Los Angeles County, on Jan. 9, 2025.  Tayfun Coskun/Anadolu via Getty Images\n\n"
    "\"I'm trying to figure out how to tell my 3-year-old we don't have a home,\" she "
    "said.\n"
)

# The Carlow Nationalist on a crash (an unseen story): the Taoiseach, then the Tánaiste.
_CARLOW = (
    "Taoiseach Micheál Martin said the crash was a tragedy for the country.\n“It is "
    "heartbreaking when crashes of this kind happen,” he said.\nTánaiste and minister for "
    "foreign affairs Simon Harris also extended his sympathy “to all of those caught up” "
    "in the “very tragic and horrific” crash.\n"
)

# Politico on Trump's immigration plan: Hannity's questions, by an unlisted verb.
_HANNITY = (
    "Donald Trump told Sean Hannity that his wall was not negotiable.\n\n“Building it? "
    "Not negotiable,” Trump said.\n\n“Would it be negotiable about the 11 million?” "
    "Hannity pressed. “Maybe let some people stay if they register in a period of time?”\n"
)

CASES = [
    # A round-up of reactions labels each quote with its speaker on a line of its own
    # (Al Jazeera on Shinzo Abe's death): the label's name speaks, and a label line is
    # no headline whose names count for nothing.
    ("Shinzo Abe, the former prime minister of Japan, died after being shot.\n\nBelow "
     "are some of the reactions to the news of Abe’s passing.\n\nFrench President "
     "Emmanuel Macron:\n\n“Japan has lost a great prime minister, who dedicated his life "
     "to his country.”\n\nNATO Secretary-General Jens Stoltenberg:\n\n“Deeply saddened "
     "by the heinous killing of Shinzo Abe.”\n\nUK Prime Minister Boris Johnson:\n\n"
     "“Incredibly sad news about Shinzo Abe,” Johnson said on Twitter.",
     "Japan has lost", {"Emmanuel Macron"}),
    ("Shinzo Abe died after being shot.\n\nNATO Secretary-General Jens Stoltenberg:\n\n"
     "“Deeply saddened by the heinous killing of Shinzo Abe.”\n\nUK Prime Minister Boris "
     "Johnson:\n\n“Incredibly sad news about Shinzo Abe,” Johnson said on Twitter.",
     "Deeply saddened", {"Jens Stoltenberg"}),
    ("Shinzo Abe died after being shot.\n\nUK Prime Minister Boris Johnson:\n\n"
     "“Incredibly sad news about Shinzo Abe,” Johnson said on Twitter.",
     "Incredibly sad", {"Boris Johnson"}),
    # "quoted him as telling": the one quoted speaks, not the outlets quoting him
    # (Reuters on Abe's killer).
    ("Tetsuya Yamagami, 41, was arrested at the scene.\nHe told police his mother went "
     "bankrupt from the donation, the Yomiuri newspaper and other media reported.\n\"My "
     "mother got wrapped up in a religious group and I resented it,\" Kyodo and others "
     "quoted him as telling police.", "My mother", {"Tetsuya Yamagami"}),
    # "a young woman" is someone new, never the man the article is about (NDTV).
    ("Japanese former Prime Minister Shinzo Abe died after being shot while campaigning. "
     "A reporter of public broadcaster NHK on the scene said they could hear two "
     "consecutive bangs.\nShinzo Abe, 67, was making a speech at the campaign event and "
     "“a man came from behind”, a young woman told NHK.\nShinzo Abe collapsed after a "
     "second shot was fired.", "a man came", {None}),
    # After "with", the participle's own subject speaks (NDTV).
    ("Shinzo Abe was on stage, delivering a speech at Nara when he was shot in the chest. "
     "He was rushed to a hospital bleeding, with first responders saying he was “showing "
     "no vital signs”.", "showing no", {None}),
    # The main clause speaks, not the subordinate one before it (AllAfrica on Nigeria's
    # election).
    ("The presidential candidate of the Labour Party, Mr Peter Obi, and his PDP "
     "counterpart, Alhaji Atiku Abubakar, rejected the outcome.\n\nWhile Obi said he won "
     "the election and would explore all legal and peaceful means to prove it in court, "
     "Atiku concurred, saying \"the processes and outcome of the Presidential election were "
     "grossly flawed.\"", "the processes", {"Atiku", "Atiku Abubakar", None}),
    # A sentence of its own attributes the next quote, to a body; not the last speaker
    # (VOA on Nigeria's election).
    ("Julius Abure, the Labor Party’s chairperson, addressed reporters.\n“The election is "
     "irretrievably compromised,” said Abure.\n“We demand that this sham of an election "
     "should be immediately cancelled,” he added.\nINEC responded to the opposition’s "
     "allegations by saying “contrary to the insinuation by both parties, results point to "
     "a free, fair and credible process.”", "contrary to", {"INEC", None}),
    # A title's acronym in parentheses is the title (Daily Times and Republic World on
    # Imran Khan's arrest); the court of a country speaks, not the country.
    ("Imran Khan’s arrest has been declared illegal.\n\nWhen the hearing resumed, Chief "
     "Justice of Pakistan (CJP) Umar Ata Bandial told Khan, “it is good to see you.”\n\n"
     "“We believe that Imran Khan’s arrest was illegal,” remarked the CJP.\n\nCJP Bandial "
     "said that the IHC should hear the case tomorrow. “You will have to accept whatever "
     "the high court decides,” he added.", "We believe", {"Umar Ata Bandial", None}),
    ("Imran Khan’s arrest has been declared illegal.\n\nWhen the hearing resumed, Chief "
     "Justice of Pakistan (CJP) Umar Ata Bandial told Khan, “it is good to see you.”\n\n"
     "CJP Bandial said that the IHC should hear the case tomorrow. “You will have to "
     "accept whatever the high court decides,” he added.", "You will have",
     {"Umar Ata Bandial", None}),
    ("In a significant development, the Supreme Court of Pakistan has declared the arrest "
     "of Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan \"illegal\". Upon resumption "
     "of the hearing, Chief Justice of Pakistan (CJP) Umar Ata Bandial greeted Khan. The "
     "Chief Justice stated, \"We believe that Imran Khan's arrest was illegal,\" "
     "highlighting the court's stance.", "We believe", {"Umar Ata Bandial", None}),
    # A name inside what someone is said to say is no subject a later "he" continues
    # (Business Today on Imran Khan's arrest).
    ("Former Pakistan Prime Minister and Pakistan Tehreek-e-Insaf chief Imran Khan has been "
     "arrested by Rangers in the Al-Qadir Trust case, Pakistan's Dawn reported on Tuesday. "
     "He was arrested from outside the Islamabad High Court (IHC). Pakistan's noted "
     "journalist Hamid Mir said just a few moments before the arrest, Imran Khan was "
     "waiting for biometrics in the IHC. \"His lawyer Barrister Gohar Khan told me that "
     "Rangers arrested Khan during the biometrics process. Gohar claimed that Rangers pushed "
     "him first and then arrested Khan very violently,\" he said.\n\nIslamabad High Court "
     "CJ Justice Amer Farooq took notice of the arrest of Imran Khan on NAB (National "
     "Accountability Bureau) warrants by Rangers and summoned the Islamabad police chief "
     "and the interior ministry secretary. According to Dawn, the IHC CJ said that he was "
     "showing “restraint” and warned that he would “summon” the prime minister if the "
     "Islamabad police chief did not appear before the court. \"Come to court and tell us "
     "why has Imran been arrested and in which case,\" Justice Farooq said.\n\nThe "
     "development comes just days after Imran Khan accused a serving senior intelligence "
     "officer of involvement in the assassination attempt against him in Wazirabad. The "
     "charges were rejected by the army but Khan doubled down on the allegations in a video "
     "message on Tuesday.", "His lawyer",
     {"Hamid Mir", None}),
    # A phrase of place or time before the subject of a colon's introduction (Semafor on
    # Sunak's first day).
    ("Rishi Sunak became prime minister on Tuesday.\nOn Twitter, former prime minister "
     "Boris Johnson congratulated Sunak on his new role: “Congratulations to Rishi Sunak on "
     "this historic day, this is the moment for every Conservative to give our new PM our "
     "full and wholehearted support.”", "Congratulations", {"Boris Johnson"}),
    # A headline capitalises every word: the name is only its first two (HuffPost UK).
    ("Rishi Sunak Enters Downing Street Promising To 'Fix' Liz Truss's Mistakes\n\n\"Some "
     "mistakes were made — not born of ill will, or bad intentions.\"\n\nRishi Sunak warned "
     "that the UK faces a profound economic challenge. Sunak was crowned Tory leader "
     "yesterday.", "Some mistakes", {"Rishi Sunak", None}),
    # A name after the verb of a sentence whose subject is "he" is no subject a later
    # "he" continues (beam.land on the Wagner mutiny).
    ("Vladimir Putin Responds to Wagner Group Rebellion\n\nVladimir Putin responded to the "
     "announcement by addressing the Russian people directly on television. He denounced "
     "“backstabbing” and accused Yevgeny Prigozhin of “treason”. He also criticizes "
     "Wagner’s leader as having “excessive ambitions”.\n\nHe said Wagner’s rebellion was a "
     "“mortal threat” to the Russian state. “The ‘traitors’ will be punished.” And the "
     "Russian president says he won’t let a civil war happen.", "The ‘traitors’",
     {"Vladimir Putin", None}),
    # "an analyst told CNN": someone new and unnamed, never the president the article is
    # about, named or inferred (Newser on Erdogan's re-election).
    ("President Recep Tayyip Erdogan declared victory Sunday in Turkey's runoff "
     "election, extending his increasingly authoritarian rule into a third decade. "
     "With nearly 99% of ballot boxes opened, unofficial results from competing news "
     "agencies showed Erdogan with 52% of the vote, compared with 48% for his "
     "challenger, Kemal Kilicdaroglu. In his first comments since the polls closed, "
     "Erdogan spoke to supporters on a campaign bus outside his home in Istanbul, the "
     "AP reports. “I thank each member of our nation for entrusting me with the "
     "responsibility to govern this country once again for the upcoming five years,” "
     "he said.  Erdogan ridiculed his challenger for his loss, saying \"bye bye bye, "
     "Kemal,\" as supporters booed. \"The only winner today is Turkey,\" Erdogan said. In"
     " Istanbul, the president's supporters began celebrating even before the final "
     "results arrived, waving Turkish or ruling party flags, and honking car horns. "
     "\"This is not a crushing defeat for those who wanted change,\" an analyst told "
     "CNN. \"We are once again looking at a divided country ... both camps want "
     "entirely different things for Turkey.\" Erdogan, 69, could remain in power until "
     "2028. \"We will be together until the grave,\" he told the crowd, per the New York"
     " Times.",
     "This is not", {None}),
    # "He says Obama knows…": Obama is what Ryan says, not the one speaking (the AP's
    # running story on PolNeAR).
    # "He says Obama knows…": Obama is what Ryan says, not the one speaking (the AP's
    # running story on Cruz and guns, PolNeAR).
    ("\n___.\n\n12:25 p.m.:\n\nPresident Barack Obama was moved to tears in an unusually "
     "emotional display during his announcement of new executive actions on guns.\n\n"
     "Obama said “it gets me mad” every time he thinks about the 20 first-graders "
     "who were killed in the mass shooting at a Connecticut elementary school in  "
     "December 2012.\n\nBut his emotions had already begun to overtake him by the time"
     " he said that.\n\nObama spoke at the White House on Tuesday about rights that "
     "had been denied victims of other mass shootings. He mentioned freedom of "
     "religion taken from parishioners killed at a South Carolina church and freedom"
     " of assembly taken from movie-goers killed at cinemas in Colorado and "
     "Louisiana. He also mentioned the violence in his Chicago hometown.\n\nObama "
     "paused and wiped a tear from the corner of his left eye. Tears flowed freely "
     "down both cheeks.\n\n___.\n\n12:20 p.m.:\n\nHouse Speaker Paul Ryan says no matter "
     "what unilateral action President Barack Obama takes on gun control, “his word "
     "does not trump the Second Amendment.”\n\nThe Wisconsin Republican says in a "
     "statement that the president’s steps to expand background checks to cover more"
     " firearms are certain to be challenged in the courts. Ryan also is stressing "
     "that whatever the president does can be overturned if a Republican is elected "
     "president in November.\n\nRyan said Obama has never respected the right to safe "
     "and legal gun ownership that the country has valued since its inception.\n\nHe "
     "says Obama “knows full well that the law already says that people who make "
     "their living selling firearms must be licensed, regardless of venue. Still, "
     "rather than focus on criminals and terrorists, he goes after the most law-"
     "abiding of citizens.”\n\nRyan said Obama’s words and actions “amount to a form "
     "of intimidation that undermines liberty.”\n\n___.\n\n12:15 p.m.:\n\nPresident Barack"
     " Obama says that ",
     "knows full well", {"Paul Ryan", None}),
    # A picture's label is no one (Gulf News on the Morocco earthquake).
    ("morocco main-1694334915828\nFamilies sit outside their destroyed homes after an "
     "earthquake in Moulay Brahim village, near Marrakesh. Image Credit: AP\n\nRabat: His "
     "wife woke him and his one-year-old daughter shortly after 11pm. They had to leave "
     "immediately, she told him.\n\n“It was something atrocious,” Aziz Taki remembers "
     "thinking. He had experienced earthquakes before, but “not like this.”",
     "It was something", {"Aziz Taki", None}),
    # "quoted an official as saying": the official, not the agency (Yahoo UK on Navalny).
    ("Navalny's death was confirmed by the prison service. Doctors tried to resuscitate him "
     "for more than half an hour, officials at Labytnang City Hospital told Russian "
     "state-run media RIA Novosti.\n\n“The doctors who arrived at the scene continued the "
     "resuscitation measures that the prison’s doctors had already provided,” RIA quoted an "
     "official as saying.", "The doctors who", {None}),
    # A name after a phrase of time set off by a comma is the subject, not the object of
    # the phrase's preposition (Miami Chronicle on Navalny's widow).
    ("Yulia Navalnaya, the widow of late Russian opposition leader Alexey Navalny, has "
     "accused Russian President Vladimir Putin of being responsible for her husband’s "
     "death. In a heartfelt video released on Monday, Navalnaya expressed her determination "
     "to continue her husband’s fight for a “free Russia.” She declared, “Three days ago, "
     "Vladimir Putin killed my husband, Alexey Navalny.”", "Three days ago",
     {"Yulia Navalnaya", None}),
    # A verb of saying ends a role phrase: "Kate said doctors found…" names no one
    # "Kate said doctors" (Today on the Princess of Wales).
    ("Rishi Sunak sent his best wishes to the princess after she announced that she is "
     "undergoing chemotherapy. In a video shared March 22, Kate said doctors found that "
     "\"cancer had been present\" after her abdominal surgery in January.",
     "cancer had been", {"Kate", None}),
    # A press secretary speaks for the president, never as him (The News on the Princess
    # of Wales).
    ("US President Joe Biden took to Twitter to ‘pray’ for the Princess of Wales "
     "following her statement.\n“Jill and I join millions around the world in praying for "
     "your full recovery, Princess Kate,” Biden wrote on social media.\nThe tweet comes "
     "after The White House press secretary addressed the news in a press briefing.\n“All "
     "of us just heard the terrible news. Our thoughts are with the princess,” the Press "
     "Secretary said.", "All of us", {None}),
    # A caption's "Burhan - Hemedti" names two men, not one "Burhan Hemedti" (Al Jazeera
    # on the Sudan war).
    ("Sudan’s generals reject negotiations as ceasefire fails\n\nBurhan - Hemedti\nSudan's "
     "army chief General Abdel Fattah al-Burhan (L) and RSF commander General Mohamed "
     "Hamdan 'Hemedti' Dagalo [File: Ashraf Shazly/AFP]\n\nSpeaking to Al Jazeera on "
     "Thursday, the head of Sudan’s paramilitary Rapid Support Forces (RSF), General "
     "Mohamed Hamdan “Hemedti” Dagalo, said that he would not sit down with his rival.\n\n"
     "“We are calling for a humanitarian truce,” Hemedti said in a phone call with Al "
     "Jazeera on Thursday.", "We are calling",
     {"Hemedti", "Mohamed Hamdan Hemedti", "Mohamed Hamdan Hemedti Dagalo", None}),
    # An Arabic particle joined to a surname ("al-Burhan") writes a name (Al Jazeera on
    # the Sudan war).
    ("Sudan's army chief General Abdel Fattah al-Burhan and RSF commander General Mohamed "
     "Hamdan Dagalo rejected talks.\n\n“We are calling for a humanitarian truce,” Dagalo "
     "said in a phone call with Al Jazeera on Thursday.\n\nFor his part, al-Burhan said "
     "that the Sudanese people “did not deserve to receive Eid while living through this "
     "situation”.", "did not deserve", {"Abdel Fattah al-Burhan"}),
    # A state body speaking is no person, least of all the one it speaks of (Yahoo UK on
    # Navalny's death): the body speaks, or no one named.
    ("Alexei Navalny, Russia's best-known opposition leader, died in an Arctic prison. "
     "Navalny had been jailed since 2021. Navalny's team said he had been murdered.\n\nThe "
     "Russian prison service said Navalny “felt unwell after a walk” and “almost "
     "immediately” lost consciousness.", "felt unwell", {None, "Russian prison service"}),
    # "Navalny was “…,” he said": the quoted words are said of Navalny, by the "he" who
    # spoke before (Tag24, from AFP, on Navalny's death).
    ("President Biden says Putin and \"his thugs\" responsible for Navalny's death\n"
     "Washington DC - President Joe Biden directly blamed Russian leader Vladimir "
     "Putin on Friday for the reported death of Alexei Navalny in prison, describing"
     " the Kremlin critic as a \"powerful voice for the truth.\"\nSaying he was "
     "\"outraged,\" Biden said he did not yet know exactly what had happened to "
     "47-year-old Navalny but that it was the fault of Putin and his \"thugs.\"\n\"Make "
     "no mistake, Putin is responsible for Navalny's death,\" Biden said in televised"
     " remarks from the White House. \"What has happened to Navalny is yet more proof"
     " of Putin's brutality. No one should be fooled.\"\nBiden, who has branded Putin "
     "a dictator over his invasion of Ukraine and treatment of opponents, said he "
     "was \"looking at a whole number of options\" on how to respond but did not go "
     "further.\nAsked in 2021 after meeting Putin in Switzerland what would happen "
     "were Navalny to die, Biden said he told the Russian leader that Moscow would "
     "face \"devastating\" consequences.\nOn Friday, Biden hailed Navalny's "
     "achievements and sent condolences to the Kremlin opponent's wife and children."
     "\nBiden recalled that Navalny had been poisoned while in exile and had then "
     "returned to Russia despite knowing the risks to his safety. Navalny was \"so "
     "many things that Putin is not,\" he said.",
     "so many things", {"Joe Biden", None}),
    # A place named as a name is ("Windsor Castle") is no one "she" refers to (Marie
    # Claire on the Princess of Wales).
    ("In the Princess of Wales’ video message released on Friday, during which she "
     "revealed that she has been diagnosed with cancer, she sat alone on a bench on the "
     "grounds of Windsor Castle. Though she did mention her husband, Prince William, in the "
     "video—“Having William by my side is a great source of comfort and reassurance,” she "
     "said—he was not seated next to her.", "Having William", {"Kate", "Catherine", None}),
    # The article's main person named between the attributing words and the quote is the
    # one the words are said of, not whom "the Russian leader" stands for (Legit.ng on
    # Prigozhin's death; the New York Times on a headline about Rubio).
    ("Wagner chief Yevgeny Prigozhin died in a plane crash on Wednesday, and Prigozhin's "
     "mercenaries mourned him. Prigozhin had led a mutiny in June.\n\nSpeaking during a "
     "meeting with Denis Pushilin in the Kremlin, the Russian leader said Prigozhin was "
     "“a man of difficult fate, but talented,” Aljazeera reported.",
     "a man of difficult", {"Vladimir Putin", None}),
    # A lower-case title, its body and the body's acronym before the name after a quote
    # (Yeni Safak on Chandrayaan-3's landing).
    ("India became the first country to land on the lunar south pole. \"We have achieved "
     "the soft landing on the moon. India is on the moon,\" chief of Indian Space "
     "Research Organization (ISRO) Sreedhara Panicker Somanath told Prime Minister "
     "Narendra Modi, who joined the event virtually.", "We have achieved",
     {"Sreedhara Panicker Somanath"}),
    # Someone related to a name ("Suleiman's father", "Rubio's deputy campaign manager")
    # is named after the comma, and speaks; the name before is not theirs (AFP via Loop
    # Samoa on the Morocco earthquake; Politico); "Axelrod's memoir" is Axelrod's words.
    ("Suleiman Aytnasr, 11, died in the quake.\n\n\"As she came back, the earthquake "
     "happened and the ceiling was destroyed and fell on him,\" said Suleiman's father, "
     "Brahim Aytnasr, whose eyes were red from crying.", "As she came back",
     {"Brahim Aytnasr"}),
    ("Jeb Bush and Marco Rubio are racing to bank early ballots.\n\n“With about half the "
     "vote in by Election Day, we feel good,” said Rubio’s deputy campaign manager, Rich "
     "Beeson.", "With about half", {"Rich Beeson"}),
    ("Ibrahim lost his home in Antakya.\n\n“The building began to shake, and everything "
     "around us fell,” said Ibrahim’s 80-year-old mother, Wasila.", "The building began",
     {"Wasila"}),
    # Those in a place speak, not the place ("Mourning villagers in Morocco say", The
    # National's headline on the Morocco earthquake; "workers at OpenAI and Microsoft
    # told"; "an African-American actor in Dallas" on PolNeAR).
    ("Mourning villagers in Morocco say earthquake felt 'like it was doomsday'\n\nMore "
     "than 2,000 people died in Morocco.", "like it was doomsday", {None}),
    ("Sam Altman would be out at OpenAI.\n\nMultiple workers at OpenAI and Microsoft also "
     "told Business Insider that Altman’s ousting left them “completely shocked” at their "
     "workplaces.", "completely shocked", {None}),
    # A title written in capitals is whoever the article gives it in those words (News18
    # on Chandrayaan-3), never another holder of the title.
    ("South African President Cyril Ramaphosa said Chandrayaan-3’s success is a success "
     "for the BRICS Family. “I would like to congratulate India,\" Ramaphosa said.\n\n"
     "“We congratulate you. This for us, as the BRICS family, is a momentous occasion,\" "
     "the South African President further added, referring to the BRICS Space Consortium "
     "proposal put forward by Prime Minister Modi.\n\nNepal Prime Minister Pushpa Kamal "
     "Dahal congratulated Prime Minister Narendra Modi. European Commission President "
     "Ursula von der Leyen congratulated Prime Minister Modi on the landing.",
     "We congratulate you", {"Cyril Ramaphosa"}),
    # A role phrase is not the one its verb is said of, named between it and the quote
    # (i24 on Prigozhin's death: "the Russian president" had read as Prigozhin, the
    # words before his name taken for his roles).
    ("Wagner chief Yevgeny Prigozhin was killed in a plane crash. Prigozhin had led a "
     "mutiny in June.\n\nEarlier on Thursday, Putin broke silence over the crash. "
     "Speaking about him in past tense, the Russian president described Prigozhin as a "
     "\"talented\" person who had \"made serious mistakes in his life, but he achieved "
     "the right results.\"", "made serious mistakes", {"Vladimir Putin", "Putin", None}),
    # A name with two particles ("Ursula von der Leyen") is one name, not "Ursula" (The
    # Zuricher, the Irish News and Business Recorder); a role opened by a possessive
    # ("His Pentagon chief") is someone's, never the article's main person.
    ("“It is terrorism in its most despicable form,” European Commission President "
     "Ursula von der Leyen said in a statement.", "It is terrorism",
     {"Ursula von der Leyen"}),
    ("The head of the European Union's executive commission, Ursula von der Leyen, wrote "
     "that the attack was terrorism. Von der Leyen said Israel had the right to defend "
     "itself. Von der Leyen spoke to Netanyahu.\n\nPresident Joe Biden pledged support. "
     "His Pentagon chief said the US was committed to helping Israel to “protect "
     "civilians from indiscriminate violence and terrorism”.", "protect civilians",
     {None, "Lloyd Austin"}),
    # A participle opening a sentence is no first name ("Condemning Hamas' attack, the UN
    # envoy…" had made "Condemning Hamas" a person and the speaker; TRT World).
    ("Turkish President Recep Tayyip Erdogan called for restraint.\n\nCondemning Hamas' "
     "attack, the UN Middle East peace envoy Tor Wennesland echoed a similar view on "
     "Saturday, asking all sides to de-escalate.\n\n\"This is a dangerous precipice, and "
     "I appeal to all to pull back,\" he said.", "This is a dangerous",
     {"Tor Wennesland"}),
    # A round-up of reactions labels each quote with a paragraph naming the speaker and
    # their title, without a colon and in title case (AsiaOne on Milei, NDTV on Putin's
    # re-election), or naming a body, which speaks ("Polish Foreign Ministry Statement").
    ("Argentina's Javier Milei won the presidential runoff on Sunday.\n\nArgentine "
     "President Alberto Fernandez\n\n\"I am a man of democracy, and I value not only "
     "the elections but the result.\"\n\nBrazilian President Luiz Inacio Lula da Silva"
     "\n\n\"Democracy is the voice of the people, and it must always be respected.\"",
     "Democracy is the voice", {"Luiz Inacio Lula da Silva"}),
    ("Vladimir Putin won a fifth term. Putin thanked voters.\n\nUK Foreign Minister "
     "David Cameron, On X\n\n\"The polls have closed in Russia, following the illegal "
     "holding of elections on Ukrainian territory.\"\n\nPolish Foreign Ministry "
     "Statement\n\n\"From March 15-17, 2024, so-called presidential elections were "
     "held in Russia.\"", "From March 15", {"Polish Foreign Ministry", None}),
    # An office in capitals the article never gives its main person, whom it gives
    # another, is someone else's (Legit.ng on Prigozhin's death).
    ("Wagner chief Yevgeny Prigozhin died in a plane crash. Prigozhin's jet came down "
     "north of Moscow, and Prigozhin was on board. Vladimir Putin has commented publicly "
     "on it.\n\nThe Russian President praised his former caterer as a \"savvy "
     "businessman\" who \"made serious mistakes\".", "savvy businessman",
     {"Vladimir Putin", None}),
    # Someone of the main person's ("Mr. Abe’s grandfather") is never the main person
    # (the Washington Times on Abe's assassination).
    ("Former prime minister Shinzo Abe was shot dead in Nara. Abe was 67. Abe led Japan "
     "for eight years.\n\nMr. Abe’s grandfather said decades ago that the church was “a "
     "valued partner” of the party.", "a valued partner", {None}),
    # The press as a body (Press and Journal on Raisi's crash): "Iranian state television
    # said" names a broadcaster, not an office the article's main person holds.
    ("Iranian President Ebrahim Raisi was travelling in a helicopter that crashed. Raisi, "
     "63, was elected in 2021. Raisi had been returning from a dam ceremony.\n\nIranian "
     "state television said on Monday there is “no sign of life” seen at the crash site.",
     "no sign of life", {"Iranian state television", None}),
    # "US" in capitals is the country, not the object of "said" (The Globe, Thailand, on
    # Pelosi in Taiwan): the speaker is the spokesperson named after it.
    ("Nancy Pelosi landed in Taipei. Pelosi met Tsai Ing-wen.\n\nThere is “no reason for "
     "this visit to become a spurring event for a crisis or conflict,” said US national "
     "security spokesperson John Kirby.",
     "no reason", {"John Kirby"}),
    # A round-up's label with the name first and the title after a comma, over a quote
    # "she said" (LBC on Starmer's win): the pronoun is the label's, not the last name's.
    ("Keir Starmer won the election.\n\nPresident Volodymyr Zelenskyy, Ukraine\n\n"
     "\"Congratulations to Keir Starmer and Labour on their convincing election victory,\" "
     "Zelenskyy said.\n\nUrsula von der Leyen, EU Commission President\n\n\"Congratulations "
     "Keir Starmer on your electoral victory,\" she said.",
     "Congratulations Keir Starmer on your", {"Ursula von der Leyen"}),
    # A title's full stop opens no sentence (The Hindu on Starmer's win): "Mr. Modi
    # offered “…”" is Modi's, the woven quote's subject, not the man congratulated.
    ("Keir Starmer won the UK election. Mr. Starmer will become prime minister. Starmer "
     "thanked voters.\n\nMr. Modi offered “heartiest congratulations and best wishes” to "
     "Mr. Starmer on his remarkable victory.",
     "heartiest congratulations", {"Modi", None}),
    # A body opening the sentence of a woven quote is another voice than the last
    # speaker's (The Zuricher on reactions to the Hamas attack).
    ("Leaders condemned the attack on Israel.\n\n“Violence and rockets against innocent "
     "people must stop immediately,” German Foreign Minister Annalena Baerbock said.\n\n"
     "The French foreign ministry re-affirmed “its absolute rejection of terrorism and its "
     "commitment to the security of Israel.”",
     "its absolute rejection", {None, "French foreign ministry"}),
    # A body named without an article, or someone new, opening the sentence of a woven
    # quote is another voice too (Al Jazeera and IBTimes on Raisi's crash): not the
    # dead president the article is about.
    ("Iranian President Ebrahim Raisi was killed in a helicopter crash. Raisi, 63, had "
     "been returning from a dam ceremony. Raisi was elected in 2021.\n\nState television "
     "IRIB reported online that the helicopter had “hit a mountain and disintegrated” on "
     "impact.",
     "hit a mountain", {None, "State television IRIB"}),
    ("Iranian President Ebrahim Raisi was killed in a helicopter crash. Raisi, 63, had "
     "been returning from a dam ceremony. Raisi was elected in 2021.\n\nAn Iranian "
     "official reported that after search teams located the wreckage, \"no sign of life\" "
     "was detected.",
     "no sign of life", {None}),
    # A line ending in a colon announces the quote opening the next line (The New Arab
    # on Assad's fall; Breitbart's "Stated Stone:" in PolNeAR).
    ("Some Syrians in Damascus said they were moved to tears following the historic "
     "event. One man, Amer Batha, told AFP:\n\"We have waited a long time for this day. "
     "We are starting a new history for Syria.\"",
     "We have waited", {"Amer Batha"}),
    # A convention is a gathering, never the person a pronoun stands for (The Western
    # Journal on Obama's speech, in PolNeAR).
    ("One of the central claims of President Barack Obama’s speech to the Democratic "
     "National Convention on Wednesday night does not stand up to scrutiny.\n\nHe told his "
     "Democratic audience, to rowdy applause:\n\n“I can say with confidence there has "
     "never been a man or a woman nobody more qualified than Hillary Clinton.”",
     "I can say with confidence", {"Barack Obama"}),
    # Someone's relative named after a comma speaks, not the one whose relative it is
    # (The Daily Beast on the Haneda collision).
    ("Jonas Deibe, a Swedish passenger, said the cabin was filled with smoke within "
     "minutes. “We threw ourselves down on the floor,” he said. “Then the emergency doors "
     "were opened and we threw ourselves at them.” Deibe’s 17-year-old son, Anton, added: "
     "“We have no idea where we are going so we just run out into the field.”",
     "We have no idea", {"Anton", "Anton Deibe"}),
    # An adverb between the subject and its cue verb is no part of the subject (The
    # Washington Post in PolNeAR; Al Majalla on the coronation).
    ("Hillary Rodham Clinton testified about the attack in Benghazi. Clinton, exasperated, "
     "famously responded: \"What difference, at this point, does it make?\"",
     "What difference", {"Hillary Rodham Clinton"}),
    ("Broadcasters basked in the pomp, while the New York Times more critically called the "
     "event “a cringing discomfort.”",
     "a cringing discomfort", {"New York Times"}),
    # A round-up's label line, a title and a name in capitals, is the person's and no
    # headline, so "the French President" under it is him (Jang on the Butler shooting).
    ("Global leaders have condemned the assassination attempt.\nFrench President "
     "Emmanuel Macron\nThe French President asserted, “My thoughts are with President "
     "Donald Trump, the victim of an assassination attempt.”",
     "My thoughts are with", {"Emmanuel Macron"}),
    # A party alone is who someone is, never a name (BGNES on Biden's withdrawal).
    ("Republican presidential candidate Donald Trump was among those who spoke. \"He made "
     "it to the presidency with nothing but lies,\" Trump said.\n\"Everyone around him knew "
     "that he was not capable,\" the Republican added.",
     "Everyone around him", {None, "Donald Trump"}),
    # A relative clause after a role set off by commas tells of the role, whose name is
    # before it (The National on the Yeti Airlines crash; The New York Times in PolNeAR).
    ("Teknath Sitaula, a spokesman for Kathmandu's Tribhuvan International Airport, who "
     "travelled to Pokhara after the crash, said the black boxes “are in a good condition "
     "now. They look good from the outside”.",
     "are in a good condition", {"Teknath Sitaula"}),
    ("Jeb Bush, the former Florida governor, who has resented Mr. Rubio's glide path as he "
     "has struggled, called his rival “totally scripted and kind of robotic.”",
     "totally scripted", {"Jeb Bush"}),
    # "said a Democratic strategist": someone unnamed, never whoever the article last
    # called a strategist; but a description set off after a name is that person's.
    ("Democratic strategist Federico de Jesus said Hispanic voters favour Clinton.\n\n"
     "\"Given how badly Democrats have been burned, nobody is taking anything for "
     "granted,\" said a Democratic strategist who spoke on the condition of anonymity.",
     "Given how badly", {"Democratic strategist", None}),
    ("Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will "
     "“leave here with momentum.”", "leave here", {"Dean Johnson"}),
    # A spaced hyphen before a full name is the dash of a quote's byline (Sportskeeda on
    # Djokovic); before one word it is not ("…" - AFP, "- Russian for…").
    ("hero-image\n\n\"I welcome the decision to keep our borders strong & Australians "
     "safe\" - Prime Minister Scott Morrison on Novak Djokovic's visa cancelation\n\n"
     "Australian Prime Minister Scott Morrison recently issued a statement on Novak "
     "Djokovic's visa. Djokovic was deported on Sunday.", "I welcome",
     {"Scott Morrison"}),
    ("Jacinda Ardern said she would resign.\n\"I am human. We give as much as we can.\" - "
     "AFP", "I am human", {"Jacinda Ardern", None}),
    # A page title printed twice runs two names together ("…in Brazil Lula wins…"): a
    # headline's runs make no one new, so the speaker is Lula, never "Brazil Lula"
    # (prensa.ch on Lula's win).
    ("Lula wins the elections in Brazil Lula wins the elections in Brazil\n\nIn front of a "
     "massive demonstration of his supporters, Luiz Inácio Lula da Silva gave his first "
     "speech after winning the Brazilian presidential elections against Jair Bolsonaro.\n\n"
     "Lula vowed to \"restore peace\" and govern for all Brazilians. Lula said the country "
     "needed unity.", "restore peace", {"Lula", "Luiz Inácio Lula da Silva", None}),
    # "the French president" is not the Brazilian the article is about (the Manila
    # Bulletin, from AFP, on Lula's win).
    ("Brazil's leftist president-elect Luiz Inacio Lula da Silva received congratulations "
     "from world leaders. Lula da Silva bested Jair Bolsonaro.\n\nUS President Joe Biden "
     "said in a statement: \"I send my congratulations to Luiz Inacio Lula da Silva.\"\n\n"
     "French leader Emmanuel Macron also offered his good wishes, saying the poll opened "
     "\"a new page\" in Brazil's history.\n\n\"Together, we will join forces to take up the "
     "many common challenges,\" the French president said on Twitter.",
     "Together, we", {"Emmanuel Macron", None}),
    # A conjunction opening the sentence is no first name (the Guardian, via inkl, on
    # the Morocco earthquake).
    ("“For the first few seconds, you don’t know what’s happening,” said Bode Shonibare, a "
     "British-Nigerian banker visiting his wife’s family in Marrakech.\nThe earthquake "
     "struck shortly after 11pm local time.\nOnce Shonibare, his wife and their daughter "
     "reached the street, he described a scene of “absolute chaos”.\n“Everyone ran outside, "
     "people were in shock, crying as they held their babies in their hands,” he said.",
     "Everyone ran outside", {"Bode Shonibare", None}),
    # "the PM" is the one the article calls Prime Minister, not the chairman it names
    # most nor a name "PM" (Business Today on Chandrayaan-3).
    ("Prime Minister Narendra Modi on Wednesday congratulated ISRO Chairman S Somanath on "
     "the success of the Chandrayaan-3 mission and said he would soon visit the ISRO "
     "scientists in Bengaluru to greet the entire team in person.\n\n''Somanath ji...your "
     "name Somanath too is linked to the Moon. Your family members too would be elated. "
     "Hearty congratulations to you and your team,'' the PM said in a phone call from "
     "Johannesburg, where he is attending the BRICS summit. The PM called the ISRO chief "
     "immediately after successful landing of Chandrayaan-3.", "Somanath ji",
     {"Narendra Modi", None}),
    # A name alone on its line labels a photo: "he" after it is still the president
    # the paragraph before named (an unseen Djokovic story).
    ("Serbian President Aleksandar Vucic said the hearing was “a farce with a lot of "
     "lies”.\n\nNovak Djokovic\nNovak Djokovic (Getty)\n\n“They think that they humiliated "
     "Djokovic with this 10-day harassment, and they actually humiliated themselves,” he "
     "told reporters on Sunday.", "They think", {"Aleksandar Vucic", None}),
    # A dateline's place never speaks, nor whoever an unnamed subject's clause names
    # (ap7am.com on the Sussexes' taxi driver).
    ("'Wasn't like a movie car chase': cabbie who 'rescued' Harry\n\nNew York, May 18:  An "
     "Indian-origin taxi driver rescued Prince Harry and Meghan Markle from a scrum of "
     "paparazzi pursuing them on the streets of New York after a function and termed them "
     "\"nice people\" who interacted with him politely, according to media reports.",
     "nice people", {None, "Indian-origin taxi driver"}),
    # A name after "he" in its sentence is not that sentence's subject: the next "He"
    # is still the driver, never the car (the Evening Standard on the Sussexes)...
    ("Driver Sukhcharn Singh told the Washington Post that he had picked the couple up in "
     "his yellow cab.\n\nMr Singh claimed to have driven the group towards Park Avenue "
     "before heading south.\n\nDuring the drive, he said they were pursued by a black "
     "Honda Accord and a gray Honda CR-V.\n\nHe told the newspaper: “They kept following "
     "us and were coming next to the car.”\n\nThe driver said he never felt in danger.",
     "They kept following",
     {"Sukhcharn Singh", None}),
    # ... nor the founder's start-up (NPR on Silicon Valley Bank).
    ("Stefan Kalb was in the middle of a meeting on Thursday.\n\n\"Unfortunately, our "
     "wire was not honored and our money is still at Silicon Valley Bank,\" Kalb, 37, said "
     "in an interview on Friday.\n\nWhile he declined to disclose the exact amount that he "
     "had deposited at SVB, he noted that Shelf Engine has raised around $60 million from "
     "investors since the company was founded. \"It was a very large sum of money,\" he "
     "said of the transfer.", "It was a very large", {"Stefan Kalb", None}),
    # A quote whose sentence ends inside the closing mark, then "He added that…": the
    # new sentence attributes the next quote; the one before is the subject's (The Week).
    ("Sam Bankman-Fried was arrested Monday in the Bahamas.\n\nThis was confirmed by the "
     "U.S. Attorney for the Southern District of New York, Damian Williams, who said "
     "Bahamian officials arrested Bankman-Fried \"at the request of the U.S. government, "
     "based on a sealed indictment.\" He added that the indictment will likely be unsealed "
     "on Tuesday morning, \"and we will have more to say at that time.\"",
     "at the request", {"Damian Williams", None}),
    ("Sam Bankman-Fried was arrested Monday in the Bahamas.\n\nThis was confirmed by the "
     "U.S. Attorney for the Southern District of New York, Damian Williams, who said "
     "Bahamian officials arrested Bankman-Fried \"at the request of the U.S. government, "
     "based on a sealed indictment.\" He added that the indictment will likely be unsealed "
     "on Tuesday morning, \"and we will have more to say at that time.\"",
     "and we will", {"Damian Williams", None}),
    # "The spokesperson" speaks for someone: never the person the article is about
    # (TheJournal.ie on the Sussexes' car chase).
    ("PRINCE HARRY AND his wife Meghan Markle were involved in a car chase last night in "
     "New York, a spokesperson for the couple has said.\n\nThe spokesperson said: “While "
     "being a public figure comes with a level of interest from the public, it should never "
     "come at the cost of anyone’s safety.”", "While being", {None}),
    # A place after "the" is not a person "he" can mean: the senator is (PolNeAR).
    ("Sen. Marco Rubio responded first, ripping into President Barack Obama late Tuesday "
     "night.\n\n\"I have been warning throughout this campaign that North Korea is run by "
     "a lunatic,\" the Florida senator and Republican presidential candidate said in a "
     "statement.\n\n“If this test is confirmed, it will be just the latest example of the "
     "failed Obama-Clinton foreign policy,\" he said.", "If this test", {"Marco Rubio"}),
    # Page furniture and headline fragments are not speakers.
    ("Heartbroken Moment\n\nThe mother of the missing diver said she was “still hoping for "
     "a miracle” as the search entered its fifth day.", "still hoping", {None}),
    ("About A Possible Coup In Ghana\n\n“We will not allow anyone to derail our democracy,” "
     "the statement read.", "We will not", {None}),
    # A title is resolved to the person the article names, never given as the speaker.
    ("Boris Johnson has resigned as Conservative leader.\n\nThe Prime Minister said: “It is "
     "clearly now the will of the parliamentary Conservative Party that there should be a new "
     "leader of that party.”", "It is clearly", {"Boris Johnson"}),
    ("Emmanuel Macron defended his remarks on Wednesday.\n\n“I want to piss them off,” the "
     "President said in the interview.", "I want to piss", {"Emmanuel Macron"}),
    ("Liz Truss quit after 44 days. The outgoing premier said: “I cannot deliver the mandate "
     "on which I was elected.”", "I cannot deliver", {"Liz Truss", None}),
    # A description with "the" is the person it describes, never a name of its own.
    ("Kevin McCarthy was removed as speaker on Tuesday. McCarthy said he would not run "
     "again.\n\n“I do not regret negotiating,” the California Republican added.",
     "I do not regret", {"Kevin McCarthy", None}),
    ("Emmanuel Macron said on Tuesday he wanted to limit their access to social life.\n\n"
     "“The unvaccinated, I really want to piss them off,” declares the Head of State.",
     "The unvaccinated", {"Emmanuel Macron", None}),
    ("French President Emmanuel Macron has provoked outcries in Parliament.\n\n“That’s the "
     "strategy,” Le Parisien quoted the French leader as saying.", "That’s the",
     {"Emmanuel Macron", None}),
    ("Will Smith has apologised to Chris Rock. In his apology, the King Richard star said "
     "that “violence in all of its forms is poisonous and destructive”.", "violence in",
     {"Will Smith", None}),
    # A newspaper named after the last quote is not the one who goes on speaking.
    ("“I don't want to piss the French off,” Emmanuel Macron said in the interview with Le "
     "Parisien.\n\n“But the unvaccinated, I really want to piss them off,” he said.",
     "But the unvaccinated", {"Emmanuel Macron", None}),
    # "…to Rock" names whom he spoke to: the next "he continued" is still Smith.
    ("Will Smith has apologised to Chris Rock.\n\nAs Rock presented the award, the comedian "
     "made a joke about Jada Pinkett Smith. Rock said he couldn't wait to see her star in "
     "“G.I. Jane 2,” referencing her shaved head.\n\nIn his Instagram post, Smith added he "
     "“would like to publicly apologize” to Rock, adding that the slap was “out of line”."
     "\n\n“I am embarrassed and my actions were not indicative of the man I want to be,” he "
     "continued. “There is no place for violence in a world of love and kindness.”",
     "There is no place", {"Will Smith", None}),
    # A bystander named behind "his wife" does not speak for him.
    ("Boris Johnson spoke outside Downing Street as his wife Carrie watched with their "
     "daughter. He said: “I want you to know how sad I am to be giving up the best job in "
     "the world.”", "I want you", {"Boris Johnson", None}),
    # A place and a noun are not speakers.
    ("The U.S. said on Friday that “all options remain on the table” after the missile test.",
     "all options", {None}),
    ("A report released on Monday said the agency had been “deeply negligent” in its "
     "oversight.", "deeply negligent", {None}),
    # The person named a paragraph earlier speaks through "she".
    ("Jacinda Ardern announced her resignation on Thursday.\n\n“I know what this job takes,” "
     "she said.", "I know what", {"Jacinda Ardern"}),
    # The one a participle names is spoken about, not speaking ("calling Macron …").
    ("His remarks were taken on by his rivals. Far-right leader Marine Le Pen stated on "
     "Twitter that “a president shouldn't say that,” calling Macron “unworthy of his "
     "office” and declaring he wished to make life difficult.", "unworthy",
     {"Marine Le Pen", None}),
    # A quotation running on from the name after its cue makes the name its subject.
    ("Sam Altman was fired on Friday. Greg Brockman quit hours later.\n\nIn a statement on "
     "Friday, OpenAI said the move followed a review by the board which concluded Mr "
     "Altman “was not consistently candid in his communications with the board”.\n",
     "was not consistently", {"OpenAI", None}),
    # The subject of a clause joined by ", and" speaks, not the first clause's.
    ("Will Smith hit Chris Rock at the Oscars. At first, Smith seemingly laughed at the "
     "joke. Rock appeared to be in shock, and Smith sat back down and shouted, “keep my "
     "wife's name out of your mouth,” twice.\n", "keep my wife", {"Will Smith", None}),
    # A compound modifier is no part of the name it describes.
    ("ChatGPT-maker Open AI said Friday it has pushed out its co-founder and CEO Sam Altman "
     "after a review found he was “not consistently candid in his communications” with the "
     "board.\n", "not consistently", {"Open AI", None}),
    # A short quote inside a sentence does not end it: "he" is its subject, not the man
    # named at its end behind "of".
    ("Greg Brockman told colleagues “I quit” the firm, behind ChatGPT, in light of the "
     "departure of Sam Altman.\nPosting on X, formerly known as Twitter, he said: “I’m "
     "super proud of what we’ve all built together since starting in my apartment eight "
     "years ago.”", "I’m super proud", {"Greg Brockman", None}),
    # A quotation left open goes on in the next paragraph, past a link to another story,
    # in the same voice, not in that of the man the article names most.
    ("LABOUR leader Keir Starmer has called for a General Election following prime "
     "minister Liz Truss resigning this afternoon.\n\nKeir Starmer said the public "
     "deserved better. Starmer added that the Tories had failed.\n\nMs Truss made a "
     "statement outside Downing Street at 1.30pm today.\n\nShe said: \"I recognise I "
     "cannot deliver the mandate on which I was elected by the Conservative Party.\n\n"
     "Liz Truss 'apologises' for mistakes as prime minister\n\n\"I am resigning as "
     "leader of the Conservative Party.\n\n\"I will remain as prime minister until a "
     "successor has been chosen.\"\n", "I am resigning", {"Liz Truss"}),
    # An epithet refers back like a pronoun: to the one just named, not to the man the
    # article names most.
    ("Chris Rock was hosting the show. Rock joked about Jada Pinkett Smith. Rock later "
     "declined to press charges. Rock has not commented since.\n\n“I was out of line,” "
     "Will Smith said in a statement.\n\nIn his apology, the Oscar winner said that "
     "“violence in all of its forms is poisonous and destructive”.\n", "violence in",
     {"Will Smith", None}),
    # A name in a clause put before the pronoun is not what the pronoun refers to.
    ("Jacinda Ardern was caught dissing a rival politician on a hot mic.\nAfter sitting "
     "down beside her deputy Grant Robertson, she said words that sounded like, \"He's "
     "such an arrogant prick.\"\n", "He's such", {"Jacinda Ardern", None}),
    # A title word inside a description ("King" of the film "King Richard") does not make
    # it a title: its last word says what it is.
    ("Chris Rock was hosting the show. Rock joked about Jada Pinkett Smith. Rock later "
     "declined to press charges. Rock has not commented since.\n\n“I was out of line,” "
     "Will Smith said in a statement.\n\nIn his apology, the King Richard star said that "
     "“violence in all of its forms is poisonous and destructive”.\n", "violence in",
     {"Will Smith", None}),
    # "X commented on the incident." announces the quote that opens the next paragraph.
    ("Jacinda Ardern announced her resignation. Ardern said she had no more in the tank. "
     "Ardern's office said she apologized to the lawmaker.\nWhile speaking with the "
     "Associated Press at the time, David Seymour commented on the incident.\n\"I'm "
     "absolutely shocked and astonished at her use of language.\"\n", "I'm absolutely",
     {"David Seymour", None}),
    # "he" after a paragraph naming no one else goes on with the last speaker, not with
    # the man the pronoun's nearest mentions are about.
    ("Will Smith issued a public apology to Chris Rock, whom he slapped onstage.\n\nAs "
     "Rock presented the award, the comedian made a joke about Pinkett Smith. Rock said "
     "he couldn't wait to see her star in \"G.I. Jane 2,\" referencing her shaved head."
     "\n\nIn his Instagram post, Smith added he \"would like to publicly apologize\" to "
     "Rock, adding that the slap was \"out of line\" and \"wrong.\"\n\n\"I am embarrassed "
     "and my actions were not indicative of the man I want to be,\" he continued.\n\nThe "
     "actor also apologized to the Academy, the Oscars producers, everyone in attendance "
     "and everyone watching from home.\n\n\"I would like to apologize to the Williams "
     "Family and my King Richard Family,\" he added.\n", "I would like",
     {"Will Smith"}),
    # A relative clause set off by a comma speaks for the noun before it, not for the
    # sentence's subject.
    ("Sam Altman was fired on Friday. Microsoft CEO Satya Nadella said little.\n\nAltman "
     "was ousted from OpenAI at the discretion of the company’s board, which said it did "
     "not have “confidence” in Altman’s ability to lead the company.\n", "confidence",
     {"OpenAI", None}),
    # A name may open with its particle ("le Pen", "de Blasio"): still a name.
    ("One part of Macron's interview caught the attention of his rivals, including "
     "right-wing leader Marine le Pen and Bruno Retailleau. Retailleau told Agence "
     "France-Presse that \"no health emergency justifies such words,\" while le Pen "
     "tweeted, \"A president shouldn't say that ... Emmanuel Macron is unworthy of his "
     "office.\"\n", "A president", {"Marine le Pen"}),
    # A verb of saying in a clause of time that ends before the quote tells what
    # happened; it does not attribute the quote.
    ("For Trump's part, his organization has argued that its contracts are protected.\n\n"
     "“They’re not terminable at will,” Trump spokesperson Ron Lieberman told the Wall "
     "Street Journal in July, after de Blasio stated an interest in ending business with "
     "Trump. “These contracts are fully binding.”\n", "These contracts",
     {"Ron Lieberman"}),
    # A quotation woven into a sentence with no verb of saying is the words of the person
    # the sentence opens with, not of the man the article names most.
    ("McCarthy was ousted as speaker on Tuesday. McCarthy said he would not run again. "
     "McCarthy then took a few questions from reporters.\n\nRepublican Florida Rep. Matt "
     "Gaetz filed the motion to vacate the chair Monday night. House Minority Leader Hakeem "
     "Jeffries “definitively” called for a vote against any procedural motion to delay the "
     "motion to vacate.\n", "definitively", {"Hakeem Jeffries", None}),
    # …but a quoted sentence running on from a name is said about him, by someone else.
    ("“We thought only Trump was an insensitive guy,” said Aida, who recently published a "
     "book in Japan. Biden “kind of misspoke. This is not something he should talk openly "
     "about in public.”\n", "kind of misspoke", {"Aida", None}),
    # "According to" names the source, not someone spoken to.
    ("“But we are concerned that Donald Trump may lie,” Mook said.\n\nAccording to "
     "Limbaugh, “If it was left up to Hillary, she wouldn’t have time to say anything "
     "positive.”\n\nRush Limbaugh continued on his show.\n", "If it was left",
     {"Rush Limbaugh"}),
    # An honorific, or a title before a full name, names the one it precedes.
    ("Both Mr. King and Mr. Schultz say RT's management has never told them what to say."
     "\n\n''I have never -- never -- been edited or had a show of mine not run,'' Mr. "
     "King, 82, told me.\n", "I have never", {"King", "Larry King"}),
    ("The Charlotte Observer found that 1 in 4 residents lived in distressed "
     "neighborhoods.\n\n\"To be frank, the city will never go back to normal as we "
     "understood it,\" said the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist "
     "Church.\n", "To be frank", {"Rev. Peter Wherry", "Peter Wherry"}),
    # A dateline is not the opening of the sentence that follows it.
    ("Paris, Jan 5: French President Emmanuel Macron has threatened to “piss off” people "
     "until everyone is vaccinated against Covid-19.\n\n“I really want to hassle them,” "
     "BBC quoted Macron as saying.\n", "piss off", {"Emmanuel Macron"}),
    # "A review found": a document's finding, no one's words to give to the last speaker.
    ("“We too are still trying to figure out exactly what happened,” Greg Brockman "
     "wrote.\n\nEarlier in the day, OpenAI ousted Altman from the company after an "
     "internal review found he had not been “consistently candid” with his "
     "representations to the board.\n", "consistently candid", {None, "OpenAI"}),
    # "Her statement read": whoever "her" is speaks, as a pronoun would.
    ("Liz Truss has resigned as prime minister after 45 days in office.\n\nPart of her "
     "statement read: “I came into office at a time of great economic and international "
     "instability.”\n", "I came into office", {"Liz Truss"}),
    # A name met once, right after "said", is someone speaking, whom the next "he" goes on
    # with when no one else has been named acting since.
    ("\"With Trump jumping up and down, there's a desire to show progress,\" said Nick "
     "Witney, a fellow at the European Council on Foreign Relations who ran the European "
     "Defense Agency, whose efforts face limits because of the European reluctance to hand "
     "over security powers to Brussels.\n\n\"There are plenty of things that could be "
     "done,\" he said.\n", "There are plenty", {"Nick Witney"}),
    # The words after an organisation's "… of" go on naming it: "Motion Picture Arts" is
    # no person, so "the academy" is not read as the role of one (it was the speaker).
    ("On Monday, the Academy of Motion Picture Arts and Sciences, which runs the Oscars, "
     "announced it was launching a formal review into the incident.\n\n\"The academy "
     "condemns the actions of Mr. Smith at last night's show,\" the academy said.\n",
     "The academy condemns", {None, "Academy of Motion Picture Arts and Sciences"}),
    # "She" never goes on with a man who spoke before her, nor "he" with a word read as a
    # name that the article never names as a person (PolNeAR: a woman's words went to the
    # man quoted just before; "Perhaps, he said," made "Perhaps" a speaker).
    ("Peter Santilli hosts the show. Mr. Santilli talks a lot. \"We talk every day,\" "
     "Santilli said.\n\nReynolds met him online, she says.\n\n\"People compare us to "
     "famous hosts,\" she says.\n",
     "People compare", {"Reynolds", None}),
    ("\"We are a quiet small town,\" said Dennis Gaskin, a retiree who worked at the "
     "plant here. \"Hindus are more noticeable here. You almost never see a Muslim.\" "
     "Perhaps, he said, this \"small town has gotten too big too fast.\"\n",
     "small town", {"Dennis Gaskin", None}),
    ("\"We are a quiet small town,\" said Dennis Gaskin, a retiree who worked at the "
     "plant here. \"Hindus are more noticeable here. You almost never see a Muslim.\" "
     "Perhaps, he said, this \"small town has gotten too big too fast.\"\n",
     "Hindus are", {"Dennis Gaskin", None}),
    # A pronoun set off after a capitalised opener speaks ("Compaq, she predicted, would
    # come to them": Fiorina, not Compaq); after "and" the name before the quote still
    # speaks (PolNeAR: "Durbin said he \"hand-delivered a letter…,\" and he said…").
    ("Carly Fiorina wanted the upper hand. \"We will not make the first move,\" she said. "
     "Compaq, she predicted, \"would come to us.\"\n", "would come", {"Carly Fiorina", None}),
    ("Richard Durbin said on Thursday he \"hand-delivered a letter to the attorney general,\" "
     "and he said he hoped for an inquiry.\n", "hand-delivered", {"Richard Durbin"}),
    # A capitalised function word is no one's name (PolNeAR: "Some", "So", "This", "Many"
    # and "You" were speakers).
    ("Supporters cheered in the ballroom as the results came in. Some chanted “USA! USA!” "
     "until midnight.\n", "USA", {None}),
    ("The aides were \"dragging their feet.\" This prompted the tabloid to print \"Don't "
     "be a Bum, Hil!\"\n", "Don't be", {None}),
    # A title the vocabulary does not know, before a full name the index knows, is still
    # that person's (PolNeAR: "FBI General Counsel James A. Baker wrote" went to the
    # person the article names most).
    ("Hillary Clinton's emails were reviewed. Clinton said little. The counsel to the "
     "bureau wrote again.\n\n\"The FBI will be providing this information to your "
     "Department,\" FBI General Counsel James A. Baker wrote in a letter.\n",
     "The FBI will", {"James A. Baker"}),
    # A woven quotation in a sentence where someone unnamed speaks is not the words of
    # whom the article is most about (the unseen earthquake story gave a rescuer's words
    # to the one man it named; PolNeAR, a town's statement to Trump)...
    ("“I have never felt anything like it in the 40 years I've lived,” said Erdem, a "
     "resident of Gaziantep.\n\n“We were shaken at least three times very strongly.”\n\n"
     "The rescuer on the clip, which showed a rubble-strewn street, said homes were "
     "“totally destroyed”.\n", "totally destroyed", {None}),
    # ... nor is a quotation whose comma someone unnamed follows ("“…,” one survivor could
    # be heard calling out": the earthquake story gave it to the president).
    ("President Recep Tayyip Erdogan said the state would spare no effort.\n\n“I don’t "
     "have the strength anymore,” one survivor could be heard calling out from beneath the "
     "rubble.\n", "I don’t have", {None}),
    # ... nor are a title, a name or a hashtag in quotation marks (the unseen stories
    # gave "The Two Popes" to Benedict, "Mother of the Church" to the Vatican,
    # "#GoodbyeTwitter" to Musk; PolNeAR "Access Hollywood" to Billy Bush).
    ("Pope Benedict XVI died on Saturday.\n\nHis views got an airing in the 2019 film "
     "“The Two Popes,” which imagined a meeting with his successor.\n", "The Two Popes",
     {None}),
    ("Elon Musk renamed Twitter on Monday.\n\n“#GoodbyeTwitter” began trending, with many "
     "users expressing their sadness.\n", "#GoodbyeTwitter", {None}),
    # ... but a pronoun speaking is someone named.
    ("Donald Trump defended the program on Monday.\n\nThe program was a \"good thing\" "
     "that yielded \"frankly good information,\" he remarked.\n", "good thing",
     {"Donald Trump", None}),
    # Dotted initials do not end the attributing words ("the U.S. Coast Guard said",
    # "Rep. G.K. Butterfield said": the unseen Titan story gave the first to the admiral
    # the article names most, PolNeAR the second to Trump).
    ("Rear Admiral John Mauger led the search.\n\nAll five passengers have died following "
     "a “catastrophic implosion of the vessel,” the U.S. Coast Guard said Thursday.\n",
     "catastrophic implosion", {"U.S. Coast Guard"}),
    ("Donald Trump spoke in Ohio on Monday.\n\n“This is an insult to every voter,” Rep. "
     "G.K. Butterfield said.\n", "This is an insult", {"G.K. Butterfield"}),
    # A body or a place before a role and a full name is not the speaker: the person is
    # (PolNeAR: "said Democratic strategist Simon Rosenberg" gave "Democratic", "said
    # Rubio spokesman Alex Conant" gave Marco Rubio).
    ("Marco Rubio spoke in Iowa.\n\n“We are confident,” said Rubio spokesman Alex "
     "Conant.\n", "We are confident", {"Alex Conant"}),
    ("Bernie Sanders spoke in Ohio.\n\n“The race is over,” said Democratic strategist "
     "Simon Rosenberg.\n", "The race is over", {"Simon Rosenberg"}),
    ("Donald Trump spoke in Iowa.\n\n“I don't know where he stands,” said undecided "
     "Republican voter Stephanie Hooton of Derry.\n", "I don't know", {"Stephanie Hooton"}),
    # A full name after its owner's is a name, not a description with "the" ("The Post's
    # Chris Cillizza writes:" had gone to the candidate named before it).
    ("John Kasich hopes to win Ohio.\n\nThe Post’s Chris Cillizza writes: “Should Kasich "
     "win Ohio, no candidate will come close to the required number of delegates.”\n",
     "Should Kasich", {"Chris Cillizza"}),
    # ... while a title after the organisation starts a person.
    ("Bank of England Governor Andrew Bailey said on Thursday that \"inflation will fall "
     "sharply this year\".\n", "inflation will fall", {"Andrew Bailey"}),
    # A full stop after the closing mark ends the quote's sentence (British style): the
    # sentence after it attributes the next quote ("Ahead" had become a speaker, then
    # the "She" of every later quote).
    (STURGEON_BRUTALITY, "It takes its toll", {"Nicola Sturgeon", None}),
    (STURGEON_BRUTALITY, "The longer any leader", {"Nicola Sturgeon"}),
    # Someone serving the one named speaks, not them: "a source close to the SNP leader",
    # "a spokesman for the president", "an aide to the prime minister".
    ("Nicola Sturgeon announced her resignation. Ahead of her speech, a source close to the "
     "SNP leader told the BBC she had “had enough of it all by now”.\n", "had enough",
     {None}),
    ("Biden shrugs off report\n\nPresident Joe Biden spoke on Monday. A spokesman for the "
     "president said “we are not worried about it at all.”\n", "we are not worried", {None}),
    ("Sunak meets the King\n\nPrime Minister Rishi Sunak met the King. An aide to the "
     "prime minister said “the meeting went very well indeed.”\n", "the meeting went", {None}),
    # ... also with words describing the one served between ("for porn star Daniels").
    ("Trump indicted\n\nDonald Trump was indicted on Thursday. The lawyer for porn star "
     "Stormy Daniels also said that the indictment shows that \"no one is above the law.\"\n",
     "no one is above", {None}),
    ("Trump indicted\n\nDonald Trump was indicted on Thursday. A spokesman for former "
     "president Trump said \"this is a witch hunt by the radical left.\"\n", "this is a witch",
     {None}),
    # ... but a dash between them is no description: "-- Trump told supporters" is Trump.
    ("Trump wins\n\nDonald Trump won. In an unusually formal speech -- complete with "
     "teleprompter -- Trump told supporters Tuesday night that \"we close one chapter in "
     "history and we begin another.\"\n", "we close one", {"Donald Trump"}),
    # "X issued a statement saying…": the statement's author speaks, not the article's
    # main person (the office had been passed over for Trump, "inferred").
    ("Trump indicted\n\nDonald Trump was indicted on Thursday. The Manhattan District "
     "Attorney's Office immediately issued a statement saying it is negotiating with his "
     "lawyers \"to coordinate his surrender.\"\n", "to coordinate",
     {"Manhattan District Attorney's Office", None}),
    # An age before a name describes it (AFP on Berlusconi's death: the mourner's words
    # had gone to Berlusconi).
    ("Berlusconi dies at 86\n\nSilvio Berlusconi died on Monday in Milan, aged 86.\n\n"
     "Meanwhile, \"He will always be with us,\" said 75-year-old Carla Ballarini as fans "
     "gathered outside the hospital.\n", "He will always", {"Carla Ballarini"}),
    # A title of the other gender is not the person the article is most about (an unseen
    # story of the Queen's death gave the King's statement to Elizabeth II).
    ("The Queen: His Majesty The King makes a statement\n\nBuckingham Palace announced "
     "earlier this evening that Her Majesty Queen Elizabeth II passed away this afternoon, "
     "surrounded by her family at Balmoral.\n\nFollowing this news, His Majesty The King "
     "said: “The death of my beloved mother, Her Majesty The Queen, is a moment of the "
     "greatest sadness for me and all members of my family.\n\nHer Majesty Queen Elizabeth "
     "II and His Majesty King Charles III.\n",
     "The death of my beloved", {"Charles III", "King Charles III", None}),
    # "The royal family also shared…, writing, “…”": the family writes, not the King who
    # spoke in the paragraph before (an adjective before the body no longer hides it).
    ("Charles pays tribute to the Queen\n\nPrince Charles wrote a heartfelt tribute to his "
     "mother.\n\nHe continued, “During this period of mourning, my family and I will be "
     "comforted.”\n\nThe royal family also shared a beautiful black-and-white photo of The "
     "Queen today, writing, “The Queen died peacefully at Balmoral this afternoon.”\n",
     "The Queen died", {None}),
    # "A spokesman" opening a sentence is someone new, not a title of whom the article is
    # most about (PolNeAR: "A spokeswoman for the House Armed Services Committee emailed
    # reporters…, arguing, “…”" had gone to Barack Obama).
    ("Biden shrugs off report\n\nJoe Biden spoke on Monday. A spokesman said “we are not "
     "worried about it at all.”\n",
     "we are not worried", {None}),
    ("Barack Obama sent his plan to Congress.\n\nA spokeswoman for the House Armed Services "
     "Committee emailed reporters the text of the law, arguing, “As you can see, the text of "
     "the law they cite does not say that.”\n", "As you can see", {None}),
    # A round-up line: a title, a name and a colon speak the quote after it, with no verb
    # (BGNES on Iran's attack on Israel: it had gone to the minister quoted before).
    ("Iran launched drones at Israel.\n\nFrench Foreign Minister Stephane Sejourne said "
     "France \"condemns in the strongest terms the attack\".\n\nGerman Ambassador to Israel "
     "Steffen Seibert: \"Germany's solidarity tonight is with all Israelis.\"\n",
     "Germany's solidarity", {"Steffen Seibert"}),
    # A preposition capitalised to open the sentence is no one, its "cue" a noun (BOL News
    # on Sri Lanka: "Amid" had been the speaker).
    ("Protesters filled Colombo's streets.\n\nAmid shouts of “Victory to the struggle,” the "
     "rallying cry of the protest movement, speakers screamed against the government.\n",
     "Victory to the struggle", {None}),
    # A name set off after someone's relative, inside a phrase the commas set off, is not
    # the subject (The Irish Times: Johnson's words had gone to "Carrie").
    ("Boris Johnson resigned on Thursday.\n\nMr Johnson, joined by his wife, Carrie, and a "
     "number of Tory supporters, said he was “sad to be giving up the best job in the "
     "world”.\n", "sad to be giving up", {"Boris Johnson"}),
    # Korean (and Chinese, Hungarian) names put the family name first: "Yoon said" after
    # "President Yoon Suk Yeol" is him (The Express Tribune; Xinhua writes "Yoon Suk-yeol").
    ("President Yoon Suk Yeol declared martial law on Tuesday night.\n\n\"We will accept the "
     "National Assembly's request,\" Yoon said in a televised address.\n",
     "We will accept", {"Yoon Suk Yeol"}),
    ("Finance Minister Lou Jiwei spoke in Beijing.\n\n\"At that time, the whole world "
     "applauded,\" Mr. Lou told a news briefing.\n", "At that time", {"Lou Jiwei"}),
    # A people after a nation ("Palestinian Christians said") is no title of whom the
    # article is most about (The New Arab on Pope Francis: their words had gone to him).
    ("Palestinian Christians mourn Pope Francis\n\nPalestinian Christians in Gaza said they "
     "were \"heartbroken\" on Monday as they mourned the death of Pope Francis. Pope Francis "
     "had called them every night. Francis died on Monday.\n",
     "heartbroken", {"Christians", "Palestinian Christians", None}),
    # A participle right after a quote goes on from the clause before it; what follows it
    # is what it says, not who ("…saying the pontiff would be remembered…", DW on Pope
    # Francis: Merz's words had gone to "the pontiff").
    ("Pope Francis: World leaders pay their respects\n\nWorld leaders remembered Pope "
     "Francis, the first Latin American pontiff. Francis died on Monday. Francis was 88.\n\n"
     "The likely incoming German chancellor, Friedrich "
     "Merz, expressed \"great sorrow,\" saying the pontiff would be remembered for his "
     "commitment to \"the most vulnerable, for justice and for reconciliation.\"\n",
     "great sorrow", {"Friedrich Merz", None}),
    # The paragraph before a bare quote has its subject speaking, the verb of saying
    # later in the sentence ("… lauded his team … but said …"; The Age on the Euro 2024
    # final: Kane's words had been guessed as the man of the match's).
    ("Substitute Mikel Oyarzabal scored four minutes from time to give Spain victory.\n"
     "“I have done my job,” Oyarzabal said after the match.\nEngland captain Harry Kane "
     "lauded his team for fighting back to level the match but said they could not keep the "
     "momentum going.\n“Losing in a final is as tough as it gets.”\n",
     "Losing in a final", {"Harry Kane", None}),
    # A coordinator is an office, not part of the name (The Sydney Morning Herald on the
    # CrowdStrike outage: "National Cyber Security Coordinator Michelle McGuinness" had
    # been the speaker's name).
    ("Banks and airlines were hit by the outage.\n\nNational Cyber Security Coordinator "
     "Michelle McGuinness said there was no evidence of a hack. “I am aware of a large-scale "
     "technical outage,” McGuinness said in a statement on X.\n",
     "I am aware", {"Michelle McGuinness"}),
    # A line of page furniture is no attributing words ("Read More:" read as "Read" the
    # cue, "More" the speaker; The Herald on the CrowdStrike outage).
    ("CrowdStrike's chief executive George Kurtz apologised.\n\nHe wrote on X: “The issue "
     "has been identified, isolated and a fix has been deployed.”\n\nRead More:\n\n“We "
     "refer customers to the support portal for the latest updates.”\n",
     "We refer customers", {"George Kurtz", None}),
    # A participle of a verb of saying sets the quote off after its clause, whose subject
    # speaks (The Express Tribune on the Paris ceremony: the bishops' words had gone to
    # Trump, inferred; Politico in PolNeAR: Toomey's to Cruz).
    ("Trump calls Paris Olympics opening ceremony a disgrace\n\nDonald Trump called the "
     "Paris ceremony a disgrace. “I thought it was a disgrace,” Trump said. Trump spoke on "
     "Monday.\n\nThe French Catholic Church’s "
     "conference of bishops quickly condemned the performance, stating, “This ceremony has "
     "unfortunately included scenes of derision and mockery of Christianity.”\n\nTrump "
     "further criticized the performance.\n", "This ceremony has",
     {"French Catholic Church’s conference", None}),
    ("Ted Cruz offered to campaign for Senate candidates.\n\nBut Sen. Pat Toomey (R-Pa.) "
     "refused to entertain the possibility of campaigning alongside Cruz, responding that "
     "he’s “not going to go into what my campaign is doing.”\n", "not going to go",
     {"Pat Toomey"}),
    # A lawmaker's party and state (AP style) is no one; a phrase set off after it still
    # describes the name before it (Yahoo on Trump's verdict: "R-Ky." and "R-S.C." spoke).
    ("Republicans condemned the verdict.\n\nSenate Minority Leader Mitch McConnell, R-Ky., "
     "who has long had a strained relationship with the former president, said late "
     "Thursday: \"These charges never should have been brought in the first place.\"\n",
     "These charges", {"Mitch McConnell"}),
    ("Republicans condemned the verdict.\n\nSen. Lindsey Graham, R-S.C., the top Republican "
     "on the Senate Judiciary Committee, said the verdict \"says more about the system than "
     "the allegations.\"\n", "says more", {"Lindsey Graham"}),
    # Appositives set off after a name, each opened by an article or "who", describe that
    # name, whatever names they hold themselves (Daily Express, Sri Lanka, on Trump's
    # verdict: "Reform UK" wrote; The New York Times in PolNeAR: "Senate Banking Committee"
    # said).
    ("Trump was convicted.\n\n“This verdict is a disgrace,” Nigel Farage, the pro-Brexit "
     "campaigner and Trump supporter, who is honorary president of Reform UK, a small "
     "right-wing party in Britain, wrote on social media. “Trump will now win big.”\n",
     "Trump will now", {"Nigel Farage"}),
    ("Lael Brainard gave to the Clinton campaign.\n\nSenator Richard Shelby, the Alabama "
     "Republican who heads the Senate Banking Committee, which oversees the Fed, said the "
     "donations \"call into question the political independence\" of the central bank.\n",
     "call into question", {"Richard Shelby"}),
    # ... but a sentence adverb before them is no one (Prensa Latina on Derna's floods).
    ("Floods hit Derna.\n\nHowever, the spokesman of the Ambulance and Emergency Service, "
     "Osama Ali, stated that his service will refrain from giving new figures until they are "
     "“accurate and official”.\n", "accurate and official", {"Osama Ali", None}),
    # A family name first is the person's whose office the article gives in lower case,
    # before the name or in an appositive after it (The Guardian on Itaewon: "Han" spoke;
    # The Washington Post in PolNeAR: "Ban", for Ban Ki-moon, 14 times).
    ("Seoul mourned the victims.\n\nSouth Korean prime minister Han Duck-soo promised an "
     "investigation into the disaster.\n\n“Identification has been completed for all "
     "except one,” Han said.\n", "Identification", {"Han Duck-soo"}),
    ("For outgoing U.N. chief, climate deal was a top goal.\n\nBan Ki-moon, the "
     "globe-trotting secretary general of the United Nations, sat in Washington this week."
     "\n\n\"That was one of the most difficult moments,\" Ban recalled.\n",
     "That was one", {"Ban Ki-moon"}),
    # A carrier is a body, not a person a pronoun means (The Independent on the Alaska
    # Airlines door plug: Calhoun's words had gone to the airline; The Star, Malaysia, on
    # Jeju Air's crash: a flight attendant's to "Jeju Air").
    ("Boeing CEO calls Alaska Airlines plane door blowout a ‘quality escape’\n\n"
     "Boeing boss admits mistake over Alaska Airlines plane door blow-out\n\n"
     "Days after part of an Alaska Airlines plane blew off mid-flight, Boeing CEO Dave "
     "Calhoun blamed the incident on what he called a “quality escape.”\n\nAlaska Airlines "
     "grounded its fleet.\n", "quality escape.", {"Dave Calhoun"}),
    # Ireland's offices are titles, not part of the name (The Echo, Cork, on Valencia's
    # floods: "Tánaiste Micheál Martin" had been the speaker's name).
    ("Floods hit Valencia.\n\nTánaiste Micheál Martin said this week that the floods were "
     "“illustrative of the worsening climate situation”.\n", "illustrative",
     {"Micheál Martin"}),
    # A word given as a new person's name is theirs, not the namesake's the article
    # named before (People's Daily on Itaewon: the president had said a citizen's words;
    # The Western Journal in PolNeAR: "a resident named Caroline", then "she said").
    ("President Yoon Suk Yeol declared a period of mourning.\n\n\"I came out to pray "
     "for the victims,\" a 29-year-old citizen surnamed Yoon told Yonhap News Agency. \"I "
     "hope people can find hope in the midst of despair.\"\n", "I hope people",
     {"Yoon"}),
    ("Trump spoke in Salem.\n\nThe woman who started it all identified herself to CNN as a "
     "52-year-old Salem, N.H., resident named Caroline.\n\n“He truly cares about the "
     "American people,” she said of Trump.\n", "He truly cares", {"Caroline"}),
    # A capital "The" right after the verb of saying opens a newspaper's name, not a
    # description of someone just named (The Week's press round-up on Trudeau: "His
    # resignation …, said The Guardian" had gone to Trudeau).
    ("Trudeau resigned on Monday.\n\nTrudeau, 53, \"is the latest leader to be swept "
     "away\", said The New York Times. His resignation \"throws open the doors to a fierce "
     "political battle\", said The Guardian.\n", "throws open", {"Guardian"}),
    # A participle's subject is the clause's, after the phrase setting the scene, not
    # the nearest name (Asharq Al-Awsat on Mexico's election) ...
    ("Claudia Sheinbaum will be Mexico's first woman president.\n\nIn her victory speech on Sunday "
     "night, Sheinbaum, a physicist, thanked Lopez Obrador, calling him \"an exceptional, "
     "unique man who has transformed Mexico for the better.\"\n", "an exceptional",
     {"Claudia Sheinbaum"}),
    # ... and that phrase ends at the comma a capitalised word follows (The Washington
    # Post in PolNeAR).
    ("Marcel Lehel Lazar was extradited.\n\nIn a wide-ranging, in-prison interview with "
     "journalist Matei Rosca last year, Lazar said he welcomed extradition to the United "
     "States and added, \"I'll plead guilty, no problem.\"\n", "I'll plead",
     {"Marcel Lehel Lazar", "Lazar"}),
    # An appositive opened by a role and "of" describes the name before it, the place's
    # country after its town included (Ynetnews on Mexico's election: the Chabad House
    # had told Ynet; The Huffington Post in PolNeAR).
    ("Sheinbaum won.\n\n\"As people who live here in Mexico, we examine the conduct,\" "
     "Rabbi Dudi Caplin, head of the Chabad House in Cozumel, Mexico, told Ynet on Tuesday. "
     "\"As a descendant of Holocaust survivors, I expect a clear side.\"\n",
     "As a descendant", {"Dudi Caplin"}),
    # A pronoun's nearest name is not who speaks when the quoted words name that person
    # in full: they are about them (UPI on Germany's coalition: Lindner's statement had
    # gone to Olaf Scholz; in PolNeAR, a Colorado congressman's words to Trump).
    ("Chancellor Olaf Scholz fired his finance minister.\n\nLindner responded in a "
     "statement saying that the FDP presented economic proposals that Scholz would not "
     "discuss.\n\n\"Olaf Scholz has long failed to recognize the need for a new economic "
     "start for our country.\" he said.\n", "Olaf Scholz has long",
     {None, "Lindner", "Christian Lindner"}),
    # An office in capitals opening the clause is its holder's, whoever the clause names
    # after it (The Irish Post on Trudeau's resignation: the Tánaiste's tribute had gone
    # to Trudeau, six quotes).
    ("TÁNAISTE Micheál Martin has paid tribute to Canadian Prime Minister Justin Trudeau."
     "\n\nLast night Mr Trudeau confirmed he intends to step down.\n\nThe Tánaiste has "
     "since paid tribute to Mr Trudeau, saying he \"made a significant contribution to the "
     "global stage\".\n", "made a significant", {"Micheál Martin"}),
    # Words saying when, between the subject and its verb, are no part of the name
    # (PerthNow on Nasrallah's death: "Benjamin Netanyahu last night" spoke; the Daily
    # Express, Sri Lanka: "Putin last year").
    ("Hezbollah confirmed the death.\n\nBenjamin Netanyahu last night said killing "
     "Hezbollah's terror chief was a \u2018historic turning point\u2019 for Israel.\n",
     "historic turning point", {"Benjamin Netanyahu"}),
    # A pronoun refers back to the last sentence's subject before its objects (Manila
    # Standard on Yoon's impeachment: the opposition leader's words had gone to Yoon; over
    # all quotes 97 change, about 80 of them now right by my reading).
    (
     'In Seoul, meanwhile, South Korea’s opposition leader urged a top court to '
     'swiftly formalize the impeachment of President Yoon and ease the “suffering of '
     'the people” after his short-lived martial law decree.\nLawmakers voted on '
     'Saturday to remove Yoon from office over his “insurrectionary” suspension of '
     'civilian rule, which plunged South Korea into some of its worst political '
     'turmoil in years.\nYoon has been suspended while South Korea’s Constitutional '
     'Court deliberates, with Prime Minister Han Duck-soo serving as interim '
     'leader.\nThe court has 180 days to rule on Yoon’s future.\nBut opposition leader '
     'Lee Jae-myung on Sunday urged the judges to “swiftly” remove Yoon from '
     'office.\n“This is the only way to minimise national turmoil and alleviate the '
     'suffering of the people,” he said.\n',
     "This is the only way", {"Lee Jae-myung"}),
    # ... and when that subject is a pronoun, to what it refers to (USA Today in PolNeAR:
    # "Dirty Dancing" had spoken).
    ("Christyn Gionfriddo, a Neptune, N.J., native and 2009 Centenary College graduate, "
     "is saddled with about $92,000 in student loan debt. At 29 years old, she still lives "
     "in her childhood bedroom, walls plastered with the same Dirty Dancing, 98 Degrees and "
     "Justin Timberlake posters from her tween years.\n\n\"Who wants to live at home at "
     "29?\" she said.\n", "Who wants", {"Christyn Gionfriddo"}),
    # A photographer's credit under a picture names no one the article names (Manila
    # Bulletin on the Bangkok collapse: a woman's words had gone to the AP photographer).
    ("BANGKOK (AP) - When the earthquake hit, Naruemon Thonglek didn't know it had "
     "collapsed a building.\n\nNaruemon Thonglek, top right, waits for news of her partner "
     "in Bangkok, Thailand, Monday, March, 31, 2025. (AP Photo/Manish Swarup)\n\n"
     "Seeing images of the debris on television news later, she recognized the "
     "building.\n\n\u201cMy legs gave up. I lost all strength in my hands,\u201d she "
     "said.\n", "My legs gave up", {"Naruemon Thonglek"}),
    # A word of page furniture glued to a first name is no part of the name (PerthNow on
    # Nasrallah's death: "Camera IconBenjamin Netanyahu" spoke four times).
    ("Camera IconBenjamin Netanyahu last night said killing Hezbollah's terror chief was "
     "a \u2018historic turning point\u2019 for Israel. Credit: The West Australian\n\n"
     "Hassan Nasrallah: Hezbollah chief assassinated, Israeli PM Benjamin Netanyahu says: "
     "We've settled the score\n\nBenjamin Netanyahu last night said killing Hezbollah's "
     "terror chief was a turning point for Israel.\n\nMr Netanyahu, who cut short his "
     "trip to New York, said: \u2018The state of Israel killed the master murderer Hassan "
     "Nasrallah.\u2019\n", "The state of Israel", {"Benjamin Netanyahu"}),
    # Capitals between an article and a noun describe that noun; a fire is no one a
    # pronoun refers to, nor a photo agency after "via" (CBS News on the Eaton Fire:
    # "Altadena", "Eaton Fire" and "Getty Images" spoke ten times).
    *[(CBS_ALTADENA, opening, {None, "Altadena woman"}) for opening in (
        "It's all burned", "My heart is broken", "I'm trying to figure")],
    # A pronoun's subject may follow the phrase that sets the scene and its comma (Al
    # Jazeera on Carney's victory: Trump, only named as an owner, spoke).
    ("Canada's Liberal Party has won elections dominated by US President Donald Trump's "
     "trade war.\n\nPrime Minister Mark Carney led the Liberals to a fourth consecutive "
     "term.\n\nTrump has yet to issue a statement on the Liberal victory, which is "
     "widely viewed to have been driven by his actions.\n\nIn his victory speech, "
     "Carney issued a dire warning, calling on Canadians to unite in the face of "
     "Trump's threats.\n\n\u201cAmerica wants our "
     "land, our resources, our water, our country,\u201d he said.\n", "America wants",
     {"Carney", "Mark Carney", None}),
    # The one prompted to say something says it, not the clause's subject (The Scotsman
    # on the Oval Office row: Zelensky "said" Trump's words twice).
    ("Ukraine's President Volodymyr Zelensky was berated by US President Donald Trump in "
     "the Oval Office on Friday.\nMr Zelensky tried to "
     "object, prompting Mr Trump to raise his voice and say: \"You're gambling with the "
     "lives of millions of people.\"\n", "You're gambling", {"Donald Trump", None}),
    # A name set off after its role ("The head of the European Commission, Ursula von
    # der Leyen,") is someone's, who speaks in the clause it opens (UNN on Merz's
    # election: Merz called himself a "tested friend").
    ("Friedrich Merz was elected German chancellor. The head of the European Commission, "
     "Ursula von der Leyen, also congratulated the new Chancellor and called Merz a "
     "\"tested friend and expert on Europe\".\n", "tested friend",
     {"Ursula von der Leyen", None}),
    # One word of the middle of a name of three or more is that person (The Free Press
    # Journal on the Air India crash; "Lula", "Ms. Acosta" for Melba Acosta Febo).
    ("The only passenger to survive the crash, 40-year-old Vishwash Kumar Ramesh, is "
     "recovering in hospital.\n\nKumar recalled the terrifying moments following impact. "
     "\u201cIn front of my eyes two airhostess\u2026\u201d he trailed off.\n",
     "In front of my eyes", {"Vishwash Kumar Ramesh"}),
    # An honorific is no part of the name (UPI on the Pahalgam attack: "Shri Narendra
    # Modi" spoke; allAfrica's "Alhaji Atiku Abubakar").
    ("Indian Prime Minister Shri Narendra Modi said the gunmen will face justice.\n\n"
     "\"Those behind this heinous act will be brought to justice,\" Modi said Tuesday.\n",
     "Those behind", {"Narendra Modi"}),
    # "Minister for Defence" is an office, and its object no part of the name (The News
    # International on the Air India crash: no one spoke; the Standard's "Indo-Pacific
    # Catherine West").
    ("Expressing his grief over the tragic incident, Pakistan\u2019s Federal Minister for "
     "Defence Khwaja Asif said: \u201cWe are deeply saddened by the tragic crash.\u201d\n",
     "We are deeply", {"Khwaja Asif"}),
    # A caption ending in its credit ("… in Ahmedabad. AP") shows someone; no pronoun
    # below refers to them (Gulf Today on the Air India crash: Amit Shah spoke).
    ("Prime Minister Narendra Modi on Friday met Vishwash Kumar Ramesh, the sole survivor "
     "of the crash.\nRamesh recounted the harrowing moments to Prime Minister Modi during "
     "their meeting.\nHome Affairs Minister Amit Shah meets with Vishwash Kumar Ramesh at a "
     "hospital in Ahmedabad. AP\nDescribing the terrifying seconds before the crash, he "
     "said, \"After take-off, the aircraft seemed to stall briefly.\"\n", "After take-off",
     {"Vishwash Kumar Ramesh", None}),
    # A participle goes on from the subordinate clause right before it, whose subject
    # speaks (Rediff on the Oval Office row: Zelenskyy accused himself).
    ("On Friday, an extraordinary meeting in the Oval Office took a dramatic turn as "
     "President Donald Trump raised his voice at Ukrainian President Volodymyr Zelenskyy, "
     "accusing him of \"gambling with millions of lives\" and warning of World War III.\n",
     "gambling with", {"Donald Trump", None}),
    # A label line above a reaction names in full whom the words after it name in part
    # (Al Jazeera on Carney's victory: "von der Leyen said", no one known by that name).
    ("Here are some reactions to the results:\n\nEuropean Commission President Ursula "
     "von der Leyen\n\n\u201cThe bond between Europe and Canada is strong,\u201d von der "
     "Leyen said.\n", "The bond between", {"Ursula von der Leyen"}),
    # A name right after a verb in the past is its object: the words before the verb are
    # no role of it (The Washington Post: "Christie accused Cruz…" made Cruz "the New
    # Jersey governor"; The Telegraph: "The Chancellor sacked Christian Lindner").
    ("The Chancellor sacked Christian Lindner after days of crisis talks.\n\nIn a statement "
     "to the press on Wednesday evening, the chancellor accused his finance minister of "
     "\u201cbreaking his trust\u201d.\n\nMr Lindner, head of the pro-business Free "
     "Democrats, had been pushing for corporate tax relief.\n", "breaking his trust",
     {"Olaf Scholz", None}),
    # Words after a quote opening with a place and a role in lower case, then a name,
    # give the quote to that name (Eastern Eye on Albanese's win: "Some analysts" spoke).
    ("Anthony Albanese won a second term.\n\nSome analysts said Albanese's leadership style "
     "appealed to voters during a time of instability. \u201cIn times of instability, we "
     "expect people to go back to a kind of steady incumbent,\u201d Sydney politics "
     "lecturer Henry Maher told AFP.\n", "In times of instability", {"Henry Maher"}),
    # "the French Crown Jewels" and "the museum's Apollo Gallery" are things, no one a
    # pronoun refers to (Anews on the Louvre heist: the Crown Jewels spoke).
    ("Four hooded thieves broke into the museum\u2019s Apollo Gallery, home to the French "
     "Crown Jewels, during opening hours.\n\nParis prosecutor Laure Beccuau told reporters "
     "that the two detained men were suspected. \u201cBoth have partially admitted their "
     "involvement to investigators,\u201d she said.\n\nBeccuau confirmed that one of the "
     "suspects, a 34-year-old Algerian man, was arrested as he prepared to travel.\n",
     "Both have partially", {"Laure Beccuau", None}),
    # A number in words opening a sentence is no first name ("Six Trump supporters ran…"
    # made "Six Trump" speak in The Washington Post; Cebu Daily News's "Thirty-three
    # Israeli hostages").
    ("In Wyoming, Trump's local operation was clearly outmatched. Six Trump supporters ran "
     "for delegate slots.\n\n\"Look at what happened in Wyoming,\" Trump told supporters "
     "in Syracuse.\n", "Look at what happened", {"Trump", "Donald Trump"}),
    # "President-elect" is a title, no part of the name (Firstpost on the Gaza ceasefire).
    ("President-elect Donald Trump welcomed a hostage release and ceasefire deal between "
     "Israel and Hamas.\nIn a post on his social media platform Truth Social, Trump said, "
     "\u201cWe have a deal for the hostages in the Middle East.\u201d\n", "We have a deal",
     {"Donald Trump"}),
    # "Treasurer" is a title (Taipei Times on Albanese's win: "Australian Treasurer Jim
    # Chalmers" spoke; Politico's "…Secretary-Treasurer Gary Casteel").
    ("Labor won a second term.\n\u201cIt\u2019s still sinking in,\u201d Australian "
     "Treasurer Jim Chalmers said.\n", "It\u2019s still sinking", {"Jim Chalmers"}),
    # "University of Sydney" opens a body's name, no person's (Taipei Times on
    # Albanese's win: "University" spoke).
    ("Labor won a second term.\n\u201cIn times of instability, we expect people to go back "
     "to a kind of steady incumbent,\u201d University of Sydney politics lecturer Henry "
     "Maher said.\n", "In times of instability", {"Henry Maher", None}),
    # The same description set off after a quote names whom its title says ("the
    # independent Vermont senator", Politico: "Vermont" spoke).
    ("Bernie Sanders, the independent Vermont senator, spoke on Wednesday. Sanders also "
     "called upon the U.S. to press China.\n\n\"China is equally concerned,\" the "
     "independent Vermont senator and Democratic presidential candidate said.\n",
     "China is equally", {"Bernie Sanders", None}),
    # A participle goes on from the reporting clause right before it ("…, Nefzi said,
    # adding"), not from the sentence's first name (Washington Post: "Mateen" spoke of
    # himself; Politico: Spicer's "They need to sit down" went to Paul Ryan).
    ("Omar Mateen, 29, prayed at the mosque, said Adel Nefzi, who worships there.\n\n"
     "Mateen didn't mingle but left as soon as prayers were finished, Nefzi said, adding, "
     "\"He was not very religious.\"\n", "He was not very", {"Adel Nefzi"}),
    ("Paul Ryan met reporters, said Sean Spicer, the party's spokesman.\n\nRyan and Trump "
     "will meet sometime next week, Spicer said, adding, \"They need to sit down and have "
     "a good talk.\"\n", "They need to sit", {"Sean Spicer"}),
    ("Omar Mateen, 29, prayed at the mosque.\n\nMateen didn't mingle but left as soon as "
     "prayers were finished, said Imam Adel Nefzi, adding, \"He was not very "
     "religious.\"\n", "He was not very", {"Adel Nefzi", "Imam Adel Nefzi"}),
    # Not the one told, a day, nor a passive's subject (Fox, Yahoo, Channels TV).
    ("Newt Gingrich spoke on Fox News.\n\n\u201cI regard Donald as an old friend,\u201d "
     "Gingrich told O\u2019Reilly, noting that he and his wife, Callista, \u201chave "
     "regularly talked with him.\u201d\n", "have regularly", {"Newt Gingrich", None}),
    ("China began drills around Taiwan. The drills are designed to \u201csafeguard national "
     "sovereignty\u201d, the defense ministry said Tuesday, vowing to \u201cresolutely "
     "thwart external interference.\u201d\n", "resolutely thwart", {None}),
    ("Former Russian leader Dmitry Medvedev responded long before the final results were "
     "due to be announced, saying on Telegram: \u201cI congratulate Vladimir Putin on his "
     "splendid victory.\u201d\n", "I congratulate", {"Dmitry Medvedev"}),
    # Words before a quote that end a sentence of their own give way to a name after it
    # (WION on the strike in Doha: the quote went to no one; The Washington Post:
    # "…,” said Cynthia Estlund, a professor of labor law).
    ("Qatar suspended its mediation, the Gulf state announced Tuesday. \u201cThe State of "
     "Qatar strongly condemns the cowardly Israeli attack,\u201d said Majed al-Ansari, "
     "spokesperson of the Qatari Foreign Ministry.\n", "The State of Qatar",
     {"Majed al-Ansari"}),
    # …but not to a pronoun, nor to words introducing the next quote (The New York
    # Times: Ms. Alawee's second quote went to Mr. Zahed).
    ("Breshna Alawee and Abdullah Zahed fled Afghanistan.\n\n''We are refugees,'' Ms. "
     "Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened "
     "today was terrible.''\n", "We are not terrorists", {"Breshna Alawee"}),
    ("Madeleine Kunin backs Clinton.\n\n\"This will be a challenge\" for Clinton, said "
     "Kunin. \"She can never be as far left as Bernie,\" she said.\n", "She can never",
     {"Madeleine Kunin"}),
    # Capitals after a full stop at a line's end inside an open quotation are someone's
    # words, no picture's credit: the line's names stay mentions (Ynet: "…operation. Am
    # Yisrael Chai" made the line a caption, and Nir Barkat no one).
    ("Israel struck Hamas leaders in Doha.\n\u201cThere is justice, and there is a "
     "judge,\u201d Economy Minister Nir Barkat wrote on X. Another minister declared: "
     "\u201cI congratulate the security forces on a precise and deadly operation. Am "
     "Yisrael Chai\n", "There is justice", {"Nir Barkat"}),
    # "Co" (County, Company) names a place or a firm, no one: Irish outlets' "Kells, Co
    # Meath" spoke for Dr Livingstone (The Echo, Cork) and for Karen Catterson Lapierre
    # (The Irish Times).
    ("Meath couple still waiting on news on family in Jamaica\nLouise Walsh\nA Jamaican "
     "couple living in Ireland are waiting anxiously for news of family members.\nIn its "
     "aftermath, Dr Livingstone and Jean Marie Thompson were trying to make contact with "
     "some siblings.\nThe couple have been living in Ireland with their children for the "
     "last 26 years in Kells, Co Meath.\nHe is expecting large areas of the island to be "
     "without electricity for months.\n\"Most of the pictures and images we are seeing are "
     "from the centre of the island,\" he said.\n",
     "Most of the pictures", {"Livingstone", "Dr Livingstone", None}),
    # A name met once, after its cue, is someone a pronoun can refer back to, particle
    # and all (WION: "…” he added" after "said Majed al-Ansari" went to no one).
    ("Qatar suspended its mediation, the Gulf state announced Tuesday. \u201cThe State of "
     "Qatar strongly condemns the cowardly Israeli attack,\u201d said Majed al-Ansari, "
     "spokesperson of the Qatari Foreign Ministry.\n\n\u201cThis criminal assault "
     "constitutes a blatant violation of all international laws,\u201d he added.\n",
     "This criminal assault", {"Majed al-Ansari"}),
    # A description ending in a name no one else bears is whom the outlet gives the
    # quote to, never the person the article is about (El País on Operation Spiderweb:
    # Zelenskiy was inferred).
    ("Volodymyr Zelenskiy hailed the strike. Zelenskiy said it would go down in history."
     "\n\u201cThere are moments in military history that redefine how wars are "
     "interpreted,\u201d the American defense think tank War on the Rocks wrote on social "
     "media Monday.\n", "There are moments", {None}),
    # A verb of saying joined by "and" goes on with the clause's subject into its second
    # woven quote (MercoPress on Bolsonaro's conviction: Bolsonaro was inferred).
    ("Brazil's Supreme Federal Court has sentenced former President Jair Bolsonaro to 27 "
     "years in prison.\n\nBolsonaro was found guilty of five serious crimes.\n\nThe verdict "
     "has drawn strong reactions. Former President Bolsonaro's son, Senator Flávio "
     "Bolsonaro, stated that they would \u201cfight to the end\u201d and not accept the "
     "ruling.\n\nUS Secretary of State Marco Rubio criticized the verdict as a "
     "\u201cwitch hunt\u201d and warned that the United States would \u201crespond "
     "accordingly.\u201d\n", "respond accordingly", {"Marco Rubio"}),

    # A name after "of" or "in" is that word's object, never the subject of a
    # participle after it (Madrid Metropolitan on Rubiales: the team's statement went to
    # Jenni Hermoso; The Washington Post: Durbin's words went to Sanders).
    ("The entire Spain women\u2019s football team, have signed a statement in support of "
     "Jenni Hermoso, condemning the \u2018behaviour that have violated the dignity of "
     "women\u2019, and stating that they will not play any further matches for the "
     "national team \u2018if the current leaders continue\u2019 in their roles.\n",
     "behaviour that", {None}),
    ("The entire Spain women\u2019s football team, have signed a statement in support of "
     "Jenni Hermoso, condemning the \u2018behaviour that have violated the dignity of "
     "women\u2019, and stating that they will not play any further matches for the "
     "national team \u2018if the current leaders continue\u2019 in their roles.\n",
     "if the current", {None}),
    ("Bernie Sanders has not said what he will do with his list of donors. But Sen. "
     "Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, \"Let me "
     "tell you, he's got a heck of an email list.\"\n", "Let me tell",
     {"Richard J. Durbin", None}),
    # A phrase whose head is a body's word names the body, never a person the article
    # gave that word to (Irish News Today on Jimmy Carter's death: "The Carter Center"
    # was Jimmy Carter; The Week: "said The Independent" was Trudeau).
    ("Former US President Jimmy Carter has died at the age of 100.\nThe Carter Center "
     "confirmed that Mr Carter passed away this afternoon in Plains, Georgia.\nMr Carter "
     "died \u201cpeacefully\u201d at his home in Plains, \u201csurrounded by his family,"
     "\u201d The Carter Center said in a statement.\n", "surrounded by",
     {"Carter Center", None}),
    ("What happened Justin Trudeau said yesterday that he would step down.\nWho said what "
     "\"It's time for a reset,\" Trudeau told reporters outside his residence in Ottawa. "
     "The PM vowed that he would stay on in his post and as Liberal Party leader until "
     "his replacement had been chosen.\nWith an approval rating of just 30%, Trudeau "
     "\"has gone from the darling of the global liberal pack to a political pariah\", said "
     "The Independent.\nTrudeau, 53, \"is the latest leader in the West to be swept aside\", "
     "said The New York Times.\n", "has gone from", {"Independent", None}),
    # A role without "former" is not the former holder's while the one in office is
    # named (Premium Times on Jimmy Carter's death: Biden's words went to Carter).
    ("President Joe Biden says former US President Jimmy Carter was an extraordinary "
     "statesman and humanitarian throughout his lifetime.\n\nDuring a televised address "
     "on Sunday night from his family holiday in the US Virgin Islands, the US President "
     "stated that Mr Carter embodied \u201cthe most fundamental human values we can never "
     "let slip away.\u201d\n", "the most fundamental", {"Joe Biden", None}),
    ("Karen Catterson Lapierre, originally from Ballybofey, Co Donegal, said she was "
     "\u201clucky\u201d to wake up on Thursday morning.\n", "lucky",
     {"Karen Catterson Lapierre", None}),
    # A participle set off after a quote, mid-sentence, is not said by the object of
    # "of" that the words after the quote open with, past an age (CBC on the Mahsa Amini
    # protests: her death's "sad incident" was hers, and so "he told the students").
    ("Iran's supreme leader, Ayatollah Ali Khamenei, responded publicly on Monday.\n\n"
     "Speaking to police students in Tehran, Khamenei said he was \"heartbroken\" by the "
     "death of 22-year-old Mahsa Amini in police custody, calling it a \"sad incident.\" "
     "However, he sharply condemned the protests as a foreign plot.\n\n\"This rioting "
     "was planned,\" he told the students.\n", "sad incident", {"Ayatollah Ali Khamenei", None}),
    ("Iran's supreme leader, Ayatollah Ali Khamenei, responded publicly on Monday.\n\n"
     "Speaking to police students in Tehran, Khamenei said he was \"heartbroken\" by the "
     "death of 22-year-old Mahsa Amini in police custody, calling it a \"sad incident.\" "
     "However, he sharply condemned the protests as a foreign plot.\n\n\"This rioting "
     "was planned,\" he told the students.\n", "This rioting", {"Ayatollah Ali Khamenei", None}),
    # ... but a possessive after "In" sets the clause's scene by its subject (PolNeAR).
    ("Donald Trump is not changing course.\n\nIn Trump's mind, his willingness to be "
     "politically incorrect - whether it's raising questions about the heritage of a "
     "federal judge overseeing a case involving Trump University, attacking 2012 "
     "Republican presidential nominee Mitt Romney as having \"choked like a dog,\" or "
     "referring to Sen. Elizabeth Warren as \"Pocahontas\" - is an appealing strategy.\n",
     "choked like", {"Donald Trump"}),
    # A count of people speaks as several, none of them the one named (PolNeAR's polls:
    # "22 percent say" was Trump, "63 percent said Clinton was" was Clinton).
    ("Donald Trump held another rally on Friday.\n\nForty percent of Americans say Trump "
     "is \"very responsible\" for violence at his rallies, 39 percent blame his "
     "supporters and 22 percent say he is \"not at all responsible.\"\n",
     "not at all", {None}),
    # An office in lower case, as Irish and British outlets write it, still opens the
    # sentence of the name after it (the Carlow Nationalist on a crash: the Tánaiste's
    # woven words were left blank).
    (_CARLOW, "to all of those", {"Simon Harris"}),
    (_CARLOW, "very tragic", {"Simon Harris"}),
    # A title or a name in quotation marks is nobody's words, not even the words of the
    # sentence's subject (Breitbart on Christie; Swarajya on Sheikh Hasina)...
    ("Chris Christie said he would stay in the race.\n“We are going to keep fighting,” "
     "Christie said.\n\nChristie was joined Monday at a town hall meeting in Hudson by "
     "Buddy Valastro, star of the TLC reality show “Cake Boss.”\n\nValastro praised the "
     "governor.\n", "Cake Boss", {None}),
    ("Sheikh Hasina resigned on Monday.\nEmbattled Bangladesh Prime Minister Sheikh "
     "Hasina is said to have fled ‘Gono Bhaban’, her official residence, before hordes of "
     "protesters stormed it.\n“I have resigned,” Hasina said in a statement.\n",
     "Gono Bhaban", {None}),
    # ...but a headline in title case capitalises everyone's words (Breitbart).
    ("Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business\n\nSaturday at "
     "the Massachusetts Democratic Party convention, Sen. Elizabeth Warren (D-MA) attacked "
     "Donald Trump.\n\n“He is a proven failure,” Warren said.\n", "Proven Failure",
     {"Elizabeth Warren"}),
    ("Hillary Clinton and Donald Trump are in a dead heat, a new poll finds.\n\n"
     "A majority of voters expect Clinton to win Monday's debate -- 44 percent to Trump's "
     "34 percent.\n\nOnly 52 percent of voters agreed that Clinton is in \"good enough "
     "overall health to serve as president,\" while 73 percent said the same of Trump. "
     "However, 63 percent said Clinton was \"justified\" in keeping her diagnosis "
     "private.\n", "justified", {None}),
    # The words after a quote attribute it by their shape, whatever the verb: a quote
    # whose verb no list held took the previous speaker (PolNeAR: Politico, the Western
    # Journal, the Washington Post; paraphrased here).
    (_HANNITY, "Would it be", {"Sean Hannity"}),
    (_HANNITY, "Maybe let", {"Sean Hannity", None}),
    ("Hillary Clinton turned over 55,000 pages of emails to the State Department.\n\n"
     "“The emails released Monday were largely sent or received in 2012 and 2013,” CBS "
     "News reported.\n", "The emails released", {"CBS News", None}),
    ("Carly Fiorina pushed ahead with the merger.\n\n“An awful lot of analysts told her "
     "not to do this, and she took it upon herself to prove them wrong,” remembered Roy "
     "Verley, HP's former chief corporate spokesman.\n", "An awful lot", {"Roy Verley"}),
    # ...as a clause of a subject and its verb alone, set off by a comma before the quote
    # does (Breitbart on Sanders; the New York Times on Clinton).
    ("Hillary Clinton leads the polls in Iowa.\n\nBernie Sanders is talking to voters "
     "about health care and getting big money out of politics. He jokes, “It’s a never "
     "ending line!”\n", "It’s a never", {"Bernie Sanders"}),
    ("Bernie Sanders is a quixotic crusader, his critics say.\n\nDuring their first "
     "debate, Hillary Clinton cracked, “I'm a progressive, but I'm a progressive who likes "
     "to get things done.” Sanders has often been an effective legislator.\n",
     "I'm a progressive", {"Hillary Clinton"}),
    # ...but not a quote inside a sentence another verb introduces: the words after it
    # attribute the whole sentence (Politico on Tim Canova).
    ("Debbie Wasserman Schultz survived a primary challenge from Tim Canova, whom Bernie "
     "Sanders endorsed.\n\n“Losing sucks. But we came a long way in a short period of "
     "time,” tweeted Mike Nellis, who served as Canova’s digital fundraising manager.\n\n"
     "Sanders, who endorsed Canova in late May and said he would probably campaign with "
     "him, ultimately did not show up in person for the race.\n\nWhen asked about "
     "Sanders’ absence on the trail, Canova “bristled” and said, “No comment,” The Miami "
     "Herald reported.\n", "No comment", {None, "Tim Canova"}),
    # An office "of the" country before its holder's name: "the" is the country's, not
    # the name's, and the office's title words are his role (a Bahamian outlet on Sam
    # Bankman-Fried: the Prime Minister's words went to the man the article is about).
    ("Sam Bankman-Fried was arrested by police on Monday. Bankman-Fried is to be "
     "extradited, the attorney general said.\n\nIn response, Prime Minister of the "
     "Bahamas Phillip Davis said the country would investigate.\n\n“The Bahamas will "
     "continue its own investigations into the collapse of FTX,” the Prime Minister "
     "said.\n", "The Bahamas will", {"Phillip Davis"}),
    # A title in lower case opens a long description before the name after a quote, as
    # a capital or an article does (Politico on Clinton's emails; the Washington Post on
    # rabbis and Trump: the quotes went to Clinton and to Trump, inferred).
    ("Hillary Clinton pushed for the intervention in Libya.\n\n\"I cannot imagine how "
     "exhausted you must be after a week like this,\" former State policy planning "
     "director Anne-Marie Slaughter wrote to Clinton in a message.\n",
     "I cannot imagine", {"Anne-Marie Slaughter"}),
    ("Donald Trump's rhetoric on migrants drew criticism.\n\n\"These are the darkest "
     "days for Republicans,\" former George W. Bush speechwriter Noam Neusner wrote in a "
     "column.\n", "These are the darkest", {"Noam Neusner"}),
    # A verb of saying before its subject and the subject's role, up to the colon before
    # the quote (the Washington Post on a debate: the moderator's question went to
    # Clinton, inferred)...
    ("Hillary Clinton was asked about Wall Street donations.\n\nIn other words, "
     "explained CBS moderator Nancy Cordes: \"What does that have to do with taking big "
     "donations?\"\n\nFor a moment, Clinton paused.\n", "What does that",
     {"Nancy Cordes"}),
    # ...but a participle's object is no one speaking (the Huffington Post on Ferguson).
    ("Ferguson had two murders in 2014.\n\nThe town released a statement Wednesday "
     "saying Trump’s comments “are based on his opinion, not actual facts” and welcomed "
     "Trump to visit the city.\n", "are based", {None, "Ferguson"}),
]


@pytest.mark.parametrize(("text", "opening", "allowed"), CASES)
def test_no_wrong_name(text: str, opening: str, allowed: set[str | None]) -> None:
    doc = make_document(text)
    (q,) = [q for q in extract_quotes(doc) if doc.text[q.start : q.end].startswith(opening)]
    assert q.speaker in allowed


def test_a_noun_after_a_possessive_is_no_verb_of_saying() -> None:
    """"Ouisa Davis' commentary, “…”" names the commentary's title, not words she said
    with a verb no list holds (USA Today's letters)."""
    doc = make_document(
        "Hold Melania Trump to her husband's standards.\n\nLETTERS.\n\nOuisa Davis' "
        "commentary, \"Melania, tell your immigrant story,\" is very thoughtful. Several "
        "weeks ago, Donald Trump said his wife would hold a news conference.\n"
    )
    (q,) = extract_quotes(doc)
    assert q.speaker != "Ouisa Davis" and q.cue != "commentary"


def test_an_attributed_clause_is_never_a_fragment() -> None:
    """Hide fragments must never hide a quoted clause with a speaker."""
    doc = make_document(
        "Liz Truss said she “cannot deliver the mandate” on which she was elected."
    )
    (q,) = extract_quotes(doc)
    assert q.speaker == "Liz Truss" and not q.fragment


UNNAMED_SOURCES = [
    # A document, an anonymous source, a group: no one to name, but the article's own
    # attributing words are kept, so the reader sees how the outlet sourced the quote.
    ("In late September, a group of parents sent a letter to the board.\n\n“Our support "
     "for charter schools is not abstract, but instead concrete,” the letter reads.\n",
     "Our support", "the letter", "reads"),
    ("Lawmakers met behind closed doors on Tuesday.\n\n“Republicans are in a frenzy that "
     "is disorganized,” said one Democratic source on the panel.\n",
     "Republicans are", "one Democratic source", "said"),
    ("The court found the state's practice unlawful.\n\n\"A state cannot avoid the "
     "conclusion that its process results in removals,\" said the ruling.\n",
     "A state cannot", "the ruling", "said"),
    # A role tied by "of" to what it heads: the head speaks, not the woven sentence's
    # subject (Monitor on the Gabon coup: Bongo was inferred for his guard's words).
    ("Gabon President Ali Bongo has \"been placed in retirement,\" the head of his "
     "presidential guard told Le Monde newspaper on Wednesday.\n", "been placed",
     "the head of his presidential guard", "told"),
]


@pytest.mark.parametrize(("text", "opening", "words", "cue"), UNNAMED_SOURCES)
def test_an_unnamed_source_keeps_its_words(text: str, opening: str, words: str, cue: str) -> None:
    doc = make_document(text)
    (q,) = [q for q in extract_quotes(doc) if doc.text[q.start : q.end].startswith(opening)]
    assert q.speaker is None
    assert q.speaker_start is not None and q.speaker_end is not None
    assert doc.text[q.speaker_start : q.speaker_end].startswith(words) and q.cue == cue


def test_a_name_the_model_doubts_is_not_shown_as_the_source() -> None:
    """The board concluded that Mr Altman was not candid: the words next to the cue are a
    name, but not the speaker's, so no attributing words are kept for the reader."""
    doc = make_document(
        "In a statement on Friday, OpenAI said the move followed a “deliberative review "
        "process by the board” which concluded Mr Altman “was not consistently candid in "
        "his communications with the board”.\n"
    )
    (q,) = [q for q in extract_quotes(doc) if doc.text[q.start : q.end].startswith("was not")]
    assert q.speaker in {None, "OpenAI"}
    if q.speaker is None:
        assert q.speaker_start is None


def test_a_woven_quote_goes_on_with_the_clause_before_it() -> None:
    """The board's statement quoted in two pieces: the second piece is the board's too
    (OpenAI's, whose board it is), not the person the article is about (who is "he"
    inside the quote)."""
    doc = make_document(
        "Sam Altman has been pushed out as chief executive of OpenAI.\n\n"
        "A statement from OpenAI's board said Altman's departure \"followed a thoughtful "
        "review process\" that concluded \"he has not been consistently forthright in his "
        "communications with the board\".\n"
    )
    first, second = extract_quotes(doc)
    assert first.speaker == second.speaker == "OpenAI"
    assert (second.speaker_start, second.cue) == (first.speaker_start, first.cue)
    assert doc.text[second.speaker_start : second.speaker_end].startswith("A statement")


def test_a_clause_an_unnamed_source_said_is_never_a_fragment() -> None:
    """Hide fragments must not hide "the King Richard star"'s words either."""
    doc = make_document(
        "Will Smith has apologised to Chris Rock.\n\nIn his apology, the King Richard star "
        "said he understood that jokes were part of his life as a public figure, and that "
        "“violence in all of its forms is poisonous and destructive”.\n"
    )
    (q,) = extract_quotes(doc)
    assert q.speaker_start is not None and not q.fragment


# (text, opening words of the quote, speaker, inferred). A speaker is inferred when the
# outlet's words at the quote do not attribute it: no attributing words at all, or a
# quotation woven into a sentence without a verb of saying, read as its subject's (on
# the unseen stories that reading was right for 4 of 11: "Boris Johnson lashes out in
# ‘narcissistic’ resignation speech" is his critics' word). Words that attribute it,
# a name, a role or a pronoun, are the outlet's, and no inference.
INFERRED = [
    ("McCarthy was ousted as speaker on Tuesday.\n\nHouse Minority Leader Hakeem Jeffries "
     "“definitively” called for a vote against any procedural motion to delay the motion "
     "to vacate.\n", "definitively", "Hakeem Jeffries", True),
    ("Boris Johnson has resigned as Conservative leader. Johnson spoke outside Number 10 "
     "on Thursday.\n\nBoris Johnson lashes out in ‘narcissistic’ resignation speech as "
     "Tory critics condemn the address.\n", "narcissistic", "Boris Johnson", True),
    ("Boris Johnson has resigned as Conservative leader.\n\n“When the herd moves, it "
     "moves,” he said.\n", "When the herd", "Boris Johnson", False),
    ("“There was a higher goal – to avoid bloodshed,” Kremlin spokesman Dmitry Peskov "
     "said.\n", "There was a higher", "Dmitry Peskov", False),
    # An office's name may hold "of" ("US Secretary of State Antony Blinken expressed
    # “…”", Al Bawaba and Heritage Times on Venezuela's election: Maduro was inferred);
    # a subject of two people gives the words to neither (i newspaper on the Princess
    # of Wales).
    ("Nicolas Maduro was declared the winner. Maduro hailed the result.\n\nUS Secretary "
     "of State Antony Blinken expressed \u201cserious concerns\u201d that the result did "
     "not reflect the will of Venezuelans.\n", "serious concerns", "Antony Blinken", True),
    # A list's bullet is no word of the sentence's lead (SBS on the Kerch bridge: the
    # words went to "Russian official", the description a bullet before gave a quote).
    ("  \u2022 Russian authorities have stopped short of blaming Kyiv, but a Russian "
     "official pointed the finger at \"Ukrainian vandals\".\n  \u2022 Ukrainian President "
     "Volodymyr Zelenskyy has spoken of a \"sunny future for Ukrainians\".\n",
     "sunny future", "Volodymyr Zelenskyy", True),
    ("Prince Harry and Meghan have wished the Princess of Wales \u201chealth and "
     "healing\u201d following her announcement that she has been diagnosed with cancer."
     "\n\nIn a personal video address released on Friday, Kate revealed that the cancer "
     "was discovered through follow up tests.\n\nIn a statement, the Duke and Duchess of "
     "Sussex said: \u201cWe wish health and healing for Kate and the family.\u201d\n",
     "health and healing", None, False),
    # A passive with its agent left out says whom the words describe, not who said them
    # (an unseen story on Benedict XVI's death; PolNeAR's "has been designated").
    ("King Charles said he recalled the former pope’s “constant efforts to promote "
     "peace”.\nThe former pope was hailed as “one of the greatest theologians of his age” "
     "after he was given the nickname “God’s Rottweiler”.\n", "one of the greatest", None,
     False),
    ("Patrick McHenry, a Republican congressman from North Carolina and close McCarthy "
     "ally, has been designated “Speaker pro tempore” until a new speaker is elected.\n",
     "Speaker pro tempore", None, False),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "inferred"), INFERRED)
def test_which_speakers_are_inferred(
    text: str, opening: str, speaker: str | None, inferred: bool
) -> None:
    doc = make_document(text)
    (q,) = [q for q in extract_quotes(doc) if doc.text[q.start : q.end].startswith(opening)]
    assert (q.speaker, q.speaker_inferred) == (speaker, inferred)
    if speaker is not None:
        assert (q.speaker_start is None) is inferred


@pytest.mark.parametrize(
    ("scored", "expected"),
    [
        # The model's best is someone the quoted words name ("We are heartbroken because
        # of the death of Pope Francis,” he said, The New Arab): the next best speaks...
        ([(("cand:person", NAMED_IN_QUOTE), 0.9), (("cand:person",), 0.7)], 1),
        # ... or no one, below the threshold.
        ([(("cand:person", NAMED_IN_QUOTE), 0.9), (("cand:person",), 0.2)], None),
        # The attributing words' own reading still stands ("…,” Trump said of Trump Tower).
        ([(("cand:person", "cand:personlike", "rule:name", NAMED_IN_QUOTE), 0.9),
          (("cand:person",), 0.7)], 0),
    ],
    ids=["next best", "no one", "the words name them"],
)
def test_someone_the_quote_names_is_never_guessed(
    scored: list[tuple[tuple[str, ...], float]], expected: int | None
) -> None:
    assert pick(scored, 0.5) == expected


@pytest.mark.parametrize(
    ("phrase", "is_count"),
    [
        ("63 percent", True),
        ("the two officials", True),
        ("Three sources", True),
        ("a dozen protesters", True),
        ("the first lady", False),  # an ordinal: one person, a role
        ("the second official", False),
        ("one aide", False),  # one of many: its own rule (attribution._ONE_OF_MANY)
        ("the president", False),
    ],
)
def test_a_count_of_people(phrase: str, is_count: bool) -> None:
    assert counted(phrase.lower().split()) is is_count
