"""prefs.js editing keeps every line it does not own, byte for byte."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.profiles.thunderbird.prefs import PrefsFile, format_line, parse_line
from wizard.profiles.thunderbird.writer import add_account

from tests.profiles.conftest import imap_account

_names = st.one_of(
    st.sampled_from([
        "mail.accountmanager.accounts", "mail.smtpservers", "mail.smtp.defaultserver", "mail.account.lastKey",
        "mail.server.server1.hostname", "mail.identity.id1.useremail", "browser.startup.homepage", "mail.server.server7.type",
    ]),
    st.from_regex(r"[a-z][a-z0-9_.\-]{0,40}", fullmatch=True),
)
_values = st.one_of(st.integers(-(2**31), 2**31 - 1), st.booleans(), st.text(max_size=40))


@st.composite
def pref_lines(draw) -> str:
    kind = draw(st.sampled_from(["pref", "pref", "pref", "comment", "block", "blank", "other", "spaced"]))
    if kind == "pref":
        return format_line(draw(_names), draw(_values))
    if kind == "spaced":
        return f'  user_pref( "{draw(_names)}" ,  {draw(st.integers(0, 99))} ) ;  '
    if kind == "comment":
        return "// " + draw(st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=30))
    if kind == "block":
        return "/* " + draw(st.text(alphabet=st.characters(blacklist_characters="\r\n*/", blacklist_categories=("Cs",)), max_size=30)) + " */"
    if kind == "blank":
        return draw(st.sampled_from(["", "   ", "\t"]))
    return draw(st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=50))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(lines=st.lists(pref_lines(), max_size=40), crlf=st.booleans())
def test_adding_an_account_keeps_every_existing_line(lines: list[str], crlf: bool) -> None:
    newline = "\r\n" if crlf else "\n"
    original = (newline.join(lines) + newline).encode("utf-8")
    prefs = PrefsFile.parse(original)
    before = {name: prefs.get(name) for name in prefs.names()}
    add_account(prefs, imap_account())
    out = prefs.to_bytes().decode("utf-8")
    out_lines = out.split(newline)[:-1]
    assert len(out_lines) >= len(lines)
    for i, line in enumerate(lines):
        parsed = parse_line(line)
        if parsed is not None and parsed[0] in prefs.changed:
            continue  # a pref we own (account lists, defaults) may be rewritten in place
        assert out_lines[i] == line
    again = PrefsFile.parse(out.encode("utf-8"))
    for name, value in before.items():
        if name not in prefs.changed:
            assert again.get(name) == value
    if not crlf:
        assert "\r\n" not in out


@given(st.text(max_size=60), st.from_regex(r"[a-z][a-z0-9.]{0,20}", fullmatch=True))
def test_string_values_survive_a_round_trip(text: str, name: str) -> None:
    assert parse_line(format_line(name, text)) == (name, text)


def test_unknown_bytes_and_lines_are_kept_verbatim() -> None:
    data = b'# weird\nuser_pref("a", "\xff\xfe raw");\npref("x", 1);\nuser_pref("b", 12);\n\n'
    prefs = PrefsFile.parse(data)
    assert prefs.to_bytes() == data
    prefs.set("b", 12)
    assert prefs.to_bytes() == data  # same value: line untouched
    prefs.set("b", 13)
    assert prefs.to_bytes() == data.replace(b'"b", 12', b'"b", 13')


def test_values_are_read_as_javascript_writes_them() -> None:
    prefs = PrefsFile.parse(b'user_pref("s", "a\\"b\\\\c\\u00e6");\nuser_pref("i", -3);\nuser_pref("t", true);\nuser_pref("s", "later");\n')
    assert prefs.get("i") == -3 and prefs.get("t") is True
    assert prefs.get("s") == "later"  # the last definition wins, as in Thunderbird
    assert parse_line('user_pref("s", "a\\"b\\\\c\\u00e6");') == ("s", 'a"b\\cæ')
