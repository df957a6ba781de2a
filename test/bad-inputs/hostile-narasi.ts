// Hostile narrative: images that would fetch something, whatever their address. Each is a located
// error of check; the print never asks for them (the listener of the harness sees nothing).
import type { BadCase } from './cases.ts';

const MD = '2024/narasi/ringkasan-eksekutif.md';
const HINT = 'hapus gambar ini dari narasi; gambar dicetak dengan blok `- gambar: <berkas>` di kerangka (kerangka/lkjip.yaml), bernomor dan masuk Daftar Gambar';
const appended = (name: string, line: string, message: string, col = 1): BadCase => ({
  name,
  file: MD,
  edit: ['{{capaian_rata_rata}}.', `{{capaian_rata_rata}}.\n\n${line}\n`],
  expect: { code: 'narasi/gambar', message, line: 3, col, hint: HINT },
});

export const HOSTILE_NARASI: BadCase[] = [
  appended('gambar narasi dari alamat IP', '![peta](http://127.0.0.1:PORT_PENDENGAR/peta.png)', 'gambar di narasi tidak dicetak: ![peta](http://127.0.0.1:PORT_PENDENGAR/peta.png)'),
  appended('gambar narasi dari nama host', '![](http://localhost:PORT_PENDENGAR/a.png)', 'gambar di narasi tidak dicetak: ![](http://localhost:PORT_PENDENGAR/a.png)'),
  appended('gambar narasi https', 'Lihat ![grafik](https://contoh.invalid/g.svg "judul") di atas.', 'gambar di narasi tidak dicetak: ![grafik](https://contoh.invalid/g.svg)', 7),
  appended('gambar narasi berkas di luar folder', '![rahasia](../../../../etc/passwd)', 'gambar di narasi tidak dicetak: ![rahasia](../../../../etc/passwd)'),
  // (file: and data:image/svg+xml addresses are not images to markdown-it at all: printed as text.)
  appended('gambar narasi data URL PNG', '![x](data:image/png;base64,iVBORw0KGgo=)', 'gambar di narasi tidak dicetak: ![x](data:image/png;base64,iVBORw0KGgo=)'),
  appended('gambar narasi alamat relatif', '![struktur](struktur-organisasi.png)', 'gambar di narasi tidak dicetak: ![struktur](struktur-organisasi.png)'),
  appended('gambar narasi gaya referensi', '![logo][r]\n\n[r]: http://127.0.0.1:PORT_PENDENGAR/r.png', 'gambar di narasi tidak dicetak: ![logo](http://127.0.0.1:PORT_PENDENGAR/r.png)'),
  appended('gambar narasi di dalam tautan', '[![x](http://127.0.0.1:PORT_PENDENGAR/i.png)](http://contoh.invalid)', 'gambar di narasi tidak dicetak: ![x](http://127.0.0.1:PORT_PENDENGAR/i.png)', 2),
  appended('gambar narasi di daftar', '- butir ![x](http://127.0.0.1:PORT_PENDENGAR/l.png)', 'gambar di narasi tidak dicetak: ![x](http://127.0.0.1:PORT_PENDENGAR/l.png)', 9),
  appended('gambar narasi di kutipan', '> ![x](http://127.0.0.1:PORT_PENDENGAR/q.png)', 'gambar di narasi tidak dicetak: ![x](http://127.0.0.1:PORT_PENDENGAR/q.png)', 3),
];
