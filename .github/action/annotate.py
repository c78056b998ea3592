#!/usr/bin/env python3
"""Writes each result of a SARIF file as a GitHub workflow annotation (::error file=…,line=…::).

The fallback where code scanning is off (private repositories without it, or a fork's read-only
token): the findings still show on the pull request's diff. Usage: annotate.py SARIF_FILE.
Exits 0 whatever it finds: the verdict fails the check, not the annotations.
"""
import json
import re
import sys

LEVELS = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}


def plain(message):
    """SARIF's embedded links to related locations, `[loop at line 6](1)`, as their text."""
    return re.sub(r"\[([^\]]*)\]\((\d+)\)", r"\1", message)


def escape_data(text):
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text):
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(sarif):
    for run in sarif.get("runs", []):
        for result in run.get("results", []):
            command = LEVELS.get(result.get("level", "warning"), "warning")
            properties = {"title": f"Hundredfold {result.get('ruleId', '')}".strip()}
            locations = result.get("locations") or []
            if locations:
                physical = locations[0].get("physicalLocation", {})
                region = physical.get("region", {})
                properties["file"] = physical.get("artifactLocation", {}).get("uri", "")
                for key, name in (("line", "startLine"), ("col", "startColumn"), ("endLine", "endLine")):
                    if name in region:
                        properties[key] = str(region[name])
            fields = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
            message = result.get("message", {}).get("text", "")
            yield f"::{command} {fields}::{escape_data(plain(message))}"


def main():
    if len(sys.argv) != 2:
        print("usage: annotate.py SARIF_FILE", file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as file:
            sarif = json.load(file)
    except (OSError, ValueError) as error:
        print(f"::warning::Hundredfold wrote no readable SARIF to annotate ({error})")
        return 0
    lines = list(annotations(sarif))
    for line in lines:
        print(line)
    print(f"Hundredfold: {len(lines)} finding annotation{'' if len(lines) == 1 else 's'} written "
          "(code scanning was off or unavailable).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
