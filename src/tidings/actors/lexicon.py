"""The word lists the people rules read: function words, speech verbs, role
nouns, and the small patterns of news English around names.

Kept apart from :mod:`tidings.actors.people` so that the rules read plainly;
the gazetteer's lists (titles, given names, particles) are data files instead.
"""

from __future__ import annotations

import regex

#: Capitalised words that never start or continue a name.
STOPWORDS = frozenset(
    """the a an this that these those he she it they we i you his her its their our my your
    in on at for but and or if when while after before during since as by with from to of into
    over under about than then there here what who whom whose which why how where not no yes all some
    many both each every also however meanwhile moreover although though because so yet still
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december feb mar apr jun jul aug sep sept oct nov dec
    today yesterday tomorrow tonight
    according said says mr mrs ms dr sir following despite amid among between against without
    one two three four five six seven eight nine ten first second third last next former
    late early such other another any most more less few several only even just now later
    earlier once again would could should will can might must did does do has have had is are
    was were be been being let please thank thanks credit photo video read watch related
    north south east west northern southern eastern western central""".split()
)

SPEECH_VERBS = frozenset(
    """said says told tells added adds noted notes stated states wrote writes explained explains
    announced announces insisted insists stressed stresses declared declares warned warns argued
    argues asked asks replied replies tweeted posted claimed claims confirmed confirms denied denies
    emphasized emphasised underlined pointed acknowledged admitted recalled suggested believes
    thinks thought met meets visited visits spoke speaks called calls urged urges thanked thanks
    welcomed welcomes congratulated signed signs arrived arrives travelled traveled travels held
    holds discussed discusses hosted hosts received receives promised promises vowed vows
    pledged pledges expressed expresses described describes responded responds reiterated
    reiterates accused accuses praised praises criticized criticised condemned condemns
    rejected rejects agreed agrees offered offers sent sends issued issues ordered orders
    wants wanted hopes hoped expects expected seemed seems remains remained became becomes
    goes gets makes takes comes slams blasts hits hammers rips backs wins loses leads trails
    faces plans seeks unveils launches breaks defends attacks mocks touts responds reacts
    has had is was will would could can may might""".split()
)
#: Verbs whose object or inverted subject, right after them, is a person's name.
VERBS_BEFORE = frozenset(
    """said says told added noted wrote asked stated explained met meets thanked welcomed
    congratulated hosted received urged called phoned praised criticized criticised accused
    appointed named nominated elected replaced succeeded invited""".split()
)

#: Nouns that, after a possessive name, show the name is a person's.
PERSONAL_NOUNS = frozenset(
    """government regime administration family wife husband son sons daughter daughters father mother
    brother sister office aides aide spokesman spokeswoman spokesperson visit trip death killing
    assassination election presidency rule ouster resignation arrest lawyer lawyers supporters
    campaign remarks comments statement speech plan policies predecessor successor cabinet
    advisers adviser advisor party allies loyalists forces troops rival rivals counterpart
    term tenure reign leadership decision administration's"""
    .split()
)

#: Nouns of an apposition that say the name before it is a person's.
PERSON_NOUNS = frozenset(
    """man woman boy girl father mother son daughter wife husband resident student teacher doctor
    farmer worker member veteran survivor witness victim author writer expert researcher scientist
    businessman businesswoman billionaire entrepreneur founder owner activist lawyer politician
    candidate official diplomat analyst professor commander general chief leader president minister
    spokesman spokeswoman spokesperson envoy ambassador adviser advisor aide head director chairman
    chairwoman governor mayor senator lawmaker judge prosecutor cleric priest journalist reporter
    citizen national native officer soldier pilot colonel captain surgeon physician nurse
    engineer banker investor artist musician"""
    .split()
)

#: Role words that introduce a name without being the person's title.
NOT_TITLES = frozenset({"counterpart", "official", "head", "deputy", "representative", "executive"})

#: What separates a name from its apposition ("…, a lawyer", "… — a surgeon").
APPOSITION_GAPS = frozenset({", ", " — ", " – ", " -- ", "—"})
#: Words that open an apposition after a name.
APPOSITION_STARTS = frozenset({"who", "whose", "the", "a", "an", "his", "her", "former", "then", "now", "aged"})
#: What may stand between the words of a name.
NAME_GAPS = frozenset({" "})
#: Capitalised labels that open a line like a transcript speaker but are not one.
NOT_SPEAKERS = frozenset(
    """update breaking watch note editor live video photo photos read more related correction
    clarification advertisement transcript disclaimer question answer source sources credit
    updated exclusive analysis opinion""".split()
)
#: The gazetteer's sex of a given name, as a gender.
SEX = {"m": "male", "f": "female"}
#: Family names written like pronouns ("Vice Premier He Lifeng").
PRONOUN_SURNAMES = frozenset({"He", "She"})
#: Regnal numbers up to XXXIX and generational suffixes that end a name
#: ("Abdullah II", "Benedict XVI", "John XXIII", "Biden Jr"); not "I", a pronoun.
REGNAL = regex.compile(r"(?=[IVX]{2}|V|X)X{0,3}(?:IX|IV|V?I{0,3})|Jr|Sr")
#: Last parts of hyphenated adjectives that are no names ("Atlanta-based", "Kremlin-backed").
COMPOUND_TAILS = frozenset(
    """based born led backed owned run funded made style era bound controlled allied linked
    aligned held friendly ruled brokered sponsored supported occupied trained educated
    American Americans""".split()
)
#: Verbs that only attribute speech.
SPEECH_ONLY = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "insisted"})
#: The end of a quotation and its comma before an attribution: ,” or ," or ,'' or ?”
QUOTE_CLOSE = regex.compile(r"[,?!]\s*(?:[\"”’»]|'')\s*$")
#: Months that are also surnames, and the words that show the month is meant ("in May").
MONTH_NAMES = frozenset({"may", "june", "april", "august", "march"})
MONTH_BEFORE = frozenset(
    "in since by until till from of last next early late mid during through before after this".split()
)
#: Initials written together ("G.K.").
INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")
#: Small words that only a title-case headline capitalises.
HEADLINE_SMALL_WORDS = frozenset("For From To Of In As A An And With On At By Is Are Over Into".split())
#: Surnames that are also titles, after an honorific ("Mr. King").
TITLE_SURNAMES = frozenset(
    {"king", "bishop", "judge", "major", "marshal", "prince", "dean", "sheriff", "justice", "shah", "sultan", "pope"}
)
#: Role nouns that introduce a name of two words or more, never a lone word ("Executive Session").
ROLE_NOUNS = frozenset(
    """official executive head deputy representative counterpart lawyer attorney analyst economist
    aide adviser advisor activist candidate nominee founder co-founder reporter correspondent
    journalist host anchor commentator columnist pundit strategist pollster consultant scholar
    historian producer actor actress singer comedian coach diplomat negotiator chief leader""".split()
)
#: Words a displayed title keeps in lower case ("Speaker of the House").
SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on"})
#: Titles displayed in capitals.
ACRONYM_TITLES = frozenset({"ceo", "cfo", "coo", "cto"})
#: Verbs that are also surnames ("Theresa May", "George Will").
SURNAME_VERBS = frozenset({"may", "will", "can", "might", "rice", "hopes", "holds", "sends", "backs"})

#: Verbs whose subject right before them, a lone capitalised word, may be a
#: person ("Erdogan said", "Zelensky told", "Sunak met").
SUBJECT_VERBS = frozenset(
    """said says told tells added adds insisted insists stressed warned warns urged urges declared
    wrote writes tweeted vowed vows pledged argued argues thanked replied recalled noted explained
    met meets visited visits announced hosted congratulated praised accused criticized criticised
    promised admitted acknowledged""".split()
)
#: Verbs whose object right after them, a lone capitalised word, may be a
#: person ("met Erdogan", "thanked Zelensky").
MEETING_VERBS = frozenset("met meets meeting thanked congratulated phoned telephoned hosted received".split())
#: Listeners that only a company addresses ("Intel told analysts").
COMPANY_LISTENERS = frozenset({"analysts", "investors", "shareholders", "stockholders", "customers", "regulators"})
#: Words after "X said" or "X told" that show X is a person ("Erdogan said he
#: …", "Zelensky told reporters").
PRONOUNS_AFTER = frozenset({"he", "she", "his", "her", "him", "reporters", "journalists"})
#: Nouns that, after a possessive, only a person has ("Erdogan's government",
#: "Sunak's wife"); a company has a plan, a statement or a campaign too.
KIN_NOUNS = frozenset(
    """government regime administration family wife husband son sons daughter daughters father mother
    brother sister widow children parents grandfather grandmother aides aide spokesman spokeswoman
    spokesperson presidency premiership predecessor successor cabinet loyalists reign tenure ouster
    resignation assassination lawyer lawyers bodyguards entourage election reelection re-election
    birthday funeral memoir biography inauguration impeachment""".split()
)
#: Nouns that, after a possessive, show the word names a thing, a company or a
#: place ("Boeing's shares", "Apple's profit").
THING_NOUNS = frozenset(
    """shares stock stocks profit profits revenue revenues sales earnings customers employees
    products headquarters website app platform users subscribers stores factory factories plant
    plants population economy capital streets airport coast border borders ceo chairman chairwoman
    board shareholders stockholders unit units subsidiary subsidiaries bonds loans assets""".split()
)
#: Capitalised words for groups of people or nobody in particular, which speak
#: like persons but are none ("Police said", "Everyone agreed").
GROUP_NOUNS = frozenset(
    """police everyone everybody someone somebody anyone nobody none others god authorities
    officials analysts critics experts witnesses residents sources investigators prosecutors
    observers protesters demonstrators supporters opponents voters lawmakers legislators leaders
    diplomats rebels militants troops soldiers workers employees students teachers parents doctors
    researchers scientists activists organizers organisers relatives neighbors neighbours villagers
    survivors family management staff government military army security""".split()
)
#: Prepositions of place: the capitalised word after them names no person ("in
#: Amherst", "at Octel").
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
#: Prepositions that make the country or city after them a place, not a word
#: about the name that follows ("ambassador to Kenya Prudence Bushnell").
PLACE_PREPOSITIONS = frozenset({"to", "in", "of", "from", "at", "across", "into"})
#: Organisation words that often follow a person's name ("Clinton Foundation",
#: "Trump Organization", "Carter Center"): the name before them may be a person's.
EPONYMOUS_HEADS = frozenset(
    """Foundation Center Centre Institute Library Museum Prize Award Fund Trust School College
    University Hall Memorial Doctrine Administration Campaign Organization Organisation Plan""".split()
)
#: Verbs after "X said it" that make X a company acting ("Boeing said it would cut
#: jobs"); "it was" and "it is" say nothing ("Geremek said it was a great day").
IT_ACTS = frozenset(
    """would will has had plans planned expects expected intends intended agreed agrees can could
    may might did does reached received sold bought acquired filed""".split()
)
