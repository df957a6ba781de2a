// The idle tabs (src/print/siaga.ts): a print that asks for a tab showing its head gets one; the
// others, and a full set, give up the tab whose document is cheapest to load again.
import { describe, expect, it } from 'vitest';
import { Siaga } from '../../src/print/siaga.ts';

const tab = (nama: string, kepala?: string, ukuran = 0) => ({ nama, dokumen: kepala === undefined ? undefined : { kepala, aset: 'a', ukuran } });
type Tab = ReturnType<typeof tab>;

describe('Siaga', () => {
  it('gives the tab that shows the same head and assets, and none for another head or other assets', () => {
    const s = new Siaga<Tab>(() => 5);
    s.simpan(tab('bab', 'isi', 100_000));
    s.simpan(tab('depan', 'depan', 19_000));
    expect(s.ambilSama({ kepala: 'isi', aset: 'b', ukuran: 1 })).toBeUndefined();
    expect(s.ambilSama({ kepala: 'lain', aset: 'a', ukuran: 1 })).toBeUndefined();
    expect(s.ambilSama({ kepala: 'isi', aset: 'a', ukuran: 1 })?.nama).toBe('bab');
    expect(s.length).toBe(1);
  });

  it('when full, gives up the smallest document (a fresh tab first), keeping the long chapters', () => {
    const s = new Siaga<Tab>(() => 3);
    expect(s.simpan(tab('baru'))).toBeUndefined();
    expect(s.simpan(tab('bab 3', 'isi', 110_000))).toBeUndefined();
    expect(s.simpan(tab('lampiran', 'isi', 81_000))).toBeUndefined();
    expect(s.simpan(tab('nomor', 'lapisan', 5_000))?.nama).toBe('baru');
    expect(s.simpan(tab('depan', 'depan', 19_000))?.nama).toBe('nomor');
    // A print of another head takes the cheapest tab, not a chapter's.
    expect(s.ambil()?.nama).toBe('depan');
    expect(s.ambil()?.nama).toBe('lampiran');
  });

  it('keeps nothing when it may keep nothing, and empties at once', () => {
    const t = tab('x', 'isi', 1);
    expect(new Siaga<Tab>(() => 0).simpan(t)).toBe(t);
    const s = new Siaga<Tab>(() => 2);
    s.simpan(tab('a', 'isi', 1));
    s.simpan(tab('b', 'isi', 2));
    expect(s.kosongkan().map((x) => x.nama)).toEqual(['a', 'b']);
    expect(s.length).toBe(0);
  });
});
