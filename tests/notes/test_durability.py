"""Notes survive processes killed mid-save and concurrent writers: a saved note is never lost."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.notes.store import NoteStore

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Coalition aircraft conducted 26 strikes over the past week against militant positions. " * 3
PASSAGE = (10, 40)
KILLS = 200
# A fresh document every few kills keeps each file small, so the run stays well under a minute.
KILLS_PER_DOCUMENT = 25

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


def _save_notes_until_killed(directory: Path, location: str, report_fd: int) -> None:
    """Child: add notes as fast as possible, reporting each id only once add() has returned."""
    store = NoteStore(directory)
    while True:
        note = store.add(location, TEXT, *PASSAGE, "saved before the kill")
        os.write(report_fd, f"{note.id}\n".encode())


def _kill_a_saving_child(directory: Path, location: str, delay: float) -> set[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_fd)
            _save_notes_until_killed(directory, location, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as reports:
        first = reports.readline()  # the child is now saving in a loop, whatever the machine's load
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return set((first + reports.read()).decode().split())


def test_every_note_whose_save_returned_survives_sigkill_at_random_moments(tmp_path):
    rng = random.Random(20171103)
    confirmed: dict[str, set[str]] = {}
    for kill in range(KILLS):
        location = f"/articles/crash-{kill // KILLS_PER_DOCUMENT}.txt"
        saved = confirmed.setdefault(location, set())
        saved |= _kill_a_saving_child(tmp_path, location, rng.uniform(0.0, 0.01))
        reader = NoteStore(tmp_path)
        on_disk = {note.id for note in reader.load(location, TEXT)}
        assert reader.warnings == [], f"after kill {kill}"
        assert saved <= on_disk, f"after kill {kill}: lost {sorted(saved - on_disk)}"


ADDER = """
import sys
from briefing.notes.store import NoteStore
store = NoteStore(sys.argv[1])
text = sys.argv[2]
print("ready", flush=True)
sys.stdin.readline()
for number in range(100):
    store.add("/articles/shared.txt", text, 0, 10, f"{sys.argv[3]} {number}")
"""


def test_two_processes_adding_100_notes_each_to_one_document_keep_all_200(tmp_path):
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(tmp_path), TEXT, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("first", "second")
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start together, so their saves interleave
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    bodies = {note.body for note in NoteStore(tmp_path).load("/articles/shared.txt", TEXT)}
    assert bodies == {f"{name} {number}" for name in ("first", "second") for number in range(100)}
