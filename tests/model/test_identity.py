"""A report's identity: the short reference support hears on the phone, and the time with its zone."""

from datetime import datetime, timedelta, timezone

from wizard.model.identity import ALPHABET, MailProgramFound, ReportIdentity, reference_for

CET = timezone(timedelta(hours=1), "CET")
WHEN = datetime(2026, 12, 1, 21, 40, 5, tzinfo=CET)


def test_the_reference_is_8_unmistakable_characters_and_never_the_address():
    reference = reference_for(WHEN, "anna.hansen@example.dk")
    assert len(reference) == 8 and set(reference) <= set(ALPHABET)
    assert not set("01OI") & set(reference)
    assert "anna" not in reference.lower() and "example" not in reference.lower()


def test_the_same_attempt_gives_the_same_reference_and_another_attempt_another():
    assert reference_for(WHEN, "anna@example.dk") == reference_for(WHEN, "Anna@Example.dk ")
    assert reference_for(WHEN, "anna@example.dk") != reference_for(WHEN + timedelta(seconds=1), "anna@example.dk")
    assert reference_for(WHEN, "anna@example.dk") != reference_for(WHEN, "bo@example.dk")


def test_the_identity_names_time_zone_version_system_programs_and_brand():
    identity = ReportIdentity.make("anna@example.dk", WHEN, "1.2.3", "Debian GNU/Linux 13, Linux 6.12 x86_64",
                                   (MailProgramFound("Thunderbird", "128.5.0", "default-esr"),), "altibox")
    assert identity.when == "2026-12-01 21:40:05 +0100 (CET)"
    values = dict((label.source, value) for label, value in identity.rows())
    assert values["mailsetup version"] == "1.2.3" and values["Branded for"] == "altibox"
    assert values["Mail programs found"] == "Thunderbird 128.5.0 (default-esr)"
    data = identity.to_json()
    assert data["created"] == "2026-12-01T21:40:05+01:00" and data["time_zone"] == "CET"
    assert data["reference"] == identity.reference and data["mail_programs"][0]["version"] == "128.5.0"
