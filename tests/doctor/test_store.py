"""The certificate store: pins per host:port, atomic file, env override, damaged files."""



from wizard.doctor.store import DATA_DIR_ENV, CertStore, data_dir
from wizard.model.certificate import CertificateInfo

FP1 = ":".join(["AB"] * 32)
FP2 = ":".join(["CD"] * 32)


def info(fp, host="Mail.Example.test.", port=993):
    return CertificateInfo(host=host, port=port, sha256=fp, der=b"", subject="CN=mail.example.test")


def test_accept_pins_one_fingerprint_per_host_and_port(tmp_path):
    store = CertStore(tmp_path / "c.json")
    store.accept(info(FP1))
    store.accept(info(FP1, port=465))
    assert store.pin_for("mail.example.test", 993).sha256 == FP1
    store.accept(info(FP2))
    assert store.pin_for("MAIL.EXAMPLE.TEST", 993).sha256 == FP2
    assert store.pin_for("mail.example.test", 465).sha256 == FP1
    assert store.pin_for("mail.example.test", 143) is None
    assert len(store.pins()) == 2


def test_forget_removes_the_pin(tmp_path):
    store = CertStore(tmp_path / "c.json")
    store.accept(info(FP1))
    assert store.forget("mail.example.test", 993) and not store.forget("mail.example.test", 993)
    assert store.pins() == ()


def test_damaged_file_means_no_pins_never_a_crash(tmp_path):
    path = tmp_path / "c.json"
    path.write_text("{not json")
    store = CertStore(path)
    assert store.pins() == ()
    store.accept(info(FP1))
    assert store.pins()[0].sha256 == FP1


def test_data_dir_comes_from_the_environment_when_set(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "x"))
    assert data_dir() == tmp_path / "x"
    assert CertStore().path == tmp_path / "x" / "certificates.json"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "mailsetup" in str(data_dir())


def test_store_file_holds_fingerprints_and_nothing_else(tmp_path):
    store = CertStore(tmp_path / "c.json")
    store.accept(info(FP1))
    text = (tmp_path / "c.json").read_text()
    assert FP1 in text and "der" not in text
