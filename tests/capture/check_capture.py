#!/usr/bin/env python3
"""The capture, twice per language, compared byte for byte; the guides checked; the last run kept as an artefact.

usage: check_capture.py ACR_NETADMIN OUTDIR
English runs plain, Spanish with --presentation (the same redaction as the GUI). Under the sanitizers
(ACRNET_SANITIZED) each language runs once: the run is checked, the bytes are not compared.
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys

STEPS = ["01-register-provider", "02-vnets-and-subnets", "03-service-endpoint", "04-subnet-id",
         "05-default-action-deny", "06-add-network-rule", "07-check-from-vms", "08-list-rules", "09-remove-rule",
         "10-restore-open-access", "11-delete-group", "a-basic-refused", "b-invalid-range", "c-403-from-outside"]
SCENARIO_GUIDS = ["8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d", "9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d",
                  "5d3c2b1a-6e7f-4a8b-9c0d-1e2f3a4b5c6d"]
TITLES = {"en": "Restricting access to an Azure container registry to a virtual network",
          "es": "Restringir el acceso a un registro de contenedores de Azure a una red virtual"}


def fail(message):
    print("check_capture: " + message, file=sys.stderr)
    sys.exit(1)


def capture(binary, out, lang, presentation):
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    args = [binary, "capture", "--lang", lang, "--out", out] + (["--presentation"] if presentation else [])
    run = subprocess.run(args, env=env, capture_output=True, text=True, timeout=240)
    if run.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(args), run.returncode, run.stderr.strip()[-2000:]))


def check_guide(out, lang, presentation):
    names = sorted(os.listdir(out))
    expected = sorted([s + ".png" for s in STEPS] + ["guide.md", "guide.html"])
    if names != expected:
        fail("%s holds %s, expected %s" % (out, names, expected))
    for step in STEPS:
        with open(os.path.join(out, step + ".png"), "rb") as f:
            data = f.read()
        if not data.startswith(b"\x89PNG\r\n\x1a\n") or b"tIME" in data or b"tEXt" in data:
            fail("%s.png is not a PNG without time or text chunks" % step)
    md = open(os.path.join(out, "guide.md"), encoding="utf-8").read()
    html = open(os.path.join(out, "guide.html"), encoding="utf-8").read()
    if TITLES[lang] not in md or TITLES[lang] not in html:
        fail("the %s guide does not start with its title" % lang)
    images = re.findall(r"!\[([^\]]+)\]\(([^)]+)\)", md)
    if [i[1] for i in images] != [s + ".png" for s in STEPS] or any(len(alt) < 20 for alt, _ in images):
        fail("guide.md does not show every step once, in order, with its alt text: %s" % images)
    if html.count('<img src="data:image/png;base64,') != len(STEPS):
        fail("guide.html does not embed every image")
    for command in ["az provider register", "az network vnet subnet update", "az acr network-rule add",
                    "az acr update", "az acr network-rule remove", "az group delete"]:
        if command not in md:
            fail("guide.md lacks the command %r" % command)
    leaked = [g for g in SCENARIO_GUIDS if g in md or g in html]
    if presentation and leaked:
        fail("the presentation-mode guide shows %s" % leaked)
    if not presentation and not leaked:
        fail("the plain guide shows none of the scenario's subscription IDs (is the az text there at all?)")


def main():
    binary, outdir = sys.argv[1], sys.argv[2]
    runs = 1 if os.environ.get("ACRNET_SANITIZED") else 2
    for lang, presentation in (("en", False), ("es", True)):
        outs = [os.path.join(outdir, "%s-%d" % (lang, n)) for n in range(1, runs + 1)]
        for out in outs:
            capture(binary, out, lang, presentation)
            check_guide(out, lang, presentation)
        if runs == 2:
            files = sorted(os.listdir(outs[0]))
            _, mismatch, errors = filecmp.cmpfiles(outs[0], outs[1], files, shallow=False)
            if mismatch or errors:
                fail("two %s runs differ in %s" % (lang, mismatch + errors))
        final = os.path.join(outdir, "guide-" + lang)
        shutil.rmtree(final, ignore_errors=True)
        shutil.copytree(outs[0], final)
        for out in outs:
            shutil.rmtree(out, ignore_errors=True)
        print("%s: %d files, %s" % (lang, len(os.listdir(final)),
                                     "identical in two runs" if runs == 2 else "one run (sanitizers)"))


main()
