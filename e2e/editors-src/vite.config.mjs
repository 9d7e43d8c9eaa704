/**
 * The e2e fixture pages: one page per editor, built into e2e/pages/editors (git-ignored) and served by
 * e2e/server.mjs at /editors/. TinyMCE, CKEditor 4, UEditor and KindEditor are not bundled: their pages load them
 * from /vendor/<name>/, where the server (e2e/harness.mjs) mounts their node_modules folders, which hold the
 * plugins, skins and language files each loads from its own base URL.
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
