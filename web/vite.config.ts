// The agent app's build: React with Vite, from web/ into web/dist, which the Earshot server serves
// at `/` (src/http/web-app.ts). `npm run dev:web` serves it with hot reload and sends /api (and
// the realtime WebSocket) to an Earshot on port 3000 (`npm run demo`).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or data: modules anywhere: the server's CSP allows scripts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
