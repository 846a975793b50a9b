import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app's own config; vitest.config.ts stays apart so tests never get this root.
// `npm start` builds into dist/web, which the Fastify server serves (src/server/plugins/web-app.ts).
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Stay same-origin friendly: no inline module preload polyfill that a CSP would block.
    modulePreload: { polyfill: false },
    // One chunk of about 540 kB (160 kB gzipped) with React, TanStack Query and Router: no split needed yet.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite` for development: the API runs under `npm start` on port 3000.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
