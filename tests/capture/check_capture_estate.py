#!/usr/bin/env python3
"""`capture --endpoint … --presentation` on an estate that is not the built-in one: a sandbox started as its own
process, as a real tenant would be reached. The tour's five shots and the guides are written, nothing identifying is
in the guides, and the sandbox received reads only (its request log: GET, and token requests). Then the refusals:
no --presentation on a real cloud without a terminal, a terminal that answers no, options that do not go together.

usage: check_capture_estate.py ACR_NETADMIN ACR_NETADMIN_SANDBOX SCENARIO_JSON WORKDIR
"""
import json
import os
import pty
import re
import shutil
import subprocess
import sys

SHOTS = ["e1-estate", "e2-subnets", "e3-findings", "e4-rules-editor", "e5-review"]


def fail(message):
    print("check_capture_estate: " + message, file=sys.stderr)
    sys.exit(1)


def environment():
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_sandbox(exe, log):
    sandbox = subprocess.Popen([exe, "--scenario", "demo", "--port", "0", "--request-log", log],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = sandbox.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
    if not match:
        sandbox.kill()
        fail("the sandbox did not say where it listens: %r" % line)
    return sandbox, match.group(1)


def check_tour(app, url, scenario, out, log):
    args = [app, "capture", "--endpoint", url, "--read-only", "--presentation", "--out", out]
    run = subprocess.run(args, env=environment(), capture_output=True, text=True, timeout=240,
                         stdin=subprocess.DEVNULL)
    if run.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(args), run.returncode, run.stderr.strip()[-2000:]))
    names = sorted(os.listdir(out))
    if names != sorted([s + ".png" for s in SHOTS] + ["guide.md", "guide.html"]):
        fail("%s holds %s" % (out, names))
    md = open(os.path.join(out, "guide.md"), encoding="utf-8").read()
    html = open(os.path.join(out, "guide.html"), encoding="utf-8").read()
    if "a read-only tour of your estate" not in md:
        fail("guide.md lacks its title")
    for command in ["az network vnet list", "az acr network-rule list", "az acr update", "--default-action"]:
        if command not in md:
            fail("guide.md lacks %r" % command)
    guids = set(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                           open(scenario, encoding="utf-8").read(), re.I))
    leaked = sorted(g for g in guids if g.lower() in md.lower() or g.lower() in html.lower())
    if len(guids) < 5 or leaked:
        fail("the guides show the scenario's identifiers %s" % leaked)
    requests = [json.loads(line) for line in open(log, encoding="utf-8")]
    writes = [r for r in requests if r["method"] != "GET" and not r["url"].endswith("/oauth2/v2.0/token")]
    reads = [r for r in requests if r["method"] == "GET" and r["service"] == "arm"]
    if writes or len(reads) < 5:
        fail("the capture sent %s and read %d times" % (writes, len(reads)))
    return len(reads)


def read_terminal(fd, said, until=None):
    """What the pseudo-terminal prints, appended to `said`, until `until` shows (or, without it, until it closes)."""
    while until is None or until not in said:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
    return said


def check_refusals(app, work):
    out = os.path.join(work, "refused")
    # A real cloud without --presentation and nobody at a terminal: refused before anything is read or written.
    run = subprocess.run([app, "capture", "--cloud", "AzureCloud", "--out", out], env=environment(),
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    if run.returncode != 2 or "--presentation" not in run.stderr or os.path.exists(out):
        fail("without --presentation and a terminal: exit %d, %r" % (run.returncode, run.stderr))
    # At a terminal, the question; "n" (or nothing) captures nothing.
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(app, [app, "capture", "--cloud", "AzureCloud", "--out", out], environment())
    said = read_terminal(fd, b"", until=b"[y/N]")
    os.write(fd, b"n\n")
    said = read_terminal(fd, said)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 2 or b"[y/N]" not in said or b"Nothing captured" not in said \
            or os.path.exists(out):
        fail("at a terminal answering n: exit %d, %r" % (os.waitstatus_to_exitcode(status), said))
    for args, words in [(["--tenant", "contoso.onmicrosoft.com"], "--tenant and --auth need"),
                        (["--cloud", "Mars"], "Unknown --cloud"),
                        (["--endpoint", "http://127.0.0.1:9", "--scenario", "demo"], "--scenario is for"),
                        (["--cloud", "AzureCloud", "--auth", "sandbox", "--presentation"], "--auth sandbox")]:
        run = subprocess.run([app, "capture", "--out", out] + args, env=environment(), capture_output=True,
                             text=True, timeout=60, stdin=subprocess.DEVNULL)
        if run.returncode != 2 or words not in run.stderr:
            fail("%s: exit %d, %r" % (args, run.returncode, run.stderr))


def main():
    app, sandbox_exe, scenario, work = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    log = os.path.join(work, "requests.jsonl")
    sandbox, url = start_sandbox(sandbox_exe, log)
    try:
        reads = check_tour(app, url, scenario, os.path.join(work, "tour"), log)
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    check_refusals(app, work)
    print("own estate: %d shots and the guides from %d reads, nothing written; refusals as documented"
          % (len(SHOTS), reads))


main()
