/**
 * The e2e fixture pages: one page per editor, built into e2e/pages/editors (git-ignored) and served by
 * e2e/server.mjs at /editors/. TinyMCE is not bundled: its page loads /vendor/tinymce/tinymce.min.js from the
 * server, which mounts node_modules/tinymce there.
 *   npm run build:e2e-pages
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const pages = readdirSync(root).filter((f) => f.endsWith('.html'));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: path.resolve(root, '../pages/editors'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    rollupOptions: { input: Object.fromEntries(pages.map((f) => [path.basename(f, '.html'), path.resolve(root, f)])) },
  },
});
