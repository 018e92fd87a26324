// Compiles the server and its command-line tools to plain JavaScript in dist/, so that a
// production install (npm ci --omit=dev) runs them with node alone. Workspace packages are
// bundled in; every other package stays an import resolved from node_modules.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: {
    server: join(here, 'src/server.ts'),
    'user-create': join(here, 'src/cli/user-create.ts'),
    'token-create': join(here, 'src/cli/token-create.ts'),
    'db-backup': join(here, 'src/cli/db-backup.ts'),
    'db-restore': join(here, 'src/cli/db-restore.ts'),
    import: join(here, 'src/cli/import.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@aila/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
// The migrations are read from beside the compiled files.
cpSync(join(here, '../../packages/db/src/migrations'), join(out, 'migrations'), { recursive: true });
console.log(`Server compiled to ${out}`);
