import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A read-only web view of the outbox: newest first, each message shown raw. */
export async function startOutboxWeb(dir: string, host: string, port: number): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort().reverse();
      if (url.pathname === '/') {
        const rows = names.slice(0, 500).map((n) => `<li><a href="/m/${encodeURIComponent(n)}">${escapeHtml(n)}</a></li>`).join('\n');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><meta charset="utf-8"><title>rsvp outbox</title><h1>Outbox (${names.length})</h1><p>Every message the service sent, as raw .eml.</p><ol>${rows}</ol>`);
        return;
      }
      const name = decodeURIComponent(url.pathname.replace(/^\/m\//, ''));
      if (url.pathname.startsWith('/m/') && names.includes(name)) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(await readFile(join(dir, name)));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
