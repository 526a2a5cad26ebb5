// TypeScript as a front-end developer's project sees the package: small fixture projects in a temp folder,
// with the package linked into their node_modules, compiled by tsc (and vue-tsc) with no hand declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

/** A project folder with `files`, the package and the framework packages it needs linked in. */
function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'massage-selector-types-'));
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/massage-selector'));
  for (const name of ['react', 'react-dom', 'vue', '@vue', 'lit', 'lit-html', '@lit', '@lit-labs'])
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  for (const name of ['react', 'react-dom']) symlinkSync(join(root, 'node_modules/@types', name), join(dir, 'node_modules/@types', name));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Compiles and returns tsc's output (empty when it passed); `ok: false` when it reported errors. */
function compile(dir, tool = 'tsc') {
  try {
    execFileSync(bin(tool), ['-p', '.', '--noEmit'], { cwd: dir, encoding: 'utf8' });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String(error.stdout) + String(error.stderr) };
  }
}

/** A Vue project's tsconfig: strict, with vue-tsc's strict template checking. */
const vueTsconfig = JSON.stringify({
  compilerOptions: {
    strict: true,
    noEmit: true,
    lib: ['ES2022', 'DOM'],
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'preserve',
  },
  vueCompilerOptions: { strictTemplates: true },
  include: ['src/**/*.vue'],
});

const tsconfig = (options) =>
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, lib: ['ES2022', 'DOM'], target: 'ES2022', ...options },
    include: ['src'],
  });

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const guide = readFileSync(join(root, 'docs/integration.md'), 'utf8');
/** The first fenced block of `lang` after `heading` in `markdown`, as written. */
const block = (markdown, heading, lang) => {
  const from = markdown.indexOf(heading);
  assert.ok(from >= 0, heading);
  return markdown.slice(from).match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))[1];
};

// The README's engine example as written, and the default rules imported as JSON (the README's next sentence).
const readmeEngine = `${block(readme, '### The engine without the element', 'js')}
import jsonRules from 'massage-selector/rules/default.json' with { type: 'json' };
const fromJson: string | undefined = recommend(jsonRules, {}).technique?.id;
const valid: boolean = check.valid;
export { fromJson, valid };
`;

for (const [resolution, options] of [
  ['bundler', { module: 'ESNext', moduleResolution: 'bundler', resolveJsonModule: true }],
  ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext', resolveJsonModule: true }],
  ['node (node10)', { module: 'ESNext', moduleResolution: 'node', resolveJsonModule: true }],
])
  test(`the README's engine example and the element's events compile under moduleResolution ${resolution}`, () => {
    const dir = project({
      'package.json': JSON.stringify({ type: 'module' }),
      'tsconfig.json': tsconfig(options),
      'src/engine.ts': readmeEngine,
      'src/element.ts': `import 'massage-selector/element';
const selector = document.querySelector('massage-selector')!;
selector.addEventListener('book', (e) => { e.preventDefault(); const url: string | null = e.detail.bookingUrl; void url; });
selector.addEventListener('recommend', (e) => void e.detail.technique?.sessions[0]?.minutes);
selector.answers = { safety: ['none'] };
`,
    });
    try {
      const { ok, output } = compile(dir);
      assert.ok(ok, output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

test("the README's and the guide's event listeners, React and Vue code type-check as written", () => {
  const react = project({
    'tsconfig.json': tsconfig({ module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' }),
    // The README's listeners, with the element entry imported as the README says.
    'src/readme.ts': `import 'massage-selector/element';
declare const analytics: { track(name: string, id?: string): void };
declare function openBookingModal(url: string | null): void;
${block(readme, '## Listen to it', 'js')}`,
    // The guide's React block; the app's own functions it calls are declared.
    'src/app.tsx': `${block(guide, '## React', 'jsx')}
declare function setTechnique(id: string | undefined): void;
declare function openMyBooking(url: string | null): void;
`,
  });
  // The guide's Vue component; the app's own state and function it uses are added to its script.
  const vue = block(guide, '## Vue 3', 'vue').replace(
    '</script>',
    `import { ref } from 'vue';
const technique = ref<string>();
const answers = { safety: ['none'] };
const openMyBooking = (url: string | null) => void url;
</script>`,
  );
  const vueProject = project({
    'tsconfig.json': vueTsconfig,
    'src/App.vue': vue,
  });
  try {
    const passed = compile(react);
    assert.ok(passed.ok, passed.output);
    const vuePassed = compile(vueProject, 'vue-tsc');
    assert.ok(vuePassed.ok, vuePassed.output);
  } finally {
    rmSync(react, { recursive: true, force: true });
    rmSync(vueProject, { recursive: true, force: true });
  }
});

test('a misspelt detail field fails to compile, with the element entry and with the bundle types', () => {
  const dir = project({
    'tsconfig.json': tsconfig({ module: 'ESNext', moduleResolution: 'bundler' }),
    'src/bundle.ts': `/// <reference types="massage-selector/bundle" />
document.querySelector('massage-selector')!.addEventListener('book', (e) => e.detail.bookingUrll);
`,
  });
  try {
    const { ok, output } = compile(dir);
    assert.equal(ok, false);
    assert.match(output, /bookingUrll/);
    assert.match(output, /TS2551|TS2339/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('React: the wrapper and the bare tag type-check in JSX; a misspelt detail field fails', () => {
  const good = `import { MassageSelector } from 'massage-selector/react';
export const App = () => (
  <>
    <MassageSelector bookingUrl="https://studio.example/{technique}" dataLayer answers={{ safety: ['none'] }}
      onRecommend={(e) => console.log(e.detail.technique?.id)} onBook={(e) => { e.preventDefault(); console.log(e.detail.bookingUrl); }}
      onRulesError={(e) => console.log(e.detail.code)} onReady={(e) => console.log(e.detail.source)} onAnswer={(e) => console.log(e.detail.question)} />
    <massage-selector booking-url="https://studio.example/book" onbook={(e) => console.log(e.detail.addOns.length)} />
  </>
);
`;
  const options = { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' };
  const dir = project({ 'tsconfig.json': tsconfig(options), 'src/app.tsx': good });
  const bad = project({ 'tsconfig.json': tsconfig(options), 'src/app.tsx': good.replace('e.detail.bookingUrl', 'e.detail.bookingLink') });
  try {
    const passed = compile(dir);
    assert.ok(passed.ok, passed.output);
    const failed = compile(bad);
    assert.equal(failed.ok, false);
    assert.match(failed.output, /bookingLink/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bad, { recursive: true, force: true });
  }
});

test('Vue: template listeners on <massage-selector> are typed under vue-tsc strictTemplates; a misspelt detail field fails', () => {
  // The link is bound from the script: vue-tsc 3.3.14 turns any `//` in an element's attributes into a comment
  // when it builds the component's constructor call (@vue/language-core, codegen/template/element.js), and the
  // listeners on that element lose their types (TS7006). docs/integration.md says so.
  const app = (field) => `<script setup lang="ts">
import { ref } from 'vue';
import 'massage-selector/vue';
const bookingLink = 'https://studio.example/book/{technique}';
const technique = ref<string | undefined>();
const link = ref<string | null>(null);
const answers = ref({ safety: ['none'] });
</script>
<template>
  <massage-selector :booking-url="bookingLink" data-layer persist timeout="3000" :answers="answers"
    @recommend="(e) => (technique = e.detail.${field}?.id)"
    @book="(e) => { e.preventDefault(); link = e.detail.bookingUrl; }"
    @ready="(e) => (link = e.detail.source)" @answer="(e) => (link = e.detail.question)"
    @rules-error="(e) => (link = e.detail.code)" />
  <p>{{ technique }} {{ link }}</p>
</template>
`;
  const dir = project({
    'tsconfig.json': vueTsconfig,
    'src/Good.vue': app('technique'),
    'src/Bad.vue': app('techniqe'),
  });
  try {
    const { ok, output } = compile(dir, 'vue-tsc');
    assert.equal(ok, false, 'Bad.vue fails');
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.equal(errors.length, 1, output);
    assert.match(errors[0], /^src\/Bad\.vue\(11,\d+\): error TS(2551|2339):.*techniqe/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSX types generated from the manifest by @wc-toolkit/jsx-types compile and type each detail; a misspelt field fails', () => {
  // What a Preact, Solid or Stencil user (or React without the wrapper) generates from the package's manifest.
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const app = (field) => `import type { CustomElements } from '../types/jsx';
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
export const App = () => (
  <massage-selector booking-url="https://studio.example/book" onbook={(e) => { e.preventDefault(); console.log(e.detail.${field}); }}
    onrecommend={(e) => console.log(e.detail.technique?.sessions[0]?.minutes)} onready={(e) => console.log(e.detail.source)} />
);
`;
  const options = { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' };
  const dirs = ['bookingUrl', 'bookingLink'].map((field) => {
    const dir = project({
      'tsconfig.json': JSON.stringify({ ...JSON.parse(tsconfig(options)), include: ['src', 'types'] }),
      'src/app.tsx': app(field),
    });
    generateJsxTypes(manifest, {
      outdir: join(dir, 'types'),
      fileName: 'jsx.d.ts',
      globalTypePath: 'massage-selector/element',
      stronglyTypedEvents: true,
    });
    return dir;
  });
  try {
    const passed = compile(dirs[0]);
    assert.ok(passed.ok, passed.output);
    const failed = compile(dirs[1]);
    assert.equal(failed.ok, false);
    assert.match(failed.output, /app\.tsx.*bookingLink/);
    assert.doesNotMatch(failed.output, /jsx\.d\.ts/, 'the generated file itself compiles');
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
});
