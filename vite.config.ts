import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The worker is an ES module so it can import the simulation core like any other module.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
