#!/usr/bin/env python3
"""Fill a .ts file from a translation dictionary (not part of the build; the .ts files are the source
of truth, this only saves typing).

  fill_ts.py translations/patchdeck_de.ts translations/src/de.json
  fill_ts.py translations/patchdeck_en.ts --english      # English numerus forms from "(s)" sources
  fill_ts.py translations/patchdeck_de.ts --missing      # print the sources still unfinished

The dictionary is a JSON object: "source text" -> translation, or "context|source text" when the same
source needs a different translation in one context. A numerus message takes a list (one entry per
plural form of the language: de/fr/es/en 2, ja 1). Messages already translated are kept unless the
dictionary has them.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    special = {
        "Remove %1 from Patch Manager Plus; they will no longer be managed":
            ["Remove %1 from Patch Manager Plus; it will no longer be managed", source],
        "This action reaches %n targets.": ["This action reaches %n target.", source],
        "%n days": ["%n day", source],
    }
    if source in special:
        return special[source]
    many = re.sub(r"y\(-ies\)", "ies", source)
    many = re.sub(r"\((\w+)\)", r"\1", many)
    one = re.sub(r"\(-ies\)", "", source)
    one = re.sub(r"\((\w+)\)", "", one)
    return [one, many]


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    root = tree.getroot()
    mode = sys.argv[2] if len(sys.argv) > 2 else "--missing"
    table = {}
    if not mode.startswith("--"):
        with open(mode, encoding="utf-8") as f:
            table = json.load(f)
    missing = 0
    for ctx in root.iter("context"):
        cname = ctx.find("name").text
        for msg in ctx.iter("message"):
            src = msg.find("source").text or ""
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            value = None
            if mode == "--english":
                value = english_forms(src) if numerus else None
            else:
                value = table.get(cname + "|" + src, table.get(src))
            if value is not None:
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                if numerus:
                    forms = value if isinstance(value, list) else [value]
                    tr.text = "\n            "
                    for i, form in enumerate(forms):
                        e = ET.SubElement(tr, "numerusform")
                        e.text = form
                        e.tail = "\n            " if i + 1 < len(forms) else "\n        "
                else:
                    tr.text = value
                tr.attrib.pop("type", None)
            if tr.get("type") == "unfinished":
                missing += 1
                if mode == "--missing":
                    print(json.dumps(cname + "|" + src, ensure_ascii=False) + (" [numerus]" if numerus else ""))
    if mode != "--missing":
        body = ET.tostring(root, encoding="unicode")
        with open(path, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: {missing} unfinished", file=sys.stderr)


if __name__ == "__main__":
    main()
