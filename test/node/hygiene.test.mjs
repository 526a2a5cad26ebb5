import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';

// Text from a rules file is always text: no unsafe directives, no code from strings, in the source or the bundle.
const forbidden = /unsafeHTML|unsafeSVG|unsafeStatic|new Function|eval\(/;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = `${folder}/${name}`;
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('src and dist contain no unsafeHTML, unsafeSVG, unsafeStatic, new Function or eval(', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const checked = [...files(`${root}src`), `${root}dist/massage-selector.js`];
  for (const file of checked) assert.doesNotMatch(readFileSync(file, 'utf8'), forbidden, file);
  assert.ok(checked.length > 10);
});
