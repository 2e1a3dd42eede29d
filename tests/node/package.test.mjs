// `npm pack` the built package, install the tarball into an empty folder, and
// use it there as a consumer would: import from Node (ESM) and type-check a
// TypeScript file with tsc --strict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expectedPseudonym, VECTOR_SECRET } from './helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

test('the packed tarball installs into an empty folder and works there', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blindfold-consumer-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const packed = JSON.parse(
    execFileSync('npm', ['pack', join(repo, 'pkg'), '--json', '--pack-destination', dir], { encoding: 'utf8' }),
  );
  const files = packed[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'README.md',
    'index.d.ts',
    'index.js',
    'node.js',
    'package.json',
    'report.schema.json',
    'wasm/blindfold_core.js',
    'wasm/blindfold_core_bg.wasm',
  ]);

  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed[0].filename)], {
    cwd: dir,
    stdio: 'pipe',
  });
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules', 'blindfold', 'package.json'), 'utf8'));
  assert.equal(installed.dependencies, undefined, 'the runtime package has no dependencies');

  const script = `
    import { Blindfold } from 'blindfold';
    const bf = new Blindfold({ key: { id: 'k1', secret: Uint8Array.from({ length: 32 }, (_, i) => i) } });
    console.log(bf.pseudonymize('Jane.Doe@Example.com', 'EMAIL'));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  assert.equal(output.trim(), expectedPseudonym(VECTOR_SECRET, 'k1', 'EMAIL', 'jane.doe@example.com'));

  copyFileSync(join(repo, 'tests', 'types', 'consumer.ts'), join(dir, 'consumer.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'ESNext.Disposable'],
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  );
  execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });

  // The @ts-expect-error lines must be real errors: without them tsc fails.
  const stripped = readFileSync(join(dir, 'consumer.ts'), 'utf8').replace(/^\/\/ @ts-expect-error.*$/gm, '');
  writeFileSync(join(dir, 'consumer.ts'), stripped);
  const failure = (() => {
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
      return '';
    } catch (error) {
      return error.stdout;
    }
  })();
  assert.equal((failure.match(/error TS/g) ?? []).length, 7, failure);
});
