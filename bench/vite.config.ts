// Production build of the benchmark page together with the app, so both share one origin (and
// therefore one IndexedDB) when served: data benchmarks seed the database the app then opens.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  publicDir: fileURLToPath(new URL('../src-renderer/public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        bench: fileURLToPath(new URL('./browser/index.html', import.meta.url)),
        app: fileURLToPath(new URL('../src-renderer/index.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
});
