// The preview's API inside Vite's dev server: the page posts what the compose pane holds and which entry
// point to call; the session (loaded through Vite, so the add-on's TypeScript runs as it is) answers with
// the card JSON. Local only: Vite listens on localhost.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

type Session = typeof import('./session.ts');

function body(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}

export function previewApi(): Plugin {
  return {
    name: 'draftlint-preview-api',
    configureServer(server: ViteDevServer) {
      const session = () => server.ssrLoadModule(join(import.meta.dirname, 'session.ts')) as Promise<Session>;
      server.middlewares.use('/api', (req, res) => {
        void (async () => {
          try {
            const s = await session();
            const url = new URL(req.url || '/', 'http://localhost');
            if (req.method === 'POST' && url.pathname === '/run')
              return send(res, 200, s.run((await body(req)) as Parameters<Session['run']>[0]));
            if (req.method === 'POST' && url.pathname === '/config')
              return send(res, 200, s.useConfig(String(((await body(req)) as { path?: string }).path || '')));
            if (req.method === 'POST' && url.pathname === '/demo') return send(res, 200, s.useDemoTerm());
            if (url.pathname === '/roles') return send(res, 200, s.roles());
            if (url.pathname === '/presets') return send(res, 200, s.presets());
            if (url.pathname === '/preset') {
              const compose = await s.preset(url.searchParams.get('name') || '');
              return compose ? send(res, 200, compose) : send(res, 404, { error: 'no such example' });
            }
            send(res, 404, { error: 'unknown API call' });
          } catch (error) {
            send(res, 500, { error: error instanceof Error ? error.message : String(error) });
          }
        })();
      });
    },
  };
}
