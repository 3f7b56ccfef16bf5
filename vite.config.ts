import { defineConfig } from 'vite';

// The explorer is a static site: `public/graph.json` (written by `npm run graph`)
// is copied into dist/ so the build works from any static host.
export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
