import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves dist/ under a strict Content-Security-Policy (no inline
// scripts or styles), so the build must emit only external files.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
});
