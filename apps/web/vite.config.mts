import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { API_ROUTE_PREFIXES } from '../../libs/domain/src/shared/routes';

// Built into dist/web, which the API serves at / on its own origin (apps/api/src/create-app.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true },
  // `vite` in development: the page on 5173, the API calls passed on to a running `npm start`.
  server: {
    proxy: Object.fromEntries(API_ROUTE_PREFIXES.map((p) => [p, 'http://127.0.0.1:3000'])),
  },
});
