// `npm start`: Vite serves the preview page on http://localhost:5173 and runs the add-on behind /api. The
// school config is defined for the add-on as the build defines it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { previewApi } from './server/plugin.ts';

const root = join(import.meta.dirname, '..');

export default defineConfig({
  root: import.meta.dirname,
  define: { __SCHOOL_CONFIG__: readFileSync(join(root, 'draftlint.config.json'), 'utf8') },
  server: { port: 5173, strictPort: false, host: 'localhost', fs: { allow: [root] } },
  plugins: [previewApi()],
  logLevel: 'info',
});
