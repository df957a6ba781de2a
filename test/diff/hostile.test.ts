// Hostile and faulty inputs to `kinerja diff`, each with its exact message and exit code, and an
// empty temp folder afterwards; the comment it prints, rendered as GitHub would, carries no
// heading, image, link, HTML or mention from data, and so nothing that could reach the network.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { toMarkdown, type DiffBagian } from '../../src/diff/index.ts';
import { dataAt } from '../../src/diff/tree.ts';
import { collect, makeRepo, privateTmp, type Repo } from './repo.ts';

const md = new MarkdownIt({ html: true, linkify: true });
const repos: Repo[] = [];
let tmp: ReturnType<typeof privateTmp>;
const realTmp = process.env.TMPDIR ?? '/tmp';

beforeEach(() => {
  tmp = privateTmp();
});
afterEach(() => {
  // Every case: nothing of the checkouts left in the temp folder.
  const left = tmp.entries();
  tmp.restore();
  expect(left).toEqual([]);
});
afterAll(() => repos.forEach((r) => r.remove()));

/** A fresh repository (outside the private TMPDIR) with the fixture committed as data/dinas-contoh. */
function repoWith(ids?: string[]): Repo {
  const r = makeRepo(ids, realTmp);
  repos.push(r);
  return r;
}

/** `kinerja diff …` through the CLI's own entry (messages formatted as printed), run in `cwd`. */
async function kinerja(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = collect();
  const old = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(['diff', ...args], c.out);
    return { code, stdout: c.stdout(), stderr: c.stderr() };
  } finally {
    process.chdir(old);
  }
}

/** The comment as GitHub shows it: no tag beyond the comment's own structure. */
function assertInert(markdown: string): string {
  const html = md.render(markdown);
  const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
  for (const t of tags) expect(['h2', 'h3', 'p', 'strong', 'code', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'em']).toContain(t);
  expect(html.match(/<h2>/g)?.length ?? 0).toBe(1); // the title only
  // No @mention, #reference or bare URL left for GitHub to link after Markdown.
  const plain = html.replace(/<[^>]*>/g, '');
  expect(plain).not.toMatch(/@\w|#\d|:\/\/|www\.\w/);
  return html;
}

describe('revisions and options', () => {
  it('a revision that does not exist', async () => {
    const r = await kinerja(repoWith().dir, 'tidak-ada');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('galat: revisi "tidak-ada" tidak ada di repositori ini; lihat revisi yang ada dengan `git log --oneline` atau `git branch -a`; di CI, ambil seluruh riwayat (actions/checkout dengan fetch-depth: 0)');
  });

  it('a second revision that does not exist, after the first was copied', async () => {
    const r = await kinerja(repoWith().dir, 'HEAD', 'origin/main');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: revisi "origin\/main" tidak ada di repositori ini; /);
  });

  it('a revision that would be an option to git', async () => {
    const repo = repoWith();
    // An option the command does not have is a usage mistake (exit 2); after `--` it is a
    // revision, and one that git would read as an option is refused.
    const asOption = await kinerja(repo.dir, '--output=keluaran.txt');
    expect(asOption.code).toBe(2);
    expect(asOption.stderr.split('\n')[0]).toBe('galat: pilihan `--output` tidak dikenal untuk `kinerja diff`');
    const r = await kinerja(repo.dir, '--', '--output=keluaran.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('galat: revisi "--output=keluaran.txt" tidak sah; tulis nama cabang, tag, atau hash commit, mis. HEAD~1 atau origin/main');
  });

  it('a revision naming a tree, not a commit', async () => {
    const r = await kinerja(repoWith().dir, 'HEAD^{tree}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: revisi "HEAD\^\{tree\}" bukan commit \(melainkan tree, blob, atau tag yang tidak menunjuk commit\); lihat revisi/);
  });

  it('a revision naming a file', async () => {
    const r = await kinerja(repoWith().dir, 'HEAD:data/dinas-contoh/instansi.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: revisi "HEAD:data\/dinas-contoh\/instansi.yaml" bukan commit/);
  });

  it('a revision with control characters is shown, not sent to the terminal', async () => {
    const r = await kinerja(repoWith().dir, '\u001b[2K\u001b[32mOK');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: revisi "\\u001b\[2K\\u001b\[32mOK" tidak ada di repositori ini/);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('three revisions', async () => {
    const r = await kinerja(repoWith().dir, 'HEAD', 'HEAD', 'HEAD');
    expect(r.code).toBe(2); // a usage mistake
    expect(r.stderr.split('\n')[0]).toBe('galat: diff menerima paling banyak dua revisi git: kinerja diff [rev-a] [rev-b]');
  });

  it('an unknown format', async () => {
    const r = await kinerja(repoWith().dir, '--format', 'html');
    expect(r.code).toBe(2); // a usage mistake
    expect(r.stderr.split('\n')[0]).toBe('galat: format `html` tidak dikenal (pilihan: markdown, json)');
  });

  it('a repository with no commit yet', async () => {
    const repo = repoWith([]);
    cpSync('test/fixtures/minimal', join(repo.dir, 'data', 'dinas-contoh'), { recursive: true });
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('galat: revisi "HEAD" tidak ada: repositori ini belum punya commit; commit data/ dulu, lalu jalankan diff lagi');
  });

  it('outside any git repository', async () => {
    const dir = mkdtempSync(join(realTmp, 'kinerja-bukan-git-'));
    try {
      const r = await kinerja(dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('galat: diff harus dijalankan di dalam repositori git');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('git not installed', async () => {
    const repo = repoWith();
    const path = process.env.PATH;
    process.env.PATH = join(repo.dir, 'tanpa-git');
    try {
      const r = await kinerja(repo.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('galat: git tidak ditemukan: diff membaca revisi lewat git; pasang git (mis. `apt-get install git`) atau tambahkan ke PATH');
    } finally {
      process.env.PATH = path;
    }
  });

  /** A `git` first on PATH that runs the real one, except for `cat-file`, where it does `fail`. */
  async function withFakeGit(fail: string, run: (repo: Repo) => Promise<void>) {
    const repo = repoWith();
    const bin = join(repo.dir, '.palsu');
    mkdirSync(bin);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nif [ "$1" = cat-file ]; then ${fail}; fi\nexec ${realGit} "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      await run(repo);
    } finally {
      process.env.PATH = path;
    }
  }

  it('git failing with nothing on stderr: what was run and its exit code', async () => {
    await withFakeGit('exit 3', async (repo) => {
      const r = await kinerja(repo.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('galat: git gagal: git cat-file --batch berakhir dengan kode 3 tanpa pesan');
    });
  });

  it('git killed by a signal', async () => {
    await withFakeGit('kill -9 $$', async (repo) => {
      const r = await kinerja(repo.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('galat: git gagal: git cat-file --batch dihentikan oleh sinyal SIGKILL tanpa pesan');
    });
  });

  it('git failing with a message: its first line, controls shown', async () => {
    await withFakeGit(`printf 'fatal: rusak \\033[2K\\n  lagi\\n' >&2; exit 128`, async (repo) => {
      const r = await kinerja(repo.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('galat: git gagal: git cat-file --batch berakhir dengan kode 128: fatal: rusak \\u001b[2K');
    });
  });

  it('a data folder outside the repository', async () => {
    const r = await kinerja(repoWith().dir, '--data', realTmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: folder data "[^"]+" ada di luar repositori git .*; diff hanya membandingkan data di dalamnya$/);
  });

  it('a data folder that does not exist in the working tree', async () => {
    const r = await kinerja(repoWith().dir, '--data', 'dta');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('galat: folder data "dta" tidak ada di berkas kerja; pakai --data FOLDER untuk folder lain');
  });
});

describe('data that does not pass check', () => {
  it('the working tree fails check: exit 1, the side named, nothing listed as removed', async () => {
    const repo = repoWith();
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', 'pagu: 1000000', 'pagu: 1.000.000');
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Data sesudah belum lolos `kinerja check` (1 galat); angkanya tidak dapat dibandingkan.');
    expect(r.stdout).not.toContain('Dihapus');
    expect(r.stderr).toBe('galat: data sesudah (berkas kerja) instansi dinas-contoh belum lolos kinerja check: 1 galat; angkanya tidak dibandingkan\n    jalankan `kinerja check` pada data itu untuk melihat setiap galat');
  });

  it('the sesudah revision fails check, as JSON', async () => {
    const repo = repoWith();
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', 'pagu: 1000000', 'pagu: 1.000.000');
    repo.commit('rusak');
    const r = await kinerja(repo.dir, 'HEAD~1', 'HEAD', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).perubahan).toEqual([{ instansi: 'dinas-contoh', nama: 'Dinas Contoh Kabupaten Uji', tahun: 0, berubah: [], ditambah: [], dihapus: [], galat: { sisi: 'sesudah', jumlah: 1 } }]);
    expect(r.stderr).toMatch(/^galat: data sesudah \(revisi HEAD\) instansi dinas-contoh belum lolos kinerja check: 1 galat/);
  });

  it('only the sebelum side fails check: a warning, exit 0, nothing listed as added', async () => {
    const repo = repoWith();
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', 'pagu: 1000000', 'pagu: 1.000.000');
    repo.commit('rusak');
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', 'pagu: 1.000.000', 'pagu: 1000000');
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Data sebelum belum lolos `kinerja check` (1 galat)');
    expect(r.stdout).not.toContain('Ditambahkan');
    expect(r.stderr).toBe('peringatan: data sebelum instansi dinas-contoh belum lolos kinerja check: 1 galat; angkanya tidak dibandingkan');
  });

  it('a new instansi that fails check', async () => {
    const repo = repoWith();
    mkdirSync(join(repo.dir, 'data', 'dinas-baru'));
    writeFileSync(join(repo.dir, 'data', 'dinas-baru', 'instansi.yaml'), 'id: dinas-baru\n');
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^galat: data sesudah \(berkas kerja\) instansi dinas-baru belum lolos kinerja check: \d+ galat/);
  });

  it('a dangling link in data/ is no instansi and no crash', async () => {
    const repo = repoWith();
    symlinkSync(join(repo.dir, 'tidak-ada'), join(repo.dir, 'data', 'tautan-putus'));
    const r = await kinerja(repo.dir);
    expect(r).toEqual({ code: 0, stdout: '## Perubahan angka: HEAD → berkas kerja\n\nTidak ada angka yang berubah.\n', stderr: '' });
  });

  it('data/ that did not exist at the first revision: everything is new', async () => {
    const repo = repoWith([]);
    writeFileSync(join(repo.dir, 'README'), 'awal\n');
    repo.commit('awal');
    mkdirSync(join(repo.dir, 'data'));
    cpSync('test/fixtures/minimal', join(repo.dir, 'data', 'dinas-contoh'), { recursive: true });
    repo.commit('data');
    const r = await kinerja(repo.dir, 'HEAD~1', 'HEAD');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Data baru: \d+ angka ditambahkan\./);
  });
});

describe('what a revision holds', () => {
  it('a symbolic link in data/ at a revision is not followed out of it', () => {
    const repo = repoWith();
    symlinkSync('/etc/hostname', join(repo.dir, 'data', 'dinas-contoh', 'rahasia.yaml'));
    repo.commit('tautan');
    const c = dataAt(repo.dir, 'HEAD');
    try {
      expect(() => lstatSync(join(c.dir, 'dinas-contoh', 'rahasia.yaml'))).toThrow(/ENOENT/);
    } finally {
      c.remove();
    }
  });

  it('a path in a crafted tree that climbs out of data/ is refused', () => {
    const repo = repoWith();
    const blob = writeBlob(repo);
    const inner = mktree(repo, `100644 blob ${blob}\tjahat.yaml`);
    const up = mktree(repo, `040000 tree ${inner}\t..`);
    const data = mktree(repo, `040000 tree ${up}\t..`);
    const top = mktree(repo, `040000 tree ${data}\tdata`);
    const commit = repo.git('commit-tree', top, '-m', 'jahat').trim();
    expect(() => dataAt(repo.dir, commit)).toThrow(/^berkas "data\/\.\.\/\.\.\/jahat\.yaml" di revisi ini menunjuk ke luar folder data; diff berhenti$/);
  });

  it('a submodule in data/ is skipped', async () => {
    const repo = repoWith();
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${head},data/modul`);
    repo.git('commit', '-qm', 'submodul');
    const r = await kinerja(repo.dir, 'HEAD~1', 'HEAD');
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('file names with a newline and an escape character are copied as they are', async () => {
    const repo = repoWith();
    writeFileSync(join(repo.dir, 'data', 'dinas-contoh', 'catatan\n\u001b[2K.txt'), 'isi\n');
    repo.commit('nama aneh');
    const c = dataAt(repo.dir, 'HEAD');
    try {
      expect(readFileSync(join(c.dir, 'dinas-contoh', 'catatan\n\u001b[2K.txt'), 'utf8')).toBe('isi\n');
    } finally {
      c.remove();
    }
  });
});

function mktree(repo: Repo, entry: string): string {
  return execFileSync('git', ['mktree'], { cwd: repo.dir, input: entry + '\n', encoding: 'utf8' }).trim();
}
function writeBlob(repo: Repo): string {
  return execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: 'jahat: ya\n', encoding: 'utf8' }).trim();
}

describe('hostile text from data in the comment', () => {
  const BREAKOUTS: [string, string][] = [
    ['a heading', '## Disetujui'],
    ['a remote image', '![x](http://127.0.0.1:9/a.png)'],
    ['raw HTML', '<img src=x>'],
    ['a mention', '@octocat'],
    ['a javascript link', '[klik](javascript:alert(1))'],
    ['a table row', '| a | b |'],
    ['bold', '**tebal**'],
    ['code', '`kode`'],
    ['a bare URL', 'http://contoh.invalid/x'],
    ['an issue reference', 'menutup #1'],
    ['an entity', '&lt;script&gt;'],
    ['math', '$\\\\alpha$'],
  ];

  for (const [name, s] of BREAKOUTS)
    it(`${name} in an indicator's name, an instansi's name and a sub kegiatan's name`, async () => {
      const repo = repoWith();
      const yaml = JSON.stringify(s);
      repo.edit('data/dinas-contoh/renstra.yaml', 'uraian: Persentase layanan tuntas', `uraian: ${yaml}`);
      repo.edit('data/dinas-contoh/instansi.yaml', 'nama: Dinas Contoh Kabupaten Uji', `nama: ${yaml}`);
      repo.commit('nama');
      repo.edit('data/dinas-contoh/2024/realisasi.yaml', 'nilai: 99', 'nilai: 90');
      const r = await kinerja(repo.dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const html = assertInert(r.stdout);
      const text = html.replace(/<[^>]*>/g, '').replaceAll('\u2060', '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(text).toContain(`realisasi IKU ${s}: 99 → 90`);
      expect(text).toContain(`${s} — 2024`);
    });

  it('a revision (branch) name in the title', async () => {
    const repo = repoWith();
    repo.git('branch', '<img>@octocat#1');
    const r = await kinerja(repo.dir, '<img>@octocat#1');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('## Perubahan angka: \\<img\\>@\u2060octocat\\#\u20601 → berkas kerja');
    assertInert(r.stdout);
  });

  it('control characters and line breaks in a label (not through check)', () => {
    const d: DiffBagian[] = [
      {
        instansi: 'x',
        nama: 'Dinas\n## Disetujui\r\nKepala\u2028\u001b[2K',
        tahun: 2024,
        berubah: [
          { key: 'a', label: 'realisasi\n## Disetujui', jenis: 'masukan', sebelum: '1', sesudah: '2' },
          { key: 'b', label: 'capaian\r\n| x | y |\n|---|---|', jenis: 'turunan', sebelum: '1\n# a', sesudah: '\u001b[31m2' },
        ],
        ditambah: [],
        dihapus: [],
      },
    ];
    const out = toMarkdown(d, 'HEAD', undefined);
    expect(out).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u2028]/);
    const html = assertInert(out);
    expect(html.replaceAll('\u2060', '')).toContain('<h3>Dinas ## Disetujui Kepala \\u001b[2K — 2024</h3>');
    expect(html.match(/<tr>/g)).toHaveLength(2); // header and one row
    expect(html).toContain('<td>capaian | x | y | |---|---|</td>');
  });

  it('a very long name is cut in the comment, not the JSON', async () => {
    const repo = repoWith();
    const long = 'Sangat panjang '.repeat(700).trim();
    repo.edit('data/dinas-contoh/renstra.yaml', 'uraian: Persentase layanan tuntas', `uraian: ${long}`);
    repo.commit('panjang');
    repo.edit('data/dinas-contoh/2024/realisasi.yaml', 'nilai: 99', 'nilai: 90');
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('- realisasi IKU'))!;
    expect(line).toBe(`- ${Array.from(`realisasi IKU ${long}`).slice(0, 300).join('')}…: 99 → 90`);
  });
});

describe('the comment stays under GitHub\'s limit', () => {
  const bagian = (n: number, i: number): DiffBagian => ({
    instansi: `dinas-${i}`,
    nama: `Dinas ${i}`,
    tahun: 2024,
    berubah: Array.from({ length: n }, (_, k) => ({ key: `k${k}`, label: `capaian indikator nomor ${k} yang cukup panjang namanya`, jenis: k % 2 ? 'turunan' : 'masukan', sebelum: '100,00 %', sesudah: '99,00 %' }) as const),
    ditambah: Array.from({ length: 10 }, (_, k) => ({ key: `t${k}`, label: `baru ${k}`, jenis: 'masukan', sesudah: '1' }) as const),
    dihapus: Array.from({ length: 10 }, (_, k) => ({ key: `h${k}`, label: `lama ${k}`, jenis: 'masukan', sebelum: '1' }) as const),
  });

  it('a diff of 5,000 rows is cut at 60,000 characters, saying how many rows were left out', () => {
    const diff = Array.from({ length: 20 }, (_, i) => bagian(230, i));
    const rows = diff.reduce((n, d) => n + d.berubah.length + d.ditambah.length + d.dihapus.length, 0);
    const out = toMarkdown(diff, 'HEAD', undefined);
    expect(out.length).toBeLessThanOrEqual(60_000);
    const shown = out.split('\n').filter((l) => l.startsWith('- ') || (l.startsWith('| ') && !l.startsWith('| Angka'))).length;
    const last = out.split('\n').at(-1)!;
    expect(last).toBe(`_… dan ${rows - shown} baris lagi tidak ditampilkan: komentar GitHub dibatasi panjangnya; daftar lengkapnya dengan \`kinerja diff --format json\`._`);
    expect(out.split('\n').at(-2)).toBe(''); // not a row of the table left open
    assertInert(out);
  });

  it('a diff that fits is not cut', () => {
    const out = toMarkdown([bagian(10, 1)], 'HEAD', undefined);
    expect(out).not.toContain('tidak ditampilkan');
    expect(out.length).toBeLessThan(60_000);
  });

  it('through the CLI: many instansi that all changed', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `dinas-${String(i).padStart(2, '0')}`);
    const repo = repoWith(ids);
    const panjang = (s: string) => `${s} ${'yang dihitung dari data setiap triwulan tahun berjalan '.repeat(5)}`.trim();
    for (const id of ids) {
      repo.edit(`data/${id}/renstra.yaml`, 'uraian: Persentase layanan tuntas', `uraian: ${panjang('Persentase layanan tuntas')}`);
      repo.edit(`data/${id}/renstra.yaml`, 'uraian: Jumlah aduan', `uraian: ${panjang('Jumlah aduan')}`);
      repo.edit(`data/${id}/2024/anggaran.yaml`, 'nama: Sub Kegiatan Satu', `nama: ${panjang('Sub Kegiatan Satu')}`);
    }
    repo.commit('nama panjang');
    for (const id of ids) {
      repo.edit(`data/${id}/2024/realisasi.yaml`, 'nilai: 99', 'nilai: 70');
      repo.edit(`data/${id}/2024/realisasi.yaml`, 'nilai: 8', 'nilai: 9');
      repo.edit(`data/${id}/2024/anggaran.yaml`, 'k: 3', 'k: 2');
    }
    const r = await kinerja(repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeLessThanOrEqual(60_000);
    expect(r.stdout).toMatch(/_… dan \d+ baris lagi tidak ditampilkan/);
  });
});
