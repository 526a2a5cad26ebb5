import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// The package a front-end developer installs: its own name resolves through package.json "exports",
// as it will in their project, and `npm pack` ships what those exports point at.
const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('import { recommend, validateRules } from "massage-selector", with the default rules as JSON', async () => {
  const { recommend, validateRules } = await import('massage-selector');
  const { default: rules } = await import('massage-selector/rules/default.json', { with: { type: 'json' } });
  assert.equal(validateRules(rules).valid, true);
  assert.equal(recommend(rules, { safety: ['none'], pressure: 'pokey', feel: ['ache'] }).technique.id, 'ashiatsu');
});

test('npm pack ships every file the exports, types, bin and custom-elements manifest name, and no sources or tests', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0];
  const files = new Set(packed.files.map((file) => file.path));
  const named = [
    ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    manifest.types,
    ...Object.values(manifest.bin),
    manifest.customElements,
  ].map((path) => path.replace(/^\.\//, ''));
  for (const path of named) {
    if (path.endsWith('/*')) {
      // A pattern export ("./rules/examples/*"): the folder ships with files in it.
      assert.ok(
        [...files].some((file) => file.startsWith(path.slice(0, -1))),
        `${path} matches files in the package`,
      );
      continue;
    }
    assert.ok(files.has(path), `${path} is in the package`);
    assert.ok(existsSync(new URL(path, root)), `${path} exists`);
  }
  assert.ok(files.has('lib/massage-selector.d.ts') && files.has('docs/rules.md'));
  assert.deepEqual(
    [...files].filter((path) => /^(src|test|scripts|demo)\//.test(path)),
    [],
  );
});
