export const id = 2902;
export const ids = [2902];
export const modules = {

/***/ 22625:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var shallowEqual = __webpack_require__(37014);

function _classCallCheck(instance, Constructor) {
  if (!(instance instanceof Constructor)) {
    throw new TypeError("Cannot call a class as a function");
  }
}

function _inherits(subClass, superClass) {
  if (typeof superClass !== "function" && superClass !== null) {
    throw new TypeError("Super expression must either be null or a function");
  }

  subClass.prototype = Object.create(superClass && superClass.prototype, {
    constructor: {
      value: subClass,
      writable: true,
      configurable: true
    }
  });
  if (superClass) _setPrototypeOf(subClass, superClass);
}

function _getPrototypeOf(o) {
  _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf : function _getPrototypeOf(o) {
    return o.__proto__ || Object.getPrototypeOf(o);
  };
  return _getPrototypeOf(o);
}

function _setPrototypeOf(o, p) {
  _setPrototypeOf = Object.setPrototypeOf || function _setPrototypeOf(o, p) {
    o.__proto__ = p;
    return o;
  };

  return _setPrototypeOf(o, p);
}

function isNativeReflectConstruct() {
  if (typeof Reflect === "undefined" || !Reflect.construct) return false;
  if (Reflect.construct.sham) return false;
  if (typeof Proxy === "function") return true;

  try {
    Date.prototype.toString.call(Reflect.construct(Date, [], function () {}));
    return true;
  } catch (e) {
    return false;
  }
}

function _construct(Parent, args, Class) {
  if (isNativeReflectConstruct()) {
    _construct = Reflect.construct;
  } else {
    _construct = function _construct(Parent, args, Class) {
      var a = [null];
      a.push.apply(a, args);
      var Constructor = Function.bind.apply(Parent, a);
      var instance = new Constructor();
      if (Class) _setPrototypeOf(instance, Class.prototype);
      return instance;
    };
  }

  return _construct.apply(null, arguments);
}

function _isNativeFunction(fn) {
  return Function.toString.call(fn).indexOf("[native code]") !== -1;
}

function _wrapNativeSuper(Class) {
  var _cache = typeof Map === "function" ? new Map() : undefined;

  _wrapNativeSuper = function _wrapNativeSuper(Class) {
    if (Class === null || !_isNativeFunction(Class)) return Class;

    if (typeof Class !== "function") {
      throw new TypeError("Super expression must either be null or a function");
    }

    if (typeof _cache !== "undefined") {
      if (_cache.has(Class)) return _cache.get(Class);

      _cache.set(Class, Wrapper);
    }

    function Wrapper() {
      return _construct(Class, arguments, _getPrototypeOf(this).constructor);
    }

    Wrapper.prototype = Object.create(Class.prototype, {
      constructor: {
        value: Wrapper,
        enumerable: false,
        writable: true,
        configurable: true
      }
    });
    return _setPrototypeOf(Wrapper, Class);
  };

  return _wrapNativeSuper(Class);
}

function _assertThisInitialized(self) {
  if (self === void 0) {
    throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
  }

  return self;
}

function _possibleConstructorReturn(self, call) {
  if (call && (typeof call === "object" || typeof call === "function")) {
    return call;
  }

  return _assertThisInitialized(self);
}

var InvalidLineError =
/*#__PURE__*/
function (_Error) {
  _inherits(InvalidLineError, _Error);

  function InvalidLineError(message) {
    _classCallCheck(this, InvalidLineError);

    return _possibleConstructorReturn(this, _getPrototypeOf(InvalidLineError).call(this, 'Encountered invalid line: ' + message));
  }

  return InvalidLineError;
}(_wrapNativeSuper(Error));

Object.defineProperty(InvalidLineError.prototype, 'name', {
  value: InvalidLineError.name
});

var STATE_NAME = 0;
var STATE_STARTOFLABELNAME = 1;
var STATE_ENDOFNAME = 2;
var STATE_VALUE = 3;
var STATE_ENDOFLABELS = 4;
var STATE_LABELNAME = 5;
var STATE_LABELVALUEQUOTE = 6;
var STATE_LABELVALUEEQUALS = 7;
var STATE_LABELVALUE = 8;
var STATE_LABELVALUESLASH = 9;
var STATE_NEXTLABEL = 10;
var STATE_TIMESTAMP = 11;
function parseSampleLine(line) {
  var name = '';
  var labelname = '';
  var labelvalue = '';
  var value = '';
  var timestamp = '';
  var labels = undefined;
  var state = STATE_NAME;

  for (var c = 0; c < line.length; ++c) {
    var _char = line.charAt(c);

    if (state === STATE_NAME) {
      if (_char === '{') {
        state = STATE_STARTOFLABELNAME;
      } else if (_char === ' ' || _char === '\t') {
        state = STATE_ENDOFNAME;
      } else {
        name += _char;
      }
    } else if (state === STATE_ENDOFNAME) {
      if (_char === ' ' || _char === '\t') ; else if (_char === '{') {
        state = STATE_STARTOFLABELNAME;
      } else {
        value += _char;
        state = STATE_VALUE;
      }
    } else if (state === STATE_STARTOFLABELNAME) {
      if (_char === ' ' || _char === '\t') ; else if (_char === '}') {
        state = STATE_ENDOFLABELS;
      } else {
        labelname += _char;
        state = STATE_LABELNAME;
      }
    } else if (state === STATE_LABELNAME) {
      if (_char === '=') {
        state = STATE_LABELVALUEQUOTE;
      } else if (_char === '}') {
        state = STATE_ENDOFLABELS;
      } else if (_char === ' ' || _char === '\t') {
        state = STATE_LABELVALUEEQUALS;
      } else {
        labelname += _char;
      }
    } else if (state === STATE_LABELVALUEEQUALS) {
      if (_char === '=') {
        state = STATE_LABELVALUEQUOTE;
      } else if (_char === ' ' || _char === '\t') ; else {
        throw new InvalidLineError(line);
      }
    } else if (state === STATE_LABELVALUEQUOTE) {
      if (_char === '"') {
        state = STATE_LABELVALUE;
      } else if (_char === ' ' || _char === '\t') ; else {
        throw new InvalidLineError(line);
      }
    } else if (state === STATE_LABELVALUE) {
      if (_char === '\\') {
        state = STATE_LABELVALUESLASH;
      } else if (_char === '"') {
        if (!labels) {
          labels = {};
        }

        labels[labelname] = labelvalue;
        labelname = '';
        labelvalue = '';
        state = STATE_NEXTLABEL;
      } else {
        labelvalue += _char;
      }
    } else if (state === STATE_LABELVALUESLASH) {
      state = STATE_LABELVALUE;

      if (_char === '\\') {
        labelvalue += '\\';
      } else if (_char === 'n') {
        labelvalue += '\n';
      } else if (_char === '"') {
        labelvalue += '"';
      } else {
        labelvalue += "\\".concat(_char);
      }
    } else if (state === STATE_NEXTLABEL) {
      if (_char === ',') {
        state = STATE_LABELNAME;
      } else if (_char === '}') {
        state = STATE_ENDOFLABELS;
      } else if (_char === ' ' || _char === '\t') ; else {
        throw new InvalidLineError(line);
      }
    } else if (state === STATE_ENDOFLABELS) {
      if (_char === ' ' || _char === '\t') ; else {
        value += _char;
        state = STATE_VALUE;
      }
    } else if (state === STATE_VALUE) {
      if (_char === ' ' || _char === '\t') {
        state = STATE_TIMESTAMP;
      } else {
        value += _char;
      }
    } else if (state === STATE_TIMESTAMP) {
      if (_char === ' ' || _char === '\t') ; else {
        timestamp += _char;
      }
    }
  }

  var ret = {
    name: name,
    value: value
  };

  if (labels) {
    ret.labels = labels;
  }

  if (timestamp) {
    ret.timestamp_ms = timestamp;
  }

  return ret;
}

/*
Notes:
* Empty line handling is slightly looser than the original implementation.
* Everything else should be similarly strict.
*/

var SUMMARY_TYPE = 'SUMMARY';
var HISTOGRAM_TYPE = 'HISTOGRAM';
function parsePrometheusTextFormat(metrics) {
  var lines = metrics.split('\n'); // Prometheus format defines LF endings

  var converted = [];
  var metric;
  var help;
  var type;
  var samples = [];

  for (var i = 0; i < lines.length; ++i) {
    var line = lines[i].trim();
    var lineMetric = null;
    var lineHelp = null;
    var lineType = null;
    var lineSample = null;

    if (line.length === 0) ; else if (line.startsWith('# ')) {
      // process metadata lines
      var lineData = line.substring(2);
      var instr = null;

      if (lineData.startsWith('HELP ')) {
        instr = 1;
      } else if (lineData.startsWith('TYPE ')) {
        instr = 2;
      }

      if (instr) {
        lineData = lineData.substring(5);
        var spaceIndex = lineData.indexOf(' ');

        if (spaceIndex !== -1) {
          // expect another token
          lineMetric = lineData.substring(0, spaceIndex);
          var remain = lineData.substring(spaceIndex + 1);

          if (instr === 1) {
            // HELP
            lineHelp = unescapeHelp(remain); // remain could be empty
          } else {
            // TYPE
            if (remain.includes(' ')) {
              throw new InvalidLineError(line);
            }

            lineType = remain.toUpperCase();
          }
        } else {
          throw new InvalidLineError(line);
        }
      } // 100% pure comment line, ignore

    } else {
      // process sample lines
      lineSample = parseSampleLine(line);
      lineMetric = lineSample.name;
    }

    if (lineMetric === metric) {
      // metadata always has same name
      if (!help && lineHelp) {
        help = lineHelp;
      } else if (!type && lineType) {
        type = lineType;
      }
    } // different types allow different suffixes


    var suffixedCount = "".concat(metric, "_count");
    var suffixedSum = "".concat(metric, "_sum");
    var suffixedBucket = "".concat(metric, "_bucket");
    var allowedNames = [metric];

    if (type === SUMMARY_TYPE || type === HISTOGRAM_TYPE) {
      allowedNames.push(suffixedCount);
      allowedNames.push(suffixedSum);
    }

    if (type === HISTOGRAM_TYPE) {
      allowedNames.push(suffixedBucket);
    } // encountered new metric family or end of input


    if (i + 1 === lines.length || lineMetric && !allowedNames.includes(lineMetric)) {
      // write current
      if (metric) {
        if (type === SUMMARY_TYPE) {
          samples = flattenMetrics(samples, 'quantiles', 'quantile', 'value');
        } else if (type === HISTOGRAM_TYPE) {
          samples = flattenMetrics(samples, 'buckets', 'le', 'bucket');
        }

        converted.push({
          name: metric,
          help: help ? help : '',
          type: type ? type : 'UNTYPED',
          metrics: samples
        });
      } // reset for new metric family


      metric = lineMetric;
      help = lineHelp ? lineHelp : null;
      type = lineType ? lineType : null;
      samples = [];
    }

    if (lineSample) {
      // key is not called value in official implementation if suffixed count, sum, or bucket
      if (lineSample.name !== metric) {
        if (type === SUMMARY_TYPE || type === HISTOGRAM_TYPE) {
          if (lineSample.name === suffixedCount) {
            lineSample.count = lineSample.value;
          } else if (lineSample.name === suffixedSum) {
            lineSample.sum = lineSample.value;
          }
        }

        if (type === HISTOGRAM_TYPE && lineSample.name === suffixedBucket) {
          lineSample.bucket = lineSample.value;
        }

        delete lineSample.value;
      }

      delete lineSample.name; // merge into existing sample if labels are deep equal

      var samplesLen = samples.length;
      var lastSample = samplesLen === 0 ? null : samples[samplesLen - 1];

      if (lastSample && shallowEqual.shallowEqualObjects(lineSample.labels, lastSample.labels)) {
        delete lineSample.labels;

        for (var key in lineSample) {
          lastSample[key] = lineSample[key];
        }
      } else {
        samples.push(lineSample);
      }
    }
  }

  return converted;
}

function flattenMetrics(metrics, groupName, keyName, valueName) {
  var flattened = null;

  for (var i = 0; i < metrics.length; ++i) {
    var sample = metrics[i];

    if (sample.labels && sample.labels[keyName] && sample[valueName]) {
      if (!flattened) {
        flattened = {};
        flattened[groupName] = {};
      }

      flattened[groupName][sample.labels[keyName]] = sample[valueName];
    } else if (!sample.labels) {
      if (!flattened) {
        flattened = {};
      }

      if (sample.count !== undefined) {
        flattened.count = sample.count;
      }

      if (sample.sum !== undefined) {
        flattened.sum = sample.sum;
      }
    }
  }

  if (flattened) {
    return [flattened];
  } else {
    return metrics;
  }
} // adapted from https://github.com/prometheus/client_python/blob/0.0.19/prometheus_client/parser.py


function unescapeHelp(line) {
  var result = '';
  var slash = false;

  for (var c = 0; c < line.length; ++c) {
    var _char = line.charAt(c);

    if (slash) {
      if (_char === '\\') {
        result += '\\';
      } else if (_char === 'n') {
        result += '\n';
      } else {
        result += "\\".concat(_char);
      }

      slash = false;
    } else {
      if (_char === '\\') {
        slash = true;
      } else {
        result += _char;
      }
    }
  }

  if (slash) {
    result += '\\';
  }

  return result;
}

module.exports = parsePrometheusTextFormat;


/***/ }),

/***/ 37014:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({ value: true }));

function shallowEqualObjects(objA, objB) {
  if (objA === objB) {
    return true;
  }

  if (!objA || !objB) {
    return false;
  }

  var aKeys = Object.keys(objA);
  var bKeys = Object.keys(objB);
  var len = aKeys.length;

  if (bKeys.length !== len) {
    return false;
  }

  for (var i = 0; i < len; i++) {
    var key = aKeys[i];

    if (objA[key] !== objB[key] || !Object.prototype.hasOwnProperty.call(objB, key)) {
      return false;
    }
  }

  return true;
}

function shallowEqualArrays(arrA, arrB) {
  if (arrA === arrB) {
    return true;
  }

  if (!arrA || !arrB) {
    return false;
  }

  var len = arrA.length;

  if (arrB.length !== len) {
    return false;
  }

  for (var i = 0; i < len; i++) {
    if (arrA[i] !== arrB[i]) {
      return false;
    }
  }

  return true;
}

exports.shallowEqualArrays = shallowEqualArrays;
exports.shallowEqualObjects = shallowEqualObjects;


/***/ }),

/***/ 47011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ fillArgv),
/* harmony export */   Q: () => (/* binding */ parseArgvTemplate)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

/**
 * A command as an argument list with `{{name}}` placeholders filled per
 * argument: written as a YAML/JSON list (`["./notify.sh", "{{deployment}}"]`)
 * or as words with '\u2026' / "\u2026" quoting. It is never given to a shell, so a
 * value cannot become `;`, `$(\u2026)` or a glob. A list needs loadYamlParser() first.
 */
function parseArgvTemplate(text, where, placeholders) {
    const t = text.trim();
    let argv;
    if (t.startsWith('[') || t.startsWith('- ')) {
        const doc = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .yamlParser */ .$z)().parseDocument(t);
        const value = doc.errors.length ? undefined : doc.toJS();
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is not a list of strings.', { where, hint: `e.g. ${JSON.stringify(['./script.sh', ...placeholders.map((p) => `{{${p}}}`)])}.` });
        }
        argv = value.map(String);
    }
    else
        argv = splitWords(t, where);
    if (argv.length === 0)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is an empty command.', { where, hint: `e.g. ./script.sh ${placeholders.map((p) => `{{${p}}}`).join(' ')}` });
    for (const m of argv.join(' ').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!placeholders.includes(m[1])) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`has an unknown placeholder {{${m[1]}}}.${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .suggestion */ .h)(m[1], placeholders)}`, { where, hint: `Placeholders: ${placeholders.map((p) => `{{${p}}}`).join(', ')}.` });
        }
    }
    return argv;
}
const fillArgv = (argv, values) => argv.map((a) => a.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, k) => values[k] ?? ''));
function splitWords(text, where) {
    const words = [];
    let word = null;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                word += text[++i];
            else
                word += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            word ??= '';
        }
        else if (/\s/.test(ch)) {
            if (word !== null)
                words.push(word);
            word = null;
        }
        else
            word = (word ?? '') + ch;
    }
    if (quote)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`has an unclosed ${quote} quote.`, { where, hint: 'Close the quote, or write the command as a YAML list.' });
    if (word !== null)
        words.push(word);
    return words;
}


/***/ }),

/***/ 10977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i8: () => (/* binding */ looksLikeCounter),
/* harmony export */   id: () => (/* binding */ matchesCounter),
/* harmony export */   y8: () => (/* binding */ parseCounter)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

const NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
const LABEL = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** True when `text` has the shape of a counter selector (a name, optionally with `{\u2026}`), so it is not meant as PromQL. */
const looksLikeCounter = (text) => /^\s*[A-Za-z_:][A-Za-z0-9_:]*\s*(\{.*\})?\s*$/s.test(text);
function parseCounter(text, where) {
    const source = text.trim();
    const hint = 'Write a counter name with optional equality matchers, e.g. conversions_total or http_requests_total{code="200"}.';
    const brace = source.indexOf('{');
    const metric = (brace < 0 ? source : source.slice(0, brace)).trim();
    if (!NAME.test(metric))
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${source}" is not a counter name.`, { where, hint });
    const matchers = {};
    if (brace >= 0) {
        if (!source.endsWith('}'))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${source}" has no closing brace.`, { where, hint });
        let rest = source.slice(brace + 1, -1).trim();
        while (rest !== '') {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!=|!~|=)\s*"((?:[^"\\]|\\.)*)"\s*(,\s*|$)/.exec(rest);
            if (!m)
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read the label matchers of "${source}".`, { where, hint });
            const [all, label, op, raw] = m;
            if (op !== '=')
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`matcher ${label}${op}"${raw}" in "${source}" is not supported; only label="value" is.`, { where, hint });
            if (!LABEL.test(label))
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${label}" is not a label name.`, { where, hint });
            if (label in matchers)
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`label "${label}" is matched twice in "${source}".`, { where, hint });
            if (raw.includes('{{'))
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the value of ${label} in "${source}" holds "{{", which PromQL templates read as a placeholder.`, { where, hint });
            matchers[label] = raw.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
            rest = rest.slice(all.length);
        }
    }
    return { kind: 'counter', metric, matchers, source };
}
/** Whether a series' labels carry every matcher of the counter. */
const matchesCounter = (counter, labels) => Object.entries(counter.matchers).every(([k, v]) => labels[k] === v);


/***/ }),

/***/ 80631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ parseExposition)
/* harmony export */ });
/* harmony import */ var parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22625);
/* harmony import */ var parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Every sample of a /metrics page, by metric name (`x_bucket`, `x_count` apart).
 *
 * The parser folds a histogram's or summary's lines into one prom2json object
 * and, doing so, merges every label set of the family into one (a histogram
 * with a `track` or `code` label comes back as a single set of buckets). So
 * those families are declared untyped before parsing: each `_bucket` line then
 * stays a sample with its own labels, `le` included.
 */
function parseExposition(text) {
    const untyped = text.replace(/^(#\s*TYPE\s+\S+\s+)(histogram|summary|gaugehistogram)\s*$/gim, '$1untyped');
    const byName = new Map();
    for (const family of parse_prometheus_text_format__WEBPACK_IMPORTED_MODULE_0___default()(untyped)) {
        for (const m of family.metrics) {
            if (m.value === undefined)
                continue;
            const value = Number(m.value.replace(/^\+?Inf$/i, 'Infinity').replace(/^-Inf$/i, '-Infinity'));
            const list = byName.get(family.name) ?? [];
            list.push({ name: family.name, labels: m.labels ?? {}, value });
            byName.set(family.name, list);
        }
    }
    return byName;
}


/***/ }),

/***/ 3583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ alignBuckets),
/* harmony export */   EV: () => (/* binding */ histogramQuantile),
/* harmony export */   dP: () => (/* binding */ counterDelta),
/* harmony export */   jU: () => (/* binding */ parseLe)
/* harmony export */ });
/**
 * The q-quantile of a cumulative histogram, interpolating linearly inside the
 * bucket holding the rank:
 * - q < 0 \u2192 \u2212Inf, q > 1 \u2192 +Inf, NaN q \u2192 NaN;
 * - no +Inf bucket, fewer than two buckets, or zero observations \u2192 NaN;
 * - rank in the +Inf bucket \u2192 the highest finite bound;
 * - rank in the first bucket with a bound \u2264 0 \u2192 that bound; otherwise the
 *   first bucket interpolates from 0.
 * Buckets with the same bound are merged and counts forced monotonic, as
 * Prometheus does for series scraped at slightly different moments.
 */
function histogramQuantile(q, input) {
    if (Number.isNaN(q))
        return NaN;
    if (q < 0)
        return -Infinity;
    if (q > 1)
        return Infinity;
    const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
    if (sorted.length === 0 || sorted[sorted.length - 1].upperBound !== Infinity)
        return NaN;
    const buckets = [];
    for (const b of sorted) {
        const last = buckets[buckets.length - 1];
        if (last && last.upperBound === b.upperBound)
            last.count += b.count;
        else
            buckets.push({ ...b });
    }
    let max = -Infinity;
    for (const b of buckets) {
        if (b.count > max)
            max = b.count;
        else
            b.count = max;
    }
    if (buckets.length < 2)
        return NaN;
    const observations = buckets[buckets.length - 1].count;
    if (observations === 0)
        return NaN;
    let rank = q * observations;
    let b = buckets.length - 1;
    for (let i = 0; i < buckets.length - 1; i++) {
        if (buckets[i].count >= rank) {
            b = i;
            break;
        }
    }
    if (b === buckets.length - 1)
        return buckets[buckets.length - 2].upperBound;
    if (b === 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    let start = 0;
    const end = buckets[b].upperBound;
    let count = buckets[b].count;
    if (b > 0) {
        start = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return start + (end - start) * (rank / count);
}
/**
 * How much a counter grew from `before` to `after`. A drop means the process
 * restarted and counted from zero again, so everything it shows now is new \u2014
 * Prometheus' reset rule for rate() and increase().
 */
const counterDelta = (before, after) => (after < before ? after : after - before);
/** `le` label text to a bound: Prometheus writes +Inf, some exporters Inf or +inf. */
function parseLe(le) {
    const t = le.trim();
    if (/^\+?inf$/i.test(t))
        return Infinity;
    return Number(t);
}
/**
 * Per-bucket request counts of two cumulative histograms, on the bounds both
 * share. A bucket layout that changed between versions is merged to the
 * common bounds (a request is then only known to lie between two of them),
 * never guessed finer. Counts from `increase()` are extrapolated and so
 * fractional: cumulative counts are rounded, forced monotonic (as
 * histogramQuantile does) and differenced. Null when the tracks share no
 * +Inf bucket.
 */
function alignBuckets(canary, stable) {
    const cumulative = (input) => {
        const byBound = new Map();
        for (const b of input)
            if (!Number.isNaN(b.upperBound) && Number.isFinite(b.count))
                byBound.set(b.upperBound, (byBound.get(b.upperBound) ?? 0) + b.count);
        return byBound;
    };
    const c = cumulative(canary);
    const s = cumulative(stable);
    const bounds = [...c.keys()].filter((b) => s.has(b)).sort((a, b) => a - b);
    if (bounds.at(-1) !== Infinity)
        return null;
    const counts = (byBound) => {
        const out = [];
        let previous = 0;
        for (const b of bounds) {
            const total = Math.max(previous, Math.max(0, Math.round(byBound.get(b))));
            out.push(total - previous);
            previous = total;
        }
        return out;
    };
    return { bounds, canary: counts(c), stable: counts(s) };
}


/***/ }),

/***/ 92902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O7: () => (/* reexport */ BLUE_GREEN_TRACKS),
  bj: () => (/* reexport */ COMMAND_PLACEHOLDERS),
  i7: () => (/* reexport */ src_source/* MetricSourceUnavailable */.i),
  Sw: () => (/* reexport */ ROLLBACK_INCIDENT),
  Mr: () => (/* reexport */ SWITCH_PLACEHOLDERS),
  sN: () => (/* reexport */ abJson),
  Go: () => (/* reexport */ blueGreenSourceInputs),
  Bt: () => (/* reexport */ buildAbPlan),
  uX: () => (/* reexport */ buildAbReport),
  wL: () => (/* reexport */ buildBlueGreenReport),
  BU: () => (/* reexport */ buildCanaryReport),
  se: () => (/* reexport */ buildJudgingPlan),
  Gg: () => (/* reexport */ buildPlan),
  Ns: () => (/* reexport */ checkHealth),
  QB: () => (/* reexport */ source_inputs/* createMetricSource */.QB),
  aE: () => (/* reexport */ traffic_createRouter),
  VY: () => (/* reexport */ createSwitch),
  gI: () => (/* reexport */ deploymentRecordsIncident),
  Ts: () => (/* reexport */ source_inputs/* durationInput */.Ts),
  fK: () => (/* reexport */ source_inputs/* metricKind */.fK),
  $b: () => (/* reexport */ source_inputs/* metricSourceInputs */.$b),
  lO: () => (/* reexport */ source_inputs/* metricSourceSecrets */.lO),
  Qx: () => (/* reexport */ src_argv/* parseArgvTemplate */.Q),
  d6: () => (/* reexport */ parseEffect),
  Ws: () => (/* reexport */ parseHealthConditions),
  S0: () => (/* reexport */ source_inputs/* parseQueries */.S0),
  $i: () => (/* reexport */ parseSteps),
  dy: () => (/* reexport */ parseSwitchCommand),
  hC: () => (/* reexport */ peeksJson),
  PH: () => (/* reexport */ preflightMetricSource),
  z3: () => (/* reexport */ preflightSource),
  qj: () => (/* reexport */ src_source/* probeMetrics */.q),
  cp: () => (/* reexport */ recordIncidentOnDeployment),
  tX: () => (/* reexport */ source_inputs/* requireTwoScrapes */.tX),
  Ct: () => (/* reexport */ rollbackCommand),
  cW: () => (/* reexport */ rollbackDeployment),
  gQ: () => (/* reexport */ rollbackRegistry),
  WF: () => (/* reexport */ rollbackWebhook),
  xI: () => (/* reexport */ runAbTest),
  A1: () => (/* reexport */ runAnalysis),
  lQ: () => (/* reexport */ runBlueGreen),
  gk: () => (/* reexport */ stepsJson),
  P_: () => (/* reexport */ switchBack),
  Ir: () => (/* reexport */ toMetricSourceInputs),
  Gi: () => (/* reexport */ trafficConfig),
  bq: () => (/* reexport */ trafficInputs),
  n0: () => (/* reexport */ withoutBlue)
});

// UNUSED EXPORTS: AB_NAMES, BUILTIN_QUERIES, CANARY_NAMES, CommandRouter, DEFAULT_STEPS, DURATION_METRIC, GatewayApiRouter, IstioRouter, MIN_OUTCOMES, ObserveOnly, PLACEHOLDERS, PrometheusClient, PrometheusSource, REQUESTS_METRIC, ROLLBACK_REVISION, ROLLED_BACK_FROM, SHIP_ORDER, ScrapeSource, alignBuckets, binnedMannWhitney, budgetSpent, counterDelta, fillArgv, fillWeights, halfWidth, histogramQuantile, initialState, intervalCharts, intervalsTable, judgeInterval, judgeMetric, judgeStep, logMixtureRatio, looksLikeCounter, mannWhitneyU, metricCheck, metricsTable, normalCdf, normalSf, other, parseCommand, parseCounter, parseDuration, parseExposition, parseMetricLines, parseTolerance, parseVariantMetric, peek, peekLine, progressLine, promqlString, readSelector, realClock, renderTemplate, restoreTrafficInPost, setSelector, ships, smokeRequests, trialsFor, twoProportionZTest, unjudgeable, update, waitHealthy

// EXTERNAL MODULE: ./packages/rollout/src/source.ts
var src_source = __webpack_require__(15584);
// EXTERNAL MODULE: ./packages/rollout/src/counter.ts
var counter = __webpack_require__(10977);
// EXTERNAL MODULE: ./packages/rollout/src/source-inputs.ts
var source_inputs = __webpack_require__(37248);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./packages/rollout/src/scrape-source.ts
var scrape_source = __webpack_require__(27695);
;// CONCATENATED MODULE: ./packages/rollout/src/preflight-tracks.ts



/**
 * Fails before any traffic moves when the metrics cannot be read at all. A
 * scrape source has already taken its first scrape: a failed one ends the
 * step naming the URL input. Prometheus gets every query once for each track
 * on the last interval (the latency bucket queries too with `histograms`), so
 * an unreachable server or a query it rejects ends the step with its own
 * line. Before any traffic moves a track may have no data; an empty answer is
 * fine here, a rejected query is not.
 */
async function preflightMetricSource(source, tracks, metrics, o) {
    if (source instanceof scrape_source/* ScrapeSource */.Sk) {
        for (const t of tracks) {
            const first = source.history(t.track)[0];
            if (first && !first.ok)
                throw new src/* UserError */.yo(`cannot read the ${t.name} metrics at ${t.url}: ${first.error}.`, { where: `input "${t.urlInput}"`, hint: 'Check the URL and that the service is up and reachable from the runner.' });
        }
        return;
    }
    const now = Math.floor(Date.now() / 1000);
    const window = { start: now - Math.max(60, o.interval), end: now };
    for (const t of tracks)
        await (0,src_source/* probeMetrics */.q)(source, t.track, metrics, window, { histograms: o.histograms });
}

;// CONCATENATED MODULE: ./packages/rollout/src/preflight.ts

/**
 * canary-check's preflight: the stable and the canary track as the shared
 * inputs name them (`stable-metrics-url`, `canary-metrics-url`), the latency
 * bucket queries included, on the last `interval` seconds.
 */
async function preflightSource(source, i, metrics, interval) {
    const tracks = ['stable', 'canary'].map((track) => ({ track, name: track, urlInput: `${track}-metrics-url`, url: i[`${track}-metrics-url`] }));
    await preflightMetricSource(source, tracks, metrics, { interval, histograms: true });
}

// EXTERNAL MODULE: ./packages/rollout/src/prometheus-client.ts
var prometheus_client = __webpack_require__(95293);
// EXTERNAL MODULE: ./packages/rollout/src/prometheus-source.ts
var prometheus_source = __webpack_require__(44375);
// EXTERNAL MODULE: ./packages/rollout/src/promql.ts
var promql = __webpack_require__(7706);
// EXTERNAL MODULE: ./packages/rollout/src/exposition.ts
var exposition = __webpack_require__(80631);
;// CONCATENATED MODULE: ./packages/rollout/src/analysis/plan.ts

const CANARY_NAMES = { canary: 'canary', stable: 'stable' };
const DEFAULT_STEPS = (/* unused pure expression or super */ null && ([5, 10, 25, 50, 100]));
/** `5, 10, 25, 50, 100`, `5 10 25`, or `[5, 10, 25, 50, 100]`. */
function parseSteps(text, where = 'input "steps"') {
    const body = text.trim().replace(/^\[(.*)\]$/s, '$1');
    const parts = body.split(/[\s,]+/).filter((p) => p !== '');
    const hint = 'Write canary traffic percentages in increasing order between 1 and 100, e.g. "5, 10, 25, 50, 100".';
    if (parts.length === 0)
        throw new src/* UserError */.yo('no traffic steps given.', { where, hint });
    const steps = [];
    for (const p of parts) {
        const n = Number(p.replace(/%$/, ''));
        if (!/^\d+(\.\d+)?%?$/.test(p) || !Number.isInteger(n))
            throw new src/* UserError */.yo(`"${p}" is not a whole percentage.`, { where, hint });
        if (n < 1 || n > 100)
            throw new src/* UserError */.yo(`${n} is outside 1..100.`, { where, hint });
        const prev = steps[steps.length - 1];
        if (prev !== undefined && n <= prev)
            throw new src/* UserError */.yo(`${n} after ${prev} is not increasing.`, { where, hint });
        steps.push(n);
    }
    return steps;
}
/** `0.005` (in the metric's unit) or `20%` (of stable's value). */
function parseTolerance(text, where = 'input "max-increase"') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?\s*(%?)\s*$/.exec(text);
    if (!m)
        throw new src/* UserError */.yo(`"${text}" is not an increase.`, { where, hint: 'Write an amount in the metric\'s unit (0.005) or a percentage of stable\'s value (20%); not negative.' });
    const value = Number(text.trim().replace(/%$/, ''));
    return { value: m[2] ? value / 100 : value, relative: m[2] === '%', source: text.trim() };
}
/**
 * The `metrics` input: one threshold or metric name per line (or comma), e.g.
 * `error-rate < 0.01` and `p95-latency < 0.5`; or a YAML list whose items are
 * such strings or maps `{metric, threshold, max-increase}`; inline or a file.
 */
function parseMetricLines(text, cwd = process.cwd()) {
    const trimmed = text.trim();
    const looksYaml = /^-\s|^\[/.test(trimmed) || /\.(ya?ml|json)$/i.test(trimmed);
    if (!looksYaml) {
        return trimmed
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '' && !s.startsWith('#'))
            .map((s) => metricLine(s, 'input "metrics"'));
    }
    const doc = /^-\s|^\[/.test(trimmed) ? (0,src/* parseConfigDocument */.Tm)(trimmed, 'inline config') : (0,src/* readConfigDocument */.AA)(trimmed, cwd, 'metrics');
    const inline = doc.source === 'inline config';
    const at = (path) => (inline ? `input "metrics" ${path.map((p) => `[${p}]`).join('')}` : doc.at(path));
    if (!Array.isArray(doc.value))
        throw new src/* UserError */.yo('expected a list of metrics.', { where: inline ? 'input "metrics"' : doc.source, hint: 'e.g. "- error-rate < 0.01" and "- p95-latency < 0.5", one per line.' });
    return doc.value.map((item, i) => {
        if (typeof item === 'string')
            return metricLine(item, at([i]));
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            const o = item;
            const unknownKey = Object.keys(o).find((k) => !['metric', 'threshold', 'max-increase'].includes(k));
            if (unknownKey)
                throw new src/* UserError */.yo(`unknown key "${unknownKey}".`, { where: at([i, unknownKey]), hint: 'A metric takes metric, threshold (e.g. "< 0.01") and max-increase (e.g. "20%").' });
            if (typeof o.metric !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(o.metric))
                throw new src/* UserError */.yo('needs a metric name, e.g. metric: p95-latency.', { where: at([i, 'metric']) });
            const line = { name: o.metric, where: at([i]) };
            if (o.threshold !== undefined)
                line.threshold = (0,src/* parseThreshold */.B7)(`${o.metric} ${String(o.threshold)}`, at([i, 'threshold']));
            if (o['max-increase'] !== undefined)
                line.maxIncrease = parseTolerance(String(o['max-increase']), at([i, 'max-increase']));
            return line;
        }
        throw new src/* UserError */.yo(`expected a threshold like "error-rate < 0.01" or a map, got ${JSON.stringify(item)}.`, { where: at([i]) });
    });
}
function metricLine(text, where) {
    if (/^[A-Za-z_][\w.-]*$/.test(text.trim()))
        return { name: text.trim(), where };
    const threshold = (0,src/* parseThreshold */.B7)(text, where);
    return { name: threshold.metric, threshold, where };
}
const worseFor = (op) => (op === '>' || op === '>=' ? 'lower' : 'higher');
function buildPlan(p) {
    const judging = buildJudgingPlan(p, () => {
        if (!p.steps.some((s) => s < 100))
            throw new src/* UserError */.yo('has no step below 100, so nothing would be analysed.', { where: 'input "steps"', hint: 'e.g. "5, 10, 25, 50, 100".' });
    });
    return { steps: p.steps, ...judging };
}
/**
 * The timing and the metric checks, validated; `checkFirst` runs after the
 * timing checks and before the metrics are parsed (canary-check's steps), so
 * the first mistake in input order is the one reported.
 */
function buildJudgingPlan(p, checkFirst = () => { }) {
    if (!(p.stepDuration > 0))
        throw new src/* UserError */.yo(`must be more than 0 seconds, got ${p.stepDuration}.`, { where: 'input "duration"', hint: 'Analysis time per traffic step, e.g. 5m.' });
    if (!(p.interval > 0))
        throw new src/* UserError */.yo(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often metrics are judged, e.g. 1m.' });
    if (p.interval > p.stepDuration) {
        throw new src/* UserError */.yo(`interval (${p.interval} s) is longer than duration (${p.stepDuration} s).`, { where: 'input "interval"', hint: 'Each step is judged in intervals; make interval at most duration.' });
    }
    if (!(p.significance > 0 && p.significance < 1))
        throw new src/* UserError */.yo(`must be between 0 and 1 (exclusive), got ${p.significance}.`, { where: 'input "significance"', hint: 'e.g. 0.05.' });
    checkFirst();
    const defaultTolerance = parseTolerance(p.maxIncrease);
    const lines = parseMetricLines(p.metrics, p.cwd);
    if (lines.length === 0)
        throw new src/* UserError */.yo('lists no metric.', { where: 'input "metrics"', hint: 'e.g. "error-rate < 0.01" and "p95-latency < 0.5", one per line.' });
    const seen = new Set();
    const metrics = lines.map((line) => {
        if (seen.has(line.name))
            throw new src/* UserError */.yo(`metric "${line.name}" is listed twice.`, { where: line.where, hint: 'Give each metric one line.' });
        seen.add(line.name);
        if (p.comparison === 'absolute' && !line.threshold) {
            throw new src/* UserError */.yo(`metric "${line.name}" has no threshold, which comparison: absolute needs.`, { where: line.where, hint: `Write e.g. "${line.name} < 0.01", or set comparison: relative to judge it against stable.` });
        }
        const kind = p.resolve(line.name, line.where);
        if (kind.kind === 'request-rate' && !line.threshold) {
            throw new src/* UserError */.yo(`metric "${line.name}" needs a threshold: the request rate follows the traffic weight, so it is never compared with stable.`, {
                where: line.where,
                hint: `e.g. "${line.name} > 1" to insist the canary gets traffic.`,
            });
        }
        return {
            name: line.name,
            kind,
            threshold: line.threshold,
            worse: worseFor(line.threshold?.op),
            maxIncrease: line.maxIncrease ?? defaultTolerance,
            test: kind.kind === 'error-rate' ? 'two-proportion' : kind.kind === 'latency' ? 'mann-whitney' : null,
            compareWithStable: kind.kind !== 'request-rate',
        };
    });
    return {
        stepDuration: p.stepDuration,
        interval: p.interval,
        intervalsPerStep: Math.max(1, Math.floor(p.stepDuration / p.interval + 1e-9)),
        minRequests: p.minRequests,
        maxFailedIntervals: p.maxFailedIntervals,
        significance: p.significance,
        comparison: p.comparison,
        metrics,
        names: p.names ?? CANARY_NAMES,
    };
}

// EXTERNAL MODULE: ./packages/rollout/src/histogram.ts
var histogram = __webpack_require__(3583);
;// CONCATENATED MODULE: ./packages/rollout/src/stats/normal.ts
/**
 * The standard normal distribution's tail, ported from the Cephes ndtr.c that
 * SciPy 1.10 calls for scipy.stats.norm.sf / scipy.special.ndtr, so p-values
 * agree with SciPy to ~1e-15 rather than to the 1e-7 of the usual erf shortcuts.
 */
const SQRTH = 7.07106781186547524401e-1;
const MAXLOG = 7.09782712893383996732e2;
const P = [
    2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687e0, 4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
    9.34528527171957607540e2, 1.02755188689515710272e3, 5.57535335369399327526e2,
];
const Q = [
    1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2, 9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
    1.65666309194161350182e3, 5.57535340817727675546e2,
];
const R = [5.64189583547755073984e-1, 1.27536670759978104416e0, 5.01905042251180477414e0, 6.16021097993053585195e0, 7.40974269950448939160e0, 2.97886665372100240670e0];
const S = [2.26052863220117276590e0, 9.39603524938001434673e0, 1.20489539808096656605e1, 1.70814450747565897222e1, 9.60896809063285878198e0, 3.36907645100081516050e0];
const T = [9.60497373987051638749e0, 9.00260197203842689217e1, 2.23200534594684319226e3, 7.00332514112805075473e3, 5.55923013010394962768e4];
const U = [3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3, 2.26290000613890934246e4, 4.92673942608635921086e4];
/** Cephes polevl: coefficients highest degree first. */
function polevl(x, coef) {
    let ans = coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** Cephes p1evl: like polevl with an implied leading coefficient of 1. */
function p1evl(x, coef) {
    let ans = x + coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** exp(-x\u00b2) without the error amplification of squaring x first (Cephes expx2 with sign \u22121). */
function expMinusX2(x) {
    const ax = Math.abs(x);
    const m = 0.0078125 * Math.floor(128 * ax + 0.5);
    const f = ax - m;
    const u = m * m;
    const u1 = 2 * m * f + f * f;
    return Math.exp(-u) * Math.exp(-u1);
}
function erf(x) {
    if (Math.abs(x) > 1)
        return 1 - erfc(x);
    const z = x * x;
    return (x * polevl(z, T)) / p1evl(z, U);
}
function erfc(a) {
    const x = Math.abs(a);
    if (x < 1)
        return 1 - erf(a);
    if (-a * a < -MAXLOG)
        return a < 0 ? 2 : 0;
    const z = expMinusX2(a);
    const y = x < 8 ? (z * polevl(x, P)) / p1evl(x, Q) : (z * polevl(x, R)) / p1evl(x, S);
    if (y === 0)
        return a < 0 ? 2 : 0;
    return a < 0 ? 2 - y : y;
}
/** P(Z \u2264 a), Cephes ndtr. */
function normalCdf(a) {
    if (Number.isNaN(a))
        return NaN;
    if (a === Infinity)
        return 1;
    if (a === -Infinity)
        return 0;
    const x = a * SQRTH;
    const z = Math.abs(x);
    if (z < SQRTH)
        return 0.5 + 0.5 * erf(x);
    const y = 0.5 * erfc(z);
    return x > 0 ? 1 - y : y;
}
/** P(Z > z): SciPy's norm.sf(z) is ndtr(\u2212z). */
const normalSf = (z) => normalCdf(-z);

;// CONCATENATED MODULE: ./packages/rollout/src/stats/two-proportion.ts

/**
 * Two-proportion z-test, one-sided (H1: the canary's error rate is higher),
 * with the pooled proportion under H0 \u2014 statsmodels' proportions_ztest with
 * alternative='larger' and prop_var=False. When the pooled proportion is 0 or 1
 * (no errors anywhere, or nothing but errors) the tracks are identical and the
 * standard error is 0: z is 0 and the p-value 1, there is no evidence of a
 * difference. A track without requests cannot be tested: null.
 */
function twoProportionZTest(canary, stable) {
    if (!(canary.total > 0) || !(stable.total > 0))
        return null;
    const canaryRate = canary.count / canary.total;
    const stableRate = stable.count / stable.total;
    const pooled = (canary.count + stable.count) / (canary.total + stable.total);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.total + 1 / stable.total));
    const difference = canaryRate - stableRate;
    if (se === 0)
        return { canaryRate, stableRate, difference, z: 0, pValue: 1 };
    const z = difference / se;
    return { canaryRate, stableRate, difference, z, pValue: normalSf(z) };
}

;// CONCATENATED MODULE: ./packages/rollout/src/stats/binned-mann-whitney.ts

/**
 * Mann\u2013Whitney U over histogram buckets: every request is one observation
 * whose value is its bucket's index, so all requests of a bucket are tied.
 * `canary[i]` and `stable[i]` are how many requests of each track fell in
 * bucket i (not cumulative), buckets in increasing order of their bound.
 *
 * Why bucket ranks: a latency histogram is all Prometheus keeps of each
 * request, and the bucket order is all it knows about them; the test on those
 * ranks is exactly scipy.stats.mannwhitneyu(alternative='greater',
 * method='asymptotic') on the expanded samples (the tie correction and the
 * continuity correction of 1/2), computed in O(buckets) instead of
 * O(requests log requests). A thousand requests are a thousand observations,
 * where a test on a handful of sub-window p95 values could never reach
 * p < 0.05. The exact distribution is never used: with ties it does not apply.
 *
 * Null when a track has no request in any bucket.
 */
function binnedMannWhitney(canary, stable) {
    if (canary.length !== stable.length)
        throw new Error(`binnedMannWhitney: ${canary.length} canary buckets vs ${stable.length} stable buckets`);
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < canary.length; i++) {
        const c = canary[i];
        const s = stable[i];
        if (!(c >= 0) || !(s >= 0) || !Number.isInteger(c) || !Number.isInteger(s))
            throw new Error(`binnedMannWhitney: bucket ${i} has counts ${c} / ${s}; counts are non-negative integers`);
        n1 += c;
        n2 += s;
    }
    if (n1 === 0 || n2 === 0)
        return null;
    const n = n1 + n2;
    // Rank sum of the canary: a bucket holding t requests after `below` others gives each the mean rank below + (t + 1) / 2.
    let below = 0;
    let r1 = 0;
    let tieTerm = 0;
    for (let i = 0; i < canary.length; i++) {
        const t = canary[i] + stable[i];
        if (t === 0)
            continue;
        r1 += canary[i] * (below + (t + 1) / 2);
        tieTerm += t * t * t - t;
        below += t;
    }
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every request in one bucket: nothing tells the tracks apart (SciPy divides by 0 and returns p = 1).
    if (!(variance > 0))
        return { u, z: -Infinity, pValue: 1, canaryCount: n1, stableCount: n2 };
    const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance);
    return { u, z, pValue: Math.min(1, Math.max(0, normalSf(z))), canaryCount: n1, stableCount: n2 };
}

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/interval.ts




async function judgeInterval(plan, source, ctx) {
    const base = { ...ctx, canary: null, stable: null, metrics: [] };
    const n = plan.names;
    try {
        const [canary, stable] = await Promise.all([source.requests('canary', ctx.window), source.requests('stable', ctx.window)]);
        if (canary === null || canary.requests < plan.minRequests) {
            const served = canary === null ? 'no request data' : `${fmtCount(canary.requests)} requests`;
            return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.canary} had ${served} (min-requests ${plan.minRequests})` };
        }
        const stableUsable = stable !== null && stable.requests >= plan.minRequests;
        if (plan.comparison === 'relative' && !stableUsable) {
            const served = stable === null ? 'no request data' : `${fmtCount(stable.requests)} requests`;
            return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.stable} had ${served} (min-requests ${plan.minRequests}), nothing to compare with` };
        }
        const metrics = [];
        for (const m of plan.metrics) {
            const [c, s] = await Promise.all([source.read(m.kind, 'canary', ctx.window), stableUsable ? source.read(m.kind, 'stable', ctx.window) : Promise.resolve(null)]);
            const kind = m.kind;
            // Latencies are compared request by request: each track's requests per histogram bucket over the interval.
            const histograms = kind.kind === 'latency' && stableUsable
                ? await Promise.all([source.histogram(kind, 'canary', ctx.window), source.histogram(kind, 'stable', ctx.window)]).then(([canaryBuckets, stableBuckets]) => ({ canary: canaryBuckets, stable: stableBuckets }))
                : undefined;
            metrics.push(judgeMetric(plan, m, c, s, canary, stableUsable ? stable : null, histograms));
        }
        const verdict = metrics.some((o) => o.status === 'fail') ? 'fail' : metrics.some((o) => o.status === 'inconclusive') ? 'inconclusive' : 'pass';
        return { ...base, canary, stable, verdict, metrics };
    }
    catch (e) {
        if (e instanceof src_source/* MetricSourceUnavailable */.i)
            return { ...base, verdict: 'inconclusive', reason: `metrics unavailable: ${e.line}` };
        throw e;
    }
}
function judgeMetric(plan, m, c, s, cCounts, sCounts, histograms) {
    const n = plan.names;
    const obs = { metric: m.name, canary: c.value, stable: s?.value ?? null, worseBy: null, allowed: null, test: m.test, pValue: null, status: 'pass', reasons: [] };
    if (c.value === null || !Number.isFinite(c.value)) {
        obs.canary = null;
        obs.status = 'inconclusive';
        obs.reasons.push(`no ${n.canary} value for ${m.name}`);
        return obs;
    }
    let failed = false;
    if (m.threshold && !(0,src/* compare */.UD)(c.value, m.threshold.op, m.threshold.value)) {
        failed = true;
        obs.reasons.push(`${n.canary} ${m.name} ${fmt(c.value)} breaks ${m.threshold.source}`);
    }
    if (!m.compareWithStable) {
        obs.status = failed ? 'fail' : 'pass';
        return obs;
    }
    if (s && s.value !== null && Number.isFinite(s.value)) {
        const worseBy = m.worse === 'higher' ? c.value - s.value : s.value - c.value;
        const allowed = m.maxIncrease.relative ? Math.abs(s.value) * m.maxIncrease.value : m.maxIncrease.value;
        obs.worseBy = worseBy;
        obs.allowed = allowed;
        let test = null;
        if (m.test === 'two-proportion' && sCounts)
            test = twoProportionZTest({ count: cCounts.errors, total: cCounts.requests }, { count: sCounts.errors, total: sCounts.requests });
        if (m.test === 'mann-whitney') {
            const latency = latencyTest(plan, m, histograms);
            if ('inconclusive' in latency) {
                // Too few requests in a histogram to tell noise from a regression is never a pass.
                obs.status = failed ? 'fail' : 'inconclusive';
                obs.reasons.push(latency.inconclusive);
                return obs;
            }
            test = latency;
        }
        obs.pValue = test?.pValue ?? null;
        // Kayenta's rule: worse beyond the tolerance *and* unlikely to be noise. Without a test
        // (a custom query), relative mode goes by the observed excess alone.
        let exceeded = worseBy > allowed + 1e-12;
        if (exceeded && m.kind.kind === 'latency' && m.worse === 'higher' && histograms?.canary) {
            // histogram_quantile interpolates inside a bucket, so a canary 10 % slower whose p95 just crosses a
            // bucket bound reads as far slower. Only an excess the buckets themselves prove fails: fewer than
            // q of the canary's requests at or below the first bound past stable + allowance.
            const limit = s.value + allowed;
            if (!provenAbove(histograms.canary, m.kind.quantile, limit)) {
                exceeded = false;
                obs.note = `${m.name} ${fmt(c.value)} vs ${fmt(s.value)} is interpolated inside a histogram bucket; the buckets do not show the ${n.canary}'s requests slower than ${fmt(limit)} beyond p${+(m.kind.quantile * 100).toFixed(6)}`;
            }
        }
        const significant = obs.pValue === null ? null : obs.pValue < plan.significance;
        const fails = plan.comparison === 'relative' ? exceeded && significant !== false : exceeded && significant === true;
        if (fails) {
            failed = true;
            const p = obs.pValue === null ? '' : `, p = ${fmtP(obs.pValue)} < ${plan.significance}`;
            obs.reasons.push(`${n.canary} ${m.name} worse than ${n.stable} by ${fmt(worseBy)} (allowed ${m.maxIncrease.source}${p})`);
        }
    }
    else if (plan.comparison === 'relative') {
        obs.status = failed ? 'fail' : 'inconclusive';
        if (!failed)
            obs.reasons.push(`no ${n.stable} value for ${m.name} to compare with`);
        return obs;
    }
    obs.status = failed ? 'fail' : 'pass';
    return obs;
}
/**
 * The per-request latency test: Mann\u2013Whitney U over histogram buckets (each
 * request one observation, ranked by its bucket). Each track needs
 * min-requests requests in its histogram; fewer, or no histogram, is
 * inconclusive.
 */
function latencyTest(plan, m, histograms) {
    const missing = ['canary', 'stable'].filter((t) => !histograms?.[t]);
    const n = plan.names;
    if (missing.length)
        return { inconclusive: `no ${missing.map((t) => n[t]).join(' or ')} latency histogram for ${m.name} to compare requests with` };
    const aligned = (0,histogram/* alignBuckets */.BC)(histograms.canary, histograms.stable);
    if (!aligned)
        return { inconclusive: `the ${n.canary} and ${n.stable} latency histograms of ${m.name} share no +Inf bucket` };
    const result = binnedMannWhitney(aligned.canary, aligned.stable);
    const counts = { canary: result?.canaryCount ?? aligned.canary.reduce((a, b) => a + b, 0), stable: result?.stableCount ?? aligned.stable.reduce((a, b) => a + b, 0) };
    const short = ['canary', 'stable'].filter((t) => counts[t] < Math.max(1, plan.minRequests));
    if (!result || short.length) {
        return { inconclusive: `${short.map((t) => `${n[t]} latency histogram holds ${counts[t]} requests`).join(', ')} (min-requests ${plan.minRequests}), too few to compare ${m.name}` };
    }
    return { pValue: result.pValue };
}
/**
 * True when the histogram shows the q-quantile beyond `limit`: fewer than q of
 * the requests are at or below the first bucket bound \u2265 limit, so
 * histogram_quantile lands past that bound whatever the requests' latencies
 * inside their buckets.
 */
function provenAbove(histogram, q, limit) {
    const sorted = [...histogram].sort((a, b) => a.upperBound - b.upperBound);
    const total = sorted.at(-1)?.upperBound === Infinity ? sorted.at(-1).count : NaN;
    if (!(total > 0))
        return false;
    const bound = sorted.find((b) => b.upperBound >= limit);
    if (!bound || bound.upperBound === Infinity)
        return false;
    return bound.count < q * total;
}
const fmtCount = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const fmt = (n) => (n === 0 ? '0' : Math.abs(n) >= 1000 || Math.abs(n) < 0.001 ? n.toPrecision(3) : String(Number(n.toPrecision(4))));
const fmtP = (p) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/engine.ts



const realClock = {
    now: () => Date.now() / 1000,
    sleep: src/* sleep */.yy,
};
async function runAnalysis(o) {
    const { plan, source, router, log } = o;
    const clock = o.clock ?? realClock;
    const steps = plan.steps.map((weight, i) => ({ step: i + 1, weight, status: 'not reached', intervals: [] }));
    const failedMetrics = new Set();
    const budget = { failedIntervals: 0, anyFail: false };
    let weight = 0;
    const stop = async (verdict, reason) => {
        if (router.shifts) {
            log(`${verdict === 'rollback' ? 'Rolling back' : 'Stopping'}: ${reason} Setting the canary weight to 0 on ${router.description}.`);
            await router.setCanaryWeight(0);
        }
        else
            log(`${verdict === 'rollback' ? 'Rollback' : 'Inconclusive'}: ${reason}`);
        return { verdict, reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: router.shifts ? 0 : weight };
    };
    try {
        for (const step of steps) {
            if (step.weight === 100) {
                await router.setCanaryWeight(100);
                weight = 100;
                step.status = 'promoted';
                log(`[step ${step.step}/${steps.length} \u00b7 100%] every analysed step passed; ${router.shifts ? `all traffic now goes to the canary on ${router.description}` : 'promote the canary to all traffic'}.`);
                break;
            }
            await router.setCanaryWeight(step.weight);
            weight = step.weight;
            if (router.shifts)
                log(`[step ${step.step}/${steps.length} \u00b7 ${step.weight}%] canary weight set to ${step.weight}%, stable ${100 - step.weight}%.`);
            if (!(await judgeStep({ plan, source, log, clock, signal: o.signal, step, stepCount: steps.length, budget, failedMetrics }))) {
                return await stop(budget.anyFail ? 'rollback' : 'inconclusive', budgetSpent(budget.failedIntervals, plan.maxFailedIntervals));
            }
        }
    }
    catch (e) {
        if (o.signal?.aborted)
            return await stop('inconclusive', `analysis cancelled (${(0,src/* describeError */.Uc)(o.signal.reason)}).`);
        throw e;
    }
    const last = plan.steps[plan.steps.length - 1];
    const reason = last === 100 ? 'every analysed step passed; the canary serves all traffic.' : `every step passed; the canary stays at ${last}%.`;
    return { verdict: 'promote', reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: weight };
}
/** Why an analysis stopped early: `2 failed or inconclusive intervals, more than max-failed-intervals 1.` */
const budgetSpent = (failed, max) => `${failed} failed or inconclusive interval${failed === 1 ? '' : 's'}, more than max-failed-intervals ${max}.`;
/**
 * Judges intervals of real time at the step's current traffic until
 * `intervalsPerStep` of them passed (true), or the failure budget runs out
 * (false). As in Flagger, a failed or inconclusive interval does not count
 * towards the step: each miss adds one more interval, and counts against
 * `max-failed-intervals` over the whole analysis.
 */
async function judgeStep(o) {
    const { plan, step, budget } = o;
    step.status = 'inconclusive';
    let passes = 0;
    let planned = plan.intervalsPerStep;
    for (let i = 1; passes < plan.intervalsPerStep; i++) {
        const start = o.clock.now();
        await o.clock.sleep(plan.interval * 1000, o.signal);
        const end = o.clock.now();
        const r = await judgeInterval(plan, o.source, { step: step.step, weight: step.weight, interval: i, window: { start, end } });
        step.intervals.push(r);
        o.log(progressLine(r, o.stepCount, planned, { head: o.head, names: plan.names }));
        if (r.verdict === 'pass') {
            passes++;
            continue;
        }
        budget.failedIntervals++;
        planned++;
        if (r.verdict === 'fail') {
            budget.anyFail = true;
            for (const m of r.metrics)
                if (m.status === 'fail')
                    o.failedMetrics.add(m.metric);
        }
        if (budget.failedIntervals > plan.maxFailedIntervals) {
            step.status = step.intervals.some((x) => x.verdict === 'fail') ? 'fail' : 'inconclusive';
            return false;
        }
    }
    step.status = 'pass';
    return true;
}
/** `[step 2/5 \u00b7 10% \u00b7 interval 3/6] error-rate canary 0.4% vs stable 0.3% \u00b7 p95 0.21 s vs 0.19 s \u00b7 pass` */
function progressLine(r, stepCount, plannedIntervals, o = {}) {
    const names = o.names ?? CANARY_NAMES;
    const label = o.head ? o.head(r, plannedIntervals) : `[step ${r.step}/${stepCount} \u00b7 ${r.weight}% \u00b7 interval ${r.interval}/${plannedIntervals}]`;
    if (r.reason)
        return `${label} inconclusive: ${r.reason}`;
    const parts = r.metrics.map((m) => describeObservation(m, names));
    const verdict = r.verdict === 'pass' ? 'pass' : `${r.verdict.toUpperCase()}: ${r.metrics.flatMap((m) => m.reasons).join('; ')}`;
    return `${label} ${[...parts, verdict].join(' \u00b7 ')}`;
}
function describeObservation(m, names) {
    const latency = /^p(\d+(?:\.\d+)?)-latency$/.exec(m.metric);
    const value = (v) => (v === null ? 'n/a' : m.metric === 'error-rate' ? pct(v) : latency ? `${fmt(v)} s` : fmt(v));
    const name = latency ? `p${latency[1]}` : m.metric;
    const [c, s] = latency ? ['', ''] : [`${names.canary} `, `${names.stable} `];
    return m.stable === null ? `${name} ${c}${value(m.canary)}` : `${name} ${c}${value(m.canary)} vs ${s}${value(m.stable)}`;
}
const pct = (v) => `${Number((v * 100).toPrecision(3))}%`;

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/report.ts



/**
 * The canary-check Report: the verdict, one check per judged metric, a
 * per-step table, the metric comparison (observed canary vs stable, how much
 * worse, p-values) and line charts of canary vs stable over time.
 */
const isLatency = (m) => m.kind.kind === 'latency';
const show = (m, v) => (v === null ? null : m.kind.kind === 'error-rate' ? pct(v) : isLatency(m) ? `${fmt(v)} s` : fmt(v));
function buildCanaryReport(plan, result, trafficDescription) {
    const intervals = result.steps.flatMap((s) => s.intervals);
    const checks = [
        {
            id: 'verdict',
            title: 'Canary verdict',
            status: result.verdict === 'promote' ? 'pass' : 'fail',
            observed: result.verdict,
            expected: 'promote',
            detail: result.reason,
        },
        ...plan.metrics.map((m) => metricCheck(plan, m, intervals)),
    ];
    const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
    checks.push({
        id: 'data',
        title: 'Enough data to judge',
        status: result.verdict === 'inconclusive' ? 'fail' : inconclusive.length ? 'warn' : 'pass',
        observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
        expected: `\u2265 ${plan.minRequests} canary requests per interval`,
        detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
    });
    const verdictWord = { promote: 'promote', rollback: 'roll back', inconclusive: 'inconclusive (not promoted)' }[result.verdict];
    return (0,src/* createReport */.LU)({
        action: 'canary-check',
        title: 'Canary analysis',
        summary: `Verdict: **${verdictWord}** \u2014 ${result.reason} Traffic: ${trafficDescription}; ${plan.comparison} comparison, ${plan.intervalsPerStep} interval(s) of ${plan.interval} s per step, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}, significance ${plan.significance}.`,
        checks,
        tables: [stepsTable(result.steps, plan), metricsTable(plan, intervals), intervalsTable(plan, intervals)],
        charts: intervalCharts(plan, intervals),
        data: { verdict: result.verdict, reason: result.reason, failedMetrics: result.failedMetrics, failedIntervals: result.failedIntervals, steps: stepsJson(result.steps) },
    });
}
/** One check per judged metric: its threshold and comparison, and how many intervals it failed. */
function metricCheck(plan, m, intervals) {
    const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name));
    const failed = obs.filter((o) => o.status === 'fail');
    const last = [...obs].reverse().find((o) => o.canary !== null);
    const noted = obs.filter((o) => o.note);
    const versusStable = m.compareWithStable ? `${m.worse === 'higher' ? '\u2264' : '\u2265'} ${plan.names.stable} ${m.worse === 'higher' ? '+' : '\u2212'} ${m.maxIncrease.source}${m.test ? ` (when p < ${plan.significance})` : ''}` : null;
    const expected = [m.threshold ? (0,src/* formatThreshold */.B6)(m.threshold) : null, versusStable].filter(Boolean).join('; ');
    return {
        id: `metric.${m.name}`,
        title: m.name,
        status: obs.length === 0 ? 'skip' : failed.length ? 'fail' : 'pass',
        observed: last ? show(m, last.canary) : null,
        expected,
        detail: [
            failed.length ? `failed in ${failed.length} of ${obs.length} intervals: ${failed[failed.length - 1].reasons.join('; ')}` : obs.length ? `passed in ${obs.filter((o) => o.status === 'pass').length} of ${obs.length} intervals` : 'never judged (no interval had enough data)',
            ...(noted.length ? [`${noted.length} apparent excess(es) not counted: ${noted[noted.length - 1].note}`] : []),
        ].join('; '),
    };
}
function stepsTable(steps, plan) {
    return {
        title: 'Steps',
        folded: false,
        columns: ['Step', 'Canary weight', 'Status', `Intervals pass / fail / inconclusive (${plan.intervalsPerStep} passes needed)`, 'Canary requests', 'Canary errors', 'Stable requests', 'Stable errors'],
        rows: steps.map((s) => {
            const count = (v) => s.intervals.filter((i) => i.verdict === v).length;
            const sum = (f) => (s.intervals.length ? s.intervals.reduce((a, i) => a + (f(i) ?? 0), 0) : null);
            return [
                `${s.step}/${steps.length}`,
                `${s.weight}%`,
                s.status,
                s.weight === 100 || s.status === 'not reached' ? '' : `${count('pass')} / ${count('fail')} / ${count('inconclusive')}`,
                sum((i) => i.canary?.requests),
                sum((i) => i.canary?.errors),
                sum((i) => i.stable?.requests),
                sum((i) => i.stable?.errors),
            ];
        }),
    };
}
/** Per metric, the worst interval: both tracks' values, how much worse, the smallest p-value. */
function metricsTable(plan, intervals) {
    const rows = [];
    for (const m of plan.metrics) {
        const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name).map((o) => ({ i, o })));
        if (obs.length === 0) {
            rows.push([m.name, null, null, null, null, null, 'no data']);
            continue;
        }
        // Worst interval first: that is the one a reader needs to see.
        const worst = [...obs].sort((a, b) => (b.o.worseBy ?? -Infinity) - (a.o.worseBy ?? -Infinity))[0];
        const minP = Math.min(...obs.map(({ o }) => o.pValue ?? 1));
        const tested = obs.some(({ o }) => o.pValue !== null);
        const failed = obs.filter(({ o }) => o.status === 'fail').length;
        rows.push([
            m.name,
            show(m, worst.o.canary),
            show(m, worst.o.stable),
            worseBy(m, worst.o.worseBy),
            tested ? `${fmtP(minP)} (${m.test === 'two-proportion' ? 'two-proportion z' : 'Mann\u2013Whitney U'})` : null,
            `step ${worst.i.step} \u00b7 interval ${worst.i.interval}`,
            failed ? `failed ${failed}/${obs.length}` : `passed ${obs.filter(({ o }) => o.status === 'pass').length}/${obs.length}`,
        ]);
    }
    const [c, s] = [capital(plan.names.canary), capital(plan.names.stable)];
    return { title: `${c} vs ${plan.names.stable} (worst interval)`, folded: false, columns: ['Metric', c, s, `${c} worse by`, 'Smallest p-value', 'When', 'Intervals'], rows };
}
/** Error rates differ in percentage points; everything else in its own unit. */
function worseBy(m, v) {
    if (v === null)
        return null;
    const sign = v >= 0 ? '+' : '';
    if (m.kind.kind === 'error-rate')
        return `${sign}${Number((v * 100).toPrecision(3))} pp`;
    return `${sign}${fmt(v)}${isLatency(m) ? ' s' : ''}`;
}
/** Every interval judged, folded: counts, each metric on both tracks, p-values, verdict. */
function intervalsTable(plan, intervals) {
    const n = plan.names;
    const columns = ['Step', 'Interval', 'Window (UTC)', `${capital(n.canary)} req / err`, `${capital(n.stable)} req / err`, ...plan.metrics.flatMap((m) => [`${m.name} ${n.canary} / ${n.stable}`, `${m.name} p`]), 'Verdict'];
    const rows = intervals.map((i) => {
        const counts = (c) => (c ? `${c.requests} / ${c.errors}` : 'no data');
        const cells = plan.metrics.flatMap((m) => {
            const o = i.metrics.find((x) => x.metric === m.name);
            if (!o)
                return [null, null];
            return [`${show(m, o.canary) ?? 'n/a'} / ${show(m, o.stable) ?? 'n/a'}`, o.pValue === null ? null : fmtP(o.pValue)];
        });
        const window = `${new Date(i.window.start * 1000).toISOString().slice(11, 19)}\u2013${new Date(i.window.end * 1000).toISOString().slice(11, 19)}`;
        return [`${i.step} (${i.weight}%)`, i.interval, window, counts(i.canary), counts(i.stable), ...cells, i.reason ? `inconclusive: ${i.reason}` : i.verdict];
    });
    return { title: `All ${intervals.length} intervals`, columns, rows };
}
/** Line charts of the two tracks' error rate and latencies, interval by interval. */
function intervalCharts(plan, intervals) {
    if (intervals.length === 0)
        return [];
    const x = intervals.map((i) => `${i.weight}%\u00b7${i.interval}`);
    const series = (name, scale) => ['canary', 'stable'].map((track) => ({
        name: `${plan.names[track]} ${name}`,
        values: intervals.map((i) => {
            const v = i.metrics.find((o) => o.metric === name)?.[track];
            return v === null || v === undefined ? NaN : v * scale;
        }),
    }));
    const out = [];
    const errorRate = plan.metrics.find((m) => m.kind.kind === 'error-rate');
    if (errorRate)
        out.push({ title: `Error rate %, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'error rate %', series: series(errorRate.name, 100) });
    const latencies = plan.metrics.filter(isLatency);
    if (latencies.length)
        out.push({ title: `Latency s, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'seconds', series: latencies.flatMap((m) => series(m.name, 1)) });
    // xychart-beta cannot leave a gap; say so rather than let a missing reading pass for 0.
    for (const c of out)
        if (c.series.some((s) => s.values.some(Number.isNaN)))
            c.title += ' (no data = 0)';
    return out;
}
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** The `steps-json` output: per step, its intervals, counts and metric observations. */
function stepsJson(steps) {
    return steps.map((s) => ({
        step: s.step,
        weight: s.weight,
        status: s.status,
        intervals: s.intervals.map((i) => ({
            interval: i.interval,
            start: i.window.start,
            end: i.window.end,
            verdict: i.verdict,
            ...(i.reason ? { reason: i.reason } : {}),
            canary: i.canary,
            stable: i.stable,
            metrics: i.metrics.map((o) => ({ metric: o.metric, canary: o.canary, stable: o.stable, worseBy: o.worseBy, pValue: o.pValue, status: o.status, reasons: o.reasons, ...(o.note ? { note: o.note } : {}) })),
        })),
    }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/index.ts





;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/plan.ts




/**
 * What an A/B test runs, as data, validated from the action inputs before any
 * traffic moves: the business metric (a success and a trials counter per
 * variant), the split and timing, the sequential test's parameters, what
 * ships, and the guardrails judged interval by interval as canary analysis
 * judges its metrics. The candidate is the canary track, control the stable one.
 */
const AB_NAMES = { canary: 'candidate', stable: 'control' };
const SHIP_ORDER = ['candidate-wins', 'no-difference', 'inconclusive'];
const unit = (name, value, hint) => {
    if (!(value > 0 && value < 1))
        throw new src/* UserError */.yo(`must be between 0 and 1 (exclusive), got ${value}.`, { where: `input "${name}"`, hint });
};
function buildAbPlan(p) {
    const successes = parseVariantMetric(p.successes, 'successes', p.source);
    const trials = parseVariantMetric(p.trials, 'trials', p.source);
    if (!Number.isInteger(p.split) || p.split < 1 || p.split > 99) {
        throw new src/* UserError */.yo(`${p.split} is not a whole percentage between 1 and 99.`, { where: 'input "split"', hint: 'The candidate\'s share of traffic while the test runs, e.g. 50 for an even split.' });
    }
    if (!(p.horizon > 0))
        throw new src/* UserError */.yo(`must be more than 0 seconds, got ${p.horizon}.`, { where: 'input "horizon"', hint: 'How long the test may run before it is inconclusive, e.g. 2h.' });
    if (!(p.interval > 0))
        throw new src/* UserError */.yo(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often the counts are looked at, e.g. 5m.' });
    if (p.interval > p.horizon)
        throw new src/* UserError */.yo(`interval (${p.interval} s) is longer than horizon (${p.horizon} s).`, { where: 'input "interval"', hint: 'Peek at least once before the horizon: make interval at most horizon.' });
    unit('alpha', p.alpha, 'The false-positive bound however often the test is looked at, e.g. 0.05.');
    unit('min-detectable-effect', p.mde, 'The smallest difference of rates worth shipping, e.g. 0.01 for one percentage point.');
    const tau = p.tau ?? p.mde;
    if (!(tau > 0))
        throw new src/* UserError */.yo(`must be more than 0, got ${tau}.`, { where: 'input "tau"', hint: 'The spread of effects the test expects, as a difference of rates; leave it empty to use min-detectable-effect.' });
    return { successes, trials, split: p.split, horizon: p.horizon, interval: p.interval, alpha: p.alpha, tau, mde: p.mde, shipOn: p.shipOn, promoteOnWin: p.promoteOnWin, guardrails: guardrailPlan(p) };
}
/** `0.01`, or `1pp`/`1 pp` (percentage points); a bare `%` is refused as ambiguous (of what?). */
function parseEffect(text, where = 'input "min-detectable-effect"') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp)?\s*$/.exec(text);
    if (!m) {
        throw new src/* UserError */.yo(`"${text}" is not a difference of rates.`, { where, hint: 'Write it as a fraction (0.01) or in percentage points (1pp); a relative "%" is not supported because the test is on the absolute difference.' });
    }
    return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
/**
 * One counter for both variants (each read on its own track), a PromQL
 * template with {{interval}} (source: prometheus), or a map
 * `control: \u2026` / `candidate: \u2026` giving each variant its own.
 */
function parseVariantMetric(text, input, source) {
    const where = `input "${input}"`;
    const body = text.trim();
    if (body === '')
        throw new src/* UserError */.yo('is required.', { where, hint: input === 'successes' ? 'Name the counter of successes, e.g. conversions_total.' : 'Name the counter of trials, e.g. http_requests_total{path="/checkout"}.' });
    if (/^\s*[\w-]+\s*:(\s|$)/.test(body)) {
        const doc = (0,src/* parseConfigDocument */.Tm)(body, 'inline config');
        const map = doc.value;
        if (typeof map !== 'object' || map === null || Array.isArray(map))
            throw new src/* UserError */.yo('expected a counter, a query, or a map with control and candidate.', { where });
        const unknown = Object.keys(map).find((k) => k !== 'control' && k !== 'candidate');
        if (unknown)
            throw new src/* UserError */.yo(`unknown key "${unknown}".`, { where, hint: 'A per-variant map takes control and candidate, e.g. "control: orders_total{variant=\\"a\\"}".' });
        const one = (key) => {
            const v = map[key];
            if (typeof v !== 'string' || v.trim() === '')
                throw new src/* UserError */.yo(`"${key}" needs a counter or a query, got ${JSON.stringify(v ?? null)}.`, { where: `${where} [${key}]` });
            return metricOf(v, `${where} [${key}]`, source);
        };
        return { stable: one('control'), canary: one('candidate') };
    }
    const kind = metricOf(body, where, source);
    return { stable: kind, canary: kind };
}
function metricOf(text, where, source) {
    if ((0,counter/* looksLikeCounter */.i8)(text))
        return (0,counter/* parseCounter */.y8)(text, where);
    if (source === 'scrape') {
        throw new src/* UserError */.yo(`"${text.trim()}" is not a counter name; PromQL needs source: prometheus.`, { where, hint: 'Write a counter, e.g. conversions_total or http_requests_total{code="200"}, or set source: prometheus.' });
    }
    if (!/\{\{\s*interval\s*\}\}/.test(text)) {
        throw new src/* UserError */.yo(`the query never mentions {{interval}}, so it cannot count what happened since the test started.`, { where, hint: 'Count over the window, e.g. sum(increase(conversions_total{{{selector}}}[{{interval}}])).' });
    }
    (0,promql/* checkTemplate */.BU)(where.replace(/^input "([^"]+)".*$/, '$1'), text, where);
    return { kind: 'query', query: text.trim(), name: where.replace(/^input "([^"]+)"(?: \[(\w+)\])?$/, (_, i, v) => (v ? `${i} (${v})` : i)) };
}
/** Guardrails are judged against control with canary-check's interval judgement; thresholds written on them stay hard limits. */
function guardrailPlan(p) {
    if (/^\s*none\s*$/i.test(p.guardrails))
        return null;
    try {
        return buildJudgingPlan({
            metrics: p.guardrails,
            comparison: 'relative',
            maxIncrease: p.maxIncrease,
            stepDuration: p.interval,
            interval: p.interval,
            minRequests: p.minRequests,
            maxFailedIntervals: p.maxFailedIntervals,
            significance: p.alpha,
            resolve: p.resolve,
            cwd: p.cwd,
            names: AB_NAMES,
        });
    }
    catch (e) {
        // The shared parser names canary-check's input; here the same syntax is called guardrails.
        if (e instanceof src/* UserError */.yo && e.details.where?.startsWith('input "metrics"')) {
            throw new src/* UserError */.yo(e.message, { ...e.details, where: e.details.where.replace('input "metrics"', 'input "guardrails"') });
        }
        throw e;
    }
}
const ships = (verdict, shipOn) => verdict !== 'control-wins' && SHIP_ORDER.indexOf(verdict) >= 0 && SHIP_ORDER.indexOf(verdict) <= SHIP_ORDER.indexOf(shipOn);

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/sequential.ts
/**
 * The always-valid test behind the A/B verdicts: the mixture sequential
 * probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh
 * ("Peeking at A/B tests", KDD 2017; "Always valid inference", Operations
 * Research 2022) for the difference of two proportions, with the normal
 * approximation and a normal mixing distribution N(0, \u03c4\u00b2) over the effect.
 *
 * With \u03b8\u0302 = p\u0302_candidate \u2212 p\u0302_control and its plug-in variance
 * V = p\u0302_c(1\u2212p\u0302_c)/n_c + p\u0302_t(1\u2212p\u0302_t)/n_t, the mixture likelihood ratio of
 * H0: \u03b8 = \u03b80 is
 *
 *   \u039b(\u03b80) = \u221a(V / (V + \u03c4\u00b2)) \u00b7 exp( \u03c4\u00b2 (\u03b8\u0302 \u2212 \u03b80)\u00b2 / (2 V (V + \u03c4\u00b2)) ).
 *
 * Under H0, \u039b is a nonnegative martingale with mean 1, so by Ville's
 * inequality P(\u039b ever \u2265 1/\u03b1) \u2264 \u03b1 however often it is looked at. Hence the
 * always-valid p-value p_n = min(p_{n\u22121}, 1/\u039b_n(0)) and the confidence
 * sequence {\u03b80 : \u039b(\u03b80) < 1/\u03b1}, a centred interval of half-width
 *
 *   r = \u221a( 2V(V + \u03c4\u00b2)/\u03c4\u00b2 \u00b7 (ln(1/\u03b1) + \u00bd ln((V + \u03c4\u00b2)/V)) ),
 *
 * intersected over peeks (each peek's interval covers \u03b8 at every time with
 * probability 1 \u2212 \u03b1, so their running intersection does too).
 */
/**
 * The normal approximation needs both outcomes in each arm: below this many
 * successes or failures a peek is not judged (the usual np \u2265 5 rule).
 */
const MIN_OUTCOMES = 5;
/** Why a peek could not be judged, in words; null when it can. */
function unjudgeable(control, candidate) {
    for (const [name, a] of [
        ['control', control],
        ['candidate', candidate],
    ]) {
        if (!(a.trials > 0))
            return `${name} has no trials yet`;
        if (a.successes < MIN_OUTCOMES || a.trials - a.successes < MIN_OUTCOMES) {
            return `${name} has ${a.successes} successes in ${a.trials} trials; each variant needs at least ${MIN_OUTCOMES} successes and ${MIN_OUTCOMES} failures for the normal approximation`;
        }
    }
    return null;
}
const rateVariance = (p, n) => (p * (1 - p)) / n;
/** ln \u039b(\u03b80) for a difference estimate with variance V (see the module comment). */
function logMixtureRatio(difference, variance, tau, theta0 = 0) {
    const t2 = tau * tau;
    const d = difference - theta0;
    return 0.5 * Math.log(variance / (variance + t2)) + (t2 * d * d) / (2 * variance * (variance + t2));
}
/** Half-width of the always-valid interval for variance V. */
function halfWidth(variance, tau, alpha) {
    const t2 = tau * tau;
    return Math.sqrt(((2 * variance * (variance + t2)) / t2) * (Math.log(1 / alpha) + 0.5 * Math.log((variance + t2) / variance)));
}
function peek(control, candidate, o) {
    const controlRate = control.successes / control.trials;
    const candidateRate = candidate.successes / candidate.trials;
    const difference = candidateRate - controlRate;
    const variance = rateVariance(controlRate, control.trials) + rateVariance(candidateRate, candidate.trials);
    const logLambda = logMixtureRatio(difference, variance, o.tau);
    const r = halfWidth(variance, o.tau, o.alpha);
    return {
        controlRate,
        candidateRate,
        difference,
        lift: controlRate > 0 ? difference / controlRate : null,
        variance,
        logLambda,
        pValue: Math.min(1, Math.exp(-logLambda)),
        lower: difference - r,
        upper: difference + r,
    };
}
/**
 * Total trials (both variants) at which the always-valid interval's
 * half-width falls to `mde`, for the given rates and candidate share of
 * traffic: the half-width grows with V (d/dV of V\u00b7ln(1 + \u03c4\u00b2/V) is
 * ln(1 + y) \u2212 y/(1 + y) > 0 with y = \u03c4\u00b2/V), so V* solves halfWidth(V*) = mde by
 * bisection and n = (p_c(1\u2212p_c)/(1\u2212w) + p_t(1\u2212p_t)/w) / V* (not rounded). A difference of
 * `mde` is then told from 0, and a difference of 0 from \u00b1mde.
 */
function trialsFor(mde, rates, candidateShare, o) {
    const spread = rates.control * (1 - rates.control) / (1 - candidateShare) + (rates.candidate * (1 - rates.candidate)) / candidateShare;
    if (!(spread > 0))
        return Infinity;
    let lo = 0;
    let hi = mde * mde;
    while (halfWidth(hi, o.tau, o.alpha) < mde)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (halfWidth(mid, o.tau, o.alpha) < mde)
            lo = mid;
        else
            hi = mid;
    }
    return spread / lo;
}
const initialState = () => ({ peeks: 0, pValue: 1, lower: -Infinity, upper: Infinity, decision: null });
/**
 * One more peek. A decision needs the interval to exclude 0 (a winner) or to
 * sit inside (\u2212mde, +mde) \u2014 the minimum detectable effect excluded both ways
 * (no difference that matters). Both are decided on the running interval, so
 * each holds with the confidence sequence's 1 \u2212 \u03b1 guarantee.
 */
function update(state, p, mde) {
    const lower = Math.max(state.lower, p.lower);
    const upper = Math.min(state.upper, p.upper);
    const decision = lower > 0 ? 'candidate-wins' : upper < 0 ? 'control-wins' : lower > -mde && upper < mde ? 'no-difference' : null;
    return { peeks: state.peeks + 1, pValue: Math.min(state.pValue, p.pValue), lower, upper, decision };
}

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/engine.ts






async function runAbTest(o) {
    const { plan, source, router, log } = o;
    const clock = o.clock ?? realClock;
    const peeks = [];
    const failedGuardrails = new Set();
    let failedGuardrailIntervals = 0;
    let state = initialState();
    const planned = Math.ceil(plan.horizon / plan.interval - 1e-9);
    const finish = async (verdict, reason, cancelled = false) => {
        let shipping = !cancelled && ships(verdict, plan.shipOn);
        // Never a pass without evidence: no judged peek, or guardrails that never had the data to be judged.
        if (shipping && state.peeks === 0) {
            shipping = false;
            reason += ' Not shipped: no peek had the counts to judge.';
        }
        if (shipping && plan.guardrails && !peeks.some((p) => p.guardrails && p.guardrails.verdict !== 'inconclusive')) {
            shipping = false;
            reason += ' Not shipped: the guardrails were never judged (no interval had the data).';
        }
        const weight = shipping && plan.promoteOnWin ? 100 : 0;
        if (router.shifts) {
            await router.setCanaryWeight(weight);
            log(`${verdict}: ${reason} ${weight === 100 ? `All traffic now goes to the candidate on ${router.description}.` : `Control serves all traffic again on ${router.description}.`}`);
        }
        else
            log(`${verdict}: ${reason}`);
        return { verdict, reason, ships: shipping, peeks, state, failedGuardrails: [...failedGuardrails], failedGuardrailIntervals, finalWeight: router.shifts ? weight : plan.split };
    };
    try {
        await router.setCanaryWeight(plan.split);
        if (router.shifts)
            log(`[A/B] candidate weight set to ${plan.split}%, control ${100 - plan.split}%.`);
        const start = clock.now();
        let last = start;
        for (let k = 1;; k++) {
            // The last peek lands on the horizon, however the earlier sleeps overran.
            const wait = k < planned ? plan.interval : Math.max(0, Math.min(plan.interval, start + plan.horizon - clock.now()));
            await clock.sleep(wait * 1000, o.signal);
            const end = clock.now();
            const guardrails = plan.guardrails ? await judgeInterval(plan.guardrails, source, { step: 1, weight: plan.split, interval: k, window: { start: last, end } }) : null;
            last = end;
            const record = await readPeek(plan, source, k, { start, end }, state, guardrails);
            state = record.state;
            peeks.push(record);
            log(peekLine(record, plan, planned));
            if (guardrails?.verdict === 'fail') {
                failedGuardrailIntervals++;
                for (const m of guardrails.metrics)
                    if (m.status === 'fail')
                        failedGuardrails.add(m.metric);
                if (plan.guardrails && failedGuardrailIntervals > plan.guardrails.maxFailedIntervals) {
                    const why = guardrails.metrics.flatMap((m) => (m.status === 'fail' ? m.reasons : [])).join('; ');
                    return await finish('control-wins', `the candidate hurts a guardrail: ${failedGuardrailIntervals} failed guardrail interval${failedGuardrailIntervals === 1 ? '' : 's'}, more than max-failed-intervals ${plan.guardrails.maxFailedIntervals} (${why}).`);
                }
            }
            if (state.decision)
                return await finish(state.decision, decisionReason(state, plan, record));
            if (k >= planned)
                return await finish('inconclusive', horizonReason(plan, record));
        }
    }
    catch (e) {
        if (o.signal?.aborted)
            return await finish('inconclusive', `the A/B test was cancelled (${(0,src/* describeError */.Uc)(o.signal.reason)}).`, true);
        if (router.shifts) {
            // Whatever broke, a half-run test must not keep its split (the CLI has no post: step).
            await router.setCanaryWeight(0).catch((again) => log(`could not set the candidate weight back to 0 (${(0,src/* describeError */.Uc)(again)}); the post: step will try again.`));
        }
        throw e;
    }
}
async function readPeek(plan, source, k, window, before, guardrails) {
    const base = { peek: k, window, guardrails, state: before, stats: null, trialsNeeded: null };
    let arms;
    try {
        arms = { stable: await readArm(plan, source, 'stable', window), canary: await readArm(plan, source, 'canary', window) };
    }
    catch (e) {
        if (e instanceof src_source/* MetricSourceUnavailable */.i)
            return { ...base, control: null, candidate: null, reason: `metrics unavailable: ${e.line}` };
        throw e;
    }
    const [control, candidate] = [arms.stable, arms.canary];
    const counts = { ...base, control, candidate };
    if (!control || !candidate)
        return { ...counts, reason: `no ${[!control && 'control', !candidate && 'candidate'].filter(Boolean).join(' or ')} counts since the start` };
    for (const [name, a] of [['control', control], ['candidate', candidate]]) {
        if (a.successes > a.trials)
            return { ...counts, reason: `${name} counts ${a.successes} successes in ${a.trials} trials; successes must count a subset of trials` };
    }
    const why = unjudgeable(control, candidate);
    if (why)
        return { ...counts, reason: why };
    const stats = peek(control, candidate, plan);
    const state = before.decision ? before : update(before, stats, plan.mde);
    const trialsNeeded = trialsFor(plan.mde, { control: stats.controlRate, candidate: stats.candidateRate }, plan.split / 100, plan);
    return { ...counts, stats, state, trialsNeeded: Number.isFinite(trialsNeeded) ? Math.ceil(trialsNeeded) : null };
}
/** Successes and trials since the start; counters' increases come back fractional from Prometheus. */
async function readArm(plan, source, track, window) {
    const trials = (await source.read(plan.trials[track], track, window)).value;
    if (trials === null || !Number.isFinite(trials))
        return null;
    const successes = (await source.read(plan.successes[track], track, window)).value;
    if (successes === null || !Number.isFinite(successes))
        return null;
    return { successes: Math.max(0, Math.round(successes)), trials: Math.max(0, Math.round(trials)) };
}
/** Rates and differences in percentage points: `+1.2 pp`. */
const pp = (v, sign = true) => `${sign && v >= 0 ? '+' : v < 0 ? '\u2212' : ''}${Number((Math.abs(v) * 100).toPrecision(3))} pp`;
const rate = (v) => `${Number((v * 100).toPrecision(4))}%`;
const interval = (s) => `[${Number.isFinite(s.lower) ? pp(s.lower) : '\u2212\u221e'}, ${Number.isFinite(s.upper) ? pp(s.upper) : '+\u221e'}]`;
const confidence = (plan) => `${Number(((1 - plan.alpha) * 100).toPrecision(4))}%`;
/** `[peek 3/12] control 10.2% (204/2000) \u00b7 candidate 12.1% (242/2000) \u00b7 +1.9 pp, 95% always-valid [\u22120.4, +4.2] pp \u00b7 p 0.31 \u00b7 guardrails pass` */
function peekLine(r, plan, planned) {
    const head = `[peek ${r.peek}/${planned}]`;
    const arm = (name, a) => (a ? `${name} ${a.trials ? rate(a.successes / a.trials) : 'n/a'} (${a.successes}/${a.trials})` : `${name} no data`);
    const parts = [arm('control', r.control), arm('candidate', r.candidate)];
    if (r.stats)
        parts.push(`${pp(r.stats.difference)}, ${confidence(plan)} always-valid ${interval(r.state)} \u00b7 p ${fmtP(r.state.pValue)}`);
    else
        parts.push(`not judged: ${r.reason}`);
    if (r.guardrails)
        parts.push(r.guardrails.verdict === 'pass' ? 'guardrails pass' : r.guardrails.reason ? `guardrails inconclusive: ${r.guardrails.reason}` : `guardrails ${r.guardrails.verdict.toUpperCase()}: ${r.guardrails.metrics.flatMap((m) => m.reasons).join('; ')}`);
    return `${head} ${parts.join(' \u00b7 ')}`;
}
function decisionReason(s, plan, r) {
    const ci = `the ${confidence(plan)} always-valid interval for the difference is ${interval(s)}`;
    const effect = r.stats ? `${pp(r.stats.difference)}${r.stats.lift === null ? '' : ` (lift ${r.stats.lift >= 0 ? '+' : '\u2212'}${Number((Math.abs(r.stats.lift) * 100).toPrecision(3))}%)`}` : '';
    const after = `after ${r.peek} peek${r.peek === 1 ? '' : 's'}`;
    switch (s.decision) {
        case 'candidate-wins':
            return `the candidate converts better, ${effect}: ${ci}, above 0 ${after}.`;
        case 'control-wins':
            return `the candidate converts worse, ${effect}: ${ci}, below 0 ${after}.`;
        default:
            return `${ci}, inside \u00b1${pp(plan.mde, false)} (min-detectable-effect) ${after}: no difference that large.`;
    }
}
function horizonReason(plan, r) {
    const total = (r.control?.trials ?? 0) + (r.candidate?.trials ?? 0);
    const needed = r.trialsNeeded === null ? 'too little data to say how many trials it needs' : `about ${Math.max(0, r.trialsNeeded - total)} more trials (${r.trialsNeeded} in all) would resolve \u00b1${pp(plan.mde, false)}`;
    return `the horizon (${plan.horizon} s) came before a decision; ${needed}.`;
}

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/report.ts





/**
 * The ab-test Report: the verdict, the effect with its always-valid interval
 * and the trials still needed, each guardrail as canary-check reports a
 * metric, the peeks one by one, and the interval narrowing over time.
 */
const shipsOn = (plan) => SHIP_ORDER.slice(0, SHIP_ORDER.indexOf(plan.shipOn) + 1).join(' or ');
function buildAbReport(plan, result, trafficDescription) {
    const last = lastJudged(result.peeks);
    const guardrailIntervals = result.peeks.flatMap((p) => (p.guardrails ? [p.guardrails] : []));
    const checks = [
        {
            id: 'verdict',
            title: 'A/B verdict',
            status: result.ships ? 'pass' : 'fail',
            observed: result.verdict,
            expected: shipsOn(plan),
            detail: result.reason,
        },
    ];
    if (plan.guardrails) {
        const g = plan.guardrails;
        // Failures within max-failed-intervals were tolerated: they warn, and only a test they stopped fails on them.
        const stopped = result.failedGuardrailIntervals > g.maxFailedIntervals;
        checks.push(...g.metrics.map((m) => ({ ...metricCheck(g, m, guardrailIntervals), id: `guardrail.${m.name}`, title: `guardrail ${m.name}`, ...(stopped ? {} : { severity: 'warning' }) })));
    }
    checks.push(dataCheck(result));
    const effect = last?.stats;
    const summary = [
        `Verdict: **${result.verdict}** \u2014 ${result.reason}`,
        effect ? `Candidate ${rate(effect.candidateRate)} vs control ${rate(effect.controlRate)}: ${pp(effect.difference)}${effect.lift === null ? '' : `, lift ${signedPct(effect.lift)}`}.` : '',
        `Traffic: ${trafficDescription}; split ${plan.split}% candidate; mixture SPRT at \u03b1 ${plan.alpha}, \u03c4 ${plan.tau}, min-detectable-effect ${pp(plan.mde, false)}; peeks every ${plan.interval} s up to ${plan.horizon} s.`,
    ]
        .filter(Boolean)
        .join(' ');
    const tables = [effectTable(plan, result), peeksTable(plan, result.peeks)];
    if (plan.guardrails && guardrailIntervals.length)
        tables.push(metricsTable(plan.guardrails, guardrailIntervals), { ...intervalsTable(plan.guardrails, guardrailIntervals), folded: true });
    return (0,src/* createReport */.LU)({
        action: 'ab-test',
        title: 'A/B test',
        summary,
        checks,
        tables,
        charts: sequenceChart(result.peeks),
        data: abJson(result),
    });
}
const signedPct = (v) => `${v >= 0 ? '+' : '\u2212'}${Number((Math.abs(v) * 100).toPrecision(3))}%`;
const lastJudged = (peeks) => [...peeks].reverse().find((p) => p.stats);
function dataCheck(result) {
    const judged = result.peeks.filter((p) => p.stats).length;
    const unjudged = result.peeks.filter((p) => !p.stats);
    return {
        id: 'data',
        title: 'Enough data to judge',
        status: judged === 0 ? 'fail' : unjudged.length ? 'warn' : 'pass',
        observed: `${judged} of ${result.peeks.length} peeks`,
        expected: 'successes and failures in both variants',
        detail: unjudged.length ? `not judged: ${[...new Set(unjudged.map((p) => p.reason))].join(' | ')}` : undefined,
    };
}
function effectTable(plan, result) {
    const last = lastJudged(result.peeks);
    const s = result.state;
    const total = last ? last.control.trials + last.candidate.trials : 0;
    const row = last?.stats
        ? [
            `${rate(last.stats.controlRate)} (${last.control.successes}/${last.control.trials})`,
            `${rate(last.stats.candidateRate)} (${last.candidate.successes}/${last.candidate.trials})`,
            pp(last.stats.difference),
            last.stats.lift === null ? null : signedPct(last.stats.lift),
            `[${pp(s.lower)}, ${pp(s.upper)}]`,
            fmtP(s.pValue),
            total,
            last.trialsNeeded === null ? null : Math.max(0, last.trialsNeeded - total),
        ]
        : ['no data', 'no data', null, null, null, null, total, null];
    return {
        title: 'Effect (candidate \u2212 control)',
        folded: false,
        columns: ['Control', 'Candidate', 'Difference', 'Relative lift', `${Number(((1 - plan.alpha) * 100).toPrecision(4))}% always-valid interval`, 'Always-valid p', 'Trials so far', `More trials for \u00b1${pp(plan.mde, false)}`],
        rows: [row],
    };
}
function peeksTable(plan, peeks) {
    return {
        title: `All ${peeks.length} peeks`,
        folded: peeks.length > 12,
        columns: ['Peek', 'Until (UTC)', 'Control', 'Candidate', 'Difference', 'Always-valid interval', 'p', 'Decision', 'Guardrails'],
        rows: peeks.map((p) => [
            p.peek,
            new Date(p.window.end * 1000).toISOString().slice(11, 19),
            p.control ? `${p.control.successes}/${p.control.trials}` : 'no data',
            p.candidate ? `${p.candidate.successes}/${p.candidate.trials}` : 'no data',
            p.stats ? pp(p.stats.difference) : null,
            p.stats ? `[${pp(p.state.lower)}, ${pp(p.state.upper)}]` : null,
            p.stats ? fmtP(p.state.pValue) : null,
            p.stats ? (p.state.decision ?? 'continue') : `not judged: ${p.reason}`,
            p.guardrails ? guardrailWord(p.guardrails) : plan.guardrails ? null : 'none',
        ]),
    };
}
const guardrailWord = (g) => (g.reason ? `inconclusive: ${g.reason}` : g.verdict);
/** The confidence sequence over peeks: the estimate between its running bounds, in percentage points. */
function sequenceChart(peeks) {
    const judged = peeks.filter((p) => p.stats);
    if (judged.length === 0)
        return [];
    const points = (f) => judged.map((p) => Number((f(p) * 100).toPrecision(6)));
    return [
        {
            title: 'Difference and its always-valid interval, percentage points',
            kind: 'line',
            x: judged.map((p) => String(p.peek)),
            yLabel: 'pp',
            series: [
                { name: 'upper bound', values: points((p) => p.state.upper) },
                { name: 'difference', values: points((p) => p.stats.difference) },
                { name: 'lower bound', values: points((p) => p.state.lower) },
            ],
        },
    ];
}
/** The report's data and the peeks-json output: per peek, the counts, statistic and running state. */
function abJson(result) {
    return {
        verdict: result.verdict,
        reason: result.reason,
        ships: result.ships,
        failedGuardrails: result.failedGuardrails,
        failedGuardrailIntervals: result.failedGuardrailIntervals,
        pValue: result.state.pValue,
        interval: [finite(result.state.lower), finite(result.state.upper)],
        peeks: peeksJson(result.peeks),
    };
}
const finite = (v) => (Number.isFinite(v) ? v : null);
function peeksJson(peeks) {
    return peeks.map((p) => ({
        peek: p.peek,
        start: p.window.start,
        end: p.window.end,
        control: p.control,
        candidate: p.candidate,
        ...(p.reason ? { reason: p.reason } : {}),
        ...(p.stats ? { difference: p.stats.difference, lift: p.stats.lift, pValue: p.state.pValue, lower: finite(p.state.lower), upper: finite(p.state.upper), decision: p.state.decision, trialsNeeded: p.trialsNeeded } : {}),
        guardrails: p.guardrails ? { verdict: p.guardrails.verdict, ...(p.guardrails.reason ? { reason: p.guardrails.reason } : {}), metrics: p.guardrails.metrics.map((m) => ({ metric: m.metric, candidate: m.canary, control: m.stable, pValue: m.pValue, status: m.status, reasons: m.reasons })) } : null,
    }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/index.ts





// EXTERNAL MODULE: ./packages/rollout/src/argv.ts
var src_argv = __webpack_require__(47011);
// EXTERNAL MODULE: ./packages/rollout/src/traffic/exec.ts
var exec = __webpack_require__(9826);
;// CONCATENATED MODULE: ./packages/rollout/src/traffic/command.ts



/**
 * `traffic: command`: a program and its arguments (an argv template, see
 * parseArgvTemplate), with `{{canary}}` and `{{stable}}` replaced by the
 * weights in each argument, run with @actions/exec; no shell ever sees it.
 */
function parseCommand(text, where = 'input "traffic-command"') {
    const argv = (0,src_argv/* parseArgvTemplate */.Q)(text, where, WEIGHTS);
    if (!argv.some((a) => a.includes('{{canary}}') || a.includes('{{stable}}'))) {
        throw new src/* UserError */.yo('never mentions {{canary}} or {{stable}}, so it cannot set a weight.', { where, hint: 'Pass the weights as arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}}' });
    }
    return argv;
}
const WEIGHTS = ['canary', 'stable'];
const fillWeights = (argv, canary) => (0,src_argv/* fillArgv */.A)(argv, { canary: String(canary), stable: String(100 - canary) });
class CommandRouter {
    argv;
    log;
    shifts = true;
    description;
    constructor(argv, log) {
        this.argv = argv;
        this.log = log;
        this.description = `the command \`${argv.join(' ')}\``;
    }
    /** A command cannot be asked whether it would work; parseCommand already checked its shape. */
    async preflight() { }
    async setCanaryWeight(canary) {
        const argv = fillWeights(this.argv, canary);
        await (0,exec/* run */.e)(argv, { where: 'input "traffic-command"', log: (line) => this.log(`  ${line}`) });
    }
}

// EXTERNAL MODULE: ./packages/rollout/src/traffic/kubectl-object.ts
var kubectl_object = __webpack_require__(72549);
;// CONCATENATED MODULE: ./packages/rollout/src/traffic/kubernetes.ts


/**
 * The weight fields of the route lists (`roles[i][j]`: what entry j of list i
 * points at) that split traffic between the stable and the canary. A list with
 * only one of the two (a header-matched route to the canary alone) is left as
 * it is; a list that has both and something else cannot be split, and `mixed`
 * throws for it.
 */
function splitWeights(roles, weightPath, mixed) {
    const out = [];
    roles.forEach((list, i) => {
        if (!list.includes('canary') || !list.includes('stable'))
            return;
        if (list.includes(null))
            mixed(i);
        list.forEach((role, j) => out.push({ path: weightPath(i, j), role: role }));
    });
    return out;
}
class KubectlRouter {
    name;
    namespace;
    log;
    shifts = true;
    constructor(name, namespace, log) {
        this.name = name;
        this.namespace = namespace;
        this.log = log;
    }
    get target() {
        return { resource: this.resource, name: this.name, namespace: this.namespace, where: this.where };
    }
    async read() {
        const obj = await (0,kubectl_object/* readObject */.A)(this.target);
        return { obj, found: this.destinations(obj.spec ?? {}) };
    }
    async preflight() {
        await this.read();
    }
    async setCanaryWeight(canary) {
        const { obj, found } = await this.read();
        // `add` sets a member whether or not a weight was written before (`replace` needs one).
        await (0,kubectl_object/* patchObject */.o)(this.target, obj, found.map((d) => ({ op: 'add', path: d.path, value: d.role === 'canary' ? canary : 100 - canary })));
    }
}
/** Istio VirtualService: `spec.http[].route[].destination.subset` (seed 000 section 4.2's 95/5). */
class IstioRouter extends KubectlRouter {
    o;
    description;
    resource = 'virtualservice';
    where = 'input "virtual-service"';
    constructor(o, log) {
        super(o.virtualService, o.namespace, log);
        this.o = o;
        this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
    }
    destinations(spec) {
        const http = Array.isArray(spec.http) ? spec.http : [];
        const seen = new Set();
        const roles = http.map((h) => (Array.isArray(h.route) ? h.route : []).map((r) => {
            const d = r.destination ?? {};
            if (d.subset)
                seen.add(d.subset);
            if (this.o.host && d.host !== this.o.host)
                return null;
            return d.subset === this.o.canarySubset ? 'canary' : d.subset === this.o.stableSubset ? 'stable' : null;
        }));
        const out = splitWeights(roles, (i, j) => `/spec/http/${i}/route/${j}/weight`, (i) => {
            throw new src/* UserError */.yo(`http[${i}] of VirtualService ${this.o.virtualService} also routes to other destinations, so its weights cannot be split between "${this.o.stableSubset}" and "${this.o.canarySubset}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route with both subset "${this.o.stableSubset}" and subset "${this.o.canarySubset}"${this.o.host ? ` of host ${this.o.host}` : ''} (subsets found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.subsetInputs ?? 'stable-subset/canary-subset'} to the subset names of its DestinationRule.` });
        }
        return out;
    }
}
/** Gateway API HTTPRoute: `spec.rules[].backendRefs[].weight` of the two Services. */
class GatewayApiRouter extends KubectlRouter {
    o;
    description;
    resource = 'httproute';
    where = 'input "http-route"';
    constructor(o, log) {
        super(o.httpRoute, o.namespace, log);
        this.o = o;
        this.description = `HTTPRoute ${o.httpRoute} -n ${o.namespace}`;
    }
    destinations(spec) {
        const rules = Array.isArray(spec.rules) ? spec.rules : [];
        const seen = new Set();
        const roles = rules.map((rule) => (Array.isArray(rule.backendRefs) ? rule.backendRefs : []).map((b) => {
            if (b.name)
                seen.add(b.name);
            return b.name === this.o.canaryBackend ? 'canary' : b.name === this.o.stableBackend ? 'stable' : null;
        }));
        const out = splitWeights(roles, (i, j) => `/spec/rules/${i}/backendRefs/${j}/weight`, (i) => {
            throw new src/* UserError */.yo(`rules[${i}] of HTTPRoute ${this.o.httpRoute} also sends traffic to other backends, so its weights cannot be split between "${this.o.stableBackend}" and "${this.o.canaryBackend}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`HTTPRoute ${this.o.httpRoute} -n ${this.o.namespace} has no rule with both backend "${this.o.stableBackend}" and backend "${this.o.canaryBackend}" (backends found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.backendInputs ?? 'stable-backend/canary-backend'} to the Service names in its backendRefs.` });
        }
        return out;
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./packages/rollout/src/traffic/inputs.ts



/**
 * The traffic inputs every strategy that splits traffic between stable (or
 * control) and a canary (or candidate) shares: one fragment spread into each
 * action's zod schema, and the one function that turns it into a TrafficConfig.
 */
const trafficInputs = {
    traffic: schemas/* enum */.k5n(['none', 'command', 'istio', 'gateway-api']).default('none'),
    'traffic-command': schemas/* string */.YjP().optional(),
    'virtual-service': schemas/* string */.YjP().optional(),
    'canary-subset': schemas/* string */.YjP().default('canary'),
    'stable-subset': schemas/* string */.YjP().default('stable'),
    'http-route': schemas/* string */.YjP().optional(),
    'canary-backend': schemas/* string */.YjP().optional(),
    'stable-backend': schemas/* string */.YjP().optional(),
};
function trafficConfig(i) {
    const need = (name, why) => {
        const v = i[name];
        if (typeof v !== 'string' || v === '')
            throw new src/* UserError */.yo(`input "${name}" is required with traffic: ${i.traffic}.`, { hint: why });
        return v;
    };
    switch (i.traffic) {
        case 'none':
            return { provider: 'none' };
        case 'command':
            return { provider: 'command', argv: parseCommand(need('traffic-command', 'e.g. ./scripts/set-weight.sh {{canary}} {{stable}}')) };
        case 'istio':
            return {
                provider: 'istio',
                virtualService: need('virtual-service', 'Name the VirtualService whose route splits stable and canary, e.g. ml-model.'),
                namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
                canarySubset: i['canary-subset'],
                stableSubset: i['stable-subset'],
            };
        case 'gateway-api':
            return {
                provider: 'gateway-api',
                httpRoute: need('http-route', 'Name the HTTPRoute whose backendRefs split stable and canary.'),
                namespace: need('namespace', 'The namespace of the HTTPRoute, e.g. production.'),
                canaryBackend: need('canary-backend', "The canary Service's name in backendRefs."),
                stableBackend: need('stable-backend', "The stable Service's name in backendRefs."),
            };
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/restore.ts


/**
 * The post: step of an action that moves traffic. When the main step moved
 * traffic but never settled it (the job was cancelled or the runner lost the
 * process), the canary weight goes back to 0 so stable serves everything.
 */
/** `work` names what the main step does, for the log: `the analysis`, `the A/B test`. */
async function restoreTrafficInPost(io, o) {
    const { action, work, keys } = o;
    const saved = io.getState(keys.traffic);
    if (!saved) {
        io.info(`${action} post: no traffic was shifted; nothing to restore.`);
        return;
    }
    if (io.getState(keys.settled) === 'true') {
        io.info(`${action} post: ${work} finished and settled the traffic; nothing to restore.`);
        return;
    }
    try {
        const config = JSON.parse(saved);
        const router = createRouter(config, (l) => io.info(l));
        io.info(`${action} post: ${work} did not finish; setting the canary weight to 0 on ${router.description}.`);
        await router.setCanaryWeight(0);
        io.info(`${action} post: stable serves all traffic again.`);
    }
    catch (e) {
        io.setFailed(`${action} post: could not restore stable traffic: ${describeError(e)}`);
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/index.ts






/** `traffic: none`: observe only; the weights are whatever the deployment already does. */
class ObserveOnly {
    shifts = false;
    description = 'no traffic provider (observe only)';
    async setCanaryWeight() { }
    async preflight() { }
}
function traffic_createRouter(config, log) {
    switch (config.provider) {
        case 'none':
            return new ObserveOnly();
        case 'command':
            return new CommandRouter(config.argv, log);
        case 'istio':
            return new IstioRouter(config, log);
        case 'gateway-api':
            return new GatewayApiRouter(config, log);
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/health.ts

/**
 * Judges one window the way the seed's health check meant to, without its
 * hole: a condition that fails makes the service unhealthy; missing data, or
 * fewer requests than `minRequests`, makes it inconclusive \u2014 never healthy.
 * A definite failure outranks missing data on another condition, but not a
 * shortage of requests: a handful of requests proves nothing either way.
 */
async function checkHealth(source, track, window, conditions, minRequests) {
    const requests = await source.requests(track, window);
    const results = [];
    for (const c of conditions) {
        const { value } = await source.read(c.metric, track, window);
        results.push({ id: c.id ?? c.threshold.metric, threshold: c.threshold, value, passed: value === null ? null : (0,src/* compare */.UD)(value, c.threshold.op, c.threshold.value) });
    }
    const reasons = [];
    const seconds = Math.round(window.end - window.start);
    if (requests === null)
        reasons.push(`no request data for the last ${seconds} s`);
    else if (requests.requests < minRequests)
        reasons.push(`${requests.requests} requests in the last ${seconds} s, fewer than min-requests ${minRequests}`);
    const failed = results.filter((r) => r.passed === false);
    const missing = results.filter((r) => r.passed === null);
    for (const r of failed)
        reasons.push(`${r.threshold.metric} is ${r.value === null ? r.value : Number(r.value.toPrecision(6))}, which breaks ${r.threshold.source}`);
    for (const r of missing)
        reasons.push(`no data for ${r.threshold.metric}`);
    const enough = requests !== null && requests.requests >= minRequests;
    const health = !enough ? 'inconclusive' : failed.length ? 'unhealthy' : missing.length ? 'inconclusive' : 'healthy';
    return { health, requests, conditions: results, reasons };
}

;// CONCATENATED MODULE: ./packages/rollout/src/health-conditions.ts


/**
 * Thresholds on one track's production metrics (`error-rate <= 0.05,
 * p95-latency <= 2.0`) as health conditions: the input of the actions that
 * judge a single deployment against limits rather than against stable
 * (auto-rollback on the live model, shadow-check on the shadow).
 */
function parseHealthConditions(text, inputs, o) {
    const where = `input "${o.input}"`;
    const queries = inputs.source === 'prometheus' ? (0,source_inputs/* parseQueries */.S0)(inputs) : {};
    if (queries['latency-buckets'] !== undefined) {
        // Only canary-check compares latency histograms; here the query would be silently unused.
        throw new src/* UserError */.yo(`query "latency-buckets" is read by canary-check only: ${o.action} judges thresholds, not histograms.`, { where: 'input "queries"', hint: 'Remove it, or override p95-latency (or another pNN-latency) to change how latency is measured.' });
    }
    const thresholds = (0,src/* parseThresholdList */.b2)(text, where);
    if (thresholds.length === 0)
        throw new src/* UserError */.yo('has no thresholds, so nothing would be checked.', { where, hint: `e.g. ${o.example}.` });
    return thresholds.map((threshold) => ({ threshold, metric: (0,source_inputs/* metricKind */.fK)(threshold.metric, inputs, queries, where) }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/kubectl.ts


const REVISION = 'deployment.kubernetes.io/revision';
/** Set on the Deployment after an undo: the revision mlship rolled back to, and the one it rolled back from. */
const ROLLBACK_REVISION = 'mlship.dev/rollback-revision';
const ROLLED_BACK_FROM = 'mlship.dev/rolled-back-from-revision';
/** Set once every target of an incident succeeded: the incident key, so a re-run of the workflow run notifies and runs nothing again. */
const ROLLBACK_INCIDENT = 'mlship.dev/rollback-incident';
const scopeOf = (o) => [...(o.namespace ? ['-n', o.namespace] : []), ...(o.context ? [`--context=${o.context}`] : [])];
async function readAnnotations(o) {
    const out = await (0,exec/* run */.e)(['kubectl', 'get', 'deployment', o.deployment, ...scopeOf(o), '-o', 'json'], { where: 'kubectl' });
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw new src/* UserError */.yo(`kubectl get deployment/${o.deployment} did not print JSON.`, { where: 'kubectl', hint: 'Check that kubectl on PATH is kubectl.' });
    }
    return parsed.metadata?.annotations ?? {};
}
/** Whether an earlier attempt recorded this incident as rolled back on the Deployment. */
async function deploymentRecordsIncident(o, incidentKey) {
    return (await readAnnotations(o))[ROLLBACK_INCIDENT] === incidentKey;
}
/** Records the incident as rolled back on the Deployment (metadata only: no rollout starts). */
async function recordIncidentOnDeployment(o, incidentKey, log) {
    const args = ['annotate', `deployment/${o.deployment}`, ...scopeOf(o), '--overwrite', `${ROLLBACK_INCIDENT}=${incidentKey}`];
    log(`  kubectl ${args.join(' ')}`);
    await (0,exec/* run */.e)(['kubectl', ...args], { where: 'kubectl', log: (line) => log(`    ${line}`) });
}
/**
 * Seed 000 6.4's `kubectl rollout undo` + `kubectl rollout status`, safe to
 * run twice. `rollout undo` flips between the last two revisions, so a second
 * run would bring the bad version back; the Deployment is therefore annotated
 * with the revision the undo produced, and a run that finds the Deployment
 * still at that revision does nothing. (Annotations on the Deployment's own
 * metadata do not start a rollout.) kubectl is run with an argument list,
 * never a shell; KUBECONFIG and the rest of the environment pass through.
 */
async function rollbackDeployment(o) {
    const scope = scopeOf(o);
    const ref = `deployment/${o.deployment}`;
    const subject = `${ref}${o.namespace ? ` -n ${o.namespace}` : ''}`;
    const kubectl = async (...args) => {
        o.log(`  kubectl ${args.join(' ')}`);
        await (0,exec/* run */.e)(['kubectl', ...args], { where: 'kubectl', log: (line) => o.log(`    ${line}`) });
    };
    const read = async () => {
        const annotations = await readAnnotations(o);
        return { revision: annotations[REVISION], annotations };
    };
    const before = await read();
    if (before.revision !== undefined && before.annotations[ROLLBACK_REVISION] === before.revision) {
        return {
            target: 'kubectl',
            subject,
            result: 'already-done',
            detail: `already rolled back: revision ${before.revision} is the one an earlier run restored (from revision ${before.annotations[ROLLED_BACK_FROM] ?? '?'}); nothing to undo.`,
        };
    }
    const undo = ['rollout', 'undo', ref, ...scope];
    const status = ['rollout', 'status', ref, ...scope, `--timeout=${Math.round(o.timeoutSeconds)}s`];
    if (o.dryRun) {
        return { target: 'kubectl', subject, result: 'would-roll-back', detail: `would run kubectl ${undo.join(' ')} then kubectl ${status.join(' ')} (now at revision ${before.revision ?? 'unknown'}).` };
    }
    await kubectl(...undo);
    await kubectl(...status);
    const after = await read();
    if (after.revision !== undefined) {
        await kubectl('annotate', ref, ...scope, '--overwrite', `${ROLLBACK_REVISION}=${after.revision}`, `${ROLLED_BACK_FROM}=${before.revision ?? ''}`);
    }
    return { target: 'kubectl', subject, result: 'rolled-back', detail: `rolled back from revision ${before.revision ?? '?'} to revision ${after.revision ?? '?'}; the rollout completed.` };
}

// EXTERNAL MODULE: ./packages/registry/src/index.ts + 11 modules
var registry_src = __webpack_require__(78967);
;// CONCATENATED MODULE: ./packages/rollout/src/rollback/registry.ts


/**
 * Puts the previous version back in the stage/alias it was promoted out of.
 * Reading the holder first makes it idempotent (already there \u2192 nothing
 * written) and careful (a newer promotion since the bad one is not undone);
 * the registry's race check covers the moment between reading and writing.
 */
async function rollbackRegistry(registry, o) {
    const subject = `${o.model} ${(0,registry_src/* describeTarget */.ff)(o.target)} (${registry.kind} registry)`;
    await registry.getModel(o.model);
    const holder = (await registry.latestVersion(o.model, o.target))?.version ?? null;
    const want = o.previous ?? 'nothing';
    if (holder === o.previous) {
        return { target: 'registry', subject, result: 'already-done', detail: `already holds ${want}; nothing to restore.` };
    }
    if (o.version !== undefined && holder !== o.version) {
        throw new src/* UserError */.yo(`${(0,registry_src/* describeTarget */.ff)(o.target)} of ${o.model} holds ${holder ?? 'nothing'}, not ${o.version} (the version being rolled back): it was changed since, so it is left alone.`, {
            where: 'input "version"',
            hint: 'Roll back by hand if that version is bad too, or re-run with the version now deployed.',
        });
    }
    if (o.previous !== null)
        await registry.getVersion(o.model, o.previous);
    if (o.dryRun)
        return { target: 'registry', subject, result: 'would-roll-back', detail: `would move ${holder ?? 'nothing'} out and restore ${want}.` };
    if (o.previous === null) {
        await registry.unassign(o.model, { target: o.target, expectedHolder: holder, provenance: o.provenance });
    }
    else {
        await registry.assign(o.model, o.previous, { target: o.target, expectedHolder: holder, archiveExisting: true, provenance: o.provenance });
    }
    return { target: 'registry', subject, result: 'rolled-back', detail: `restored ${want} (was ${holder ?? 'nothing'}).` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/command.ts


/** The values a rollback command template may use, each filled into one argument. */
const COMMAND_PLACEHOLDERS = ['deployment', 'namespace', 'model', 'version', 'previous-version', 'error-rate', 'latency', 'health', 'run-url'];
async function rollbackCommand(argv, values, o) {
    const filled = (0,src_argv/* fillArgv */.A)(argv, values);
    const subject = filled[0];
    if (o.dryRun)
        return { target: 'command', subject, result: 'would-roll-back', detail: `would run ${JSON.stringify(filled)}.` };
    o.log(`  ${JSON.stringify(filled)}`);
    const lines = (0,exec/* outputLines */.j)(await (0,exec/* run */.e)(filled, { where: 'input "rollback-command"', log: (line) => o.log(`    ${line}`) }));
    return { target: 'command', subject, result: 'rolled-back', detail: `ran ${JSON.stringify(filled)}${lines.length ? `; last line: ${lines.at(-1)}` : ''}.` };
}

// EXTERNAL MODULE: ./packages/notify/src/index.ts + 4 modules
var notify_src = __webpack_require__(76460);
;// CONCATENATED MODULE: ./packages/rollout/src/rollback/webhook.ts


/**
 * Asks another system to roll back (a deploy service, Argo CD, Spinnaker):
 * POSTs `payload` as JSON. The payload carries an idempotency key (the run
 * id), so a receiver can ignore the same request from a re-run.
 */
async function rollbackWebhook(url, payload, o) {
    let host;
    try {
        host = new URL(url).host;
    }
    catch {
        throw new src/* UserError */.yo(`"${url}" is not a URL.`, { where: 'input "webhook-url"' });
    }
    if (o.dryRun)
        return { target: 'webhook', subject: host, result: 'would-roll-back', detail: `would POST the rollback request to ${host}.` };
    const r = await (0,notify_src/* sendWebhook */.ae)(url, payload, { onRetry: (i) => o.onRetry?.(`rollback webhook: ${i.error}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`), ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
    if (!r.delivered)
        throw new src/* UserError */.yo(`the rollback webhook at ${host} was not delivered: ${r.error}.`, { where: 'input "webhook-url"', hint: 'Check the URL and that the receiver is up; the other targets still ran.' });
    return { target: 'webhook', subject: host, result: 'rolled-back', detail: `POSTed the rollback request to ${host} (HTTP ${r.status}).` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/service-selector.ts


const target = (o) => ({ resource: 'service', name: o.service, namespace: o.namespace, where: o.where });
/** RFC 6901: `~` and `/` inside a key (`app.kubernetes.io/version`) are escaped in a JSON pointer. */
const pointer = (key) => `/spec/selector/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
/** The value the Service's selector gives `label` now. */
async function readSelector(o) {
    return (await readWithValue(o)).value;
}
async function readWithValue(o) {
    const obj = await (0,kubectl_object/* readObject */.A)(target(o));
    const selector = (obj.spec?.selector ?? {});
    const value = selector[o.label];
    if (typeof value !== 'string') {
        const shown = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(', ') || 'none';
        throw new src/* UserError */.yo(`Service ${o.service} -n ${o.namespace} has no selector label "${o.label}" to switch (selector: ${shown}).`, {
            where: o.where,
            hint: 'Set selector-label to the key whose value tells the blue and green Deployments apart, e.g. version.',
        });
    }
    return { obj, value };
}
/**
 * Sets the selector's `label` to `to`. `allowed` are the values the Service
 * may hold before (blue's and green's): any other value means someone else
 * changed it, and it is left alone. Without `allowed` any value is replaced.
 */
async function setSelector(o, to, allowed) {
    const { obj, value } = await readWithValue(o);
    if (value === to)
        return { before: value, changed: false };
    if (allowed && !allowed.includes(value)) {
        throw new src/* UserError */.yo(`Service ${o.service} -n ${o.namespace} selects ${o.label}=${value}, which is neither ${allowed.map((a) => `${o.label}=${a}`).join(' nor ')}: it was changed by someone else, so it is left alone.`, {
            where: o.where,
            hint: 'Check which Deployment should serve, and switch the Service by hand if needed.',
        });
    }
    await (0,kubectl_object/* patchObject */.o)(target(o), obj, [
        { op: 'test', path: pointer(o.label), value },
        { op: 'replace', path: pointer(o.label), value: to },
    ]);
    return { before: value, changed: true };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/switch-back.ts

/**
 * A blue-green rollback: the Service's selector back to the deployment that
 * served before the switch (still running while blue-green's scale-down-delay
 * keeps it). Idempotent: a Service already selecting it is left as it is.
 */
async function switchBack(o) {
    const subject = `service/${o.service} -n ${o.namespace}`;
    if (o.dryRun) {
        const now = await readSelector(o);
        return { target: 'blue-green', subject, result: now === o.to ? 'already-done' : 'would-roll-back', detail: now === o.to ? `already selects ${o.label}=${o.to}.` : `would switch ${o.label}=${now} \u2192 ${o.to}.` };
    }
    // Whatever the Service selects now (green, normally) is what is rolled back; the patch still tests the value it read.
    const change = await setSelector(o, o.to);
    if (!change.changed)
        return { target: 'blue-green', subject, result: 'already-done', detail: `already selects ${o.label}=${o.to}; nothing to switch back.` };
    o.log(`  ${o.label}: ${change.before} \u2192 ${o.to}`);
    return { target: 'blue-green', subject, result: 'rolled-back', detail: `switched ${o.label}=${change.before} \u2192 ${o.to}.` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/index.ts








;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/switch.ts





const other = (c) => (c === 'blue' ? 'green' : 'blue');
const SWITCH_PLACEHOLDERS = ['active', 'previous'];
/** `switch-command`: an argv template that must say which colour to activate. */
function parseSwitchCommand(text, where = 'input "switch-command"') {
    const argv = (0,src_argv/* parseArgvTemplate */.Q)(text, where, SWITCH_PLACEHOLDERS);
    if (!argv.some((a) => a.includes('{{active}}'))) {
        throw new src/* UserError */.yo('never mentions {{active}}, so it cannot tell which deployment to switch to.', { where, hint: 'Pass the colour as an argument, e.g. ./scripts/switch.sh {{active}}' });
    }
    return argv;
}
function createSwitch(config, log) {
    switch (config.provider) {
        case 'service-selector': {
            const o = { service: config.service, namespace: config.namespace, label: config.label, where: 'input "active-service"' };
            const colorOf = (value) => (value === config.values.blue ? 'blue' : value === config.values.green ? 'green' : undefined);
            return {
                description: `Service ${config.service} -n ${config.namespace} (selector ${config.label})`,
                preflight: async () => {
                    const value = await readSelector(o);
                    const color = colorOf(value);
                    if (!color) {
                        throw new src/* UserError */.yo(`Service ${config.service} -n ${config.namespace} selects ${config.label}=${value}, which is neither blue (${config.values.blue}) nor green (${config.values.green}).`, {
                            where: o.where,
                            hint: 'Set blue to the value the Service selects now and green to the new Deployment\'s value.',
                        });
                    }
                    return color;
                },
                switchTo: async (color) => {
                    const change = await setSelector(o, config.values[color], [config.values.blue, config.values.green]);
                    log(change.changed ? `  ${config.label}: ${change.before} \u2192 ${config.values[color]}` : `  ${config.label} is already ${config.values[color]}; nothing patched.`);
                },
            };
        }
        case 'weights': {
            const router = traffic_createRouter(config.traffic, log);
            return {
                description: router.description,
                preflight: async () => {
                    await router.preflight();
                    return undefined;
                },
                switchTo: (color) => router.setCanaryWeight(color === 'green' ? 100 : 0),
            };
        }
        case 'command':
            return {
                description: `the command \`${config.argv.join(' ')}\``,
                preflight: async () => undefined,
                switchTo: async (color) => {
                    const argv = (0,src_argv/* fillArgv */.A)(config.argv, { active: config.values[color], previous: config.values[other(color)] });
                    await (0,exec/* run */.e)(argv, { where: 'input "switch-command"', log: (line) => log(`  ${line}`) });
                },
            };
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/checks.ts

/**
 * Polls `url` (GET) about once a second until it answers 2xx or `timeoutSeconds`
 * have passed; a green that is still starting gets that long to come up.
 */
async function waitHealthy(url, timeoutSeconds, o = {}) {
    const now = o.now ?? (() => Date.now() / 1000);
    const deadline = now() + timeoutSeconds;
    let attempts = 0;
    let last = '';
    for (;;) {
        attempts++;
        const left = Math.max(0.1, deadline - now());
        try {
            const r = await fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(Math.ceil(left * 1000)), ...(o.signal ? [o.signal] : [])]) });
            await r.arrayBuffer();
            if (r.ok)
                return { passed: true, detail: `${url} answered HTTP ${r.status}${attempts > 1 ? ` on attempt ${attempts}` : ''}` };
            last = `HTTP ${r.status}`;
        }
        catch (e) {
            if (o.signal?.aborted)
                throw e;
            last = causeOf(e);
        }
        if (now() >= deadline)
            return { passed: false, detail: `${url} did not answer 2xx within ${timeoutSeconds} s (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${last})` };
        await (0,src/* sleep */.yy)(Math.min(1000, Math.max(0, (deadline - now()) * 1000)), o.signal);
    }
}
/** `count` requests one after another; every one must answer `expectedStatus` within the timeout. */
async function smokeRequests(o) {
    const failures = [];
    let ok = 0;
    for (let n = 1; n <= o.count; n++) {
        try {
            const r = await fetch(o.url, {
                method: o.body === undefined ? 'GET' : 'POST',
                ...(o.body === undefined ? {} : { body: o.body, headers: { 'content-type': 'application/json' } }),
                signal: AbortSignal.any([AbortSignal.timeout(o.timeoutSeconds * 1000), ...(o.signal ? [o.signal] : [])]),
            });
            await r.arrayBuffer();
            if (r.status === o.expectedStatus)
                ok++;
            else
                failures.push(`#${n}: HTTP ${r.status}`);
        }
        catch (e) {
            if (o.signal?.aborted)
                throw e;
            failures.push(`#${n}: ${e.name === 'TimeoutError' ? `timed out after ${o.timeoutSeconds} s` : causeOf(e)}`);
        }
    }
    const passed = failures.length === 0;
    const shown = failures.slice(0, 3).join(', ') + (failures.length > 3 ? `, \u2026 ${failures.length - 3} more` : '');
    return {
        passed,
        sent: o.count,
        ok,
        failures,
        detail: passed ? `${ok} of ${o.count} requests to ${o.url} answered HTTP ${o.expectedStatus}` : `${failures.length} of ${o.count} requests to ${o.url} did not answer HTTP ${o.expectedStatus} in time: ${shown}`,
    };
}
/** fetch hides the reason (ECONNREFUSED, a TLS error) in `cause`. */
function causeOf(e) {
    const cause = e.cause;
    if (e.name === 'TimeoutError')
        return 'timed out';
    return cause?.code ?? cause?.message ?? (0,src/* describeError */.Uc)(e);
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/run.ts






async function runBlueGreen(o) {
    const { plan, sw, log } = o;
    const clock = o.clock ?? realClock;
    const checks = [
        { id: 'health', passed: null, detail: o.health ? 'not reached' : 'not configured (green-health-url)' },
        { id: 'smoke', passed: null, detail: o.smoke ? 'not reached' : 'not configured (smoke-url)' },
        { id: 'preview', passed: null, detail: o.preview ? 'not reached' : 'not configured (preview-metrics)' },
    ];
    const analysis = { step: 1, weight: 100, status: 'not reached', intervals: [] };
    const failedMetrics = new Set();
    let preview;
    const result = (verdict, reason, scaleDown = null) => {
        const switched = verdict !== 'not-switched';
        return { verdict, reason, active: verdict === 'switched' ? 'green' : 'blue', previous: switched ? (verdict === 'switched' ? 'blue' : 'green') : null, checks, preview, analysis, failedMetrics: [...failedMetrics], scaleDown };
    };
    const check = (id) => checks.find((c) => c.id === id);
    const cancelled = () => `cancelled (${(0,src/* describeError */.Uc)(o.signal?.reason)})`;
    if (o.deploy) {
        log(`Deploying green: ${JSON.stringify(o.deploy)}`);
        await (0,exec/* run */.e)(o.deploy, { where: 'input "deploy-command"', log: (line) => log(`  ${line}`) });
    }
    let source;
    try {
        // Pre-switch: every check runs against green alone; users stay on blue whatever happens here.
        try {
            if (o.health) {
                const h = await waitHealthy(o.health.url, o.health.timeoutSeconds, { signal: o.signal });
                Object.assign(check('health'), h);
                log(`Green health: ${h.passed ? 'pass' : 'FAIL'} \u2014 ${h.detail}.`);
                if (!h.passed)
                    return notSwitched(`green failed its health check: ${h.detail}.`);
            }
            source = await o.openSource();
            const previewStart = clock.now();
            if (o.smoke) {
                const s = await smokeRequests({ ...o.smoke, signal: o.signal });
                Object.assign(check('smoke'), { passed: s.passed, detail: s.detail });
                log(`Smoke requests: ${s.passed ? 'pass' : 'FAIL'} \u2014 ${s.detail}.`);
                if (!s.passed)
                    return notSwitched(`green failed its smoke requests: ${s.detail}.`);
            }
            if (o.preview) {
                const wait = previewStart + o.preview.seconds - clock.now();
                if (wait > 0)
                    await clock.sleep(wait * 1000, o.signal);
                preview = await checkHealth(source, 'canary', { start: previewStart - o.preview.lead, end: clock.now() }, o.preview.conditions, plan.minRequests);
                const healthy = preview.health === 'healthy';
                const values = preview.conditions.map((c) => `${c.id} ${c.value === null ? 'no data' : Number(c.value.toPrecision(4))}`).join(', ');
                Object.assign(check('preview'), { passed: healthy, detail: `${preview.health} on green's preview traffic (${preview.requests?.requests ?? 'no'} requests; ${values})${preview.reasons.length ? `: ${preview.reasons.join('; ')}` : ''}` });
                log(`Preview metrics: ${healthy ? 'pass' : 'FAIL'} \u2014 ${check('preview').detail}.`);
                // Inconclusive is never a pass: green does not get users on missing data.
                if (!healthy)
                    return notSwitched(`green's preview metrics are ${preview.health}: ${preview.reasons.join('; ')}.`);
            }
        }
        catch (e) {
            if (o.signal?.aborted)
                return notSwitched(`${cancelled()} before the switch.`);
            throw e;
        }
        o.beforeSwitch();
        log(`Switching users to green (${o.values.green}) on ${sw.description}.`);
        await sw.switchTo('green');
        const switchBack = async (reason) => {
            log(`Switching back: ${reason} Users go back to blue (${o.values.blue}) on ${sw.description}.`);
            await sw.switchTo('blue');
            o.settled();
            return result('switched-back', reason);
        };
        const budget = { failedIntervals: 0, anyFail: false };
        try {
            const passed = await judgeStep({
                plan,
                source,
                log,
                clock,
                signal: o.signal,
                step: analysis,
                stepCount: 1,
                budget,
                failedMetrics,
                head: (r, planned) => `[green \u00b7 interval ${r.interval}/${planned}]`,
            });
            if (!passed)
                return await switchBack(`${budget.anyFail ? 'green failed its analysis' : 'green could not be judged'}: ${budgetSpent(budget.failedIntervals, plan.maxFailedIntervals)}`);
        }
        catch (e) {
            if (o.signal?.aborted)
                return await switchBack(`analysis ${cancelled()}.`);
            throw e;
        }
        o.settled();
        log(`Green passed ${plan.intervalsPerStep} interval(s) of ${plan.interval} s and stays active; blue (${o.values.blue}) is the previous deployment.`);
        return result('switched', `green passed its checks and ${plan.intervalsPerStep} analysis interval(s) after the switch.`, await scaleDownBlue(o, clock));
    }
    finally {
        await source?.close();
    }
    function notSwitched(reason) {
        log(`Not switched: ${reason} Users stay on blue (${o.values.blue}).`);
        return result('not-switched', reason);
    }
}
/** Blue is kept for the delay (a switch back stays instant), then scaled down by the command. */
async function scaleDownBlue(o, clock) {
    const done = (detail, failed = false) => ({ detail, failed });
    if (!o.scaleDown.argv)
        return done(`blue (${o.values.blue}) keeps running: no scale-down-command.`);
    if (o.scaleDown.delaySeconds > 0) {
        o.log(`Keeping blue for scale-down-delay ${o.scaleDown.delaySeconds} s.`);
        try {
            await clock.sleep(o.scaleDown.delaySeconds * 1000, o.signal);
        }
        catch (e) {
            if (o.signal?.aborted)
                return done(`blue (${o.values.blue}) keeps running: the job was cancelled during scale-down-delay.`);
            throw e;
        }
    }
    const argv = (0,src_argv/* fillArgv */.A)(o.scaleDown.argv, { active: o.values.green, previous: o.values.blue });
    o.log(`Scaling blue down: ${JSON.stringify(argv)}`);
    try {
        await (0,exec/* run */.e)(argv, { where: 'input "scale-down-command"', log: (line) => o.log(`  ${line}`) });
    }
    catch (e) {
        // Green is live and judged healthy: a failed scale-down leaves blue running, which the report says; it undoes nothing.
        if (!(0,src/* isUserError */.iU)(e))
            throw e;
        return done(`blue (${o.values.blue}) keeps running: ${(0,src/* describeError */.Uc)(e)}`, true);
    }
    return done(`blue (${o.values.blue}) scaled down after ${o.scaleDown.delaySeconds} s by ${JSON.stringify(argv)}.`);
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/report.ts


/**
 * The blue-green Report: the verdict, green's pre-switch checks, the switch,
 * one check per metric judged after the switch (canary-check's metric checks,
 * green vs blue), and the analysis intervals.
 */
const TITLES = { health: 'Green health endpoint', smoke: 'Smoke requests to green', preview: "Green's preview metrics" };
function buildBlueGreenReport(plan, r, o) {
    const intervals = r.analysis.intervals;
    const word = { switched: 'green is live', 'switched-back': 'switched back to blue', 'not-switched': 'not switched (blue stays live)' }[r.verdict];
    const checks = [
        { id: 'verdict', title: 'Blue-green verdict', status: r.verdict === 'switched' ? 'pass' : 'fail', observed: r.verdict, expected: 'switched', detail: r.reason },
        ...r.checks.map((c) => ({
            id: `pre-switch.${c.id}`,
            title: TITLES[c.id],
            status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
            detail: c.detail,
        })),
        {
            id: 'active',
            title: 'Serving users',
            status: r.active === 'green' ? 'pass' : 'fail',
            observed: `${r.active} (${o.values[r.active]})`,
            expected: `green (${o.values.green})`,
            detail: r.previous === null ? `users never left blue on ${o.switchDescription}` : `switched ${r.previous} \u2192 ${r.active} on ${o.switchDescription}`,
        },
        ...(r.analysis.status === 'not reached' ? [] : plan.metrics.map((m) => metricCheck(plan, m, intervals))),
    ];
    const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
    if (intervals.length) {
        checks.push({
            id: 'data',
            title: 'Enough data to judge',
            status: inconclusive.length === intervals.length ? 'fail' : inconclusive.length ? 'warn' : 'pass',
            observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
            expected: `\u2265 ${plan.minRequests} green requests per interval`,
            detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
        });
    }
    if (r.scaleDown)
        checks.push({ id: 'scale-down', title: 'Blue scaled down', status: r.scaleDown.failed ? 'fail' : 'pass', severity: r.scaleDown.failed ? 'warning' : undefined, detail: r.scaleDown.detail });
    const previewTable = r.preview
        ? [
            {
                title: "Green's preview traffic (before the switch)",
                columns: ['Metric', 'Green', 'Threshold', 'Result'],
                rows: r.preview.conditions.map((c) => [c.id, c.value, (0,src/* formatThreshold */.B6)(c.threshold), c.passed === null ? 'no data' : c.passed ? 'pass' : 'fail']),
            },
        ]
        : [];
    return (0,src/* createReport */.LU)({
        action: 'blue-green',
        title: 'Blue-green deployment',
        summary: `Verdict: **${word}** \u2014 ${r.reason} Switch: ${o.switchDescription}; blue = ${o.values.blue}, green = ${o.values.green}; analysis ${plan.intervalsPerStep} interval(s) of ${plan.interval} s after the switch, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}.${r.scaleDown ? ` ${r.scaleDown.detail}` : ''}`,
        checks,
        tables: [...previewTable, ...(intervals.length ? [metricsTable(plan, intervals), intervalsTable(plan, intervals)] : [])],
        charts: intervalCharts(plan, intervals),
        data: { verdict: r.verdict, reason: r.reason, active: r.active, previous: r.previous, checks: r.checks, failedMetrics: r.failedMetrics, scaleDown: r.scaleDown, intervals },
    });
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/source-inputs.ts


/**
 * Where blue-green reads metrics: canary-check's source inputs with the
 * tracks named for the two deployments (green-metrics-url, blue-metrics-url;
 * the track label's values are the blue and green inputs). Green is read as
 * the canary track and blue as the stable one, so one analysis engine judges both.
 */
const { 'canary-track': _canaryTrack, 'stable-track': _stableTrack, 'canary-metrics-url': _canaryUrl, 'stable-metrics-url': _stableUrl, ...shared } = source_inputs/* metricSourceInputs */.$b;
const blueGreenSourceInputs = {
    ...shared,
    // Pods of the seed's Deployments carry version: blue / version: green, and so do their series.
    'track-label': schemas/* string */.YjP().default('version'),
    'green-metrics-url': schemas/* string */.YjP().optional(),
    'blue-metrics-url': schemas/* string */.YjP().optional(),
};
const BLUE_GREEN_TRACKS = { canary: 'green', stable: 'blue' };
function toMetricSourceInputs(i) {
    const { 'green-metrics-url': greenUrl, 'blue-metrics-url': blueUrl, blue, green, ...rest } = i;
    return { ...rest, 'canary-track': green, 'stable-track': blue, 'canary-metrics-url': greenUrl, 'stable-metrics-url': blueUrl };
}
/**
 * A scrape source given green's /metrics page only: blue has no data (it
 * serves nobody after the switch anyway), so green is judged on its
 * thresholds alone instead of the engine asking for a page nobody named.
 */
function withoutBlue(source) {
    return {
        requests: (track, window) => (track === 'stable' ? Promise.resolve(null) : source.requests(track, window)),
        read: (metric, track, window) => (track === 'stable' ? Promise.resolve({ value: null }) : source.read(metric, track, window)),
        histogram: (metric, track, window) => (track === 'stable' ? Promise.resolve(null) : source.histogram(metric, track, window)),
        close: () => source.close(),
    };
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/index.ts







;// CONCATENATED MODULE: ./packages/rollout/src/index.ts





















/***/ }),

/***/ 95293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* unused harmony export parsePromValue */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31873);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15584);




/** One HTTP exchange's failure, classified for retrying and for the user's line. */
class HttpFailure extends Error {
    retryable;
    status;
    constructor(message, retryable, status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }
}
const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);
const parsePromValue = (v) => (typeof v === 'string' ? Number(v.replace(/^\+Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity')) : NaN);
class PrometheusClient {
    options;
    base;
    agent;
    constructor(options) {
        this.options = options;
        let base;
        try {
            base = new URL(options.url);
        }
        catch {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${options.url}" is not a URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${options.url}" is not an http(s) URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
        }
        if (!base.pathname.endsWith('/'))
            base.pathname += '/';
        this.base = base;
        this.agent = base.protocol === 'https:' ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, ca: options.ca }) : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true });
    }
    get url() {
        return this.options.url;
    }
    /** The instant vector (or scalar, as one label-less sample) of `query` at `time` (Unix seconds). */
    async instant(query, time, name) {
        const data = await this.call('query', { query, time: String(time) }, name);
        if (data.resultType === 'scalar')
            return [{ labels: {}, value: parsePromValue(data.result[1]) }];
        if (data.resultType !== 'vector')
            throw this.notAVector(name, query, data.resultType);
        return data.result.map((s) => ({ labels: s.metric, value: parsePromValue(s.value[1]) }));
    }
    async range(query, start, end, step, name) {
        const data = await this.call('query_range', { query, start: String(start), end: String(end), step: String(step) }, name);
        if (data.resultType !== 'matrix')
            throw this.notAVector(name, query, data.resultType);
        return data.result.map((s) => ({
            labels: s.metric,
            values: s.values.map(([t, v]) => [t, parsePromValue(v)]),
        }));
    }
    close() {
        this.agent.destroy();
    }
    notAVector(name, query, type) {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`query "${name}" returns a ${type}, not a number per evaluation time: ${query}`, { hint: 'Write a query that yields an instant vector or scalar.' });
    }
    async call(endpoint, form, name) {
        const attempts = this.options.attempts ?? 4;
        try {
            return await (0,_mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(() => this.post(endpoint, form), {
                attempts,
                baseDelayMs: this.options.baseDelayMs ?? 500,
                maxDelayMs: 8_000,
                shouldRetry: (e) => e instanceof HttpFailure && e.retryable,
                onRetry: (e, ctx) => this.options.onRetry?.(`Prometheus ${endpoint} for "${name}" failed (${e.message}); retry ${ctx.attempt} of ${attempts - 1} in ${(ctx.delayMs / 1000).toFixed(1)} s.`),
            });
        }
        catch (e) {
            const last = e instanceof _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .RetryError */ .J_ ? e.lastError : e;
            const tries = e instanceof _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .RetryError */ .J_ ? ` (${e.attempts} attempt${e.attempts === 1 ? '' : 's'})` : '';
            if (last instanceof _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                throw last;
            if (last instanceof HttpFailure && last.status === undefined) {
                throw new _source__WEBPACK_IMPORTED_MODULE_3__/* .MetricSourceUnavailable */ .i(`Prometheus at ${this.options.url} is unreachable: ${last.message}${tries}.`, {
                    hint: 'Check prometheus-url and that this runner can reach it (a self-hosted runner in the cluster, a port-forward, or an ingress).',
                });
            }
            if (last instanceof HttpFailure) {
                throw new _source__WEBPACK_IMPORTED_MODULE_3__/* .MetricSourceUnavailable */ .i(`Prometheus at ${this.options.url} failed to answer "${name}": ${last.message}${tries}.`, { hint: 'Check the server is healthy (its /-/ready page) and retry.' });
            }
            throw last;
        }
    }
    post(endpoint, form) {
        const url = new URL(`api/v1/${endpoint}`, this.base);
        const body = new URLSearchParams(form).toString();
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), accept: 'application/json' };
        if (this.options.token)
            headers.authorization = `Bearer ${this.options.token}`;
        else if (this.options.username !== undefined || this.options.password !== undefined) {
            headers.authorization = `Basic ${Buffer.from(`${this.options.username ?? ''}:${this.options.password ?? ''}`).toString('base64')}`;
        }
        const lib = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        return new Promise((resolve, reject) => {
            const req = lib.request(url, { method: 'POST', headers, agent: this.agent }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new HttpFailure(e.message, true)));
                res.on('end', () => {
                    clearTimeout(timer);
                    try {
                        resolve(this.interpret(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), form.query ?? ''));
                    }
                    catch (e) {
                        reject(e);
                    }
                });
            });
            const timer = setTimeout(() => req.destroy(new HttpFailure(`no answer within ${this.options.timeoutMs / 1000} s`, true)), this.options.timeoutMs);
            req.on('error', (e) => {
                clearTimeout(timer);
                if (e instanceof HttpFailure)
                    return reject(e);
                if (e.code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(e.code)) {
                    return reject(new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`TLS to Prometheus at ${this.options.url} failed: ${e.message} (${e.code}).`, { hint: 'Pass the CA that signed its certificate as prometheus-ca (a PEM file).' }));
                }
                if (e.code === 'ENOTFOUND')
                    return reject(new HttpFailure(`host ${url.hostname} not found`, false));
                reject(new HttpFailure(e.code ? `${e.message}` : e.message, e.code === undefined || RETRYABLE_CODES.has(e.code)));
            });
            req.end(body);
        });
    }
    interpret(status, text, query) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        if (status === 401 || status === 403) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Prometheus at ${this.options.url} refused the request (HTTP ${status}).`, { hint: 'Set prometheus-token (bearer) or prometheus-username/prometheus-password (basic auth) from secrets.' });
        }
        if (parsed?.status === 'success' && parsed.data && status >= 200 && status < 300)
            return parsed.data;
        if (parsed?.status === 'error' && (status === 400 || status === 422)) {
            // bad_data (parse errors) and execution errors are the query's fault: retrying cannot help.
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Prometheus rejected the query (${parsed.errorType}: ${parsed.error}): ${query}`, { hint: 'Fix the PromQL in the queries input; try it in the Prometheus UI first.' });
        }
        const detail = parsed?.error ? `${parsed.errorType}: ${parsed.error}` : text.trim().replace(/\s+/g, ' ').slice(0, 200);
        if (status >= 500 || status === 429)
            throw new HttpFailure(`HTTP ${status}${detail ? ` ${detail}` : ''}`, true, status);
        if (status === 404) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no Prometheus API at ${this.options.url} (HTTP 404 for /api/v1/).`, { where: 'input "prometheus-url"', hint: 'Give the server root, without /api/v1 or /graph, e.g. http://prometheus:9090.' });
        }
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Prometheus at ${this.options.url} gave an answer that is not the HTTP API's (HTTP ${status}${detail ? `: ${detail}` : ''}).`, { where: 'input "prometheus-url"', hint: 'Check the URL points at Prometheus (or a compatible API such as Thanos or Mimir).' });
    }
}


/***/ }),

/***/ 44375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ PrometheusSource)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _prometheus_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95293);
/* harmony import */ var _histogram__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3583);
/* harmony import */ var _promql__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7706);




/**
 * Metrics from the Prometheus HTTP API. A window's value is one instant query
 * at the window's end with {{interval}} = the window's length; a latency
 * histogram is one instant query of the per-bucket increase over the window.
 * An empty result or NaN (0/0: a service with series but no requests) is
 * null, never 0.
 */
class PrometheusSource {
    options;
    client;
    constructor(options) {
        this.options = options;
        this.client = new _prometheus_client__WEBPACK_IMPORTED_MODULE_1__/* .PrometheusClient */ .S(options);
    }
    async requests(track, window) {
        const requests = await this.instant('requests', this.template('requests'), track, window);
        if (requests === null)
            return null;
        const errors = await this.instant('errors', this.template('errors'), track, window);
        // increase() extrapolates to the window's edges, so counts come back fractional.
        const r = Math.max(0, Math.round(requests));
        return { requests: r, errors: Math.min(r, Math.max(0, Math.round(errors ?? 0))) };
    }
    async read(metric, track, window) {
        const { name, template, quantile } = this.resolve(metric);
        return { value: await this.instant(name, template, track, window, quantile) };
    }
    async histogram(metric, track, window) {
        const { name, template } = this.resolve(metric);
        const bucketName = `${name} buckets`;
        const query = (0,_promql__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(bucketName, this.bucketTemplate(name, template), this.context(track, window.end - window.start));
        const samples = await this.client.instant(query, window.end, bucketName);
        const buckets = [];
        for (const s of samples) {
            const upperBound = (0,_histogram__WEBPACK_IMPORTED_MODULE_3__/* .parseLe */ .jU)(s.labels.le ?? '');
            if (s.labels.le === undefined || Number.isNaN(upperBound)) {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${bucketName}" returns a series without a usable le label (${JSON.stringify(s.labels)}): ${query}`, { hint: 'It must return one series per bucket bound, e.g. sum by (le) (increase(my_latency_bucket[{{interval}}])).' });
            }
            if (buckets.some((b) => b.upperBound === upperBound)) {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${bucketName}" returns several series for le="${s.labels.le}", so it has no single count per bucket: ${query}`, { hint: 'Aggregate by le only: sum by (le) (...).' });
            }
            // NaN: no sample in the window for that bucket; no count, not 0.
            if (!Number.isNaN(s.value))
                buckets.push({ upperBound, count: s.value });
        }
        return buckets.length ? buckets : null;
    }
    async close() {
        this.client.close();
    }
    /**
     * The bucket query of a latency metric: `latency-buckets` from the queries
     * input, else derived from a user's own latency template, else the built-in.
     */
    bucketTemplate(name, latencyTemplate) {
        const explicit = this.options.queries['latency-buckets'];
        if (explicit !== undefined)
            return explicit;
        if (latencyTemplate === _promql__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_QUERIES */ .p7.latency)
            return _promql__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_QUERIES */ .p7['latency-buckets'];
        const derived = (0,_promql__WEBPACK_IMPORTED_MODULE_2__/* .bucketTemplateFrom */ .zb)(latencyTemplate);
        if (derived === undefined) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${name}" reads no histogram (no <name>_bucket series), so its latency cannot be compared with stable request by request.`, {
                where: 'input "queries"',
                hint: 'Add a latency-buckets query giving the requests per bucket, e.g. "latency-buckets: sum by (le) (increase(my_latency_bucket{{{selector}}}[{{interval}}]))".',
            });
        }
        return derived;
    }
    resolve(metric) {
        switch (metric.kind) {
            case 'error-rate':
            case 'request-rate':
                return { name: metric.kind, template: this.template(metric.kind) };
            case 'latency': {
                const name = `p${+(metric.quantile * 100).toFixed(6)}-latency`;
                return { name, template: this.options.queries[name] ?? this.template('latency'), quantile: metric.quantile };
            }
            case 'query':
                return { name: metric.name ?? 'query', template: metric.query };
            case 'counter':
                return { name: metric.source, template: (0,_promql__WEBPACK_IMPORTED_MODULE_2__/* .counterTemplate */ .di)(metric) };
        }
    }
    template(name) {
        return this.options.queries[name] ?? _promql__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_QUERIES */ .p7[name];
    }
    context(track, interval, quantile) {
        return {
            trackLabel: this.options.trackLabel,
            track: this.options.trackValues[track],
            namespace: this.options.namespace,
            service: this.options.service,
            interval,
            quantile,
        };
    }
    async instant(name, template, track, window, quantile) {
        const query = (0,_promql__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(name, template, this.context(track, window.end - window.start, quantile));
        const samples = await this.client.instant(query, window.end, name);
        if (!this.single(name, query, samples.length))
            return null;
        const v = samples[0].value;
        return Number.isNaN(v) ? null : v;
    }
    /** One series is a reading, none is no data; several means the query forgot to aggregate, and picking one would be a guess. */
    single(name, query, count) {
        if (count > 1) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${name}" returns ${count} series, so it has no single value: ${query}`, { hint: 'Aggregate it, e.g. sum(...) or sum by (le) (...) inside histogram_quantile.' });
        }
        return count === 1;
    }
}


/***/ }),

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   di: () => (/* binding */ counterTemplate),
/* harmony export */   p7: () => (/* binding */ BUILTIN_QUERIES),
/* harmony export */   zb: () => (/* binding */ bucketTemplateFrom)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, promqlString, formatInterval */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

/**
 * PromQL templates: the built-in queries for the conventional metric names
 * (`http_requests_total{code}` and the `http_request_duration_seconds`
 * histogram), and the placeholder language user templates share with them.
 *
 * Placeholders: {{track}}, {{namespace}}, {{service}} (label values, escaped
 * for a PromQL string), {{interval}} (a range like `300s`), {{selector}} (the
 * matchers for the track label \u2014 unless it is `none` \u2014 and, when given,
 * namespace and service: what the built-ins use, so an unset input adds no
 * matcher) and {{quantile}}
 * (latency templates only).
 */
const PLACEHOLDERS = ['track', 'namespace', 'service', 'interval', 'selector', 'quantile'];
/**
 * Why `or vector(0)` on the error side only: a service with no 5xx has no
 * 5xx series at all, and that is a 0 % error rate, while no request series is
 * no data \u2014 the division by an empty vector stays empty and reads as null.
 */
const BUILTIN_QUERIES = {
    requests: 'sum(increase(http_requests_total{{{selector}}}[{{interval}}]))',
    errors: 'sum(increase(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)',
    'request-rate': 'sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
    'error-rate': '(sum(rate(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)) / sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
    latency: 'histogram_quantile({{quantile}}, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}])))',
    // The requests per bucket over the window, for canary-check's per-request latency comparison.
    'latency-buckets': 'sum by (le) (increase(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}]))',
};
/** A PromQL double-quoted string body: backslash and quote escaped, newlines spelled out. */
const promqlString = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const formatInterval = (seconds) => `${Math.max(1, Math.round(seconds))}s`;
const placeholder = /\{\{\s*([\w-]+)\s*\}\}/g;
/** Rejects placeholders that do not exist before any query runs, naming the query and the closest real one. */
function checkTemplate(name, template, where) {
    for (const m of template.matchAll(placeholder)) {
        if (!PLACEHOLDERS.includes(m[1])) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${name}" uses the unknown placeholder {{${m[1]}}}.${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .suggestion */ .h)(m[1], PLACEHOLDERS)}`, {
                where,
                hint: `Placeholders are ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
            });
        }
    }
}
function renderTemplate(name, template, ctx) {
    // track-label `none`: the tracks are not told apart by a label (auto-rollback watching a whole service).
    const matchers = ctx.trackLabel && ctx.trackLabel !== 'none' ? [`${ctx.trackLabel}="${promqlString(ctx.track)}"`] : [];
    if (ctx.namespace)
        matchers.push(`namespace="${promqlString(ctx.namespace)}"`);
    if (ctx.service)
        matchers.push(`service="${promqlString(ctx.service)}"`);
    const values = {
        track: promqlString(ctx.track),
        namespace: ctx.namespace === undefined ? undefined : promqlString(ctx.namespace),
        service: ctx.service === undefined ? undefined : promqlString(ctx.service),
        interval: formatInterval(ctx.interval),
        selector: matchers.join(','),
        quantile: ctx.quantile === undefined ? undefined : String(ctx.quantile),
    };
    // `{{{selector}},code=~"5.."}` with no matchers must become `{code=~"5.."}`, not `{,code\u2026}`.
    const body = values.selector ? template : template.replace(/\{\{\s*selector\s*\}\}\s*,\s*/g, '');
    return body.replace(placeholder, (_, key) => {
        const v = values[key];
        if (v === undefined) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`query "${name}" uses {{${key}}}, which has no value here.`, {
                hint: key === 'quantile' ? 'Only latency queries (p95-latency, \u2026) get a quantile.' : `Set the "${key}" input.`,
            });
        }
        return v;
    });
}
/**
 * The per-bucket request query behind a latency template: the `<name>_bucket`
 * series it reads, with the same matchers, as
 * `sum by (le) (increase(<name>_bucket{\u2026}[{{interval}}]))`. So a team that
 * overrode p95-latency for its own histogram gets the request-level test on
 * that histogram without writing a second query. Undefined when the template
 * reads no `_bucket` series (a summary, a recording rule): then only an
 * explicit `latency-buckets` query can say where the requests are.
 */
function bucketTemplateFrom(latencyTemplate) {
    const m = /([A-Za-z_:][A-Za-z0-9_:]*_bucket)\b/.exec(latencyTemplate);
    if (!m)
        return undefined;
    let i = m.index + m[1].length;
    let selector = '';
    if (latencyTemplate[i] === '{') {
        // Balanced braces: `{{{selector}},code="200"}` holds placeholders' braces too.
        let depth = 0;
        const start = i;
        for (; i < latencyTemplate.length; i++) {
            if (latencyTemplate[i] === '{')
                depth++;
            else if (latencyTemplate[i] === '}' && --depth === 0)
                break;
        }
        if (depth !== 0)
            return undefined;
        selector = latencyTemplate.slice(start, i + 1);
    }
    return `sum by (le) (increase(${m[1]}${selector}[{{interval}}]))`;
}
/** A counter's increase over the window, summed over its series of the track: `sum(increase(name{{{selector}},k="v"}[{{interval}}]))`. */
function counterTemplate(counter) {
    const matchers = Object.entries(counter.matchers).map(([k, v]) => `,${k}="${promqlString(v)}"`);
    return `sum(increase(${counter.metric}{{{selector}}${matchers.join('')}}[{{interval}}]))`;
}


/***/ }),

/***/ 27695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ ScrapeSource)
/* harmony export */ });
/* unused harmony exports REQUESTS_METRIC, DURATION_METRIC */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31873);
/* harmony import */ var _counter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10977);
/* harmony import */ var _exposition__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80631);
/* harmony import */ var _histogram__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3583);






const REQUESTS_METRIC = 'http_requests_total';
const DURATION_METRIC = 'http_request_duration_seconds';
const labelKey = (labels) => Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');
const statusOf = (labels) => labels.code ?? labels.status ?? labels.status_code ?? '';
/**
 * The embedded default: no Prometheus, just the two services' /metrics pages,
 * scraped every `interval` seconds into timestamped snapshots. A window is
 * judged from the deltas between the successful snapshots that bound it
 * (counter resets handled as Prometheus does, a series that appears mid-window
 * counted from zero because client libraries create it at its first
 * increment); a failed scrape inside the window leaves a gap the deltas
 * bridge, never a made-up value.
 */
class ScrapeSource {
    options;
    snapshots = { canary: [], stable: [] };
    timers = new Set();
    inFlight = new Set();
    closed = false;
    onDemand = {};
    now;
    constructor(options) {
        this.options = options;
        // Sub-millisecond: a scrape and a window edge in the same millisecond must still be ordered.
        this.now = options.now ?? (() => (performance.timeOrigin + performance.now()) / 1000);
        for (const [track, url] of Object.entries(options.urls)) {
            if (url === undefined)
                continue;
            try {
                const u = new URL(url);
                if (u.protocol !== 'http:' && u.protocol !== 'https:')
                    throw new Error('not http');
            }
            catch {
                throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${url}" is not an http(s) URL.`, { where: `input "${track}-metrics-url"`, hint: 'Give the service\'s metrics page, e.g. http://model-canary.prod:8080/metrics.' });
            }
        }
    }
    /** Takes the first scrape of every configured track now, then keeps scraping every interval until close(). */
    async start() {
        const tracks = Object.keys(this.options.urls).filter((t) => this.options.urls[t]);
        await Promise.all(tracks.map((t) => this.scrape(t)));
        for (const t of tracks)
            this.schedule(t);
    }
    /** Snapshots taken so far (for reports and tests). */
    history(track) {
        return this.snapshots[track].map(({ t, ok, error }) => ({ t, ok, error }));
    }
    async requests(track, window) {
        const d = await this.windowDeltas(track, window);
        if (!d || d.requests === null)
            return null;
        return { requests: d.requests, errors: d.errors };
    }
    async read(metric, track, window) {
        if (metric.kind === 'counter' && !this.options.counters?.some((c) => c.source === metric.source)) {
            throw new Error(`counter ${metric.source} was not registered with the scrape source`);
        }
        if (metric.kind === 'query') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the custom query "${metric.name ?? metric.query}" needs Prometheus.`, { hint: 'Set source: prometheus and prometheus-url, or judge only built-in metrics (error-rate, request-rate, p95-latency, \u2026).' });
        }
        const d = await this.windowDeltas(track, window);
        return { value: d ? metricOf(metric, d) : null };
    }
    /** The bucket deltas between the scrapes bounding the window: what `increase()` gives Prometheus, without extrapolation. */
    async histogram(_metric, track, window) {
        const d = await this.windowDeltas(track, window);
        if (!d || d.buckets.size === 0)
            return null;
        return [...d.buckets].map(([upperBound, count]) => ({ upperBound, count }));
    }
    async close() {
        this.closed = true;
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        await Promise.allSettled([...this.inFlight]);
    }
    get tolerance() {
        return this.options.interval / 2;
    }
    /**
     * The snapshots (failed ones too, so gaps show) from the one that bounds the
     * window's start to the one that bounds its end. Each edge is bounded by the
     * first successful scrape at or after it \u2014 the same rule for a window's end
     * and the next window's start, so consecutive windows share that snapshot
     * and no request is counted twice. When nothing was scraped after the end
     * (within half an interval), the last scrape before it bounds the window.
     */
    within(track, window) {
        const list = this.snapshots[track];
        const ok = list.filter((s) => s.ok);
        const first = ok.find((s) => s.t >= window.start && s.t <= window.end);
        if (!first)
            return [];
        const last = ok.find((s) => s.t >= window.end && s.t <= window.end + this.tolerance) ?? ok.filter((s) => s.t <= window.end).at(-1);
        if (!last || last.t <= first.t)
            return [];
        return list.filter((s) => s.t >= first.t && s.t <= last.t);
    }
    async windowDeltas(track, window) {
        if (!this.options.urls[track]) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no metrics URL for the ${track} track.`, { where: `input "${track}-metrics-url"`, hint: `Set ${track}-metrics-url to its /metrics page (source: scrape), or use source: prometheus.` });
        }
        // A window that ends now should not miss the requests since the last tick.
        const last = this.snapshots[track].at(-1);
        if (!this.closed && this.now() >= window.end && (!last || last.t <= window.end)) {
            // Readings of several metrics for one window arrive together: one scrape serves them all.
            const pending = this.onDemand[track];
            if (pending && pending.startedAt >= window.end)
                await pending.done;
            else {
                const done = this.scrape(track);
                this.onDemand[track] = { startedAt: this.now(), done };
                await done;
            }
        }
        const ok = this.within(track, window).filter((s) => s.ok);
        if (ok.length < 2)
            return null;
        const total = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: ok.at(-1).t - ok[0].t };
        for (let i = 1; i < ok.length; i++) {
            const d = deltas(ok[i - 1], ok[i]);
            if (d.requests !== null)
                total.requests = (total.requests ?? 0) + d.requests;
            total.errors += d.errors;
            for (const [le, n] of d.buckets)
                total.buckets.set(le, (total.buckets.get(le) ?? 0) + n);
            for (const [key, n] of d.counters)
                total.counters.set(key, (total.counters.get(key) ?? 0) + n);
        }
        return total;
    }
    schedule(track) {
        if (this.closed)
            return;
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            void this.scrape(track).finally(() => this.schedule(track));
        }, this.options.interval * 1000);
        timer.unref();
        this.timers.add(timer);
    }
    scrape(track) {
        const run = this.fetchSnapshot(track).then((s) => {
            const list = this.snapshots[track];
            // Concurrent scrapes (a tick and an on-demand one) may finish out of order.
            let i = list.length;
            while (i > 0 && list[i - 1].t > s.t)
                i--;
            list.splice(i, 0, s);
            if (!s.ok)
                this.options.onScrapeError?.(track, s.error);
        });
        this.inFlight.add(run);
        return run.finally(() => this.inFlight.delete(run));
    }
    async fetchSnapshot(track) {
        const url = this.options.urls[track];
        try {
            const text = await get(url, this.options.timeoutMs ?? Math.min(10_000, this.options.interval * 1000));
            const t = this.now();
            return { t, ok: true, ...this.extract((0,_exposition__WEBPACK_IMPORTED_MODULE_4__/* .parseExposition */ .g)(text), track) };
        }
        catch (e) {
            return { t: this.now(), ok: false, error: `${url}: ${e.message}` };
        }
    }
    extract(samples, track) {
        const mine = (s) => s.labels[this.options.trackLabel] === undefined || s.labels[this.options.trackLabel] === this.options.trackValues[track];
        const out = {};
        const requests = samples.get(REQUESTS_METRIC);
        if (requests) {
            out.requests = new Map();
            for (const s of requests.filter(mine))
                out.requests.set(labelKey(s.labels), { value: s.value, error: /^5\d\d$/.test(statusOf(s.labels)) });
        }
        const buckets = samples.get(`${DURATION_METRIC}_bucket`);
        if (buckets) {
            out.buckets = new Map();
            for (const s of buckets.filter(mine)) {
                const le = (0,_histogram__WEBPACK_IMPORTED_MODULE_5__/* .parseLe */ .jU)(s.labels.le ?? '');
                if (!Number.isNaN(le))
                    out.buckets.set(labelKey(s.labels), { le, value: s.value });
            }
        }
        for (const counter of this.options.counters ?? []) {
            const family = samples.get(counter.metric);
            if (!family)
                continue;
            out.counters ??= new Map();
            const series = new Map();
            for (const s of family.filter((x) => mine(x) && (0,_counter__WEBPACK_IMPORTED_MODULE_3__/* .matchesCounter */ .id)(counter, x.labels)))
                series.set(labelKey(s.labels), s.value);
            out.counters.set(counter.source, series);
        }
        return out;
    }
}
/** What happened between two successful scrapes. */
function deltas(a, b) {
    const d = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: b.t - a.t };
    if (a.requests || b.requests) {
        d.requests = 0;
        for (const [key, s] of b.requests ?? []) {
            const n = (0,_histogram__WEBPACK_IMPORTED_MODULE_5__/* .counterDelta */ .dP)(a.requests?.get(key)?.value ?? 0, s.value);
            d.requests += n;
            if (s.error)
                d.errors += n;
        }
    }
    for (const [key, s] of b.buckets ?? []) {
        d.buckets.set(s.le, (d.buckets.get(s.le) ?? 0) + (0,_histogram__WEBPACK_IMPORTED_MODULE_5__/* .counterDelta */ .dP)(a.buckets?.get(key)?.value ?? 0, s.value));
    }
    for (const [counter, series] of b.counters ?? []) {
        let n = 0;
        for (const [key, value] of series)
            n += (0,_histogram__WEBPACK_IMPORTED_MODULE_5__/* .counterDelta */ .dP)(a.counters?.get(counter)?.get(key) ?? 0, value);
        d.counters.set(counter, n);
    }
    return d;
}
function metricOf(metric, d) {
    switch (metric.kind) {
        case 'error-rate':
            return d.requests ? d.errors / d.requests : null;
        case 'request-rate':
            return d.requests === null || d.seconds <= 0 ? null : d.requests / d.seconds;
        case 'counter':
            return d.counters.get(metric.source) ?? null;
        case 'latency': {
            if (d.buckets.size === 0)
                return null;
            const q = (0,_histogram__WEBPACK_IMPORTED_MODULE_5__/* .histogramQuantile */ .EV)(metric.quantile, [...d.buckets].map(([upperBound, count]) => ({ upperBound, count })));
            return Number.isNaN(q) ? null : q;
        }
    }
}
function get(url, timeoutMs) {
    const lib = url.startsWith('https:') ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    return new Promise((resolve, reject) => {
        const req = lib.get(url, { headers: { accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1' } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
                clearTimeout(timer);
                if ((res.statusCode ?? 0) >= 300)
                    reject(new Error(`HTTP ${res.statusCode}`));
                else
                    resolve(Buffer.concat(chunks).toString('utf8'));
            });
        });
        const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        req.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
}


/***/ }),

/***/ 37248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ metricSourceInputs),
/* harmony export */   QB: () => (/* binding */ createMetricSource),
/* harmony export */   S0: () => (/* binding */ parseQueries),
/* harmony export */   Ts: () => (/* binding */ durationInput),
/* harmony export */   fK: () => (/* binding */ metricKind),
/* harmony export */   lO: () => (/* binding */ metricSourceSecrets),
/* harmony export */   tX: () => (/* binding */ requireTwoScrapes)
/* harmony export */ });
/* unused harmony export parseDuration */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31873);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88532);
/* harmony import */ var _prometheus_source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44375);
/* harmony import */ var _promql__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7706);
/* harmony import */ var _scrape_source__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27695);







/**
 * Where canary-check and auto-rollback read production metrics from: one
 * fragment of action inputs, spread into each action's zod schema, and the
 * one function that turns them into a MetricSource.
 */
/** Seconds, written `90`, `90s`, `5m`, `1h` or `1m30s`; negative or malformed durations are errors. */
const durationInput = () => zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().transform((v, ctx) => {
    const seconds = parseDuration(v);
    if (seconds === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write seconds (300) or with a unit (300s, 5m, 1h)` });
        return zod__WEBPACK_IMPORTED_MODULE_7__/* .NEVER */ .tm;
    }
    return seconds;
});
function parseDuration(text) {
    const t = text.trim();
    if (/^-/.test(t))
        return undefined;
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t);
    const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
    if (!m || t === '')
        return undefined;
    return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
const metricSourceInputs = {
    source: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['scrape', 'prometheus']).default('scrape'),
    'prometheus-url': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'prometheus-token': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'prometheus-username': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'prometheus-password': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'prometheus-ca': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'prometheus-timeout': durationInput().default(30),
    namespace: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    service: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'track-label': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('track'),
    'canary-track': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('canary'),
    'stable-track': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('stable'),
    queries: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'canary-metrics-url': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'stable-metrics-url': zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    'scrape-interval': durationInput().default(15),
};
/** Inputs masked before anything is logged; spread into the action's `secrets`. */
const metricSourceSecrets = ['prometheus-token', 'prometheus-password'];
const LATENCY = /^p(\d{1,2}(?:\.\d+)?)-latency$/;
const BUILTIN_METRICS = ['error-rate', 'request-rate', 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];
const OVERRIDABLE = [...Object.keys(_promql__WEBPACK_IMPORTED_MODULE_4__/* .BUILTIN_QUERIES */ .p7), 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];
/** The `queries` input: a YAML/JSON map (inline or a file) of metric name \u2192 PromQL template. */
function parseQueries(inputs, cwd = process.cwd()) {
    if (!inputs.queries?.trim())
        return {};
    const doc = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .readConfigDocument */ .AA)(inputs.queries, cwd, 'queries');
    const where = doc.source === 'inline config' ? 'input "queries"' : doc.source;
    if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('expected a map of metric name \u2192 PromQL template.', { where, hint: 'e.g. queries: "error-rate: sum(rate(errors_total{track=\\"{{track}}\\"}[{{interval}}])) / \u2026"' });
    }
    const out = {};
    for (const [name, template] of Object.entries(doc.value)) {
        if (typeof template !== 'string' || template.trim() === '') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`query "${name}" must be a PromQL string, got ${JSON.stringify(template)}.`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
        }
        if (!/^[A-Za-z_][\w.-]*$/.test(name))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${name}" is not a usable metric name (letters, digits, _ . -).`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
        (0,_promql__WEBPACK_IMPORTED_MODULE_4__/* .checkTemplate */ .BU)(name, template, doc.source === 'inline config' ? where : doc.at([name]));
        out[name] = template.trim();
    }
    return out;
}
/**
 * A threshold's metric name \u2192 what to measure: the built-ins `error-rate`,
 * `request-rate`, `pNN-latency` (seconds; p50, p95, p99, any percentile),
 * or a name from `queries`. Unknown names fail with a did-you-mean, before any
 * waiting starts.
 */
function metricKind(name, inputs, queries, where = 'thresholds') {
    if (name === 'error-rate' || name === 'request-rate')
        return { kind: name };
    const latency = LATENCY.exec(name);
    if (latency) {
        const percentile = Number(latency[1]);
        if (percentile > 0 && percentile < 100)
            return { kind: 'latency', quantile: Number((percentile / 100).toFixed(10)) };
    }
    const query = queries[name];
    if (query !== undefined && !OVERRIDABLE.includes(name)) {
        if (inputs.source === 'scrape') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`metric "${name}" is a custom PromQL query, which needs Prometheus.`, { where, hint: 'Set source: prometheus and prometheus-url, or judge built-in metrics only.' });
        }
        return { kind: 'query', query, name };
    }
    const known = [...BUILTIN_METRICS, ...Object.keys(queries).filter((q) => !OVERRIDABLE.includes(q))];
    throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unknown metric "${name}".${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .suggestion */ .h)(name, known)}`, {
        where,
        hint: `Use one of ${known.join(', ')}, or define it in the queries input (source: prometheus).`,
    });
}
/** The MetricSource the inputs describe; a scrape source is already scraping when this resolves. */
async function createMetricSource(inputs, io, options) {
    const trackValues = { canary: inputs['canary-track'], stable: inputs['stable-track'] };
    if (inputs.source === 'prometheus') {
        const url = inputs['prometheus-url'];
        if (!url)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('input "prometheus-url" is required with source: prometheus.', { hint: 'Set it to the server root, e.g. http://prometheus.monitoring:9090.' });
        if (inputs['prometheus-token'] && (inputs['prometheus-username'] || inputs['prometheus-password'])) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('both a bearer token and basic-auth credentials were given for Prometheus.', { hint: 'Set prometheus-token or prometheus-username/prometheus-password, not both.' });
        }
        if (inputs['prometheus-timeout'] <= 0)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('must be more than 0 seconds.', { where: 'input "prometheus-timeout"' });
        if (inputs['scrape-interval'] <= 0)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
        return new _prometheus_source__WEBPACK_IMPORTED_MODULE_3__/* .PrometheusSource */ .y({
            url,
            token: inputs['prometheus-token'],
            username: inputs['prometheus-username'],
            password: inputs['prometheus-password'],
            ca: readCa(inputs['prometheus-ca']),
            timeoutMs: inputs['prometheus-timeout'] * 1000,
            attempts: options.attempts,
            baseDelayMs: options.baseDelayMs,
            onRetry: (m) => io.warning(m),
            trackLabel: inputs['track-label'],
            trackValues,
            namespace: inputs.namespace,
            service: inputs.service,
            queries: parseQueries(inputs),
        });
    }
    if (inputs['scrape-interval'] <= 0)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
    if (inputs.queries?.trim())
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('PromQL queries need Prometheus; source: scrape computes the built-in metrics itself.', { where: 'input "queries"', hint: 'Set source: prometheus and prometheus-url, or remove queries.' });
    const urls = {};
    const names = options.trackNames ?? { canary: 'canary', stable: 'stable' };
    for (const track of options.tracks) {
        const url = inputs[`${track}-metrics-url`];
        if (!url) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input "${names[track]}-metrics-url" is required with source: scrape.`, { hint: `Set it to the ${names[track]} service's /metrics page, or use source: prometheus with prometheus-url.` });
        }
        urls[track] = url;
    }
    const failing = new Set();
    const source = new _scrape_source__WEBPACK_IMPORTED_MODULE_5__/* .ScrapeSource */ .Sk({
        urls,
        interval: inputs['scrape-interval'],
        trackLabel: inputs['track-label'],
        trackValues,
        counters: options.counters,
        onScrapeError: (track, message) => {
            // One warning per run of failures: a down service should not flood the log every interval.
            if (failing.has(track))
                io.debug(`scrape failed again: ${message}`);
            else
                io.warning(`scraping the ${names[track]} metrics failed (${message}); the gap counts as no data.`);
            failing.add(track);
        },
    });
    await source.start();
    return source;
}
function readCa(file) {
    if (!file)
        return undefined;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    let pem;
    try {
        pem = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(resolved, 'utf8');
    }
    catch (e) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read the CA file "${file}": ${e.code ?? e.message}.`, { where: 'input "prometheus-ca"', hint: 'Give the path of a PEM file in the workspace.' });
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${file}" holds no PEM certificate.`, { where: 'input "prometheus-ca"', hint: 'It should contain -----BEGIN CERTIFICATE----- blocks.' });
    return pem;
}
/** increase() over a window holding fewer than two samples is empty, as are deltas from one scrape: `input` must span two. */
function requireTwoScrapes(seconds, input, inputs) {
    if (seconds >= 2 * inputs['scrape-interval'])
        return;
    throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${input} (${seconds} s) must span at least two scrapes (scrape-interval ${inputs['scrape-interval']} s).`, {
        where: `input "${input}"`,
        hint: inputs.source === 'scrape' ? `Lengthen ${input} or shorten scrape-interval, so each ${input} sees at least two /metrics readings.` : `Lengthen ${input}, or set scrape-interval to Prometheus' own scrape interval if it is shorter.`,
    });
}


/***/ }),

/***/ 15584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ MetricSourceUnavailable),
/* harmony export */   q: () => (/* binding */ probeMetrics)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

/**
 * The source could not answer at all (server unreachable after retries, an
 * answer that is not Prometheus'): unlike `null`, this says nothing about the
 * service's health. Judges decide whether to abort or count the interval as
 * inconclusive; it is a UserError, so uncaught it ends the step with its line.
 */
class MetricSourceUnavailable extends _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/**
 * Asks for the request count and every metric once (and, with `histograms`,
 * the bucket query behind each latency metric), so a wrong URL, bad
 * credentials or a query the server rejects end the step now, with the
 * source's own message, instead of minutes into a wait.
 */
async function probeMetrics(source, track, metrics, window, options = {}) {
    await source.requests(track, window);
    for (const m of metrics) {
        await source.read(m, track, window);
        if (options.histograms && m.kind === 'latency')
            await source.histogram(m, track, window);
    }
}


/***/ }),

/***/ 9826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   j: () => (/* binding */ outputLines)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31873);


/**
 * Runs one program with an argument list \u2014 never a shell string, so a weight,
 * a resource name or anything a workflow interpolates cannot become shell syntax.
 * `log` gets each non-empty line of its output once it has exited successfully.
 */
async function run(argv, o) {
    const [program, ...args] = argv;
    if (!program)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('is an empty command.', { where: o.where });
    // @actions/exec splits its first argument like a command line; quoting keeps a path with spaces one word.
    const quoted = `"${program.replace(/(["\\])/g, '\\$1')}"`;
    let result;
    try {
        result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(quoted, args, { silent: true, ignoreReturnCode: true });
    }
    catch (e) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot run ${program}: ${e.message.split('\n')[0]}`, { where: o.where, hint: `Install ${program} on the runner or put it on PATH.` });
    }
    if (result.exitCode !== 0) {
        const stderr = outputLines(result.stderr);
        const last = stderr[stderr.length - 1] ?? result.stdout.trim().split('\n').pop() ?? '';
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${[program, ...args].join(' ').slice(0, 200)} exited with ${result.exitCode}${last ? `: ${last}` : ''}`, { where: o.where });
    }
    if (o.log)
        for (const line of outputLines(result.stdout))
            o.log(line);
    return result.stdout;
}
const outputLines = (out) => out.trim().split('\n').filter(Boolean);


/***/ }),

/***/ 72549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readObject),
/* harmony export */   o: () => (/* binding */ patchObject)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9826);


async function readObject(t) {
    const text = await (0,_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(['kubectl', 'get', t.resource, t.name, '-n', t.namespace, '-o', 'json'], { where: t.where });
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`kubectl get ${t.resource} ${t.name} did not print JSON.`, { where: t.where });
    }
}
/** Applies `ops` to the object as `read` saw it; the patch is rejected if the object changed since. */
async function patchObject(t, read, ops) {
    const patch = [];
    if (read.metadata?.resourceVersion)
        patch.push({ op: 'test', path: '/metadata/resourceVersion', value: read.metadata.resourceVersion });
    patch.push(...ops);
    await (0,_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(['kubectl', 'patch', t.resource, t.name, '-n', t.namespace, '--type=json', '-p', JSON.stringify(patch)], { where: t.where });
}


/***/ })

};
