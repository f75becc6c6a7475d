#!/usr/bin/python3
"""Golden answers for the Python-semantics readers in packages/data/src/checks/formats,
computed by the libraries Great Expectations itself calls.

Run with Debian's interpreter (python3-dateutil), from anywhere:

    /usr/bin/python3 packages/data/src/checks/formats/__golden__/make_golden.py

Writes formats.golden.json next to this script:

  strptime  [format, value, parses]: whether datetime.strptime(value, format) returns
            (False when it raises ValueError); formats it cannot compile are listed
            under strptime_bad_formats.
  dateutil  {today: [y, m, d], cases: [value, parses]}: whether
            dateutil.parser.parse(value, default=today) returns (False on ValueError or
            OverflowError, as GX counts it), with two-digit years read against today's
            year (parserinfo._year), so the answers do not depend on the day this runs.
  json      [text, parses]: whether json.loads(text) returns.
  like      [pattern, value, matches]: SQLite's `value LIKE pattern` with
            PRAGMA case_sensitive_like = ON (the SQL standard's case-sensitive LIKE,
            no ESCAPE clause).
"""
import datetime
import json
import os
import sqlite3
import sys
import warnings

import dateutil
from dateutil import parser as du

STRPTIME = {
    "%Y-%m-%d": ["2019-04-01", "2019-4-1", "2019-04-31", "2019-02-29", "2020-02-29", "0000-01-01", "2019-04-01 ", " 2019-04-01", "2019-04-0x", "2019-13-01", "2019-1-10", "20190401", "٢٠١٩-٠٤-٠١"],
    "%Y%m%d": ["20190401", "2019041", "201941", "2019111", "20191231", "2019-04-01", "201904011"],
    "%m%d": ["111", "1231", "0229", "229", "1301", "13"],
    "%d/%m/%Y": ["01/01/2010", "1/1/2010", "31/04/2010", " 1/ 1/2010", "01/01/10"],
    "%Y-%m-%dT%H:%M:%S": ["1977-05-55T00:00:00", "1980-05-21T13:47:59", "1980-05-21t13:47:59", "1980-05-21T24:00:00", "1980-05-21T23:59:60", "1980-05-21T23:59:61", "1980-05-21T23:59:5", "1980-05-21T3:4:5"],
    "%Y-%m-%d %H:%M:%S.%f": ["2019-04-01 10:00:00.5", "2019-04-01 10:00:00.123456", "2019-04-01 10:00:00.1234567", "2019-04-01   10:00:00.1", "2019-04-01\t10:00:00.1", "2019-04-01 10:00:00."],
    "%H:%M": ["9:05", "09:5", "24:00", "23:59", "7:7"],
    "%I:%M %p": ["12:00 AM", "12:00 pm", "1:30 PM", "13:00 PM", "00:10 am", "11:59 a.m."],
    "%d %b %Y": ["01 Jan 2020", "1 jan 2020", "01 JAN 2020", "01 Sept 2020", "01 Sep 2020", "29 Feb 2021", "31 Apr 2020"],
    "%d %B %Y": ["01 January 2020", "1 may 2020", "01 Janu 2020", "30 February 2020"],
    "%a, %d %b %Y": ["Mon, 01 Jan 2020", "Fri, 01 Jan 2020", "mon, 1 jan 2020", "Monday, 01 Jan 2020"],
    "%A %d %B": ["Monday 01 January", "Tuesday 29 February", "sunday 28 february"],
    "%b %d": ["Feb 29", "Feb 28", "Mar 31"],
    "%y-%m-%d": ["68-01-01", "69-01-01", "00-02-29", "99-12-31", "2019-01-01"],
    "%Y %j": ["2019 1", "2019 001", "2019 365", "2019 366", "2020 366", "2019 367", "9999 365", "9999 366", "2019 000"],
    "%Y-%m-%d %H:%M:%S%z": ["2019-04-01 10:00:00+0000", "2019-04-01 10:00:00+05:30", "2019-04-01 10:00:00-0530", "2019-04-01 10:00:00Z", "2019-04-01 10:00:00z", "2019-04-01 10:00:00+2400", "2019-04-01 10:00:00+2359", "2019-04-01 10:00:00+05:3000", "2019-04-01 10:00:00+05:30:00", "2019-04-01 10:00:00+0530:00", "2019-04-01 10:00:00+05:30:00.5", "2019-04-01 10:00:00+0560", "2019-04-01 10:00:00+5"],
    "%Y-%m-%d %Z": ["2019-04-01 UTC", "2019-04-01 utc", "2019-04-01 GMT", "2019-04-01 CET", "2019-04-01 "],
    "%H%M%S": ["101010", "10101", "1010", "246060", "235959"],
    "100%% %Y": ["100% 2019", "100%2019", "100 % 2019"],
    "%Y.%m.%d": ["2019.04.01", "2019x04x01"],
    "%d": ["1", " 1", "01", "31", "32", " 31", "0"],
    "%S": ["60", "61", "59", "6"],
    "%H %p": ["13 PM", "01 am", "1 xm"],
    "%I": ["12", "0", "13", "1"],
    "%Y-%m-%d(%H)": ["2019-04-01(10)", "2019-04-01(10", "2019-04-01[10]"],
    "%Y %m": ["2019\u00a004", "2019\u300004", "2019\x1c04", "2019\u200b04", "2019\ufeff04", "2019\n\n04", "201904"],
    "%d%m%Y": ["1012019", "3112019", "111999", "1111999", "0101999", "12122019"],
    "%y%m%d": ["991231", "000229", "010229", "9912"],
    "%B": ["Jun", "june", "JUNE", "Junee"],
    "%b.": ["sep.", "sept."],
    "%j": ["366", "1", "001", "000", "367"],
    "%m/%d": ["02/29", "02/28", "2/30"],
    "%Y-%m-%dT%H:%M:%S.%f%z": ["2019-04-01T10:00:00.123+00:00", "2019-04-01T10:00:00.123-23:59", "2019-04-01T10:00:00.123+24:00", "2019-04-01T10:00:00.123+23:59:59.999999"],
    "%A": ["MONDAY", "monday ", "Mon", "Thursday", "Thu"],
    "%Y %%": ["2019 %", "2019 %%", "2019"],
    "%%Y": ["%Y", "%y", "Y"],
    "%f": ["\u0661\u0662", "12", "1234567"],
    "%Y": ["\u0661\u0669\u0669\u0669", "\uff11\uff19\uff19\uff19", "999", "19999"],
    "%H:%M:%S": ["1:2:3", "01:02:3 ", "01:02:03"],
    "%Y-%m-%dt%H": ["2019-04-01T10", "2019-04-01t10"],
    "%a %b %d %H:%M:%S %Y": ["Mon Jan  1 10:00:00 2024", "Mon Jan 1 10:00:00 2024", "Mon Jan 01 10:00:00 2024", "Mon Jan 32 10:00:00 2024"],
    "%d %m": ["1 1", " 1  1", "  1 1"],
}
BAD_FORMATS = ["%D", "%", "%Y-%", "%Q", "%d %d", "%Y% m"]

# Unknown zone names (EST, BRST) only warn; parse still returns.
warnings.simplefilter("ignore")

DATEUTIL = [
    "2019-04-01", "2019-04-13", "01/01/2010", "abc", "cat", "dog", "horse", "01/01/2011",
    "2019-04-01T10:00:00", "2019-04-01T10:00:00Z", "2019-04-01T10:00:00+05:30", "2019-04-01T10:00:00.123456-0800",
    "2019-04-01 10:00:00 UTC", "2019-04-01 10:00:00 EST", "2019-04-01 10:00 PM", "10:00 PM", "10pm", "10 pm", "13pm", "0 am",
    "Jan 1 2020", "January 1, 2020", "1 January 2020", "Jan 2020", "2020 Jan", "1st of January 2020", "March of 2020", "March of 20",
    "Monday", "Mon, 01 Jan 2020 10:00:00 GMT", "Thu Sep 25 10:36:28 BRST 2003", "Thu Sep 25 2003",
    "2003-09-25", "20030925", "20030925T104941", "20030925T1049", "200309251049", "20030925104941", "030925", "10:49:41.5",
    "25/09/2003", "09/25/2003", "13/13/2003", "2003/09/25", "2003.09.25", "25.09.2003", "25-Sep-2003", "Sep-25-2003", "2003-Sep-25", "25 Sep 2003",
    "31", "32", "0", "1", "12", "99", "100", "2019", "99999", "123456789", "1234567", "12345",
    "February 30", "Feb 29 2019", "Feb 29 2020", "Feb 29", "Feb 31", "April 31 2020", "31 June",
    "10h36m28s", "10h", "10 h 36 m", "5 minutes", "1.5h", "10:36:28.12345678", "10:60", "25:00", "10:36:61", "24:00",
    "", " ", "T", "at", "on the", "NaN", "nan", "inf", "Infinity", "1e5", "1,5", "10,5", "10.5", "1.2.3", "1.2.3.4", "a.m.", "12 a.m.",
    "2019-04-01 +0530", "10:00 +05", "10:00 +05:30", "10:00 +0530 (IST)", "10:00 -03 (BRT)", "10:00 UTC+3", "10:00 GMT-2", "10:00 +123",
    "2019 13 01", "01 13 2019", "13 01 2019", "2019 01 13", "32 01 12", "12 32 01", "1 2 3 4", "2019-04-01-02",
    "Sept 5", "sept. 5", "Sep.5.2019", "5.Sep.2019", "Mon Jan 1", "Tuesday 9999-12-31", "Friday 9999-12-31",
    "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "00-01-01", "50-01-01", "76-01-01", "77-01-01",
    "12:30:45 pm", "12:30:45 am", "noon", "midnight", "tomorrow", "2019-04-01T", "T10:00", "2019W01", "2019-W01-1",
    "٢٠١٩-٠٤-٠١", "１２:３０", "2019–04–01", "2019\u00a004\u00a001", "2019\u200b04", "\t2019-04-01\n",
    "2019-04-01 10:00:00.5", "10:00:00,5", "Sat, 11 Mar 2000", "1999", "March", "Mar 99", "4/5", "4/5/6", "2019/4/5 5:30pm",
    "5:30 PM EST", "12/31/1999 23:59:59.999999", "July 4th", "4th July 1776", "1776-07-04", "0099-01-01", "1-1-1", "2000-02-30",
    "Wed Sep 3 2019", "Sun", "h", "10 s", "s 10", "10s", "1h30m", "1:30:45:12", "10:30:45.123456789", "3.14", "2019.04", "04.2019",
    "\x00", "2019\x00-04-01", "+0530", "10:00 + 0530", "2019-04-01T10:00:00+05:30:00", "10:00 UTC-0800", "10:00 (UTC)", "UTC 10:00",
    "8PM", "8 P.M.", "8 p", "20:00 pm", "0:00 am", "12am", "12 of March", "March of", "of 2019", "1 2", "31 2", "2 31", "13 13",
    "10:00:60", "23:59:59.9999999", "2019-12-31 24:00", "Jan 32", "Jan 31 2019 Jan", "2019 2020", "1 Jan 2 Feb", "10 am 11 pm",
    "10:00 +05 (IST)", "10:00 -0500 (EST) extra", "1.5.2019", "1,5,2019", "1999-1-1T1:1:1", "19990101T", "T", "1999 12 31 23 59",
    "3rd", "the 3rd", "3rd of May", "May 3rd, 2019 at 5pm", "5pm on May 3rd", "Z", "UTC", "12 UTC", "12Z", "12z",
]
TODAYS = [(2026, 1, 31), (2023, 2, 28), (2026, 4, 30)]

JSON = [
    '{"a":1}', '{"a":2}', "a", "", " ", "1", "-1", "1.5", "1e400", "-0", "01", "1.", ".5", "+1", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
    "nan", "infinity", "[NaN, Infinity, -Infinity]", '{"x": NaN}', '"NaN"', '["NaN", NaN]', "[1,]", "{,}", '{"a":1,}', "[1 2]",
    "true", "True", "null", "None", " \t\n\r1\r\n", "\u00a01", "\ufeff1", "1 2", '"a\\u0041"', '"\\ud800"', '"\\x41"', '"a\tb"', "'a'",
    '{"a": {"b": [1, {"c": null}]}}', "[Infinity]x", "NaNa", "[-Infinity,1e5,-1.5E-3]", '{"a":1, "a":2}', "[]", "{}", "[", "]", '"', '"\\"',
]

LIKE_PATTERNS = ["a%", "%b%", "a_c", "%", "", "_", "a%a", "%a%b%c%", "[a]%", "h%t", "%ab_", "_%_", "%__", "a\\%", "%.%", "é_", "_é", "%😀%"]
LIKE_VALUES = ["", "a", "aa", "abc", "bac", "aabab", "aabxabz", "xaxbxcx", "xcxbxax", "[a]bc", "hat", "Hat", "ab", "a%", "a\\x", "a.b", "éa", "aé", "x😀y", "😀"]


def like_table():
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA case_sensitive_like = ON")
    return [[p, v, bool(db.execute("SELECT ? LIKE ?", (v, p)).fetchone()[0])] for p in LIKE_PATTERNS for v in LIKE_VALUES]


def strptime_ok(fmt, value):
    try:
        datetime.datetime.strptime(value, fmt)
        return True
    except ValueError:
        return False


def dateutil_ok(value, today):
    info = du.parserinfo()
    info._year = today[0]
    info._century = today[0] // 100 * 100
    try:
        du.parse(value, parserinfo=info, default=datetime.datetime(*today))
        return True
    except (ValueError, OverflowError):
        return False


def json_ok(text):
    try:
        json.loads(text)
        return True
    except Exception:
        return False


def bad_format(fmt):
    try:
        datetime.datetime.strptime("", fmt)
    except ValueError as e:
        return "does not match" not in str(e)
    except Exception:
        return True
    return False


out = {
    "versions": {"python": sys.version.split()[0], "dateutil": dateutil.__version__},
    "strptime": [[f, v, strptime_ok(f, v)] for f, values in STRPTIME.items() for v in values],
    "strptime_bad_formats": [f for f in BAD_FORMATS if bad_format(f)],
    "dateutil": [{"today": list(t), "cases": [[v, dateutil_ok(v, t)] for v in DATEUTIL]} for t in TODAYS],
    "json": [[t, json_ok(t)] for t in JSON],
    "like": like_table(),
}
assert out["strptime_bad_formats"] == BAD_FORMATS
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "formats.golden.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
