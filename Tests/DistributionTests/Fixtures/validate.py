#!/usr/bin/env python3
"""Validates YAML or JSON documents against one of the shipped JSON Schemas (draft 2020-12).

Usage: validate.py SCHEMA FILE... Checks the schema itself first; every document of a YAML file
(`---` separated) is validated on its own. Prints one line per problem, `FILE[#DOC] at PATH:
MESSAGE`; exits 0 when all are valid, 1 when one is not, 2 when the schema or a file is unreadable.
YAML is read as YAML 1.2 reads it (as Hundredfold does): an unquoted date stays a string.
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def documents(path):
    with open(path, encoding="utf-8") as file:
        if path.endswith(".json") or path.endswith(".sarif"):
            return [json.load(file)]
        return [document for document in yaml.load_all(file, Loader=Loader) if document is not None]


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as file:
            schema = json.load(file)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"{sys.argv[1]}: not a valid schema: {error}")
        return 2
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in sys.argv[2:]:
        try:
            docs = documents(path)
        except (OSError, ValueError, yaml.YAMLError) as error:
            print(f"{path}: unreadable: {error}")
            return 2
        for number, document in enumerate(docs, start=1):
            suffix = f"#{number}" if len(docs) > 1 else ""
            for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
                where = "/".join(str(part) for part in error.absolute_path) or "(root)"
                print(f"{path}{suffix} at {where}: {error.message}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
