"""Tests of the kiosk launcher (src/main/kiosk-launcher/tremplin-kiosk).

Most tests run the real launcher as a process, with a fake browser: a small script that records its arguments
and its profile into a file, writes a cookie-like file into the profile, starts a helper process in its process
group (like Chromium's renderers; it notes a SIGTERM in a file) and sleeps. Run from the project folder:

    python3 -m unittest discover -s src/test/kiosk-launcher -v
"""

import fcntl
import http.client
import importlib.machinery
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parents[2] / "main" / "kiosk-launcher" / "tremplin-kiosk"
EXPECTED_FLAGS = [
    "--kiosk", "--kiosk-printing", "--no-first-run", "--no-default-browser-check", "--noerrdialogs",
    "--disable-pinch", "--overscroll-history-navigation=0", "--disable-features=Translate",
    "--password-store=basic",
]
TOKEN = "s3cr3t-T0ken_of-the-PC"
PREFIX = "tremplin-kiosk-"

FAKE_BROWSER = """#!{python}
import json, os, signal, subprocess, sys, time
if os.environ.get("FAKE_BROWSER_IGNORES_SIGTERM"):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # inherited by the helper too
profile = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--user-data-dir="))
record = {{"pid": os.getpid(), "name": os.path.basename(sys.argv[0]), "args": sys.argv[1:], "profile": profile,
          "entries": sorted(os.listdir(profile)), "mode": os.stat(profile).st_mode & 0o7777}}
with open(os.path.join(profile, "Cookies"), "w") as cookies:
    cookies.write("publisher_session=signed-in-as-the-previous-patron")
helper = subprocess.Popen([sys.executable, {helper!r}], stdout=subprocess.PIPE)
helper.stdout.readline()  # its SIGTERM handler is in place
if not os.environ.get("FAKE_BROWSER_IGNORES_SIGTERM"):
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(helper.wait()))  # like a browser closing its renderers
record["helper"] = helper.pid
with open(os.environ["FAKE_BROWSER_RECORD"], "a") as out:
    out.write(json.dumps(record) + "\\n")
time.sleep(60)
"""

FAKE_HELPER = """
import os, signal, sys, time
def note_sigterm(*_):
    open(os.path.join({folder!r}, f"helper-{{os.getpid()}}-got-SIGTERM"), "w").close()
    sys.exit(0)
if signal.getsignal(signal.SIGTERM) != signal.SIG_IGN:
    signal.signal(signal.SIGTERM, note_sigterm)
print("ready", flush=True)
time.sleep(60)
"""


def load_launcher_module():
    """Import the launcher script (it has no .py suffix) as a module, for its pure functions."""
    sys.dont_write_bytecode = True  # no __pycache__ next to the launcher
    loader = importlib.machinery.SourceFileLoader("tremplin_kiosk", str(LAUNCHER))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


def free_port():
    """A TCP port that nothing listens on at 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_running(pid):
    """Whether the process pid exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as status:
            return status.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_until(condition, timeout=5.0, message="condition"):
    """Poll condition until it is true; fail after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {message}")
        time.sleep(0.02)


def listening_sockets(port):
    """The local addresses (hex, as in /proc/net/tcp*) of the sockets listening on port."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            for line in list(lines)[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:
                    found.append(address)
    return found


class LauncherTestCase(unittest.TestCase):
    """Runs the launcher with a fake browser in a scratch folder, and cleans everything up afterwards."""

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-launcher-test-"))
        self.addCleanup(shutil.rmtree, self.folder, True)
        self.root = self.folder / "profiles"
        self.root.mkdir()
        self.bin = self.folder / "bin"
        self.bin.mkdir()
        self.fake_browser = self.write_fake_browser("fake-browser")
        self.record = self.folder / "browser-starts.jsonl"
        self.log_file = self.folder / "launcher.log"
        self.port = free_port()
        self.launcher = None

    def write_fake_browser(self, name):
        """Write an executable fake browser called name into the test's bin folder."""
        path = self.bin / name
        helper = self.folder / "fake-helper.py"
        helper.write_text(FAKE_HELPER.format(folder=str(self.folder)))
        path.write_text(FAKE_BROWSER.format(python=sys.executable, helper=str(helper)))
        path.chmod(0o755)
        return path

    def start(self, url="http://127.0.0.1:1/kiosk/luneville", options=None, browser_args=(), env=None):
        """Start the launcher; return its process."""
        options = ["--browser", str(self.fake_browser)] if options is None else options
        command = [sys.executable, str(LAUNCHER), "--url", url, "--port", str(self.port),
                   "--profile-root", str(self.root), *options]
        if browser_args:
            command += ["--", *browser_args]
        environment = dict(os.environ, FAKE_BROWSER_RECORD=str(self.record), **(env or {}))
        with open(self.log_file, "ab") as log:
            self.launcher = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, env=environment)
        self.addCleanup(self.kill_everything)
        return self.launcher

    def kill_everything(self):
        """Kill the launcher and every fake browser group it started, whatever the test left running."""
        if self.launcher.poll() is None:
            self.launcher.kill()
            self.launcher.wait()
        for start in self.starts():
            for kill, target in ((os.killpg, start["pid"]), (os.kill, start["helper"])):
                try:
                    kill(target, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass

    def starts(self):
        """The browser starts recorded so far, oldest first."""
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines()]

    def wait_for_start(self, count, timeout=5.0):
        """Wait until the browser has been started count times; return that start's record."""
        try:
            wait_until(lambda: len(self.starts()) >= count, timeout, f"browser start number {count}")
        except AssertionError as error:
            raise AssertionError(f"{error}; the launcher's log:\n{self.log()}") from None
        return self.starts()[count - 1]

    def get(self, path):
        """GET path from the launcher; return the response, its body read."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        self.addCleanup(connection.close)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response

    def stop(self, signum=signal.SIGTERM):
        """Send signum to the launcher; return its exit code."""
        self.launcher.send_signal(signum)
        return self.launcher.wait(timeout=10)

    def log(self):
        """Everything the launcher wrote to stderr so far."""
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def profiles_left(self):
        """Names of the profile folders now under the profile root."""
        return sorted(name for name in os.listdir(self.root) if name.startswith(PREFIX))

    def assert_helper_got_sigterm(self, start):
        """The helper of that start was asked to stop with SIGTERM (sent to the browser's whole group)."""
        self.assertTrue((self.folder / f"helper-{start['helper']}-got-SIGTERM").exists(),
                        "SIGTERM must go to the browser's whole process group")

    def assert_gone(self, start):
        """The browser of that start, its helper and its profile no longer exist."""
        self.assertFalse(is_running(start["pid"]), "browser still running")
        self.assertFalse(is_running(start["helper"]), "browser's helper process still running")
        self.assertFalse(os.path.exists(start["profile"]), "profile folder still there")


class BrowserCommandTest(LauncherTestCase):

    def test_browser_gets_the_flags_the_extra_arguments_and_the_url_with_the_launcher_parameter(self):
        self.start(browser_args=["--lang=fr", "--force-device-scale-factor=1.25"])
        start = self.wait_for_start(1)
        self.assertEqual(start["args"], [f"--user-data-dir={start['profile']}", *EXPECTED_FLAGS,
                                         "--lang=fr", "--force-device-scale-factor=1.25",
                                         f"http://127.0.0.1:1/kiosk/luneville?launcher={self.port}"])

    def test_an_existing_query_is_kept_and_the_launcher_parameter_added_to_it(self):
        self.start(url="http://127.0.0.1:1/kiosk/luneville?lang=ar#top")
        self.assertEqual(self.wait_for_start(1)["args"][-1],
                         f"http://127.0.0.1:1/kiosk/luneville?lang=ar&launcher={self.port}#top")

    def test_default_browser_is_the_first_known_one_on_path(self):
        self.write_fake_browser("google-chrome")
        self.write_fake_browser("chromium-browser")
        self.start(options=[], env={"PATH": str(self.bin)})
        self.assertEqual(self.wait_for_start(1)["name"], "chromium-browser")

    def test_without_any_browser_on_path_it_exits_with_one_clear_line(self):
        empty = self.folder / "empty"
        empty.mkdir()
        self.assertNotEqual(self.start(options=[], env={"PATH": str(empty)}).wait(timeout=10), 0)
        lines = self.log().strip().splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("no browser found", lines[0])
        self.assertIn("chromium", lines[0])


class NextPatronTest(LauncherTestCase):

    def test_each_start_gets_a_new_empty_private_profile_and_next_patron_deletes_the_previous_one(self):
        self.start()
        first = self.wait_for_start(1)
        self.assertEqual(first["entries"], [])
        self.assertEqual(first["mode"], 0o700)
        self.assertEqual(Path(first["profile"]).parent, self.root)
        self.assertTrue(Path(first["profile"]).name.startswith(PREFIX))

        response = self.get("/next-patron")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Cache-Control"), "no-store")
        self.assertTrue(response.getheader("Content-Type").startswith("text/html"))

        second = self.wait_for_start(2)
        self.assertNotEqual(second["profile"], first["profile"])
        self.assertEqual(second["entries"], [], "the new profile must not hold the previous patron's cookies")
        self.assertEqual(second["mode"], 0o700)
        self.assert_gone(first)
        self.assert_helper_got_sigterm(first)
        self.assertTrue(is_running(second["pid"]))
        self.assertEqual(self.profiles_left(), [Path(second["profile"]).name])
        self.assertEqual(second["args"][1:], first["args"][1:], "same flags and URL")
        self.assertIn("next patron", self.log())

    def test_a_browser_that_ignores_sigterm_is_killed_after_5_seconds(self):
        self.start(env={"FAKE_BROWSER_IGNORES_SIGTERM": "1"})
        first = self.wait_for_start(1)
        asked = time.monotonic()
        self.assertEqual(self.get("/next-patron").status, 200)
        self.wait_for_start(2, timeout=10)
        self.assertGreaterEqual(time.monotonic() - asked, 4.5)
        self.assert_gone(first)

    def test_other_paths_answer_404_and_restart_nothing(self):
        self.start()
        first = self.wait_for_start(1)
        for path in ("/", "/next-patron/", "/next-patronX", "/favicon.ico", "/kiosk/luneville"):
            self.assertEqual(self.get(path).status, 404, path)
        time.sleep(0.7)  # several turns of the launcher's loop
        self.assertEqual(len(self.starts()), 1)
        self.assertTrue(is_running(first["pid"]))

    def test_it_listens_on_the_loopback_address_only(self):
        self.start()
        self.wait_for_start(1)
        self.assertEqual(listening_sockets(self.port), ["0100007F"])  # 127.0.0.1, little-endian hex


class BrowserDeathTest(LauncherTestCase):

    def test_a_browser_that_dies_is_restarted_on_a_fresh_profile_after_a_pause_that_doubles(self):
        self.start()
        first = self.wait_for_start(1)
        died = time.monotonic()
        os.kill(first["pid"], signal.SIGKILL)  # a crash: its helper is left behind
        second = self.wait_for_start(2)
        self.assertGreaterEqual(time.monotonic() - died, 0.9, "first pause: 1 s")
        self.assert_gone(first)
        self.assertEqual(second["entries"], [])

        died = time.monotonic()
        os.kill(second["pid"], signal.SIGKILL)  # dies again at once
        third = self.wait_for_start(3)
        self.assertGreaterEqual(time.monotonic() - died, 1.9, "second pause: 2 s")
        self.assert_gone(second)
        self.assertEqual(third["entries"], [])
        self.assertEqual(self.profiles_left(), [Path(third["profile"]).name])
        self.assertIn("died", self.log())


class StopTest(LauncherTestCase):

    def test_sigterm_and_sigint_stop_the_browser_delete_its_profile_and_exit_0(self):
        for signum in (signal.SIGTERM, signal.SIGINT):
            with self.subTest(signal=signum.name):
                self.record.unlink(missing_ok=True)
                self.start()
                start = self.wait_for_start(1)
                self.assertEqual(self.stop(signum), 0)
                self.assert_gone(start)
                self.assert_helper_got_sigterm(start)
                self.assertEqual(self.profiles_left(), [])
                self.assertIn("stopping", self.log())


class LeftoverTest(LauncherTestCase):

    def test_leftover_profiles_of_earlier_runs_are_deleted_at_start(self):
        leftover = self.root / (PREFIX + "crashed-run")
        (leftover / "Default").mkdir(parents=True)
        (leftover / "Default" / "Cookies").write_text("publisher_session=an-earlier-patron")
        other = self.root / "someone-elses-folder"
        other.mkdir()
        outside = self.folder / "outside"
        outside.mkdir()
        (outside / "keep").write_text("not a profile")
        (self.root / (PREFIX + "link")).symlink_to(outside)
        live = self.root / (PREFIX + "in-use-by-another-launcher")
        live.mkdir()
        lock = os.open(live, os.O_RDONLY | os.O_DIRECTORY)
        self.addCleanup(os.close, lock)
        fcntl.flock(lock, fcntl.LOCK_EX)

        self.start()
        start = self.wait_for_start(1)

        self.assertFalse(leftover.exists())
        self.assertTrue(other.exists())
        self.assertTrue((outside / "keep").exists(), "a symbolic link is not followed")
        self.assertTrue(live.exists(), "a profile in use is kept")
        self.assertEqual(self.profiles_left(),
                         sorted([PREFIX + "link", live.name, Path(start["profile"]).name]))


class SecretTokenTest(LauncherTestCase):

    def test_the_registration_token_never_appears_in_the_log(self):
        url = f"http://127.0.0.1:1/kiosk-registration/{TOKEN}"
        self.start(url=url)
        first = self.wait_for_start(1)
        self.assertEqual(first["args"][-1], f"{url}?launcher={self.port}", "the browser gets the real link")
        self.get("/next-patron")
        second = self.wait_for_start(2)
        os.kill(second["pid"], signal.SIGKILL)
        self.wait_for_start(3)
        self.assertEqual(self.stop(), 0)

        log = self.log()
        self.assertNotIn(TOKEN, log)
        self.assertIn("/kiosk-registration/…", log)
        self.assertIn(f"launcher={self.port}", log)


class PureFunctionsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.launcher = load_launcher_module()

    def test_kiosk_url(self):
        kiosk_url = self.launcher.kiosk_url
        self.assertEqual(kiosk_url("https://t.example/kiosk/a", 8642), "https://t.example/kiosk/a?launcher=8642")
        self.assertEqual(kiosk_url("https://t.example/kiosk/a?x=1", 9), "https://t.example/kiosk/a?x=1&launcher=9")
        self.assertEqual(kiosk_url("https://t.example/k?x=1#f", 9), "https://t.example/k?x=1&launcher=9#f")
        self.assertEqual(kiosk_url("https://t.example/k#f", 9), "https://t.example/k?launcher=9#f")

    def test_redact_hides_everything_after_kiosk_registration_in_the_path(self):
        redact = self.launcher.redact
        self.assertEqual(redact(f"https://t.example/kiosk-registration/{TOKEN}?launcher=1"),
                         "https://t.example/kiosk-registration/…?launcher=1")
        self.assertEqual(redact(f"https://t.example/base/kiosk-registration/{TOKEN}/more#x"),
                         "https://t.example/base/kiosk-registration/…#x")
        self.assertEqual(redact("https://t.example/kiosk/luneville?launcher=1"),
                         "https://t.example/kiosk/luneville?launcher=1")

    def test_the_pause_doubles_up_to_30_s_while_the_browser_dies_young_and_resets_after_a_long_run(self):
        pauses = []
        pause = None
        for _ in range(7):
            pause = self.launcher.next_pause(pause, ran_for=2.0)
            pauses.append(pause)
        self.assertEqual(pauses, [1, 2, 4, 8, 16, 30, 30])
        self.assertEqual(self.launcher.next_pause(30, ran_for=10.0), 1)
        self.assertEqual(self.launcher.next_pause(4, ran_for=9.9), 8)


if __name__ == "__main__":
    unittest.main()
