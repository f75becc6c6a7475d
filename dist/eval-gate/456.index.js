export const id = 456;
export const ids = [456];
export const modules = {

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   cG: () => (/* reexport safe */ _regex_engine__WEBPACK_IMPORTED_MODULE_1__.c),
/* harmony export */   eO: () => (/* binding */ regexRefusal)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _regex_engine__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3621);



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

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ compileChecks)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
// EXTERNAL MODULE: ./packages/data/src/checks/conditional.ts
var conditional = __webpack_require__(3986);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: ./packages/data/src/checks/condition-tree.ts
var condition_tree = __webpack_require__(8416);
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
var load = __webpack_require__(3370);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/drift.ts
var drift = __webpack_require__(1829);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/python-text.ts
var python_text = __webpack_require__(1027);
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
var json_schema = __webpack_require__(1011);
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
var strptime = __webpack_require__(7001);
// EXTERNAL MODULE: ./packages/data/src/checks/rule.ts
var checks_rule = __webpack_require__(3778);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/values.ts
var rules_values = __webpack_require__(4386);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/pattern.ts
var pattern = __webpack_require__(9600);
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
var leakage = __webpack_require__(648);
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
var hash = __webpack_require__(7774);
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

/***/ 8416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ parseRowCondition)
/* harmony export */ });
/* unused harmony exports OPERATORS, conditionError */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(194);



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
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5392);

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

/***/ 6838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ validationConfigJsonSchema),
/* harmony export */   HQ: () => (/* binding */ nativeConfigSchema),
/* harmony export */   Jq: () => (/* binding */ configSchemas),
/* harmony export */   OE: () => (/* binding */ checkTypes),
/* harmony export */   zo: () => (/* binding */ isCheckType)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
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

/***/ 1011:
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
const drafts = (0,_mlship_core_on_demand__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)(() => Promise.all(/* import() */[__webpack_require__.e(405), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 9636)), 'a JSON Schema was compiled before loadJsonSchemaSupport() was awaited');
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

/***/ 1027:
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

/***/ 7001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   St: () => (/* binding */ compileStrptime),
/* harmony export */   gp: () => (/* binding */ strftimeNaive)
/* harmony export */ });
/* unused harmony export STRPTIME_DIRECTIVES */
/* harmony import */ var _python_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1027);

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

/***/ 8047:
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

/***/ 3370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ij: () => (/* binding */ checkId),
  Z9: () => (/* binding */ loadConfig),
  y$: () => (/* binding */ loadConfigSupport),
  p0: () => (/* binding */ loadParameters),
  o4: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
// EXTERNAL MODULE: ./packages/data/src/checks/config.ts
var checks_config = __webpack_require__(6838);
// EXTERNAL MODULE: ./packages/core/src/user-regex.ts
var user_regex = __webpack_require__(3596);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/json-schema.ts
var json_schema = __webpack_require__(1011);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(5875);
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
var strptime = __webpack_require__(7001);
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
var checks_legacy = __webpack_require__(8047);
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

/***/ 3778:
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
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);




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
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4026);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7606);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2598);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1335);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(194);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3778);




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
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);

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

/***/ 648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ leakage),
/* harmony export */   OX: () => (/* binding */ leakageVerdict),
/* harmony export */   Pu: () => (/* binding */ keyText)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7774);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3778);



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

/***/ 9600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ checkPattern)
/* harmony export */ });
/* harmony import */ var _mlship_core_user_regex__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
/* harmony import */ var _load__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3370);


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

/***/ 4386:
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
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(194);
/* harmony import */ var _pattern__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9600);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3778);




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

/***/ 5436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ sum),
/* harmony export */   q: () => (/* binding */ alignCategories)
/* harmony export */ });
/** Line both sides up over the union of their categories (a category missing on one side counts 0 there). */
function alignCategories(reference, current) {
    const refCounts = reference.counts();
    const curCounts = current.counts();
    const categories = [];
    for (const [k, c] of refCounts)
        if (c > 0)
            categories.push(k);
    for (const [k, c] of curCounts)
        if (c > 0 && !(refCounts.get(k) > 0))
            categories.push(k);
    return {
        categories,
        reference: categories.map((k) => Math.max(0, refCounts.get(k) ?? 0)),
        current: categories.map((k) => Math.max(0, curCounts.get(k) ?? 0)),
    };
}
const sum = (xs) => xs.reduce((s, x) => s + x, 0);


/***/ }),

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ chiSquare)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);
/* harmony import */ var _special__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6969);



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

/***/ 9063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ assertNotEmpty),
/* harmony export */   kI: () => (/* binding */ isEmptyDistributionError),
/* harmony export */   mh: () => (/* binding */ EmptyDistributionError)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7447);

/**
 * A drift statistic was asked to compare against a side with no non-missing
 * values. There is no honest number to report (a p-value of 1 would read as
 * "no drift"), so the functions throw this instead; it is a UserError because
 * the fix is in the data \u2014 its `.line` renders as one sentence.
 */
class EmptyDistributionError extends _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    statistic;
    side;
    constructor(statistic, side) {
        super(`${statistic}: the ${side} data has no non-missing values to compare`, {
            hint: 'Drift needs at least one value on each side; check that the column is populated in both datasets.',
        });
        this.statistic = statistic;
        this.side = side;
    }
}
const isEmptyDistributionError = (e) => e instanceof EmptyDistributionError;
function assertNotEmpty(statistic, reference, current) {
    if (!(reference.count > 0))
        throw new EmptyDistributionError(statistic, 'reference');
    if (!(current.count > 0))
        throw new EmptyDistributionError(statistic, 'current');
}


/***/ }),

/***/ 8157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ exactCategorical),
/* harmony export */   RN: () => (/* binding */ categoricalFromCounts),
/* harmony export */   v: () => (/* binding */ exactNumeric)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(817);

/**
 * An exact NumericDistribution over every value (NaN = missing, dropped).
 * Meant for small columns and reference sets; memory is one Float64Array.
 * quantile() reproduces numpy.quantile(method='linear') to the last bit, because
 * PSI bin edges come from it and a tie sitting exactly on an edge moves a whole
 * block of rows between bins.
 */
function exactNumeric(values) {
    const all = Array.from(values).filter((v) => !Number.isNaN(v));
    const sorted = Float64Array.from(all).sort();
    const n = sorted.length;
    let distinct;
    return {
        count: n,
        exact: true,
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_0__/* .upperBound */ .K)(sorted, x) / n),
        quantile: (q) => {
            if (n === 0 || Number.isNaN(q))
                return NaN;
            const virtual = (n - 1) * Math.min(1, Math.max(0, q));
            if (virtual >= n - 1)
                return sorted[n - 1];
            const prev = Math.floor(virtual);
            const a = sorted[prev];
            const b = sorted[prev + 1];
            const t = virtual - prev;
            const diff = b - a;
            // numpy's _lerp: interpolate from the nearer end so t = 1 returns b exactly.
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        },
        support: () => {
            if (!distinct) {
                let k = 0;
                const out = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    if (i === 0 || sorted[i] !== sorted[i - 1])
                        out[k++] = sorted[i];
                distinct = out.slice(0, k);
            }
            return distinct;
        },
    };
}
/** An exact CategoricalDistribution; null/undefined are missing, everything else counts under String(value). */
function exactCategorical(values) {
    const counts = new Map();
    let n = 0;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        const key = String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        n++;
    }
    return { count: n, exact: true, counts: () => counts };
}
/** An exact CategoricalDistribution from counts already tallied (zero and negative counts are dropped). */
function categoricalFromCounts(counts) {
    const map = new Map();
    let n = 0;
    for (const [k, c] of counts) {
        if (!(c > 0))
            continue;
        map.set(k, (map.get(k) ?? 0) + c);
        n += c;
    }
    return { count: n, exact: true, counts: () => map };
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ jensenShannonDistance),
/* harmony export */   PE: () => (/* binding */ jensenShannonBinned),
/* harmony export */   fy: () => (/* binding */ jensenShannon)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9063);
/* harmony import */ var _psi__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7606);



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

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ kstwoSf),
/* harmony export */   Mn: () => (/* binding */ kolmogn),
/* harmony export */   of: () => (/* binding */ smirnovSf)
/* harmony export */ });
/**
 * Survival function of the two-sided one-sample Kolmogorov\u2013Smirnov statistic
 * D_n \u2014 scipy.stats.kstwo.sf(d, n) \u2014 which is what scipy.stats.ks_2samp uses
 * for its method='asymp' p-value (with n = round(n1\u00b7n2/(n1+n2))).
 *
 * A port of scipy/stats/_ksstats.py (Simard & L'Ecuyer's choice among the
 * Durbin matrix, Pomeranz recursion, Pelz\u2013Good expansion and the exact
 * one-sided Smirnov sum) and of Cephes' smirnov(). SciPy evaluates the Smirnov
 * sum in double-double arithmetic; here its terms are all positive and
 * summed in log space, which keeps ~1e-12 relative accuracy for n \u2264 10^6 \u2014
 * far inside what a p-value needs, and inside the golden tests' 1e-9.
 */
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const DBL_EPSILON = 2 ** -52;
/** Cephes MINLOG = log(2^-1075): exp() of anything below is 0. */
const CEPHES_MINLOG = -7.451332191019412076235e2;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
// Stirling coefficients B_2j/(2j)/(2j-1), j = 8..1.
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
const clip01 = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
const pick = (cdfProb, sfProb, cdf) => clip01(cdf ? cdfProb : sfProb);
function polyval(coeffs, x) {
    let y = 0;
    for (const c of coeffs)
        y = y * x + c;
    return y;
}
/** log(n! / n^n) by Stirling, with n\u00b7log(n) removed up front to avoid cancellation. */
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by Durbin's matrix algorithm as organised by Marsaglia, Tsang & Wang. */
function kolmognDMTW(n, d, cdf) {
    if (d >= 1)
        return pick(1, 0, cdf);
    const nd = n * d;
    if (nd <= 0.5)
        return pick(0, 1, cdf);
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j; // may underflow; harmless
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    // Multiply by n!/n^n, rescaling so the running product stays normal.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return pick(p, 1 - p, cdf);
}
/** p\u00b72^e without overflowing the intermediate power when e is far outside \u00b11023. */
function ldexp(p, e) {
    while (e > 1000) {
        p *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        p *= 2 ** -1000;
        e += 1000;
    }
    return p * 2 ** e;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python slice semantics (negative indices count from the end, bounds clamp), as the NumPy original relies on. */
function pySlice(arr, start, stop) {
    const len = arr.length;
    const norm = (i) => (i < 0 ? Math.max(len + i, 0) : Math.min(i, len));
    const s = norm(start);
    const e = norm(stop);
    return e > s ? arr.subarray(s, e) : new Float64Array(0);
}
function convolve(a, b) {
    if (a.length === 0 || b.length === 0)
        return new Float64Array(0);
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++) {
        const ai = a[i];
        for (let j = 0; j < b.length; j++)
            out[i + j] += ai * b[j];
    }
    return out;
}
/** Pr(D_n <= x) by the Pomeranz recursion (1974). */
function kolmognPomeranz(n, x, cdf) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const conv = convolve(pySlice(V0, k1 - V0s, k1 - V0s + ln2), pySlice(pwrs, 0, ln2));
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            const chunk = pySlice(conv, convStart, convStart + convLen);
            V1.set(chunk.subarray(0, Math.max(0, Math.min(convLen, V1.length))));
            let max = -Infinity;
            for (const vv of V1)
                if (vv > max)
                    max = vv;
            // Rescale to stay clear of underflow.
            if (max > 0 && max < EM128) {
                for (let q = 0; q < V1.length; q++)
                    V1[q] *= EP128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return pick(ans, 1 - ans, cdf);
}
/** Pelz\u2013Good (1976) approximation to Pr(D_n <= x), for small x\u00b7\u221an. */
function kolmognPelzGood(n, x, cdf) {
    if (x <= 0)
        return pick(0, 1, cdf);
    if (x >= 1)
        return pick(1, 0, cdf);
    const z = Math.sqrt(n) * x;
    const zsquared = z ** 2;
    const zthree = z ** 3;
    const zfour = z ** 4;
    const zsix = z ** 6;
    const qlog = -PI_SQUARED / 8 / zsquared;
    if (qlog < MIN_LOG)
        return pick(0, 1, cdf);
    let q = Math.exp(qlog);
    const k1a = -zsquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zsix + 2 * zfour;
    const k2b = ((2 * zfour - 5 * zsquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zsquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zsquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zsquared + 212 * zfour)) / 16;
    const k3b = (PI_SQUARED * (135 * zfour - 96 * zsix)) / 4;
    const k3a = -30 * zsix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner scheme over the odd terms c_i q^(i^2).
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const msquared = m ** 2;
        const mfour = m ** 4;
        const msix = m ** 6;
        const qpower = Math.pow(q, 8 * k);
        const coeffs = [1, k1a + k1b * msquared, k2a + k2b * msquared + k2c * mfour, k3a + k3b * msquared + k3c * mfour + k3d * msix];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    // The sums over all integers k for K_2 and K_3.
    q = Math.exp(-PI_SQUARED / 2 / zsquared);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const ksquared = k ** 2;
        const kspi = Math.PI * k;
        const qp = q ** ksquared;
        k2extra += ksquared * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qp;
    }
    K[2] += k2extra * ((PI_SQUARED * SQRT2PI) / (-36 * zthree));
    K[3] += k3extra * ((PI_SQUARED * SQRT2PI) / (216 * zsix));
    for (let i = 0; i < 4; i++)
        K[i] /= Math.pow(n, i / 2);
    if (!cdf) {
        for (let i = 0; i < 4; i++)
            K[i] *= -1;
        K[0] += 1;
    }
    return K[0] + K[1] + K[2] + K[3];
}
/** a\u00b7b exactly as hi + lo (Dekker's product; no FMA in JS). */
function twoProduct(a, b) {
    const p = a * b;
    const split = (v) => {
        const c = 134217729 * v; // 2^27 + 1
        const hi = c - (c - v);
        return [hi, v - hi];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x) \u2014 scipy.special.smirnov(n, x).
 * Cephes' special cases, then the Birnbaum\u2013Tingey sum
 *   x \u00b7 \u03a3_{v=0}^{\u230an(1\u2212x)\u230b} C(n,v) (x + v/n)^(v\u22121) (1 \u2212 x \u2212 v/n)^(n\u2212v),
 * whose terms are positive, so summing them in log space loses nothing to cancellation.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // floor(n\u00b7x) and the remainder, exactly: D is usually a ratio of counts, so n\u00b7x sits on or next to an integer.
    const [nxHi, nxLo] = twoProduct(n, x);
    let nxfl = Math.floor(nxHi);
    let alpha;
    if (nxfl === nxHi && nxLo < 0) {
        nxfl -= 1;
        alpha = 1 + nxLo;
    }
    else {
        alpha = nxHi - nxfl + nxLo;
    }
    if (alpha >= 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        // x <= 1/n: cdf = x (1+x)^(n-1)
        return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
    }
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxfl >= n - 1)
        return clip01(Math.pow(1 - x, n));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    // log A_v with A_v = C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v); x + v/n = (nxfl + v + alpha)/n keeps n\u00b7x exact.
    const nTerms = n1mxfl + 1;
    const vmid = Math.floor(n / 2);
    let logC = 0; // log C(n, v), accumulated as a scaled product to bound rounding growth
    let cMan = 1;
    let cExp = 0;
    let ref = NaN;
    let sum = 0;
    for (let v = 0; v < nTerms; v++) {
        const t1x = (nxfl + v + alpha) / n;
        const logT2 = t1x < 0.5 ? Math.log1p(-t1x) : Math.log((n - nxfl - v - alpha) / n);
        const logA = v === 0 ? n * Math.log1p(-x) - Math.log(x) : logC + (v - 1) * Math.log(t1x) + (n - v) * logT2;
        if (Number.isNaN(ref))
            ref = logA;
        if (logA - ref > 600) {
            sum *= Math.exp(ref - logA);
            ref = logA;
        }
        const a = Math.exp(logA - ref);
        sum += a;
        if (a !== 0) {
            if (4 * (nTerms - v) * a < DBL_EPSILON * sum && v !== nTerms - 1)
                break;
        }
        else if (v > vmid) {
            break;
        }
        cMan *= (n - v) / (v + 1);
        if (cMan > 2 ** 512 || cMan < 2 ** -512) {
            const e = Math.floor(Math.log2(cMan));
            cMan *= 2 ** -e;
            cExp += e;
        }
        logC = Math.log(cMan) + cExp * Math.LN2;
    }
    return clip01(Math.exp(Math.log(x) + Math.log(sum) + ref));
}
/**
 * Pr(D_n <= x) (cdf) or Pr(D_n > x) (sf) for the two-sided one-sample KS statistic \u2014
 * scipy.stats.kstwo.cdf/sf(x, n). n must be a positive integer.
 */
function kolmogn(n, x, cdf = true) {
    if (Number.isNaN(n) || Number.isNaN(x))
        return NaN;
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return pick(1, 0, cdf);
    if (x <= 0)
        return pick(0, 1, cdf);
    const t = n * x;
    if (t <= 1) {
        // Ruben\u2013Gambino: 1/2n <= x <= 1/n
        if (t <= 0.5)
            return pick(0, 1, cdf);
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return pick(prob, 1 - prob, cdf);
    }
    if (t >= n - 1) {
        const prob = 2 * (1 - x) ** n;
        return pick(1 - prob, prob, cdf);
    }
    if (x >= 0.5) {
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693) {
            const prob = kolmognDMTW(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        if (nxsquared <= 4) {
            const prob = kolmognPomeranz(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    // The CDF and SF switch methods at different nx\u00b2.
    if (!cdf) {
        if (nxsquared >= 370)
            return 0;
        if (nxsquared >= 2.2)
            return clip01(2 * smirnovSf(n, x));
    }
    let cdfprob;
    if (nxsquared >= 18)
        cdfprob = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdfprob = kolmognDMTW(n, x, true);
    else
        cdfprob = kolmognPelzGood(n, x, true);
    return pick(cdfprob, 1 - cdfprob, cdf);
}
/** scipy.stats.kstwo.sf(d, n): Pr(D_n > d). */
function kstwoSf(d, n) {
    if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d))
        return NaN;
    // rv_continuous answers 1 at and below the support's lower end 1/(2n) without calling _sf.
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    return kolmogn(n, d, false);
}


/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ksFromStatistic),
/* harmony export */   X: () => (/* binding */ ksTwoSample)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);
/* harmony import */ var _kolmogorov__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8299);


/** numpy.round: halves go to the even neighbour (0.5 \u2192 0, 2.5 \u2192 2). */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Two-sample Kolmogorov\u2013Smirnov test.
 *
 * D is evaluated at every point of both supports (the empirical CDFs only step
 * there, so that is the exact supremum when both sides are exact). The p-value
 * is SciPy's method='asymp': kstwo.sf(D, round(n\u00b7m/(n+m))) \u2014 the exact
 * one-sample distribution at the effective size, not the kstwobign limit.
 *
 * Degenerate input: identical samples give D = 0, p = 1. When n\u00b7m/(n+m) rounds
 * to 0 (one value on each side) SciPy returns NaN; we use an effective size of 1,
 * which gives p = 1 for D < 1 and p = 0 for D = 1. Throws EmptyDistributionError
 * when either side has no values.
 */
function ksTwoSample(reference, current) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('ks', reference, current);
    const a = reference.support();
    const b = current.support();
    let d = 0;
    let i = 0;
    let j = 0;
    // Merge-walk the two ascending supports so each distinct point is visited once.
    while (i < a.length || j < b.length) {
        let x;
        if (j >= b.length || (i < a.length && a[i] <= b[j])) {
            x = a[i];
            if (j < b.length && b[j] === x)
                j++;
            i++;
        }
        else {
            x = b[j];
            j++;
        }
        const diff = Math.abs(reference.cdf(x) - current.cdf(x));
        if (diff > d)
            d = diff;
    }
    return ksFromStatistic(d, reference.count, current.count);
}
/** The test from D and both sample sizes: what an engine that computed D itself needs. */
function ksFromStatistic(statistic, nReference, nCurrent) {
    const d = Math.min(1, statistic);
    const [m, n] = nReference >= nCurrent ? [nReference, nCurrent] : [nCurrent, nReference];
    const en = (m * n) / (m + n);
    const pValue = (0,_kolmogorov__WEBPACK_IMPORTED_MODULE_1__/* .kstwoSf */ .CN)(d, Math.max(1, roundHalfEven(en)));
    return { statistic: d, pValue: Number.isNaN(pValue) ? 1 : pValue };
}


/***/ }),

/***/ 7606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ psiTerm),
/* harmony export */   E0: () => (/* binding */ PSI_EPSILON),
/* harmony export */   H9: () => (/* binding */ psiCategorical),
/* harmony export */   UY: () => (/* binding */ quantileEdges),
/* harmony export */   js: () => (/* binding */ psi),
/* harmony export */   o8: () => (/* binding */ binShares)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);


/**
 * Floor for a bin's share before taking ln(actual/expected): 1e-4, the usual
 * choice (0.01%). An empty bin then contributes a large but finite term instead
 * of Infinity. Shares below the floor are raised to it; the shares are not
 * renormalised afterwards.
 */
const PSI_EPSILON = 1e-4;
/** One PSI term, (a \u2212 e)\u00b7ln(a/e), on floored shares. */
function psiTerm(expected, actual) {
    const e = Math.max(expected, PSI_EPSILON);
    const a = Math.max(actual, PSI_EPSILON);
    return (a - e) * Math.log(a / e);
}
/**
 * Bin edges at the reference's quantiles 1/k \u2026 (k\u22121)/k, deduplicated (ties and
 * constant columns collapse bins rather than leave empty ones), non-finite
 * edges dropped. The bins are (\u2212\u221e, e1], (e1, e2], \u2026, (e_last, +\u221e).
 */
function quantileEdges(reference, bins = 10) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`psi: bins must be a positive integer, got ${bins}`);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const e = reference.quantile(i / bins);
        if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]))
            edges.push(e);
    }
    return edges;
}
/** Shares of `dist` in each bin, from cdf() differences (so the same code serves exact and sketched distributions). */
function binShares(dist, edges) {
    const cdfs = [0, ...edges.map((e) => dist.cdf(e)), 1];
    const shares = [];
    for (let i = 1; i < cdfs.length; i++) {
        const share = cdfs[i] - cdfs[i - 1];
        // A sketch's CDF can dip by a rounding hair (or, if broken, answer NaN): neither may reach a report.
        shares.push(share > 0 ? share : 0);
    }
    return shares;
}
/**
 * Population Stability Index of `current` against `reference`:
 * \u03a3 (actual \u2212 expected)\u00b7ln(actual/expected) over the reference's quantile bins.
 * Identical data gives 0; a constant reference gives two bins, (\u2212\u221e, c] and (c, +\u221e).
 * Throws EmptyDistributionError when either side has no values.
 */
function psi(reference, current, options = {}) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', reference, current);
    const edges = quantileEdges(reference, options.bins ?? 10);
    const expected = binShares(reference, edges);
    const actual = binShares(current, edges);
    const bins = expected.map((e, i) => ({
        lower: i === 0 ? -Infinity : edges[i - 1],
        upper: i === edges.length ? Infinity : edges[i],
        expected: e,
        actual: actual[i],
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}
/**
 * PSI over categories (each category its own bin) on the union of both sides'
 * categories; a category seen on one side only gets the epsilon floor on the other.
 * A single shared category gives 0. Throws EmptyDistributionError when either side is empty.
 */
function psiCategorical(reference, current) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', reference, current);
    const aligned = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .alignCategories */ .q)(reference, current);
    const refTotal = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(aligned.reference);
    const curTotal = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(aligned.current);
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', { count: refTotal }, { count: curTotal });
    const bins = aligned.categories.map((category, i) => ({
        category,
        expected: aligned.reference[i] / refTotal,
        actual: aligned.current[i] / curTotal,
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}


/***/ }),

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ColumnGroup: () => (/* reexport */ column_group/* ColumnGroup */.o),
  ColumnProfiler: () => (/* reexport */ column/* ColumnProfiler */.k),
  CountedDistribution: () => (/* reexport */ frequencies/* CountedDistribution */.TU),
  DistinctCounter: () => (/* reexport */ distinct/* DistinctCounter */.$),
  DistinctRows: () => (/* reexport */ distinct_rows/* DistinctRows */.K),
  ENGINES: () => (/* reexport */ ENGINES),
  EXACT_DISTINCT: () => (/* reexport */ distinct/* EXACT_DISTINCT */.j),
  EXACT_LIMIT: () => (/* reexport */ quantiles/* EXACT_LIMIT */.C),
  EmptyDistributionError: () => (/* reexport */ drift_errors/* EmptyDistributionError */.mh),
  Frequencies: () => (/* reexport */ frequencies/* Frequencies */.RI),
  HashSet53: () => (/* reexport */ hash/* HashSet53 */.HI),
  MAX_CATEGORIES: () => (/* reexport */ frequencies/* MAX_CATEGORIES */.Uy),
  Moments: () => (/* reexport */ moments/* Moments */.W),
  PROFILE_QUANTILES: () => (/* reexport */ column/* PROFILE_QUANTILES */.X),
  PSI_EPSILON: () => (/* reexport */ psi/* PSI_EPSILON */.E0),
  QuantileSketch: () => (/* reexport */ quantiles/* QuantileSketch */.w),
  ROWS_IN_MEMORY: () => (/* reexport */ distinct_rows/* ROWS_IN_MEMORY */.y),
  RowHasher: () => (/* reexport */ hash/* RowHasher */.ae),
  TableProfiler: () => (/* reexport */ profile_table/* TableProfiler */.Y),
  addColumnTerms: () => (/* reexport */ row_lanes/* addColumnTerms */.R_),
  alignCategories: () => (/* reexport */ categories/* alignCategories */.q),
  binShares: () => (/* reexport */ psi/* binShares */.o8),
  buildValidationReport: () => (/* reexport */ buildValidationReport),
  categoricalFromCounts: () => (/* reexport */ exact/* categoricalFromCounts */.RN),
  checkId: () => (/* reexport */ load/* checkId */.ij),
  checkTypes: () => (/* reexport */ config/* checkTypes */.OE),
  chi2Sf: () => (/* reexport */ special/* chi2Sf */.wv),
  chiSquare: () => (/* reexport */ chi_square/* chiSquare */.U),
  configSchemas: () => (/* reexport */ config/* configSchemas */.Jq),
  defaultConfig: () => (/* reexport */ defaultConfig),
  exactCategorical: () => (/* reexport */ exact/* exactCategorical */.GC),
  exactNumeric: () => (/* reexport */ exact/* exactNumeric */.v),
  fmix: () => (/* reexport */ hash/* fmix */.jr),
  fold: () => (/* reexport */ hash/* fold */.AU),
  foldRowLanes: () => (/* reexport */ row_lanes/* foldRowLanes */.Jk),
  gammainc: () => (/* reexport */ special/* gammainc */.S$),
  gammaincc: () => (/* reexport */ special/* gammaincc */.Fx),
  hashAsciiBytes: () => (/* reexport */ hash/* hashAsciiBytes */.pP),
  hashColumn: () => (/* reexport */ hash/* hashColumn */.by),
  hashRow: () => (/* reexport */ hash/* hashRow */.vK),
  hashValue: () => (/* reexport */ hash/* hashValue */.gg),
  hivePartitions: () => (/* reexport */ read/* hivePartitions */.yA),
  isCheckType: () => (/* reexport */ config/* isCheckType */.zo),
  isEmptyDistributionError: () => (/* reexport */ drift_errors/* isEmptyDistributionError */.kI),
  isMissing: () => (/* reexport */ table/* isMissing */.b2),
  isNumericKind: () => (/* reexport */ table/* isNumericKind */.kw),
  isTemporalKind: () => (/* reexport */ table/* isTemporalKind */.PB),
  jensenShannon: () => (/* reexport */ jensen_shannon/* jensenShannon */.fy),
  jensenShannonBinned: () => (/* reexport */ jensen_shannon/* jensenShannonBinned */.PE),
  jensenShannonDistance: () => (/* reexport */ jensen_shannon/* jensenShannonDistance */.M$),
  kolmogn: () => (/* reexport */ kolmogorov/* kolmogn */.Mn),
  ksFromStatistic: () => (/* reexport */ ks/* ksFromStatistic */.D),
  ksTwoSample: () => (/* reexport */ ks/* ksTwoSample */.X),
  kstwoSf: () => (/* reexport */ kolmogorov/* kstwoSf */.CN),
  linearQuantile: () => (/* reexport */ sorted/* linearQuantile */.r),
  loadConfig: () => (/* reexport */ load/* loadConfig */.Z9),
  loadConfigSupport: () => (/* reexport */ load/* loadConfigSupport */.y$),
  loadParameters: () => (/* reexport */ load/* loadParameters */.p0),
  logGamma: () => (/* reexport */ special/* logGamma */.SX),
  mix: () => (/* reexport */ hash/* mix */.jh),
  nativeConfigSchema: () => (/* reexport */ config/* nativeConfigSchema */.HQ),
  newRowLanes: () => (/* reexport */ row_lanes/* newRowLanes */.y1),
  openDataset: () => (/* reexport */ read/* openDataset */.Jp),
  parseConfig: () => (/* reexport */ load/* parseConfig */.o4),
  psi: () => (/* reexport */ psi/* psi */.js),
  psiCategorical: () => (/* reexport */ psi/* psiCategorical */.H9),
  psiTerm: () => (/* reexport */ psi/* psiTerm */.$J),
  quantileEdges: () => (/* reexport */ psi/* quantileEdges */.UY),
  scan: () => (/* reexport */ scan),
  smirnovSf: () => (/* reexport */ kolmogorov/* smirnovSf */.of),
  sniffDelimiter: () => (/* reexport */ read/* sniffDelimiter */.yM),
  upperBound: () => (/* reexport */ sorted/* upperBound */.K),
  validateDataset: () => (/* reexport */ validateDataset),
  validationConfigJsonSchema: () => (/* reexport */ config/* validationConfigJsonSchema */.Fg)
});

// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: ./packages/data/src/checks/config.ts
var config = __webpack_require__(6838);
// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 6 modules
var load = __webpack_require__(3370);
// EXTERNAL MODULE: ./packages/data/src/checks/legacy.ts
var legacy = __webpack_require__(8047);
;// CONCATENATED MODULE: ./packages/data/src/checks/defaults.ts

/** Without a `config`, the flat shape's defaults run (1,000 rows, 5 % nulls, 1 % duplicates, 1 % per class): the checks a team gets for free. */
function defaultConfig() {
    return { source: 'default checks', format: 'seed-002', checksFor: (columns) => (0,legacy/* fromLegacy */.G)({}, columns) };
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
// EXTERNAL MODULE: ./packages/data/src/checks/compile.ts + 16 modules
var compile = __webpack_require__(1589);
// EXTERNAL MODULE: ./packages/data/src/read/index.ts + 9 modules
var read = __webpack_require__(4699);
// EXTERNAL MODULE: ./packages/data/src/profile/table.ts
var profile_table = __webpack_require__(5392);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
// EXTERNAL MODULE: ./packages/data/src/read/meter.ts
var read_meter = __webpack_require__(9650);
;// CONCATENATED MODULE: ./packages/data/src/read-progress.ts


const realProgressClock = {
    now: () => Date.now(),
    every(ms, tick) {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};
const PROGRESS_EVERY_MS = 5000;
/**
 * One progress line: share of the bytes read, rows per second and the time
 * left, estimated from the bytes (a row count is unknown until the end, and
 * while one long line is read no row finishes but bytes still come in).
 */
function progressLine(s) {
    const share = s.totalBytes > 0 ? Math.min(1, s.bytes / s.totalBytes) : 0;
    const parts = [`${s.role}: ${s.phase === 'schema' ? 'column types pass, ' : ''}${Math.floor(share * 100)}% of ${formatBytes(s.totalBytes)} read`];
    const seconds = s.elapsedMs / 1000;
    if (s.rows !== undefined)
        parts.push(`${(0,digits/* groupDigits */.K)(s.rows)} rows (${(0,digits/* groupDigits */.K)(Math.round(seconds > 0 ? s.rows / seconds : 0))} rows/s)`);
    if (share >= 1)
        parts.push('finishing');
    else
        parts.push(share > 0 ? `about ${formatDuration((s.elapsedMs * (1 - share)) / share)} left${s.phase === 'schema' ? ' in this pass' : ''}` : 'time left not known yet');
    return parts.join(', ');
}
/**
 * Runs `work` (a pass over a dataset's files) printing a progress line every
 * 5 s from a timer, so the line comes while the reader waits inside one long
 * line as much as between batches; nothing is added per row.
 */
async function withProgress(o, work) {
    const clock = o.clock ?? realProgressClock;
    const meter = { bytes: 0 };
    const started = clock.now();
    const stop = clock.every(PROGRESS_EVERY_MS, () => o.log(progressLine({ role: o.role, phase: o.phase, bytes: meter.bytes, totalBytes: o.totalBytes(), rows: o.rows?.(), elapsedMs: clock.now() - started })));
    try {
        return await (0,read_meter/* metered */.F)(meter, work);
    }
    finally {
        stop();
    }
}
function formatBytes(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)} GB`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} MB`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} kB`;
    return `${n} bytes`;
}
function formatDuration(ms) {
    const s = Math.max(1, Math.round(ms / 1000));
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m} min ${s % 60} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}

// EXTERNAL MODULE: ./packages/data/src/profile/heap-growth.ts
var heap_growth = __webpack_require__(4330);
// EXTERNAL MODULE: ./packages/core/src/builtin.ts
var builtin = __webpack_require__(198);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./packages/data/src/threads/optimize-on-thread.ts

let set = false;
/**
 * Has every thread started from now on compile its optimized code itself
 * instead of queueing it for V8's background compiler threads. With a
 * profiling thread per core, those compiler threads have no core of their own:
 * a thread ran its first row groups unoptimized while its optimizing jobs
 * waited behind the very threads that needed them. Compiled in place, the 1M-row
 * parquet benchmark files took 7\u201312% less on two threads (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 section). V8 reads the flag when it sets up an isolate, so the
 * main thread, already running, keeps its background compiler, which then has
 * it to itself. A run on one thread is slower compiling in place (+10%), so only
 * a run that starts threads does this. Only when code is compiled changes, never
 * a value counted.
 */
function optimizeOnOwnThreads() {
    if (set)
        return;
    set = true;
    external_node_v8_default().setFlagsFromString('--no-concurrent-recompilation');
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(7080);
;// CONCATENATED MODULE: ./packages/data/src/threads/protocol.ts


/** The messages that end a worker's job: it may exit after them. */
const isFinal = (m) => m.t === 'done' || m.t === 'error';
/** The workerData key that marks a thread as an mlship worker: its job comes as the first message. */
const protocol_WORKER_KEY = 'mlshipWorker';
/**
 * The argument a worker thread gets in its process.argv, besides WORKER_KEY: a bundle's
 * entry tells the main thread by its absence, without loading worker_threads (threads/entry.ts).
 */
const protocol_WORKER_ARG = '--mlship-worker';
function asWorkerError(e) {
    if (e instanceof UserError)
        return { user: true, message: e.message, ...e.details };
    const row = asRowError(e);
    if (row)
        return { user: true, message: row.message, row: { line: row.line, rest: row.rest, hint: row.hint } };
    const err = e instanceof Error ? e : new Error(String(e));
    return { user: false, message: err.message, stack: err.stack };
}
function fromWorker(e) {
    if (e.row)
        return new row_errors/* RowError */.Lw(e.row.line, e.row.rest, e.row.hint);
    if (e.user)
        return new errors/* UserError */.yo(e.message, { ...(e.where !== undefined ? { where: e.where } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) });
    const err = new Error(e.message);
    if (e.stack)
        err.stack = e.stack;
    return err;
}

;// CONCATENATED MODULE: ./packages/data/src/threads/spawn.ts





/** Runs `job` on `port`: the loop every worker thread runs (threads/entry.ts), and the in-process parties too. */
function spawn_serveJob(port, job) {
    return job.kind === 'columns' ? serveColumns(port, job) : serveChunks(port);
}
const threads = (0,builtin/* lazyBuiltin */.q)('node:worker_threads');
/** Threads started ahead of their job (warmThreads), by entry file. */
const warm = [];
function startThread(entry) {
    optimizeOnOwnThreads();
    return new (threads().Worker)(entry, { workerData: { [protocol_WORKER_KEY]: true }, argv: [protocol_WORKER_ARG] });
}
/**
 * Starts `count` worker threads now, before anyone knows their job, so they
 * load the bundle while this thread is still opening the data and compiling
 * the checks (~0.1 s of a thread's start that no longer delays its first
 * batch). Unused, they are ended with `endWarmThreads`, and never keep the
 * process alive.
 */
function warmThreads(entry, count) {
    for (let i = warm.filter((w) => w.entry === entry.href).length; i < count; i++) {
        const slot = { entry: entry.href, worker: startThread(entry), exited: false };
        slot.worker.unref();
        // A thread that fails before it has a job is not adopted (it exited); nothing waits on it.
        slot.worker.on('error', () => { });
        slot.worker.on('exit', () => (slot.exited = true));
        warm.push(slot);
    }
}
/** Ends the warm threads no job took. */
async function endWarmThreads() {
    await Promise.all(warm.splice(0).map((w) => w.worker.terminate()));
}
function adoptThread(entry) {
    for (let i = warm.length - 1; i >= 0; i--) {
        if (warm[i].entry !== entry.href)
            continue;
        const [slot] = warm.splice(i, 1);
        if (slot.exited)
            continue;
        slot.worker.removeAllListeners();
        slot.worker.ref();
        return slot.worker;
    }
    return startThread(entry);
}
/** A worker thread running `entry` (the bundle's own file; threads/entry.ts routes it to the worker loop), warm if one is. */
const threadSpawner = (entry) => (job, on) => {
    let finished = false;
    const worker = adoptThread(entry);
    worker.postMessage({ t: 'job', job });
    worker.on('message', (m) => {
        if (isFinal(m))
            finished = true;
        on.message(m);
    });
    worker.on('error', (e) => on.failure(e));
    worker.on('exit', (code) => {
        if (!finished)
            on.failure(new Error(`a worker thread exited (code ${code}) before it finished its work`));
    });
    return {
        post: (m, transfer) => worker.postMessage(m, transfer),
        stop: async () => {
            finished = true;
            await worker.terminate();
        },
    };
};
/**
 * The worker loop on a MessageChannel in this thread: the same messages and
 * transfers as a thread, for tests under a runner that cannot start a thread
 * on TypeScript sources.
 */
const inProcessSpawner = (job, on) => {
    const { port1, port2 } = new (threads().MessageChannel)();
    port1.on('message', on.message);
    spawn_serveJob(port2, job).catch((e) => on.failure(e instanceof Error ? e : new Error(String(e))));
    return {
        post: (m, transfer) => port1.postMessage(m, transfer),
        stop: async () => {
            port1.postMessage({ t: 'stop' });
            port1.close();
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/threads/entry.ts

// Static, so a bundle holds the reader and profiler once, in the chunk its entry file
// loads first, which the main thread's later chunks share.

/**
 * The script a profiling worker runs: the bundle that holds this code, named
 * by its entry module (in a bundle, a chunk's own import.meta.url is the
 * chunk, which cannot run on its own). Unset (the library under tests, a
 * bundle whose entry does not register), the data is profiled in the main thread.
 */
let entry;
/** Registers a bundle's entry (its import.meta.url): its worker threads start that file. */
function profileWorkersFrom(url) {
    entry = new URL(url);
}
/**
 * What a bundle's entry does once loaded, from its import.meta.url: a thread it
 * started to profile or parse runs that job and nothing else; the main thread
 * registers the entry for its workers and runs `main`, which imports the
 * command or action itself, so a worker never loads it.
 */
async function serveOrRun(url, main) {
    if (await serveProfileWorker())
        return;
    profileWorkersFrom(url);
    await main();
}
const profileWorkerEntry = () => entry;
/** How workers start: `spawn` when a test brings its own, else threads on the registered entry; undefined when neither. */
const workerSpawn = (spawn) => spawn ?? (entry ? threadSpawner(entry) : undefined);
/**
 * In a thread started as a worker (profiling columns, parsing CSV or JSONL): runs its job and resolves true,
 * and the entry does nothing else. In any other thread: false, at once.
 */
async function serveProfileWorker() {
    // The main thread, most often: it need not load worker_threads to know (2\u20133 ms of a cold start).
    if (!process.argv.includes(WORKER_ARG))
        return false;
    const { isMainThread, parentPort: port, workerData } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
    if (isMainThread || !port || !workerData?.[WORKER_KEY])
        return false;
    // The job is the first message: a thread may be started before its job is known (warmThreads).
    // Served from within that message's event, so the job's listeners are on the port before the next one.
    await new Promise((resolve, reject) => port.once('message', (m) => {
        if (m.t === 'job')
            serveJob(port, m.job).then(resolve, reject);
    }));
    return true;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/data/src/threads/plan.ts


const THREADS_ENV = 'MLSHIP_THREADS';
/**
 * Threads to profile with, from MLSHIP_THREADS: unset or empty for every core
 * (`auto`), a whole number \u2265 1 for exactly that many, 1 for the single-threaded scan.
 */
function threadsSetting(env = process.env) {
    const raw = env[THREADS_ENV]?.trim();
    if (!raw)
        return 'auto';
    if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
        throw new src/* UserError */.yo(`${THREADS_ENV} must be a whole number of threads of 1 or more, not "${raw}"`, {
            hint: `Unset it to profile on every core (${external_node_os_default().availableParallelism()} here), or set 1 for a single thread.`,
        });
    }
    return Number(raw);
}
/**
 * Threads (the main one counted) for `bytes` of data: `auto` takes every core
 * from `minBytes` on and one thread below it; a number is taken as it is.
 */
function threadsFor(setting, bytes, minBytes) {
    return setting === 'auto' ? (bytes >= minBytes ? external_node_os_default().availableParallelism() : 1) : setting;
}
/**
 * Columns split into `parties` groups of about equal cost: the costliest
 * column first, each to the group with the least so far (ties to the lowest
 * group), party 0 (the main thread) starting with `head` (its own work of
 * combining the row hashes) and every other with `start` (a worker thread
 * loads the bundle before its first batch). Deterministic: the same costs give the same split.
 * Every group's indices ascend; a group may be empty only when there are
 * fewer columns than parties.
 */
function partitionColumns(costs, parties, head = 0, start = 0) {
    const load = Array.from({ length: parties }, (_, p) => (p === 0 ? head : start));
    const groups = Array.from({ length: parties }, () => []);
    const order = costs.map((c, i) => [c, i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [cost, column] of order) {
        let best = 0;
        for (let p = 1; p < parties; p++)
            if (load[p] < load[best])
                best = p;
        groups[best].push(column);
        load[best] += cost;
    }
    return groups.map((g) => g.sort((x, y) => x - y));
}

;// CONCATENATED MODULE: ./packages/data/src/threads/chunk-pool.ts




/**
 * Below this many bytes `auto` parses a text file in the reading thread. A
 * worker thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
const TEXT_AUTO_MIN_BYTES = 8 << 20;
/**
 * CSV records and JSONL lines parsed on worker threads while the reading
 * thread profiles: one worker fewer than the threads allowed (MLSHIP_THREADS,
 * every core when unset). The workers start with the first file worth them
 * and serve every file after it (each file's parse is defined once per
 * worker), until `dispose`. Undefined when no thread can start (a bundle
 * whose entry does not register, the library under tests) or one thread is
 * asked for.
 */
function chunkParsers(options = {}) {
    const setting = options.threads ?? threadsSetting();
    const spawn = workerSpawn(options.spawn);
    if (!spawn || setting === 1)
        return undefined;
    const shared = sharedWorkers(spawn);
    return {
        workersFor: (bytes) => threadsFor(setting, bytes, TEXT_AUTO_MIN_BYTES) - 1,
        open: (job, workers) => shared.pool(job, workers),
        dispose: () => shared.dispose(),
    };
}
/**
 * Chunks a started worker holds at most. The main thread hands chunks out only
 * between the batches it profiles (~25 ms each), so with two a worker ran dry
 * and sat idle for 0.9 s of a 2.2 s run on the 1M-row benchmark CSV.
 */
const WORKER_ROOM = 4;
/** The workers of one run, started as files need them; each file's chunks go to started ones with room, the least loaded. */
function sharedWorkers(spawn) {
    const slots = [];
    let seq = 0;
    let jobs = 0;
    let broken;
    let parsedChunks = 0;
    let waiters = [];
    const changed = () => {
        const w = waiters;
        waiters = [];
        for (const f of w)
            f();
    };
    const start = () => {
        const slot = { party: undefined, ready: false, waiting: new Map() };
        slot.party = spawn({ kind: 'chunks' }, {
            message: (m) => {
                if (m.t === 'ready')
                    slot.ready = true;
                else if (m.t === 'parsed' || m.t === 'refused') {
                    const pending = slot.waiting.get(m.seq);
                    slot.waiting.delete(m.seq);
                    if (m.t === 'parsed') {
                        // Parsed chunks wait in this heap until laid out in batches, and each worker's heap holds its own:
                        // on the benchmark CSV, tightened from the start, peak RSS went 275\u2013340 \u2192 256\u2013283 MB (1M and 5M rows)
                        // for 8\u201310% more time, so only past the mark (an RSS read every 8 chunks).
                        if ((parsedChunks++ & 7) === 0)
                            (0,heap_growth/* tightenOldGenerationPast */.$o)();
                        pending?.resolve(m.result);
                    }
                    else
                        pending?.reject(fromWorker(m.error));
                }
                changed();
            },
            failure: (e) => {
                broken ??= e;
                slot.ready = false;
                for (const p of slot.waiting.values())
                    p.reject(e);
                slot.waiting.clear();
                changed();
            },
        });
        return slot;
    };
    const room = (s) => (s.ready && !broken ? WORKER_ROOM - s.waiting.size : 0);
    return {
        pool(job, workers) {
            while (slots.length < workers)
                slots.push(start());
            const mine = slots.slice(0, workers);
            const id = jobs++;
            const defined = new Set();
            return {
                free: () => mine.reduce((sum, s) => sum + Math.max(0, room(s)), 0),
                parse(chunk) {
                    const to = mine.reduce((a, b) => (room(b) > room(a) ? b : a));
                    if (!defined.has(to)) {
                        to.party.post({ t: 'define', id, job });
                        defined.add(to);
                    }
                    const n = seq++;
                    return new Promise((resolve, reject) => {
                        to.waiting.set(n, { resolve: resolve, reject });
                        to.party.post({ t: 'chunk', seq: n, job: id, chunk }, [chunk.bytes.buffer]);
                    });
                },
                changed: () => new Promise((r) => waiters.push(r)),
                // The workers stay for the next file; they drop this one's parse.
                close: async () => {
                    for (const s of defined)
                        s.party.post({ t: 'forget', id });
                },
            };
        },
        async dispose() {
            await Promise.all(slots.splice(0).map((s) => s.party.stop()));
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/data/src/profile/column.ts
var column = __webpack_require__(8060);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(2818);
;// CONCATENATED MODULE: ./packages/data/src/threads/profile-threads.ts








/**
 * Below this many bytes of data `auto` stays in one thread: a worker's first
 * batch comes ~0.25 s after the main thread's, and on files of 7.7 and 15 MB
 * two threads were slower than one, on 38 MB faster (bench/validate-data/RESULTS.md).
 */
const AUTO_MIN_BYTES = 32 << 20;
/** Batches a party may run ahead of the combined row hashes: bounds the shares held in memory. */
const WINDOW = 3;
/**
 * The threads to profile `ds` on (the main thread counted), or 1 for the
 * single-threaded scan: parquet only (its columns decode apart), no row-level
 * rule (they need whole rows in the main thread), at most one thread a column.
 */
function profileThreads(ds, rowRules, options = {}) {
    const setting = options.threads ?? threadsSetting();
    const spawn = workerSpawn(options.spawn);
    if (!spawn || rowRules > 0 || ds.files.some((f) => f.format !== 'parquet'))
        return undefined;
    const bytes = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
    const parties = Math.min(threadsFor(setting, bytes, AUTO_MIN_BYTES), ds.schema.fields.length);
    return parties > 1 ? { parties, spawn, start: options.workerStartCost ?? WORKER_START_COST } : undefined;
}
/**
 * Per-row and per-byte cost of profiling a column, relative (calibrated on
 * bench/validate-data's files, see RESULTS.md): hashing, counting and
 * sketching a value by kind, plus decoding its bytes.
 */
const ROW_COST = { string: 3, binary: 3, nested: 3, bool: 1 };
const NUMBER_ROW_COST = 2;
const BYTE_COST = 0.1;
/** The main thread's own work per row: adding up the row-hash shares and the duplicate-row set. */
const COMBINE_ROW_COST = 1;
/**
 * How far behind the main thread a worker is by the end of its first batch:
 * it opens the data ~30 ms later (it starts early, threads/warm.ts) and
 * compiles its optimized code in place, so its first batch takes ~100-170 ms
 * longer. ~0.19 s, as much as ~3.5M rows of weight 1 (a numeric column of 1M
 * rows, weight 2, takes ~0.11 s). 3.5M moves the 1M-row benchmark file's
 * cheapest column to the main thread (2-5% less time, zstd); 4M also moved the
 * 5M-row files' split, two incompressible columns to the main thread, which
 * then peaked 33 MB higher for no time (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 and 2026-12-07 02:20 sections).
 */
const WORKER_START_COST = 3_500_000;
/** Each column's estimated cost, from the footers: rows by the kind's weight plus decoded bytes. */
async function columnCosts(ds, cwd) {
    // Loaded with the parquet reader, as read/index.ts loads it: a bundle keeps the footer code in that chunk only.
    const { parquetColumnBytes } = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 1420));
    const { rows, bytes } = await parquetColumnBytes(ds.files.map((file) => ({ file, abs: external_node_path_default().resolve(cwd, file.path) })));
    const costs = ds.schema.fields.map((f) => rows * (ROW_COST[f.kind] ?? NUMBER_ROW_COST) + (bytes.get(f.name) ?? 0) * BYTE_COST);
    return { costs, head: rows * COMBINE_ROW_COST };
}
/**
 * The columns of each thread that has any, the main thread's first (it may
 * have none: it still adds up the row hashes): a worker whose head start
 * outweighs every column it could take is not started. One group left means
 * the table is too little work to share.
 */
function columnGroups(costs, head, plan) {
    return partitionColumns(costs, plan.parties, head, plan.start).filter((g, p) => p === 0 || g.length > 0);
}
/**
 * Profiles `ds` into `profiler` on one thread a group of columns
 * (columnGroups): each thread reads and decodes only its columns, and each
 * column's profiler sees the same values in the same order as in the
 * single-threaded scan, so its statistics (sketches included) are the same,
 * with no merge. The duplicate-row count takes every thread's share of each
 * row's hash (row-lanes.ts), added up here in batch order. The main thread
 * profiles the first group itself.
 *
 * A failure anywhere stops every thread; of several, the one in the earliest
 * batch (then the first column) is thrown, the one the single-threaded scan
 * would have met first.
 */
async function profileInThreads(ds, opened, profiler, plan, onRows) {
    const fields = ds.schema.fields;
    const { groups } = plan;
    const parties = groups.length;
    const own = new column_group/* ColumnGroup */.o(groups[0].map((i) => fields[i]), groups[0], true);
    const slots = new Map();
    const last = new Array(parties).fill(-1);
    const states = new Array(parties).fill(undefined);
    const ended = new Array(parties).fill(false);
    let combined = 0;
    let failure;
    let pendingBytes = 0;
    let wake;
    const changed = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const next = () => new Promise((r) => (wake = r));
    const workers = [];
    const fail = (party, seq, error) => {
        ended[party] = true;
        const column = columnNamed(error, fields.map((f) => f.name)) ?? groups[party][0] ?? 0;
        if (!failure || seq < failure.seq || (seq === failure.seq && column < failure.column))
            failure = { seq, column, error };
        changed();
    };
    const deliver = (party, seq, n, lanes) => {
        let slot = slots.get(seq);
        if (!slot)
            slots.set(seq, (slot = { n, parts: [] }));
        if (slot.n !== n)
            return fail(party, seq, new Error(`profiling threads disagree on batch ${seq}: ${slot.n} rows in one, ${n} in another`));
        slot.parts.push(lanes);
        last[party] = seq;
        while ((slot = slots.get(combined)) && slot.parts.length === parties) {
            profiler.addRows(slot.parts, slot.n);
            onRows(slot.n);
            slots.delete(combined);
            for (const w of workers)
                w.post({ t: 'ack', seq: combined });
            combined++;
        }
        changed();
    };
    const settled = () => ended.every((e, p) => e || (failure !== undefined && last[p] >= failure.seq));
    const flushBytes = () => {
        (0,read_meter/* countBytes */.T)(pendingBytes);
        pendingBytes = 0;
    };
    try {
        for (let p = 1; p < parties; p++) {
            const job = { ...opened, files: ds.files, columns: groups[p], window: WINDOW };
            workers.push(plan.spawn({ kind: 'columns', ...job }, {
                message: (m) => {
                    if (m.t === 'rows') {
                        pendingBytes += m.bytes;
                        deliver(p, m.seq, m.n, { a: m.a, b: m.b });
                    }
                    else if (m.t === 'done') {
                        pendingBytes += m.bytes;
                        states[p] = m.columns;
                        ended[p] = true;
                        changed();
                    }
                    else if (m.t === 'error') {
                        fail(p, m.seq, fromWorker(m.error));
                    }
                },
                failure: (e) => fail(p, last[p] + 1, e),
            }));
        }
        let seq = 0;
        try {
            for await (const batch of ds.batches({ columns: groups[0].map((i) => fields[i].name), rawText: true })) {
                flushBytes();
                // Each thread's heap holds its promoted batches until a full collection (profile/heap-growth.ts).
                (0,heap_growth/* tightenOldGenerationPast */.$o)();
                deliver(0, seq, batch.numRows, own.add(batch));
                seq++;
                if (failure && seq > failure.seq)
                    break;
                while (seq - combined > WINDOW && !failure)
                    await next();
            }
            ended[0] = true;
            changed();
        }
        catch (e) {
            fail(0, seq, e instanceof Error ? e : new Error(String(e)));
        }
        while (!settled()) {
            await next();
            flushBytes();
        }
        flushBytes();
        if (failure)
            throw failure.error;
        if (slots.size > 0 || combined !== seq)
            throw new Error(`profiling threads ended at different batches: ${combined} combined of ${seq}`);
        own.profilers.forEach((c, j) => profiler.adopt(groups[0][j], c));
        for (let p = 1; p < parties; p++)
            states[p].forEach((s, j) => profiler.adopt(groups[p][j], column/* ColumnProfiler */.k.fromState(fields[groups[p][j]], s)));
    }
    finally {
        await Promise.all(workers.map((w) => w.stop()));
    }
}
/** The schema index of the column a reader's error names (`column "x"`), if it names one. */
function columnNamed(e, names) {
    const m = /column "([^"]*)"/.exec(e.message);
    const i = m ? names.indexOf(m[1]) : -1;
    return i >= 0 ? i : undefined;
}

;// CONCATENATED MODULE: ./packages/data/src/threads/warm.ts








/**
 * Threads (the main one counted) the data will likely get, by the measure each
 * path decides on: parquet split by column (all the files' bytes), CSV/JSONL
 * parsed in chunks (file by file, so the largest file); one for a mix.
 */
function likelyThreads(files, setting) {
    const parquet = files.every((f) => f.format === 'parquet');
    if (files.length === 0 || (!parquet && files.some((f) => f.format === 'parquet')))
        return 1;
    const sizes = files.map((f) => f.sizeBytes);
    return parquet ? threadsFor(setting, sizes.reduce((a, b) => a + b, 0), AUTO_MIN_BYTES) : threadsFor(setting, Math.max(...sizes), TEXT_AUTO_MIN_BYTES);
}
/**
 * Starts the worker threads the data will likely get as soon as its files are
 * known. A check that needs whole rows may still keep parquet on one thread;
 * the threads no job took end with the run.
 */
function warmWorkersFor(files, options = {}) {
    const entry = profileWorkerEntry();
    if (options.spawn || !entry)
        return;
    warmThreads(entry, likelyThreads(files, options.threads ?? threadsSetting()) - 1);
}
/**
 * The step's data input when it is one parquet, CSV or JSONL file named as it
 * is, for the local engine; undefined for anything else (a directory, a glob,
 * a remote URL, a SQL engine), which only resolving the data can size.
 */
function fileOfInput(data, engine, cwd = process.cwd()) {
    const file = data?.trim();
    if (!file || (engine && engine !== 'local'))
        return undefined;
    const format = formatOf(file);
    const stat = format && fs.statSync(path.resolve(cwd, file), { throwIfNoEntry: false });
    return format && stat?.isFile() ? { format, sizeBytes: stat.size } : undefined;
}
/**
 * warmWorkersFor from the step's data input, before the command that reads it
 * is even loaded (its config schemas and readers, ~50 ms on a runner's two
 * cores). Data it cannot size waits for warmWorkersFor on the resolved files,
 * which tops the warm threads up to what they need.
 */
function warmWorkersForInput(data, engine, cwd = process.cwd()) {
    const file = fileOfInput(data, engine, cwd);
    if (!file)
        return;
    try {
        warmWorkersFor([file]);
    }
    catch {
        // A malformed MLSHIP_THREADS: the run itself refuses it, in one line, once its report can say so.
    }
}


;// CONCATENATED MODULE: ./packages/data/src/sql/engines.ts
/**
 * The engine names, apart from the engines: the action's input schema and
 * the local reader need the list, and importing it from run.ts would load
 * the SQL compiler and every adapter into each run (they are a chunk loaded
 * only when an engine is chosen).
 */
const ENGINES = ['local', 'duckdb', 'postgres', 'clickhouse', 'bigquery', 'snowflake', 'databricks', 'trino'];

;// CONCATENATED MODULE: ./packages/data/src/validate.ts











/**
 * One streaming pass: open everything and compile the checks first (so a typo
 * fails before minutes of reading), profile the reference, then read the data
 * once, feeding the profiler and every row-level rule from the same batches.
 */
async function validateDataset(opts) {
    if (opts.engine) {
        // A chunk of its own: a local run never loads the SQL compiler and adapters.
        const { validateOnEngine } = await __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 7522));
        return validateOnEngine({ ...opts, engine: opts.engine });
    }
    if (opts.data === undefined)
        throw new src/* UserError */.yo('data is not set', { hint: 'Give the dataset to validate: a file, a directory or a glob.' });
    // One set of parsing workers for every CSV and JSONL file of the run, data and reference alike.
    const parsers = chunkParsers(opts.threads);
    try {
        return await validateLocally(opts, opts.data, parsers);
    }
    finally {
        await parsers?.dispose();
        await endWarmThreads();
    }
}
async function validateLocally(opts, dataSpec, parsers) {
    const started = Date.now();
    const cwd = opts.cwd ?? process.cwd();
    const progress = opts.progress ?? (() => { });
    const clock = opts.progressClock ?? realProgressClock;
    const maxLineBytes = opts.config.read?.max_line_bytes;
    const open = (spec, role) => {
        let total = 0;
        const parsing = (file, workers) => progress(`${role}: parsing ${file.path} on ${workers} worker thread${workers === 1 ? '' : 's'} (${THREADS_ENV}=1 for none)`);
        const onFiles = (files) => {
            total = sizeOf(files);
            // The data's threads start loading now, while the files are opened and the checks compiled.
            if (role === 'data')
                warmWorkersFor(files, opts.threads);
        };
        const options = { cwd, role, csv: opts.config.read?.csv, maxLineBytes, chunkParsers: parsers && { ...parsers, started: parsing }, onFiles };
        return withProgress({ role, phase: 'schema', totalBytes: () => total, log: progress, clock }, () => (0,read/* openDataset */.Jp)(spec, options));
    };
    const data = await open(dataSpec, 'data');
    const reference = opts.reference ? await open(opts.reference, 'reference') : undefined;
    const testData = opts.testData ? await open(opts.testData, 'test-data') : undefined;
    if (reference)
        assertSameSchema(data, reference);
    const specs = opts.config.checksFor(data.schema.fields.map((f) => f.name));
    const rules = (0,compile/* compileChecks */.n)(specs, { schema: data.schema, source: opts.config.source, reference, testData });
    let referenceResults;
    if (reference) {
        const profiler = new profile_table/* TableProfiler */.Y(reference.schema);
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
    const profiler = new profile_table/* TableProfiler */.Y(data.schema);
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
    const plan = profileThreads(ds, observers.length, threads);
    const columns = ds.schema.fields.length;
    // The footers read here are not the scan's bytes: before the progress meter starts.
    const groups = plan ? await columnCosts(ds, opened.cwd).then(({ costs, head }) => columnGroups(costs, head, plan)) : [];
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
    progress(`${opened.role}: profiling ${columns} columns on ${groups.length} threads (${THREADS_ENV}=1 for one)`);
    let rows = 0;
    const total = sizeOf(ds.files);
    await withProgress({ role: opened.role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, () => profileInThreads(ds, opened, profiler, { spawn: plan.spawn, groups }, (n) => (rows += n)));
}
/** Reads every batch, with a progress line every 5 s (share of bytes, rows/s, time left). */
async function scan(ds, role, progress, clock, onBatch, options = {}) {
    let rows = 0;
    const total = sizeOf(ds.files);
    await withProgress({ role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, async () => {
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
            throw new src/* UserError */.yo(`column "${f.name}" is in the data but not in the reference`, { where, hint });
        const same = r.kind === f.kind || ((0,table/* isNumericKind */.kw)(r.kind) && (0,table/* isNumericKind */.kw)(f.kind));
        if (!same)
            throw new src/* UserError */.yo(`column "${f.name}" is ${r.kind} in the reference but ${f.kind} in the data`, { where, hint: 'Declare the CSV type under read.csv.types, or fix the reference.' });
    }
    for (const f of reference.schema.fields) {
        if (!cur.has(f.name))
            throw new src/* UserError */.yo(`column "${f.name}" is in the reference but not in the data`, { where, hint });
    }
}

;// CONCATENATED MODULE: ./packages/data/src/report.ts

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
    return (0,src/* createReport */.LU)({
        action: 'validate-data',
        title: 'Data Validation Report',
        summary: `\`${o.dataset.spec}\`: ${(0,src/* groupDigits */.K9)(profile.rows)} rows \u00d7 ${o.dataset.columns} columns ${o.engine && !o.dataset.files ? `on engine ${o.engine.name}` : `in ${o.dataset.files} ${o.dataset.format} file(s) (${mb} MB)${o.engine ? ` on engine ${o.engine.name}` : ''}`}, ${profile.duplicateRows} duplicate rows; checks from ${o.configSource} (${shapeName[o.configFormat]}); ${(o.elapsedMs / 1000).toFixed(2)} s.`,
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

// EXTERNAL MODULE: ./packages/data/src/drift/psi.ts
var psi = __webpack_require__(7606);
// EXTERNAL MODULE: ./packages/data/src/drift/ks.ts
var ks = __webpack_require__(4026);
// EXTERNAL MODULE: ./packages/data/src/drift/chi-square.ts
var chi_square = __webpack_require__(2598);
// EXTERNAL MODULE: ./packages/data/src/drift/jensen-shannon.ts
var jensen_shannon = __webpack_require__(1335);
// EXTERNAL MODULE: ./packages/data/src/drift/exact.ts
var exact = __webpack_require__(8157);
// EXTERNAL MODULE: ./packages/data/src/drift/categories.ts
var categories = __webpack_require__(5436);
// EXTERNAL MODULE: ./packages/data/src/drift/errors.ts
var drift_errors = __webpack_require__(9063);
// EXTERNAL MODULE: ./packages/data/src/drift/special.ts
var special = __webpack_require__(6969);
// EXTERNAL MODULE: ./packages/data/src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(8299);
;// CONCATENATED MODULE: ./packages/data/src/drift/index.ts










// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(7774);
// EXTERNAL MODULE: ./packages/data/src/profile/quantiles.ts + 1 modules
var quantiles = __webpack_require__(9435);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct.ts
var distinct = __webpack_require__(1138);
// EXTERNAL MODULE: ./packages/data/src/profile/frequencies.ts
var frequencies = __webpack_require__(3454);
// EXTERNAL MODULE: ./packages/data/src/profile/moments.ts
var moments = __webpack_require__(7613);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct-rows.ts
var distinct_rows = __webpack_require__(9902);
// EXTERNAL MODULE: ./packages/data/src/profile/row-lanes.ts
var row_lanes = __webpack_require__(9170);
;// CONCATENATED MODULE: ./packages/data/src/profile/index.ts











// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(817);
;// CONCATENATED MODULE: ./packages/data/src/index.ts













/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ColumnGroup)
/* harmony export */ });
/* harmony import */ var _column__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8060);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7774);
/* harmony import */ var _row_lanes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9170);



/**
 * Some of a table's columns profiled together: the whole table in the
 * single-threaded scan, a worker thread's share in the partitioned one. Each
 * batch gives back the group's share of the row hashes (row-lanes.ts), which
 * the table adds up with the other groups' shares.
 */
class ColumnGroup {
    indices;
    freshLanes;
    profilers;
    hashes = new Float64Array(0);
    lanes = (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .newRowLanes */ .y1)(0);
    /**
     * @param indices each field's index in the table's schema (the key of its row-hash terms)
     * @param freshLanes a new lanes buffer per batch, for lanes handed to another thread (transferred, so not reusable)
     */
    constructor(fields, indices, freshLanes = false) {
        this.indices = indices;
        this.freshLanes = freshLanes;
        this.profilers = fields.map((f) => new _column__WEBPACK_IMPORTED_MODULE_1__/* .ColumnProfiler */ .k(f));
    }
    /** `batch.columns[j]` holds the column at `indices[j]`. */
    add(batch) {
        const n = batch.numRows;
        if (this.freshLanes || this.lanes.a.length < n)
            this.lanes = (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .newRowLanes */ .y1)(n);
        else {
            this.lanes.a.fill(0, 0, n);
            this.lanes.b.fill(0, 0, n);
        }
        if (this.hashes.length < n)
            this.hashes = new Float64Array(n);
        const h = this.hashes;
        for (let j = 0; j < this.profilers.length; j++) {
            const values = batch.columns[j];
            const profiler = this.profilers[j];
            const raw = batch.raw?.[j];
            const coded = batch.coded?.[j];
            if (raw)
                profiler.addRaw(raw, h, n);
            else if (!coded || !profiler.addCoded(coded, h, n)) {
                (0,_hash__WEBPACK_IMPORTED_MODULE_2__/* .hashColumn */ .by)(values, h, n);
                profiler.add(values, h, n);
            }
            (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .addColumnTerms */ .R_)(h, this.indices[j], this.lanes, n);
        }
        return this.lanes;
    }
}


/***/ }),

/***/ 8060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   k: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(194);
/* harmony import */ var _distinct__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _frequencies__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3454);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7774);
/* harmony import */ var _long_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6378);
/* harmony import */ var _moments__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7613);
/* harmony import */ var _quantiles__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9435);







const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
/**
 * `a < b` in code point order, Python's (so pandas') string order. JS `<`
 * compares UTF-16 units, which sorts characters past U+FFFF (surrogate pairs,
 * 0xD800\u20130xDFFF) before U+E000\u2013U+FFFF: 'a\ud83d\ude00' < 'a\uff21' in JS, not in pandas.
 */
function codePointLess(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x < 0xd800 || y < 0xd800)
            return x < y;
        // Both at or above the surrogates: lift surrogates past the BMP.
        return (x < 0xe000 ? x + 0x10000 : x) < (y < 0xe000 ? y + 0x10000 : y);
    }
    return a.length < b.length;
}
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
/** Length in code points, as pandas' `str.len()` counts (a surrogate pair is one character). */
function codePointLength(s) {
    // The regular expression's scan is native: 2-3 times faster than the loop on text without pairs, which is most text.
    if (!LOW_SURROGATE.test(s))
        return s.length;
    let n = s.length;
    for (let i = 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) {
            const h = s.charCodeAt(i - 1);
            if (h >= 0xd800 && h <= 0xdbff)
                n--;
        }
    }
    return n;
}
/** `s` sorts before the extreme's value. */
function before(s, e) {
    // A value equal to a long value's kept beginning is a proper prefix of it.
    return codePointLess(s, e.text) || (e.label !== undefined && s === e.text);
}
/** The extreme's value sorts before `s`. */
function after(s, e) {
    return e.label === undefined ? codePointLess(e.text, s) : !s.startsWith(e.text) && codePointLess(e.text, s);
}
const extremeOf = (s, label) => (label === undefined ? { text: s } : { text: (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detachedPrefix */ .tB)(s, _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp), label });
const NULL_CELL_HASH = (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(null);
/** `bytes[start\u2026end)` against `other`, bytewise: negative, zero or positive (a proper prefix sorts first). */
function compareBytes(bytes, start, end, other) {
    const n = Math.min(end - start, other.length);
    for (let i = 0; i < n; i++) {
        const d = bytes[start + i] - other[i];
        if (d !== 0)
            return d;
    }
    return end - start - other.length;
}
/**
 * addCoded's per-entry buffers, shared by every column of the thread (one runs
 * at a time) and grown to the largest dictionary seen; `counts` is all zeros
 * between uses.
 */
const scratch = { counts: new Int32Array(0), order: new Int32Array(0), entryHashes: new Float64Array(0) };
function codeScratch(size) {
    if (scratch.counts.length < size) {
        const n = Math.max(size, 2 * scratch.counts.length);
        scratch.counts = new Int32Array(n);
        scratch.order = new Int32Array(n);
        scratch.entryHashes = new Float64Array(n);
    }
    return scratch;
}
/** Streaming statistics of one column; `add` takes a whole batch column and the per-cell hashes. */
class ColumnProfiler {
    field;
    rows = 0;
    nulls = 0;
    moments;
    quantiles;
    frequencies;
    distinct = new _distinct__WEBPACK_IMPORTED_MODULE_2__/* .DistinctCounter */ .$();
    minStr;
    maxStr;
    minLen = Infinity;
    maxLen = -Infinity;
    /** The UTF-8 of minStr and maxStr, for mayExtend; `of` is the extreme it was made from. */
    minBytes = { bytes: new Uint8Array(0) };
    maxBytes = { bytes: new Uint8Array(0) };
    counted;
    constructor(field) {
        this.field = field;
        const numeric = (0,_table__WEBPACK_IMPORTED_MODULE_3__/* .isNumericKind */ .kw)(field.kind) || (0,_table__WEBPACK_IMPORTED_MODULE_3__/* .isTemporalKind */ .PB)(field.kind);
        this.moments = numeric || field.kind === 'bool' ? new _moments__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W() : null;
        this.quantiles = numeric ? new _quantiles__WEBPACK_IMPORTED_MODULE_5__/* .QuantileSketch */ .w() : null;
        // A numeric column's values go to the quantile sketch only once it has
        // more distinct values than the counts keep: below that the counts give
        // exact quantiles at any size (labels, small ints, coded categories),
        // and the sketch's sorting is skipped.
        const toSketch = (counts) => {
            for (const [v, c] of counts)
                for (let i = 0; i < c; i++)
                    this.quantiles.add(v);
        };
        this.frequencies = field.kind === 'nested' || field.kind === 'binary' ? null : new _frequencies__WEBPACK_IMPORTED_MODULE_6__/* .Frequencies */ .RI(field.kind === 'string', numeric ? toSketch : undefined);
    }
    add(values, hashes, n) {
        this.rows += n;
        // Two methods, not two branches of one: each is optimized for the columns it sees, and
        // the first text column no longer deoptimizes the numeric loop (and the reverse).
        if (ArrayBuffer.isView(values) && this.moments && this.quantiles)
            this.addNumbers(values, hashes, n);
        else
            this.addCells(values, hashes, n);
    }
    /** Typed numeric columns (most of a parquet or CSV table): one monomorphic loop. */
    addNumbers(numbers, hashes, n) {
        const { frequencies, distinct } = this;
        const moments = this.moments;
        const quantiles = this.quantiles;
        for (let i = 0; i < n; i++) {
            const v = numbers[i];
            if (v !== v) {
                this.nulls++;
                continue;
            }
            distinct.add(hashes[i]);
            if (frequencies.exact) {
                frequencies.add(v, hashes[i]);
                if (!frequencies.exact)
                    quantiles.add(v); // the value that overflowed the counts
            }
            else {
                quantiles.add(v);
            }
        }
        moments.addAll(numbers, n);
    }
    addCells(values, hashes, n) {
        const { moments, quantiles, frequencies, distinct } = this;
        const text = this.field.kind === 'string';
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (v === null || v === undefined || (typeof v === 'number' && v !== v)) {
                this.nulls++;
                continue;
            }
            distinct.add(hashes[i]);
            const counted = frequencies?.exact;
            const label = typeof v === 'string' && v.length > _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .longTextLabel */ .Sx)(v, hashes[i]) : undefined;
            // A text counted before cannot move the extremes or lengths (a label stands for more than one text).
            const seen = frequencies?.add(label ?? v, hashes[i]) === true && label === undefined;
            if (typeof v === 'number') {
                moments?.add(v);
                if (quantiles && (!counted || !frequencies.exact))
                    quantiles.add(v);
            }
            else if (typeof v === 'boolean') {
                moments?.add(v ? 1 : 0);
            }
            else if (text && !seen) {
                this.extend(v, label);
            }
        }
        this.detachExtremes();
    }
    /**
     * A text column read from its dictionary (`coded.cells[coded.codes[i]]` is
     * row i): each entry the batch uses is hashed, counted and compared once,
     * in the order the rows first use it, which leaves the state `add` would
     * (only the counts depend on order, through which values fill them first).
     * Fills `hashes` as hashColumn would. False, with nothing done, for a column
     * that is not text or a dictionary larger than the batch (its per-entry
     * scratch would outweigh the rows).
     */
    addCoded(coded, hashes, n) {
        const { codes, cells } = coded;
        const size = cells.length;
        if (this.field.kind !== 'string' || size > n)
            return false;
        const { counts, order, entryHashes } = codeScratch(size);
        let used = 0;
        let nulls = 0;
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c < 0)
                nulls++;
            else if (counts[c]++ === 0)
                order[used++] = c;
        }
        let text = true;
        for (let k = 0; k < used; k++)
            text &&= typeof cells[order[k]] === 'string';
        if (!text) {
            for (let k = 0; k < used; k++)
                counts[order[k]] = 0;
            return false;
        }
        for (let k = 0; k < used; k++) {
            const c = order[k];
            const s = cells[c];
            entryHashes[c] = this.addText(s, (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(s), counts[c]);
            counts[c] = 0;
        }
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            hashes[i] = c < 0 ? NULL_CELL_HASH : entryHashes[c];
        }
        this.rows += n;
        this.nulls += nulls;
        this.detachExtremes();
        return true;
    }
    /**
     * A text column left as UTF-8 bytes (Batch.raw): the state, and `hashes`,
     * that `add` would give for the decoded strings. An ASCII value's hash,
     * length and order come from its bytes (UTF-8's byte order is code point
     * order), so a value is decoded only where the counts may take or hold it, it
     * is a new minimum or maximum, or it is not ASCII or is long.
     */
    addRaw(raw, hashes, n) {
        if (this.field.kind !== 'string')
            throw new Error(`column "${this.field.name}" (${this.field.kind}) was given raw text`);
        const { bytes, starts, ends } = raw;
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const frequencies = this.frequencies;
        let nulls = 0;
        for (let i = 0; i < n; i++) {
            const start = starts[i];
            if (start < 0) {
                nulls++;
                hashes[i] = NULL_CELL_HASH;
                continue;
            }
            const end = ends[i];
            const hash = end - start <= _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashAsciiBytes */ .pP)(bytes, start, end) : -1;
            if (hash < 0) {
                const s = text.toString('utf8', start, end);
                hashes[i] = this.addText(s, (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(s), 1);
                continue;
            }
            hashes[i] = hash;
            if (!frequencies.skips(hash)) {
                this.addText(text.toString('utf8', start, end), hash, 1);
                continue;
            }
            this.distinct.add(hash);
            if (this.mayExtend(bytes, start, end))
                this.extend(text.toString('utf8', start, end), undefined);
        }
        this.rows += n;
        this.nulls += nulls;
        this.detachExtremes();
    }
    /** One text value, `times` over, whose hash is `hash` (returned): as addCells takes a string. */
    addText(s, hash, times) {
        this.distinct.add(hash);
        const label = s.length > _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .longTextLabel */ .Sx)(s, hash) : undefined;
        if (!(this.frequencies.add(label ?? s, hash, times) && label === undefined))
            this.extend(s, label);
        return hash;
    }
    /**
     * Whether the ASCII text at `bytes[start\u2026end)` may move the extremes, so
     * `extend` must see it decoded; if not, its length is taken here.
     */
    mayExtend(bytes, start, end) {
        const { minStr, maxStr } = this;
        if (minStr === undefined || maxStr === undefined || minStr.label !== undefined || maxStr.label !== undefined)
            return true;
        if (this.minBytes.of !== minStr)
            this.minBytes = { of: minStr, bytes: Buffer.from(minStr.text) };
        if (this.maxBytes.of !== maxStr)
            this.maxBytes = { of: maxStr, bytes: Buffer.from(maxStr.text) };
        if (compareBytes(bytes, start, end, this.minBytes.bytes) < 0 || compareBytes(bytes, start, end, this.maxBytes.bytes) > 0)
            return true;
        const len = end - start;
        if (len < this.minLen)
            this.minLen = len;
        if (len > this.maxLen)
            this.maxLen = len;
        return false;
    }
    /** A text value's effect on the extremes and lengths (one not counted before: a label stands for more than one text). */
    extend(s, label) {
        if (this.minStr === undefined || before(s, this.minStr))
            this.minStr = extremeOf(s, label);
        if (this.maxStr === undefined || after(s, this.maxStr))
            this.maxStr = extremeOf(s, label);
        const len = codePointLength(s);
        if (len < this.minLen)
            this.minLen = len;
        if (len > this.maxLen)
            this.maxLen = len;
    }
    /**
     * Once a batch, not on every new extreme (a sorted column has one per row):
     * the extremes outlive the batch, so they must not be views into the reader's text.
     */
    detachExtremes() {
        if (this.minStr)
            this.minStr.text = (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(this.minStr.text);
        if (this.maxStr)
            this.maxStr.text = (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(this.maxStr.text);
    }
    /**
     * Everything the profile, the distributions and a later `add` depend on,
     * structured-cloneable: a column profiled in a worker thread comes back as
     * `fromState(field, state)` and reports exactly what it would have here.
     */
    toState() {
        return {
            rows: this.rows,
            nulls: this.nulls,
            moments: this.moments?.toState() ?? null,
            quantiles: this.quantiles?.toState() ?? null,
            frequencies: this.frequencies?.toState() ?? null,
            distinct: this.distinct.toState(),
            minStr: this.minStr,
            maxStr: this.maxStr,
            minLen: this.minLen,
            maxLen: this.maxLen,
        };
    }
    static fromState(field, s) {
        const c = new ColumnProfiler(field);
        c.rows = s.rows;
        c.nulls = s.nulls;
        if (s.moments)
            c.moments = _moments__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W.fromState(s.moments);
        // The frequencies' onStop callback reads this.quantiles when it fires, so it finds the restored sketch.
        if (s.quantiles)
            c.quantiles = _quantiles__WEBPACK_IMPORTED_MODULE_5__/* .QuantileSketch */ .w.fromState(s.quantiles);
        if (s.frequencies)
            c.frequencies.load(s.frequencies);
        c.distinct = _distinct__WEBPACK_IMPORTED_MODULE_2__/* .DistinctCounter */ .$.fromState(s.distinct);
        c.minStr = s.minStr;
        c.maxStr = s.maxStr;
        c.minLen = s.minLen;
        c.maxLen = s.maxLen;
        return c;
    }
    numeric() {
        if (!this.quantiles)
            return undefined;
        if (!this.frequencies.exact)
            return this.quantiles;
        if (this.counted?.rows !== this.rows)
            this.counted = { rows: this.rows, distribution: new _frequencies__WEBPACK_IMPORTED_MODULE_6__/* .CountedDistribution */ .TU(this.frequencies.values()) };
        return this.counted.distribution;
    }
    categorical() {
        return this.frequencies ?? undefined;
    }
    finish() {
        const p = {
            name: this.field.name,
            kind: this.field.kind,
            count: this.rows,
            nulls: this.nulls,
            nullPercent: this.rows ? (this.nulls / this.rows) * 100 : 0,
            distinct: this.distinct.estimate,
            distinctExact: this.distinct.exact,
            topValues: this.frequencies?.top(5) ?? [],
        };
        const m = this.moments;
        if (m && m.count > 0) {
            if (this.field.kind !== 'bool') {
                p.min = m.min;
                p.max = m.max;
            }
            p.mean = m.mean;
            if (m.count > 1)
                p.std = m.std;
        }
        const distribution = this.numeric();
        if (distribution && distribution.count > 0) {
            p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q) => [String(q), distribution.quantile(q)]));
        }
        if (this.minStr !== undefined) {
            p.min = this.minStr.label ?? this.minStr.text;
            p.max = this.maxStr.label ?? this.maxStr.text;
            p.minLength = this.minLen;
            p.maxLength = this.maxLen;
        }
        return p;
    }
}


/***/ }),

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DistinctRows),
/* harmony export */   y: () => (/* binding */ ROWS_IN_MEMORY)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7774);




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

/***/ 1138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DistinctCounter),
/* harmony export */   j: () => (/* binding */ EXACT_DISTINCT)
/* harmony export */ });
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7774);

/**
 * Distinct values: exact (a set of 53-bit hashes) up to EXACT_DISTINCT, then
 * HyperLogLog with 2^14 registers (standard error 1.04/\u221a16384 \u2248 0.8%).
 */
const EXACT_DISTINCT = 100_000;
const P = 14;
const M = 1 << P;
const REST_BITS = 53 - P;
class DistinctCounter {
    set = new _hash__WEBPACK_IMPORTED_MODULE_0__/* .HashSet53 */ .HI(1024);
    registers = null;
    get exact() {
        return this.set !== null;
    }
    add(hash) {
        if (this.set) {
            this.set.add(hash);
            if (this.set.size > EXACT_DISTINCT)
                this.toHll();
            return;
        }
        this.addHll(hash);
    }
    toState() {
        return this.set ? { set: this.set.toState() } : { registers: this.registers.slice() };
    }
    static fromState(s) {
        const d = new DistinctCounter();
        d.set = 'set' in s ? _hash__WEBPACK_IMPORTED_MODULE_0__/* .HashSet53 */ .HI.fromState(s.set) : null;
        d.registers = 'registers' in s ? s.registers : null;
        return d;
    }
    get estimate() {
        if (this.set)
            return this.set.size;
        const reg = this.registers;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -reg[i];
            if (reg[i] === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / M);
        const raw = (alpha * M * M) / sum;
        // Small-range correction (linear counting), as in the original paper.
        return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
    }
    toHll() {
        this.registers = new Uint8Array(M);
        const hashes = this.set.values();
        this.set = null;
        for (let i = 0; i < hashes.length; i++)
            this.addHll(hashes[i]);
    }
    addHll(hash) {
        // Top P bits of the 53-bit hash pick the register; the rank is the number
        // of leading zeros of the remaining 39 bits, plus one. The hash is split
        // into its high 21 and low 32 bits so that clz32 does the counting.
        const lo = hash >>> 0;
        const hi = (hash - lo) / 4294967296;
        const idx = hi >>> (21 - P);
        const restHi = hi & ((1 << (21 - P)) - 1);
        const rank = restHi !== 0 ? Math.clz32(restHi) - (32 - (21 - P)) + 1 : lo !== 0 ? 21 - P + Math.clz32(lo) + 1 : REST_BITS + 1;
        const reg = this.registers;
        if (rank > reg[idx])
            reg[idx] = rank;
    }
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ Frequencies),
/* harmony export */   TU: () => (/* binding */ CountedDistribution),
/* harmony export */   Uy: () => (/* binding */ MAX_CATEGORIES)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(817);
/* harmony import */ var _long_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6378);


/**
 * Value counts, exact up to MAX_CATEGORIES distinct values. Past that the
 * column is not categorical: numeric columns stop counting (their top values
 * say nothing), text columns keep counting the values already seen so the
 * heavy hitters in `top` stay right, and `exact` turns false.
 */
const MAX_CATEGORIES = 10_000;
// A bit per low 17 bits of a counted value's cell hash (16 KB, in the L1 cache):
// with 10,000 values counted ~7% of the other values find their bit set.
const FILTER_BITS = 17;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
class Frequencies {
    keepCountingOnOverflow;
    onStop;
    map = new Map();
    /**
     * The bits of the values counted: a value whose bit is clear was never
     * counted, so it is not looked up. Past MAX_CATEGORIES a text column looks
     * up every value, and the map's own hashing of each new string was the
     * largest cost of profiling a table of long high-cardinality text.
     */
    filter = new Int32Array(1 << (FILTER_BITS - 5));
    seen = 0;
    overflow = false;
    stopped = false;
    /**
     * @param onStop for a column that stops counting: gets the counts just
     *   before they are dropped (the profiler moves them into its quantile sketch).
     */
    constructor(keepCountingOnOverflow, onStop) {
        this.keepCountingOnOverflow = keepCountingOnOverflow;
        this.onStop = onStop;
    }
    get count() {
        return this.seen;
    }
    get exact() {
        return !this.overflow;
    }
    /**
     * Counts `v` (`times` over), whose cell hash (profile/hash.ts) is `hash`:
     * values the map holds as one key have one hash. True when it was counted
     * before (so nothing about it is new).
     */
    add(v, hash, times = 1) {
        if (this.stopped)
            return false;
        this.seen += times;
        const bit = hash & FILTER_MASK;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        if ((this.filter[word] & mask) !== 0) {
            const n = this.map.get(v);
            if (n !== undefined) {
                this.map.set(v, n + times);
                return true;
            }
        }
        if (this.map.size < MAX_CATEGORIES) {
            // A key outlives its batch: it must not be a view into the reader's text.
            this.map.set(typeof v === 'string' ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(v) : v, times);
            this.filter[word] |= mask;
        }
        else {
            this.overflow = true;
            if (!this.keepCountingOnOverflow) {
                this.stopped = true;
                this.onStop?.(this.map);
                this.map.clear();
            }
        }
        return false;
    }
    /**
     * `add(v, hash)` for a value not at hand (text not decoded yet), where the
     * hash alone settles it: a text column's counts are full and no counted
     * value has the hash's bit, so `v` is not counted and nothing else changes.
     * True when done; false when `add` must be called with the value.
     */
    skips(hash) {
        if (this.stopped || !this.keepCountingOnOverflow || this.map.size < MAX_CATEGORIES)
            return false;
        const bit = hash & FILTER_MASK;
        if ((this.filter[bit >>> 5] & (1 << (bit & 31))) !== 0)
            return false;
        this.seen++;
        this.overflow = true;
        return true;
    }
    /** The counts and flags (the map is the live one: taken once the column is done). */
    toState() {
        return { map: this.map, filter: this.filter, seen: this.seen, overflow: this.overflow, stopped: this.stopped };
    }
    /** Continues from `s`, counts made in another thread; `onStop` stays this instance's. */
    load(s) {
        this.map = s.map;
        this.filter = s.filter;
        this.seen = s.seen;
        this.overflow = s.overflow;
        this.stopped = s.stopped;
    }
    /** Counts by the value itself (numbers stay numbers). */
    values() {
        return this.map;
    }
    counts() {
        const out = new Map();
        for (const [k, n] of this.map) {
            const key = String(k);
            out.set(key, (out.get(key) ?? 0) + n);
        }
        return out;
    }
    /**
     * Most frequent values, ties broken by value ascending (pandas leaves the
     * order of ties unspecified). One pass keeping the best `n`: sorting every
     * distinct value was most of a small file's profiling time.
     */
    top(n) {
        const best = [];
        const beats = (value, count, b) => count > b[1] || (count === b[1] && value < b[0]);
        // forEach, not for-of: a cold start's code runs unoptimized, where for-of allocates an entry per value.
        this.map.forEach((count, value) => {
            if (best.length === n && !beats(value, count, best[n - 1]))
                return;
            let i = Math.min(best.length, n - 1);
            while (i > 0 && beats(value, count, best[i - 1]))
                i--;
            best.splice(i, 0, [value, count]);
            if (best.length > n)
                best.pop();
        });
        return best.map(([value, count]) => ({ value: String(value), count }));
    }
}
/**
 * The exact distribution of a numeric column held as value counts: quantiles
 * with pandas' linear interpolation and the CDF, for any number of rows, while
 * the column has at most MAX_CATEGORIES distinct values.
 */
class CountedDistribution {
    exact = true;
    count;
    values;
    /** cum[i]: how many values are <= values[i]. */
    cum;
    constructor(counts) {
        const values = new Float64Array(counts.size);
        let k = 0;
        counts.forEach((_, v) => (values[k++] = v));
        values.sort();
        const cum = new Float64Array(values.length);
        let acc = 0;
        values.forEach((v, i) => (cum[i] = acc += counts.get(v)));
        this.values = values;
        this.cum = cum;
        this.count = acc;
    }
    quantile(q) {
        if (this.count === 0)
            return NaN;
        // The k-th smallest value is the first whose cumulative count exceeds k.
        return (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .linearQuantile */ .r)(this.count, q, (k) => this.values[(0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .upperBound */ .K)(this.cum, k)]);
    }
    cdf(x) {
        const k = (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .upperBound */ .K)(this.values, x);
        return k === 0 || this.count === 0 ? 0 : this.cum[k - 1] / this.count;
    }
    support() {
        return this.values.slice();
    }
}


/***/ }),

/***/ 7774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   HI: () => (/* binding */ HashSet53),
/* harmony export */   ae: () => (/* binding */ RowHasher),
/* harmony export */   by: () => (/* binding */ hashColumn),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   jh: () => (/* binding */ mix),
/* harmony export */   jr: () => (/* binding */ fmix),
/* harmony export */   pP: () => (/* binding */ hashAsciiBytes),
/* harmony export */   vK: () => (/* binding */ hashRow)
/* harmony export */ });
/**
 * 53-bit hashes of cells and rows (two 32-bit murmur-style lanes folded into a
 * JS number), so duplicate rows, unique keys and leakage can be found with a
 * typed-array hash set instead of a Set of row strings.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const mix = (h, k) => {
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
};
const fmix = (h) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
};
// The type tag's share of each lane, mixed once here instead of per cell.
const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193;
const NUMBER_A = mix(SEED_A, 1);
const NUMBER_B = mix(SEED_B, 1);
const STRING_A = mix(SEED_A, 2);
/**
 * 53-bit hash of one cell. Type tags keep 1, "1" and true apart; null and NaN
 * hash alike, because pandas' duplicated() treats them as equal. No allocation:
 * this runs once per cell of every batch.
 */
function hashValue(v) {
    if (typeof v === 'number')
        return hashNumber(v);
    if (typeof v === 'string') {
        // Two UTF-16 units a round, as murmur3 takes four bytes: text hashing was
        // the largest cost of a table of long text. The length in the seed keeps a
        // trailing unit apart from a unit and a zero.
        let a = STRING_A;
        let b = mix(SEED_B, 2 + v.length);
        const pairs = v.length & ~1;
        for (let i = 0; i < pairs; i += 2) {
            const k = v.charCodeAt(i) | (v.charCodeAt(i + 1) << 16);
            a = mix(a, k);
            b = mix(b, k ^ 0x5bd1e995);
        }
        if (pairs < v.length) {
            const k = v.charCodeAt(pairs);
            a = mix(a, k);
            b = mix(b, k ^ 0x5bd1e995);
        }
        return fold(a, b);
    }
    if (v === null || v === undefined)
        return NULL_HASH;
    return v ? TRUE_HASH : FALSE_HASH;
}
/**
 * hashValue of the text held by `bytes[start\u2026end)` as UTF-8, when every byte
 * is ASCII (so each is one UTF-16 unit of the decoded string); -1 otherwise.
 * The text of a written-out parquet column is hashed here without being decoded.
 */
function hashAsciiBytes(bytes, start, end) {
    let a = STRING_A;
    let b = mix(SEED_B, 2 + end - start);
    let high = 0;
    const pairsEnd = start + ((end - start) & ~1);
    for (let i = start; i < pairsEnd; i += 2) {
        const k = bytes[i] | (bytes[i + 1] << 16);
        high |= k;
        a = mix(a, k);
        b = mix(b, k ^ 0x5bd1e995);
    }
    if (pairsEnd < end) {
        const k = bytes[pairsEnd];
        high |= k;
        a = mix(a, k);
        b = mix(b, k ^ 0x5bd1e995);
    }
    return (high & 0x800080) === 0 ? fold(a, b) : -1;
}
function hashNumber(v) {
    if (v !== v)
        return NULL_HASH;
    f64[0] = v === 0 ? 0 : v; // -0 equals 0
    const lo = u32[0];
    const hi = u32[1];
    return fold(mix(mix(NUMBER_A, lo), hi), mix(mix(NUMBER_B, hi), lo));
}
/**
 * hashValue of every cell of a column into `out`. A typed column gets a loop of
 * its own, where the hash goes straight into `out`: a double returned from a
 * call that is not inlined is a heap number, a third of the young-generation
 * bytes on the benchmark.
 */
function hashColumn(values, out, n) {
    if (values instanceof Float64Array)
        for (let i = 0; i < n; i++)
            out[i] = hashNumber(values[i]);
    else
        for (let i = 0; i < n; i++)
            out[i] = hashValue(values[i]);
}
/** Folds two 32-bit lanes into a safe integer (53 bits). */
const fold = (a, b) => fmix(a) * 0x200000 + (fmix(b) & 0x1fffff);
const NULL_HASH = fold(mix(SEED_A, 0x9e3779b9), mix(SEED_B, 0x7f4a7c15));
const TRUE_HASH = fold(mix(SEED_A, 3), mix(SEED_B, 5));
const FALSE_HASH = fold(mix(SEED_A, 4), mix(SEED_B, 6));
/** Order-dependent combination of cell hashes into a row hash. */
class RowHasher {
    a = 0x27d4eb2f;
    b = 0x165667b1;
    reset() {
        this.a = 0x27d4eb2f;
        this.b = 0x165667b1;
    }
    push(cellHash) {
        this.a = mix(this.a, cellHash | 0);
        this.b = mix(this.b, (cellHash / 0x100000000) | 0); // cell hashes are positive: | 0 truncates
    }
    get value() {
        return fold(this.a, this.b);
    }
}
/** Hash of the given columns of one row (leakage keys, compound unique keys). */
function hashRow(columns, row, indices, hasher = new RowHasher()) {
    hasher.reset();
    for (const i of indices)
        hasher.push(hashValue(columns[i][row]));
    return hasher.value;
}
/**
 * Open-addressing set of 53-bit hashes in a Float64Array (8 bytes a slot, load
 * \u2264 0.75). `add` returns false when the hash was already there.
 */
class HashSet53 {
    slots;
    used = 0;
    constructor(capacity = 1 << 16) {
        this.slots = new Float64Array(slotsFor(capacity)).fill(-1);
    }
    /**
     * Empties the set for about `capacity` hashes, in the memory it already has
     * when that is enough: counting spilled partitions one after another with one
     * set leaves no megabyte-sized garbage per partition.
     */
    reset(capacity) {
        const size = slotsFor(capacity);
        const backing = this.slots.buffer.byteLength / 8 >= size ? new Float64Array(this.slots.buffer, 0, size) : new Float64Array(size);
        this.slots = backing.fill(-1);
        this.used = 0;
        return this;
    }
    get size() {
        return this.used;
    }
    /** The slots as they are (probe order included), so a copy iterates `values()` in the same order. */
    toState() {
        return { slots: this.slots.slice(), used: this.used };
    }
    static fromState(s) {
        const set = new HashSet53(0);
        set.slots = s.slots;
        set.used = s.used;
        return set;
    }
    add(h) {
        // Up to 3/4 full: linear probing on these well-mixed hashes stays short, and
        // the duplicate-row set of 5M rows needs 64 MB instead of 128 MB (bench/validate-data/RESULTS.md).
        if ((this.used + 1) * 4 > this.slots.length * 3)
            this.grow();
        return this.insert(this.slots, h);
    }
    /** A typed array: a number[] of 100k hashes is 100k heap numbers. */
    values() {
        const out = new Float64Array(this.used);
        for (let i = 0, k = 0; i < this.slots.length; i++)
            if (this.slots[i] !== -1)
                out[k++] = this.slots[i];
        return out;
    }
    has(h) {
        const s = this.slots;
        const mask = s.length - 1;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const v = s[i];
            if (v === -1)
                return false;
            if (v === h)
                return true;
        }
    }
    insert(s, h) {
        const mask = s.length - 1;
        // h is a non-negative integer, and & keeps its low 32 bits: h % s.length without the
        // floating-point remainder, which was a third of the time of an insert.
        for (let i = h & mask;; i = (i + 1) & mask) {
            const v = s[i];
            if (v === h)
                return false;
            if (v === -1) {
                s[i] = h;
                if (s === this.slots)
                    this.used++;
                return true;
            }
        }
    }
    grow() {
        const old = this.slots;
        const next = new Float64Array(old.length * 2).fill(-1);
        for (let i = 0; i < old.length; i++)
            if (old[i] !== -1)
                this.insert(next, old[i]);
        this.slots = next;
    }
}
function slotsFor(capacity) {
    let size = 1 << 4;
    while (size * 3 < capacity * 4)
        size <<= 1;
    return size;
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ tightenOldGenerationPast),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* unused harmony exports tightenOldGeneration, TIGHTEN_AT_RSS */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

let held = false;
/**
 * Keeps V8's young generation at the size it has now for the rest of the
 * process (every thread: V8's flags are per process). A scan keeps each
 * batch's cells alive while it profiles them, so scavenges keep finding
 * survivors, and V8 doubles the young generation each time the bytes that
 * survived since the last doubling pass its size: on a table of long
 * high-cardinality text (16 columns, 2M rows) it reached its maximum
 * (134 MB per thread) within a few row groups, a third of the run's peak RSS,
 * and more with worker threads (bench/validate-data/RESULTS.md, 2026-12-06
 * 11:20). Held where it started (2\u201317 MB), it lets those cells move to the
 * old generation after two scavenges, as a larger one would, and the runs
 * measured took no longer.
 *
 * `--max-semi-space-size` is read once, when a thread's heap is set up, so a
 * running process cannot lower it; the growth factor is read at each growth.
 * Only the memory a collection may use changes, never a value counted.
 */
function holdYoungGeneration() {
    if (held)
        return;
    held = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--semi-space-growth-factor=1');
}
let tightened = false;
/**
 * Collects the old generation once it has grown to twice what the last full
 * collection left, instead of V8's own factor of up to four. Each profiling
 * thread has its own heap, and batches of text promoted there die only at a
 * full collection: on two threads the wide text table (5M rows) peaked at
 * 405\u2013436 MB with V8's factor and 316\u2013331 MB with this, for about 7% more CPU
 * (1M-row benchmark file on two threads, 1.30 \u2192 1.40 s; bench/validate-data/RESULTS.md,
 * 2026-12-06 11:20), so threaded scans do it only past TIGHTEN_AT_RSS. One thread
 * stays at V8's factor: it peaked at ~300\u2013320 MB without it, and its time is the
 * slower case already.
 */
function tightenOldGeneration() {
    if (tightened)
        return;
    tightened = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--heap-growing-percent=100');
}
/**
 * Resident memory (all threads) from which a scan on several threads tightens the old
 * generation. Below it V8's own factor stands: the memory it lets grow matters only
 * on large tables, and its fewer full collections are time on every table. Tightened
 * from the start, the 1M-row benchmark files on two threads took 1.80 s (CSV) and 1.24 s
 * (parquet), from this mark 1.68 s and 1.15 s; the 5M-row wide text table, which needs
 * it, peaked at 368 MB from this mark and 424 MB never tightened
 * (bench/validate-data/RESULTS.md, 2026-12-06 18:00\u201319:10 section).
 */
const TIGHTEN_AT_RSS = 288 << 20;
/** tightenOldGeneration once the process's resident memory reaches `mark`; true when this call did it. */
function tightenOldGenerationPast(mark = TIGHTEN_AT_RSS) {
    if (tightened || process.memoryUsage.rss() < mark)
        return false;
    tightenOldGeneration();
    return true;
}


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ longTextLabel),
/* harmony export */   hp: () => (/* binding */ LONG_TEXT_UNITS),
/* harmony export */   ht: () => (/* binding */ detached),
/* harmony export */   tB: () => (/* binding */ detachedPrefix)
/* harmony export */ });
/* unused harmony export describeSize */
/**
 * Text values past LONG_TEXT_UNITS are held by the profile as a short label,
 * never as themselves: a column profile lives for the whole scan, and one
 * kept 60 MB cell (as a top value, the min, the max) stayed in memory to the
 * end and was copied into every report, which took a 60 MB field's run past
 * 1.6 GB of RSS. Distinct values and duplicate rows already count hashes.
 */
const LONG_TEXT_UNITS = 1024;
/** Characters (UTF-16 units) of a long value kept in its label. */
const SHOWN_UNITS = 64;
/**
 * A copy of `s` that shares no memory with the string it was cut from. V8
 * makes a slice (and a `split` part) of 13 or more units a view that keeps the
 * whole parent alive: a short field cut from a reader's chunk would hold the
 * chunk, megabytes when a long record was in it. A round trip through a buffer
 * allocates a string of its own.
 */
const detached = (s) => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));
/** The first `end` units of `s` (not splitting a surrogate pair), detached. */
function detachedPrefix(s, end) {
    const c = s.charCodeAt(end - 1);
    return detached(s.slice(0, c >= 0xd800 && c <= 0xdbff ? end - 1 : end));
}
function describeSize(bytes) {
    return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}
/**
 * `"<first 64 characters>\u2026 (60.0 MB, #<hash>)"`: what the profile shows and
 * counts for a value longer than LONG_TEXT_UNITS. The value's 53-bit hash
 * keeps two long values that share their beginning and size apart in the
 * counts (and so in category drift and class balance).
 */
function longTextLabel(s, hash) {
    return `${detachedPrefix(s, SHOWN_UNITS)}\u2026 (${describeSize(Buffer.byteLength(s))}, #${hash.toString(16)})`;
}


/***/ }),

/***/ 7613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Moments)
/* harmony export */ });
/**
 * Count, mean and sum of squared deviations (Welford), mergeable with Chan et
 * al.'s parallel formula, so per-file or per-worker partials combine exactly.
 *
 * Two details keep it equal to pandas (tested against it in profile.test.ts):
 *
 * - Everything accumulates relative to a shift, the first finite value seen.
 *   Without it, large values with small spread lose digits: on 600 values of
 *   1e12 + U(0, 0.01) (one ulp of 1e12 is 1.2e-4) Welford's std was 0.2% off
 *   the exact 0.002928, and a batch's two-pass std 73% off (0.0051, as
 *   pandas', whose plain sum misses the mean by ~4e-3); on 1e9 + N(0, 1)
 *   Welford was 3e-9 off. Relative to the shift the values are small and
 *   exact (x - shift loses nothing when x and shift are within a factor of 2).
 * - \u00b1Infinity is a value, not a missing one (pandas' isnull() is false for
 *   it), but it would turn Welford's state into NaN for good. Infinities are
 *   counted apart: the mean is \u00b1Infinity (NaN when both signs occur) and the
 *   std NaN, as pandas gives, and min/max see them.
 */
class Moments {
    /** Values added, infinities included (NaN is missing and skipped). */
    count = 0;
    min = Infinity;
    max = -Infinity;
    /** Finite values seen; their mean minus `shift`, and their sum of squared deviations. */
    finite = 0;
    shift = 0;
    delta = 0;
    m2 = 0;
    posInf = 0;
    negInf = 0;
    /** Mean (pandas' `mean()`); NaN when nothing was added. */
    get mean() {
        if (this.posInf || this.negInf)
            return this.posInf && this.negInf ? NaN : this.posInf ? Infinity : -Infinity;
        return this.finite ? this.shift + this.delta : NaN;
    }
    /** Sample standard deviation (ddof=1), pandas' `std()`; NaN with an infinity among the values. */
    get std() {
        if (this.posInf || this.negInf || this.finite < 2)
            return NaN;
        return Math.sqrt(this.m2 / (this.finite - 1));
    }
    add(x) {
        if (x !== x)
            return;
        this.count++;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        if (x - x !== 0) {
            if (x > 0)
                this.posInf++;
            else
                this.negInf++;
            return;
        }
        if (this.finite === 0)
            this.shift = x;
        const y = x - this.shift;
        this.finite++;
        const d = y - this.delta;
        this.delta += d / this.finite;
        this.m2 += d * (y - this.delta);
    }
    /** Everything a copy in another thread needs to continue or report exactly as this one. */
    toState() {
        const { count, min, max, finite, shift, delta, m2, posInf, negInf } = this;
        return { count, min, max, finite, shift, delta, m2, posInf, negInf };
    }
    static fromState(s) {
        return Object.assign(new Moments(), s);
    }
    merge(o) {
        this.count += o.count;
        this.min = Math.min(this.min, o.min);
        this.max = Math.max(this.max, o.max);
        this.posInf += o.posInf;
        this.negInf += o.negInf;
        if (o.finite === 0)
            return;
        if (this.finite === 0)
            this.shift = o.shift;
        // o's mean relative to this shift: the shifts are data values, so their difference is exact or nearly.
        this.mergeFinite(o.finite, o.shift - this.shift + o.delta, o.m2);
    }
    /**
     * Adds a whole batch of numbers: a two-pass mean and squared deviation over
     * the batch (no division per value), combined by Chan's formula. NaN is missing.
     */
    addAll(values, n) {
        if (this.finite === 0) {
            // The shift: the first finite value ever.
            let i = 0;
            while (i < n && values[i] - values[i] !== 0)
                i++;
            if (i < n)
                this.shift = values[i];
        }
        const shift = this.shift;
        const { finite, sum, min, max, posInf, negInf } = batchPass(values, n, shift);
        this.count += finite + posInf + negInf;
        this.posInf += posInf;
        this.negInf += negInf;
        if (min < this.min)
            this.min = min;
        if (max > this.max)
            this.max = max;
        if (finite === 0)
            return;
        const delta = sum / finite;
        this.mergeFinite(finite, delta, squaredDeviations(values, n, shift, delta));
    }
    /** Chan's formula; `delta` is the part's mean minus this.shift. */
    mergeFinite(finite, delta, m2) {
        if (this.finite === 0) {
            this.finite = finite;
            this.delta = delta;
            this.m2 = m2;
            return;
        }
        const n = this.finite + finite;
        const d = delta - this.delta;
        this.delta += (d * finite) / n;
        this.m2 += m2 + (d * d * this.finite * finite) / n;
        this.finite = n;
    }
}
/*
 * The batch loops live in functions that touch only the array and locals and
 * return a fresh object: with the state updates after the loop (in addAll, or
 * stores into a scratch array), V8 compiled the loop on-stack (OSR) during the
 * first batch, before those updates had type feedback, and that code then
 * deoptimised on every later batch (3-4x slower in node 20).
 */
/** One pass over a batch: finite count, sum of (v - shift), min and max (infinities included), infinity counts. */
function batchPass(values, n, shift) {
    let finite = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let posInf = 0;
    let negInf = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v - v !== 0) {
            // NaN (missing) or \u00b1Infinity.
            if (v === Infinity)
                posInf++;
            else if (v === -Infinity)
                negInf++;
            continue;
        }
        finite++;
        sum += v - shift;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return { finite, sum, min: negInf ? -Infinity : min, max: posInf ? Infinity : max, posInf, negInf };
}
/** Sum of (v - shift - delta)\u00b2 over the finite values. */
function squaredDeviations(values, n, shift, delta) {
    let m2 = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v - v !== 0)
            continue;
        const d = v - shift - delta;
        m2 += d * d;
    }
    return m2;
}


/***/ }),

/***/ 9435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ EXACT_LIMIT),
  w: () => (/* binding */ QuantileSketch)
});

// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(817);
;// CONCATENATED MODULE: ./packages/data/src/profile/sort-doubles.ts
/**
 * Ascending sort of doubles with exactly the order of `Float64Array.prototype.sort`
 * (\u22120 before +0, \u00b1Infinity at the ends), by radix on the IEEE-754 bits turned into an
 * unsigned 64-bit key. The high 32 bits (sign, exponent, top 20 bits of the fraction)
 * are sorted first, LSD one byte a pass, skipping a pass where every key has the same
 * byte; values that share the high word (equal values, or values within about a
 * millionth of each other) are then ordered by the low word, run by run. Most
 * columns' values thus take four passes instead of eight: the quantile sketch's
 * 2,048-value buffers sort in 0.6\u20130.75\u00d7 the time of an eight-pass radix, which
 * itself took 0.4\u20130.8\u00d7 the time of V8's native sort. An array holding NaN goes to
 * the native sort, so NaN keeps the place that sort gives it whatever its sign bit.
 */
const RADIX = 256;
/** A run of equal high words this short is ordered by insertion; a longer one by its own radix passes. */
const SHORT_RUN = 16;
const counts = new Uint32Array(4 * RADIX);
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);
/**
 * Sorts `values`; returns a sorted array, which is `values` itself or a module-owned
 * scratch array valid until the next call (the sketch copies what it keeps at once).
 */
function sortDoubles(values) {
    const n = values.length;
    if (n < 64)
        return values.sort();
    if (ascending(values))
        return values;
    if (scratchA.length < n) {
        scratchA = new Float64Array(n);
        scratchB = new Float64Array(n);
    }
    const a = scratchA.subarray(0, n);
    const b = scratchB.subarray(0, n);
    const wa = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
    const wb = new Uint32Array(b.buffer, b.byteOffset, 2 * n);
    counts.fill(0);
    let lowDiffers = 0;
    // Bits \u2192 an unsigned key in the doubles' order: negatives have every bit flipped
    // (larger magnitude sorts first), non-negatives only the sign bit.
    for (let i = 0; i < n; i++) {
        const x = values[i];
        if (x !== x)
            return values.sort();
        a[i] = x;
        const lo = wa[2 * i];
        const hi = wa[2 * i + 1];
        const klo = hi & 0x80000000 ? ~lo >>> 0 : lo;
        const khi = hi & 0x80000000 ? ~hi >>> 0 : (hi ^ 0x80000000) >>> 0;
        wa[2 * i] = klo;
        wa[2 * i + 1] = khi;
        lowDiffers |= klo ^ wa[0];
        countKey(khi);
    }
    // Swaps are spelled out: a destructuring swap is an array literal, whose missing type
    // feedback deoptimized this code each time the branch first ran (~50 times a 1M-row run).
    const movedToB = radixPasses(wa, wb, 0, n, 1);
    const keys = movedToB ? wb : wa;
    const other = movedToB ? wa : wb;
    // Integers and short decimals leave the low word the same everywhere: nothing more to order.
    for (let s = 0; lowDiffers !== 0 && s < n;) {
        const khi = keys[2 * s + 1];
        let e = s + 1;
        while (e < n && keys[2 * e + 1] === khi)
            e++;
        if (e - s <= SHORT_RUN)
            insertionByLowWord(keys, s, e);
        else if (!sameLowWord(keys, s, e)) {
            counts.fill(0);
            for (let i = s; i < e; i++)
                countKey(keys[2 * i]);
            if (radixPasses(keys, other, s, e, 0))
                keys.set(other.subarray(2 * s, 2 * e), 2 * s);
        }
        s = e;
    }
    for (let i = 0; i < n; i++) {
        const klo = keys[2 * i];
        const khi = keys[2 * i + 1];
        const negative = (khi & 0x80000000) === 0;
        keys[2 * i] = negative ? ~klo >>> 0 : klo;
        keys[2 * i + 1] = negative ? ~khi >>> 0 : (khi ^ 0x80000000) >>> 0;
    }
    return keys === wa ? a : b;
}
function countKey(k) {
    counts[k & 0xff]++;
    counts[RADIX + ((k >>> 8) & 0xff)]++;
    counts[2 * RADIX + ((k >>> 16) & 0xff)]++;
    counts[3 * RADIX + (k >>> 24)]++;
}
/**
 * Stable LSD passes over word `word` (0 low, 1 high) of the key pairs in [s, e), from
 * `counts` of that range; true when the sorted range ended up in `to`.
 */
function radixPasses(from, to, s, e, word) {
    let moved = false;
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * RADIX;
        const shift = pass * 8;
        // One bucket holding every key: this byte orders nothing.
        if (counts[base + ((from[2 * s + word] >>> shift) & 0xff)] === e - s)
            continue;
        let sum = s;
        for (let d = 0; d < RADIX; d++) {
            const c = counts[base + d];
            counts[base + d] = sum;
            sum += c;
        }
        for (let i = s; i < e; i++) {
            const k = counts[base + ((from[2 * i + word] >>> shift) & 0xff)]++;
            to[2 * k] = from[2 * i];
            to[2 * k + 1] = from[2 * i + 1];
        }
        const t = from;
        from = to;
        to = t;
        moved = !moved;
    }
    return moved;
}
/** Orders [s, e), whose high words are equal, by the low word. */
function insertionByLowWord(keys, s, e) {
    for (let i = s + 1; i < e; i++) {
        const lo = keys[2 * i];
        let j = i - 1;
        for (; j >= s && keys[2 * j] > lo; j--)
            keys[2 * j + 2] = keys[2 * j];
        keys[2 * j + 2] = lo;
    }
}
function sameLowWord(keys, s, e) {
    const lo = keys[2 * s];
    for (let i = s + 1; i < e; i++)
        if (keys[2 * i] !== lo)
            return false;
    return true;
}
/**
 * Already in the native sort's order (no NaN, \u22120 never after +0). Ids and event
 * times usually arrive sorted; a shuffled buffer stops at its first descent.
 */
function ascending(values) {
    let prev = values[0];
    if (prev !== prev)
        return false;
    for (let i = 1; i < values.length; i++) {
        const x = values[i];
        if (!(x > prev) && (x !== prev || (x === 0 && 1 / x < 1 / prev)))
            return false;
        prev = x;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/data/src/profile/quantiles.ts


/**
 * Quantiles and CDF of a numeric column: exact (every value kept) up to
 * EXACT_LIMIT values, then a KLL sketch (Karnin, Lang, Liberty 2016). With
 * k = 800 the worst of the 99 percentiles of two million normal values is
 * 0.3\u20130.7% of n off its rank (k = 400 gave 1.0\u20131.3%, twice what this comment
 * claimed for it); the levels stay a few tens of kilobytes a column, and the
 * time goes to sorting the weight-1 buffer, whatever k is. Mergeable either way.
 *
 * Layout for speed: new values land in an unsorted typed buffer of weight 1;
 * a full buffer is radix-sorted (sort-doubles.ts, the native sort's order) and
 * half of it promoted. Every level above is kept sorted, so a compaction is one
 * linear pass and a promotion one linear merge \u2014 no comparator sorts on the hot path. Compaction alternates
 * its offset instead of flipping a coin, so results are reproducible.
 */
const EXACT_LIMIT = 16_384;
const K = 800;
const C = 2 / 3;
const BUFFER = 2048;
class QuantileSketch {
    exactBuf = new Float64Array(64);
    n = 0;
    sorted = true;
    /** Sketch mode: unsorted values of weight 1. */
    buffer = null;
    buffered = 0;
    /** Sketch mode: levels[h] holds sorted values of weight 2^(h+1). */
    levels = [];
    flip = 0;
    cache = null;
    get count() {
        return this.n;
    }
    get exact() {
        return this.exactBuf !== null;
    }
    add(x) {
        this.cache = null;
        const exact = this.exactBuf;
        if (exact) {
            if (this.n === exact.length) {
                if (this.n >= EXACT_LIMIT) {
                    this.toSketch();
                    this.add(x);
                    return;
                }
                const grown = new Float64Array(exact.length * 2);
                grown.set(exact);
                this.exactBuf = grown;
                grown[this.n] = x;
            }
            else {
                exact[this.n] = x;
            }
            if (this.sorted && this.n > 0 && x < this.exactBuf[this.n - 1])
                this.sorted = false;
            this.n++;
            return;
        }
        this.buffer[this.buffered++] = x;
        this.n++;
        if (this.buffered === BUFFER)
            this.flush();
    }
    /** The sketch's whole state (copies), for a sketch built in another thread: it continues and answers exactly as this one. */
    toState() {
        return {
            exact: this.exactBuf?.slice(0, this.n) ?? null,
            n: this.n,
            sorted: this.sorted,
            buffer: this.buffer?.slice() ?? null,
            buffered: this.buffered,
            levels: this.levels.map((l) => l.slice()),
            flip: this.flip,
        };
    }
    static fromState(s) {
        const q = new QuantileSketch();
        if (s.exact) {
            // The exact buffer grows by doubling from 64: restored at the capacity it had, so the switch to the sketch comes at the same value.
            let capacity = 64;
            while (capacity < s.n)
                capacity *= 2;
            q.exactBuf = new Float64Array(capacity);
            q.exactBuf.set(s.exact);
        }
        else {
            q.exactBuf = null;
        }
        q.n = s.n;
        q.sorted = s.sorted;
        q.buffer = s.buffer;
        q.buffered = s.buffered;
        q.levels = s.levels;
        q.flip = s.flip;
        return q;
    }
    merge(o) {
        this.cache = null;
        if (o.exactBuf) {
            for (let i = 0; i < o.n; i++)
                this.add(o.exactBuf[i]);
            return;
        }
        if (this.exactBuf)
            this.toSketch();
        for (let i = 0; i < o.buffered; i++)
            this.add(o.buffer[i]);
        for (let h = 0; h < o.levels.length; h++) {
            while (this.levels.length <= h)
                this.levels.push(new Float64Array(0));
            this.levels[h] = mergeSorted(this.levels[h], o.levels[h]);
        }
        this.n += o.n - o.buffered;
        this.compress();
    }
    cdf(x) {
        if (this.n === 0)
            return 0;
        const { values, cum } = this.weighted();
        const k = (0,sorted/* upperBound */.K)(values, x);
        return k === 0 ? 0 : cum[k - 1] / this.n;
    }
    quantile(q) {
        if (this.n === 0)
            return NaN;
        const { values, cum } = this.weighted();
        if (this.exactBuf)
            return (0,sorted/* linearQuantile */.r)(this.n, q, (k) => values[k]);
        const target = q * this.n;
        for (let i = 0; i < values.length; i++)
            if (cum[i] >= target)
                return values[i];
        return values[values.length - 1];
    }
    support() {
        const { values } = this.weighted();
        const out = [];
        for (let i = 0; i < values.length; i++)
            if (i === 0 || values[i] !== values[i - 1])
                out.push(values[i]);
        return Float64Array.from(out);
    }
    /** Sorted retained values with cumulative weights (exact mode: every value, weight 1). */
    weighted() {
        if (this.cache)
            return this.cache;
        if (this.exactBuf) {
            if (!this.sorted) {
                this.exactBuf.subarray(0, this.n).sort();
                this.sorted = true;
            }
            const values = this.exactBuf.subarray(0, this.n);
            const cum = new Float64Array(this.n);
            for (let i = 0; i < this.n; i++)
                cum[i] = i + 1;
            this.cache = { values, cum };
            return this.cache;
        }
        const parts = [[this.buffer.slice(0, this.buffered).sort(), 1]];
        this.levels.forEach((lvl, h) => parts.push([lvl, 2 ** (h + 1)]));
        const total = parts.reduce((s, [v]) => s + v.length, 0);
        const values = new Float64Array(total);
        const cum = new Float64Array(total);
        // k-way merge of the sorted parts (a handful of levels).
        const pos = parts.map(() => 0);
        let acc = 0;
        for (let i = 0; i < total; i++) {
            let best = -1;
            for (let p = 0; p < parts.length; p++) {
                if (pos[p] < parts[p][0].length && (best < 0 || parts[p][0][pos[p]] < parts[best][0][pos[best]]))
                    best = p;
            }
            values[i] = parts[best][0][pos[best]++];
            acc += parts[best][1];
            cum[i] = acc;
        }
        this.cache = { values, cum };
        return this.cache;
    }
    toSketch() {
        const values = this.exactBuf.subarray(0, this.n);
        const n = this.n;
        this.exactBuf = null;
        this.buffer = new Float64Array(BUFFER);
        this.buffered = 0;
        this.n = 0;
        for (let i = 0; i < n; i++)
            this.add(values[i]);
    }
    /** Sorts the full buffer and promotes every other value to level 0. */
    flush() {
        const sorted = sortDoubles(this.buffer);
        if (this.levels.length === 0)
            this.levels.push(new Float64Array(0));
        this.levels[0] = mergeSorted(this.levels[0], this.halve(sorted));
        this.buffered = 0;
        this.compress();
    }
    /** Every other value of a sorted array, starting at an alternating offset. */
    halve(sorted) {
        this.flip ^= 1;
        const out = new Float64Array(sorted.length >> 1);
        for (let i = 0, j = this.flip; i < out.length; i++, j += 2)
            out[i] = sorted[j];
        return out;
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const lvl = this.levels[h];
            const depth = this.levels.length - 1 - h;
            if (lvl.length < Math.max(2, Math.ceil(K * C ** depth)))
                continue;
            if (h + 1 === this.levels.length)
                this.levels.push(new Float64Array(0));
            // An odd item out stays behind (the largest, so the level stays sorted).
            const even = lvl.length & ~1;
            this.levels[h + 1] = mergeSorted(this.levels[h + 1], this.halve(lvl.subarray(0, even)));
            this.levels[h] = even === lvl.length ? new Float64Array(0) : lvl.slice(even);
        }
    }
}
function mergeSorted(a, b) {
    if (a.length === 0)
        return b;
    if (b.length === 0)
        return a;
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}


/***/ }),

/***/ 9170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ foldRowLanes),
/* harmony export */   R_: () => (/* binding */ addColumnTerms),
/* harmony export */   y1: () => (/* binding */ newRowLanes)
/* harmony export */ });
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7774);

const LANE_A = 0x27d4eb2f;
const LANE_B = 0x165667b1;
const newRowLanes = (n) => ({ a: new Int32Array(n), b: new Int32Array(n) });
/** Adds column `column`'s terms for the first n rows; `cellHashes` are hashColumn's. */
function addColumnTerms(cellHashes, column, lanes, n) {
    const ka = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(LANE_A, column);
    const kb = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(LANE_B, column);
    const { a, b } = lanes;
    for (let i = 0; i < n; i++) {
        const h = cellHashes[i];
        const lo = h | 0; // the low 32 bits of the 53-bit integer
        const hi = (h / 0x100000000) | 0; // cell hashes are positive: | 0 truncates
        a[i] = (a[i] + (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fmix */ .jr)((0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(ka, lo) ^ hi)) | 0;
        b[i] = (b[i] + (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fmix */ .jr)((0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(kb, hi) ^ lo)) | 0;
    }
}
/** The row hashes of the first n rows, from every part's lanes (each part a disjoint set of the columns). */
function foldRowLanes(parts, out, n) {
    if (parts.length === 1) {
        const { a, b } = parts[0];
        for (let i = 0; i < n; i++)
            out[i] = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fold */ .AU)(a[i], b[i]);
        return;
    }
    for (let i = 0; i < n; i++) {
        let sa = 0;
        let sb = 0;
        for (let p = 0; p < parts.length; p++) {
            sa = (sa + parts[p].a[i]) | 0;
            sb = (sb + parts[p].b[i]) | 0;
        }
        out[i] = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fold */ .AU)(sa, sb);
    }
}


/***/ }),

/***/ 5392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ TableProfiler)
/* harmony export */ });
/* harmony import */ var _distinct_rows__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9902);
/* harmony import */ var _column_group__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2818);
/* harmony import */ var _row_lanes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9170);
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


/***/ })

};
