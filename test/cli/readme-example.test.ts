/** The README's library example runs and prints what the README says it prints. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('examples/library.mjs prints the deal and the error the README shows', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'examples/library.mjs')], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain("acquisition [ 'acquirer: Acme Corp', 'target: Widget Inc' ]");
  expect(r.stdout).toMatch(/^EMPTY_INPUT page\.html: /m);
  // the README shows the same code
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const code = readFileSync(path.join(root, 'examples/library.mjs'), 'utf8').split('\n').filter((l) => l && !l.startsWith('//'));
  for (const line of code) expect(readme).toContain(line);
});
