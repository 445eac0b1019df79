// Builds the web app into dist/web (which the API serves) and the server renderer into dist/web-ssr (which
// the API loads); in dev, proxies API paths to the API.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const reactRouter = (file: string) =>
  fileURLToPath(new URL(`../../node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * `graphql(\`query Thread …\`)` returns its document from one map of every document in the app (gql/gql.ts),
 * which would put them all in the first chunk. This swaps each call for an import of that one document from
 * gql/graphql.ts, so a page's chunk carries only its own (what codegen's Babel plugin does, for Vite).
 */
function graphqlDocumentImports(): Plugin {
  const call = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\s*\)/g;
  return {
    name: 'graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/apps\/web\/src\/(?!gql\/).*\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      const names = new Set<string>();
      const replaced = code.replace(call, (_, kind: string, name: string) => {
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(exported);
        return `__gql_${exported}`;
      });
      if (!names.size) return null;
      const imports = [...names].map((n) => `${n} as __gql_${n}`).join(', ');
      return {
        code: `import { ${imports} } from ${JSON.stringify(generatedDocuments)};\n${replaced}`,
        map: null,
      };
    },
  };
}

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [graphqlDocumentImports(), react()],
  resolve: {
    // React Router publishes its development build under the default conditions; its own Vite plugin swaps in
    // the production build, which we do here (the server bundle keeps Node's resolution).
    alias: isSsrBuild
      ? []
      : [
          { find: /^react-router$/, replacement: reactRouter('index.mjs') },
          { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
        ],
  },
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
        // One stylesheet for every page (about 10 KB gzip), linked from the page itself: a server-rendered page is
        // styled before any script runs, which a guest's page (no app until they interact) depends on.
        cssCodeSplit: false,
        // Which chunks each page needs: the server preloads them, and tools/first-load.mjs measures them.
        manifest: true,
        rolldownOptions: {
          // The app, and the guests' entry (guest.ts: no React until the reader interacts; the API serves it on
          // guests' server-rendered pages instead of the app's entry).
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            guest: fileURLToPath(new URL('./src/guest.ts', import.meta.url)),
          },
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
