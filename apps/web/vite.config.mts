// Builds the web app into dist/web (which the API serves) and the server renderer into dist/web-ssr (which
// the API loads); in dev, proxies API paths to the API.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: isSsrBuild
    ? {
        outDir: fileURLToPath(new URL('../../dist/web-ssr', import.meta.url)),
        emptyOutDir: true,
        // CommonJS, so the API (CommonJS, and Jest) can require() it.
        rolldownOptions: {
          input: fileURLToPath(new URL('./src/entry-server.tsx', import.meta.url)),
          output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
        },
      }
    : {
        outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
        emptyOutDir: true,
        // Maps stay on disk for debugging a production bundle, but no page links them and the API does not
        // serve them (apps/api/src/pages).
        sourcemap: 'hidden',
        rolldownOptions: {
          output: {
            // Libraries change far less often than the app; separate chunks stay cached across deploys.
            codeSplitting: {
              groups: [
                { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
                { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
              ],
            },
          },
        },
      },
  server: {
    // Same origin as the API in dev too, so the session cookie and CSRF preflight behave as in production.
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/.well-known': apiTarget,
    },
  },
}));
