import { pointerSegment } from '../validate/errors.js';

/** Where a value sits in the source text: offsets into the text (0-based). */
export interface Place {
  /** Where the value starts. */
  value: number;
  /** Where its property name starts, when the value is an object member. */
  key?: number;
}

/** A JSON syntax error: what is wrong, where, and in which object or list. */
export interface SyntaxProblem {
  message: string;
  offset: number;
  /** JSON pointer of the object or list being read when the error was found. */
  path: string;
}

/** What scanning a JSON text finds: where every value is, by JSON pointer, and what is wrong with it. */
export interface JsonMap {
  places: Map<string, Place>;
  /** The first syntax error; the text is valid JSON when there is none. */
  syntaxError?: SyntaxProblem;
  /** Property names given twice in one object (the second of each pair): JSON keeps only the last. */
  duplicateKeys: Array<{ path: string; name: string; offset: number }>;
}

interface Frame {
  kind: '{' | '[';
  path: string;
  count: number;
  names: Set<string>;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** How the text found in the wrong place reads in an error message: a word, a quoted text, or one character. */
function describe(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const rest = text.slice(offset, offset + 40);
  const word = /^[A-Za-z_$][\w$-]*/.exec(rest)?.[0] ?? /^"(?:[^"\\\n]|\\.)*"/.exec(rest)?.[0];
  if (word) return word.startsWith('"') ? word : `"${word}"`;
  if (rest[0] === '"') return 'an opening "';
  const code = rest.charCodeAt(0);
  return code < 33 || (code > 126 && code < 161) || code === 0xfeff
    ? `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
    : `"${rest[0]}"`;
}

/**
 * After text in quotes, more words then a quote (`"Hot Stone Massage, "description": …`): the text lost its
 * closing quote, and the quote that seemed to close it opens the next name. Fails with where the quote goes.
 */
function unclosedText(text: string, before: { start: number; raw: string }, offset: number): void {
  const runOn = /^[^"\n]*?"/.exec(text.slice(offset, offset + 200))?.[0];
  if (!runOn) return;
  const inner = before.raw.slice(1, -1);
  const kept = inner.replace(/[,\s]+$/, '');
  const fix = inner === kept ? '' : `; write "${kept}", "${runOn}`;
  throw new ScanError(`a closing quote is missing: the text ${before.raw} runs into ${runOn}${fix}`, before.start);
}

/**
 * Scans a JSON text without building its value: records where each value starts by JSON pointer, property
 * names given twice, and the first syntax error with a plain-English message. Iterative, so deep nesting
 * cannot overflow the stack.
 */
export function scanJson(text: string): JsonMap {
  const places = new Map<string, Place>();
  const duplicateKeys: JsonMap['duplicateKeys'] = [];
  const stack: Frame[] = [];
  let i = 0;

  const fail = (message: string, offset = i): never => {
    throw new ScanError(message, offset);
  };
  const skipSpace = () => {
    while (i < text.length && whitespace.has(text[i])) i++;
    if (text.startsWith('//', i) || text.startsWith('/*', i)) fail('comments are not allowed in JSON; remove this comment');
  };
  const current = () => stack[stack.length - 1];
  const endedEarly = () => {
    const frame = current();
    return fail(
      frame
        ? `the file ends before this ${frame.kind === '{' ? 'object' : 'list'} is closed: a "${frame.kind === '{' ? '}' : ']'}" is missing`
        : 'the file ends too early: a value is missing',
    );
  };

  /** Reads a double-quoted string at `i`; returns its raw text including the quotes. */
  const readString = (what: string): string => {
    const start = i;
    if (i >= text.length) endedEarly();
    if (text[i] === "'") fail(`${what} must be in double quotes ("), not single quotes`);
    if (text[i] !== '"') fail(`expected ${what} in double quotes, found ${describe(text, i)}`);
    i++;
    for (;;) {
      if (i >= text.length) fail('this text is never closed: a closing " is missing', start);
      const char = text[i];
      if (char === '"') break;
      if (char === '\n' || char === '\r')
        fail('this text is never closed on its line: a closing " is missing (write a line break inside text as \\n)', start);
      if (char < ' ') fail('a control character (such as a tab) inside text must be written as an escape, such as \\t');
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hexadecimal digits');
          i += 6;
          continue;
        }
        if (!escapes.has(next)) fail(`"\\${next ?? ''}" is not a valid escape; write a backslash as \\\\`);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return text.slice(start, i);
  };

  /** Reads a property name and its colon; returns the pointer of the value that follows. */
  const readKey = (frame: Frame): string => {
    const keyOffset = i;
    if (text[i] === '}') fail('trailing comma: remove the "," before this "}"', text.lastIndexOf(',', i));
    const name = JSON.parse(readString('a property name')) as string;
    const path = `${frame.path}/${pointerSegment(name)}`;
    if (frame.names.has(name)) duplicateKeys.push({ path, name, offset: keyOffset });
    frame.names.add(name);
    skipSpace();
    if (text[i] !== ':') fail(`expected ":" after the property name "${name}", found ${describe(text, i)}`);
    i++;
    skipSpace();
    pendingKey = keyOffset;
    return path;
  };

  let pendingKey: number | undefined;
  let lastText: { start: number; end: number; raw: string } | undefined;
  try {
    skipSpace();
    if (i >= text.length) fail('the file is empty');
    let path = '';
    // Each turn reads one value at `i` whose pointer is `path`, then whatever closes or separates.
    for (;;) {
      places.set(path, pendingKey === undefined ? { value: i } : { value: i, key: pendingKey });
      pendingKey = undefined;
      const char = text[i];
      let opened = false;
      if (char === '{' || char === '[') {
        const frame: Frame = { kind: char, path, count: 0, names: new Set() };
        stack.push(frame);
        i++;
        skipSpace();
        if (text[i] === (char === '{' ? '}' : ']')) {
          i++;
          stack.pop();
        } else {
          path = char === '{' ? readKey(frame) : `${frame.path}/0`;
          opened = true;
        }
      } else if (char === '"' || char === "'") {
        // In this order: where the text starts, the text (reading it moves `i`), where it ends.
        lastText = { start: i, raw: readString('text'), end: i };
      } else if (char === '-' || (char >= '0' && char <= '9')) {
        const start = i;
        number.lastIndex = i;
        i += number.exec(text)?.[0].length ?? 0;
        if (i === start || /[\w.]/.test(text[i] ?? ''))
          fail('not a valid number: write numbers like 12, 0.5 or -3, with no leading zeros or units', start);
      } else {
        const word = /^(true|false|null)(?![\w$])/.exec(text.slice(i, i + 6))?.[1];
        if (!word) {
          if (char === undefined) endedEarly();
          if (char === ']' || char === '}') fail(`trailing comma: remove the "," before this "${char}"`, text.lastIndexOf(',', i));
          fail(`expected a value (text in double quotes, a number, true, false, null, an object or a list), found ${describe(text, i)}`);
        }
        i += word!.length;
      }
      if (opened) {
        skipSpace();
        continue;
      }
      // After a value: close containers, or move on to the next member or item.
      for (;;) {
        const end = i;
        skipSpace();
        const frame = current();
        if (!frame) {
          if (i < text.length) fail(`unexpected ${describe(text, i)} after the end of the rules: the file must hold one object`);
          return { places, duplicateKeys };
        }
        const close = frame.kind === '{' ? '}' : ']';
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (frame.kind === '{') path = readKey(frame);
          else {
            if (text[i] === ']') fail('trailing comma: remove the "," before this "]"', text.lastIndexOf(',', i));
            path = `${frame.path}/${++frame.count}`;
          }
          break;
        }
        if (text[i] === close) {
          i++;
          stack.pop();
          continue;
        }
        const what = frame.kind === '{' ? 'a property' : 'an item';
        if (i >= text.length) endedEarly();
        if (lastText?.end === end) unclosedText(text, lastText, i);
        // A missing comma is the usual cause: point just after the value it should follow.
        fail(`expected "," or "${close}" after ${what}, found ${describe(text, i)}: is a comma missing here?`, end);
      }
    }
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { places, duplicateKeys, syntaxError: { message: error.message, offset: error.offset, path: current()?.path ?? '' } };
  }
}

/** Where each line of the last text asked about starts: one scan per text, however many problems it has. */
let lines: { text: string; starts: number[] } | undefined;

/** The 1-based line and column of an offset (a line break is `\n`, `\r\n` or `\r`); a binary search in the line starts. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  if (lines?.text !== text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    }
    lines = { text, starts };
  }
  const { starts } = lines;
  const end = Math.min(Math.max(offset, 0), text.length);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= end) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: end - starts[low] + 1 };
}

/**
 * Where a JSON pointer points in the text: the property name for an object member, the value for a list
 * item. A pointer to something that is not in the text (a missing property) falls back to its nearest
 * ancestor that is.
 */
export function locate(map: JsonMap, pointer: string): number {
  let path = pointer;
  for (;;) {
    const place = map.places.get(path);
    if (place) return place.key ?? place.value;
    if (!path) return 0;
    path = path.slice(0, path.lastIndexOf('/'));
  }
}
