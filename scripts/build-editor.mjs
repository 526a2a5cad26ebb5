// The rules editor as static files in dist/editor/: one script (esbuild, from editor/), its page and styles,
// a copy of the widget it previews, and the guides rendered from docs/ (marked). Any static host can serve
// the folder, and it opens from the disk too: a classic script, with the starting rules inside it.
import { build } from 'esbuild';
import { marked } from 'marked';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const out = new URL('dist/editor/', root);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** A guide from docs/ as a page, its links to the other guide pointing at its page. */
function guidePage(source, title) {
  const body = marked
    .parse(read(source))
    .replace(/href="(?:\.\/)?rules\.md(#[^"]*)?"/g, 'href="./rules-guide.html$1"')
    .replace(/href="(?:\.\/)?install\.md(#[^"]*)?"/g, 'href="./install.html$1"')
    .replace(/href="(?!https?:|#|\.\/)([^"]+)"/g, 'href="https://github.com/massage-selector/massage-selector/blob/main/docs/$1"');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — massage-selector</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./guide.css" />
  </head>
  <body>
    <nav aria-label="Guides"><a href="./index.html">Rules editor</a> <a href="./rules-guide.html">Rules guide</a> <a href="./install.html">Install guide</a></nav>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

export async function buildEditor() {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [new URL('editor/main.js', root).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile: new URL('editor.js', out).pathname,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'editor.css', 'guide.css']) copyFileSync(new URL(`editor/${file}`, root), new URL(file, out));
  copyFileSync(new URL('dist/massage-selector.js', root), new URL('massage-selector.js', out));
  writeFileSync(new URL('rules-guide.html', out), guidePage('docs/rules.md', 'Writing a rules file'));
  writeFileSync(new URL('install.html', out), guidePage('docs/install.md', 'Put massage-selector on your site'));
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildEditor();
