// The CI recipe calls only this project's own, tested commands, in the order a reviewer needs;
// it is fork-safe (the pull request's run can write nothing; the comment comes from a separate
// workflow_run job that never runs the pull request's code), and it covers every input (issue 18).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anotasiGitHub } from '../src/cli/check.ts';
// @ts-expect-error: a plain .mjs script, no types
import { satisfies } from '../scripts/setup.mjs';

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
}
interface Job {
  if?: string;
  steps: Step[];
  'timeout-minutes'?: number;
}
const wf = parse(readFileSync('.github/workflows/kinerja.yml', 'utf8'));
const komentar = parse(readFileSync('.github/workflows/kinerja-komentar.yml', 'utf8'));
const steps = (wf.jobs.dokumen as Job).steps;

describe('GitHub Actions workflow', () => {
  it('checks, builds every document as artifacts, and makes the figure diff on pull requests', () => {
    const runs = steps.map((s) => s.run ?? s.uses ?? '');
    const order = ['npm run setup', 'npx kinerja check', 'npx kinerja build all', 'actions/upload-artifact', 'npx kinerja diff'];
    const at = order.map((cmd) => runs.findIndex((r) => r.includes(cmd)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    // the commands it calls exist in the CLI
    const usage = readFileSync('src/cli/main.ts', 'utf8');
    for (const c of ["case 'check'", "case 'build'", "case 'diff'"]) expect(usage).toContain(c);
  });

  it('is fork-safe: the pull request run only reads; the comment job runs on workflow_run, from the artifact, without checking out code', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    expect(JSON.stringify(wf)).not.toContain('gh pr comment');
    // The diff, with the check's output when it fails, goes out as an artifact and the job summary.
    const diff = steps.find((s) => s.run?.includes('npx kinerja diff'))!;
    expect(diff.run).toContain('GITHUB_STEP_SUMMARY');
    expect(diff.run).toContain('<!-- kinerja:perubahan-angka -->');
    // Values from the event reach the shell as environment variables, never pasted into the script.
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
    const upload = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact')).map((s) => s.with?.name);
    expect(upload).toEqual(['dokumen-pdf', 'komentar']);

    expect(komentar.on.workflow_run).toEqual({ workflows: [wf.name], types: ['completed'] });
    expect(komentar.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const job = komentar.jobs.komentar as Job;
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(job.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(job.steps.some((s) => (s.run ?? '').match(/\bnpx?\b|npm /))).toBe(false);
    expect(job.steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/download-artifact@/), with: { name: 'komentar', 'run-id': '${{ github.event.workflow_run.id }}' } });
    for (const s of job.steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('keeps one sticky comment: found by its marker among the bot’s own comments and updated', () => {
    const post = (komentar.jobs.komentar as Job).steps.find((s) => s.run?.includes('comments'))!.run!;
    expect(post).toContain("PENANDA='<!-- kinerja:perubahan-angka -->'");
    expect(post).toMatch(/select\(\.user\.login == \\"github-actions\[bot\]\\" and \(\.body \| contains\(\\"\$PENANDA\\"\)\)\)/);
    expect(post).toMatch(/--method PATCH "repos\/\$REPO\/issues\/comments\/\$ID"/);
    expect(post).toMatch(/--method POST "repos\/\$REPO\/issues\/\$NOMOR\/comments"/);
    // The number from the artifact must name the pull request whose head the run checked.
    expect(post).toContain('.head.sha)" = "$HEAD_SHA"');
    expect(post).not.toContain('--edit-last');
  });

  it('says check errors as annotations, and still comments when check fails', () => {
    const check = steps.find((s) => s.run?.includes('npx kinerja check'))!;
    expect(check.env?.KINERJA_ANOTASI).toBe('github');
    expect(check['continue-on-error']).toBe(true);
    expect(steps.find((s) => s.run?.includes('npx kinerja build all'))!.if).toBe("steps.periksa.outcome == 'success'");
    expect(steps.find((s) => s.run?.includes('npx kinerja diff'))!.if).toBe("github.event_name == 'pull_request'");
    expect(steps.at(-1)).toMatchObject({ if: "steps.periksa.outcome != 'success'" });
    expect(steps.at(-1)!.run).toContain('exit 1');
  });

  it('has a concurrency group, timeouts, and runs on the declared Node', () => {
    expect(wf.concurrency).toMatchObject({ 'cancel-in-progress': true });
    expect(wf.concurrency.group).toContain('github.event.pull_request.number');
    expect((wf.jobs.dokumen as Job)['timeout-minutes']).toBeLessThanOrEqual(60);
    expect((komentar.jobs.komentar as Job)['timeout-minutes']).toBeLessThanOrEqual(10);
    expect(komentar.concurrency.group).toBeTruthy();
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version'];
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    expect(satisfies(`v${node}.0.0`, engines)).toBe(true);
  });

  it('runs on every change to an input: each tracked file under data, the tool and its packages matches the path filter', () => {
    const patterns = wf.on.pull_request.paths as string[];
    const re = patterns.map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`));
    const matched = (f: string) => re.some((r) => r.test(f));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    const tracked = execFileSync('git', ['ls-files', 'data', 'templates', 'styles', 'schemas', 'src', 'bin', 'scripts', 'package.json', 'package-lock.json', '.github/workflows'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked.filter((f) => !matched(f))).toEqual([]);
    // The kinds of data file that change the output, each named.
    for (const f of ['data/x/kerangka/lkjip.yaml', 'data/x/2024/tabel/t.yaml', 'data/x/gambar/bagan.png', 'data/x/2024/survei/unit.csv', 'data/x/2024/narasi/bab1.md', 'data/x/skala.yaml'])
      expect(matched(f), f).toBe(true);
    // Whatever the package ships is an input too.
    // (a folder: any file in it; a file named alone, such as the workflows init copies: itself)
    for (const f of pkg.files.filter((f) => f !== 'dist/')) expect(matched(f.endsWith('/') ? `${f}x` : f), f).toBe(true);
  });
});

describe('kinerja check as GitHub annotations', () => {
  it('gives ::error with file, line and col, the message and the hint, escaped', () => {
    const line = anotasiGitHub(
      { severity: 'galat', code: 'skema/angka-indonesia', message: 'pagu harus angka bulat rupiah: tertulis "1.486,5"', hint: 'tulis 1486428092\n::warning::bukan perintah 100%', at: { file: 'data/a, b/2024/anggaran.yaml', line: 22, col: 19 } },
      process.cwd(),
    );
    expect(line).toBe(
      '::error file=data/a%2C b/2024/anggaran.yaml,line=22,col=19,title=kinerja check%3A skema/angka-indonesia::pagu harus angka bulat rupiah: tertulis "1.486,5"%0Atulis 1486428092%0A::warning::bukan perintah 100%25',
    );
    expect(line.split('\n')).toHaveLength(1);
  });

  it('a warning is ::warning; an absolute path is made relative to the repository', () => {
    const line = anotasiGitHub({ severity: 'peringatan', code: 'isian', message: 'isian contoh', at: { file: `${process.cwd()}/data/x/instansi.yaml`, line: 3, col: 1 } });
    expect(line).toMatch(/^::warning file=data\/x\/instansi\.yaml,line=3,col=1,/);
  });
});
