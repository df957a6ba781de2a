// kinerja impor: spreadsheets made here in the SIPD layout (clean, and with each mistake an
// export can have), imported into a copy of an anggaran.yaml. What is asserted: the lines that
// changed (and that no other did), and every message with its sheet, row and column.
import { readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { imporAnggaran } from '../../src/impor/index.ts';
import { formatDiagnostic } from '../../src/diagnostics/index.ts';
import { main } from '../../src/cli/main.ts';
import { PETA_SIPD } from '../../src/impor/peta.ts';
import { bacaLembar } from '../../src/util/lembar/index.ts';
import { barisSipd, csv, instansi, SUBS, tulis, xlsx, type Sel, type Sub } from './lembar-uji.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function siap(yaml?: string) {
  const [dir, folder, target] = instansi(yaml);
  dirs.push(dir);
  return { dir, folder, target, before: readFileSync(target, 'utf8') };
}

/** Lines that differ, as [line number, before, after]; the files must have the same length. */
function bedaBaris(a: string, b: string): [number, string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.flatMap((l, i) => (l === y[i] ? [] : [[i + 1, l, y[i]!] as [number, string, string]]));
}

const pesan = (h: Awaited<ReturnType<typeof imporAnggaran>>) => h.diags.list.map((d) => formatDiagnostic(d).replace(/\/tmp\/[^/]+\//g, ''));

function ubahSub(i: number, f: (s: Sub) => Sub): Sub[] {
  return SUBS.map((s, j) => (j === i ? f({ ...s, tw: [...s.tw] }) : s));
}

describe('impor: a clean export', () => {
  it('writes exactly the figures that changed, each on its own line, every other byte kept', async () => {
    const { dir, folder, target, before } = siap();
    // The YAML's own figures for sub-satu, with TW II changed; sub-dua's quarters are new.
    const subs = ubahSub(0, (s) => ((s.tw = [100000, 250000, null, null]), s));
    const f = tulis(dir, 'sipd.xlsx', await xlsx(barisSipd(subs)));
    const h = await imporAnggaran({ berkas: f, folder });
    expect(pesan(h).filter((m) => !m.includes('peringatan'))).toEqual([]);
    const after = readFileSync(target, 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    // sub-satu: one line changed (rp of tw2); sub-dua: a realisasi block inserted after pagu.
    const i = a.findIndex((l) => l.includes('rp: 200000'));
    expect(b[i]).toBe('                rp: 250000');
    const dua = a.findIndex((l) => l.includes('pagu: 500000'));
    expect(b.slice(dua + 1, dua + 10)).toEqual(['            realisasi:', '              tw1:', '                rp: 50000', '              tw2:', '                rp: 60000', '              tw3:', '                rp: 70000', '              tw4:', '                rp: 80000']);
    // Every other line is the same, in the same order.
    expect([...b.slice(0, i), ...b.slice(i + 1, dua + 1), ...b.slice(dua + 10)]).toEqual([...a.slice(0, i), ...a.slice(i + 1)]);
    expect(h.perubahan.map((p) => `${p.sub} ${p.apa} ${p.lama ?? '-'}→${p.baru}`)).toEqual([
      'sub-satu realisasi TW II 200000→250000',
      'sub-dua realisasi TW I -→50000',
      'sub-dua realisasi TW II -→60000',
      'sub-dua realisasi TW III -→70000',
      'sub-dua realisasi TW IV -→80000',
    ]);
    // The sub kegiatan without kode is matched by name, with the kode to write.
    expect(pesan(h)).toContain('inst/2024/anggaran.yaml:29:13  peringatan: sub kegiatan sub-tiga tidak berkode: dicocokkan dengan baris 9 ekspor menurut namanya\n    tulis kode: "1.01.01.2.01.0003" di sub kegiatan ini agar cocok menurut kode');
    // Importing the same export again changes nothing: the file stays byte for byte.
    const again = await imporAnggaran({ berkas: f, folder });
    expect(again.perubahan).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe(after);
  });

  it('a no-op import of the reference agency leaves anggaran.yaml byte-identical', async () => {
    const { dir, folder, target, before } = siap(join(import.meta.dirname, '../../data/diskominfo-contoh/2024/anggaran.yaml'));
    const data = parse(before) as { program: { kegiatan: { sub_kegiatan: { kode: string; nama: string; pagu: number; realisasi?: Record<string, { rp?: number }> }[] }[] }[] };
    const subs: Sub[] = data.program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub_kegiatan.map((s) => ({ kode: s.kode, nama: s.nama, pagu: s.pagu, tw: ['tw1', 'tw2', 'tw3', 'tw4'].map((t) => s.realisasi?.[t]?.rp ?? null) }))));
    expect(subs.length).toBeGreaterThan(10);
    const rows = barisSipd(subs).filter((r) => !['1.01.01', '1.01.01.2.01'].includes(r[0] as string));
    const f = tulis(dir, 'sipd.xlsx', await xlsx(rows));
    const h = await imporAnggaran({ berkas: f, folder });
    expect(pesan(h)).toEqual([]);
    expect(h.perubahan).toEqual([]);
    expect(h.baris).toBe(subs.length);
    expect(readFileSync(target, 'utf8')).toBe(before);
    // One figure changed: one line of the file differs.
    const changed = subs.map((s, i) => (i === 3 ? { ...s, tw: [s.tw[0] ?? null, 1234567, s.tw[2] ?? null, s.tw[3] ?? null] } : s));
    const g = tulis(dir, 'sipd2.xlsx', await xlsx(barisSipd(changed).filter((r) => !['1.01.01', '1.01.01.2.01'].includes(r[0] as string))));
    await imporAnggaran({ berkas: g, folder });
    const d = bedaBaris(before, readFileSync(target, 'utf8'));
    expect(d).toHaveLength(1);
    expect(d[0]![2]).toMatch(/^ +rp: 1234567$/);
  });

  it('--periksa says what would change and writes nothing', async () => {
    const { dir, folder, target, before } = siap();
    const f = tulis(dir, 'sipd.xlsx', await xlsx(barisSipd(ubahSub(0, (s) => ((s.pagu = 1100000), s)))));
    const logs: string[] = [];
    const code = await main(['impor', f, folder, '--periksa'], { log: (s) => logs.push(s), err: (s) => logs.push(s) });
    expect(code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(before);
    const text = logs.join('\n').replace(/\/tmp\/[^/]+\//g, '');
    expect(text).toContain('inst/2024/anggaran.yaml:17:19  sub-satu pagu: Rp 1.000.000 → Rp 1.100.000  (baris 7)');
    expect(text).toContain('periksa: akan berubah');
    expect(readdirSync(join(folder, '2024'))).toEqual(['anggaran.yaml']);
  });

  it('reads a CSV saved by Excel in Indonesia: semicolons, Windows-1252, 1.234.567,00', async () => {
    const { dir, folder, target } = siap();
    const rows = barisSipd(ubahSub(1, (s) => ((s.nama = 'Koordinasi dan Penyusunan Laporan Capaian Kinerja (Pemutakhiran Dokumen — Revisi)'), s)));
    // A two-row header in a CSV: the group heading written once, at its left.
    const bytes = csv(rows.map((r) => r.map((v) => (v === 'Penyediaan Gaji dan Tunjangan ASN' ? 'Penyediaan Gaji dan Tunjangan ASN' : v))).map((r, i) => (i === 0 ? ['Laporan Realisasi — Kabupaten Sungai Ulin, Triwulan IV (é)'] : r)));
    expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false); // really not UTF-8
    expect(bytes.toString('latin1')).toContain('1.000.000,00;100.000,00');
    const f = tulis(dir, 'sipd.csv', bytes);
    const h = await imporAnggaran({ berkas: f, folder });
    expect(pesan(h).filter((m) => !m.includes('peringatan'))).toEqual([]);
    expect(h.perubahan.map((p) => `${p.sub} ${p.apa} ${p.baru}`)).toEqual(['sub-satu realisasi TW III 300000', 'sub-dua realisasi TW I 50000', 'sub-dua realisasi TW II 60000', 'sub-dua realisasi TW III 70000', 'sub-dua realisasi TW IV 80000']);
    expect(readFileSync(target, 'utf8')).toContain('              tw3:\n                rp: 300000\n          - id: sub-dua');
  });
});

describe('impor: every mistake of an export, at its sheet, row and column; nothing written', () => {
  async function gagal(rows: Sel[][], opts: { merges?: string[]; jenis?: 'csv' } = {}) {
    const { dir, folder, target, before } = siap();
    const f = opts.jenis === 'csv' ? tulis(dir, 'sipd.csv', csv(rows)) : tulis(dir, 'sipd.xlsx', await xlsx(rows, opts.merges));
    const h = await imporAnggaran({ berkas: f, folder });
    expect(h.ditulis).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(before);
    return pesan(h).filter((m) => !m.includes('peringatan'));
  }

  it('a total row that disagrees with its rows', async () => {
    const rows = barisSipd();
    rows[9]![4] = 810001; // JUMLAH, TW II
    rows[5]![2] = 3500001; // kegiatan 1.01.01.2.01, pagu
    expect(await gagal(rows)).toEqual([
      'sipd.xlsx[Realisasi]:10:8  baris jumlah 10: jumlah realisasi Rp 2.860.000 tidak sama dengan jumlah triwulannya Rp 2.910.001 (selisih −Rp 50.001)\n    periksa ekspornya: angka mana yang benar?',
      'sipd.xlsx[Realisasi]:6:3  kode 1.01.01.2.01, pagu: tertulis Rp 3.500.001, jumlah 3 baris sub kegiatan di bawahnya Rp 3.500.000 (selisih Rp 1)\n    baris jumlah di ekspor tidak sesuai rinciannya: periksa ekspornya sebelum mengimpor',
      'sipd.xlsx[Realisasi]:10:5  baris jumlah 10, realisasi TW II: tertulis Rp 810.001, jumlah 3 baris sub kegiatan di bawahnya Rp 760.000 (selisih Rp 50.001)\n    baris jumlah di ekspor tidak sesuai rinciannya: periksa ekspornya sebelum mengimpor',
    ]);
  });

  it('text where a number belongs, an English number, sen', async () => {
    const rows = barisSipd();
    rows[6]![3] = 'seratus ribu';
    rows[7]![4] = '1,234,567.00';
    rows[8]![5] = '500.000,50';
    const m = await gagal(rows);
    expect(m).toContain('sipd.xlsx[Realisasi]:7:4  kode 1.01.01.2.01.0001, realisasi TW I, sel D7: teks "seratus ribu" di tempat angka\n    tulis angka rupiah, misalnya 1.234.567, atau kosongkan bila belum dilaporkan');
    expect(m).toContain('sipd.xlsx[Realisasi]:8:5  kode 1.01.01.2.01.0002, realisasi TW II, sel E8: angka bukan format Indonesia "1,234,567.00"\n    titik memisahkan ribuan dan koma desimal: tulis misalnya 1.234.567 atau 1.234.567,00');
    expect(m).toContain('sipd.xlsx[Realisasi]:9:6  kode 1.01.01.2.01.0003, realisasi TW III, sel F9: rupiah bersen "500.000,50"\n    kinerja menyimpan rupiah bulat: bulatkan di sumbernya, misalnya 500.000');
    // A sum over a cell that cannot be read is not checked: the cell is said, once.
    expect(m, m.join("\n")).toHaveLength(3);
  });

  it('a row whose own total disagrees with its quarters', async () => {
    const rows = barisSipd();
    rows[8]![7] = 2000001;
    const m = await gagal(rows);
    expect(m).toEqual(['sipd.xlsx[Realisasi]:9:8  kode 1.01.01.2.01.0003: jumlah realisasi Rp 2.000.001 tidak sama dengan jumlah triwulannya Rp 2.000.000 (selisih Rp 1)\n    periksa ekspornya: angka mana yang benar?']);
  });

  it('a kode twice, a row that matches nothing, a kegiatan row without its sub kegiatan', async () => {
    const rows = barisSipd();
    const extra: Sel[][] = [
      ['1.01.01.2.01.0002', 'Koordinasi (salinan)', 0, null, null, null, null, 0],
      ['1.01.01.2.01.0009', 'Sub yang tidak ada', 0, null, null, null, null, 0],
      ['1.01.01.2.01.0O01', 'Kode salah ketik', 0, null, null, null, null, 0],
    ];
    rows.splice(9, 0, ...extra);
    const m = await gagal(rows);
    expect(m).toContain('sipd.xlsx[Realisasi]:10:1  kode 1.01.01.2.01.0002 ada dua kali di ekspor: baris 8 dan 10\n    hapus salah satunya, atau jumlahkan bila keduanya bagian dari sub kegiatan yang sama\n    lihat juga sipd.xlsx[Realisasi]:8:1');
    expect(m).toContain('sipd.xlsx[Realisasi]:11:1  kode 1.01.01.2.01.0009 (Sub yang tidak ada) tidak cocok dengan sub kegiatan mana pun di inst/2024/anggaran.yaml\n    maksud Anda 1.01.01.2.01.0001? tambahkan sub kegiatan berkode ini ke inst/2024/anggaran.yaml, atau betulkan kodenya');
    expect(m.some((x) => x.startsWith('sipd.xlsx[Realisasi]:12:1  kode 1.01.01.2.01.0O01 (Kode salah ketik) tidak cocok'))).toBe(true);
  });

  it('a header name the mapping does not find, with the names that are there', async () => {
    const rows = barisSipd();
    rows[3]![5] = 'Triwulan 3';
    const m = await gagal(rows);
    expect(m).toEqual(['sipd.xlsx[Realisasi]:3:1  judul kolom "TW III" / "Triwulan III" / "Realisasi TW III" (realisasi TW III) tidak ada di baris judul 3–4\n    judul yang ada: "Kode", "Uraian", "Anggaran", "Realisasi / TW I", "Realisasi / TW II", "Realisasi / Triwulan 3", "Realisasi / TW IV", "Jumlah Realisasi"; tulis namanya di peta (--peta)']);
  });

  it('CSV: the line and the field of a bad cell', async () => {
    const rows = barisSipd();
    rows[7]![6] = 'n/a';
    const m = await gagal(rows, { jenis: 'csv' });
    expect(m).toEqual(['sipd.csv:8:7  kode 1.01.01.2.01.0002, realisasi TW IV, kolom 7: teks "n/a" di tempat angka\n    tulis angka rupiah, misalnya 1.234.567, atau kosongkan bila belum dilaporkan']);
  });

  it('a yearly realisasi in the YAML where the export gives quarters', async () => {
    const { dir, folder, target } = siap();
    writeFileSync(target, readFileSync(target, 'utf8').replace('            pagu: 500000\n', '            pagu: 500000\n            realisasi:\n              rp: 260000\n'));
    const f = tulis(dir, 'sipd.xlsx', await xlsx(barisSipd()));
    const h = await imporAnggaran({ berkas: f, folder });
    expect(pesan(h).filter((m) => !m.includes('peringatan'))).toEqual(['inst/2024/anggaran.yaml:30:19  sub kegiatan sub-dua menulis realisasi setahun (realisasi.rp), ekspor memberi per triwulan\n    hapus `rp` setahun dari realisasi sub kegiatan ini, lalu impor lagi: triwulannya akan ditulis']);
  });
});

describe('impor: the mapping file', () => {
  it('months, a sheet by name, cumulative columns', async () => {
    const { dir, folder } = siap();
    const bulan = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
    // Cumulative per month: sub-satu 100.000 by March, 300.000 by June, 600.000 by September.
    const cum = [30000, 60000, 100000, 150000, 200000, 300000, 400000, 500000, 600000, 600000, 600000, 600000];
    const rows: Sel[][] = [['Kode Sub', 'Nama', ...bulan], ['1.01.01.2.01.0001', 'x', ...cum]];
    const f = tulis(dir, 'bulanan.xlsx', await xlsx(rows, [], 'Data'));
    const peta = tulis(dir, 'peta.yaml', `lembar: Data\nkumulatif: true\nkolom:\n  kode: Kode Sub\n  realisasi_bulan: [${bulan.join(', ')}]\n`);
    const h = await imporAnggaran({ berkas: f, folder, peta, periksa: true });
    expect(pesan(h).filter((m) => !m.includes('peringatan'))).toEqual([]);
    // Quarters are month sums of the differences: 100.000, 200.000, 300.000, 0.
    expect(h.perubahan.map((p) => `${p.apa} ${p.baru}`)).toEqual(['realisasi TW III 300000', 'realisasi TW IV 0']);
  });

  it('a mistake in the mapping is located with what to write', async () => {
    const { dir, folder } = siap();
    const f = tulis(dir, 'sipd.xlsx', await xlsx(barisSipd()));
    const peta = tulis(dir, 'peta.yaml', 'kolom:\n  kode: Kode\n  realisasi_triwulan: [TW I, TW II]\n  realisasi_bln: Anggaran\n');
    const err = await imporAnggaran({ berkas: f, folder, peta }).catch((e) => e);
    expect(err.message).toMatch(/peta impor .*peta\.yaml belum benar/);
    expect(err.diagnostics.map((d: never) => formatDiagnostic(d).replace(/\/tmp\/[^/]+\//g, ''))).toEqual([
      'peta.yaml:3:23  realisasi_triwulan: tulis daftar 4 nama kolom, TW I sampai TW IV, berurutan\n    misalnya realisasi_triwulan: [TW I, TW II, TW III, TW IV]',
      'peta.yaml:4:3  kolom `realisasi_bln` tidak dikenal di peta; maksud Anda `realisasi_bulan`?\n    kolom yang dikenal: kode, nama, pagu, realisasi_triwulan, realisasi_bulan, realisasi_jumlah',
    ]);
  });
});

it('the README prints the default SIPD mapping as the code has it', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(readme).toContain(PETA_SIPD.split('\n').slice(1).join('\n'));
});

it('Windows-1252 by its own table: 0x96 is an en dash, 0x93/0x94 are quotes', async () => {
  const { dir } = siap();
  const f = tulis(dir, 'w.csv', Buffer.concat([Buffer.from('Kode;Uraian\r\n1.01;Realisasi ', 'latin1'), Buffer.from([0x96, 0x20, 0x93, 0x41, 0x94]), Buffer.from(';\r\n', 'latin1')]));
  const [l] = await bacaLembar(f);
  expect(l!.enkode).toBe('Windows-1252');
  expect(l!.rows[1]![1]).toBe('Realisasi – “A”');
});
