// The CLI runs from a bundle it keeps itself (bin/bundle.mjs); the tests run the sources. Both
// must make the same document, and a bundle older than the sources must be rebuilt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-bundel-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const BUNDLE = 'node_modules/.cache/kinerja/kinerja.mjs';

describe('the CLI bundle', () => {
  it('prints the same bytes as the sources, with its validators compiled ahead', async () => {
    execFileSync(process.execPath, ['bin/kinerja.mjs', 'build', 'pk', 'data/setda-paser', '--out', join(out, 'bundel')], { stdio: 'pipe' });
    expect(await main(['build', 'pk', 'data/setda-paser', '--out', join(out, 'sumber')], { log: () => undefined, err: () => undefined })).toBe(0);
    expect(sha(join(out, 'bundel', 'setda-paser', 'pk-2024.pdf'))).toBe(sha(join(out, 'sumber', 'setda-paser', 'pk-2024.pdf')));
  }, 60_000);

  it('reports a schema error with its place and hint, word for word as the sources do', async () => {
    const data = join(out, 'salah');
    cpSync('test/fixtures/minimal', data, { recursive: true });
    const f = join(data, '2024', 'anggaran.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('pagu: 1000000', 'pagu: "1.000.000"'));
    let bundled = '';
    try {
      execFileSync(process.execPath, ['bin/kinerja.mjs', 'check', data], { stdio: 'pipe' });
    } catch (e) {
      bundled = String((e as { stdout: Buffer }).stdout) + String((e as { stderr: Buffer }).stderr);
    }
    const lines: string[] = [];
    expect(await main(['check', data], { log: (s) => lines.push(s), err: (s) => lines.push(s) })).toBe(1);
    expect(bundled).toContain('anggaran.yaml:15:');
    expect(bundled).toContain('tulis 1000000');
    for (const l of lines) expect(bundled).toContain(l);
  }, 60_000);

  it('is rebuilt when it is older than a source', () => {
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(BUNDLE, old, old);
    execFileSync(process.execPath, ['bin/kinerja.mjs', 'check', 'data/setda-paser'], { stdio: 'pipe' });
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(old.getTime());
  }, 60_000);
});
