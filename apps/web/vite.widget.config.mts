// Builds the embeddable widget into dist/web beside the app, each part as one small classic script with no
// framework: `widget.js` (the loader brands put on their sites) and `widget-panel.js` (the panel's page).
// Run after the app's build, which empties dist/web: `WIDGET_PART=loader|panel vite build --config …`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const part = process.env.WIDGET_PART === 'panel' ? 'panel' : 'loader';
// Tests build into a folder of their own to measure the loader.
const outDir = process.env.WIDGET_OUT_DIR ?? fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./src/widget', import.meta.url)),
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    minify: true,
    target: 'es2020',
    rolldownOptions: {
      input: fileURLToPath(new URL(`./src/widget/${part}.ts`, import.meta.url)),
      output: {
        format: 'iife',
        entryFileNames: part === 'loader' ? 'widget.js' : 'widget-panel.js',
      },
    },
  },
});
