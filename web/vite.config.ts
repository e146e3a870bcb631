import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The config is run from the repository root (`vite build --config web/vite.config.ts`), so every
// path is anchored to this file rather than to the working directory.
const webRoot = fileURLToPath(new URL('.', import.meta.url))
// Keep the browser's Host header: the server accepts a state-changing request only when its
// Origin matches Host, and Vite's string shorthand would rewrite Host to the target.
const api = { target: 'http://127.0.0.1:3000', changeOrigin: false }

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // antd's own chunk is ~530 kB minified (~170 kB gzipped) once tables, forms and uploads are in
    // use; splitting it further only moves its shared internals around. The app is cached after
    // the first visit (hashed asset names, immutable), so the limit is raised rather than chased.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than ours: separate chunks stay cached across releases
        // and keep each file under the size warning.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            { name: 'icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 25 },
            // antd alone is above the warning size; its rc-component foundations split off cleanly.
            {
              name: 'antd-base',
              test: /node_modules[\\/](@rc-component|rc-[^\\/]+|@ant-design|@emotion|dayjs)[\\/]/,
              priority: 20,
            },
            { name: 'antd', test: /node_modules[\\/]antd[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/open311': api,
    },
  },
})
