// A plain static file server (not the dev server), as a studio would host the built rules editor: the editor's
// static-host test and scripts/editor-screenshots.mjs serve dist/editor/ with it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves the files of `folder` (a file: URL ending in `/`; `/` is its index.html) on a free port of 127.0.0.1.
 * Resolves with its address, such as `http://127.0.0.1:41234` (no trailing slash), and `close()`.
 */
export async function serveFolder(folder) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname.replace(/\/$/, '/index.html');
    try {
      const body = await readFile(new URL(`.${path}`, folder));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
