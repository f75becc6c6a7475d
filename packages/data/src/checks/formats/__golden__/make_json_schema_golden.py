#!/usr/bin/env python3
"""Golden answers for packages/data/src/checks/formats/json-schema.ts, computed by
Python's jsonschema, which Great Expectations' expect_column_values_to_match_json_schema
calls as jsonschema.validate(json.loads(value), schema).

Needs a Python with jsonschema 4 (Debian's /usr/bin/python3 lacks it; `pip install
jsonschema`), from anywhere:

    python3 packages/data/src/checks/formats/__golden__/make_json_schema_golden.py

Writes json-schema.golden.json next to this script:

  cases          [schema, text, valid]: whether jsonschema.validate(json.loads(text), schema)
                 passes (False on ValidationError).
  bad_schemas    schemas jsonschema.validate refuses with SchemaError.
"""
import importlib.metadata
import json
import os

import jsonschema

D7 = "http://json-schema.org/draft-07/schema#"
D2019 = "https://json-schema.org/draft/2019-09/schema"
D2020 = "https://json-schema.org/draft/2020-12/schema"

CASES = [
    ({}, ['{"a":1}', "1", "null", "[NaN]"]),
    ({"properties": {"a": {"type": "integer"}}, "required": ["a"]}, ['{"a":1}', '{"a":1.0}', '{"a":1.5}', '{"a":true}', '{"b":1}', "[1]", "1"]),
    ({"properties": {"a": {"type": "integer"}}, "required": ["b"]}, ['{"a":1}', '{"a":1,"b":null}']),
    ({"type": "number"}, ["1", "1.5", "NaN", "Infinity", "true", '"1"']),
    ({"type": "string", "format": "email"}, ['"not an email"', '"a@b.c"', "1"]),
    ({"type": "string", "minLength": 2, "maxLength": 2}, ['"ab"', '"\\ud83d\\ude00a"', '"\\ud83d\\ude00"', '"a"']),
    ({"enum": [1, "a", None]}, ["1", "1.0", "true", '"a"', "null", "2"]),
    ({"const": False}, ["false", "0", "null"]),
    ({"type": "array", "uniqueItems": True}, ["[1, 1.0]", "[1, true]", "[0, false]", '[{"a":1},{"a":1}]', "[1, 2]"]),
    ({"multipleOf": 0.01}, ["0.07", "0.5", "7"]),
    ({"multipleOf": 3}, ["9", "9.0", "10"]),
    ({"prefixItems": [{"type": "string"}], "items": False}, ['["a"]', "[1]", '["a", 1]']),
    ({"$schema": D7, "items": [{"type": "string"}], "additionalItems": False}, ['["a"]', "[1]", '["a", 1]']),
    ({"$schema": D7, "prefixItems": [{"type": "string"}]}, ["[1]"]),
    ({"$schema": D2019, "dependentRequired": {"a": ["b"]}}, ['{"a":1}', '{"a":1,"b":2}']),
    ({"$schema": D2020, "$defs": {"pos": {"type": "number", "exclusiveMinimum": 0}}, "items": {"$ref": "#/$defs/pos"}}, ["[1, 2]", "[0]", "[]"]),
    ({"$schema": D7, "definitions": {"pos": {"type": "number", "exclusiveMinimum": 0}}, "items": {"$ref": "#/definitions/pos"}}, ["[1, 2]", "[0]"]),
    ({"x-unknown": 1, "type": "object", "additionalProperties": {"type": "string"}}, ['{"a":"b"}', '{"a":1}']),
    ({"type": "object", "unevaluatedProperties": False, "properties": {"a": {}}}, ['{"a":1}', '{"a":1,"b":2}']),
    ({"anyOf": [{"type": "string"}, {"minimum": 5}]}, ['"x"', "6", "4"]),
    ({"not": {"type": "null"}}, ["null", "0"]),
    ({"if": {"properties": {"k": {"const": 1}}}, "then": {"required": ["v"]}}, ['{"k":1}', '{"k":1,"v":0}', '{"k":2}']),
    ({"type": "object", "propertyNames": {"maxLength": 1}}, ['{"a":1}', '{"ab":1}']),
    ({"type": "integer", "maximum": 9007199254740993}, ["9007199254740993", "9007199254740992"]),
    (True, ["1"]),
    (False, ["1"]),
]
BAD_SCHEMAS = [{"type": "integr"}, {"minLength": -1}, {"required": "a"}, {"properties": []}, {"$schema": D7, "items": 1}]

cases = []
for schema, texts in CASES:
    for text in texts:
        try:
            jsonschema.validate(json.loads(text), schema)
            valid = True
        except jsonschema.ValidationError:
            valid = False
        cases.append([schema, text, valid])

bad = []
for schema in BAD_SCHEMAS:
    try:
        jsonschema.validate(None, schema)
    except jsonschema.SchemaError:
        bad.append(schema)
    except jsonschema.ValidationError:
        pass
assert bad == BAD_SCHEMAS, bad
assert jsonschema.validators.validator_for({}) is jsonschema.Draft202012Validator

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "json-schema.golden.json"), "w") as f:
    json.dump({"jsonschema": importlib.metadata.version("jsonschema"), "cases": cases, "bad_schemas": bad}, f, ensure_ascii=False, indent=1)
    f.write("\n")
