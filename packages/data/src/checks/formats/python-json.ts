/**
 * JSON text read the way Python's `json.loads` reads it, which is what Great
 * Expectations calls: RFC 8259 plus the bare `NaN`, `Infinity` and `-Infinity`
 * Python writes for non-finite floats (`JSON.parse` refuses those). Valid JSON
 * goes through the native parser; only text it refuses is read again here, so
 * the common case costs one `JSON.parse`.
 *
 * One limit differs: Python stops at about 1000 levels of nesting (a
 * RecursionError GX counts as unparseable); this reader has no such limit.
 */
export type PythonJson = { ok: true; value: unknown } | { ok: false };

const FAIL: PythonJson = { ok: false };

export function loadsPython(text: string): PythonJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Only a non-finite literal can make Python accept what JSON.parse refused.
    if (!text.includes('NaN') && !text.includes('Infinity')) return FAIL;
    try {
      const r = new Reader(text);
      r.space();
      const value = r.value();
      r.space();
      return r.i === text.length ? { ok: true, value } : FAIL;
    } catch {
      return FAIL;
    }
  }
}

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  space(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.i++;
    }
  }

  private fail(): never {
    throw new SyntaxError(`unexpected input at ${this.i}`);
  }

  private literal(word: string): void {
    if (!this.s.startsWith(word, this.i)) this.fail();
    this.i += word.length;
  }

  value(): unknown {
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

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail();
      const key = this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail();
      this.i++;
      this.space();
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.space();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail();
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
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
      if (c === ']') return out;
      if (c !== ',') this.fail();
    }
  }

  private string(): string {
    // A string is the same in both grammars, so the native parser reads it once its end is found.
    const start = this.i++;
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return JSON.parse(s.slice(start, this.i)) as string;
      }
      this.i += c === 0x5c ? 2 : 1;
    }
    return this.fail();
  }

  private number(): number {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
    m.lastIndex = this.i;
    const found = m.exec(this.s);
    if (!found || found[0] === '' || found[0] === '-') this.fail();
    this.i += found[0].length;
    return Number(found[0]);
  }
}
