"""People: names introduced by a title, an honorific, an apposition or a speech
verb, then every later mention of a name already found ("Putin", "Al-Sharaa’s").

A name is a run of capitalised tokens with name particles (al-, bin, ibn, Abu,
de, van, von, Le …) and initials, never crossing a place, an organisation, a
demonym, a title or a sentence-initial function word. A single capitalised word
is a person only when a title or an honorific introduces it, or when it repeats
part of a name found elsewhere in the article.

>>> from tidings.actors.tokens import tokenize
>>> text = "Russian President Vladimir Putin met Ahmed al-Sharaa. Putin said Al-Sharaa’s visit went well."
>>> [(n.text, n.title, n.country) for n in find(text, tokenize(text), set())]
[('Vladimir Putin', 'President', 'RU'), ('Ahmed al-Sharaa', None, None), ('Putin', None, None), ('Al-Sharaa', None, None)]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Callable

import attrs

from .gazetteer import demonym_country, gazetteer
from .lexicon import (
    ACRONYM_TITLES,
    APPOSITION_GAPS,
    APPOSITION_STARTS,
    COMPOUND_TAILS,
    HEADLINE_SMALL_WORDS,
    INITIALS,
    LOCATIVES,
    MONTH_BEFORE,
    MONTH_NAMES,
    NAME_GAPS,
    NOT_SPEAKERS,
    NOT_TITLES,
    PERSONAL_NOUNS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUN_SURNAMES,
    QUOTE_CLOSE,
    REGNAL,
    ROLE_NOUNS,
    SEX,
    SMALL_WORDS,
    SPEECH_ONLY,
    SPEECH_VERBS,
    STOPWORDS,
    SURNAME_VERBS,
    TITLE_SURNAMES,
    VERBS_BEFORE,
)
from . import surnames
from .tokens import Token, Tokens, gap, line_starts, sentence_initial


_REGNAL_INITIALS = frozenset("IVXJS")
#: :data:`PRONOUN_SURNAMES` in lower case, as tokens' ``lower`` gives them.
_PRONOUN_SURNAME_WORDS = frozenset(word.casefold() for word in PRONOUN_SURNAMES)


@attrs.define
class Name:
    """A person mention found in the text: tokens ``first``…``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    title: str | None = None
    country: str | None = None
    gender: str | None = None
    #: The words of the name as :func:`surname_key` folds them.
    words: tuple[str, ...] = ()
    #: Whether a title or honorific introduced it ("Crown Prince Hassan").
    titled: bool = False


def _is_name_token(tok: Token, first: bool = True) -> bool:
    """Whether ``tok`` can be part of a name (its first word when ``first``):
    capitalised, not a function word, title or acronym; a demonym only inside
    a name ("Mark Cuban")."""
    return tok.cap and (_opens_name(tok.text) if first else _goes_on_name(tok.text))


def _name_word(word: str, first: bool) -> bool:
    """:func:`_is_name_token` for a capitalised token, by its text."""
    lower = word.replace(".", "").casefold()  # the token's ``lower``
    if lower in STOPWORDS or word.isupper() and len(word) > 1:
        return False
    if not first and lower in SPEECH_VERBS and lower not in SURNAME_VERBS:
        return False  # "Hillary Clinton Responds", "Putin Meets" in title-case headlines
    if word[0].isdigit() or (first and demonym_country(word)) or _compound_adjective(word):
        return False
    gaz = gazetteer()
    return lower not in gaz.titles and word not in gaz.not_in_names


#: :func:`_name_word` for a name's first word and for a later one, cached by
#: the word alone (articles repeat their words).
_opens_name = functools.lru_cache(maxsize=1 << 12)(functools.partial(_name_word, first=True))
_goes_on_name = functools.lru_cache(maxsize=1 << 12)(functools.partial(_name_word, first=False))


def _name_like(tokens: Tokens) -> list[int]:
    """The indices of the tokens that may open a name (:func:`_is_name_token`)."""
    return list(itertools.compress(tokens.caps, map(_opens_name, tokens.cap_words)))


def pronoun_surname(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised "He" or "She" at token ``k`` is a family name
    (Chinese He, She), not a pronoun: inside a sentence, where the pronoun is
    written in lower case ("Vice Premier He Lifeng", "met He Lifeng"), and
    followed by a name word.

    >>> from tidings.actors.tokens import tokenize
    >>> text = "Vice Premier He Lifeng met Yellen. He said so. Then He Lifeng left."
    >>> tokens = tokenize(text)
    >>> [tokens[k].start for k in range(len(tokens)) if pronoun_surname(tokens, k)] == [13, 52]
    True
    """
    if tokens[k].text not in PRONOUN_SURNAMES or k + 1 >= len(tokens) or sentence_initial(tokens, k):
        return False
    if any(mark in gap(tokens, k) for mark in "\"“‘«("):
        return False  # a quotation opens a sentence: 'Trump said, "He Knows …"'

    after = tokens[k + 1]
    return gap(tokens, k + 1) == " " and _is_name_token(after, first=False) and after.lower not in SPEECH_VERBS


def _compound_adjective(word: str) -> bool:
    """"Atlanta-based", "Kremlin-backed", "Cuban-Americans": hyphenated words that
    are not names (unlike "Ki-moon" or "al-Sharaa")."""
    if "-" not in word:
        return False
    parts = word.split("-")
    return parts[-1] in COMPOUND_TAILS or any(demonym_country(part) for part in parts)


def name_end(
    text: str, tokens: list[Token], k: int, taken: set[int], honorific: bool = False, titled: bool = False
) -> int | None:
    """The index of the last token of the name starting at token ``k``, or None.
    After an ``honorific`` or a given name, the surname may be a title word
    ("Mr. King", "Jim Justice"). A name a title introduces (``titled``) may
    have a middle name that is also an adjective ("Prime Minister Mohammed
    Shia al-Sudani")."""
    gaz = gazetteer()
    n = len(tokens)
    last = None
    j = k
    while j < n and j - k < 6:
        if j in taken or j > k and not _goes_on(tokens, j):
            break
        tok = tokens[j]
        if j > k and tok.lower in gaz.particles and j + 1 < n and gap(tokens, j + 1) == " ":
            j += 1  # a particle inside the name: "bin", "van", "al"
            continue
        if j > k and len(tok.text) == 1 and tok.cap and text.startswith(". ", tok.end):
            j += 1  # an initial, even "A." or "I."
            continue
        initials = "." in tok.text and INITIALS.fullmatch(tok.text)
        if initials and j + 1 < n and gap(tokens, j + 1) == " " and tokens[j + 1].cap:
            j += 1  # initials written together: "G.K. Butterfield"
            continue
        if j > k and _regnal(tok.text):
            last = j  # "King Abdullah II", "Pope John Paul II"
            break
        # A title word as surname: after an honorific ("Mr. King") or a name that
        # does not start a title ("Jim Justice", "Raj Shah"; not "Crown Prince").
        if not (
            _is_name_token(tok, first=j == k)
            or (honorific and j == k or j > k and tokens[j - 1].lower not in gaz.title_prefixes) and _titled_surname(tok)
            or j == k and pronoun_surname(tokens, k)
            or titled and j > k and _middle_name(tokens, j)
        ):
            break
        last = j
        j += 1
    while last is not None and last > k and len(tokens[last].text) == 1:
        last -= 1  # a name does not end on an initial ("Alicia M")
    if last is not None and _continues_as_non_name(tokens, last):
        return None
    return last


def _regnal(word: str) -> bool:
    """A regnal number or generational suffix ("II", "XVI", "Jr"): :data:`REGNAL`,
    which only matches words that start with one of I, V, X, J and S."""
    return word[:1] in _REGNAL_INITIALS and REGNAL.fullmatch(word) is not None


def _goes_on(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` may go on with the name token ``j - 1`` is part of:
    joined to it by a space (or after an initial by ". "), after no possessive,
    and capitalised or a particle ("bin", "van", "al")."""
    tok, before = tokens[j], tokens[j - 1]
    if before.possessive or not tok.cap and tok.lower not in gazetteer().particles:
        return False  # only a particle goes on in lower case
    between = gap(tokens, j)
    return between in NAME_GAPS or len(before.text) == 1 and between == ". "


def _middle_name(tokens: list[Token], j: int) -> bool:
    """Whether token ``j``, a word that marks phrases as no name ("Shia",
    "Christian", "Arab"), is a middle name of a name a title introduces: after
    a given name and before a word that goes on with the name ("Mohammed Shia
    al-Sudani", "Mayor Hans Christian Quonx"; not "Kent County", "Pat Christian
    School")."""
    gaz = gazetteer()
    tok = tokens[j]
    if tok.text not in gaz.not_in_names or tok.text in gaz.organization_heads or tokens[j - 1].text not in gaz.given_names:
        return False
    if j + 1 >= len(tokens) or gap(tokens, j + 1) != " ":
        return False
    after = tokens[j + 1]
    return _is_name_token(after, first=False) and not demonym_country(after.text)


def _titled_surname(tok: Token) -> bool:
    """A surname that is also a title ("King", "Bishop", "Judge" after "Mr.";
    not "Mr. President", which addresses someone)."""
    return tok.cap and not tok.text.isupper() and tok.lower in TITLE_SURNAMES


def _continues_as_non_name(tokens: list[Token], last: int) -> bool:
    """Whether the capitalised phrase goes on with a word no name has ("Dallas
    Morning News", "Kent County", "Peace Corps")."""
    j = last + 1
    if j >= len(tokens) or tokens[last].possessive or gap(tokens, j) != " ":
        return False
    return tokens[j].text in gazetteer().not_in_names


def name_start(tokens: list[Token], k: int, last: int, common: frozenset[str]) -> int:
    """Where the name in tokens ``k``…``last`` really starts: at its given name
    when capitalised words precede it ("Rival Hillary Clinton", "Universe Alicia
    Machado" in title-case headlines), unless the word before it is an East
    Asian family name ("Choe Son Hui", "Ri Yong Ho"); after a sentence's first
    word when the article also writes that word in lower case (``common``:
    "Like Trump, who …")."""
    gaz = gazetteer()
    given = gaz.given_names
    first = tokens[k].text
    if first in given or tokens[k].lower in gaz.particles or first in gaz.family_names_first:
        return k  # "Abu Mohammed al-Jolani", "De Gaulle", "Choe Son Hui"
    for j in range(k + 1, last):
        if tokens[j].text in given:
            return j
    if tokens[k].lower in common and sentence_initial(tokens, k):
        return k + 1
    return k


def _title_at(tokens: list[Token], i: int) -> tuple[str, str, int, bool] | None:
    """The longest title phrase starting at token ``i``: (title, group, last
    index, plural), the title singular ("Presidents" gives "president")."""
    gaz = gazetteer()
    titles = gaz.titles
    best = None
    key = ""
    for j in range(i, min(i + 6, len(tokens))):
        if j > i:
            if key not in gaz.title_prefixes or gap(tokens, j) not in {" ", ". ", "-"}:
                break
            key += " " + tokens[j].lower
        else:
            key = tokens[j].lower
        if key in titles:
            best = (key, titles[key], j, False)
        elif key in gaz.plural_titles:
            single = gaz.plural_titles[key]
            best = (single, titles[single], j, True)
    if best is None:
        return None
    key, group, last, plural = best
    return key, group, _portfolio_end(tokens, last), plural


def _portfolio_end(tokens: list[Token], last: int) -> int:
    """After "Minister" in "Minister of Foreign Affairs Sergei Lavrov", the index
    of the portfolio's last token ("Affairs"); ``last`` itself when none follows."""
    portfolios = gazetteer().portfolios
    j = last + 1
    if j >= len(tokens) or tokens[j].lower not in {"of", "for"}:
        return last
    end = last
    k = j + 1
    while k < len(tokens):
        for width in (3, 2, 1):
            words = tokens[k : k + width]
            if len(words) == width and " ".join(t.text for t in words) in portfolios:
                end = k + width - 1
                k += width
                break
        else:
            return end
        if k < len(tokens) and tokens[k].lower == "and":
            k += 1
        else:
            return end
    return end


#: Groups whose leader is of the group's country ("a North Korean delegation led by …").
_LED_GROUPS = frozenset({"delegation", "team", "mission"})


def _country_before(tokens: list[Token], i: int, places: dict[int, str]) -> str | None:
    """The country a demonym or country name right before token ``i`` states,
    or that of the group it leads ("a North Korean delegation led by …")."""
    if i >= 4 and tokens[i - 1].lower == "by" and tokens[i - 2].lower == "led":
        return _led_group_country(tokens, i - 3, places)
    for j in (i - 1, i - 2):
        if j < 0 or tokens[j + 1].start - tokens[j].end > (3 if tokens[j].possessive else 1) or "\n" in gap(tokens, j + 1):
            return None  # not right before it: "… leave Iraq. Spokesman Yuri …", a line ending "… RUSSIA"
        tok = tokens[j]
        cc = demonym_ending_at(tokens, j)
        if cc is None and j in places and not (j > 0 and tokens[j - 1].lower in PLACE_PREPOSITIONS):
            cc = places[j]  # "US President …", not "ambassador to Kenya Prudence Bushnell"
        if cc:
            return cc
        if tok.lower not in {"former", "late", "then", "acting", "interim", "outgoing", "incoming", "new"}:
            return None
    return None


def _led_group_country(tokens: list[Token], g: int, places: dict[int, str]) -> str | None:
    """The country of a group noun at token ``g`` that someone leads: "a North
    Korean delegation", "a US team", "Syria's diplomatic mission" (one
    adjective between)."""
    if tokens[g].lower not in _LED_GROUPS or any(gap(tokens, j) != " " for j in range(g + 1, g + 4)):
        return None
    for j in range(g - 1, max(-1, g - 3), -1):
        cc = demonym_ending_at(tokens, j) or places.get(j)
        if cc or tokens[j].cap or gap(tokens, j + 1) not in {" ", "'s ", "’s "}:
            return cc
    return None


def demonym_ending_at(tokens: list[Token], j: int) -> str | None:
    """The country of a demonym of one or two words ending at token ``j``
    ("Syrian", "North Korean", "South African")."""
    found = demonym_country(tokens[j].text)
    if found is None and j > 0 and tokens[j - 1].end + 1 == tokens[j].start:
        found = demonym_country(f"{tokens[j - 1].text} {tokens[j].text}")
    return found


def _rest_of_list(
    text: str,
    tokens: list[Token],
    last: int,
    taken: set[int],
    places: dict[int, str],
    add: Callable[[int, int, str | None], None],
) -> int:
    """After the first name under a plural title, add the names listed after it
    ("Presidents Leonid Kuchma of Ukraine, Boris Yeltsin of Russia and …"), each
    with the country of its own "of" phrase; the index to go on from. After a
    comma only a name of two words or more goes on the list."""
    n = len(tokens)
    while True:
        j = last + 1
        if country_after(tokens, last, places):
            j = min(k for k in places if last + 1 < k <= last + 5) + 1
        if j >= n:
            break
        comma = gap(tokens, j) == ", "
        if tokens[j].lower == "and":
            j += 1
        elif not comma:
            break
        following = name_end(text, tokens, j, taken) if j < n else None
        if following is None or comma and tokens[j - 1].lower != "and" and following == j:
            break
        add(j, following, country_after(tokens, following, places))
        last = following
    return last + 1


def _abbreviated(tok: Token) -> bool:
    """A capitalised title short enough to be an abbreviation ("Gen.", "Sen.", "Lt.")."""
    return tok.cap and len(tok.text) <= 4


def country_after(tokens: list[Token], last: int, places: dict[int, str]) -> str | None:
    """The country an "of" phrase after token ``last`` names ("King Abdullah of
    Jordan", "the president of the United States")."""
    j = last + 1
    if j >= len(tokens) or tokens[j].lower != "of" or tokens[j].start - tokens[last].end != 1:
        return None
    for k in range(j + 1, min(j + 5, len(tokens))):
        if k in places:
            return places[k]
        if not tokens[k].cap and tokens[k].lower != "the":
            return None
    return None


def display_title(key: str) -> str:
    """The title as news capitalises it: "Secretary of State", "Secretary-General", "CEO".

    >>> display_title("speaker of the house"), display_title("secretary-general"), display_title("ceo")
    ('Speaker of the House', 'Secretary-General', 'CEO')
    """
    words = []
    for word in key.split(" "):
        if word in SMALL_WORDS:
            words.append(word)
        elif word in ACRONYM_TITLES:
            words.append(word.upper())
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def find(text: str, tokens: Tokens, taken: set[int], places: dict[int, str] | None = None) -> list[Name]:
    """Every person mention in ``text``. ``taken`` holds the indices of tokens
    already part of a place or organisation; ``places`` maps a country token's
    index to its alpha-2 code (for "US President …")."""
    places = places or {}
    gaz = gazetteer()
    names: dict[int, Name] = {}
    n = len(tokens)

    def add(
        k: int,
        last: int,
        title: str | None = None,
        country: str | None = None,
        gender: str | None = None,
        titled: bool = False,
    ) -> None:
        span = range(k, last + 1)
        if not taken.isdisjoint(span) or not names.keys().isdisjoint(span):
            return
        start, end = tokens[k].start, tokens[last].end
        if gender is None and last > k:
            gender = SEX.get(gaz.given_names.get(tokens[k].text, ""))
        words = (surname_key(tokens[k].text),)
        if last > k:  # a regnal number is no word of the name ("Abdullah II")
            words += tuple(surname_key(t.text) for t in tokens[k + 1 : last + 1] if not _regnal(t.text))
        names[k] = Name(k, last, start, end, text[start:end], title, country, gender, words, titled)
        for j in range(k + 1, last + 1):
            names[j] = names[k]

    caps = tokens.caps
    lines = line_starts(tokens)
    headline = _title_case_lines(text, tokens, lines, caps)
    resume = 0  # the token after the last name found under a title
    for i in tokens.where(gaz.title_words):
        tok = tokens[i]
        if i < resume or i in taken or i in headline:
            continue
        found = _title_at(tokens, i)
        if found:
            key, group, tlast, plural = found
            k = tlast + 1
            sep = gap(tokens, k) if k < n else ""
            honorific = key in gaz.honorifics
            last = name_end(text, tokens, k, taken, honorific, titled=True) if k < n and sep in {" ", ". ", ", "} else None
            if sep == ". " and not _abbreviated(tokens[tlast]):
                last = None  # "… the president. Smith" is two sentences; "Lt. Gen. Smith" is not
            if last is not None:
                words = last - k + 1
                capitalised_title = tok.cap and key not in ROLE_NOUNS  # "Senator Smith", not "Executive Session"
                introduces = sep != ", " and (
                    words >= 2 or group != "other" or key in gaz.honorifics or capitalised_title
                )
                apposition = sep == ", " and words >= 2
                if introduces or apposition:
                    title = None if key in gaz.honorifics or key in NOT_TITLES else display_title(key)
                    gender = "female" if key in gaz.female else "male" if key in gaz.male else None
                    country = _country_before(tokens, i, places) or country_after(tokens, last, places)
                    if title is None:  # "his counterpart, Wang Yi, China's foreign minister,"
                        title, stated = _apposition_title(tokens, last, places)
                        country = country or stated
                    add(k, last, title, country, gender, titled=True)
                    resume = last + 1
                    if plural:  # "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin"
                        resume = _rest_of_list(
                            text, tokens, last, taken, places, lambda a, b, c: add(a, b, title, c, titled=True)
                        )

    common = tokens.common
    located = {tokens[j + 1].lower for j in tokens.where(LOCATIVES) if j + 1 < n and tokens[j + 1].cap}
    name_like = _name_like(tokens)
    pronouns = [k for k in tokens.where(_PRONOUN_SURNAME_WORDS, capitalised=True) if tokens[k].text in PRONOUN_SURNAMES]
    # The name-like tokens pass _is_name_token by construction: only a
    # capitalised "He" or "She" is checked here.
    for k in sorted(name_like + pronouns) if pronouns else name_like:
        if k in names or k in taken or k in headline:
            continue
        if pronouns and not (_is_name_token(tokens[k]) or pronoun_surname(tokens, k)):
            continue
        # A word that no other can follow in a name (name_end gives it alone, or
        # None) is a name only when a "who" or a speech verb follows it.
        alone = "." not in tokens[k].text and (k + 1 == n or k + 1 in taken or not _goes_on(tokens, k + 1))
        last = None if alone and not _alone_name(tokens, k) else name_end(text, tokens, k, taken)
        if last is None or last == k and not _alone_name(tokens, k):
            continue
        if last == k and tokens[k].lower in located:
            continue  # "Charlotte remains …" where the article also says "in Charlotte"
        start = name_start(tokens, k, last, common)
        inside = tokens[k].text not in gaz.given_names and _inside_capitalised_run(tokens, k, taken, names)
        if start > last or _org_like(tokens[last]) or start == k and inside or _titled_work(tokens, start):
            continue
        if last > start and _given_name_opens(tokens, start) or _person_context(tokens, start, last):
            title, country = _apposition_title(tokens, last, places)
            add(start, last, title, country or _country_before(tokens, start, places))

    for k in _transcript_speakers(text, tokens, taken, lines):
        if k not in names:
            add(k, k)
    skip = headline | set(names)
    # "He Lifeng said" opening a sentence repeats the name "He Lifeng" found
    # inside one: the given name is no bare surname of its own.
    paired = {tokens[m.last].lower for m in names.values() if m.last == m.first + 1 and tokens[m.first].text in PRONOUN_SURNAMES}
    titled_surnames = tokens.where(TITLE_SURNAMES, capitalised=True)
    free = [
        k
        for k in (sorted(set(name_like).union(titled_surnames)) if titled_surnames else name_like)
        if k not in skip and k not in taken
    ]
    if titled_surnames:  # the name-like tokens pass _is_name_token by construction
        free = [k for k in free if _is_name_token(tokens[k]) or _titled_surname(tokens[k])]
    if paired:
        free = [k for k in free if not (tokens[k].lower in paired and k > 0 and tokens[k - 1].text in PRONOUN_SURNAMES)]
    for k in surnames.find(tokens, free, skip, common):
        add(k, k)
    _add_repeats(tokens, taken, headline, names, add)
    return sorted({id(v): v for v in names.values()}.values(), key=lambda m: m.start)


def _given_name_opens(tokens: list[Token], k: int) -> bool:
    """Whether the name at token ``k`` opens with a given name ("Hillary …"),
    or with an East Asian family name before one ("Choe Son Hui")."""
    gaz = gazetteer()
    word = tokens[k].text
    return word in gaz.given_names or word in gaz.family_names_first and tokens[k + 1].text in gaz.given_names


def _titled_work(tokens: list[Token], k: int) -> bool:
    """Whether a capital "The" inside a sentence opens the phrase at token ``k``:
    the title of an outlet or a work ("The New Yorker", "The Rolling Stones"),
    no person's name."""
    return k > 0 and tokens[k - 1].text == "The" and not sentence_initial(tokens, k - 1)


def _inside_capitalised_run(tokens: list[Token], k: int, taken: set[int], names: dict) -> bool:
    """Whether token ``k`` continues a capitalised phrase that is not a name
    ("Khmeimim Airbase" after "the"; not "When John Smith")."""
    if k == 0 or gap(tokens, k) != " ":
        return False
    before = tokens[k - 1]
    return before.cap and before.lower not in STOPWORDS and k - 1 not in taken and k - 1 not in names


def _title_case(text: str, tokens: list[Token], line: range, capitals: int) -> bool:
    """Whether the tokens ``line``, ``capitals`` of them capitalised, are a
    title-case headline: nearly all long words capitalised, and either no final
    stop or a capitalised small word inside ("… Turnout In Florida.", "Hillary
    Asking Moderator To …")."""
    if capitals < 4:
        return False  # too few capitals for four long words, nearly all capitalised
    lower = 0
    for j in line:  # a line of prose fails after a few long words in lower case
        word = tokens[j].text
        if not tokens[j].cap and len(word) >= 4 and word.isalpha():
            lower += 1
            if 4 * lower > capitals:
                return False
    long = [j for j in line if len(tokens[j].text) >= 4 and tokens[j].text.isalpha()]
    if len(long) < 4 or sum(tokens[j].cap for j in long) < 0.8 * len(long):
        return False
    if any(tokens[j].text in HEADLINE_SMALL_WORDS and not sentence_initial(tokens, j) for j in line[1:]):
        return True
    ends = text[tokens[line[-1]].end : tokens[line[-1]].end + 3].rstrip("\"”’' \n")
    return not ends.startswith((".", "!", "?"))


def _title_case_lines(text: str, tokens: list[Token], lines: list[int], caps: list[int]) -> set[int]:
    """Indices of the tokens of lines written in title case (headlines: "Clinton
    Campaign Reportedly Scrambling For Black Voter Turnout In Florida."), where
    capitals say nothing of names: names there are only those found elsewhere.
    ``lines`` are the indices of the tokens that open a line, ``caps`` those of
    the capitalised tokens."""
    out: set[int] = set()
    for first, end in zip(lines, [*lines[1:], len(tokens)]):
        line = range(first, end)
        if _title_case(text, tokens, line, bisect.bisect_left(caps, end) - bisect.bisect_left(caps, first)):
            out.update(line)
    return out


def _transcript_speakers(text: str, tokens: list[Token], taken: set[int], lines: list[int]) -> list[int]:
    """Speakers of an interview transcript: a surname in capitals opening a line
    (``lines`` are the indices of the tokens that do), then a colon ("WALLACE:
    …", "PENCE: …")."""
    out = []
    for k in lines:
        tok = tokens[k]
        if k in taken or len(tok.text) < 3 or not tok.text.isupper() or tok.lower in NOT_SPEAKERS:
            continue
        before = text[tokens[k - 1].end : tok.start] if k else "\n" + text[: tok.start]
        line_start = before.rfind("\n")
        if line_start >= 0 and before[line_start:].strip(" \t\n\"“'") == "" and text.startswith(":", tok.end):
            out.append(k)
    return out


def _given_name_speaks(tokens: list[Token], k: int) -> bool:
    """A lone word as the subject of a speech verb when it is a given name
    ("Melanie said") or attributes a quotation (“…,” Netanyahu told …)."""
    j = k + 1
    if j >= len(tokens) or tokens[k].possessive or gap(tokens, j) != " ":
        return False
    if tokens[k].text in gazetteer().given_names:
        return tokens[j].lower in SPEECH_VERBS
    return tokens[j].lower in SPEECH_ONLY and k > 0 and QUOTE_CLOSE.match(gap(tokens, k)) is not None


def _org_like(tok: Token) -> bool:
    return tok.text in gazetteer().organization_heads


#: The words after which a word alone may be a name: "who", a speech verb.
_ALONE_NEXT = frozenset({"who", "whose"}) | SPEECH_VERBS | SPEECH_ONLY


def _alone_name(tokens: list[Token], k: int) -> bool:
    """Whether the word at token ``k`` is a name alone: "who" follows it, or it
    speaks as a given name or after a quotation."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in _ALONE_NEXT:
        return False  # neither reading below can hold: most words alone stop here
    return _who_follows(tokens, k) or _given_name_speaks(tokens, k)


def _who_follows(tokens: list[Token], last: int) -> bool:
    j = last + 1
    return j < len(tokens) and tokens[j].lower in {"who", "whose"} and gap(tokens, j) in {", ", " "}


def _person_context(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the words around the name ``k``…``last`` show it is a person's."""
    n = len(tokens)
    after = tokens[last + 1] if last + 1 < n else None
    sep_after = gap(tokens, last + 1) if after else ""
    if after is not None:
        if sep_after == " " and not tokens[last].possessive and after.lower in SPEECH_VERBS:
            return True
        if tokens[last].possessive and after.lower in PERSONAL_NOUNS:
            return True
        if sep_after == ", " and (after.lower in {"who", "whose"} or after.text.isdigit()):
            return True
        appositive = (
            after.lower in APPOSITION_STARTS or not after.cap or demonym_country(after.text) or sep_after != ", "
        )
        if sep_after in APPOSITION_GAPS and appositive and _role_follows(tokens, last + 1):
            return True
    if k > 0:
        before = tokens[k - 1]
        sep_before = gap(tokens, k)
        if before.lower in VERBS_BEFORE and sep_before in {" ", ", "}:
            return True
        if before.lower == "to" and k > 1 and tokens[k - 2].lower == "according":
            return True
    return False


def _role_follows(tokens: list[Token], j: int) -> bool:
    """Whether the apposition starting at token ``j`` names a person's role
    ("…, executive director of AROS", "…, a lawyer,") within its first words."""
    titles = gazetteer().titles
    for i in range(j, min(j + 5, len(tokens))):
        if i > j and gap(tokens, i) not in {" ", "’s ", "'s ", "-"}:
            return False
        if tokens[i].lower in PERSON_NOUNS or tokens[i].lower in titles:
            return True
    return False


def _apposition_title(tokens: list[Token], last: int, places: dict[int, str]
) -> tuple[str | None, str | None]:
    """Title and country an apposition after the name gives ("…, Syria's interim president,")."""
    j = last + 1
    if j >= len(tokens) or gap(tokens, j) != ", ":
        return None, None
    for k in range(j, min(j + 5, len(tokens))):
        if tokens[k].lower in {"of", "to", "for", "with", "and", "who"}:
            break  # "…, one of the president's advisers" gives no title
        if k > j and sentence_initial(tokens, k) and not _abbreviated(tokens[k - 1]):
            break  # the sentence ends: "Mr. King, 82, told me. Mr. King …"
        found = _title_at(tokens, k)
        if found and found[1] != "other" and not tokens[found[2]].possessive:
            return display_title(found[0]), _country_before(tokens, k, places)
    return None, None


@functools.lru_cache(maxsize=1 << 12)
def surname_key(word: str) -> str:
    """The key later mentions of a name share: "Al-Sharaa", "al-Sharaa" and
    "Sharaa" all give "sharaa".

    >>> surname_key("Al-Sharaa"), surname_key("al-Assad"), surname_key("Putin")
    ('sharaa', 'assad', 'putin')
    """
    low = word.casefold().replace("’", "'")
    head, sep, rest = low.partition("-")
    if sep and rest and head in {"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ul", "ud"}:
        return rest
    return low


def _month_here(tokens: list[Token], k: int) -> bool:
    """Whether a surname that is also a month ("May", "June") is the month here:
    after "in", "since", "last" … or before a day number."""
    if tokens[k].lower not in MONTH_NAMES:
        return False
    before = tokens[k - 1].lower if k else ""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return before in MONTH_BEFORE or after[:1].isdigit()


def _given_name_before(tokens: list[Token], k: int, names: dict[int, Name], blocked: set[int], capitalised: Counter[str]
) -> bool:
    """Whether the word before token ``k`` is a given name not yet known: a
    name-like word joined to it, outside places, organisations and headlines
    (``blocked``), not opening a sentence, and a known given name or a word
    the article always capitalises and uses more than once (``capitalised``
    counts the capitalised words never written in lower case)."""
    j = k - 1
    if j < 0 or j in names or j in blocked or gap(tokens, k) != " " or tokens[j].possessive:
        return False
    before = tokens[j]
    if not _is_name_token(before) or sentence_initial(tokens, j):
        return False
    return before.text in gazetteer().given_names or capitalised[before.lower] > 1


def _add_repeats(
    tokens: Tokens,
    taken: set[int],
    headline: set[int],
    names: dict[int, Name],
    add: Callable[[int, int], None],
) -> None:
    """Mentions of a name already found: the full name again, its last part, or
    its first part when that is no common given name (a family name written
    first, "Xi", "Kim"), unless the capitalised phrase goes on ("Polly Peck
    International"). A last part after a capitalised word takes that word as
    its given name ("Saddam Hussein" after "King Hussein")."""
    full: dict[str, list[Name]] = {}
    surnames: set[str] = set()
    given = gazetteer().given_names
    caps = tokens.caps
    lowers = tokens.cap_lowers
    capitalised = Counter(itertools.filterfalse(tokens.common.__contains__, lowers))
    for m in {id(v): v for v in names.values()}.values():
        if m.last > m.first:  # a full name of one word is repeated as a surname, below
            full.setdefault(tokens[m.first].lower, []).append(m)
        surnames.add(m.words[-1])
        head = tokens[m.first].text
        if len(m.words) > 1 and (head not in given or len(head) <= 3) and head.lower() not in gazetteer().particles:
            surnames.add(m.words[0])  # a family name written first: "Xi" of "Xi Jinping", "Kim" of "Kim Jong Un"
    blocked = taken | headline
    # Only a word that opens a name found or that may be its surname can repeat it.
    keys = map(surname_key, tokens.cap_words)
    repeating = itertools.compress(caps, map(operator.or_, map(surnames.__contains__, keys), map(full.__contains__, lowers)))
    for k in repeating:
        tok = tokens[k]
        if k in names or k in taken:
            continue
        for m in full.get(tok.lower, ()):
            width = m.last - m.first
            if k + width < len(tokens) and all(
                tokens[k + d].lower == tokens[m.first + d].lower
                and tokens[k + d].cap == tokens[m.first + d].cap
                and (d == 0 or gap(tokens, k + d) == gap(tokens, m.first + d))
                for d in range(width + 1)
            ):
                if not _continues_as_non_name(tokens, k + width):
                    add(k, k + width)
                break
        if k in names:
            continue
        if (
            surname_key(tok.text) in surnames
            and _is_name_token(tok)
            and not _continues_as_non_name(tokens, k)
            and not _month_here(tokens, k)
        ):
            if _given_name_before(tokens, k, names, blocked, capitalised):
                add(k - 1, k)  # "Saddam Hussein" after "King Hussein": another one's full name
                continue
            add(k, k)
