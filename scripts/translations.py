#!/usr/bin/env python3
"""Keeps the Qt translations (translations/xmargin_*.ts) complete.

  scripts/translations.py update [BUILD_DIR]   run lupdate (the CMake target update_translations)
                                               over the sources, then list what needs translating
  scripts/translations.py list [TS...]         list unfinished, vanished or obsolete entries and
                                               translations whose %1/%n placeholders or & mnemonic
                                               differ from the source; exit status 1 if any
  scripts/translations.py check --lupdate EXE --sources LIST [--options OPTS] TS...
                                               the CTest translations_complete: list, plus a
                                               lupdate run on copies that must change nothing

Translate in Qt Linguist (linguist translations/xmargin_de.ts) or in the XML directly.
"""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%(?:[1-9]|n|L[1-9])")
# An & that marks a mnemonic: not "&&", not the "&" of "P&L", and followed by a letter or digit.
MNEMONIC = re.compile(r"(?<!&)(?<!P)&(?!&)(?=\w)")


def messages(ts_path):
    """(context, source, comment) -> (translation element, numerus) for every message."""
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", "") or "")
            result[key] = (message.find("translation"), message.get("numerus") == "yes")
    return result


def describe(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    return f"{context}: \"{text}\"" + (f" ({comment})" if comment else "")


def translation_texts(translation, numerus):
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(ts_path):
    found = []
    for key, (translation, numerus) in messages(ts_path).items():
        source = key[1]
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            found.append(f"{kind}: {describe(key)}")
            continue
        texts = translation_texts(translation, numerus)
        if not texts or any(not text.strip() for text in texts):
            found.append(f"empty: {describe(key)}")
            continue
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                found.append(f"placeholders differ: {describe(key)} -> \"{text}\"")
            elif bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                found.append(f"mnemonic differs: {describe(key)} -> \"{text}\"")
    return found


def report(ts_paths):
    failed = 0
    for ts in ts_paths:
        listed = problems(ts)
        total = len(messages(ts))
        print(f"{pathlib.Path(ts).name}: {total} messages, {len(listed)} to do")
        for line in listed:
            print(f"  {line}")
        failed += bool(listed)
    return failed


def lupdate_changes(lupdate, sources, options, ts_paths):
    """What a lupdate run over the sources would add to or drop from each file."""
    changes = []
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for ts in ts_paths:
            copy = pathlib.Path(work) / pathlib.Path(ts).name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        command = [lupdate, *options.split(), f"@{sources}", "-ts", *map(str, copies)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed ({run.returncode}): {run.stderr.strip()}"]
        for ts, copy in zip(ts_paths, copies):
            before, after = set(messages(ts)), set(messages(copy))
            name = pathlib.Path(ts).name
            changes += [f"{name}: lupdate adds {describe(key)}" for key in sorted(after - before)]
            changes += [f"{name}: lupdate drops {describe(key)}" for key in sorted(before - after)]
    return changes


def default_ts():
    return sorted(str(path) for path in (ROOT / "translations").glob("xmargin_*.ts"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update")
    update.add_argument("build", nargs="?", default=str(ROOT / "build"))
    listing = commands.add_parser("list")
    listing.add_argument("ts", nargs="*")
    check = commands.add_parser("check")
    check.add_argument("--lupdate", required=True)
    check.add_argument("--sources", required=True)
    check.add_argument("--options", default="")
    check.add_argument("ts", nargs="+")
    args = parser.parse_args()

    if args.command == "update":
        subprocess.run(["cmake", "--build", args.build, "--target", "update_translations"], check=True)
        return 1 if report(default_ts()) else 0
    if args.command == "list":
        return 1 if report(args.ts or default_ts()) else 0
    changes = lupdate_changes(args.lupdate, args.sources, args.options, args.ts)
    for change in changes:
        print(change)
    failed = report(args.ts)
    if changes or failed:
        print("Run `scripts/translations.py update`, translate what it lists, and commit the .ts files.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
