import { defineConfig } from 'tsup';

const utf8 = { esbuildOptions: (o: { charset?: string }) => void (o.charset = 'utf8') };

// The pure core builds as ESM + CJS with types; the opt-in village gazetteer as its own entry (no source map: it is
// data); the Node-only CLI as one ESM file.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    ...utf8,
  },
  {
    entry: { villages: 'src/villages.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    ...utf8,
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    ...utf8,
  },
]);
