"""Validates messages with Python's `jsonschema` (Draft 7), as a partner that ignores Ajv's
`discriminator` keyword does. Reads one JSON request on stdin and writes one JSON answer:

  {"mode": "check", "bundle": PATH, "definition": NAME, "messages": [...]}
    -> {"results": [{"valid": bool, "path": "/json/pointer" | null, "message": str | null}]}
       (`path` and `message` come from `jsonschema.exceptions.best_match`)

  {"mode": "time", "bundles": {LABEL: PATH}, "definition": NAME, "messages": [...], "rounds": N}
    -> {"timings": {LABEL: {"valid": count, "msPerMessage": [one figure per round]}}}

Used by test/partners.test.ts (check) and bench/partners.mjs (time).
"""

import json
import sys
import time

import jsonschema
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

BASE = "urn:codex-app-server-protocol:bundle"


def validator(path, definition):
    with open(path, encoding="utf-8") as f:
        bundle = json.load(f)
    registry = Registry().with_resource(BASE, Resource.from_contents(bundle, default_specification=DRAFT7))
    schema = {"$schema": "http://json-schema.org/draft-07/schema#", "$ref": f"{BASE}#/definitions/{definition}"}
    return jsonschema.Draft7Validator(schema, registry=registry)


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def check(request):
    v = validator(request["bundle"], request["definition"])
    results = []
    for message in request["messages"]:
        error = best_match(v.iter_errors(message))
        if error is None:
            results.append({"valid": True, "path": None, "message": None})
        else:
            results.append({"valid": False, "path": pointer(error.absolute_path), "message": error.message})
    return {"results": results}


def timings(request):
    out = {}
    messages = request["messages"]
    for label, path in request["bundles"].items():
        v = validator(path, request["definition"])
        valid = sum(1 for m in messages if v.is_valid(m))  # also warms up the resolver caches
        rounds = []
        for _ in range(request["rounds"]):
            start = time.perf_counter()
            for m in messages:
                v.is_valid(m)
            rounds.append((time.perf_counter() - start) * 1000 / len(messages))
        out[label] = {"valid": valid, "msPerMessage": rounds}
    return {"timings": out}


def main():
    request = json.load(sys.stdin)
    answer = check(request) if request["mode"] == "check" else timings(request)
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
