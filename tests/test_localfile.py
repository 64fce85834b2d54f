"""Reading small local files that someone else may have put there (SECURITY notes, class 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wizard.localfile import LocalFileError, read_small


def test_a_regular_file_within_the_limit_is_read(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 10)
    assert read_small(path, 10) == b"x" * 10


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pack.toml"
    os.mkfifo(fifo)
    with pytest.raises(LocalFileError) as caught:
        read_small(fifo, 1024)  # a blocking open would wait here forever
    assert caught.value.code == "file-not-regular" and str(fifo) in caught.value.text.render()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_before_reading(tmp_path, device):
    link = tmp_path / "prefs.js"
    link.symlink_to(device)
    with pytest.raises(LocalFileError) as caught:
        read_small(link, 1024)
    assert caught.value.code == "file-not-regular"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(LocalFileError):
        read_small(tmp_path, 1024)


def test_a_huge_file_is_refused_by_its_size_before_reading(tmp_path):
    sparse = tmp_path / "huge"
    with open(sparse, "wb") as handle:
        handle.truncate(8 * 1024**3)  # 8 GiB announced, nothing on disk
    with pytest.raises(LocalFileError) as caught:
        read_small(sparse, 1024)
    assert caught.value.code == "file-too-large" and "1 KiB" in caught.value.text.render()


def test_head_reads_only_the_start_of_a_large_file(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_bytes(b"y" * 5000)
    assert read_small(path, 100, head=True) == b"y" * 100


def test_a_missing_file_stays_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_small(Path(tmp_path / "absent"), 10)
