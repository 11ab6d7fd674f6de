import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into dist/web, which the API serves at / on its own origin (apps/api/src/create-app.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true },
  // `vite` in development: the page on 5173, the API calls passed on to a running `npm start`.
  server: {
    proxy: Object.fromEntries(
      [
        '/auth',
        '/children',
        '/processes',
        '/tasks',
        '/notifications',
        '/dashboard',
        '/reports',
        '/health',
        '/asgsf',
        '/docs-json',
      ].map((p) => [p, 'http://127.0.0.1:3000']),
    ),
  },
});
