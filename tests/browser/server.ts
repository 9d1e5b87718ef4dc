/**
 * Serves dist/ on a free loopback port for the browser tests, as a static host would: a
 * folder answers with its index.html, anything missing with 404.html and status 404.
 * (Not `astro preview`: Astro allows one preview per project, which would clash with a running
 * `npm start`.)
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';

const DIST = join(import.meta.dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function resolveFile(urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path);
  if (!file.startsWith(DIST)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

let server: Server | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    // A folder without its trailing slash redirects, as static hosts do.
    if (!url.endsWith('/') && !extname(url.split('?')[0]) && resolveFile(`${url}/`)) {
      response.writeHead(301, { Location: `${url}/` }).end();
      return;
    }
    const file = resolveFile(url);
    if (!file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(DIST, '404.html')));
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  project.provide('baseURL', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await new Promise((resolve) => server?.close(resolve));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
