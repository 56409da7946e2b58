import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** In development the API runs on :3000; `npm run dev` serves the app on :5173 and proxies /api to it. */
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React changes rarely: one long-cached chunk. antd is left to split per route, so the
        // sign-in page does not load the table, date pickers and forms of the screens behind it.
        advancedChunks: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
