export const id = 9892;
export const ids = [9892];
export const modules = {

/***/ 73596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   cG: () => (/* reexport safe */ _regex_engine__WEBPACK_IMPORTED_MODULE_1__.c),
/* harmony export */   eO: () => (/* binding */ regexRefusal)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _regex_engine__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13621);



const LOOKAROUND_HINT = 'Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).';
const SYNTAX_HINT = 'Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.';
/** A construct RE2 refuses, named as the user would look it up, with what to write instead. */
function unsupported(error, input, pattern) {
    if (/^\\[1-9]/.test(input))
        return { construct: `a backreference (${input.slice(0, 2)})`, hint: 'Spell out the repeated text.' };
    if (input === '\\k' || (input === '(?P' && pattern.includes('(?P=')))
        return { construct: 'a named backreference', hint: 'Spell out the repeated text.' };
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return { construct: `a lookahead (${input.slice(0, 3)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return { construct: `a lookbehind (${input.slice(0, 4)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?>'))
        return { construct: 'an atomic group ((?>\u2026))', hint: 'Write a plain group (?:\u2026): RE2 never backtracks, so it needs no atomic groups.' };
    if (input.startsWith('(?('))
        return { construct: 'a conditional group ((?(\u2026)\u2026|\u2026))', hint: 'Write the alternatives as separate patterns.' };
    if (error.includes('nested repetition') && input.endsWith('+'))
        return { construct: `a possessive quantifier (${input})`, hint: 'Drop the trailing +: RE2 never backtracks, so a plain quantifier does the same.' };
    if (input.startsWith('(?#'))
        return { construct: 'a comment group ((?#\u2026))', hint: 'Remove the comment.' };
    if (input === '\\u' || input === '\\U')
        return { construct: `the escape ${input}`, hint: 'Write a code point as \\x{e9} (hex digits in braces).' };
    if (input === '\\Z')
        return { construct: 'the end-of-text escape \\Z', hint: 'Write \\z (end of text) or $.' };
    return undefined;
}
function compileOrExplain(pattern, flags) {
    const { RE2JS, RE2JSSyntaxException } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    try {
        return RE2JS.compile(pattern, flags);
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        const input = e.input ?? '';
        const known = unsupported(e.error, input, pattern);
        if (known)
            return { problem: `uses ${known.construct}, which the linear-time regular expression engine (RE2 syntax) cannot run`, hint: known.hint };
        return { problem: `is not a valid regular expression: ${e.error}${input ? ` at ${JSON.stringify(input)}` : ''}`, hint: SYNTAX_HINT };
    }
}
/** Why `pattern` cannot be run, or undefined when it can: for a config read before its checks are compiled. */
function regexRefusal(pattern) {
    const r = compileOrExplain(pattern, 0);
    return r instanceof (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)().RE2JS ? undefined : r;
}
/** Compiles `pattern` once, for many values; a pattern RE2 cannot run is a UserError naming what holds it and the construct. */
function compileUserRegex(pattern, options) {
    const { RE2JS } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    const re = compileOrExplain(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (!(re instanceof RE2JS))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${options.what} ${JSON.stringify(pattern)} ${re.problem}`, { where: options.where, hint: re.hint });
    return { source: pattern, test: (text) => re.test(text) };
}


/***/ }),

/***/ 61589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ compileChecks)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/data/src/checks/conditional.ts
var conditional = __webpack_require__(3986);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
// EXTERNAL MODULE: ./packages/data/src/checks/condition-tree.ts
var condition_tree = __webpack_require__(58416);
;// CONCATENATED MODULE: ./packages/data/src/checks/row-condition.ts


function compileRowCondition(source, parser, schema, where) {
    return evaluator((0,condition_tree/* parseRowCondition */.DF)(source, parser, schema, where));
}
function evaluator(c) {
    switch (c.type) {
        case 'and': {
            const l = evaluator(c.left);
            const r = evaluator(c.right);
            return (cols, row) => l(cols, row) && r(cols, row);
        }
        case 'or': {
            const l = evaluator(c.left);
            const r = evaluator(c.right);
            return (cols, row) => l(cols, row) || r(cols, row);
        }
        case 'not': {
            const inner = evaluator(c.inner);
            return (cols, row) => !inner(cols, row);
        }
        case 'isnull': {
            const { index } = c.column;
            const wantNull = c.isNull;
            return (cols, row) => (0,table/* isMissing */.b2)(cols[index][row]) === wantNull;
        }
        case 'isin': {
            const { index } = c.column;
            const keys = c.values.map((v) => v.value);
            return (cols, row) => {
                const v = cols[index][row];
                return !(0,table/* isMissing */.b2)(v) && keys.some((k) => compare(v, '==', k));
            };
        }
        case 'compare': {
            const a = c.left.index;
            const op = c.op;
            if (c.right.type === 'column') {
                const b = c.right.index;
                return (cols, row) => {
                    const x = cols[a][row];
                    const y = cols[b][row];
                    if ((0,table/* isMissing */.b2)(x) || (0,table/* isMissing */.b2)(y))
                        return op === '!=';
                    return compare(x, op, y);
                };
            }
            const key = c.right.value;
            return (cols, row) => {
                const x = cols[a][row];
                if ((0,table/* isMissing */.b2)(x))
                    return op === '!=';
                return compare(x, op, key);
            };
        }
    }
}
function compare(x, op, y) {
    let a = x;
    let b = y;
    if (typeof a === 'string' && typeof b === 'number') {
        const n = a.trim() === '' ? NaN : Number(a);
        if (Number.isNaN(n))
            return op === '!=';
        a = n;
    }
    else if (typeof a === 'number' && typeof b === 'string') {
        return op === '!=';
    }
    else if (typeof a === 'boolean' && typeof b === 'number')
        a = a ? 1 : 0;
    else if (typeof a !== typeof b)
        return op === '!=';
    switch (op) {
        case '==':
            return a === b;
        case '!=':
            return a !== b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
    }
}

// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 6 modules
var load = __webpack_require__(33370);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/drift.ts
var drift = __webpack_require__(1829);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/python-text.ts
var python_text = __webpack_require__(21027);
;// CONCATENATED MODULE: ./packages/data/src/checks/formats/dateutil.ts

function todayUtc(now) {
    const d = new Date(now);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** What dateutil raises and parse() passes on: the value is not a date. */
class NotADate extends Error {
}
const fail = () => {
    throw new NotADate();
};
// Python counts code points; most text has no surrogate pairs, where that is the JS length.
const SURROGATE = /[\uD800-\uDFFF]/;
const cpLen = (s) => (SURROGATE.test(s) ? Array.from(s).length : s.length);
const slice = (s, a, b) => (SURROGATE.test(s) ? Array.from(s).slice(a, b) : s.slice(a, b).split(''));
function lookup(groups) {
    const m = new Map();
    groups.forEach((names, i) => names.forEach((n) => m.set(n, i)));
    return m;
}
const JUMP = new Set([' ', '.', ',', ';', '-', '/', "'", 'at', 'on', 'and', 'ad', 'm', 't', 'of', 'st', 'nd', 'rd', 'th']);
const WEEKDAY = lookup(python_text/* WEEKDAYS */.w4.map((w) => [w.slice(0, 3), w]));
const MONTH = lookup(python_text/* MONTHS */.KR.map((m) => (m === 'september' ? ['sep', 'sept', m] : [m.slice(0, 3), m])));
const HMS = lookup([
    ['h', 'hour', 'hours'],
    ['m', 'minute', 'minutes'],
    ['s', 'second', 'seconds'],
]);
const AMPM = lookup([
    ['am', 'a'],
    ['pm', 'p'],
]);
const UTCZONE = ['UTC', 'GMT', 'Z', 'z'];
const lower = (s) => s.toLowerCase();
const jump = (t) => JUMP.has(lower(t));
const weekdayOf = (t) => WEEKDAY.get(lower(t));
const monthOf = (t) => (t === undefined ? fail() : MONTH.has(lower(t)) ? MONTH.get(lower(t)) + 1 : undefined);
const hmsOf = (t) => HMS.get(lower(t));
const ampmOf = (t) => AMPM.get(lower(t));
const isUtcZone = (t) => ['utc', 'gmt', 'z'].includes(lower(t));
/** `_timelex.split`: runs of letters, of digits (with `.`/`,` decimals) and single other characters. */
function timelex(text) {
    const chars = Array.from(text).filter((c) => c !== '\0');
    const out = [];
    const stack = [];
    let i = 0;
    const isword = python_text/* isAlpha */.R5;
    const isnum = python_text/* isDecimal */.aM;
    for (;;) {
        if (stack.length) {
            out.push(stack.shift());
            continue;
        }
        if (i >= chars.length)
            break;
        let seenLetters = false;
        let token = '';
        let state = '';
        while (i < chars.length) {
            const c = chars[i++];
            if (!state) {
                token = c;
                if (isword(c))
                    state = 'a';
                else if (isnum(c))
                    state = '0';
                else {
                    if ((0,python_text/* isSpace */.xC)(c))
                        token = ' ';
                    break;
                }
            }
            else if (state === 'a') {
                seenLetters = true;
                if (isword(c))
                    token += c;
                else if (c === '.') {
                    token += c;
                    state = 'a.';
                }
                else {
                    i--;
                    break;
                }
            }
            else if (state === '0') {
                if (isnum(c))
                    token += c;
                else if (c === '.' || (c === ',' && cpLen(token) >= 2)) {
                    token += c;
                    state = '0.';
                }
                else {
                    i--;
                    break;
                }
            }
            else if (state === 'a.') {
                seenLetters = true;
                if (c === '.' || isword(c))
                    token += c;
                else if (isnum(c) && token.endsWith('.')) {
                    token += c;
                    state = '0.';
                }
                else {
                    i--;
                    break;
                }
            }
            else {
                if (c === '.' || isnum(c))
                    token += c;
                else if (isword(c) && token.endsWith('.')) {
                    token += c;
                    state = 'a.';
                }
                else {
                    i--;
                    break;
                }
            }
        }
        const dots = token.split('.').length - 1;
        if ((state === 'a.' || state === '0.') && (seenLetters || dots > 1 || token.endsWith('.') || token.endsWith(','))) {
            const parts = token.split(/([.,])/);
            token = parts[0];
            for (const p of parts.slice(1))
                if (p)
                    stack.push(p);
        }
        if (state === '0.' && !token.includes('.'))
            token = token.replaceAll(',', '.');
        out.push(token);
    }
    return out;
}
/** `float(token)` succeeds: digits with at most one point, or nan/inf/infinity (which `_to_decimal` then refuses). */
const ASCII_NUMBER = /^[0-9]+(\.[0-9]*)?$/;
const NUMBER = /^(\p{Nd}+(\.\p{Nd}*)?|\.\p{Nd}+)$/u;
function floatable(t) {
    return ASCII_NUMBER.test(t) || NUMBER.test(t) || /^(nan|inf|infinity)$/i.test(t);
}
/** `Decimal(token)` when finite, as a number; dateutil raises ValueError otherwise. */
function toDecimal(t) {
    if (t === undefined)
        return fail();
    if (ASCII_NUMBER.test(t))
        return Number(t);
    if (!NUMBER.test(t))
        return fail();
    const [whole, frac = ''] = t.split('.');
    const w = whole ? (0,python_text/* toInt */.RI)(Array.from(whole)) : 0;
    return frac ? w + (0,python_text/* toInt */.RI)(Array.from(frac)) / 10 ** cpLen(frac) : w;
}
/** Python's `int()` of a token or a slice of one: digits only. */
const ASCII_DIGITS = /^[0-9]+$/;
const dateutil_int = (s) => {
    if (s === undefined)
        return fail();
    if (typeof s === 'string' && ASCII_DIGITS.test(s))
        return Number(s);
    const chars = typeof s === 'string' ? Array.from(s) : s;
    if (chars.length === 0 || !chars.every(python_text/* isDecimal */.aM))
        return fail();
    return (0,python_text/* toInt */.RI)(chars);
};
/** `str.isdigit()` for a whole token (decimal digits; other Unicode digits are refused by `int()` anyway). */
const isDigits = (s) => ASCII_DIGITS.test(s) || (s.length > 0 && Array.from(s).every(python_text/* isDecimal */.aM));
/** `_ymd`: the numbers read so far that may be a year, a month or a day. */
class Ymd {
    values = [];
    centurySpecified = false;
    ystridx;
    mstridx;
    dstridx;
    get length() {
        return this.values.length;
    }
    /** Python indexing, negative indices counting from the end. */
    at(i) {
        const v = this.values[i < 0 ? this.values.length + i : i];
        return v === undefined ? fail() : v;
    }
    couldBeDay(value) {
        if (this.dstridx !== undefined)
            return false;
        if (this.mstridx === undefined)
            return value >= 1 && value <= 31;
        const month = this.at(this.mstridx);
        if (month < 1 || month > 12)
            return fail();
        if (this.ystridx === undefined)
            return value >= 1 && value <= (0,python_text/* daysInMonth */.L3)(2000, month);
        return value >= 1 && value <= (0,python_text/* daysInMonth */.L3)(this.at(this.ystridx), month);
    }
    /** A token's text (`"05"`, `"2019"`) or a number (a Decimal, or a month from its name). */
    append(val, label) {
        if (typeof val === 'string') {
            if (isDigits(val) && cpLen(val) > 2) {
                this.centurySpecified = true;
                if (label !== undefined && label !== 'Y')
                    fail();
                label = 'Y';
            }
        }
        else if (val > 100) {
            this.centurySpecified = true;
            if (label !== undefined && label !== 'Y')
                fail();
            label = 'Y';
        }
        this.values.push(typeof val === 'string' ? dateutil_int(val) : Math.trunc(val));
        const idx = this.values.length - 1;
        if (label === 'M') {
            if (this.mstridx !== undefined)
                fail();
            this.mstridx = idx;
        }
        else if (label === 'Y') {
            if (this.ystridx !== undefined)
                fail();
            this.ystridx = idx;
        }
    }
    resolve() {
        const strids = {};
        if (this.ystridx !== undefined)
            strids.y = this.ystridx;
        if (this.mstridx !== undefined)
            strids.m = this.mstridx;
        if (this.dstridx !== undefined)
            strids.d = this.dstridx;
        const known = Object.keys(strids).length;
        const n = this.length;
        if ((n === known && known > 0) || (n === 3 && known === 2)) {
            if (n === 3 && known === 2) {
                const missing = [0, 1, 2].find((x) => !Object.values(strids).includes(x));
                const key = ['y', 'm', 'd'].find((k) => !(k in strids));
                strids[key] = missing;
            }
            const get = (k) => (k in strids ? this.at(strids[k]) : undefined);
            return [get('y'), get('m'), get('d')];
        }
        let year;
        let month;
        let day;
        const m = this.mstridx;
        const v = (i) => this.at(i);
        if (n > 3)
            fail();
        else if (n === 1 || (m !== undefined && n === 2)) {
            let other;
            if (m !== undefined) {
                month = v(m);
                other = v(m - 1);
            }
            else
                other = v(0);
            if (n > 1 || m === undefined) {
                if (other > 31)
                    year = other;
                else
                    day = other;
            }
        }
        else if (n === 2) {
            if (v(0) > 31)
                [year, month] = [v(0), v(1)];
            else if (v(1) > 31)
                [month, year] = [v(0), v(1)];
            else
                [month, day] = [v(0), v(1)];
        }
        else if (n === 3) {
            if (m === 0) {
                if (v(1) > 31)
                    [month, year, day] = [v(0), v(1), v(2)];
                else
                    [month, day, year] = [v(0), v(1), v(2)];
            }
            else if (m === 1) {
                if (v(0) > 31)
                    [year, month, day] = [v(0), v(1), v(2)];
                else
                    [day, month, year] = [v(0), v(1), v(2)];
            }
            else if (m === 2) {
                if (v(1) > 31)
                    [day, year, month] = [v(0), v(1), v(2)];
                else
                    [year, day, month] = [v(0), v(1), v(2)];
            }
            else if (v(0) > 31 || this.ystridx === 0)
                [year, month, day] = [v(0), v(1), v(2)];
            else if (v(0) > 12)
                [day, month, year] = [v(0), v(1), v(2)];
            else
                [month, day, year] = [v(0), v(1), v(2)];
        }
        return [year, month, day];
    }
}
/** `_could_be_tzname`; after an explicit offset dateutil asks it with no offset, to read "+0530 (IST)". */
const couldBeTzname = (res, token, ignoreOffset = false) => res.hour !== undefined && res.tzname === undefined && (ignoreOffset || res.tzoffset === undefined) && cpLen(token) <= 5 && (/^[A-Z]+$/.test(token) || UTCZONE.includes(token));
const adjustAmpm = (hour, ampm) => (hour < 12 && ampm === 1 ? hour + 12 : hour === 12 && ampm === 0 ? 0 : hour);
function parseMinSec(value) {
    const minute = Math.trunc(value);
    const rest = value % 1;
    return [minute, rest ? Math.trunc(60 * rest) : undefined];
}
function parseMs(value) {
    if (!value.includes('.'))
        return [dateutil_int(value), 0];
    const parts = value.split('.');
    if (parts.length !== 2)
        fail();
    return [dateutil_int(parts[0]), dateutil_int(slice(parts[1].padEnd(6, '0'), 0, 6))];
}
function findHmsIdx(idx, tokens) {
    const n = tokens.length;
    if (idx + 1 < n && hmsOf(tokens[idx + 1]) !== undefined)
        return idx + 1;
    if (idx + 2 < n && tokens[idx + 1] === ' ' && hmsOf(tokens[idx + 2]) !== undefined)
        return idx + 2;
    if (idx > 0 && hmsOf(tokens[idx - 1]) !== undefined)
        return idx - 1;
    if (1 < idx && idx === n - 1 && tokens[idx - 1] === ' ' && hmsOf(tokens[idx - 2]) !== undefined)
        return idx - 2;
    return undefined;
}
function assignHms(res, valueRepr, hms) {
    const value = toDecimal(valueRepr);
    if (hms === 0) {
        res.hour = Math.trunc(value);
        if (value % 1)
            res.minute = Math.trunc(60 * (value % 1));
    }
    else if (hms === 1)
        [res.minute, res.second] = parseMinSec(value);
    else
        [res.second, res.microsecond] = parseMs(valueRepr);
}
function parseNumericToken(tokens, idx, ymd, res) {
    const valueRepr = tokens[idx];
    let value = toDecimal(valueRepr);
    const lenLi = cpLen(valueRepr);
    const n = tokens.length;
    const s = valueRepr;
    if (ymd.length === 3 && (lenLi === 2 || lenLi === 4) && res.hour === undefined && (idx + 1 >= n || (tokens[idx + 1] !== ':' && hmsOf(tokens[idx + 1]) === undefined))) {
        res.hour = dateutil_int(slice(s, 0, 2));
        if (lenLi === 4)
            res.minute = dateutil_int(slice(s, 2));
    }
    else if (lenLi === 6 || (lenLi > 6 && Array.from(s).indexOf('.') === 6)) {
        if (ymd.length === 0 && !s.includes('.')) {
            ymd.append(slice(s, 0, 2).join(''));
            ymd.append(slice(s, 2, 4).join(''));
            ymd.append(slice(s, 4).join(''));
        }
        else {
            res.hour = dateutil_int(slice(s, 0, 2));
            res.minute = dateutil_int(slice(s, 2, 4));
            [res.second, res.microsecond] = parseMs(slice(s, 4).join(''));
        }
    }
    else if (lenLi === 8 || lenLi === 12 || lenLi === 14) {
        ymd.append(slice(s, 0, 4).join(''), 'Y');
        ymd.append(slice(s, 4, 6).join(''));
        ymd.append(slice(s, 6, 8).join(''));
        if (lenLi > 8) {
            res.hour = dateutil_int(slice(s, 8, 10));
            res.minute = dateutil_int(slice(s, 10, 12));
            if (lenLi > 12)
                res.second = dateutil_int(slice(s, 12));
        }
    }
    else if (findHmsIdx(idx, tokens) !== undefined) {
        const hmsIdx = findHmsIdx(idx, tokens);
        let hms;
        if (hmsIdx > idx) {
            hms = hmsOf(tokens[hmsIdx]);
            idx = hmsIdx;
        }
        else
            hms = hmsOf(tokens[hmsIdx]) + 1;
        // dateutil's _parse_hms gives hms 3 for a unit word before the number ("s 5"), which _assign_hms ignores.
        if (hms <= 2)
            assignHms(res, valueRepr, hms);
    }
    else if (idx + 2 < n && tokens[idx + 1] === ':') {
        res.hour = Math.trunc(value);
        value = toDecimal(tokens[idx + 2]);
        [res.minute, res.second] = parseMinSec(value);
        if (idx + 4 < n && tokens[idx + 3] === ':') {
            [res.second, res.microsecond] = parseMs(tokens[idx + 4]);
            idx += 2;
        }
        idx += 2;
    }
    else if (idx + 1 < n && ['-', '/', '.'].includes(tokens[idx + 1])) {
        const sep = tokens[idx + 1];
        ymd.append(valueRepr);
        if (idx + 2 < n && !jump(tokens[idx + 2])) {
            if (isDigits(tokens[idx + 2]))
                ymd.append(tokens[idx + 2]);
            else {
                const month = monthOf(tokens[idx + 2]);
                if (month === undefined)
                    fail();
                ymd.append(month, 'M');
            }
            if (idx + 3 < n && tokens[idx + 3] === sep) {
                const month = monthOf(tokens[idx + 4]);
                if (month !== undefined)
                    ymd.append(month, 'M');
                else
                    ymd.append(tokens[idx + 4]);
                idx += 2;
            }
            idx += 1;
        }
        idx += 1;
    }
    else if (idx + 1 >= n || jump(tokens[idx + 1])) {
        if (idx + 2 < n && ampmOf(tokens[idx + 2]) !== undefined) {
            res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 2]));
            idx += 1;
        }
        else
            ymd.append(value);
        idx += 1;
    }
    else if (ampmOf(tokens[idx + 1]) !== undefined && value >= 0 && value < 24) {
        res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 1]));
        idx += 1;
    }
    else if (ymd.couldBeDay(value))
        ymd.append(value);
    else
        fail();
    return idx;
}
/** `parser._parse` with fuzzy off: the fields found, or a throw where dateutil gives up. */
function parseFields(text, thisYear) {
    const res = {};
    const l = timelex(text);
    const ymd = new Ymd();
    const n = l.length;
    const tok = (i) => (i < n ? l[i] : fail());
    let i = 0;
    while (i < n) {
        const t = l[i];
        if (floatable(t))
            i = parseNumericToken(l, i, ymd, res);
        else if (weekdayOf(t) !== undefined)
            res.weekday = weekdayOf(t);
        else if (monthOf(t) !== undefined) {
            ymd.append(monthOf(t), 'M');
            if (i + 1 < n) {
                if (l[i + 1] === '-' || l[i + 1] === '/') {
                    const sep = l[i + 1];
                    ymd.append(tok(i + 2));
                    if (i + 3 < n && l[i + 3] === sep) {
                        ymd.append(tok(i + 4));
                        i += 2;
                    }
                    i += 2;
                }
                else if (i + 4 < n && l[i + 1] === ' ' && l[i + 3] === ' ' && lower(l[i + 2]) === 'of') {
                    if (isDigits(l[i + 4]))
                        ymd.append(String(convertYear(dateutil_int(l[i + 4]), false, thisYear)), 'Y');
                    i += 4;
                }
            }
        }
        else if (ampmOf(t) !== undefined) {
            if (res.hour === undefined || res.hour < 0 || res.hour > 12)
                fail();
            res.hour = adjustAmpm(res.hour, ampmOf(t));
            res.ampm = ampmOf(t);
        }
        else if (couldBeTzname(res, t)) {
            res.tzname = t;
            res.tzoffset = t === 'utc' || t === 'gmt' || t === 'z' ? 0 : undefined;
            if (i + 1 < n && (l[i + 1] === '+' || l[i + 1] === '-')) {
                // "UTC+3" means three hours behind UTC (POSIX), so dateutil flips the sign.
                l[i + 1] = l[i + 1] === '+' ? '-' : '+';
                res.tzoffset = undefined;
                if (isUtcZone(t))
                    res.tzname = undefined;
            }
        }
        else if (res.hour !== undefined && (t === '+' || t === '-')) {
            const signal = t === '+' ? 1 : -1;
            const next = tok(i + 1);
            const lenLi = cpLen(next);
            let hourOffset;
            let minOffset;
            if (lenLi === 4) {
                hourOffset = dateutil_int(slice(next, 0, 2));
                minOffset = dateutil_int(slice(next, 2));
            }
            else if (i + 2 < n && l[i + 2] === ':') {
                hourOffset = dateutil_int(next);
                minOffset = dateutil_int(tok(i + 3));
                i += 2;
            }
            else if (lenLi <= 2) {
                hourOffset = dateutil_int(slice(next, 0, 2));
                minOffset = 0;
            }
            else
                return fail();
            res.tzoffset = signal * (hourOffset * 3600 + minOffset * 60);
            if (i + 5 < n && jump(l[i + 2]) && l[i + 3] === '(' && l[i + 5] === ')' && cpLen(l[i + 4]) >= 3 && couldBeTzname(res, l[i + 4], true)) {
                res.tzname = l[i + 4];
                i += 4;
            }
            i += 1;
        }
        else if (!jump(t))
            fail();
        i += 1;
    }
    const [year, month, day] = ymd.resolve();
    res.centurySpecified = ymd.centurySpecified;
    res.year = year;
    res.month = month;
    res.day = day;
    if (res.year !== undefined)
        res.year = convertYear(res.year, res.centurySpecified, thisYear);
    if ((res.tzoffset === 0 && !res.tzname) || res.tzname === 'Z' || res.tzname === 'z') {
        res.tzname = 'UTC';
        res.tzoffset = 0;
    }
    return res;
}
function convertYear(year, centurySpecified, thisYear) {
    if (year < 100 && !centurySpecified) {
        year += Math.floor(thisYear / 100) * 100;
        if (year >= thisYear + 50)
            year -= 100;
        else if (year < thisYear - 50)
            year += 100;
    }
    return year;
}
/** `parser.parse(value)` returns rather than raising ValueError or OverflowError. */
function dateutilParses(value, today) {
    let res;
    try {
        res = parseFields(value, today.year);
    }
    catch (e) {
        if (e instanceof NotADate)
            return false;
        throw e;
    }
    const fields = [res.year, res.month, res.day, res.weekday, res.hour, res.minute, res.second, res.microsecond, res.tzname, res.tzoffset, res.ampm];
    if (fields.every((f) => f === undefined))
        return false; // "String does not contain a date"
    // _build_naive: default.replace(**found), with the default day clipped to the month when no day was found.
    const year = res.year ?? today.year;
    const month = res.month ?? today.month;
    if (month < 1 || month > 12)
        return false;
    const day = res.day ?? Math.min(today.day, year >= 1 && year <= 9999 ? (0,python_text/* daysInMonth */.L3)(year, month) : 31);
    if (!(0,python_text/* validDate */.BY)(year, month, day))
        return false;
    if (!inRange(res.hour, 23) || !inRange(res.minute, 59) || !inRange(res.second, 59) || !inRange(res.microsecond, 999_999))
        return false;
    if (res.weekday !== undefined && !res.day) {
        // relativedelta(weekday=\u2026) moves forward to that weekday; past 9999-12-31 Python raises OverflowError.
        const ord = (0,python_text/* toOrdinal */.ZO)(year, month, day);
        const ahead = (res.weekday - ((ord + 6) % 7) + 7) % 7;
        if (ord + ahead > (0,python_text/* toOrdinal */.ZO)(9999, 12, 31))
            return false;
    }
    return true;
}
const inRange = (v, max) => v === undefined || (v >= 0 && v <= max);

// EXTERNAL MODULE: ./packages/data/src/checks/formats/json-schema.ts
var json_schema = __webpack_require__(61011);
;// CONCATENATED MODULE: ./packages/data/src/checks/formats/like.ts
const ANY = -1;
function compileLike(pattern) {
    const pieces = pattern.split('%').map((p) => Array.from(p, (ch) => (ch === '_' ? ANY : ch.codePointAt(0))));
    if (pieces.length === 1) {
        const only = pieces[0];
        return (value) => {
            const v = codePoints(value);
            return v.length === only.length && fits(v, 0, only);
        };
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const middle = pieces.slice(1, -1).filter((p) => p.length > 0);
    const fixed = first.length + last.length;
    return (value) => {
        const v = codePoints(value);
        if (v.length < fixed || !fits(v, 0, first) || !fits(v, v.length - last.length, last))
            return false;
        let at = first.length;
        const end = v.length - last.length;
        for (const piece of middle) {
            let found = -1;
            for (let i = at; i + piece.length <= end; i++) {
                if (fits(v, i, piece)) {
                    found = i;
                    break;
                }
            }
            if (found < 0)
                return false;
            at = found + piece.length;
        }
        return true;
    };
}
function fits(v, at, piece) {
    for (let j = 0; j < piece.length; j++) {
        const p = piece[j];
        if (p !== ANY && v[at + j] !== p)
            return false;
    }
    return true;
}
function codePoints(s) {
    const out = [];
    for (const ch of s)
        out.push(ch.codePointAt(0));
    return out;
}

;// CONCATENATED MODULE: ./packages/data/src/checks/formats/python-json.ts
const FAIL = { ok: false };
function loadsPython(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        // Only a non-finite literal can make Python accept what JSON.parse refused.
        if (!text.includes('NaN') && !text.includes('Infinity'))
            return FAIL;
        try {
            const r = new Reader(text);
            r.space();
            const value = r.value();
            r.space();
            return r.i === text.length ? { ok: true, value } : FAIL;
        }
        catch {
            return FAIL;
        }
    }
}
class Reader {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    space() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                break;
            this.i++;
        }
    }
    fail() {
        throw new SyntaxError(`unexpected input at ${this.i}`);
    }
    literal(word) {
        if (!this.s.startsWith(word, this.i))
            this.fail();
        this.i += word.length;
    }
    value() {
        const c = this.s[this.i];
        switch (c) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return this.string();
            case 't':
                this.literal('true');
                return true;
            case 'f':
                this.literal('false');
                return false;
            case 'n':
                this.literal('null');
                return null;
            case 'N':
                this.literal('NaN');
                return NaN;
            case 'I':
                this.literal('Infinity');
                return Infinity;
            default:
                if (c === '-' && this.s.startsWith('-Infinity', this.i)) {
                    this.i += 9;
                    return -Infinity;
                }
                return this.number();
        }
    }
    object() {
        const out = {};
        this.i++;
        this.space();
        if (this.s[this.i] === '}') {
            this.i++;
            return out;
        }
        for (;;) {
            this.space();
            if (this.s[this.i] !== '"')
                this.fail();
            const key = this.string();
            this.space();
            if (this.s[this.i] !== ':')
                this.fail();
            this.i++;
            this.space();
            Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
            this.space();
            const c = this.s[this.i++];
            if (c === '}')
                return out;
            if (c !== ',')
                this.fail();
        }
    }
    array() {
        const out = [];
        this.i++;
        this.space();
        if (this.s[this.i] === ']') {
            this.i++;
            return out;
        }
        for (;;) {
            this.space();
            out.push(this.value());
            this.space();
            const c = this.s[this.i++];
            if (c === ']')
                return out;
            if (c !== ',')
                this.fail();
        }
    }
    string() {
        // A string is the same in both grammars, so the native parser reads it once its end is found.
        const start = this.i++;
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 0x22) {
                this.i++;
                return JSON.parse(s.slice(start, this.i));
            }
            this.i += c === 0x5c ? 2 : 1;
        }
        return this.fail();
    }
    number() {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
        m.lastIndex = this.i;
        const found = m.exec(this.s);
        if (!found || found[0] === '' || found[0] === '-')
            this.fail();
        this.i += found[0].length;
        return Number(found[0]);
    }
}

// EXTERNAL MODULE: ./packages/data/src/checks/formats/strptime.ts
var strptime = __webpack_require__(57001);
// EXTERNAL MODULE: ./packages/data/src/checks/rule.ts
var checks_rule = __webpack_require__(43778);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/values.ts
var rules_values = __webpack_require__(14386);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/pattern.ts
var pattern = __webpack_require__(29600);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/text.ts





const mostlyText = (m) => (m < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(m * 100)}% of rows` : '');
const sample = (l) => l.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
/**
 * Row-level checks on a value's text (GX tests `str(value)`), its absence from a
 * set, its nullness and its length: every row is an element, a null is missing
 * (except for is_null, where a null is what is expected).
 */
function rowCheck(ctx, spec, title, expected, unexpected, nullsCount = false) {
    const c = (0,rules_values/* rowCounter */.t2)(ctx, spec.column, (v) => !unexpected(v), nullsCount);
    return {
        title: `${title}: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: (0,rules_values/* rowResult */.WH)(results, c.state, nullsCount),
            status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(c.state.seen, c.state.bad, spec.mostly).ok),
            observed: `${c.state.bad} unexpected`,
            expected: `${expected}${mostlyText(spec.mostly)}`,
            detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} rows unexpected, e.g. ${sample(c.state.partial)}` : 'OK',
        }),
    };
}
const isNull = (spec, ctx) => rowCheck(ctx, spec, 'Null', 'null', (v) => !(0,table/* isMissing */.b2)(v), true);
const valuesNotInSet = (spec, ctx) => {
    const banned = new Set(spec.values.map(rules_values/* cellKey */.sl));
    return rowCheck(ctx, spec, 'Not in set', `not in {${spec.values.join(', ')}}`, (v) => banned.has((0,rules_values/* cellKey */.sl)(v)));
};
const notRegex = (spec, ctx) => {
    const re = (0,pattern/* checkPattern */.r)(spec, ctx, 'pattern', spec.pattern);
    return rowCheck(ctx, spec, 'Not matching', `no match of /${spec.pattern}/`, (v) => re.test((0,rules_values/* cellKey */.sl)(v)));
};
const regexList = (spec, ctx) => {
    const res = spec.patterns.map((p, i) => (0,pattern/* checkPattern */.r)(spec, ctx, `patterns[${i}]`, p));
    const matches = spec.match_on === 'all' ? (s) => res.every((r) => r.test(s)) : (s) => res.some((r) => r.test(s));
    return rowCheck(ctx, spec, 'Regex list', `${spec.match_on} of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => !matches((0,rules_values/* cellKey */.sl)(v)));
};
const notRegexList = (spec, ctx) => {
    const res = spec.patterns.map((p, i) => (0,pattern/* checkPattern */.r)(spec, ctx, `patterns[${i}]`, p));
    return rowCheck(ctx, spec, 'Regex list absent', `none of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => res.some((r) => r.test((0,rules_values/* cellKey */.sl)(v))));
};
/** Characters as Python counts them (code points), without building an array per value. */
function text_codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}
const valueLengths = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (f.kind !== 'string') {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, value_lengths needs a text column`, { where: ctx.where, hint: 'Declare it as string under read.csv.types, or use values_between.' });
    }
    (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
    return rowCheck(ctx, spec, 'Length', `length ${(0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max)}`, (v) => !(0,checks_rule/* within */.ux)(text_codePoints((0,rules_values/* cellKey */.sl)(v)), spec.min, spec.max, spec.strict_min, spec.strict_max));
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/formats.ts









// A missing date is NaN and stays so, for the row counter to skip.
const dateText = (v) => (typeof v === 'number' && Number.isFinite(v) ? new Date(v).toISOString().slice(0, 10) : v);
const TEXT = { string: 'text', date: 'text' };
/**
 * A text column that also held other values (JSON numbers next to strings, or a
 * file read as numbers next to one read as text) no longer tells which values
 * were text, and GX judges those apart (a number is not a str, json.loads and
 * strptime reject it): such a column is refused rather than judged as all text.
 */
function refuseMixed(ctx, spec, f) {
    const json = /^inferred from JSON ([\w/]+)/.exec(f.sourceType);
    const mixed = (json && json[1].includes('/')) || f.sourceType.includes(', widened to');
    if (f.kind === 'string' && mixed) {
        throw new src/* UserError */.yo(`column: "${spec.column}" holds text and other values (${f.sourceType}), read as text, and ${spec.type} judges text apart from numbers`, {
            where: ctx.where,
            hint: 'Write every value of the column as a JSON string (or the same type in every file).',
        });
    }
}
function formatCheck(spec, ctx, title, expected, matches, kinds = TEXT) {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    refuseMixed(ctx, spec, f);
    const reading = kinds[f.kind];
    if (!reading) {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, ${spec.type} reads text values`, {
            where: ctx.where,
            hint: f.kind === 'timestamp' ? 'A timestamp column keeps instants, not the text they were written as; declare it string under read.csv.types to check its text.' : 'Check a text column, or declare this one string under read.csv.types.',
        });
    }
    const rule = rowCheck(ctx, spec, title, expected, reading === 'text' ? (v) => !matches(v) : () => true);
    if (f.kind !== 'date')
        return rule;
    return {
        ...rule,
        observe(batch) {
            rule.observe({ numRows: batch.numRows, columns: batch.columns.map((c, i) => (i === index ? Array.from(c, dateText) : c)) });
        },
    };
}
function compiled(ctx, key, build) {
    try {
        return build();
    }
    catch (e) {
        if (e instanceof strptime/* FormatError */.IF || e instanceof json_schema/* SchemaProblem */.V8)
            throw new src/* UserError */.yo(`${key} ${e.message}`, { where: ctx.where });
        throw e;
    }
}
const strftimeFormat = (spec, ctx) => {
    const f = compiled(ctx, 'format:', () => (0,strptime/* compileStrptime */.St)(spec.format));
    return formatCheck(spec, ctx, 'strftime format', `text datetime.strptime reads with ${JSON.stringify(spec.format)}`, f.parses);
};
const dateutilParseable = (spec, ctx) => {
    // dateutil fills a missing year, month or day from today, so a bare "31" is the 31st of this month.
    const today = todayUtc(Date.now());
    return formatCheck(spec, ctx, 'dateutil parseable', 'text dateutil.parser.parse reads', (v) => dateutilParses(v, today));
};
/** json.loads raises TypeError for anything but text, which GX counts as unparseable. */
const JSON_KINDS = { string: 'text', date: 'text', int: 'unexpected', float: 'unexpected', decimal: 'unexpected', bool: 'unexpected', timestamp: 'unexpected', nested: 'unexpected' };
const jsonParseable = (spec, ctx) => formatCheck(spec, ctx, 'JSON parseable', 'JSON text (as Python json.loads reads it)', (v) => loadsPython(v).ok, JSON_KINDS);
const jsonSchema = (spec, ctx) => {
    const valid = compiled(ctx, 'schema', () => (0,json_schema/* compileJsonSchema */.nk)(spec.schema));
    // Text that is not JSON makes GX stop with an error; here it does not match, which fails the check too.
    return formatCheck(spec, ctx, 'JSON Schema', 'JSON matching the schema', (v) => {
        const parsed = loadsPython(v);
        return parsed.ok && valid(parsed.value);
    });
};
const likeText = (patterns) => patterns.map((p) => JSON.stringify(p)).join(', ');
const likePattern = (spec, ctx) => formatCheck(spec, ctx, 'LIKE', `LIKE ${JSON.stringify(spec.pattern)}`, compileLike(spec.pattern));
const notLikePattern = (spec, ctx) => {
    const like = compileLike(spec.pattern);
    return formatCheck(spec, ctx, 'NOT LIKE', `NOT LIKE ${JSON.stringify(spec.pattern)}`, (v) => !like(v));
};
const likePatternList = (spec, ctx) => {
    const likes = spec.patterns.map(compileLike);
    const matches = spec.match_on === 'all' ? (v) => likes.every((l) => l(v)) : (v) => likes.some((l) => l(v));
    return formatCheck(spec, ctx, 'LIKE list', `LIKE ${spec.match_on} of ${likeText(spec.patterns)}`, matches);
};
const notLikePatternList = (spec, ctx) => {
    const likes = spec.patterns.map(compileLike);
    return formatCheck(spec, ctx, 'NOT LIKE list', `LIKE none of ${likeText(spec.patterns)}`, (v) => !likes.some((l) => l(v)));
};
/**
 * GX judges a text (object) column value by value and any other column by its
 * dtype. A text column holds only text once read, so its values are all of the
 * string type or none are; the row-level form keeps GX's counts and mostly.
 */
const typeList = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    refuseMixed(ctx, spec, f);
    const ok = spec.dtypes.some((d) => (0,rules_values/* kindIs */.jA)(d, f.kind));
    const expected = spec.dtypes.join(' or ');
    if (f.kind === 'string')
        return rowCheck(ctx, spec, 'Type list', `values of type ${expected}`, () => !ok);
    return {
        title: `Type list: ${spec.column}`,
        evaluate: () => ({ result: { observed_value: f.kind }, status: (0,checks_rule/* pass */.IX)(ok), observed: `${f.kind} (${f.sourceType})`, expected, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${expected}` }),
    };
};

// EXTERNAL MODULE: ./packages/data/src/checks/rules/leakage.ts
var leakage = __webpack_require__(50648);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/python-values.ts


/**
 * How GX's pandas metrics compare two cells of one row, on the values mlship
 * reads. A missing value equals nothing and orders before nothing (pandas
 * compares NaN and None as false). Numbers and booleans compare by value, as in
 * Python (True == 1); a number and a text compare as text, since a column mixing
 * the two is read as text: `1` in a JSON Lines column that also holds "abc" is read
 * as "1" and still equals the 1 of a numeric column.
 */
function sameValue(a, b) {
    if ((0,table/* isMissing */.b2)(a) || (0,table/* isMissing */.b2)(b))
        return false;
    if (typeof a === 'string' || typeof b === 'string')
        return (0,rules_values/* cellKey */.sl)(a) === (0,rules_values/* cellKey */.sl)(b);
    return Number(a) === Number(b);
}
/** a > b (or >=), for two non-missing cells of one comparable kind; a missing value is never greater. */
function greater(a, b, orEqual) {
    if ((0,table/* isMissing */.b2)(a) || (0,table/* isMissing */.b2)(b))
        return false;
    const c = typeof a === 'string' && typeof b === 'string' ? compareCodePoints(a, b) : Number(a) - Number(b);
    return orEqual ? c >= 0 : c > 0;
}
/**
 * Python orders text by code point; JavaScript's `<` by UTF-16 unit, which puts
 * characters beyond U+FFFF (surrogate pairs) before U+E000\u2013U+FFFF. Shifting the
 * units restores code point order without decoding the strings.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
const codePointRank = (u) => (u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u);
/** A cell as GX lists it in unexpected_list: a missing value is null (pandas' NaN serialises as null). */
const listed = (v) => (v === undefined || (0,table/* isMissing */.b2)(v) ? null : v);

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/stats.ts




/** Bool counts as numeric for mean/std (share of true, as pandas) but not for quantiles, which pandas refuses too. */
function numericColumn(ctx, name, what, allowBool = true) {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, name);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && !(allowBool && f.kind === 'bool')) {
        throw new src/* UserError */.yo(`column: "${name}" is ${f.kind}, ${what} needs a numeric column`, { where: ctx.where });
    }
}
function statBetween(stat, label) {
    return (spec, ctx) => {
        numericColumn(ctx, spec.column, `${stat}_between`);
        const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
        return {
            title: `${label}: ${spec.column}`,
            evaluate: (results) => {
                const v = (0,checks_rule/* columnProfile */.s5)(results, spec.column)[stat];
                if (v === undefined || !Number.isFinite(v)) {
                    return { status: 'fail', observed: 'undefined', expected: range, detail: `${spec.column} has too few non-null values for a ${stat}` };
                }
                return { result: { observed_value: v }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: v, expected: range, detail: `${stat}(${spec.column}) = ${(0,src/* formatNumber */.ZV)(v)}` };
            },
        };
    };
}
const meanBetween = statBetween('mean', 'Mean');
const stdBetween = statBetween('std', 'Std dev');
const quantileBetween = (spec, ctx) => {
    // The profiler keeps no quantile sketch for bool columns: without this the check
    // would compile and then always fail with "has no non-null values".
    numericColumn(ctx, spec.column, 'quantile_between', false);
    const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
    return {
        title: `Quantile ${spec.quantile}: ${spec.column}`,
        evaluate: (results) => {
            const dist = results.profiler.numeric(spec.column);
            if (!dist || dist.count === 0)
                return { status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
            const v = dist.quantile(spec.quantile);
            return {
                result: { observed_value: v },
                status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
                observed: v,
                expected: range,
                detail: `q${spec.quantile}(${spec.column}) = ${(0,src/* formatNumber */.ZV)(v)}${dist.exact ? '' : ' (sketch estimate)'}`,
            };
        },
    };
};
const classBalance = (spec, ctx) => {
    (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    return {
        title: `Target distribution: ${spec.column}`,
        evaluate: (results) => {
            const cat = results.profiler.categorical(spec.column);
            if (!cat || !cat.exact) {
                return { status: 'fail', observed: 'too many classes', expected: `every class >= ${spec.min_percent}%`, detail: `${spec.column} has too many distinct values to be a class label` };
            }
            // Compare shares as the seed does (value_counts(normalize=True) < min_class_percent / 100):
            // (n / count) * 100 < min_percent can round the other way, e.g. 29/100*100 = 28.999999999999996.
            const rare = [...cat.counts()]
                .filter(([, n]) => n / cat.count < spec.min_percent / 100)
                .map(([v, n]) => [v, (n / cat.count) * 100])
                // Equal shares by value, so the list reads the same whichever engine counted the classes, in whatever order.
                .sort((a, b) => a[1] - b[1] || compareCodePoints(a[0], b[0]));
            const smallest = Math.min(...[...cat.counts().values()].map((n) => (n / cat.count) * 100));
            return {
                status: (0,checks_rule/* pass */.IX)(rare.length === 0),
                observed: cat.count ? `smallest class ${(0,src/* formatNumber */.ZV)(smallest)}%` : 'no values',
                expected: `every class >= ${spec.min_percent}%`,
                detail: rare.length ? `Rare classes (<${spec.min_percent}%): ${rare.map(([v, p]) => `${v} ${p.toFixed(2)}%`).join(', ')}` : `${cat.counts().size} classes, OK`,
            };
        },
    };
};
/** GX expect_column_min/max_to_be_between: the column's extreme, exact from the profile; date bounds on a date or timestamp column. */
function extremeBetween(which) {
    return (spec, ctx) => {
        const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
        const temporal = (0,table/* isTemporalKind */.PB)(f.kind);
        if (!temporal)
            numericColumn(ctx, spec.column, `${which}_between`, false);
        const min = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'min', f.kind);
        const max = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'max', f.kind);
        (0,checks_rule/* requireBound */.E9)(ctx, min, max);
        const dated = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string');
        const range = dated ? (0,checks_rule/* timeRangeText */.MS)(min, max, spec.strict_min, spec.strict_max) : (0,checks_rule/* rangeText */.lq)(min, max, spec.strict_min, spec.strict_max);
        return {
            title: `${which === 'min' ? 'Minimum' : 'Maximum'}: ${spec.column}`,
            evaluate: (results) => {
                const v = (0,checks_rule/* columnProfile */.s5)(results, spec.column)[which];
                if (typeof v !== 'number')
                    return { result: { observed_value: null }, status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
                const shown = temporal ? new Date(v).toISOString() : v;
                return { result: { observed_value: shown }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, min, max, spec.strict_min, spec.strict_max)), observed: shown, expected: range, detail: `${which}(${spec.column}) = ${temporal ? shown : (0,src/* formatNumber */.ZV)(v)}` };
            },
        };
    };
}
const minBetween = extremeBetween('min');
const maxBetween = extremeBetween('max');

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/table.ts




const rowCount = (spec) => {
    return {
        title: 'Row count',
        evaluate: ({ profile }) => ({
            result: { observed_value: profile.rows },
            status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(profile.rows, spec.min, spec.max)),
            observed: profile.rows,
            expected: (0,checks_rule/* rangeText */.lq)(spec.min, spec.max),
            detail: `${profile.rows} rows`,
        }),
    };
};
const columnCount = (spec, ctx) => ({
    title: 'Column count',
    evaluate: () => {
        const n = ctx.schema.fields.length;
        return { result: { observed_value: n }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(n, spec.min, spec.max)), observed: n, expected: (0,checks_rule/* rangeText */.lq)(spec.min, spec.max), detail: `${n} columns` };
    },
});
const columns = (spec, ctx) => ({
    title: spec.mode === 'subset' ? 'Required columns' : spec.mode === 'ordered' ? 'Columns match ordered list' : 'Columns match set',
    evaluate: () => {
        const actual = ctx.schema.fields.map((f) => f.name);
        if (spec.mode === 'ordered') {
            const at = Math.max(actual.length, spec.columns.length);
            const first = Array.from({ length: at }, (_, i) => i).find((i) => actual[i] !== spec.columns[i]);
            return {
                result: { observed_value: actual },
                status: (0,checks_rule/* pass */.IX)(first === undefined),
                observed: `${actual.length} columns`,
                expected: `exactly ${spec.columns.length} listed, in order`,
                detail: first === undefined ? 'OK' : `column ${first} is ${actual[first] ?? '(none)'}, expected ${spec.columns[first] ?? '(none)'}`,
            };
        }
        const missing = spec.columns.filter((c) => !actual.includes(c));
        const extra = spec.mode === 'exact' ? actual.filter((c) => !spec.columns.includes(c)) : [];
        const problems = [missing.length ? `Missing columns: ${missing.join(', ')}` : '', extra.length ? `Unexpected columns: ${extra.join(', ')}` : ''].filter(Boolean);
        return {
            result: { observed_value: actual },
            status: (0,checks_rule/* pass */.IX)(problems.length === 0),
            observed: `${actual.length} columns`,
            expected: spec.mode === 'exact' ? `exactly ${spec.columns.length} listed` : `${spec.columns.length} present`,
            detail: problems.join('; ') || 'OK',
        };
    },
});
const duplicates = (spec) => ({
    title: 'Duplicate rows',
    evaluate: ({ profile }) => {
        const pct = (0,checks_rule/* percent */.KN)(profile.duplicateRows, profile.rows);
        return {
            status: (0,checks_rule/* pass */.IX)(pct <= spec.max_percent),
            observed: `${(0,src/* formatNumber */.ZV)(pct)}%`,
            expected: `<= ${spec.max_percent}%`,
            detail: `${profile.duplicateRows} duplicates (${pct.toFixed(2)}%)`,
        };
    },
});
const nullPercent = (spec, ctx) => {
    for (const c of spec.columns ?? [])
        (0,checks_rule/* field */.ZZ)(ctx, c, 'columns');
    return {
        title: spec.scope === 'table' ? 'Null cells' : 'Missing values',
        evaluate: ({ profile }) => {
            const cols = profile.columns.filter((c) => !spec.columns || spec.columns.includes(c.name));
            if (spec.scope === 'table') {
                const nulls = cols.reduce((s, c) => s + c.nulls, 0);
                const pct = (0,checks_rule/* percent */.KN)(nulls, profile.rows * cols.length);
                return { status: (0,checks_rule/* pass */.IX)(pct <= spec.max), observed: `${(0,src/* formatNumber */.ZV)(pct)}%`, expected: `<= ${spec.max}%`, detail: `${nulls} null cells of ${profile.rows * cols.length}` };
            }
            const high = cols.filter((c) => c.nullPercent > spec.max).sort((a, b) => b.nullPercent - a.nullPercent);
            const worst = [...cols].sort((a, b) => b.nullPercent - a.nullPercent)[0];
            return {
                status: (0,checks_rule/* pass */.IX)(high.length === 0),
                observed: worst ? `${(0,src/* formatNumber */.ZV)(worst.nullPercent)}% (${worst.name})` : '0%',
                expected: `<= ${spec.max}% per column`,
                detail: high.length ? `High null columns: ${high.map((c) => `${c.name} ${c.nullPercent.toFixed(2)}%`).join(', ')}` : 'OK',
            };
        },
    };
};
const DAY = 86_400_000;
const freshness = (spec, ctx) => {
    if (spec.column) {
        const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
        if (!(0,table/* isTemporalKind */.PB)(f.kind)) {
            throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, freshness needs a timestamp or date column`, {
                where: ctx.where,
                hint: 'Name a timestamp column, or omit `column` to use the files\' modification time (declare CSV types under read.csv.types).',
            });
        }
    }
    return {
        title: 'Data freshness',
        evaluate: (results) => {
            const newest = spec.column
                ? results.profile.columns.find((c) => c.name === spec.column)?.max
                : Math.max(...results.files.map((f) => f.mtimeMs));
            if (newest === undefined || !Number.isFinite(newest)) {
                return { status: 'fail', observed: 'no timestamps', expected: `<= ${spec.max_age_days} days old`, detail: `${spec.column} has no non-null values` };
            }
            const age = (results.now - newest) / DAY;
            const source = spec.column ? `max(${spec.column})` : 'newest file modification time';
            return {
                status: (0,checks_rule/* pass */.IX)(age <= spec.max_age_days),
                observed: `${age.toFixed(2)} days`,
                expected: `<= ${spec.max_age_days} days`,
                detail: `${source} = ${new Date(newest).toISOString()}`,
            };
        },
    };
};
/** GX expect_column_to_exist: a missing column fails the check rather than the config, since its absence is what is being tested. */
const columnExists = (spec, ctx) => ({
    title: `Column exists: ${spec.column}`,
    evaluate: () => {
        const names = ctx.schema.fields.map((f) => f.name);
        const at = names.indexOf(spec.column);
        const ok = at >= 0 && (spec.index === undefined || at === spec.index);
        return {
            result: { observed_value: at < 0 ? null : at },
            status: (0,checks_rule/* pass */.IX)(ok),
            observed: at < 0 ? 'absent' : `at index ${at}`,
            expected: spec.index === undefined ? 'present' : `at index ${spec.index}`,
            detail: at < 0 ? `${spec.column} is not among the ${names.length} columns` : ok ? 'OK' : `${spec.column} is column ${at}, not ${spec.index}`,
        };
    },
});

// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(37774);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/ignore-rows.ts
var ignore_rows = __webpack_require__(7046);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/unique.ts




/**
 * GX expect_column_values_to_be_unique / expect_compound_columns_to_be_unique.
 * As in GX, every row of a repeated key is unexpected (pandas' duplicated(keep=False)),
 * not only the repeats after the first; `mostly` is judged over the rows kept
 * after `ignore_row_if`. A second set remembers which keys already repeated, so
 * that count needs no per-key counter.
 */
const unique = (spec, ctx) => {
    const indices = spec.columns.map((c) => (0,checks_rule/* field */.ZZ)(ctx, c, 'columns').index);
    const seen = new hash/* HashSet53 */.HI(1 << 16);
    const repeated = new hash/* HashSet53 */.HI(1 << 10);
    const hasher = new hash/* RowHasher */.ae();
    // One column: a null is never a key (GX's column map skips nulls whatever ignore_row_if says).
    const ignore = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
    let repeats = 0;
    let groups = 0;
    let keys = 0;
    let rows = 0;
    // GX lists every row of a repeated key. One pass learns that a key repeats at its second
    // row, so the first row's value is listed then, next to the second: the same values as
    // GX's list, in the order the repeats were found.
    const partial = [];
    const valueAt = (cols, r) => (cols.length === 1 ? cols[0][r] : Object.fromEntries(spec.columns.map((name, j) => [name, cols[j][r] ?? null])));
    return {
        title: `Unique: ${spec.columns.join(' + ')}`,
        observe(batch) {
            const cols = indices.map((i) => batch.columns[i]);
            rows += batch.numRows;
            for (let r = 0; r < batch.numRows; r++) {
                if ((0,ignore_rows/* ignoredRow */.fY)(ignore, cols, r))
                    continue;
                hasher.reset();
                for (const c of cols)
                    hasher.push((0,hash/* hashValue */.gg)(c[r]));
                keys++;
                if (!seen.add(hasher.value)) {
                    repeats++;
                    const first = repeated.add(hasher.value);
                    if (first)
                        groups++;
                    for (let n = first ? 2 : 1; n > 0 && partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In; n--)
                        partial.push(valueAt(cols, r));
                }
            }
        },
        evaluate: () => {
            const unexpected = repeats + groups;
            const ok = keys === 0 || (keys - unexpected) / keys >= spec.mostly;
            return {
                result: { element_count: rows, missing_count: rows - keys, unexpected_count: unexpected, unexpected_percent: (0,checks_rule/* percent */.KN)(unexpected, keys), partial_unexpected_list: partial },
                status: (0,checks_rule/* pass */.IX)(ok),
                observed: `${repeats} repeated`,
                expected: spec.mostly < 1 ? `>= ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of rows with a unique key` : 'no repeats',
                detail: repeats
                    ? `${unexpected} of ${keys} rows share their key with another row (${(0,src/* formatNumber */.ZV)((0,checks_rule/* percent */.KN)(unexpected, keys))}%; ${repeats} repeat an earlier row)`
                    : `${keys} keys, all unique`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/float-values.ts
/**
 * numpy's float64 sum, and a column's values kept for it. GX computes sums,
 * means and entropies with numpy, whose `add.reduce` starts from the first
 * element and adds the pairwise sum of the rest (blocks of 8 accumulators up
 * to 128 values, halves rounded to 8 above that); summing in that order gives
 * GX's float result, not a value a few ulps away from it.
 */
const BLOCK = 128;
/** numpy's ufunc buffer: a reduction adds the pairwise sums of 8192-value chunks one after another. */
const BUFFER = 8192;
function pairwise(a, start, n) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res += a[start + i];
        return res;
    }
    if (n <= BLOCK) {
        const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]);
        let i = 8;
        for (; i < n - (n % 8); i += 8)
            for (let j = 0; j < 8; j++)
                r[j] += a[start + i + j];
        let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[start + i];
        return res;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}
/** `np.sum(a[:n])` for a float64 array. */
function npSum(a, n = a.length) {
    let res = 0;
    for (let start = 0; start < n; start += BUFFER)
        res += pairwise(a, start, Math.min(BUFFER, n - start));
    return res;
}
/** A growing float64 column: 8 bytes a value, doubling, for checks that need every value after the pass. */
class FloatValues {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = v;
    }
    get values() {
        return this.data.subarray(0, this.length);
    }
}
/** pandas' mean and sample std (ddof=1, two-pass as its nanops do without bottleneck). */
function meanStd(a) {
    const n = a.length;
    const mean = n === 0 ? NaN : npSum(a) / n;
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sq[i] = (mean - a[i]) ** 2;
    const std = n < 2 ? NaN : Math.sqrt(npSum(sq) / (n - 1));
    return { mean, std };
}

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/aggregates.ts





/**
 * Column aggregates GX computes exactly: the sum (in numpy's order), distinct
 * counts and the mode. The profile's distinct count turns approximate past
 * 100,000 values and its moments are not numpy's sum, so these checks keep
 * their own exact state for the one column they name.
 */
/** Every non-null value with its count, for exact distinct counts and modes. */
function valueCounts(ctx, column) {
    const { index } = (0,checks_rule/* field */.ZZ)(ctx, column);
    const counts = new Map();
    const state = { nonNull: 0, counts };
    return {
        state,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if ((0,table/* isMissing */.b2)(v))
                    continue;
                state.nonNull++;
                counts.set(v, (counts.get(v) ?? 0) + 1);
            }
        },
    };
}
/** pandas' sort order for a mode list: numbers by value, text by code point. */
function compareCells(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return codePointCompare((0,rules_values/* cellKey */.sl)(a), (0,rules_values/* cellKey */.sl)(b));
}
function codePointCompare(x, y) {
    const a = [...x];
    const b = [...y];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = a[i].codePointAt(0) - b[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return a.length - b.length;
}
const sumBetween = (spec, ctx) => {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && f.kind !== 'bool')
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, sum_between needs a numeric column`, { where: ctx.where });
    (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
    const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
    // numpy's pairwise order depends on the count, known only at the end, so the values are kept.
    const values = new FloatValues();
    return {
        title: `Sum: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if ((0,table/* isMissing */.b2)(v))
                    continue;
                values.push(typeof v === 'boolean' ? Number(v) : v);
            }
        },
        evaluate: () => {
            const sum = npSum(values.values);
            return { result: { observed_value: sum }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(sum, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: sum, expected: range, detail: `sum(${spec.column}) = ${(0,src/* formatNumber */.ZV)(sum)} over ${values.length} values` };
        },
    };
};
function distinctBetween(proportion) {
    return (spec, ctx) => {
        (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
        const c = valueCounts(ctx, spec.column);
        const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
        return {
            title: `${proportion ? 'Distinct share' : 'Distinct values'}: ${spec.column}`,
            observe: c.observe,
            evaluate: () => {
                const distinct = c.state.counts.size;
                const v = proportion ? (c.state.nonNull === 0 ? 0 : distinct / c.state.nonNull) : distinct;
                return {
                    result: { observed_value: v },
                    status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
                    observed: v,
                    expected: range,
                    detail: `${distinct} distinct of ${c.state.nonNull} non-null values`,
                };
            },
        };
    };
}
const distinctCountBetween = distinctBetween(false);
const distinctProportionBetween = distinctBetween(true);
/** GX's mode: every value tied for the highest count, sorted; a tie passes only with ties_okay. */
const mostCommonInSet = (spec, ctx) => {
    const c = valueCounts(ctx, spec.column);
    const wanted = new Set(spec.values.map(rules_values/* cellKey */.sl));
    const expected = `{${spec.values.join(', ')}}${spec.ties_okay ? ', ties okay' : ''}`;
    return {
        title: `Most common value: ${spec.column}`,
        observe: c.observe,
        evaluate: () => {
            let top = 0;
            for (const n of c.state.counts.values())
                top = Math.max(top, n);
            const mode = [...c.state.counts].filter(([, n]) => n === top).map(([v]) => v).sort(compareCells);
            const hits = new Set(mode.map(rules_values/* cellKey */.sl).filter((k) => wanted.has(k))).size;
            const ok = spec.ties_okay ? hits > 0 : mode.length === 1 && hits === 1;
            const shown = mode.slice(0, 10).map((v) => JSON.stringify(v)).join(', ') + (mode.length > 10 ? ', \u2026' : '');
            return {
                result: { observed_value: mode },
                status: (0,checks_rule/* pass */.IX)(ok),
                observed: mode.length === 0 ? 'no values' : shown,
                expected,
                detail: mode.length === 0 ? `${spec.column} has no non-null values` : `${mode.length > 1 ? `${mode.length} values tie` : 'most common'} with ${top} of ${c.state.nonNull} rows`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/kl-divergence.ts






const edge = (b) => (b === '-inf' ? -Infinity : b === 'inf' ? Infinity : b);
/** np.allclose(x, 1). */
const closeToOne = (x) => Math.abs(x - 1) <= 1e-8 + 1e-5;
/** scipy.stats.entropy(pk, qk) in natural log. */
function entropy(pk, qk) {
    const sp = npSum(pk);
    const sq = npSum(qk);
    const terms = pk.map((p0, i) => {
        const p = p0 / sp;
        const q = qk[i] / sq;
        if (Number.isNaN(p) || Number.isNaN(q))
            return NaN;
        if (p > 0 && q > 0)
            return p * Math.log(p / q);
        if (p === 0 && q >= 0)
            return 0;
        return Infinity;
    });
    return npSum(terms);
}
/** The refusals GX raises for a partition object and holdouts, as one line each. */
function partitionProblem(p, tail, internal) {
    if ('values' in p) {
        if (p.values.length !== p.weights.length)
            return `partition has ${p.values.length} values and ${p.weights.length} weights; give one weight per value`;
        if (!closeToOne(npSum(p.weights)))
            return `partition weights sum to ${(0,src/* formatNumber */.ZV)(npSum(p.weights))}, not 1`;
        const keys = p.values.map(rules_values/* cellKey */.sl);
        const dup = keys.find((k, i) => keys.indexOf(k) !== i);
        if (dup !== undefined)
            return `partition lists the value ${JSON.stringify(dup)} twice`;
        if (internal > 0)
            return 'internal_weight_holdout cannot be used with values (discrete data); it spreads weight over empty bins';
        return undefined;
    }
    const bins = p.bins.map(edge);
    if (bins.length !== p.weights.length + 1)
        return `partition has ${bins.length} bin edges and ${p.weights.length} weights; give one more edge than weights`;
    if (!bins.every((b, i) => i === 0 || b > bins[i - 1]))
        return 'partition bins must be strictly increasing';
    const total = npSum([...(p.tail_weights ?? []), ...p.weights]);
    if (!closeToOne(total))
        return `partition weights${p.tail_weights ? ' and tail_weights' : ''} sum to ${(0,src/* formatNumber */.ZV)(total)}, not 1`;
    if (p.tail_weights && tail !== 0)
        return 'tail_weight_holdout must be 0 when the partition has tail_weights';
    const open = bins[0] === -Infinity || bins[bins.length - 1] === Infinity;
    if (open && p.tail_weights)
        return 'tail_weights cannot be given when a bin edge is -inf or inf';
    if (bins[0] === -Infinity && bins[bins.length - 1] === Infinity && tail > 0)
        return 'tail_weight_holdout cannot be used when the bins already run from -inf to inf';
    return undefined;
}
/** KL divergence of observed category counts from the partition's values and weights. */
function categoricalKl(p, counts, nonNull, tail) {
    const expectedKeys = p.values.map(rules_values/* cellKey */.sl);
    const known = new Set(expectedKeys);
    const pk = expectedKeys.map((k) => (counts.get(k) ?? 0) / nonNull);
    const unexpected = [...counts].filter(([k]) => !known.has(k));
    pk.push(...unexpected.map(([, n]) => n / nonNull));
    const qk = unexpected.length ? [...p.weights.map((w) => w * (1 - tail)), ...unexpected.map(() => tail / unexpected.length)] : [...p.weights];
    return entropy(pk, qk);
}
/** Counts per bin as np.histogram makes them (the last bin holds its right edge), plus those below and above. */
class BinCounts {
    edges;
    hist;
    below = 0;
    above = 0;
    nonNull = 0;
    constructor(bins) {
        this.edges = bins.map(edge);
        this.hist = new Array(this.edges.length - 1).fill(0);
    }
    add(v) {
        this.nonNull++;
        const e = this.edges;
        const last = e.length - 1;
        if (v < e[0])
            this.below++;
        else if (v > e[last])
            this.above++;
        else if (v === e[last])
            this.hist[last - 1]++;
        else {
            // The last edge <= v, by binary search.
            let lo = 0;
            let hi = last;
            while (hi - lo > 1) {
                const mid = (lo + hi) >> 1;
                if (e[mid] <= v)
                    lo = mid;
                else
                    hi = mid;
            }
            this.hist[lo]++;
        }
    }
}
/** KL divergence of binned counts from the partition's bins, weights and tail weights. */
function continuousKl(p, c, tail, internal) {
    const n = c.nonNull;
    const observed = c.hist.map((h) => h / n);
    const expected = p.weights.map((w) => w * (1 - tail - internal));
    const zeros = expected.filter((w) => w === 0).length;
    if (internal > 0 && zeros > 0)
        for (let i = 0; i < expected.length; i++)
            if (expected[i] === 0)
                expected[i] = internal / zeros;
    const lowOpen = c.edges[0] === -Infinity;
    const highOpen = c.edges[c.edges.length - 1] === Infinity;
    if (lowOpen && highOpen)
        return entropy(observed, expected);
    if (lowOpen)
        return entropy([...observed, c.above / n], [...expected, tail]);
    if (highOpen)
        return entropy([c.below / n, ...observed], [tail, ...expected]);
    const tails = p.tail_weights ?? [tail / 2, tail / 2];
    return entropy([c.below / n, ...observed, c.above / n], [tails[0], ...expected, tails[1]]);
}
function refuse(ctx, spec) {
    const problem = partitionProblem(spec.partition, spec.tail_weight_holdout, spec.internal_weight_holdout);
    if (problem)
        throw new src/* UserError */.yo(problem, { where: ctx.where, hint: "The partition is GX's partition_object: {values, weights} or {bins, weights[, tail_weights]}, weights summing to 1." });
}
const klDivergence = (spec, ctx) => {
    refuse(ctx, spec);
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    const p = spec.partition;
    const judge = (kl, detail) => {
        const finite = Number.isFinite(kl);
        return {
            result: { observed_value: finite ? kl : null },
            status: (0,checks_rule/* pass */.IX)(kl <= spec.threshold),
            observed: finite ? kl : Number.isNaN(kl) ? 'undefined' : 'infinite',
            expected: `<= ${(0,src/* formatNumber */.ZV)(spec.threshold)}`,
            detail: finite ? detail : `${detail}; the column has values where the partition expects none`,
        };
    };
    if ('values' in p) {
        const c = valueCounts(ctx, spec.column);
        return {
            title: `KL divergence: ${spec.column}`,
            observe: c.observe,
            evaluate: () => {
                const counts = new Map();
                for (const [v, n] of c.state.counts)
                    counts.set((0,rules_values/* cellKey */.sl)(v), (counts.get((0,rules_values/* cellKey */.sl)(v)) ?? 0) + n);
                const kl = categoricalKl(p, counts, c.state.nonNull, spec.tail_weight_holdout);
                return judge(kl, `${counts.size} distinct values against ${p.values.length} expected`);
            },
        };
    }
    if (!(0,table/* isNumericKind */.kw)(f.kind))
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, a partition with bins needs a numeric column`, { where: ctx.where, hint: 'Give values and weights for a categorical column.' });
    const bins = new BinCounts(p.bins);
    return {
        title: `KL divergence: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!(0,table/* isMissing */.b2)(v))
                    bins.add(v);
            }
        },
        evaluate: () => judge(continuousKl(p, bins, spec.tail_weight_holdout, spec.internal_weight_holdout), `${bins.nonNull} values in ${bins.hist.length} bins, ${bins.below} below and ${bins.above} above`),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/order.ts




/**
 * GX expect_column_values_to_be_increasing / _decreasing: pandas' `diff()` over
 * the non-null values, so each value is compared with the previous non-null
 * one in reading order. The first value has no difference and passes, as does
 * a difference that is not a number (inf - inf), which GX fills with a passing one.
 */
const monotonic = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && !(0,table/* isTemporalKind */.PB)(f.kind)) {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, monotonic needs a numeric, date or timestamp column`, {
            where: ctx.where,
            hint: 'Declare the column as timestamp or date under read.csv.types if it holds dates as text.',
        });
    }
    const up = spec.direction === 'increasing';
    const ok = (d) => (up ? (spec.strictly ? d > 0 : d >= 0) : spec.strictly ? d < 0 : d <= 0);
    let previous;
    const c = (0,rules_values/* rowCounter */.t2)(ctx, spec.column, (v) => {
        const x = v;
        const d = previous === undefined ? NaN : x - previous;
        previous = x;
        return Number.isNaN(d) || ok(d);
    });
    const expected = `${spec.strictly ? 'strictly ' : ''}${spec.direction}${spec.mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of non-null rows` : ''}`;
    return {
        title: `${up ? 'Increasing' : 'Decreasing'}: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: (0,rules_values/* rowResult */.WH)(results, c.state),
            status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(c.state.seen, c.state.bad, spec.mostly).ok),
            observed: `${c.state.bad} out of order`,
            expected,
            detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} values break the order, e.g. ${c.state.partial.slice(0, 5).map((v) => JSON.stringify(v)).join(', ')}` : 'OK',
        }),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/z-scores.ts





/**
 * GX expect_column_value_z_scores_to_be_less_than: z = (x - mean) / std with
 * pandas' mean and sample std (ddof=1) of the non-null values. Both are known
 * only after the pass, so the column's values are kept (8 bytes each) and
 * judged at the end, in reading order. A std of 0 or of one value makes every
 * z infinite or not a number, which fails, as in GX.
 */
const zScoresBelow = (spec, ctx) => {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind))
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, z_scores_below needs a numeric column`, { where: ctx.where });
    const values = new FloatValues();
    const under = spec.double_sided ? (z) => Math.abs(z) < Math.abs(spec.threshold) : (z) => z < spec.threshold;
    const expected = `${spec.double_sided ? `|z| < ${Math.abs(spec.threshold)}` : `z < ${spec.threshold}`}${spec.mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of non-null rows` : ''}`;
    return {
        title: `z-scores: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!(0,table/* isMissing */.b2)(v))
                    values.push(v);
            }
        },
        evaluate: (results) => {
            const a = values.values;
            const { mean, std } = meanStd(a);
            let bad = 0;
            const partial = [];
            for (let i = 0; i < a.length; i++) {
                if (under((a[i] - mean) / std))
                    continue;
                bad++;
                if (partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In)
                    partial.push(a[i]);
            }
            const rows = results.profile.rows;
            return {
                result: { element_count: rows, missing_count: rows - a.length, unexpected_count: bad, unexpected_percent: (0,checks_rule/* percent */.KN)(bad, a.length), partial_unexpected_list: partial },
                status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(a.length, bad, spec.mostly).ok),
                observed: `${bad} outside`,
                expected,
                detail: `mean ${(0,src/* formatNumber */.ZV)(mean)}, std ${(0,src/* formatNumber */.ZV)(std)}; ${bad} of ${a.length} values${bad ? `, e.g. ${partial.slice(0, 5).map((v) => (0,src/* formatNumber */.ZV)(v)).join(', ')}` : ''}`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/multicolumn.ts






const kindClass = (k) => ((0,table/* isNumericKind */.kw)(k) || k === 'bool' ? 'number' : k === 'string' ? 'text' : (0,table/* isTemporalKind */.PB)(k) ? 'time' : 'other');
/**
 * Refuses, before any row is read, columns whose values GX's pandas engine could
 * not compare the way the check asks: Python raises for `>` between a number and
 * a text, a sum needs numbers, and a date is a date only next to another date.
 */
function assertComparable(ctx, type, cols, kinds, how) {
    const classes = kinds.map(kindClass);
    const at = (i) => `${cols.keys[i]}: "${cols.names[i]}" is ${kinds[i]}`;
    const bad = classes.findIndex((c) => c === 'other' || (how === 'sum' && c !== 'number') || (how === 'set' && c === 'time'));
    if (bad >= 0) {
        const need = how === 'sum' ? 'numbers' : how === 'set' ? 'numbers, text and booleans (not dates, whose values are instants)' : 'numbers, text, booleans and dates';
        throw new src/* UserError */.yo(`${at(bad)}; ${type} compares ${need}`, { where: ctx.where, hint: how === 'set' ? 'Declare the column as string in read.csv.types to match its dates as text.' : how === 'sum' ? 'Declare the column as int or float in read.csv.types if it holds numbers as text.' : 'Binary and nested values are not compared.' });
    }
    const mixed = classes.findIndex((c) => (how === 'order' ? c !== classes[0] : (c === 'time') !== (classes[0] === 'time')));
    if (mixed > 0) {
        const rule = how === 'order' ? 'orders numbers with numbers, text with text and dates with dates (Python raises for the others)' : 'compares dates only with dates';
        throw new src/* UserError */.yo(`${at(mixed)} and ${at(0)}; ${type} ${rule}`, { where: ctx.where, hint: 'Declare the column types (read.csv.types), or compare columns of one kind.' });
    }
}
/** Counts rows, left-out rows and failing rows over `cols`, listing the first failures in GX's shape. */
function recordCounter(ctx, type, cols, ignore, how, test, shape) {
    const found = cols.names.map((n, i) => (0,checks_rule/* field */.ZZ)(ctx, n, cols.keys[i]));
    assertComparable(ctx, type, cols, found.map((f) => f.field.kind), how);
    const indices = found.map((f) => f.index);
    const state = { rows: 0, kept: 0, bad: 0, partial: [] };
    const cells = new Array(indices.length);
    return {
        state,
        observe(batch) {
            const columns = indices.map((i) => batch.columns[i]);
            state.rows += batch.numRows;
            for (let r = 0; r < batch.numRows; r++) {
                if ((0,ignore_rows/* ignoredRow */.fY)(ignore, columns, r))
                    continue;
                state.kept++;
                for (let j = 0; j < columns.length; j++)
                    cells[j] = columns[j][r];
                if (test(cells))
                    continue;
                state.bad++;
                if (state.partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In)
                    state.partial.push(shape === 'pair' ? cells.map(listed) : Object.fromEntries(cols.names.map((n, j) => [n, listed(cells[j])])));
            }
        },
    };
}
/** The verdict every row-wise check here shares; `holds` names a passing row ("equal"), `expected` the rule. */
function recordVerdict(state, mostly, holds, expected) {
    const { ok, passPct } = (0,rules_values/* mostlyVerdict */.ab)(state.kept, state.bad, mostly);
    const result = {
        element_count: state.rows,
        missing_count: state.rows - state.kept,
        unexpected_count: state.bad,
        unexpected_percent: (0,checks_rule/* percent */.KN)(state.bad, state.kept),
        partial_unexpected_list: state.partial,
    };
    const examples = state.partial
        .slice(0, 3)
        .map((v) => JSON.stringify(v))
        .join(', ');
    return {
        result,
        status: (0,checks_rule/* pass */.IX)(ok),
        observed: `${(0,src/* formatNumber */.ZV)(passPct)}% ${holds}`,
        expected: `${expected}${mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(mostly * 100)}% of the rows checked` : ''}`,
        detail: state.bad ? `${state.bad} of ${state.kept} rows checked are not ${holds}, e.g. ${examples}` : `${state.kept} rows checked, all ${holds}`,
    };
}
const pair = (spec) => ({ names: [spec.column_a, spec.column_b], keys: ['column_a', 'column_b'] });
const list = (spec) => ({ names: spec.columns, keys: spec.columns.map((_, i) => `columns[${i}]`) });
/** GX expect_column_pair_values_to_be_equal (pandas `A == B`). */
const pairEqual = (spec, ctx) => {
    const c = recordCounter(ctx, spec.type, pair(spec), ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'equal', ([a, b]) => sameValue(a, b), 'pair');
    return {
        title: `Equal: ${spec.column_a} = ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'equal', `${spec.column_a} == ${spec.column_b}`),
    };
};
/** GX expect_column_pair_values_A_to_be_greater_than_B (pandas `A > B`, or `A >= B` with or_equal). */
const pairGreater = (spec, ctx) => {
    const cols = pair(spec);
    if (spec.as_datetimes) {
        cols.names.forEach((name, i) => {
            const kind = (0,checks_rule/* field */.ZZ)(ctx, name, cols.keys[i]).field.kind;
            if (!(0,table/* isTemporalKind */.PB)(kind)) {
                throw new src/* UserError */.yo(`as_datetimes: ${cols.keys[i]} "${name}" is ${kind}, not a date or timestamp; date and timestamp text (YYYY-MM-DD[THH:MM[:SS]][Z]) is read as such, other text is not parsed as dates`, {
                    where: ctx.where,
                    hint: 'Write the dates as ISO text, or declare the column as date or timestamp in read.csv.types.',
                });
            }
        });
    }
    const c = recordCounter(ctx, spec.type, cols, ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'order', ([a, b]) => greater(a, b, spec.or_equal), 'pair');
    const op = spec.or_equal ? '>=' : '>';
    return {
        title: `Greater: ${spec.column_a} ${op} ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, spec.or_equal ? 'greater or equal' : 'greater', `${spec.column_a} ${op} ${spec.column_b}`),
    };
};
/** A pair as set membership sees it: a missing value is null (GX maps NaN to None), the rest compare as text, as values_in_set does. */
const pairKey = (a, b) => JSON.stringify([a === undefined || (0,table/* isMissing */.b2)(a) ? null : (0,rules_values/* cellKey */.sl)(a), b === undefined || (0,table/* isMissing */.b2)(b) ? null : (0,rules_values/* cellKey */.sl)(b)]);
/** GX expect_column_pair_values_to_be_in_set. */
const pairInSet = (spec, ctx) => {
    const allowed = new Set(spec.pairs.map(([a, b]) => pairKey(a, b)));
    const c = recordCounter(ctx, spec.type, pair(spec), ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'set', ([a, b]) => allowed.has(pairKey(a, b)), 'pair');
    return {
        title: `Pair in set: ${spec.column_a}, ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'in the set', `(${spec.column_a}, ${spec.column_b}) in ${spec.pairs.length} allowed pair${spec.pairs.length === 1 ? '' : 's'}`),
    };
};
/**
 * GX expect_multicolumn_sum_to_equal: pandas `sum(axis=1, skipna=False) == sum_total`,
 * so a row with a missing value fails unless ignore_row_if leaves it out. The sum runs
 * left to right, as numpy adds fewer than eight columns; the total must match exactly.
 */
const multicolumnSum = (spec, ctx) => {
    const c = recordCounter(ctx, spec.type, list(spec), spec.ignore_row_if, 'sum', (cells) => {
        let s = 0;
        for (const v of cells) {
            if ((0,table/* isMissing */.b2)(v))
                return false;
            s += Number(v);
        }
        return s === spec.sum;
    }, 'record');
    return {
        title: `Sum: ${spec.columns.join(' + ')} = ${(0,src/* formatNumber */.ZV)(spec.sum)}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, `summing to ${(0,src/* formatNumber */.ZV)(spec.sum)}`, `${spec.columns.join(' + ')} == ${(0,src/* formatNumber */.ZV)(spec.sum)}`),
    };
};
/**
 * GX expect_select_column_values_to_be_unique_within_record: pandas
 * `nunique(dropna=False, axis=1) >= len(column_list)`, so two missing values in a
 * row are one value repeated.
 */
const uniqueWithinRecord = (spec, ctx) => {
    const same = (a, b) => ((0,table/* isMissing */.b2)(a) && (0,table/* isMissing */.b2)(b)) || sameValue(a, b);
    const c = recordCounter(ctx, spec.type, list(spec), spec.ignore_row_if, 'equal', (cells) => {
        for (let i = 0; i < cells.length; i++)
            for (let j = i + 1; j < cells.length; j++)
                if (same(cells[i], cells[j]))
                    return false;
        return true;
    }, 'record');
    return {
        title: `Unique within record: ${spec.columns.join(', ')}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'unique within the row', `${spec.columns.join(', ')} all different in each row`),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/compile.ts

















const factories = {
    row_count: rowCount,
    columns: columns,
    not_null: rules_values/* notNull */.TM,
    null_percent: nullPercent,
    values_between: rules_values/* valuesBetween */.H9,
    distinct_values_in_set: rules_values/* distinctValuesInSet */.us,
    values_in_set: rules_values/* valuesInSet */.Cs,
    distinct_values_contain_set: rules_values/* distinctValuesContainSet */.zK,
    distinct_values_equal_set: rules_values/* distinctValuesEqualSet */.Z3,
    class_balance: classBalance,
    duplicates: duplicates,
    column_type: rules_values/* columnType */.DW,
    unique: unique,
    pair_equal: pairEqual,
    pair_greater: pairGreater,
    pair_in_set: pairInSet,
    multicolumn_sum: multicolumnSum,
    unique_within_record: uniqueWithinRecord,
    regex: rules_values/* regex */.yG,
    column_exists: columnExists,
    column_count: columnCount,
    is_null: isNull,
    values_not_in_set: valuesNotInSet,
    not_regex: notRegex,
    regex_list: regexList,
    not_regex_list: notRegexList,
    type_list: typeList,
    strftime_format: strftimeFormat,
    dateutil_parseable: dateutilParseable,
    json_parseable: jsonParseable,
    json_schema: jsonSchema,
    like_pattern: likePattern,
    not_like_pattern: notLikePattern,
    like_pattern_list: likePatternList,
    not_like_pattern_list: notLikePatternList,
    value_lengths: valueLengths,
    min_between: minBetween,
    max_between: maxBetween,
    mean_between: meanBetween,
    std_between: stdBetween,
    quantile_between: quantileBetween,
    sum_between: sumBetween,
    distinct_count_between: distinctCountBetween,
    distinct_proportion_between: distinctProportionBetween,
    most_common_in_set: mostCommonInSet,
    z_scores_below: zScoresBelow,
    monotonic: monotonic,
    kl_divergence: klDivergence,
    freshness: freshness,
    drift: drift/* drift */.UL,
    leakage: leakage/* leakage */.$n,
};
/** Turns specs into rules, checking every column name and type against the data before any row is read. */
function compileChecks(specs, inputs) {
    return specs.map((spec, i) => {
        const ctx = {
            schema: inputs.schema,
            where: `${inputs.source}: checks[${i}] (${spec.type})`,
            reference: inputs.reference,
            testData: inputs.testData,
        };
        const factory = factories[spec.type];
        let rule = factory(spec, ctx);
        if (!rule)
            throw new src/* UserError */.yo(`unsupported check type ${spec.type}`, { where: ctx.where });
        if ('row_condition' in spec && spec.row_condition) {
            const predicate = compileRowCondition(spec.row_condition, spec.condition_parser ?? 'pandas', inputs.schema, ctx.where);
            if (inputs.filterRows !== false)
                rule = (0,conditional/* onRowsWhere */.y)(rule, inputs.schema, predicate, spec.row_condition);
        }
        const id = (0,load/* checkId */.ij)(spec);
        return { ...rule, spec, id, title: spec.title ?? rule.title ?? id };
    });
}


/***/ }),

/***/ 58416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ parseRowCondition)
/* harmony export */ });
/* unused harmony exports OPERATORS, conditionError */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35875);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50194);



const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];
function tokenize(src, fail) {
    const tokens = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const two = src.slice(i, i + 2);
        if (OPERATORS.includes(two)) {
            tokens.push({ kind: 'op', text: two, at: i });
            i += 2;
        }
        else if (c === '<' || c === '>') {
            tokens.push({ kind: 'op', text: c, at: i++ });
        }
        else if ('()[],.&|~'.includes(c)) {
            tokens.push({ kind: 'punct', text: c, at: i++ });
        }
        else if (c === '"' || c === "'" || c === '`') {
            let j = i + 1;
            let text = '';
            while (j < src.length && src[j] !== c) {
                if (src[j] === '\\' && j + 1 < src.length)
                    j++;
                text += src[j++];
            }
            if (j >= src.length)
                fail(`unclosed ${c} at position ${i + 1}`);
            tokens.push({ kind: c === '`' ? 'quoted' : 'string', text, at: i });
            i = j + 1;
        }
        else if (/[0-9]/.test(c) || (c === '-' && /[0-9.]/.test(src[i + 1] ?? ''))) {
            const m = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
            tokens.push({ kind: 'number', text: m[0], at: i });
            i += m[0].length;
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
            tokens.push({ kind: 'name', text: m[0], at: i });
            i += m[0].length;
        }
        else
            fail(`unexpected "${c}" at position ${i + 1}`);
    }
    return tokens;
}
/** The error every problem with a condition becomes: one line quoting it, with an example of the parser's form. */
function conditionError(source, parser, where, msg) {
    return new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row_condition ${JSON.stringify(source)}: ${msg}`, {
        where,
        hint: parser === 'pandas' ? 'Write e.g. `age >= 18 & country.isin(["DE", "FR"])`.' : 'Write e.g. `col("age") >= 18 & col("country").notnull()`.',
    });
}
const KEYWORDS = ['True', 'False', 'true', 'false', 'and', 'or', 'not'];
const NULL_TESTS = { isnull: true, isna: true, isNull: true, notnull: false, notna: false, notNull: false };
const FLIP = { '==': '==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
function parseRowCondition(source, parser, schema, where) {
    const fail = (msg) => {
        throw conditionError(source, parser, where, msg);
    };
    const tokens = tokenize(source, fail);
    let pos = 0;
    const peek = () => tokens[pos];
    const is = (text) => peek()?.text === text && peek()?.kind !== 'string' && peek()?.kind !== 'quoted';
    const expect = (text) => {
        if (!is(text))
            fail(`expected "${text}"${peek() ? ` at position ${peek().at + 1}` : ' at the end'}`);
        pos++;
    };
    const columnAt = (name) => {
        const index = schema.fields.findIndex((f) => f.name === name);
        if (index < 0)
            fail(`column "${name}" is not in the data`);
        return { type: 'column', index, field: schema.fields[index] };
    };
    /** A literal as the column holds it: text becomes epoch milliseconds for a date or timestamp column. */
    const literalFor = (value, column) => {
        if (!(0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(column.field.kind) || typeof value !== 'string')
            return { type: 'literal', value };
        const t = (0,_read_text_values__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(value);
        if (t === undefined)
            fail(`"${value}" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]]), and ${column.field.name} is one`);
        return { type: 'literal', value: t };
    };
    const literal = () => {
        const t = peek();
        if (!t)
            return fail('expected a value at the end');
        if (t.kind === 'number') {
            pos++;
            return Number(t.text);
        }
        if (t.kind === 'string') {
            pos++;
            return t.text;
        }
        if (t.kind === 'name' && (t.text === 'True' || t.text === 'False' || t.text === 'true' || t.text === 'false')) {
            pos++;
            return t.text.toLowerCase() === 'true';
        }
        return fail(`expected a number, a quoted string, True or False at position ${t.at + 1}`);
    };
    const term = () => {
        const t = peek();
        if (!t)
            return fail('expected a column or a value at the end');
        if (is('(')) {
            pos++;
            const inner = or();
            expect(')');
            return inner;
        }
        let column;
        if (t.kind === 'name' && t.text === 'col' && tokens[pos + 1]?.text === '(') {
            pos += 2;
            const name = peek();
            if (name?.kind !== 'string')
                fail('col(\u2026) takes a quoted column name');
            pos++;
            expect(')');
            column = columnAt(name.text);
        }
        else if (t.kind === 'quoted' || (t.kind === 'name' && !KEYWORDS.includes(t.text))) {
            if (parser === 'great_expectations')
                fail(`write a column as col("${t.text}") with condition_parser great_expectations`);
            pos++;
            column = columnAt(t.text);
        }
        if (!column)
            return { type: 'literal', value: literal() };
        if (!is('.'))
            return column;
        pos++;
        const method = peek();
        if (method?.kind !== 'name')
            return fail(`expected a method after "." at position ${t.at + 1}`);
        pos++;
        if (method.text === 'isin') {
            expect('(');
            expect('[');
            const values = [];
            while (!is(']')) {
                values.push(literal());
                if (!is(']'))
                    expect(',');
            }
            expect(']');
            expect(')');
            return { type: 'isin', column, values: values.map((v) => literalFor(v, column)) };
        }
        if (method.text in NULL_TESTS) {
            expect('(');
            expect(')');
            return { type: 'isnull', column, isNull: NULL_TESTS[method.text] };
        }
        return fail(`unknown method .${method.text}(); supported: isin, isnull, notnull, isna, notna`);
    };
    const isOperand = (x) => x.type === 'column' || x.type === 'literal';
    const cmp = () => {
        const left = term();
        const op = peek();
        if (op?.kind !== 'op') {
            if (!isOperand(left))
                return left;
            return fail('a column or value alone is not a condition; compare it, e.g. `x == 1`');
        }
        pos++;
        const right = term();
        if (!isOperand(left) || !isOperand(right))
            return fail(`"${op.text}" compares a column with a value, not two conditions; add parentheses`);
        if (peek()?.kind === 'op')
            fail('chained comparisons are not supported; join them with &');
        return comparison(left, op.text, right);
    };
    const comparison = (left, op, right) => {
        if (left.type === 'literal' && right.type === 'literal')
            return fail('compare a column, not two values');
        if (left.type === 'column' && right.type === 'column')
            return { type: 'compare', left, op, right };
        return left.type === 'column' ? { type: 'compare', left, op, right: literalFor(right.value, left) } : { type: 'compare', left: right, op: FLIP[op], right: literalFor(left.value, right) };
    };
    const not = () => {
        if (is('~') || is('not')) {
            pos++;
            return { type: 'not', inner: not() };
        }
        return cmp();
    };
    const and = () => {
        let left = not();
        while (is('&') || is('and')) {
            pos++;
            left = { type: 'and', left, right: not() };
        }
        return left;
    };
    function or() {
        let left = and();
        while (is('|') || is('or')) {
            pos++;
            left = { type: 'or', left, right: and() };
        }
        return left;
    }
    if (tokens.length === 0)
        fail('is empty');
    const tree = or();
    if (pos < tokens.length)
        fail(`unexpected "${tokens[pos].text}" at position ${tokens[pos].at + 1}`);
    return tree;
}


/***/ }),

/***/ 3986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ whereVerdict),
/* harmony export */   y: () => (/* binding */ onRowsWhere)
/* harmony export */ });
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45392);

/**
 * Runs a rule on the rows its row_condition selects. The rule sees filtered
 * batches and, at the end, the profile of those rows alone (its own profiler),
 * so profile-based checks (nulls, mean, quantiles, row count) and row-level ones
 * judge the same rows. Only checks with a condition pay for this.
 */
function onRowsWhere(rule, schema, predicate, condition) {
    const profiler = new _profile__WEBPACK_IMPORTED_MODULE_0__/* .TableProfiler */ .Y(schema);
    let kept = 0;
    return {
        ...rule,
        observe(batch) {
            const rows = [];
            for (let r = 0; r < batch.numRows; r++)
                if (predicate(batch.columns, r))
                    rows.push(r);
            if (rows.length === 0)
                return;
            kept += rows.length;
            const filtered = { numRows: rows.length, columns: batch.columns.map((c) => rows.map((r) => c[r])) };
            profiler.add(filtered);
            rule.observe?.(filtered);
        },
        evaluate(results) {
            try {
                const profile = profiler.finish();
                return whereVerdict(rule.evaluate({ ...results, profile, profiler }), condition, kept);
            }
            finally {
                profiler.dispose();
            }
        },
    };
}
/** A verdict on the rows a condition selects says so: the condition after what was expected, the rows kept after the detail. */
function whereVerdict(v, condition, kept) {
    const where = ` where ${condition}`;
    return isMulti(v) ? v : { ...v, expected: `${v.expected ?? ''}${where}`, detail: `${v.detail ?? ''} (${kept} row${kept === 1 ? '' : 's'}${where})` };
}
const isMulti = (v) => 'checks' in v;


/***/ }),

/***/ 76838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ validationConfigJsonSchema),
/* harmony export */   HQ: () => (/* binding */ nativeConfigSchema),
/* harmony export */   Jq: () => (/* binding */ configSchemas),
/* harmony export */   OE: () => (/* binding */ checkTypes),
/* harmony export */   zo: () => (/* binding */ isCheckType)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _rules_ignore_rows__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7046);



/**
 * The config schemas, built on first use: building them took ~25 ms of every
 * run's start on a runner's two cores, and a run on the default checks needs none.
 */
function build() {
    /**
     * The native validate-data config: a list of named checks, each one shape,
     * modelled on Great Expectations' expectations (one name, one result shape).
     * `mostly` is GX's tolerance: the fraction of non-null rows that must pass.
     */
    const base = {
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[\w.:-]+$/, 'use letters, digits, _ . : -').optional().describe('Stable id shown in failed-checks; defaults to type[:column].'),
        title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning']).default('error').describe('A failed warning check makes the report WARN, not FAIL.'),
    };
    const column = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Column name.');
    const mostly = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(1).describe("Fraction of non-null values that must pass (GX's mostly).");
    const kind = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['int', 'float', 'number', 'decimal', 'bool', 'string', 'timestamp', 'date', 'binary', 'nested']);
    const check = (type, shape, description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(type), ...base, ...shape }).describe(description);
    const bounds = { min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional() };
    const timeBounds = {
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional().describe('Lowest allowed value; a date or timestamp (e.g. "2024-01-01") for such a column.'),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional().describe('Highest allowed value; a date or timestamp for such a column.'),
    };
    const strict = {
        strict_min: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Exclude min itself (value > min).'),
        strict_max: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Exclude max itself (value < max).'),
    };
    /** GX's row_condition: the check applies to the rows where it holds. */
    const conditional = {
        row_condition: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Only rows where this holds are checked, e.g. `country == "DE" & age >= 18` (GX row_condition).'),
        condition_parser: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pandas', 'great_expectations']).optional().describe('How row_condition is written; pandas (the default): bare column names; great_expectations: col("name").'),
    };
    const valueSet = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]));
    /** GX's ignore_row_if: rows left out before anything is counted (they count as missing). */
    const rowIgnore = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_rules_ignore_rows__WEBPACK_IMPORTED_MODULE_2__/* .ROW_IGNORES */ .nK).default('all_values_are_missing').describe("Which rows are left out (GX's ignore_row_if): rows whose checked values are all missing (the default), any missing, or never.");
    const pairIgnoreKey = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_rules_ignore_rows__WEBPACK_IMPORTED_MODULE_2__/* .PAIR_IGNORES */ .d2)
        .default('both_values_are_missing')
        .describe("Which rows are left out (GX's ignore_row_if): rows with both values missing (the default), either missing, or neither.");
    const columnPair = { column_a: column.describe('First column (GX column_A).'), column_b: column.describe('Second column (GX column_B).') };
    const pairValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
    /** Each check's schema, built when a config uses its type. */
    const checkBuilders = {
        row_count: () => check('row_count', { ...bounds, ...conditional }, 'Row count between min and max (GX expect_table_row_count_to_be_between; min_rows in the flat shape).'),
        columns: () => check('columns', {
            columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).min(1),
            mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'subset', 'ordered']).default('exact').describe('exact: the data has exactly these columns; subset: it has at least these; ordered: exactly these, in this order.'),
        }, 'Column set matches (GX expect_table_columns_to_match_set; required_columns in the flat shape is mode subset).'),
        not_null: () => check('not_null', { column, mostly, ...conditional }, 'Values are not null (GX expect_column_values_to_not_be_null).'),
        null_percent: () => check('null_percent', {
            columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).optional().describe('Columns to check; all columns when omitted.'),
            max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).describe('Highest allowed percentage of nulls per column.'),
            scope: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['column', 'table']).default('column').describe('column: every column on its own; table: nulls over all cells.'),
        }, 'Null percentage at most max (max_null_percent in the flat shape).'),
        values_between: () => check('values_between', {
            column,
            ...timeBounds,
            ...strict,
            mostly,
            ...conditional,
        }, 'Values within [min, max] (GX expect_column_values_to_be_between; feature_ranges in the flat shape).'),
        distinct_values_in_set: () => check('distinct_values_in_set', { column, values: valueSet, ...conditional }, 'Every distinct value is in the set; an empty set passes only a column without values (GX expect_column_distinct_values_to_be_in_set).'),
        distinct_values_contain_set: () => check('distinct_values_contain_set', { column, values: valueSet.min(1), ...conditional }, 'Every value of the set occurs in the column (GX expect_column_distinct_values_to_contain_set).'),
        distinct_values_equal_set: () => check('distinct_values_equal_set', { column, values: valueSet, ...conditional }, 'The distinct non-null values are exactly the set (GX expect_column_distinct_values_to_equal_set).'),
        values_in_set: () => check('values_in_set', { column, values: valueSet, mostly, ...conditional }, 'Allowed values, with a tolerance; an empty set allows no value (GX expect_column_values_to_be_in_set).'),
        class_balance: () => check('class_balance', { column, min_percent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(1) }, 'Every class of the target has at least min_percent of rows (min_class_percent in the flat shape).'),
        duplicates: () => check('duplicates', { max_percent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(100).default(1) }, 'Duplicate rows at most max_percent (max_duplicate_percent in the flat shape).'),
        column_type: () => check('column_type', { column, dtype: kind }, 'Column has this type (dtype number matches int, float and decimal).'),
        unique: () => check('unique', {
            columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).min(1).describe('One column, or several for a compound key.'),
            mostly: mostly.describe("Fraction of keys that must be unique; every row of a repeated key counts against it, as in GX."),
            ignore_row_if: rowIgnore.describe("Which rows are left out (GX's ignore_row_if); with one column, a null is always left out."),
            ...conditional,
        }, 'Values (or key tuples) are unique (GX expect_column_values_to_be_unique, expect_compound_columns_to_be_unique).'),
        pair_equal: () => check('pair_equal', { ...columnPair, ignore_row_if: pairIgnoreKey, mostly, ...conditional }, 'The two columns hold equal values in each row; a missing value equals nothing (GX expect_column_pair_values_to_be_equal).'),
        pair_greater: () => check('pair_greater', {
            ...columnPair,
            or_equal: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Also pass when the values are equal (A >= B).'),
            as_datetimes: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Compare as dates: both columns must be read as date or timestamp, else the check is refused (GX parse_strings_as_datetimes).'),
            ignore_row_if: pairIgnoreKey,
            mostly,
            ...conditional,
        }, 'column_a is greater than column_b in each row: numbers with numbers, text with text (by code point), dates with dates (GX expect_column_pair_values_A_to_be_greater_than_B).'),
        pair_in_set: () => check('pair_in_set', { ...columnPair, pairs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([pairValue, pairValue])).describe('Allowed (column_a, column_b) pairs; null stands for a missing value.'), ignore_row_if: pairIgnoreKey, mostly, ...conditional }, 'Each row\'s (column_a, column_b) pair is one of the allowed pairs, compared as text like values_in_set (GX expect_column_pair_values_to_be_in_set).'),
        multicolumn_sum: () => check('multicolumn_sum', { columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).min(1), sum: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('The total each row must add up to, exactly.'), ignore_row_if: rowIgnore, mostly, ...conditional }, 'The numeric columns add up to sum in each row; a row with a missing value fails unless left out (GX expect_multicolumn_sum_to_equal).'),
        unique_within_record: () => check('unique_within_record', { columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).min(1), ignore_row_if: rowIgnore, mostly, ...conditional }, 'No two of the columns hold the same value in a row; two missing values count as the same (GX expect_select_column_values_to_be_unique_within_record).'),
        regex: () => check('regex', { column, pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), mostly, ...conditional }, 'Values, as text, contain a match of a regular expression (GX expect_column_values_to_match_regex); an empty pattern matches every value.'),
        column_count: () => check('column_count', { min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional() }, 'Number of columns within [min, max] (GX expect_table_column_count_to_be_between / _to_equal).'),
        is_null: () => check('is_null', { column, mostly, ...conditional }, 'Values are null; mostly is over all rows (GX expect_column_values_to_be_null).'),
        values_not_in_set: () => check('values_not_in_set', { column, values: valueSet, mostly, ...conditional }, 'No value is in the set, with a tolerance (GX expect_column_values_to_not_be_in_set).'),
        not_regex: () => check('not_regex', { column, pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), mostly, ...conditional }, 'Values, as text, contain no match of a regular expression (GX expect_column_values_to_not_match_regex).'),
        regex_list: () => check('regex_list', {
            column,
            patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
            match_on: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
            mostly,
            ...conditional,
        }, 'Values, as text, match the patterns (GX expect_column_values_to_match_regex_list).'),
        not_regex_list: () => check('not_regex_list', { column, patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1), mostly, ...conditional }, 'Values, as text, match none of the patterns (GX expect_column_values_to_not_match_regex_list).'),
        type_list: () => check('type_list', { column, dtypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(kind).min(1).describe('Allowed column types (number covers int, float and decimal).'), mostly, ...conditional }, 'Column type is one of dtypes; a text column is judged value by value, so mostly applies there (GX expect_column_values_to_be_in_type_list).'),
        strftime_format: () => check('strftime_format', { column, format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('A Python strptime format, e.g. "%Y-%m-%d %H:%M:%S".'), mostly, ...conditional }, 'Text values parse with Python datetime.strptime and this format (GX expect_column_values_to_match_strftime_format).'),
        dateutil_parseable: () => check('dateutil_parseable', { column, mostly, ...conditional }, 'Text values parse with dateutil.parser.parse, default options (GX expect_column_values_to_be_dateutil_parseable).'),
        json_parseable: () => check('json_parseable', { column, mostly, ...conditional }, 'Values are JSON text as Python json.loads reads it, NaN and Infinity included (GX expect_column_values_to_be_json_parseable).'),
        json_schema: () => check('json_schema', {
            column,
            schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]).describe('A JSON Schema; the draft comes from $schema (2020-12 when absent), and format is not asserted, as Python jsonschema reads it.'),
            mostly,
            ...conditional,
        }, 'Values are JSON text matching the schema (GX expect_column_values_to_match_json_schema).'),
        like_pattern: () => check('like_pattern', { column, pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('SQL LIKE: % any run of characters, _ one character, anything else itself.'), mostly, ...conditional }, 'Text values match a SQL LIKE pattern (GX expect_column_values_to_match_like_pattern).'),
        not_like_pattern: () => check('not_like_pattern', { column, pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), mostly, ...conditional }, 'Text values do not match a SQL LIKE pattern (GX expect_column_values_to_not_match_like_pattern).'),
        like_pattern_list: () => check('like_pattern_list', {
            column,
            patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
            match_on: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
            mostly,
            ...conditional,
        }, 'Text values match the SQL LIKE patterns (GX expect_column_values_to_match_like_pattern_list).'),
        not_like_pattern_list: () => check('not_like_pattern_list', { column, patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1), mostly, ...conditional }, 'Text values match none of the SQL LIKE patterns (GX expect_column_values_to_not_match_like_pattern_list).'),
        value_lengths: () => check('value_lengths', { column, min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(), ...strict, mostly, ...conditional }, 'Text lengths (in characters) within [min, max] (GX expect_column_value_lengths_to_be_between / _to_equal).'),
        min_between: () => check('min_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column minimum within [min, max] (GX expect_column_min_to_be_between).'),
        max_between: () => check('max_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column maximum within [min, max] (GX expect_column_max_to_be_between).'),
        column_exists: () => check('column_exists', { column, index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional().describe('Zero-based position the column must have.') }, 'The column is present, at this position when index is given (GX expect_column_to_exist).'),
        mean_between: () => check('mean_between', { column, ...bounds, ...strict, ...conditional }, 'Column mean within [min, max].'),
        std_between: () => check('std_between', { column, ...bounds, ...strict, ...conditional }, 'Column sample standard deviation (ddof=1) within [min, max].'),
        quantile_between: () => check('quantile_between', { column, quantile: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1), ...bounds, ...strict, ...conditional }, 'A quantile of the column within [min, max].'),
        sum_between: () => check('sum_between', { column, ...bounds, ...strict, ...conditional }, 'Column sum within [min, max], summed in numpy\'s order (GX expect_column_sum_to_be_between).'),
        distinct_count_between: () => check('distinct_count_between', { column, ...bounds, ...strict, ...conditional }, 'Number of distinct non-null values within [min, max], counted exactly (GX expect_column_unique_value_count_to_be_between).'),
        distinct_proportion_between: () => check('distinct_proportion_between', { column, ...bounds, ...strict, ...conditional }, 'Distinct non-null values over non-null values within [min, max]; 0 for a column without values (GX expect_column_proportion_of_unique_values_to_be_between).'),
        most_common_in_set: () => check('most_common_in_set', { column, values: valueSet, ties_okay: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('With a tie for most common, pass when any tied value is in the set (else a tie fails).'), ...conditional }, 'The most common non-null value is in the set (GX expect_column_most_common_value_to_be_in_set).'),
        z_scores_below: () => check('z_scores_below', {
            column,
            threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('Highest z-score allowed (exclusive); its absolute value with double_sided.'),
            double_sided: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe('Compare |z| with |threshold|; false: z itself, so only high values fail.'),
            mostly,
            ...conditional,
        }, 'z = (value - mean) / sample std (ddof=1) under threshold for each non-null value (GX expect_column_value_z_scores_to_be_less_than).'),
        monotonic: () => check('monotonic', {
            column,
            direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['increasing', 'decreasing']),
            strictly: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Equal neighbours fail too.'),
            mostly,
            ...conditional,
        }, 'Each non-null value is >= (or <=) the previous non-null one, in reading order; the first always passes (GX expect_column_values_to_be_increasing / _decreasing).'),
        kl_divergence: () => check('kl_divergence', {
            column,
            partition: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
                zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ values: valueSet.min(1), weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0)).min(1) }),
                zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                    bins: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['-inf', 'inf'])])).min(2).describe('Increasing bin edges; -inf / inf for an open first or last bin.'),
                    weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0)).min(1),
                    tail_weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0)]).optional().describe('Expected shares below the first and above the last edge.'),
                }),
            ])
                .describe('The expected distribution, as GX\'s partition_object: values and weights (categorical) or bins and weights (continuous); weights sum to 1.'),
            threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).describe('Highest KL divergence allowed (inclusive).'),
            tail_weight_holdout: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(0).describe('Expected share for values outside the partition (split over both tails for bins).'),
            internal_weight_holdout: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).default(0).describe('Expected share spread over empty bins (bins only).'),
            ...conditional,
        }, 'KL divergence of the column\'s distribution from the partition at most threshold (GX expect_column_kl_divergence_to_be_less_than).'),
        freshness: () => check('freshness', { column: column.optional().describe('Timestamp column; the files\' modification time when omitted.'), max_age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive() }, 'Newest data at most max_age_days old, by the column or the files\' modification time.'),
        drift: () => check('drift', {
            columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).optional().describe('Columns to compare; all shared columns when omitted.'),
            numeric: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['psi', 'ks']).default('psi'),
            categorical: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['chi2', 'js']).default('js'),
            threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('psi: max PSI (0.2); ks/chi2: min p-value (0.05); js: max distance (0.1).'),
            per_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['psi', 'ks', 'chi2', 'js']).optional(), threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional() })).default({}),
        }, 'Distribution drift against the `reference` dataset.'),
        leakage: () => check('leakage', {
            key_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(column).optional().describe('Columns that identify a row; whole rows when omitted.'),
            max_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).default(0),
        }, 'Rows of the training data also present in `test-data`.'),
    };
    const checkSchemas = new Map();
    const checkSchema = (type) => {
        let schema = checkSchemas.get(type);
        if (!schema)
            checkSchemas.set(type, (schema = checkBuilders[type]()));
        return schema;
    };
    const oneChar = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().length(1, 'expected one character');
    const csvReadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        delimiter: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('whitespace'), oneChar.refine((c) => c !== '"' && c !== '\n' && c !== '\r', 'the delimiter cannot be a quote or a line break')])
            .optional()
            .describe('One character, or `whitespace` for runs of blanks and tabs with leading blanks ignored (pandas `sep=r"\\s+"`). Sniffed from the first lines (`,` `;` tab `|`) when omitted.'),
        header: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Whether the first line read (after `skip_rows`) names the columns (default true). With false, columns are named by `names`, else 0, 1, \u2026.'),
        names: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1, 'a column name cannot be empty'))
            .min(1)
            .refine((n) => new Set(n).size === n.length, 'column names must be unique')
            .optional()
            .describe('Column names for a file without a header row (needs `header: false`); one per field, or the read stops naming the line.'),
        skip_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional().describe('Lines skipped before the header (or the first data row), whatever they hold, e.g. 1 for a count line such as `150,4,setosa,versicolor,virginica` (pandas `skiprows=`).'),
        comment: oneChar
            .refine((c) => c !== '"' && c !== '\n' && c !== '\r' && c.trim() !== '', 'the comment character cannot be a quote, a blank or a line break')
            .optional()
            .describe('A character starting a comment: the rest of the line is ignored and a line left empty is skipped (pandas `comment=`).'),
        types: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), kind.exclude(['number', 'binary', 'nested'])).optional(),
    })
        .superRefine((o, ctx) => {
        if (o.names && o.header !== false)
            ctx.addIssue({ code: 'custom', path: ['names'], message: 'names needs header: false (to replace a header row, add skip_rows: 1)' });
        if (o.comment !== undefined && o.comment === o.delimiter)
            ctx.addIssue({ code: 'custom', path: ['comment'], message: 'the comment character cannot be the delimiter' });
    });
    const readOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        max_line_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(1024)
            .optional()
            .describe('The longest CSV record or JSONL line read, in bytes (default 67108864, 64 MiB); a longer one stops the run naming its line.'),
        csv: csvReadSchema.optional(),
    });
    const nativeConfigSchema = (types) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).default(1),
        read: readOptionsSchema.optional(),
        checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('type', types.map(checkSchema))).min(1, 'list at least one check'),
    });
    /** The flat configs/data_validation.json shape (one top-level key per threshold), accepted as-is. */
    const legacyConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        max_null_percent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        required_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        target_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        min_class_percent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        feature_ranges: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })).optional(),
        max_duplicate_percent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    });
    return { checkBuilders, checkSchema, csvReadSchema, readOptionsSchema, nativeConfigSchema, legacyConfigSchema };
}
let built;
const configSchemas = () => (built ??= build());
const checkTypes = () => Object.keys(configSchemas().checkBuilders);
const isCheckType = (t) => typeof t === 'string' && Object.hasOwn(configSchemas().checkBuilders, t);
/**
 * The native config's schema for a config whose `checks` are `checks` (as
 * written): their union holds only the types they use, which is all a valid
 * config needs; every type when one is missing or unknown, for the refusal
 * that lists them.
 */
function nativeConfigSchema(checks) {
    const types = Array.isArray(checks) ? [...new Set(checks.map((c) => (c !== null && typeof c === 'object' ? c.type : undefined)))] : [];
    return configSchemas().nativeConfigSchema(types.length > 0 && types.every(isCheckType) ? types : checkTypes());
}
/** The JSON Schema published for editors (schemas/validate-data.config.schema.json): native shape or the flat one. */
function validationConfigJsonSchema() {
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .configJsonSchema */ .Mk)('validate-data', 'A list of named checks (native), or the flat configs/data_validation.json keys (min_rows, max_null_percent, required_columns, target_column, min_class_percent, feature_ranges, max_duplicate_percent).', [nativeConfigSchema(), configSchemas().legacyConfigSchema]);
}


/***/ }),

/***/ 28694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* harmony import */ var _legacy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78047);

/** Without a `config`, the flat shape's defaults run (1,000 rows, 5 % nulls, 1 % duplicates, 1 % per class): the checks a team gets for free. */
function defaultConfig() {
    return { source: 'default checks', format: 'seed-002', checksFor: (columns) => (0,_legacy__WEBPACK_IMPORTED_MODULE_0__/* .fromLegacy */ .G)({}, columns) };
}


/***/ }),

/***/ 61011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ loadJsonSchemaSupport),
/* harmony export */   V8: () => (/* binding */ SchemaProblem),
/* harmony export */   nk: () => (/* binding */ compileJsonSchema),
/* harmony export */   pj: () => (/* binding */ mentionsJsonSchema)
/* harmony export */ });
/* unused harmony export draftOf */
/* harmony import */ var _mlship_core_on_demand__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5582);

/**
 * A JSON Schema validator that judges as Python's `jsonschema.validate` (what
 * Great Expectations calls) does: the draft comes from `$schema`, and a schema
 * without one is read as the newest draft (2020-12, jsonschema 4's default);
 * unknown keywords are ignored and `format` is an annotation, not an assertion.
 * The schema itself is checked against its draft's meta-schema first, and a
 * schema that fails it is refused, as jsonschema raises SchemaError.
 */
const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
};
/** Why a schema cannot be used, for the one line that refuses it. */
class SchemaProblem extends Error {
}
function draftOf(schema) {
    if (typeof schema === 'boolean')
        return '2020-12';
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        throw new SchemaProblem('must be a JSON Schema object (or true/false)');
    const uri = schema.$schema;
    if (uri === undefined)
        return '2020-12';
    if (typeof uri !== 'string')
        throw new SchemaProblem('$schema must be a string');
    const draft = DRAFTS[uri.replace(/#$/, '')];
    if (!draft)
        throw new SchemaProblem(`$schema ${JSON.stringify(uri)} is not a draft mlship validates (${Object.keys(DRAFTS).join(', ')})`);
    return draft;
}
/**
 * ajv, its three drafts and their meta-schemas: 12\u201318 ms of every validate-data start when
 * loaded with the rest (bench/validate-data/RESULTS.md), for the few configs that hold a schema.
 * loadConfig loads it when the config mentions one; other callers of compileJsonSchema (a
 * config parsed from text) call loadJsonSchemaSupport first.
 */
const drafts = (0,_mlship_core_on_demand__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)(() => Promise.all(/* import() */[__webpack_require__.e(4405), __webpack_require__.e(9636)]).then(__webpack_require__.bind(__webpack_require__, 29636)), 'a JSON Schema was compiled before loadJsonSchemaSupport() was awaited');
const loadJsonSchemaSupport = drafts.load;
/** Whether a config's parsed value names a JSON Schema check (native `json_schema`, GX's `\u2026match_json_schema`) anywhere. */
function mentionsJsonSchema(value, seen = new Set()) {
    if (typeof value === 'string')
        return value.includes('json_schema');
    if (typeof value !== 'object' || value === null || seen.has(value))
        return false;
    seen.add(value);
    return Object.entries(value).some(([k, v]) => k.includes('json_schema') || mentionsJsonSchema(v, seen));
}
function compileJsonSchema(schema) {
    const { create, shared } = drafts.get();
    const draft = draftOf(schema);
    // A schema with an $id is registered under it, and a second one with the same $id would clash.
    const hasId = typeof schema === 'object' && schema !== null && '$id' in schema;
    const ajv = hasId ? create(draft) : (shared.get(draft) ?? shared.set(draft, create(draft)).get(draft));
    let validate;
    try {
        validate = ajv.compile(schema);
    }
    catch (e) {
        throw new SchemaProblem(`is not a valid ${draft} schema: ${e.message}`);
    }
    return (value) => validate(value) === true;
}


/***/ }),

/***/ 21027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ validDate),
/* harmony export */   KR: () => (/* binding */ MONTHS),
/* harmony export */   L3: () => (/* binding */ daysInMonth),
/* harmony export */   R5: () => (/* binding */ isAlpha),
/* harmony export */   RI: () => (/* binding */ toInt),
/* harmony export */   Sf: () => (/* binding */ sameIgnoringCase),
/* harmony export */   Y_: () => (/* binding */ fromOrdinal),
/* harmony export */   ZO: () => (/* binding */ toOrdinal),
/* harmony export */   aM: () => (/* binding */ isDecimal),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/* unused harmony exports digitValue, isLeap, weekday */
/**
 * Character classes as Python's `str` methods and `re` (Unicode patterns) see
 * them, for the readers that port Python's date parsing. Text is handled as
 * code points, as Python indexes it.
 */
/** `str.isspace()`: Unicode White_Space plus the ASCII separators \x1c-\x1f (not U+FEFF, unlike JS `\s`). */
function isSpace(ch) {
    const c = ch.codePointAt(0);
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
const LETTER = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;
/** `str.isalpha()`: the Unicode letter categories (ASCII answered without the regex, as most text is). */
function isAlpha(ch) {
    const c = ch.charCodeAt(0);
    if (c < 0x80)
        return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    return LETTER.test(ch);
}
/** A decimal digit of any script (`re`'s `\d`, what `int()` reads). */
function isDecimal(ch) {
    const c = ch.charCodeAt(0);
    if (c < 0x80)
        return c >= 0x30 && c <= 0x39;
    return DECIMAL.test(ch);
}
/**
 * The value of a decimal digit of any script: Unicode keeps each script's digits
 * as runs of ten from zero, so the value is the distance from the run's start, mod 10.
 */
function digitValue(ch) {
    const c = ch.codePointAt(0);
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    let start = c;
    while (DECIMAL.test(String.fromCodePoint(start - 1)))
        start--;
    return (c - start) % 10;
}
/** `int(text)` for a run of decimal digits (Python also takes a sign, blanks and `_`, which no caller passes). */
function toInt(chars) {
    if (chars.length === 0 || !chars.every(isDecimal))
        throw new RangeError(`invalid literal for int(): ${chars.join('')}`);
    return chars.reduce((n, ch) => n * 10 + digitValue(ch), 0);
}
/** Python's IGNORECASE comparison of two characters (simple case folding both ways). */
const sameIgnoringCase = (a, b) => a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
const isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** `calendar.monthrange(y, m)[1]`. */
const daysInMonth = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
/** Whether `datetime.date(y, m, d)` can be built. */
const validDate = (y, m, d) => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
/** Days from 0001-01-01 (ordinal 1), as `date.toordinal()`. */
function toOrdinal(y, m, d) {
    const py = y - 1;
    let days = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
    for (let i = 1; i < m; i++)
        days += daysInMonth(y, i);
    return days + d;
}
/** `date.fromordinal(n)` as [y, m, d], or undefined past 9999-12-31 or before 0001-01-01. */
function fromOrdinal(n) {
    if (n < 1 || n > toOrdinal(9999, 12, 31))
        return undefined;
    let y = Math.floor(n / 365.2425) + 1;
    while (toOrdinal(y, 1, 1) > n)
        y--;
    while (y < 9999 && toOrdinal(y + 1, 1, 1) <= n)
        y++;
    let rest = n - toOrdinal(y, 1, 1) + 1;
    let m = 1;
    while (rest > daysInMonth(y, m))
        rest -= daysInMonth(y, m++);
    return [y, m, rest];
}
/** `date.weekday()`: Monday 0 \u2026 Sunday 6. */
const weekday = (y, m, d) => (toOrdinal(y, m, d) + 6) % 7;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];


/***/ }),

/***/ 57001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   St: () => (/* binding */ compileStrptime),
/* harmony export */   gp: () => (/* binding */ strftimeNaive)
/* harmony export */ });
/* unused harmony export STRPTIME_DIRECTIVES */
/* harmony import */ var _python_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21027);

/**
 * Python's `datetime.strptime(value, format)` (CPython 3.11 `_strptime`, C
 * locale, a UTC runner), as a yes/no: whether it returns a datetime or raises.
 * Like CPython, the format becomes a pattern matched from the value's start,
 * case-insensitively, taking the first match in the pattern's own order of
 * alternatives (the match must then end at the value's end; a longer match is
 * not looked for), and the fields are then checked as `datetime` checks them.
 * The search remembers dead ends, so a value costs at most (parts x length x
 * alternatives) steps whatever it holds.
 */
const STRPTIME_DIRECTIVES = ['a', 'A', 'b', 'B', 'd', 'f', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'y', 'Y', 'z', 'Z', '%'];
const DIGIT = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM;
const range = (lo, hi) => (ch) => ch >= lo && ch <= hi && ch.length === 1;
const exact = (c) => (ch) => ch === c;
/** `'3[0-1]'`, `'[1-2]\d'`, `' [1-9]'`: the tiny subset of regex syntax CPython's directive alternatives use. */
function alt(spec) {
    const out = [];
    for (let i = 0; i < spec.length; i++) {
        if (spec[i] === '[') {
            out.push(range(spec[i + 1], spec[i + 3]));
            i += 4;
        }
        else if (spec[i] === '\\') {
            out.push(DIGIT);
            i++;
        }
        else
            out.push(exact(spec[i]));
    }
    return out;
}
const NUMERIC = {
    d: ['3[0-1]', '[1-2]\\d', '0[1-9]', '[1-9]', ' [1-9]'].map(alt),
    H: ['2[0-3]', '[0-1]\\d', '\\d'].map(alt),
    I: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
    j: ['36[0-6]', '3[0-5]\\d', '[1-2]\\d\\d', '0[1-9]\\d', '00[1-9]', '[1-9]\\d', '0[1-9]', '[1-9]'].map(alt),
    m: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
    M: ['[0-5]\\d', '\\d'].map(alt),
    S: ['6[0-1]', '[0-5]\\d', '\\d'].map(alt),
    y: ['\\d\\d'].map(alt),
    Y: ['\\d\\d\\d\\d'].map(alt),
    // [0-9]{1,6}, greedy: the longest run first.
    f: [6, 5, 4, 3, 2, 1].map((n) => new Array(n).fill(range('0', '9'))),
};
/** Names are tried longest first, as CPython sorts them. */
const byLength = (names) => [...names].sort((a, b) => b.length - a.length);
const NAMES = {
    a: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4.map((w) => w.slice(0, 3))),
    A: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4),
    b: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.map((m) => m.slice(0, 3))),
    B: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR),
    p: ['am', 'pm'],
    // The runner's zone is UTC, so CPython's set is {utc, gmt}.
    Z: ['utc', 'gmt'],
};
/** Why a format cannot be used, in CPython's words where it has them. */
class FormatError extends Error {
}
function parseFormat(format) {
    const parts = [];
    const chars = Array.from(format);
    const seen = new Set();
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if ((0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(ch)) {
            while (i + 1 < chars.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(chars[i + 1]))
                i++;
            parts.push({ kind: 'space' });
        }
        else if (ch === '%') {
            const d = chars[++i];
            if (d === undefined)
                throw new FormatError(`stray % in format '${format}'`);
            if (!STRPTIME_DIRECTIVES.includes(d)) {
                throw new FormatError(`'%${d}' is not a supported directive (supported: ${STRPTIME_DIRECTIVES.map((x) => `%${x}`).join(' ')})`);
            }
            if (d === '%')
                parts.push({ kind: 'literal', ch: '%' });
            else {
                // CPython names a regex group per directive, and a name used twice does not compile.
                if (seen.has(d))
                    throw new FormatError(`%${d} appears twice; strptime cannot read a format that repeats a directive`);
                seen.add(d);
                parts.push({ kind: 'directive', d });
            }
        }
        else
            parts.push({ kind: 'literal', ch });
    }
    return parts;
}
/** End positions a directive can match at `at`, in CPython's order of preference. */
function ends(d, v, at) {
    const numeric = NUMERIC[d];
    if (numeric) {
        return numeric.filter((tests) => at + tests.length <= v.length && tests.every((t, k) => t(v[at + k]))).map((tests) => at + tests.length);
    }
    const names = NAMES[d];
    if (names)
        return names.filter((n) => at + n.length <= v.length && Array.from(n).every((c, k) => (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .sameIgnoringCase */ .Sf)(v[at + k], c))).map((n) => at + n.length);
    return d === 'z' ? offsetEnds(v, at) : [];
}
/** `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, greedy parts tried present-first. */
function offsetEnds(v, at) {
    const out = [];
    const isMin = (i) => i + 1 < v.length && range('0', '5')(v[i]) && DIGIT(v[i + 1]);
    if ((v[at] === '+' || v[at] === '-') && at + 2 < v.length && DIGIT(v[at + 1]) && DIGIT(v[at + 2])) {
        for (const colon of [true, false]) {
            const m = at + 3 + (colon ? 1 : 0);
            if (colon && v[at + 3] !== ':')
                continue;
            if (!isMin(m))
                continue;
            const afterMin = m + 2;
            for (const colon2 of [true, false]) {
                const s = afterMin + (colon2 ? 1 : 0);
                if (colon2 && v[afterMin] !== ':')
                    continue;
                if (!isMin(s))
                    continue;
                const afterSec = s + 2;
                if (v[afterSec] === '.') {
                    let n = 0;
                    while (n < 6 && afterSec + 1 + n < v.length && DIGIT(v[afterSec + 1 + n]))
                        n++;
                    for (let k = n; k >= 1; k--)
                        out.push(afterSec + 1 + k);
                }
                out.push(afterSec);
            }
            out.push(afterMin);
        }
    }
    if (v[at] === 'Z')
        out.push(at + 1);
    return out;
}
function compileStrptime(format) {
    const parts = parseFormat(format);
    return { parses: (value) => parses(parts, value) };
}
function parses(parts, value) {
    const v = Array.from(value);
    const spans = new Array(parts.length);
    const dead = new Set();
    const width = v.length + 1;
    const search = (p, at) => {
        if (p === parts.length)
            return at;
        const key = p * width + at;
        if (dead.has(key))
            return -1;
        const part = parts[p];
        let options;
        if (part.kind === 'literal')
            options = at < v.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .sameIgnoringCase */ .Sf)(v[at], part.ch) ? [at + 1] : [];
        else if (part.kind === 'space') {
            let e = at;
            while (e < v.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(v[e]))
                e++;
            options = [];
            for (let k = e; k > at; k--)
                options.push(k);
        }
        else
            options = ends(part.d, v, at);
        for (const e of options) {
            spans[p] = [at, e];
            const end = search(p + 1, e);
            if (end >= 0)
                return end;
        }
        dead.add(key);
        return -1;
    };
    const end = search(0, 0);
    if (end !== v.length)
        return false;
    try {
        return fieldsValid(parts, fieldsOf(parts, spans, v));
    }
    catch (e) {
        // int() of a slice that is not all digits ("+0530:00" read as +05 30 ":0"): a ValueError in CPython.
        if (e instanceof RangeError)
            return false;
        throw e;
    }
}
function fieldsOf(parts, spans, v) {
    const fields = new Map();
    parts.forEach((part, i) => {
        if (part.kind === 'directive')
            fields.set(part.d, v.slice(spans[i][0], spans[i][1]));
    });
    return fields;
}
/** CPython's `_strptime` after the match: fields in pattern order, then `datetime(...)`'s own checks. */
function fieldsValid(parts, fields) {
    let year;
    let month = 1;
    let day = 1;
    let second = 0;
    let julian;
    let offsetMicros = 0;
    const text = (d) => fields.get(d).join('').toLowerCase();
    for (const part of parts) {
        if (part.kind !== 'directive')
            continue;
        const raw = fields.get(part.d);
        switch (part.d) {
            case 'y': {
                const y = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                year = y <= 68 ? y + 2000 : y + 1900;
                break;
            }
            case 'Y':
                year = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'm':
                month = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'B':
                month = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.indexOf(text('B')) + 1;
                break;
            case 'b':
                month = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.findIndex((m) => m.startsWith(text('b'))) + 1;
                break;
            case 'd':
                day = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw.filter((c) => c !== ' '));
                break;
            case 'S':
                second = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'j':
                julian = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'z': {
                const z = raw.join('');
                if (z === 'Z')
                    break;
                let compact = z;
                if (compact[3] === ':') {
                    compact = compact.slice(0, 3) + compact.slice(4);
                    if (compact.length > 5) {
                        if (compact[5] !== ':')
                            return false; // "Inconsistent use of : in %z"
                        compact = compact.slice(0, 5) + compact.slice(6);
                    }
                }
                const c = Array.from(compact);
                const seconds = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(1, 3)) * 3600 + (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(3, 5)) * 60 + (c.length > 5 ? (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(5, 7)) : 0);
                const fraction = c.length > 8 ? (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(Array.from(c.slice(8).join('').padEnd(6, '0'))) : 0;
                offsetMicros = seconds * 1e6 + fraction;
                break;
            }
            default:
                // H, I, M, f, a, A, p, Z: any matched value is a valid field (a weekday is not checked against the date).
                break;
        }
    }
    // CPython checks Feb 29 without a year in 1904, then builds the datetime in 1900, which has no Feb 29.
    const leapFix = year === undefined && month === 2 && day === 29;
    let y = year ?? (leapFix ? 1904 : 1900);
    if (julian === undefined) {
        if (!(0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .validDate */ .BY)(y, month, day))
            return false;
    }
    else {
        if (y < 1 || y > 9999)
            return false;
        const date = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .fromOrdinal */ .Y_)(julian - 1 + (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, 1, 1));
        if (!date)
            return false;
        [y, month, day] = date;
    }
    if (leapFix)
        y = 1900;
    if (!(0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .validDate */ .BY)(y, month, day))
        return false;
    // datetime() takes seconds 0..59 (the pattern lets 60 and 61 through), timezone() an offset under a day.
    return second <= 59 && Math.abs(offsetMicros) < 86_400e6;
}
/**
 * `datetime.strftime(now, format)` for a naive `now`, as GX calls it to vet a
 * format: GX refuses a format unless `strptime(strftime(now, f), f)` works, which
 * rules out `%z` and `%Z` (a naive time formats them as nothing).
 */
function strftimeNaive(format, now) {
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const y = now.getUTCFullYear();
    const mo = now.getUTCMonth() + 1;
    const d = now.getUTCDate();
    const h = now.getUTCHours();
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    const wd = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4[(now.getUTCDay() + 6) % 7];
    const out = {
        a: cap(wd.slice(0, 3)),
        A: cap(wd),
        b: cap(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR[mo - 1].slice(0, 3)),
        B: cap(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR[mo - 1]),
        d: pad(d),
        f: pad(now.getUTCMilliseconds() * 1000, 6),
        H: pad(h),
        I: pad(h % 12 === 0 ? 12 : h % 12),
        j: pad((0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, mo, d) - (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, 1, 1) + 1, 3),
        m: pad(mo),
        M: pad(now.getUTCMinutes()),
        p: h < 12 ? 'AM' : 'PM',
        S: pad(now.getUTCSeconds()),
        y: pad(y % 100),
        Y: String(y),
        z: '',
        Z: '',
        '%': '%',
    };
    return format.replace(/%(.)/gsu, (all, c) => out[c] ?? all);
}


/***/ }),

/***/ 78047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ fromLegacy),
/* harmony export */   _: () => (/* binding */ legacyKeys)
/* harmony export */ });
/**
 * seed 002's validator, check for check: same ids, same defaults
 * (`config.get("min_rows", 1000)` \u2026), so a team's existing file gives the same
 * verdicts. The target check is skipped only when the *default* target column
 * is absent, as the seed does; a named target that is missing is an error.
 */
function fromLegacy(c, columns) {
    const checks = [
        { type: 'row_count', id: 'row_count', min: c.min_rows ?? 1000, severity: 'error' },
        { type: 'null_percent', id: 'missing_values', max: c.max_null_percent ?? 5.0, scope: 'column', severity: 'error' },
        { type: 'columns', id: 'schema', columns: c.required_columns ?? [], mode: 'subset', severity: 'error' },
    ];
    const target = c.target_column ?? 'target';
    if (c.target_column !== undefined || columns.includes(target)) {
        checks.push({ type: 'class_balance', id: 'target_distribution', column: target, min_percent: c.min_class_percent ?? 1.0, severity: 'error' });
    }
    for (const [feature, b] of Object.entries(c.feature_ranges ?? {})) {
        checks.push({ type: 'values_between', id: `range_${feature}`, column: feature, min: b.min, max: b.max, strict_min: false, strict_max: false, mostly: 1, severity: 'error' });
    }
    checks.push({ type: 'duplicates', id: 'duplicates', max_percent: c.max_duplicate_percent ?? 1.0, severity: 'error' });
    return checks;
}
const legacyKeys = ['min_rows', 'max_null_percent', 'required_columns', 'target_column', 'min_class_percent', 'feature_ranges', 'max_duplicate_percent'];


/***/ }),

/***/ 33370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ij: () => (/* binding */ checkId),
  Z9: () => (/* binding */ loadConfig),
  y$: () => (/* binding */ loadConfigSupport),
  p0: () => (/* binding */ loadParameters),
  o4: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/data/src/checks/config.ts
var checks_config = __webpack_require__(76838);
// EXTERNAL MODULE: ./packages/core/src/user-regex.ts
var user_regex = __webpack_require__(73596);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/json-schema.ts
var json_schema = __webpack_require__(61011);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(35875);
;// CONCATENATED MODULE: ./packages/data/src/checks/gx-kwargs.ts


/** Kwargs that change only how GX reports or raises, never the verdict. */
const REPORTING_KWARGS = ['result_format', 'catch_exceptions', 'include_config', 'meta'];
const RESULT_FORMATS = ['BOOLEAN_ONLY', 'BASIC', 'SUMMARY', 'COMPLETE'];
const RESULT_FORMAT_KEYS = ['result_format', 'partial_unexpected_count', 'include_unexpected_rows', 'unexpected_index_column_names', 'return_unexpected_index_query', 'exclude_unexpected_values'];
const isParameter = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && '$PARAMETER' in v;
/** What went wrong with one kwarg; the caller adds the expectation and its position. */
class KwargError extends Error {
    key;
    hint;
    constructor(key, message, hint) {
        super(message);
        this.key = key;
        this.hint = hint;
    }
}
function refuseParameter(key, v) {
    if (isParameter(v)) {
        throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`, `Write the value itself, or make the whole ${key} one {"$PARAMETER": \u2026}.`);
    }
}
function column(k, key = 'column') {
    const v = k[key];
    refuseParameter(key, v);
    if (typeof v !== 'string' || v === '')
        throw new KwargError(key, v === undefined ? 'is required' : `must be a column name, got ${JSON.stringify(v)}`);
    return v;
}
function optionalNumber(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new KwargError(key, `must be a number or null, got ${JSON.stringify(v)}`, 'mlship compares numeric bounds only; dates and text bounds are not supported.');
    }
    return v;
}
/** A range bound: a number, or a date/timestamp text (for a date or timestamp column; the check refuses it on others). */
function bound(k, key) {
    const v = k[key];
    if (typeof v === 'string' && (0,text_values/* parseTimestamp */.EH)(v) !== undefined)
        return v;
    return optionalNumber(k, key);
}
function integer(k, key, { required = false, min = 0 } = {}) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null) {
        if (required)
            throw new KwargError(key, 'is required');
        return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
        throw new KwargError(key, `must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return v;
}
function bool(k, key, fallback) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return fallback;
    if (typeof v !== 'boolean')
        throw new KwargError(key, `must be true or false, got ${JSON.stringify(v)}`);
    return v;
}
function mostly(k) {
    const v = k.mostly;
    refuseParameter('mostly', v);
    if (v === undefined || v === null)
        return 1;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
        throw new KwargError('mostly', `must be a number from 0 to 1, got ${JSON.stringify(v)}`);
    return v;
}
function gx_kwargs_text(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (typeof v !== 'string')
        throw new KwargError(key, v === undefined ? 'is required' : `must be a string, got ${JSON.stringify(v)}`);
    return v;
}
/**
 * A regular expression kwarg, refused here (naming the expectation) when the
 * linear-time engine cannot run it; the check compiles it again, once, to run it.
 */
function regexText(k, key) {
    const v = gx_kwargs_text(k, key);
    refuseRegex(key, v);
    return v;
}
function regexList(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list of regular expressions, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError(key, 'must hold at least one regular expression');
    v.forEach((p, i) => refuseRegex(`${key}[${i}]`, p));
    return v;
}
function refuseRegex(key, pattern) {
    const refusal = (0,user_regex/* regexRefusal */.eO)(pattern);
    if (refusal)
        throw new KwargError(key, `${JSON.stringify(pattern)} ${refusal.problem}`, refusal.hint);
}
function stringList(k, key, { nonEmpty = false } = {}) {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list of column names, got ${JSON.stringify(v)}`);
    if (nonEmpty && v.length === 0)
        throw new KwargError(key, 'must name at least one column');
    return v;
}
function valueSet(k, key = 'value_set') {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list, got ${JSON.stringify(v)}`);
    const bad = v.find((x) => typeof x !== 'string' && typeof x !== 'boolean' && !(typeof x === 'number' && Number.isFinite(x)));
    if (bad !== undefined)
        throw new KwargError(key, `holds ${JSON.stringify(bad)}; mlship compares strings, numbers and booleans only`);
    return v;
}
function oneOf(k, key, allowed, fallback) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return fallback;
    if (!allowed.includes(v))
        throw new KwargError(key, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
    return v;
}
/** result_format changes only the shape of GX's result, so it is accepted once it is one GX would accept. */
function checkReportingKwargs(k) {
    const rf = k.result_format;
    if (rf !== undefined && rf !== null) {
        if (typeof rf === 'string') {
            if (!RESULT_FORMATS.includes(rf))
                throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(rf)}`);
        }
        else if (typeof rf === 'object' && !Array.isArray(rf)) {
            const o = rf;
            const unknown = Object.keys(o).find((x) => !RESULT_FORMAT_KEYS.includes(x));
            if (unknown)
                throw new KwargError('result_format', `has unknown key "${unknown}"; GX knows ${RESULT_FORMAT_KEYS.join(', ')}`);
            if (o.result_format !== undefined && !RESULT_FORMATS.includes(o.result_format)) {
                throw new KwargError('result_format', `result_format.result_format must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(o.result_format)}`);
            }
        }
        else
            throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')} or a mapping, got ${JSON.stringify(rf)}`);
    }
    bool(k, 'catch_exceptions', false);
    bool(k, 'include_config', true);
    const meta = k.meta;
    if (meta !== undefined && meta !== null && (typeof meta !== 'object' || Array.isArray(meta)))
        throw new KwargError('meta', `must be a mapping, got ${JSON.stringify(meta)}`);
}
/** GX's value_pairs_set: a list of [A, B] pairs of strings, numbers, booleans or null (a missing value). */
function valuePairs(k, key = 'value_pairs_set') {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v))
        throw new KwargError(key, v === undefined || v === null ? 'is required' : `must be a list of [A, B] pairs, got ${JSON.stringify(v)}`);
    return v.map((p, i) => {
        refuseParameter(`${key}[${i}]`, p);
        const ok = Array.isArray(p) && p.length === 2 && p.every((x) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)));
        if (!ok)
            throw new KwargError(`${key}[${i}]`, `must be a pair [A, B] of strings, numbers, booleans or null, got ${JSON.stringify(p)}`);
        return p;
    });
}

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-parameters.ts


const DURATION_MS = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1, microseconds: 0.001 };
/** The kwarg's value with its parameter substituted: a number, an ISO timestamp text, or the parameter's own value. */
function resolveParameter(key, ref, params, now) {
    const src = ref.$PARAMETER;
    const extra = Object.keys(ref).find((k) => k !== '$PARAMETER');
    if (extra)
        throw new KwargError(key, `has "${extra}" next to $PARAMETER; only {"$PARAMETER": "expression"} is supported`);
    if (typeof src !== 'string' || src.trim() === '')
        throw new KwargError(key, `$PARAMETER must be an expression or a parameter name, got ${JSON.stringify(src)}`);
    const fail = (msg) => {
        throw new KwargError(key, `{"$PARAMETER": ${JSON.stringify(src)}}: ${msg}`, 'Give parameters in the `parameters` input (JSON or YAML: name: value), or write the value itself.');
    };
    if (src.startsWith('urn:'))
        fail('URN references to other validation results are not supported');
    const tokens = src.match(/\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_][A-Za-z0-9_.:-]*|[-+*/(),=]|\S/g) ?? [];
    let pos = 0;
    const peek = () => tokens[pos];
    const take = (t) => {
        if (peek() !== t)
            fail(`expected "${t}"${peek() ? ` before "${peek()}"` : ' at the end'}`);
        pos++;
    };
    const num = (v, what) => (v.t === 'number' ? v.v : fail(`${what} must be a number`));
    function call(name) {
        take('(');
        const args = [];
        const named = {};
        while (peek() !== ')') {
            if (peek() === undefined)
                fail(`unclosed ${name}(`);
            if (/^[A-Za-z_]/.test(peek()) && tokens[pos + 1] === '=') {
                const k = peek();
                pos += 2;
                named[k] = expr();
            }
            else
                args.push(expr());
            if (peek() === ',')
                pos++;
            else if (peek() !== ')')
                fail(`expected "," or ")" in ${name}(\u2026)`);
        }
        take(')');
        if (name === 'now') {
            if (args.length || Object.keys(named).length)
                fail('now() takes no arguments');
            return { t: 'datetime', ms: now };
        }
        if (name === 'datetime') {
            if (Object.keys(named).length || args.length < 3 || args.length > 6)
                fail('datetime(year, month, day[, hour, minute, second]) takes 3 to 6 numbers');
            const [y, mo, d, h = 0, mi = 0, s = 0] = args.map((a) => num(a, 'each datetime(\u2026) argument'));
            const ms = Date.UTC(y, mo - 1, d, h, mi, s);
            const back = new Date(ms);
            if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
                fail(`datetime(${y}, ${mo}, ${d}) is not a date`);
            return { t: 'datetime', ms };
        }
        if (name === 'timedelta') {
            let ms = 0;
            if (args.length > 1)
                fail('timedelta takes days as its one positional argument');
            if (args[0])
                ms += num(args[0], 'timedelta days') * DURATION_MS.days;
            for (const [k, v] of Object.entries(named)) {
                const unit = DURATION_MS[k];
                if (unit === undefined)
                    fail(`timedelta has no "${k}"; use ${Object.keys(DURATION_MS).join(', ')}`);
                ms += num(v, `timedelta ${k}`) * unit;
            }
            return { t: 'duration', ms };
        }
        return fail(`unknown function ${name}(); supported: now(), datetime(\u2026), timedelta(\u2026)`);
    }
    function factor() {
        const t = peek();
        if (t === undefined)
            return fail('ends too early');
        if (t === '-') {
            pos++;
            const v = factor();
            if (v.t === 'number')
                return { t: 'number', v: -v.v };
            if (v.t === 'duration')
                return { t: 'duration', ms: -v.ms };
            return fail('only a number or a timedelta can be negated');
        }
        if (t === '(') {
            pos++;
            const v = expr();
            take(')');
            return v;
        }
        if (/^[\d.]/.test(t)) {
            pos++;
            return { t: 'number', v: Number(t) };
        }
        if (/^[A-Za-z_]/.test(t)) {
            pos++;
            if (peek() === '(')
                return call(t);
            if (!params || !(t in params))
                return fail(`parameter "${t}" is not given${params ? `; the parameters input has ${Object.keys(params).join(', ') || 'none'}` : ' (no parameters input)'}`);
            const v = params[t];
            if (typeof v === 'number')
                return { t: 'number', v };
            if (typeof v === 'string' && (0,text_values/* parseTimestamp */.EH)(v) !== undefined)
                return { t: 'datetime', ms: (0,text_values/* parseTimestamp */.EH)(v) };
            return { t: 'other', v };
        }
        return fail(`unexpected "${t}"`);
    }
    function term() {
        let left = factor();
        while (peek() === '*' || peek() === '/') {
            const op = tokens[pos++];
            const right = factor();
            if (left.t === 'number' && right.t === 'number')
                left = { t: 'number', v: op === '*' ? left.v * right.v : left.v / right.v };
            else if (left.t === 'duration' && right.t === 'number')
                left = { t: 'duration', ms: op === '*' ? left.ms * right.v : left.ms / right.v };
            else if (op === '*' && left.t === 'number' && right.t === 'duration')
                left = { t: 'duration', ms: left.v * right.ms };
            else
                fail(`cannot apply "${op}" to ${left.t} and ${right.t}`);
        }
        return left;
    }
    function expr() {
        let left = term();
        while (peek() === '+' || peek() === '-') {
            const sign = tokens[pos++] === '+' ? 1 : -1;
            const right = term();
            if (left.t === 'number' && right.t === 'number')
                left = { t: 'number', v: left.v + sign * right.v };
            else if (left.t === 'datetime' && right.t === 'duration')
                left = { t: 'datetime', ms: left.ms + sign * right.ms };
            else if (left.t === 'duration' && right.t === 'duration')
                left = { t: 'duration', ms: left.ms + sign * right.ms };
            else if (sign === 1 && left.t === 'duration' && right.t === 'datetime')
                left = { t: 'datetime', ms: left.ms + right.ms };
            else if (sign === -1 && left.t === 'datetime' && right.t === 'datetime')
                left = { t: 'duration', ms: left.ms - right.ms };
            else
                fail(`cannot ${sign === 1 ? 'add' : 'subtract'} ${right.t} ${sign === 1 ? 'to' : 'from'} ${left.t}`);
        }
        return left;
    }
    // A bare name keeps its value as given (a list for value_set, text for regex).
    if (tokens.length === 1 && /^[A-Za-z_]/.test(tokens[0]) && params && tokens[0] in params && typeof params[tokens[0]] !== 'number') {
        const given = params[tokens[0]];
        return typeof given === 'string' && (0,text_values/* parseTimestamp */.EH)(given) !== undefined ? new Date((0,text_values/* parseTimestamp */.EH)(given)).toISOString() : given;
    }
    const v = expr();
    if (pos < tokens.length)
        fail(`unexpected "${tokens[pos]}"`);
    if (v.t === 'number')
        return v.v;
    if (v.t === 'datetime')
        return new Date(v.ms).toISOString();
    if (v.t === 'duration')
        return fail('is a timedelta; add it to a date, e.g. now() - timedelta(days=7)');
    return v.v;
}

// EXTERNAL MODULE: ./packages/data/src/checks/formats/strptime.ts
var strptime = __webpack_require__(57001);
;// CONCATENATED MODULE: ./packages/data/src/checks/gx-types.ts
/**
 * The `type_` names GX's pandas backend accepts (Python builtins, numpy and
 * pandas dtype names and their aliases), by the column kind they describe.
 * An object column (`O`, `object`, `object_`) holds text after reading.
 */
const groups = {
    int: ['int', 'int_', 'int8', 'int16', 'int32', 'int64', 'Int8', 'Int16', 'Int32', 'Int64', 'uint8', 'uint16', 'uint32', 'uint64', 'UInt8', 'UInt16', 'UInt32', 'UInt64', 'integer', 'long', 'longlong', 'intc', 'intp'],
    float: ['float', 'float_', 'float16', 'float32', 'float64', 'Float32', 'Float64', 'double', 'single', 'half', 'longdouble'],
    number: ['number'],
    decimal: ['Decimal', 'decimal'],
    bool: ['bool', 'bool_', 'boolean'],
    string: ['str', 'str_', 'string', 'unicode_', 'object', 'object_', 'O'],
    timestamp: ['datetime64', 'datetime64[ns]', 'datetime64[us]', 'datetime64[ms]', 'datetime64[s]', 'datetime', 'Timestamp', 'timestamp'],
    date: ['date'],
    binary: ['bytes', 'bytes_'],
    nested: ['list', 'dict'],
};
const gxTypeNames = Object.fromEntries(Object.entries(groups).flatMap(([kind, names]) => names.map((n) => [n, kind])));

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-format-kwargs.ts




function refuseNestedParameter(key, v) {
    if (isParameter(v))
        throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`);
}
/** GX's type_list names as column kinds; a null list (GX: any type) is a check that cannot fail. */
function typeList(k) {
    const v = k.type_list;
    refuseNestedParameter('type_list', v);
    if (v === undefined || v === null)
        throw new KwargError('type_list', 'is null, which GX reads as "any type": a check that cannot fail', 'List the types the column may have, e.g. ["int", "float"].');
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError('type_list', `must be a list of type names, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError('type_list', 'must name at least one type');
    const kinds = v.map((name) => {
        const kind = gxTypeNames[name];
        if (!kind)
            throw new KwargError('type_list', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
        return kind;
    });
    return [...new Set(kinds)];
}
/**
 * A strftime format GX accepts: strptime must compile it and read back what
 * strftime writes for the current time, as GX's own validator tries. That
 * rules out %z and %Z, which a time without a zone formats as nothing.
 */
function strftimeFormat(k, now = new Date()) {
    const format = gx_kwargs_text(k, 'strftime_format');
    try {
        const f = (0,strptime/* compileStrptime */.St)(format);
        if (!f.parses((0,strptime/* strftimeNaive */.gp)(format, now))) {
            throw new KwargError('strftime_format', `${JSON.stringify(format)} cannot read back what strftime writes with it, so GX refuses it ("Unable to use provided strftime_format")`, /%[zZ]/.test(format) ? 'GX formats a time without a zone, where %z and %Z write nothing; use the native strftime_format check for zoned text.' : undefined);
        }
    }
    catch (e) {
        if (e instanceof strptime/* FormatError */.IF)
            throw new KwargError('strftime_format', `${JSON.stringify(format)}: ${e.message}`);
        throw e;
    }
    return format;
}
/** GX types json_schema as a dict; a schema jsonschema's check_schema would reject is refused here. */
function jsonSchema(k) {
    const v = k.json_schema;
    refuseNestedParameter('json_schema', v);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new KwargError('json_schema', v === undefined ? 'is required' : `must be a JSON Schema mapping, got ${JSON.stringify(v)}`);
    try {
        (0,json_schema/* compileJsonSchema */.nk)(v);
    }
    catch (e) {
        if (e instanceof json_schema/* SchemaProblem */.V8)
            throw new KwargError('json_schema', e.message);
        throw e;
    }
    return v;
}
/** GX raises "At least one like_pattern must be supplied in the like_pattern_list." for an empty list. */
function likePatternList(k) {
    const v = k.like_pattern_list;
    refuseNestedParameter('like_pattern_list', v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError('like_pattern_list', v === undefined ? 'is required' : `must be a list of LIKE patterns, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError('like_pattern_list', 'must hold at least one LIKE pattern');
    return v;
}

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-partition.ts

const SHAPE = 'must be {values: [...], weights: [...]} or {bins: [...], weights: [...], tail_weights: [below, above]}';
const KEYS = ['values', 'weights', 'bins', 'tail_weights'];
function edge(v, i) {
    if (typeof v === 'number' && !Number.isNaN(v))
        return v === -Infinity ? '-inf' : v === Infinity ? 'inf' : v;
    if (v === '-Infinity' || v === '-inf')
        return '-inf';
    if (v === 'Infinity' || v === 'inf')
        return 'inf';
    throw new KwargError('partition_object', `bins[${i}] must be a number (or -Infinity / Infinity), got ${JSON.stringify(v)}`);
}
function numbers(o, key) {
    const v = o[key];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
        throw new KwargError('partition_object', `${key} must be a list of numbers, got ${JSON.stringify(v)}`);
    return v;
}
function partitionObject(k, bucketize) {
    const p = k.partition_object;
    if (p === undefined || p === null) {
        throw new KwargError('partition_object', 'is missing; GX then bins the data itself, which mlship does not reproduce', 'Give the expected partition: {values, weights} or {bins, weights}.');
    }
    if (typeof p !== 'object' || Array.isArray(p))
        throw new KwargError('partition_object', SHAPE);
    const o = p;
    const extra = Object.keys(o).find((x) => !KEYS.includes(x));
    if (extra)
        throw new KwargError('partition_object', `has unknown key "${extra}"; it ${SHAPE}`);
    if ('values' in o && 'bins' in o)
        throw new KwargError('partition_object', `has both values and bins; it ${SHAPE}`);
    if ('values' in o) {
        if ('tail_weights' in o)
            throw new KwargError('partition_object', 'tail_weights go with bins, not values');
        return { values: valueSet(o, 'values'), weights: numbers(o, 'weights') };
    }
    if (!('bins' in o) || !('weights' in o))
        throw new KwargError('partition_object', SHAPE);
    // GX raises here: a continuous partition needs the data bucketed.
    if (!bucketize)
        throw new KwargError('bucketize_data', 'is false, and a partition with bins needs the data bucketed', 'Drop bucketize_data, or give values and weights.');
    const bins = o.bins;
    if (!Array.isArray(bins))
        throw new KwargError('partition_object', `bins must be a list of numbers, got ${JSON.stringify(bins)}`);
    const tail = 'tail_weights' in o ? numbers(o, 'tail_weights') : undefined;
    if (tail && tail.length !== 2)
        throw new KwargError('partition_object', `tail_weights must be [below, above], got ${JSON.stringify(tail)}`);
    return { bins: bins.map(edge), weights: numbers(o, 'weights'), ...(tail ? { tail_weights: tail } : {}) };
}
/** A holdout share from 0 to 1, 0 when left out; GX raises for null or anything else. */
function holdout(k, key) {
    if (!(key in k))
        return 0;
    const v = k[key];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
        throw new KwargError(key, `must be a number greater than or equal to 0 and less than or equal to 1, got ${JSON.stringify(v)}`);
    return v;
}
/** GX passes any divergence when threshold is null, so the check could not fail: refused. */
function threshold(k) {
    const v = optionalNumber(k, 'threshold');
    if (v === undefined)
        throw new KwargError('threshold', 'is missing or null, which passes any divergence', 'Give the highest KL divergence allowed, e.g. 0.1.');
    if (v < 0)
        throw new KwargError('threshold', `must be 0 or more, got ${v}`);
    return v;
}
const bucketizeData = (k) => bool(k, 'bucketize_data', true);

// EXTERNAL MODULE: ./packages/data/src/checks/rules/ignore-rows.ts
var ignore_rows = __webpack_require__(7046);
;// CONCATENATED MODULE: ./packages/data/src/checks/gx.ts







const CONDITION = ['row_condition', 'condition_parser'];
const PARSERS = { pandas: 'pandas', great_expectations: 'great_expectations', great_expectations__experimental__: 'great_expectations' };
/** GX requires a condition_parser with a row_condition (its pandas engine raises without one). */
function condition(k) {
    const rc = k.row_condition;
    if (rc === undefined || rc === null || rc === '')
        return {};
    if (typeof rc !== 'string')
        throw new KwargError('row_condition', `must be a string, got ${JSON.stringify(rc)}`);
    const parser = k.condition_parser;
    if (parser === undefined || parser === null)
        throw new KwargError('condition_parser', 'is required with row_condition', 'Add "condition_parser": "pandas" (bare column names) or "great_expectations" (col("name")).');
    const p = typeof parser === 'string' ? PARSERS[parser] : undefined;
    if (!p)
        throw new KwargError('condition_parser', `must be one of ${Object.keys(PARSERS).join(', ')}, got ${JSON.stringify(parser)}`, 'The spark and sql parsers are not supported.');
    return { row_condition: rc, condition_parser: p };
}
const BOUNDS = ['min_value', 'max_value', 'strict_min', 'strict_max'];
/**
 * Bounds that may be dates (for date and timestamp columns), at least one of them: GX raises
 * when a map or min/max expectation has neither, and a range with no bound cannot fail.
 */
function someBound(k) {
    const min = bound(k, 'min_value');
    const max = bound(k, 'max_value');
    if (min === undefined && max === undefined)
        throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
    return { min, max };
}
function lengthBounds(k) {
    const min = integer(k, 'min_value');
    const max = integer(k, 'max_value');
    if (min === undefined && max === undefined)
        throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
    return { min, max };
}
function bounds(k) {
    return { min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value'), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) };
}
/** A pair's ignore_row_if; GX before 0.16 also took `never` for `neither`. */
function pairIgnoreRowIf(k) {
    const v = oneOf(k, 'ignore_row_if', [...ignore_rows/* PAIR_IGNORES */.d2, 'never'], 'both_values_are_missing');
    return v === 'never' ? 'neither' : v;
}
const PAIR = ['column_A', 'column_B', 'ignore_row_if', 'mostly'];
const pairColumns = (k) => ({ column_a: column(k, 'column_A'), column_b: column(k, 'column_B'), ignore_row_if: pairIgnoreRowIf(k), mostly: mostly(k) });
const MULTI = ['column_list', 'ignore_row_if', 'mostly'];
const multiColumns = (k) => ({ columns: stringList(k, 'column_list', { nonEmpty: true }), ignore_row_if: oneOf(k, 'ignore_row_if', ignore_rows/* ROW_IGNORES */.nK, 'all_values_are_missing'), mostly: mostly(k) });
const pairGreater = {
    conditional: true,
    kwargs: [...PAIR, 'or_equal', 'parse_strings_as_datetimes', 'allow_cross_type_comparisons'],
    map: (k) => {
        // GX's pandas engine raises NotImplementedError for it; mlship compares one kind with itself.
        if (bool(k, 'allow_cross_type_comparisons', false)) {
            throw new KwargError('allow_cross_type_comparisons', 'true is not supported (GX\'s pandas engine does not implement it either)', 'Remove it, or set it to false: numbers compare with numbers, text with text and dates with dates.');
        }
        return [{ type: 'pair_greater', ...pairColumns(k), or_equal: bool(k, 'or_equal', false), as_datetimes: bool(k, 'parse_strings_as_datetimes', false) }];
    },
};
/** GX 0.x parses text as datetimes with parse_strings_as_datetimes; mlship reads date and timestamp text as such either way. */
const monotonic = (direction) => ({
    conditional: true,
    kwargs: ['column', 'strictly', 'mostly', 'parse_strings_as_datetimes'],
    map: (k) => {
        bool(k, 'parse_strings_as_datetimes', false);
        return [{ type: 'monotonic', column: column(k), direction, strictly: bool(k, 'strictly', false), mostly: mostly(k) }];
    },
});
const expectations = {
    expect_table_row_count_to_be_between: {
        conditional: true,
        kwargs: ['min_value', 'max_value'],
        map: (k) => [{ type: 'row_count', min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value') }],
    },
    expect_table_row_count_to_equal: {
        conditional: true,
        kwargs: ['value'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'row_count', min: v, max: v }];
        },
    },
    expect_table_columns_to_match_set: {
        kwargs: ['column_set', 'exact_match'],
        map: (k) => [{ type: 'columns', columns: stringList(k, 'column_set', { nonEmpty: true }), mode: bool(k, 'exact_match', true) ? 'exact' : 'subset' }],
    },
    expect_column_to_exist: {
        kwargs: ['column', 'column_index'],
        map: (k) => [{ type: 'column_exists', column: column(k), index: integer(k, 'column_index') }],
    },
    expect_column_values_to_not_be_null: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'not_null', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_between: {
        conditional: true,
        // GX 0.x parses text as datetimes with this flag; mlship's readers already read date and
        // timestamp text as such, and take date bounds on those columns, so it holds either way.
        kwargs: ['column', 'mostly', ...BOUNDS, 'parse_strings_as_datetimes'],
        map: (k) => {
            bool(k, 'parse_strings_as_datetimes', false);
            return [{ type: 'values_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }];
        },
    },
    expect_column_distinct_values_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_in_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_distinct_values_to_contain_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_contain_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_distinct_values_to_equal_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_equal_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_values_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'mostly'],
        map: (k) => [{ type: 'values_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_unique: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'unique', columns: [column(k)], mostly: mostly(k) }],
    },
    expect_compound_columns_to_be_unique: {
        conditional: true,
        kwargs: ['column_list', 'mostly', 'ignore_row_if'],
        map: (k) => [
            {
                type: 'unique',
                columns: stringList(k, 'column_list', { nonEmpty: true }),
                mostly: mostly(k),
                ignore_row_if: oneOf(k, 'ignore_row_if', ['all_values_are_missing', 'any_value_is_missing', 'never'], 'all_values_are_missing'),
            },
        ],
    },
    expect_column_values_to_match_regex: {
        conditional: true,
        kwargs: ['column', 'regex', 'mostly'],
        map: (k) => [{ type: 'regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
    },
    expect_column_mean_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'mean_between', column: column(k), ...bounds(k) }],
    },
    expect_column_stdev_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'std_between', column: column(k), ...bounds(k) }],
    },
    expect_column_median_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'quantile_between', column: column(k), quantile: 0.5, ...bounds(k) }],
    },
    expect_column_quantile_values_to_be_between: {
        conditional: true,
        kwargs: ['column', 'quantile_ranges'],
        map: (k) => {
            const col = column(k);
            const r = k.quantile_ranges;
            const shape = 'must be {quantiles: [q, \u2026], value_ranges: [[min, max], \u2026]} with one range per quantile';
            if (typeof r !== 'object' || r === null || Array.isArray(r))
                throw new KwargError('quantile_ranges', shape);
            const extra = Object.keys(r).find((x) => x !== 'quantiles' && x !== 'value_ranges');
            if (extra)
                throw new KwargError('quantile_ranges', `has unknown key "${extra}"; ${shape}`);
            const { quantiles, value_ranges: ranges } = r;
            if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length || quantiles.length === 0)
                throw new KwargError('quantile_ranges', shape);
            return quantiles.map((q, i) => {
                const range = ranges[i];
                if (typeof q !== 'number' || !(q >= 0 && q <= 1))
                    throw new KwargError('quantile_ranges', `quantiles[${i}] must be a number from 0 to 1, got ${JSON.stringify(q)}`);
                if (!Array.isArray(range) || range.length !== 2)
                    throw new KwargError('quantile_ranges', `value_ranges[${i}] must be [min, max] (null for open), got ${JSON.stringify(range)}`);
                const b = { min_value: range[0], max_value: range[1] };
                return { type: 'quantile_between', id: `quantile_between:${col}:${q}`, column: col, quantile: q, min: optionalNumber(b, 'min_value'), max: optionalNumber(b, 'max_value') };
            });
        },
    },
    expect_table_column_count_to_equal: {
        kwargs: ['value'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'column_count', min: v, max: v }];
        },
    },
    expect_table_column_count_to_be_between: {
        kwargs: ['min_value', 'max_value'],
        map: (k) => [{ type: 'column_count', min: integer(k, 'min_value'), max: integer(k, 'max_value') }],
    },
    expect_table_columns_to_match_ordered_list: {
        kwargs: ['column_list'],
        map: (k) => [{ type: 'columns', columns: stringList(k, 'column_list', { nonEmpty: true }), mode: 'ordered' }],
    },
    expect_column_values_to_be_null: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'is_null', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_not_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'mostly'],
        map: (k) => [{ type: 'values_not_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_regex: {
        conditional: true,
        kwargs: ['column', 'regex', 'mostly'],
        map: (k) => [{ type: 'not_regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
    },
    expect_column_values_to_match_regex_list: {
        conditional: true,
        kwargs: ['column', 'regex_list', 'match_on', 'mostly'],
        map: (k) => [{ type: 'regex_list', column: column(k), patterns: regexList(k, 'regex_list'), match_on: oneOf(k, 'match_on', ['any', 'all'], 'any'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_regex_list: {
        conditional: true,
        kwargs: ['column', 'regex_list', 'mostly'],
        map: (k) => [{ type: 'not_regex_list', column: column(k), patterns: regexList(k, 'regex_list'), mostly: mostly(k) }],
    },
    expect_column_value_lengths_to_be_between: {
        conditional: true,
        kwargs: ['column', 'mostly', ...BOUNDS],
        map: (k) => [{ type: 'value_lengths', column: column(k), ...lengthBounds(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }],
    },
    expect_column_value_lengths_to_equal: {
        conditional: true,
        kwargs: ['column', 'value', 'mostly'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'value_lengths', column: column(k), min: v, max: v, mostly: mostly(k) }];
        },
    },
    expect_column_min_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'min_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
    },
    expect_column_max_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'max_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
    },
    expect_column_pair_values_to_be_equal: {
        conditional: true,
        kwargs: PAIR,
        map: (k) => [{ type: 'pair_equal', ...pairColumns(k) }],
    },
    expect_column_pair_values_a_to_be_greater_than_b: pairGreater,
    // GX 0.x spelled it with capitals.
    expect_column_pair_values_A_to_be_greater_than_B: pairGreater,
    expect_column_pair_values_to_be_in_set: {
        conditional: true,
        kwargs: [...PAIR, 'value_pairs_set'],
        map: (k) => [{ type: 'pair_in_set', ...pairColumns(k), pairs: valuePairs(k) }],
    },
    expect_multicolumn_sum_to_equal: {
        conditional: true,
        kwargs: [...MULTI, 'sum_total'],
        map: (k) => {
            const total = optionalNumber(k, 'sum_total');
            if (total === undefined)
                throw new KwargError('sum_total', 'is required');
            return [{ type: 'multicolumn_sum', ...multiColumns(k), sum: total }];
        },
    },
    expect_select_column_values_to_be_unique_within_record: {
        conditional: true,
        kwargs: MULTI,
        map: (k) => [{ type: 'unique_within_record', ...multiColumns(k) }],
    },
    expect_column_sum_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'sum_between', column: column(k), ...bounds(k) }],
    },
    expect_column_unique_value_count_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'distinct_count_between', column: column(k), ...bounds(k) }],
    },
    expect_column_proportion_of_unique_values_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'distinct_proportion_between', column: column(k), ...bounds(k) }],
    },
    expect_column_most_common_value_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'ties_okay'],
        map: (k) => [{ type: 'most_common_in_set', column: column(k), values: valueSet(k), ties_okay: bool(k, 'ties_okay', false) }],
    },
    expect_column_value_z_scores_to_be_less_than: {
        conditional: true,
        kwargs: ['column', 'threshold', 'double_sided', 'mostly'],
        map: (k) => {
            const t = optionalNumber(k, 'threshold');
            if (t === undefined)
                throw new KwargError('threshold', 'is required');
            return [{ type: 'z_scores_below', column: column(k), threshold: t, double_sided: bool(k, 'double_sided', true), mostly: mostly(k) }];
        },
    },
    expect_column_kl_divergence_to_be_less_than: {
        conditional: true,
        kwargs: ['column', 'partition_object', 'threshold', 'internal_weight_holdout', 'tail_weight_holdout', 'bucketize_data'],
        map: (k) => [
            {
                type: 'kl_divergence',
                column: column(k),
                partition: partitionObject(k, bucketizeData(k)),
                threshold: threshold(k),
                tail_weight_holdout: holdout(k, 'tail_weight_holdout'),
                internal_weight_holdout: holdout(k, 'internal_weight_holdout'),
            },
        ],
    },
    expect_column_values_to_be_increasing: monotonic('increasing'),
    expect_column_values_to_be_decreasing: monotonic('decreasing'),
    expect_column_values_to_be_of_type: {
        kwargs: ['column', 'type_'],
        map: (k) => {
            const name = gx_kwargs_text(k, 'type_');
            const t = gxTypeNames[name];
            if (!t)
                throw new KwargError('type_', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
            return [{ type: 'column_type', column: column(k), dtype: t }];
        },
    },
    expect_column_values_to_be_in_type_list: {
        conditional: true,
        kwargs: ['column', 'type_list', 'mostly'],
        map: (k) => [{ type: 'type_list', column: column(k), dtypes: typeList(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_strftime_format: {
        conditional: true,
        kwargs: ['column', 'strftime_format', 'mostly'],
        map: (k) => [{ type: 'strftime_format', column: column(k), format: strftimeFormat(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_dateutil_parseable: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'dateutil_parseable', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_json_parseable: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'json_parseable', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_json_schema: {
        conditional: true,
        kwargs: ['column', 'json_schema', 'mostly'],
        map: (k) => [{ type: 'json_schema', column: column(k), schema: jsonSchema(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_like_pattern: {
        conditional: true,
        kwargs: ['column', 'like_pattern', 'mostly'],
        map: (k) => [{ type: 'like_pattern', column: column(k), pattern: gx_kwargs_text(k, 'like_pattern'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_like_pattern: {
        conditional: true,
        kwargs: ['column', 'like_pattern', 'mostly'],
        map: (k) => [{ type: 'not_like_pattern', column: column(k), pattern: gx_kwargs_text(k, 'like_pattern'), mostly: mostly(k) }],
    },
    expect_column_values_to_match_like_pattern_list: {
        conditional: true,
        kwargs: ['column', 'like_pattern_list', 'match_on', 'mostly'],
        map: (k) => [{ type: 'like_pattern_list', column: column(k), patterns: likePatternList(k), match_on: oneOf(k, 'match_on', ['any', 'all'], 'any'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_like_pattern_list: {
        conditional: true,
        kwargs: ['column', 'like_pattern_list', 'mostly'],
        map: (k) => [{ type: 'not_like_pattern_list', column: column(k), patterns: likePatternList(k), mostly: mostly(k) }],
    },
};
const supportedExpectations = Object.keys(expectations);
/** Supported kwargs per expectation, for the README and messages. */
const supportedKwargs = (name) => [...(expectations[name]?.kwargs ?? []), ...(expectations[name]?.conditional ? CONDITION : []), ...REPORTING_KWARGS];
const SUITE_KEYS = ['expectations', 'expectation_suite_name', 'name', 'id', 'ge_cloud_id', 'data_asset_type', 'meta', 'notes'];
const ENTRY_KEYS = ['expectation_type', 'type', 'kwargs', 'meta', 'id', 'ge_cloud_id', 'notes', 'description', 'rendered_content', 'expectation_context'];
/** The native checks of a suite, and for each one the expectation it came from (for GX-shaped results). */
function fromGreatExpectations(suite, source, options = {}) {
    const extraKey = Object.keys(suite).find((key) => !SUITE_KEYS.includes(key));
    if (extraKey) {
        throw new src/* UserError */.yo(`unknown key "${extraKey}" in a Great Expectations suite`, { where: source, hint: `A suite may hold: ${SUITE_KEYS.join(', ')}.` });
    }
    const expectationTypes = [];
    const checks = suite.expectations.flatMap((e, i) => {
        const where = `${source}: expectations[${i}]`;
        if (e === null || typeof e !== 'object' || Array.isArray(e))
            throw new src/* UserError */.yo('expected a mapping with `expectation_type` (or `type`) and `kwargs`', { where });
        const entry = e;
        const name = String(entry.expectation_type ?? entry.type ?? '');
        const exp = expectations[name];
        if (!exp)
            throw new src/* UserError */.yo(`expectation "${name}" is not supported`, { where, hint: `Supported: ${supportedExpectations.join(', ')}.` });
        const badEntryKey = Object.keys(entry).find((key) => !ENTRY_KEYS.includes(key));
        if (badEntryKey)
            throw new src/* UserError */.yo(`${name}: unknown key "${badEntryKey}"`, { where, hint: `An expectation may hold: ${ENTRY_KEYS.join(', ')}.` });
        const kwargs = entry.kwargs ?? {};
        if (typeof kwargs !== 'object' || kwargs === null || Array.isArray(kwargs))
            throw new src/* UserError */.yo(`${name}: kwargs must be a mapping`, { where });
        const raw = kwargs;
        const allowed = supportedKwargs(name);
        const unknown = Object.keys(raw).find((key) => !allowed.includes(key));
        if (unknown) {
            throw new src/* UserError */.yo(`${name}: kwarg "${unknown}" is not supported by mlship, and running without it could pass what it should block`, {
                where,
                hint: `Supported kwargs: ${allowed.join(', ')}.`,
            });
        }
        try {
            const now = options.now ?? Date.now();
            const k = Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, isParameter(v) ? resolveParameter(key, v, options.parameters, now) : v]));
            checkReportingKwargs(k);
            const where = exp.conditional ? condition(k) : {};
            const specs = exp.map(k).map((spec) => ({ ...spec, ...where }));
            expectationTypes.push(...specs.map(() => name));
            return specs;
        }
        catch (err) {
            if (err instanceof KwargError)
                throw new src/* UserError */.yo(`${name}: kwargs.${err.key} ${err.message}`, { where, hint: err.hint });
            throw err;
        }
    });
    return { checks, expectationTypes };
}

// EXTERNAL MODULE: ./packages/data/src/checks/legacy.ts
var checks_legacy = __webpack_require__(78047);
;// CONCATENATED MODULE: ./packages/data/src/checks/load.ts






/**
 * `parameters` fills a Great Expectations suite's `{"$PARAMETER": \u2026}` kwargs; any other config
 * shape refuses it. Async to load the YAML parser, and what the checks need (loadConfigSupport).
 */
async function loadConfig(value, cwd = process.cwd(), options = {}) {
    await (0,src/* loadYamlParser */.D7)();
    const doc = (0,src/* readConfigDocument */.AA)(value, cwd, 'config');
    await loadConfigSupport(doc.value);
    return fromDocument(doc, options);
}
/**
 * What compiling a config's checks needs loaded first: the regex engine whatever the checks are
 * (a config without patterns is rare, and a skipped load would be a crash, not a pass), and the
 * JSON Schema validator when the config mentions a schema.
 */
async function loadConfigSupport(value) {
    await Promise.all([(0,user_regex/* loadRegexEngine */.cG)(), (0,json_schema/* mentionsJsonSchema */.pj)(value) && (0,json_schema/* loadJsonSchemaSupport */.Nb)()]);
}
/** A config from its text, once loadYamlParser() is done; its checks compile only after loadConfigSupport(). */
function parseConfig(text, source, options = {}) {
    return fromDocument((0,src/* parseConfigDocument */.Tm)(text, source), options);
}
function fromDocument(doc, options) {
    const { source, value: raw } = doc;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src/* UserError */.yo('expected a mapping with a `checks:` list (or the data_validation.json keys min_rows, max_null_percent, \u2026)', { where: source });
    }
    const obj = raw;
    const validate = (schema, value, where) => (0,src/* validateConfig */.$r)(schema, value, where, hooks);
    if (Array.isArray(obj.expectations)) {
        const suite = fromGreatExpectations(obj, source, options);
        const checks = validate((0,checks_config/* nativeConfigSchema */.HQ)(suite.checks), { checks: suite.checks }, (p) => `${source}: expectations (converted ${(0,src/* formatPath */.jV)(p)})`);
        return { source, format: 'great-expectations', expectationTypes: suite.expectationTypes, checksFor: () => checks.checks };
    }
    if (options.parameters) {
        throw new src/* UserError */.yo('the parameters input fills {"$PARAMETER": \u2026} values of a Great Expectations suite, and this config is not one', { where: source, hint: 'Remove parameters, or point config at a suite.' });
    }
    if (!('checks' in obj) && Object.keys(obj).some((k) => checks_legacy/* legacyKeys */._.includes(k))) {
        const legacy = validate((0,checks_config/* configSchemas */.Jq)().legacyConfigSchema, obj, doc.at);
        return { source, format: 'seed-002', checksFor: (columns) => (0,checks_legacy/* fromLegacy */.G)(legacy, columns) };
    }
    const config = validate((0,checks_config/* nativeConfigSchema */.HQ)(obj.checks), obj, doc.at);
    const checks = config.checks;
    assertUniqueIds(checks, source);
    return { source, format: 'native', read: config.read, checksFor: () => checks };
}
/** A check's id: explicit, or type[:column] \u2014 made unique by the caller's assertion. */
function checkId(c) {
    if (c.id)
        return c.id;
    const col = 'column' in c && c.column
        ? c.column
        : 'column_a' in c
            ? `${c.column_a}+${c.column_b}`
            : 'columns' in c && c.columns && (c.type === 'unique' || c.type === 'multicolumn_sum' || c.type === 'unique_within_record')
                ? c.columns.join('+')
                : undefined;
    if (c.type === 'quantile_between')
        return `${c.type}:${c.column}:${c.quantile}`;
    return col ? `${c.type}:${col}` : c.type;
}
function assertUniqueIds(checks, source) {
    const seen = new Set();
    checks.forEach((c, i) => {
        const id = checkId(c);
        if (seen.has(id))
            throw new src/* UserError */.yo(`checks[${i}]: id "${id}" is used twice`, { where: source, hint: 'Give one of them an explicit `id:`.' });
        seen.add(id);
    });
}
const hooks = {
    knownKeys(parent) {
        const type = parent?.type;
        if ((0,checks_config/* isCheckType */.zo)(type))
            return Object.keys((0,checks_config/* configSchemas */.Jq)().checkSchema(type).shape);
        if (parent && Object.keys(parent).some((k) => checks_legacy/* legacyKeys */._.includes(k)) && !('checks' in parent))
            return checks_legacy/* legacyKeys */._;
        return Object.keys((0,checks_config/* nativeConfigSchema */.HQ)().shape);
    },
    explain(issue, root) {
        if (issue.code !== 'invalid_union' || issue.path[0] !== 'checks')
            return undefined;
        // zod reports a bad discriminator at `checks[i].type` (or at `checks[i]` when it is absent).
        const onType = issue.path.at(-1) === 'type';
        const holder = onType ? issue.path.slice(0, -1) : issue.path;
        const t = holder.reduce((o, k) => o?.[k], root)?.type;
        const at = (0,src/* formatPath */.jV)(holder);
        const types = (0,checks_config/* checkTypes */.OE)();
        if (t === undefined)
            return `${at}: missing "type". Use one of: ${types.join(', ')}.`;
        return `${at}: unknown check type "${String(t)}".${(0,src/* suggestion */.h)(String(t), types)} Types: ${types.join(', ')}.`;
    },
};
/** The `parameters` input: a file or inline JSON/YAML mapping of suite parameter names to values. */
async function loadParameters(value, cwd = process.cwd()) {
    await (0,src/* loadYamlParser */.D7)();
    const doc = (0,src/* readConfigDocument */.AA)(value, cwd, 'parameters');
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        throw new src/* UserError */.yo('parameters must be a mapping of names to values, e.g. {"max_rows": 1000, "cutoff": "2024-01-01"}', { where: doc.source });
    }
    return doc.value;
}


/***/ }),

/***/ 43778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ requireBound),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   In: () => (/* binding */ PARTIAL_UNEXPECTED),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   MS: () => (/* binding */ timeRangeText),
/* harmony export */   OV: () => (/* binding */ assertBounds),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   lq: () => (/* binding */ rangeText),
/* harmony export */   s5: () => (/* binding */ columnProfile),
/* harmony export */   ux: () => (/* binding */ within),
/* harmony export */   x2: () => (/* binding */ temporalBound)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35875);




const PARTIAL_UNEXPECTED = 20;
function field(ctx, name, key = 'column') {
    const index = ctx.schema.fields.findIndex((f) => f.name === name);
    if (index < 0) {
        const names = ctx.schema.fields.map((f) => f.name);
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${key}: column "${name}" is not in the data.${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .suggestion */ .h)(name, names)}`, {
            where: ctx.where,
            hint: `Columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', \u2026' : ''}.`,
        });
    }
    return { field: ctx.schema.fields[index], index };
}
function columnProfile(results, name) {
    const c = results.profile.columns.find((p) => p.name === name);
    if (!c)
        throw new Error(`profile has no column ${name}`);
    return c;
}
const pass = (ok) => (ok ? 'pass' : 'fail');
function rangeText(min, max, strictMin = false, strictMax = false) {
    if (min !== undefined && max !== undefined)
        return `${strictMin ? '(' : '['}${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}, ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)}${strictMax ? ')' : ']'}`;
    if (min !== undefined)
        return `${strictMin ? '>' : '>='} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}`;
    if (max !== undefined)
        return `${strictMax ? '<' : '<='} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)}`;
    return 'any';
}
function within(v, min, max, strictMin = false, strictMax = false) {
    if (min !== undefined && (strictMin ? v <= min : v < min))
        return false;
    if (max !== undefined && (strictMax ? v >= max : v > max))
        return false;
    return true;
}
const percent = (part, whole) => (whole === 0 ? 0 : (part / whole) * 100);

/**
 * GX raises for expect_column_values_to_be_between when min_value > max_value (its
 * aggregate expectations just fail, and so do mlship's): a range no value can be in
 * is a config mistake there, not a failed check.
 */
function assertBounds(ctx, min, max, keys = ['min', 'max']) {
    requireBound(ctx, min, max, keys);
    if (min !== undefined && max !== undefined && min > max) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${keys[0]} (${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}) is greater than ${keys[1]} (${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)})`, { where: ctx.where, hint: 'Swap them, or drop one for an open range.' });
    }
}
/** A bound as the data holds it: date or timestamp text becomes epoch milliseconds on a date or timestamp column, and is refused on others. */
function temporalBound(ctx, spec, key, kind) {
    const v = spec[key];
    if (typeof v !== 'string')
        return v;
    const temporal = kind === 'timestamp' || kind === 'date';
    const ms = temporal ? (0,_read_text_values__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(v) : undefined;
    if (ms === undefined) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${key}: ${JSON.stringify(v)} is ${temporal ? 'not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]][Z])' : `text, and "${spec.column}" is ${kind}`}`, {
            where: ctx.where,
            hint: temporal ? 'Write e.g. "2024-01-31" or "2024-01-31T12:00:00Z".' : 'Give a number.',
        });
    }
    return ms;
}
/** A range with neither bound cannot fail, so it is a config mistake (GX raises for its map and min/max expectations). */
function requireBound(ctx, min, max, keys = ['min', 'max']) {
    if (min === undefined && max === undefined)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`give ${keys[0]} or ${keys[1]}: a range with neither bound cannot fail`, { where: ctx.where });
}
const iso = (ms) => new Date(ms).toISOString();
function timeRangeText(min, max, strictMin, strictMax) {
    if (min !== undefined && max !== undefined)
        return `${strictMin ? '(' : '['}${iso(min)}, ${iso(max)}${strictMax ? ')' : ']'}`;
    if (min !== undefined)
        return `${strictMin ? '>' : '>='} ${iso(min)}`;
    if (max !== undefined)
        return `${strictMax ? '<' : '<='} ${iso(max)}`;
    return 'any';
}


/***/ }),

/***/ 1829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ drift),
/* harmony export */   Zk: () => (/* binding */ driftVerdict),
/* harmony export */   ge: () => (/* binding */ driftTargets)
/* harmony export */ });
/* unused harmony export defaultThresholds */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74026);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77606);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62598);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81335);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50194);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43778);




/** Conventional limits: PSI > 0.2 is a significant shift; p < 0.05 for the tests; JS distance > 0.1. */
const defaultThresholds = { psi: 0.2, ks: 0.05, chi2: 0.05, js: 0.1 };
const isPValue = (m) => m === 'ks' || m === 'chi2';
const comparable = (k) => (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isNumericKind */ .kw)(k) || (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(k) || k === 'string' || k === 'bool';
const numericLike = (k) => (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isNumericKind */ .kw)(k) || (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(k);
/** The columns a drift check compares, with the method and threshold of each: checked against the data before any row is read. */
function driftTargets(spec, ctx) {
    if (!ctx.reference) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the drift check needs a reference dataset', { where: ctx.where, hint: 'Set the `reference` input (or --reference) to the dataset to compare against.' });
    }
    const names = spec.columns ?? ctx.schema.fields.filter((f) => comparable(f.kind)).map((f) => f.name);
    for (const [name] of Object.entries(spec.per_column))
        (0,_rule__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(ctx, name, `per_column.${name}`);
    return names.map((n) => {
        const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(ctx, n, 'columns');
        if (!comparable(f.kind))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`columns: "${n}" is ${f.kind}; drift compares numeric, temporal, string and bool columns`, { where: ctx.where });
        const kind = numericLike(f.kind) ? 'numeric' : 'categorical';
        const override = spec.per_column[n] ?? {};
        const method = override.method ?? (kind === 'numeric' ? spec.numeric : spec.categorical);
        if (kind === 'numeric' ? method === 'chi2' || method === 'js' : method === 'psi' || method === 'ks') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`per_column.${n}.method: ${method} does not apply to a ${kind} column`, { where: ctx.where, hint: kind === 'numeric' ? 'Use psi or ks.' : 'Use chi2 or js.' });
        }
        return { name: n, kind, method, threshold: override.threshold ?? spec.threshold ?? defaultThresholds[method] };
    });
}
const drift = (spec, ctx) => {
    const targets = driftTargets(spec, ctx);
    return {
        title: 'Drift',
        evaluate: (results) => driftVerdict(spec, targets.map((t) => [t, profileStatistics(t, results)])),
    };
};
function profileStatistics(t, results) {
    const ref = results.reference;
    if (t.kind === 'numeric') {
        const a = ref.profiler.numeric(t.name);
        const b = results.profiler.numeric(t.name);
        if (!(a && b && a.count > 0 && b.count > 0))
            return {};
        const ks = (0,_drift__WEBPACK_IMPORTED_MODULE_3__/* .ksTwoSample */ .X)(a, b);
        return { psi: (0,_drift__WEBPACK_IMPORTED_MODULE_4__/* .psi */ .js)(a, b).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
    }
    const a = ref.profiler.categorical(t.name);
    const b = results.profiler.categorical(t.name);
    if (!(a && b && a.count > 0 && b.count > 0))
        return {};
    const chi = (0,_drift__WEBPACK_IMPORTED_MODULE_5__/* .chiSquare */ .U)(a, b);
    return { chi2: chi.statistic, chi2PValue: chi.pValue, js: (0,_drift__WEBPACK_IMPORTED_MODULE_6__/* .jensenShannon */ .fy)(a, b) };
}
/** The checks, table and chart of a drift check from each target's statistics. */
function driftVerdict(spec, stats) {
    const rows = stats.map(([t, s]) => {
        const row = { column: t.name, kind: t.kind, ...s, method: t.method, threshold: t.threshold };
        const score = { psi: row.psi, ks: row.ksPValue, chi2: row.chi2PValue, js: row.js }[t.method];
        const drifted = score === undefined || (isPValue(t.method) ? score < t.threshold : score > t.threshold);
        return { ...row, score: score ?? NaN, drifted };
    });
    const checks = rows.map((r) => ({
        id: `${spec.id ?? 'drift'}:${r.column}`,
        title: `Drift: ${r.column}`,
        status: r.drifted ? 'fail' : 'pass',
        severity: spec.severity,
        observed: Number.isNaN(r.score) ? 'no values' : `${r.method} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.score)}`,
        expected: isPValue(r.method) ? `p >= ${r.threshold}` : `<= ${r.threshold}`,
        detail: Number.isNaN(r.score) ? `${r.column} has no non-null values in one of the datasets` : describe(r),
    }));
    const fmt = (v) => (v === undefined ? null : v);
    return {
        checks,
        tables: [
            {
                title: 'Drift against the reference',
                columns: ['Column', 'Kind', 'PSI', 'KS D', 'KS p', '\u03c7\u00b2', '\u03c7\u00b2 p', 'JS distance', 'Decided by', 'Drifted'],
                rows: rows.map((r) => [r.column, r.kind, fmt(r.psi), fmt(r.ksStatistic), fmt(r.ksPValue), fmt(r.chi2), fmt(r.chi2PValue), fmt(r.js), `${r.method} (${isPValue(r.method) ? 'p <' : '>'} ${r.threshold})`, r.drifted ? 'yes' : 'no']),
            },
        ],
        charts: rows.length
            ? [
                {
                    title: 'Drift score (PSI for numeric, JS distance for categorical)',
                    kind: 'bar',
                    x: rows.map((r) => r.column),
                    yLabel: 'score',
                    series: [{ name: 'drift', values: rows.map((r) => (r.kind === 'numeric' ? r.psi : r.js) ?? 0) }],
                },
            ]
            : [],
        data: { drift: rows },
    };
}
function describe(r) {
    return r.kind === 'numeric'
        ? `PSI ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.psi)}, KS D ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.ksStatistic)} (p ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.ksPValue)})`
        : `JS ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.js)}, \u03c7\u00b2 ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.chi2)} (p ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.chi2PValue)})`;
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d2: () => (/* binding */ PAIR_IGNORES),
/* harmony export */   fY: () => (/* binding */ ignoredRow),
/* harmony export */   nK: () => (/* binding */ ROW_IGNORES),
/* harmony export */   nO: () => (/* binding */ pairIgnore)
/* harmony export */ });
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50194);

/**
 * GX's ignore_row_if: which rows a check over several columns leaves out before
 * it counts anything. Left-out rows are neither judged nor in `mostly`'s base;
 * GX's pandas engine drops them with `dropna(how="all" | "any")` over the checked columns.
 */
const ROW_IGNORES = ['all_values_are_missing', 'any_value_is_missing', 'never'];
/** A column pair spells the same three rules its own way; GX before 0.16 also took `never` for `neither`. */
const PAIR_IGNORES = ['both_values_are_missing', 'either_value_is_missing', 'neither'];
const pairIgnore = { both_values_are_missing: 'all_values_are_missing', either_value_is_missing: 'any_value_is_missing', neither: 'never' };
function ignoredRow(rule, cols, r) {
    if (rule === 'never')
        return false;
    return rule === 'all_values_are_missing' ? cols.every((c) => (0,_table__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(c[r])) : cols.some((c) => (0,_table__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(c[r]));
}


/***/ }),

/***/ 50648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ leakage),
/* harmony export */   OX: () => (/* binding */ leakageVerdict),
/* harmony export */   Pu: () => (/* binding */ keyText)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37774);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43778);



/**
 * Training rows whose key (whole row, or `key_columns`) also occurs in
 * `test-data`. The test keys are hashed first (columns matched by name, so a
 * different column order does not matter); the training pass then probes them.
 */
const leakage = (spec, ctx) => {
    const test = ctx.testData;
    if (!test)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the leakage check needs a test dataset', { where: ctx.where, hint: 'Set the `test-data` input (or --test-data) to the holdout set.' });
    const names = spec.key_columns ?? ctx.schema.fields.map((f) => f.name);
    const dataIdx = names.map((n) => (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, n, 'key_columns').index);
    const testIdx = names.map((n) => {
        const i = test.schema.fields.findIndex((f) => f.name === n);
        if (i >= 0)
            return i;
        // Without key_columns every data column is part of the key: say so rather than blame a key the user never wrote.
        if (!spec.key_columns) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${n}" is not in test-data ${test.spec}, so whole rows cannot match`, { where: ctx.where, hint: 'Set key_columns to columns present in both datasets.' });
        }
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`key_columns: column "${n}" is not in test-data ${test.spec}`, { where: ctx.where, hint: 'Name key columns present in both datasets.' });
    });
    const testKeys = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .HashSet53 */ .HI(1 << 16);
    const hit = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .HashSet53 */ .HI(1024);
    const hasher = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .RowHasher */ .ae();
    const examples = [];
    let leaked = 0;
    let testRows = 0;
    const key = (cols, r) => {
        hasher.reset();
        for (const c of cols)
            hasher.push((0,_profile__WEBPACK_IMPORTED_MODULE_2__/* .hashValue */ .gg)(c[r]));
        return hasher.value;
    };
    return {
        title: 'Train/test leakage',
        async prepare(progress) {
            for await (const batch of test.batches()) {
                const cols = testIdx.map((i) => batch.columns[i]);
                for (let r = 0; r < batch.numRows; r++)
                    testKeys.add(key(cols, r));
                testRows += batch.numRows;
            }
            progress(`test-data: hashed ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(testRows)} rows for the leakage check`);
        },
        observe(batch) {
            const cols = dataIdx.map((i) => batch.columns[i]);
            for (let r = 0; r < batch.numRows; r++) {
                const h = key(cols, r);
                if (!testKeys.has(h))
                    continue;
                leaked++;
                hit.add(h);
                if (examples.length < 3)
                    examples.push(keyText(names, cols.map((c) => c[r])));
            }
        },
        evaluate: () => leakageVerdict(spec, { leaked, keys: hit.size, testRows, examples }),
    };
};
/** A key as the examples show it: `{id: 7, name: "a"}`. */
const keyText = (names, values) => `{${names.map((n, j) => `${n}: ${JSON.stringify(values[j])}`).join(', ')}}`;
function leakageVerdict(spec, c) {
    const names = spec.key_columns;
    return {
        status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(c.leaked <= spec.max_rows),
        observed: `${c.leaked} rows`,
        expected: `<= ${spec.max_rows}`,
        detail: c.leaked
            ? `${c.leaked} training rows share their ${names ? 'key' : 'full row'} with ${c.keys} of ${c.testRows} test rows, e.g. ${c.examples.join('; ')}`
            : `no ${names ? `(${names.join(', ')}) key` : 'row'} of ${c.testRows} test rows appears in the training data`,
    };
}


/***/ }),

/***/ 29600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ checkPattern)
/* harmony export */ });
/* harmony import */ var _mlship_core_user_regex__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73596);
/* harmony import */ var _load__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33370);


/**
 * A check's pattern, compiled once when the suite is set up (never per row) on
 * the linear-time engine: a value in the data cannot make a check take longer
 * than the length of that value. A pattern the engine cannot run stops the
 * suite before any row is read, naming the check, the key and the construct.
 */
function checkPattern(spec, ctx, key, pattern) {
    return (0,_mlship_core_user_regex__WEBPACK_IMPORTED_MODULE_0__/* .compileUserRegex */ ._u)(pattern, { what: `check "${(0,_load__WEBPACK_IMPORTED_MODULE_1__/* .checkId */ .ij)(spec)}" ${key}`, where: ctx.where });
}


/***/ }),

/***/ 14386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ valuesInSet),
/* harmony export */   DW: () => (/* binding */ columnType),
/* harmony export */   H9: () => (/* binding */ valuesBetween),
/* harmony export */   TM: () => (/* binding */ notNull),
/* harmony export */   WH: () => (/* binding */ rowResult),
/* harmony export */   Z3: () => (/* binding */ distinctValuesEqualSet),
/* harmony export */   ab: () => (/* binding */ mostlyVerdict),
/* harmony export */   jA: () => (/* binding */ kindIs),
/* harmony export */   sl: () => (/* binding */ cellKey),
/* harmony export */   t2: () => (/* binding */ rowCounter),
/* harmony export */   us: () => (/* binding */ distinctValuesInSet),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   zK: () => (/* binding */ distinctValuesContainSet)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50194);
/* harmony import */ var _pattern__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29600);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43778);




/** Set membership compares values as text, so `1` in a config matches 1, 1.0 and "1". */
const cellKey = (v) => (typeof v === 'string' ? v : String(v));
const mostlyText = (m) => (m < 1 ? ` for at least ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m * 100)}% of non-null rows` : '');
/** Distinct failing values kept as examples (with their counts). */
const EXAMPLES = 10;
/**
 * Counts non-null rows (every row with `nullsCount`, for checks where a null is
 * judged too) and rows failing `test`, keeping a few failing examples.
 */
function rowCounter(ctx, column, test, nullsCount = false) {
    const { index } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, column);
    const state = { seen: 0, bad: 0, examples: new Map(), partial: [] };
    return {
        state,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!nullsCount && (0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isMissing */ .b2)(v))
                    continue;
                state.seen++;
                if (!test(v)) {
                    state.bad++;
                    if (state.partial.length < _rule__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_UNEXPECTED */ .In)
                        state.partial.push(v);
                    const k = cellKey(v);
                    if (state.examples.size < EXAMPLES || state.examples.has(k))
                        state.examples.set(k, (state.examples.get(k) ?? 0) + 1);
                }
            }
        },
    };
}
/** GX's counts for a row-level check: every row is an element, nulls are missing (unless judged too), the rest judged. */
function rowResult(results, state, nullsCount = false) {
    const rows = results.profile.rows;
    return {
        element_count: rows,
        ...(nullsCount ? {} : { missing_count: rows - state.seen }),
        unexpected_count: state.bad,
        unexpected_percent: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(state.bad, state.seen),
        partial_unexpected_list: state.partial,
    };
}
const examplesText = (m) => [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([v, n]) => `${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '\u2026' : v)}\u00d7${n}`)
    .join(', ');
function mostlyVerdict(seen, bad, mostly) {
    const ok = seen === 0 ? true : (seen - bad) / seen >= mostly;
    return { ok, passPct: seen === 0 ? 100 : (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(seen - bad, seen) };
}
const notNull = (spec, ctx) => {
    (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    return {
        title: `Not null: ${spec.column}`,
        evaluate: ({ profile }) => {
            const c = profile.columns.find((p) => p.name === spec.column);
            const frac = profile.rows === 0 ? 1 : (profile.rows - c.nulls) / profile.rows;
            return {
                result: { element_count: profile.rows, unexpected_count: c.nulls, unexpected_percent: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.nulls, profile.rows), partial_unexpected_list: new Array(Math.min(c.nulls, _rule__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_UNEXPECTED */ .In)).fill(null) },
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(frac >= spec.mostly),
                observed: `${c.nulls} nulls (${c.nullPercent.toFixed(2)}%)`,
                expected: spec.mostly < 1 ? `>= ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(spec.mostly * 100)}% non-null` : 'no nulls',
                detail: c.nulls ? `${c.nulls} of ${profile.rows} rows are null` : 'OK',
            };
        },
    };
};
const valuesBetween = (spec, ctx) => {
    const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    if (!(0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isNumericKind */ .kw)(f.kind) && !(0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isTemporalKind */ .PB)(f.kind)) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column: "${spec.column}" is ${f.kind}, values_between needs a numeric column`, { where: ctx.where, hint: 'Use values_in_set or regex for text columns.' });
    }
    const temporal = (0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isTemporalKind */ .PB)(f.kind);
    const min = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .temporalBound */ .x2)(ctx, spec, 'min', f.kind);
    const max = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .temporalBound */ .x2)(ctx, spec, 'max', f.kind);
    (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .assertBounds */ .OV)(ctx, min, max);
    const c = rowCounter(ctx, spec.column, (v) => typeof v === 'number' && (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(v, min, max, spec.strict_min, spec.strict_max));
    const range = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string') ? (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .timeRangeText */ .MS)(min, max, spec.strict_min, spec.strict_max) : (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .rangeText */ .lq)(min, max, spec.strict_min, spec.strict_max);
    return {
        title: `Range: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${c.state.bad} out of range`,
                expected: `${range}${mostlyText(spec.mostly)}`,
                detail: `${c.state.bad} values out of ${range}${c.state.bad ? ` (e.g. ${examplesText(c.state.examples)})` : ''}`,
            };
        },
    };
};
/**
 * rowCounter keeps up to EXAMPLES distinct failing values, so below that the
 * count is exact ("2 unexpected values", not "2+"); only a full map means "or more".
 */
const unexpectedCount = (n) => (n >= EXAMPLES ? `${n}+ unexpected values` : `${n} unexpected value${n === 1 ? '' : 's'}`);
const distinctValuesInSet = (spec, ctx) => {
    const allowed = new Set(spec.values.map(cellKey));
    const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
    return {
        title: `Distinct values in set: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: rowResult(results, c.state),
            status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(c.state.bad === 0),
            observed: c.state.bad ? unexpectedCount(c.state.examples.size) : 'all in set',
            expected: `subset of {${spec.values.join(', ')}}`,
            detail: c.state.bad ? `Unexpected: ${examplesText(c.state.examples)}` : 'OK',
        }),
    };
};
/** GX expect_column_distinct_values_to_contain_set / _to_equal_set: which members of the set occur, and (for equal) nothing else. */
function distinctSetRule(equal) {
    return (spec, ctx) => {
        const wanted = new Set(spec.values.map(cellKey));
        const found = new Set();
        const c = rowCounter(ctx, spec.column, (v) => {
            const k = cellKey(v);
            if (!wanted.has(k))
                return !equal;
            found.add(k);
            return true;
        });
        return {
            title: `Distinct values ${equal ? 'equal' : 'contain'} set: ${spec.column}`,
            observe: c.observe,
            evaluate: (results) => {
                const missing = [...wanted].filter((k) => !found.has(k));
                const extra = equal ? c.state.bad : 0;
                const problems = [missing.length ? `Missing: ${missing.slice(0, 10).map((m) => JSON.stringify(m)).join(', ')}` : '', extra ? `Not in the set: ${examplesText(c.state.examples)}` : ''].filter(Boolean);
                return {
                    result: { ...rowResult(results, c.state), observed_value: [...found].sort() },
                    status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(problems.length === 0),
                    observed: `${found.size} of ${wanted.size} present${equal && extra ? `, ${unexpectedCount(c.state.examples.size)}` : ''}`,
                    expected: `${equal ? 'exactly' : 'contains'} {${spec.values.join(', ')}}`,
                    detail: problems.join('; ') || 'OK',
                };
            },
        };
    };
}
const distinctValuesContainSet = distinctSetRule(false);
const distinctValuesEqualSet = distinctSetRule(true);
const valuesInSet = (spec, ctx) => {
    const allowed = new Set(spec.values.map(cellKey));
    const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
    return {
        title: `Allowed values: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(passPct)}% allowed`,
                expected: `in {${spec.values.join(', ')}}${mostlyText(spec.mostly)}`,
                detail: c.state.bad ? `${c.state.bad} rows not allowed, e.g. ${examplesText(c.state.examples)}` : 'OK',
            };
        },
    };
};
const regex = (spec, ctx) => {
    const re = (0,_pattern__WEBPACK_IMPORTED_MODULE_3__/* .checkPattern */ .r)(spec, ctx, 'pattern', spec.pattern);
    const c = rowCounter(ctx, spec.column, (v) => re.test(cellKey(v)));
    return {
        title: `Regex: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(passPct)}% match`,
                expected: `/${spec.pattern}/${mostlyText(spec.mostly)}`,
                detail: c.state.bad ? `${c.state.bad} rows do not match, e.g. ${examplesText(c.state.examples)}` : 'OK',
            };
        },
    };
};
const kindMatches = {
    number: (k) => k === 'int' || k === 'float' || k === 'decimal',
    float: (k) => k === 'float' || k === 'decimal',
};
/** Whether a column of `kind` is of the declared `dtype` (number covers int, float and decimal). */
const kindIs = (dtype, kind) => (kindMatches[dtype] ?? ((k) => k === dtype))(kind);
const columnType = (spec, ctx) => {
    const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    const ok = kindIs(spec.dtype, f.kind);
    return {
        title: `Type: ${spec.column}`,
        evaluate: () => ({ result: { observed_value: f.kind }, status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok), observed: `${f.kind} (${f.sourceType})`, expected: spec.dtype, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${spec.dtype}` }),
    };
};


/***/ }),

/***/ 62598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ chiSquare)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19063);
/* harmony import */ var _special__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56969);



/**
 * Pearson's chi-square test of homogeneity on the 2\u00d7K table [reference counts,
 * current counts] over the union of categories \u2014 scipy.stats.chi2_contingency
 * with its defaults, including Yates' continuity correction when dof = 1.
 *
 * Degenerate input: a single category in the union gives dof 0, statistic 0,
 * p 1 (as SciPy). Throws EmptyDistributionError when either side is empty.
 */
function chiSquare(reference, current) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('chi2', reference, current);
    const { reference: r, current: c } = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .alignCategories */ .q)(reference, current);
    const rowTotals = [(0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(r), (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(c)];
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('chi2', { count: rowTotals[0] }, { count: rowTotals[1] });
    const k = r.length;
    const dof = k - 1;
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof };
    const total = rowTotals[0] + rowTotals[1];
    let statistic = 0;
    for (const [row, counts] of [r, c].entries()) {
        for (let j = 0; j < k; j++) {
            // Same operation order as scipy's expected_freq: row\u00b7col / total.
            const expected = (rowTotals[row] * (r[j] + c[j])) / total;
            let observed = counts[j];
            if (dof === 1) {
                // Yates: move each cell up to 0.5 toward its expectation, never past it.
                const diff = expected - observed;
                observed += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
            }
            statistic += (observed - expected) ** 2 / expected;
        }
    }
    return { statistic, pValue: (0,_special__WEBPACK_IMPORTED_MODULE_2__/* .chi2Sf */ .wv)(statistic, dof), dof };
}


/***/ }),

/***/ 81335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ jensenShannonDistance),
/* harmony export */   PE: () => (/* binding */ jensenShannonBinned),
/* harmony export */   fy: () => (/* binding */ jensenShannon)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19063);
/* harmony import */ var _psi__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77606);



/** x\u00b7ln(x/y) with scipy.special.rel_entr's conventions for zeros. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
/**
 * Jensen\u2013Shannon distance between two weight vectors (each normalised to sum 1),
 * computed as scipy.spatial.distance.jensenshannon(p, q, base).
 */
function jensenShannonDistance(p, q, base = 2) {
    const ps = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(p);
    const qs = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(q);
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / ps;
        const qi = q[i] / qs;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    let js = left + right;
    js /= Math.log(base);
    // Rounding can leave a hair below zero for identical inputs; the distance is 0 there.
    return Math.sqrt(Math.max(0, js / 2));
}
/**
 * Jensen\u2013Shannon distance (the square root of the divergence) between the
 * category frequencies over the union of categories: 0 for identical
 * distributions (and for a single shared category), 1 (base 2) for disjoint ones.
 * Throws EmptyDistributionError when either side is empty.
 */
function jensenShannon(reference, current, base = 2) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .assertNotEmpty */ .Jw)('js', reference, current);
    const { reference: r, current: c } = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .alignCategories */ .q)(reference, current);
    (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .assertNotEmpty */ .Jw)('js', { count: (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(r) }, { count: (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(c) });
    return jensenShannonDistance(r, c, base);
}
/**
 * Jensen\u2013Shannon distance of numeric columns over the same reference-quantile
 * bins PSI uses (raw shares, no epsilon floor: JS is finite on empty bins).
 */
function jensenShannonBinned(reference, current, options = {}) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .assertNotEmpty */ .Jw)('js', reference, current);
    const edges = (0,_psi__WEBPACK_IMPORTED_MODULE_2__/* .quantileEdges */ .UY)(reference, options.bins ?? 10);
    return jensenShannonDistance((0,_psi__WEBPACK_IMPORTED_MODULE_2__/* .binShares */ .o8)(reference, edges), (0,_psi__WEBPACK_IMPORTED_MODULE_2__/* .binShares */ .o8)(current, edges), options.base ?? 2);
}


/***/ }),

/***/ 99902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DistinctRows),
/* harmony export */   y: () => (/* binding */ ROWS_IN_MEMORY)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37774);




/**
 * Hashes held in memory before they are deduplicated or spilled: 2^20 (8 MB),
 * and as much again while they are counted. Past that, memory would grow by
 * 8 bytes a row, which was most of the growth of peak RSS from 1M to 5M rows
 * (bench/validate-data/RESULTS.md).
 */
const ROWS_IN_MEMORY = 1 << 20;
// Spilled hashes go to 64 files by their top bits (the next 6 bits at each
// level of recursion), 4096 hashes (32 KB) buffered per file: 2 MB of buffers.
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
const BUFFERED = 4096;
// Three levels use the top 18 bits; a fourth (past 2^18 buffers' worth of
// distinct rows) stays in memory.
const MAX_LEVEL = 3;
/**
 * Exact number of distinct 53-bit hashes in bounded memory. Hashes are
 * appended to a buffer as they come and counted only when it is full or at
 * the end (`distinctInPlace`): a hash set that took every row as it came
 * missed the cache on nearly every insert once it outgrew it, and was a sixth
 * of the main thread's time on the 1M-row benchmark files. A full buffer is
 * deduplicated and kept while that halves it (many repeated rows); otherwise
 * it, and every hash after it, goes to partition files chosen by the hash's
 * top bits. A hash is then in exactly one partition, so the count is the sum
 * of each partition's distinct count, taken by the same procedure on the next bits.
 */
class DistinctRows {
    options;
    level;
    memory;
    len = 0;
    limit;
    spill = null;
    counted;
    constructor(options = {}, level = 0, 
    /** A partition is counted in its parent's memory. */
    memory) {
        this.options = options;
        this.level = level;
        this.limit = level < MAX_LEVEL ? Math.max(1, options.inMemory ?? ROWS_IN_MEMORY) : Infinity;
        this.memory = memory ?? { hashes: new Float64Array(Math.min(this.limit, 1 << 12)), set: new _hash__WEBPACK_IMPORTED_MODULE_3__/* .HashSet53 */ .HI(16) };
    }
    add(h) {
        if (this.len === this.memory.hashes.length)
            this.makeRoom();
        this.memory.hashes[this.len++] = h;
    }
    /** The first n of `hashes`. */
    addAll(hashes, n) {
        for (let i = 0; i < n;) {
            if (this.len === this.memory.hashes.length)
                this.makeRoom();
            const take = Math.min(n - i, this.memory.hashes.length - this.len);
            this.memory.hashes.set(hashes.subarray(i, i + take), this.len);
            this.len += take;
            i += take;
        }
    }
    /** The distinct count; removes the partition files. */
    count() {
        if (this.counted !== undefined)
            return this.counted;
        const memory = this.memory;
        try {
            if (!this.spill)
                return (this.counted = distinctInPlace(memory, this.len));
            this.spillBuffered();
            let n = 0;
            // One buffer for every partition, one after another: a new one per partition
            // was megabytes of garbage at the end of a large scan, the run's peak RSS.
            const chunk = new Float64Array(1 << 15);
            for (const file of this.spill.close()) {
                const sub = new DistinctRows(this.options, this.level + 1, memory);
                try {
                    readHashes(file, sub, chunk);
                    n += sub.count();
                }
                finally {
                    sub.dispose();
                }
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(file);
            }
            return (this.counted = n);
        }
        finally {
            this.memory = null;
            this.dispose();
        }
    }
    /** Removes the partition files, if any (also when the scan failed before `count`). */
    dispose() {
        this.spill?.remove();
        this.spill = null;
    }
    /**
     * The buffer is full: grown while under the limit; at it, deduplicated and
     * kept if that at least halved it, else spilled, and from then on the buffer
     * only stages hashes for the partition files: a small one, every time it
     * fills (8 MB less held through the rest of a large scan). At the last
     * level nothing spills and the buffer grows instead.
     */
    makeRoom() {
        const memory = this.memory;
        if (this.spill)
            return this.spillBuffered();
        if (memory.hashes.length < this.limit)
            return grow(memory, Math.min(this.limit, memory.hashes.length * 2));
        this.len = distinctInPlace(memory, this.len);
        if (this.len * 2 <= memory.hashes.length)
            return;
        if (this.limit === Infinity)
            return grow(memory, memory.hashes.length * 2);
        this.spill = new Partitions(this.options.tempDir, this.level);
        this.spillBuffered();
        memory.hashes = new Float64Array(Math.min(this.limit, STAGED));
    }
    spillBuffered() {
        const { hashes } = this.memory;
        for (let i = 0; i < this.len; i++)
            this.spill.write(hashes[i]);
        this.len = 0;
    }
}
/** Hashes staged for the partition files once a DistinctRows spills (256 KB). */
const STAGED = 1 << 15;
function grow(memory, length) {
    const next = new Float64Array(length);
    next.set(memory.hashes);
    memory.hashes = next;
}
// The digit the hashes are grouped by before counting: bits 21-28, clear of the
// top 18 the partition files use and of the low bits HashSet53 indexes by.
const DIGIT_SCALE = 2 ** 21;
const DIGITS = 256;
const digitOf = (h) => (h / DIGIT_SCALE) & (DIGITS - 1);
/**
 * Leaves the distinct values of the first n `memory.hashes` at its front and
 * returns how many there are. The hashes are grouped by one 8-bit digit, in
 * place (an American flag sort: each hash is swapped straight into its group),
 * then each group is counted in a hash set of its own size, which stays in the
 * cache. A million hashes take ~35 ms, against ~85 ms inserted one by one into
 * one set, and ~60 ms grouped by a counting sort into a second array: that
 * array's 8 MB of fresh pages were half its time, in the serial tail of a scan
 * on threads (bench/validate-data/RESULTS.md).
 */
function distinctInPlace(memory, n) {
    const { hashes } = memory;
    const starts = new Int32Array(DIGITS + 1);
    for (let i = 0; i < n; i++)
        starts[digitOf(hashes[i]) + 1]++;
    for (let d = 1; d <= DIGITS; d++)
        starts[d] += starts[d - 1];
    // The next unsorted place of each group: a hash taken from it goes to its own group's next place, whose hash is placed next.
    const next = starts.slice(0, DIGITS);
    for (let d = 0; d < DIGITS; d++) {
        const end = starts[d + 1];
        while (next[d] < end) {
            let h = hashes[next[d]];
            for (let g = digitOf(h); g !== d; g = digitOf(h)) {
                const j = next[g]++;
                const displaced = hashes[j];
                hashes[j] = h;
                h = displaced;
            }
            hashes[next[d]++] = h;
        }
    }
    let m = 0;
    for (let d = 0; d < DIGITS; d++) {
        const from = starts[d];
        const to = starts[d + 1];
        if (from === to)
            continue;
        const set = memory.set.reset(Math.min(to - from, 1 << 16));
        // m never passes i: the distinct hashes move down over ones already read.
        for (let i = from; i < to; i++) {
            const h = hashes[i];
            if (set.add(h))
                hashes[m++] = h;
        }
    }
    return m;
}
class Partitions {
    dir;
    scale;
    buffers = Array.from({ length: PARTITIONS }, () => new Float64Array(BUFFERED));
    filled = new Int32Array(PARTITIONS);
    written = new Uint8Array(PARTITIONS);
    constructor(tempDir = process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), level) {
        this.dir = node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempDir, 'mlship-rows-'));
        this.scale = 2 ** (53 - PARTITION_BITS * (level + 1));
    }
    write(h) {
        const p = (h / this.scale) & (PARTITIONS - 1);
        this.buffers[p][this.filled[p]++] = h;
        if (this.filled[p] === BUFFERED)
            this.flush(p);
    }
    /** Flushes every buffer; returns the files written. */
    close() {
        const files = [];
        for (let p = 0; p < PARTITIONS; p++) {
            this.flush(p);
            if (this.written[p])
                files.push(this.file(p));
        }
        this.buffers.length = 0;
        return files;
    }
    remove() {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(this.dir, { recursive: true, force: true });
    }
    flush(p) {
        const n = this.filled[p];
        if (n === 0)
            return;
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(this.file(p), new Uint8Array(this.buffers[p].buffer, 0, n * 8));
        this.filled[p] = 0;
        this.written[p] = 1;
    }
    file(p) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, String(p));
    }
}
function readHashes(file, into, chunk) {
    const bytes = new Uint8Array(chunk.buffer);
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, 'r');
    try {
        // Reads of a regular file return whole chunks until the last, which holds whole hashes.
        for (let n; (n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, bytes, 0, bytes.length, null)) > 0;)
            into.addAll(chunk, n / 8);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}


/***/ }),

/***/ 45392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ TableProfiler)
/* harmony export */ });
/* harmony import */ var _distinct_rows__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99902);
/* harmony import */ var _column_group__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22818);
/* harmony import */ var _row_lanes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59170);
/* harmony import */ var _heap_growth__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4330);





/**
 * Profiles a table one batch at a time: every cell is hashed once, and the
 * hash feeds both the column's distinct counter and the row hash used for
 * duplicate detection (row-lanes.ts: a sum over columns, so columns profiled
 * in other threads give the same row hashes). Memory stays bounded: sketches
 * per column, and the row hashes in a bounded buffer that spills to
 * temporary files.
 * `dispose` removes those files when the scan fails before `finish`.
 */
class TableProfiler {
    schema;
    columns;
    all;
    rowsSeen;
    rows = 0;
    rowHashes = new Float64Array(0);
    constructor(schema, options = {}) {
        this.schema = schema;
        // Batches live while they are profiled: without this, the young generation grows to its maximum (heap-growth.ts).
        (0,_heap_growth__WEBPACK_IMPORTED_MODULE_0__/* .holdYoungGeneration */ .kK)();
        this.all = new _column_group__WEBPACK_IMPORTED_MODULE_1__/* .ColumnGroup */ .o(schema.fields, schema.fields.map((_, i) => i));
        this.columns = [...this.all.profilers];
        this.rowsSeen = new _distinct_rows__WEBPACK_IMPORTED_MODULE_2__/* .DistinctRows */ .K(options);
    }
    add(batch) {
        this.addRows([this.all.add(batch)], batch.numRows);
    }
    /**
     * Rows whose columns were profiled in groups elsewhere (worker threads):
     * every group's share of the same n row hashes, together covering each column once.
     */
    addRows(parts, n) {
        if (this.rowHashes.length < n)
            this.rowHashes = new Float64Array(n);
        (0,_row_lanes__WEBPACK_IMPORTED_MODULE_3__/* .foldRowLanes */ .Jk)(parts, this.rowHashes, n);
        this.rowsSeen.addAll(this.rowHashes, n);
        this.rows += n;
    }
    /** Column `index`'s statistics, gathered by a ColumnGroup elsewhere, in place of this profiler's own. */
    adopt(index, profiler) {
        this.columns[index] = profiler;
    }
    numeric(column) {
        return this.column(column)?.numeric();
    }
    categorical(column) {
        return this.column(column)?.categorical();
    }
    finish() {
        return { rows: this.rows, duplicateRows: this.rows - this.rowsSeen.count(), columns: this.columns.map((c) => c.finish()) };
    }
    dispose() {
        this.rowsSeen.dispose();
    }
    column(name) {
        return this.columns.find((c) => c.field.name === name);
    }
}


/***/ }),

/***/ 79766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildValidationReport)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

const fmtValue = (v) => {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'number' || typeof v === 'string')
        return v;
    return String(v);
};
/** A config's shape as the summary names it: by what the file holds, not by the format id report consumers match on. */
const shapeName = { native: 'native', 'seed-002': 'flat threshold keys', 'great-expectations': 'Great Expectations suite' };
const isTemporal = (c) => c.kind === 'timestamp' || c.kind === 'date';
/** Epoch milliseconds back to what the user wrote: a date or an ISO timestamp. */
const asInstant = (c, ms) => new Date(ms).toISOString().slice(0, c.kind === 'date' ? 10 : undefined);
function asDuration(ms) {
    const units = [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]];
    const [unit, size] = units.find(([, size]) => Math.abs(ms) >= size) ?? ['ms', 1];
    return `${Number((ms / size).toPrecision(3))} ${unit}`;
}
function profileTable(columns) {
    const value = (c, v) => (typeof v === 'number' && isTemporal(c) ? asInstant(c, v) : fmtValue(v));
    const top = (c) => {
        // When every value is distinct the "top" values are just the first ones seen.
        if (c.distinctExact && c.distinct > 1 && c.distinct === c.count - c.nulls)
            return 'all distinct';
        return c.topValues
            .map((t) => {
            const shown = isTemporal(c) && /^-?\d+(\.\d+)?$/.test(t.value) ? asInstant(c, Number(t.value)) : t.value;
            return `${shown.length > 24 ? shown.slice(0, 24) + '\u2026' : shown} (${t.count})`;
        })
            .join(', ');
    };
    return {
        title: `Column profile (${columns.length} columns)`,
        columns: ['Column', 'Type', 'Nulls', 'Null %', 'Min', 'Max', 'Mean', 'Std', 'Distinct', 'Top values'],
        rows: columns.map((c) => [
            c.name,
            c.kind,
            c.nulls,
            c.nullPercent,
            value(c, c.min),
            value(c, c.max),
            value(c, c.mean),
            typeof c.std === 'number' && isTemporal(c) ? asDuration(c.std) : fmtValue(c.std),
            `${c.distinct}${c.distinctExact ? '' : ' (approx.)'}`,
            top(c),
        ]),
    };
}
/** What a SQL engine ran, folded under the report: every statement, with the engine's regex flavour and quantile method. */
function engineSql(e) {
    const head = `-- engine ${e.name}, ${e.source}; regex: ${e.notes.regex}; quantiles: ${e.notes.quantiles}; every value is bound as a parameter, never part of the SQL text`;
    return { title: `SQL run on ${e.name} (${e.statements.length} statements)`, text: [head, ...e.statements.map((s) => `-- ${s.purpose}, ${(s.ms / 1000).toFixed(2)} s\n${s.sql};`)].join('\n\n') };
}
/** The validate-data Report: a PASS/FAIL row per check, the profile folded under it, null % and drift charts. */
function buildValidationReport(o) {
    const { profile } = o;
    const charts = [
        {
            title: 'Null % per column',
            kind: 'bar',
            x: profile.columns.map((c) => c.name),
            yLabel: 'null %',
            yRange: [0, Math.max(5, Math.ceil(Math.max(...profile.columns.map((c) => c.nullPercent), 0)))],
            series: [{ name: 'null %', values: profile.columns.map((c) => c.nullPercent) }],
        },
        ...o.extras.flatMap((e) => e.charts ?? []),
    ];
    const tables = [...o.extras.flatMap((e) => e.tables ?? []), profileTable(profile.columns)];
    const mb = (o.dataset.bytes / 1e6).toFixed(1);
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .createReport */ .LU)({
        action: 'validate-data',
        title: 'Data Validation Report',
        summary: `\`${o.dataset.spec}\`: ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(profile.rows)} rows \u00d7 ${o.dataset.columns} columns ${o.engine && !o.dataset.files ? `on engine ${o.engine.name}` : `in ${o.dataset.files} ${o.dataset.format} file(s) (${mb} MB)${o.engine ? ` on engine ${o.engine.name}` : ''}`}, ${profile.duplicateRows} duplicate rows; checks from ${o.configSource} (${shapeName[o.configFormat]}); ${(o.elapsedMs / 1000).toFixed(2)} s.`,
        checks: o.checks,
        ...(o.engine ? { texts: [engineSql(o.engine)] } : {}),
        tables,
        charts,
        data: {
            dataset: o.dataset,
            profile,
            referenceProfile: o.referenceProfile,
            results: o.results,
            ...Object.assign({}, ...o.extras.map((e) => e.data ?? {})),
        },
    });
}


/***/ }),

/***/ 40086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ ENGINES)
/* harmony export */ });
/**
 * The engine names, apart from the engines: the action's input schema and
 * the local reader need the list, and importing it from run.ts would load
 * the SQL compiler and every adapter into each run (they are a chunk loaded
 * only when an engine is chosen).
 */
const ENGINES = ['local', 'duckdb', 'postgres', 'clickhouse', 'bigquery', 'snowflake', 'databricks', 'trino'];


/***/ }),

/***/ 15926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SQ: () => (/* binding */ scan),
/* harmony export */   pw: () => (/* binding */ validateDataset),
/* harmony export */   ug: () => (/* reexport safe */ _sql_engines__WEBPACK_IMPORTED_MODULE_1__.u)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _checks_compile__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61589);
/* harmony import */ var _read__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40711);
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45392);
/* harmony import */ var _read_progress__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24470);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(50194);
/* harmony import */ var _threads_chunk_pool__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77432);
/* harmony import */ var _threads_plan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33905);
/* harmony import */ var _threads_warm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22594);
/* harmony import */ var _threads_warm__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8147);
/* harmony import */ var _threads_profile_threads__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(68757);
/* harmony import */ var _sql_engines__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40086);











/**
 * One streaming pass: open everything and compile the checks first (so a typo
 * fails before minutes of reading), profile the reference, then read the data
 * once, feeding the profiler and every row-level rule from the same batches.
 */
async function validateDataset(opts) {
    if (opts.engine) {
        // A chunk of its own: a local run never loads the SQL compiler and adapters.
        const { validateOnEngine } = await __webpack_require__.e(/* import() */ 7522).then(__webpack_require__.bind(__webpack_require__, 27522));
        return validateOnEngine({ ...opts, engine: opts.engine });
    }
    if (opts.data === undefined)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('data is not set', { hint: 'Give the dataset to validate: a file, a directory or a glob.' });
    // One set of parsing workers for every CSV and JSONL file of the run, data and reference alike.
    const parsers = (0,_threads_chunk_pool__WEBPACK_IMPORTED_MODULE_2__/* .chunkParsers */ .k)(opts.threads);
    try {
        return await validateLocally(opts, opts.data, parsers);
    }
    finally {
        await parsers?.dispose();
        await (0,_threads_warm__WEBPACK_IMPORTED_MODULE_3__/* .endWarmThreads */ .a_)();
    }
}
async function validateLocally(opts, dataSpec, parsers) {
    const started = Date.now();
    const cwd = opts.cwd ?? process.cwd();
    const progress = opts.progress ?? (() => { });
    const clock = opts.progressClock ?? _read_progress__WEBPACK_IMPORTED_MODULE_4__/* .realProgressClock */ .u6;
    const maxLineBytes = opts.config.read?.max_line_bytes;
    const open = (spec, role) => {
        let total = 0;
        const parsing = (file, workers) => progress(`${role}: parsing ${file.path} on ${workers} worker thread${workers === 1 ? '' : 's'} (${_threads_plan__WEBPACK_IMPORTED_MODULE_5__/* .THREADS_ENV */ .GV}=1 for none)`);
        const onFiles = (files) => {
            total = sizeOf(files);
            // The data's threads start loading now, while the files are opened and the checks compiled.
            if (role === 'data')
                (0,_threads_warm__WEBPACK_IMPORTED_MODULE_6__.warmWorkersFor)(files, opts.threads);
        };
        const options = { cwd, role, csv: opts.config.read?.csv, maxLineBytes, chunkParsers: parsers && { ...parsers, started: parsing }, onFiles };
        return (0,_read_progress__WEBPACK_IMPORTED_MODULE_4__/* .withProgress */ .E0)({ role, phase: 'schema', totalBytes: () => total, log: progress, clock }, () => (0,_read__WEBPACK_IMPORTED_MODULE_7__/* .openDataset */ .Jp)(spec, options));
    };
    const data = await open(dataSpec, 'data');
    const reference = opts.reference ? await open(opts.reference, 'reference') : undefined;
    const testData = opts.testData ? await open(opts.testData, 'test-data') : undefined;
    if (reference)
        assertSameSchema(data, reference);
    const specs = opts.config.checksFor(data.schema.fields.map((f) => f.name));
    const rules = (0,_checks_compile__WEBPACK_IMPORTED_MODULE_8__/* .compileChecks */ .n)(specs, { schema: data.schema, source: opts.config.source, reference, testData });
    let referenceResults;
    if (reference) {
        const profiler = new _profile__WEBPACK_IMPORTED_MODULE_9__/* .TableProfiler */ .Y(reference.schema);
        try {
            await profileScan(reference, { spec: opts.reference, cwd, role: 'reference', maxLineBytes }, profiler, [], progress, clock, opts.threads);
            referenceResults = { profile: profiler.finish(), profiler, schema: reference.schema };
        }
        finally {
            profiler.dispose();
        }
    }
    for (const r of rules)
        await r.prepare?.(progress);
    const profiler = new _profile__WEBPACK_IMPORTED_MODULE_9__/* .TableProfiler */ .Y(data.schema);
    const observers = rules.filter((r) => r.observe);
    let profile;
    try {
        await profileScan(data, { spec: dataSpec, cwd, role: 'data', maxLineBytes }, profiler, observers, progress, clock, opts.threads);
        profile = profiler.finish();
    }
    finally {
        profiler.dispose();
    }
    const results = { profile, profiler, files: data.files, reference: referenceResults, now: (opts.now ?? new Date()).getTime() };
    const checks = readNoteChecks([data, reference, testData]);
    const expectationResults = [];
    const extras = [];
    for (const [i, rule] of rules.entries()) {
        const v = rule.evaluate(results);
        if (isMulti(v)) {
            checks.push(...v.checks);
            extras.push({ tables: v.tables, charts: v.charts, data: v.data });
        }
        else {
            const { result, ...verdict } = v;
            checks.push({ id: rule.id, title: rule.title, severity: rule.spec.severity, ...verdict });
            const type = opts.config.expectationTypes?.[i];
            if (result)
                expectationResults.push({ id: rule.id, ...(type ? { expectation_type: type } : {}), success: verdict.status === 'pass', result });
        }
    }
    return {
        dataset: {
            spec: dataSpec,
            files: data.files.length,
            bytes: sizeOf(data.files),
            format: [...new Set(data.files.map((f) => f.format))].join('+'),
            columns: data.schema.fields.length,
        },
        configSource: opts.config.source,
        configFormat: opts.config.format,
        profile,
        referenceProfile: referenceResults?.profile,
        checks,
        results: expectationResults,
        extras,
        elapsedMs: Date.now() - started,
    };
}
const isMulti = (v) => 'checks' in v;
/** What the readers noticed (a CSV header that looks like data, one column where lines hold more) as warning checks. */
function readNoteChecks(datasets) {
    const seen = new Map();
    return datasets.flatMap((ds) => (ds?.notes ?? []).map((note) => {
        const n = (seen.get(note.id) ?? 0) + 1;
        seen.set(note.id, n);
        return {
            id: `read_${note.id}${n > 1 ? `_${n}` : ''}`,
            title: note.title,
            status: 'fail',
            severity: 'warning',
            observed: note.file,
            detail: note.detail,
            location: { file: note.file, ...(note.line !== undefined ? { line: note.line } : {}) },
        };
    }));
}
const sizeOf = (files) => files.reduce((s, f) => s + f.sizeBytes, 0);
/**
 * Profiles every batch and feeds it to the row-level rules: over several
 * threads by column when the data allows it (threads/profile-threads.ts), with
 * the same profile either way, else in this thread.
 */
async function profileScan(ds, opened, profiler, observers, progress, clock, threads) {
    const plan = (0,_threads_profile_threads__WEBPACK_IMPORTED_MODULE_10__/* .profileThreads */ .d9)(ds, observers.length, threads);
    const columns = ds.schema.fields.length;
    // The footers read here are not the scan's bytes: before the progress meter starts.
    const groups = plan ? await (0,_threads_profile_threads__WEBPACK_IMPORTED_MODULE_10__/* .columnCosts */ .Fj)(ds, opened.cwd).then(({ costs, head }) => (0,_threads_profile_threads__WEBPACK_IMPORTED_MODULE_10__/* .columnGroups */ .pz)(costs, head, plan)) : [];
    if (!plan || groups.length < 2) {
        if (plan)
            progress(`${opened.role}: profiling ${columns} columns on one thread: too little work to share with another`);
        // Text may stay bytes only where nothing but the profile reads the rows.
        const options = { rawText: observers.length === 0 };
        await scan(ds, opened.role, progress, clock, (batch) => {
            profiler.add(batch);
            for (const r of observers)
                r.observe(batch);
        }, options);
        return;
    }
    progress(`${opened.role}: profiling ${columns} columns on ${groups.length} threads (${_threads_plan__WEBPACK_IMPORTED_MODULE_5__/* .THREADS_ENV */ .GV}=1 for one)`);
    let rows = 0;
    const total = sizeOf(ds.files);
    await (0,_read_progress__WEBPACK_IMPORTED_MODULE_4__/* .withProgress */ .E0)({ role: opened.role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, () => (0,_threads_profile_threads__WEBPACK_IMPORTED_MODULE_10__/* .profileInThreads */ .ed)(ds, opened, profiler, { spawn: plan.spawn, groups }, (n) => (rows += n)));
}
/** Reads every batch, with a progress line every 5 s (share of bytes, rows/s, time left). */
async function scan(ds, role, progress, clock, onBatch, options = {}) {
    let rows = 0;
    const total = sizeOf(ds.files);
    await (0,_read_progress__WEBPACK_IMPORTED_MODULE_4__/* .withProgress */ .E0)({ role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, async () => {
        for await (const batch of ds.batches(options)) {
            onBatch(batch);
            rows += batch.numRows;
        }
    });
    return rows;
}
function assertSameSchema(data, reference) {
    const where = `reference ${reference.spec}`;
    const byName = (s) => new Map(s.fields.map((f) => [f.name, f]));
    const ref = byName(reference.schema);
    const cur = byName(data.schema);
    const hint = 'The reference must have the same columns as the data; regenerate it or drop the extra columns.';
    for (const f of data.schema.fields) {
        const r = ref.get(f.name);
        if (!r)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${f.name}" is in the data but not in the reference`, { where, hint });
        const same = r.kind === f.kind || ((0,_table__WEBPACK_IMPORTED_MODULE_11__/* .isNumericKind */ .kw)(r.kind) && (0,_table__WEBPACK_IMPORTED_MODULE_11__/* .isNumericKind */ .kw)(f.kind));
        if (!same)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${f.name}" is ${r.kind} in the reference but ${f.kind} in the data`, { where, hint: 'Declare the CSV type under read.csv.types, or fix the reference.' });
    }
    for (const f of reference.schema.fields) {
        if (!cur.has(f.name))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${f.name}" is in the reference but not in the data`, { where, hint });
    }
}


/***/ })

};
