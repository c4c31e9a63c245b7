// Bundles the API entry points for `npm start`: our own workspace packages
// (TypeScript sources) are bundled, npm dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'externalise-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@edushield/')) return undefined;
          return { path: args.path, external: true };
        });
      },
    },
  ],
});
