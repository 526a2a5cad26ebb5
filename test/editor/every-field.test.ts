import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { download, fieldAt, openEditor, openFile, press, settled, status, typeInto, type PageWindow } from './support.js';

// Every field of the rules format has a control in the editor. Two files that use every property the schema
// (generated from src/rules/types.ts) knows, one complete and one that extends the built-in rules: every
// value in them is shown in a form control carrying its JSON pointer. And the list of a technique's session
// lengths (`sessionMinutes`) is edited with the controls: change a length, add one, remove one, empty one.

type Node = { [key: string]: unknown };
type Schema = { definitions: Record<string, Node> };

/** Every property name the schema allows under definition `root`, following its references. */
function propertyNames(schema: Schema, root: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { $ref, properties } = node as Node;
    if (typeof $ref === 'string') {
      const name = $ref.split('/').pop()!;
      if (!seen.has(name)) {
        seen.add(name);
        visit(schema.definitions[name]);
      }
      return;
    }
    for (const [name, inner] of Object.entries((properties as Node) ?? {})) {
      names.add(name);
      visit(inner);
    }
    for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
      const inner = (node as Node)[key];
      if (Array.isArray(inner)) inner.forEach(visit);
      else visit(inner);
    }
  };
  visit(schema.definitions[root]);
  return names;
}

/** Every key used in `data`. */
function keysIn(data: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(data)) data.forEach((each) => keysIn(each, keys));
  else if (data && typeof data === 'object')
    for (const [key, value] of Object.entries(data)) {
      keys.add(key);
      keysIn(value, keys);
    }
  return keys;
}

const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointers of the values a control must show: each text, number and yes/no, and each list of ids as one. */
function leaves(data: unknown, at = ''): Array<[string, unknown]> {
  if (Array.isArray(data)) {
    if (data.every((each) => typeof each === 'string')) return [[at, data]];
    return data.flatMap((each, i) => leaves(each, `${at}/${i}`));
  }
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => leaves(value, `${at}/${segment(key)}`));
  return [[at, data]];
}

/** The pointers whose value has no control, or a control that shows something else. */
function unshown(page: PageWindow, data: unknown, skip: (path: string) => boolean): string[] {
  const missing: string[] = [];
  for (const [path, value] of leaves(data)) {
    if (skip(path)) continue;
    const control = page.document.querySelector<HTMLInputElement>(`#forms [data-path="${CSS.escape(path)}"]`);
    if (!control) {
      missing.push(`${path}: no control`);
      continue;
    }
    if (control.type === 'checkbox') {
      if (control.checked !== value) missing.push(`${path}: shows ${control.checked}, is ${String(value)}`);
    } else if (Array.isArray(value)) {
      // A list of ids: the boxes ticked in its group.
      const ticked = [...control.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => box.checked).length;
      if (ticked !== value.length) missing.push(`${path}: ${ticked} ticked of ${value.length}`);
    } else if ('value' in control && control.value !== String(value))
      missing.push(`${path}: shows "${control.value}", is "${String(value)}"`);
  }
  return missing;
}

async function opened(page: PageWindow, name: string, text: string) {
  openFile(page, name, text);
  await waitUntil(() => page.document.getElementById('download')!.textContent === `Download ${name}`, `${name} opens`);
  await settled(page, (words) => words.startsWith('No problems'), `${name} is valid`);
}

describe('the editor has a control for every field', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows every value of a complete file and of a file that extends the built-in rules in its control', async function () {
    this.timeout(30000);
    const schema = (await (await fetch('/rules/rules.schema.json')).json()) as Schema;
    const page = await openEditor();
    for (const [name, root, unused] of [
      ['every-field.json', 'Rules', []],
      // The built-in rules have no 0–10 scale question, so no change can give one its end labels.
      ['every-change.json', 'RulesExtension', ['minLabel', 'maxLabel']],
    ] as const) {
      const text = await (await fetch(`/test/editor/fixtures/${name}`)).text();
      const data = JSON.parse(text);
      // The file uses every property the format has (so a new field fails here until it has a control).
      const used = keysIn(data);
      const absent = [...propertyNames(schema, root)].filter((key) => !used.has(key) && !(unused as readonly string[]).includes(key));
      expect(absent, `${name}: properties it does not use`).to.deep.equal([]);
      await opened(page, name, text);
      // Not shown as a control: the format's version (always 1), "extends" (chosen in Start from), and the
      // id that names which built-in item a change is for (the card's heading).
      const skip = (path: string) =>
        path === '/version' ||
        path === '/extends' ||
        (root === 'RulesExtension' && /^\/(questions|techniques|addOns)\/\d+(\/options\/\d+)?\/id$/.test(path));
      expect(unshown(page, data, skip), name).to.deep.equal([]);
    }
  });

  it('edits a technique’s session lengths (sessionMinutes) with its controls', async function () {
    this.timeout(30000);
    const page = await openEditor();
    await opened(page, 'my-spa.json', await (await fetch('/rules/default.json')).text());
    const lengths = page.document.querySelector('[data-card="/techniques/0"] .lengths') as HTMLElement;
    await typeInto(page, '/techniques/0/sessionMinutes/1', '75');
    press(page, 'Add a length', lengths);
    await settled(page, () => fieldAt(page, '/techniques/0/sessionMinutes/2').value === '105', 'a third length, 30 minutes longer');
    press(page, 'Remove length 1', page.document.querySelector('[data-card="/techniques/0"] .lengths')!);
    await settled(page, () => fieldAt(page, '/techniques/0/sessionMinutes/0').value === '75', 'the first length is gone');
    // An emptied length stays in its place, and the checker points at it.
    const emptied = fieldAt(page, '/techniques/0/sessionMinutes/1');
    emptied.focus();
    emptied.select();
    await sendKeys({ press: 'Backspace' });
    await settled(page, (words) => words === '1 problem. Choose one to go to its field.', 'the empty length is caught');
    expect(fieldAt(page, '/techniques/0/sessionMinutes/1').getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: '100' });
    await settled(page, (words) => words.startsWith('No problems'), 'valid again');
    const file = JSON.parse((await download(page)).text);
    expect(file.techniques[0].sessionMinutes).to.deep.equal([75, 100]);
    expect(status(page)).to.match(/^No problems/);
  });

  it('changes a built-in technique’s lengths in a file that extends the built-in rules', async function () {
    this.timeout(30000);
    const page = await openEditor();
    await opened(page, 'cambio.json', JSON.stringify({ version: 1, extends: 'default' }));
    press(page, 'Change the lengths of Swedish Massage');
    await waitUntil(
      () => page.document.querySelector('#forms [data-path="/techniques/0/sessionMinutes/1"]'),
      'the built-in lengths to change',
    );
    await typeInto(page, '/techniques/0/sessionMinutes/1', '80');
    await settled(page, (words) => words.startsWith('No problems'), 'valid');
    const file = JSON.parse((await download(page)).text);
    expect(file.techniques).to.deep.equal([{ id: 'swedish', sessionMinutes: [60, 80] }]);
    press(page, 'Use the built-in lengths again');
    await settled(
      page,
      () => !page.document.querySelector('#forms [data-path="/techniques/0/sessionMinutes/0"]'),
      'back to the built-in lengths',
    );
    expect(JSON.parse((await download(page)).text).techniques).to.equal(undefined);
  });

  it('takes a condition off the first question, which is always asked', async function () {
    this.timeout(20000);
    const page = await openEditor();
    const rules = JSON.parse(await (await fetch('/rules/default.json')).text());
    rules.questions[0].showIf = { question: 'area', answered: true };
    openFile(page, 'screen.json', JSON.stringify(rules, null, 2));
    await settled(page, (words) => /^\d+ problems?\./.test(words), 'the screen with a condition is a problem');
    press(page, 'Remove its condition');
    await settled(page, (words) => words.startsWith('No problems'), 'valid once the condition is gone');
    expect(JSON.parse((await download(page)).text).questions[0].showIf).to.equal(undefined);
  });
});
