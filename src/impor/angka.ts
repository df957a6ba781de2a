// A figure read from a spreadsheet cell: a number cell as it is, a text cell in the Indonesian
// way ("1.234.567", "1.234.567,00", "Rp 1.234.567,-"). Rupiah are whole: sen other than ,00 is
// refused, and so is anything that is not plainly a number in id-ID (an English "1,234,567.89",
// "1234.5", text). Blank is blank (not reported), never 0; "-" is 0, as finance reports print it.

export type Angka = { ada: false } | { ada: true; nilai: number } | { salah: string; saran: string };

const ID_KELOMPOK = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const ID_POLOS = /^\d+(,\d+)?$/;
const EN_KELOMPOK = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const TITIK_DESIMAL = /^\d+\.\d{1,2}$/;

/** The rupiah in a cell value (number, text or empty). */
export function bacaRupiah(v: string | number | null | undefined): Angka {
  if (v === null || v === undefined) return { ada: false };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { salah: 'bukan angka', saran: 'tulis angka rupiah, misalnya 1234567' };
    if (v < 0) return { salah: `rupiah negatif (${v})`, saran: 'realisasi dan pagu tidak boleh negatif' };
    // A workbook keeps money as binary fractions: 1234567.0000000002 is 1234567.
    const bulat = Math.round(v);
    if (Math.abs(v - bulat) > 1e-6) return { salah: `rupiah bersen (${String(v).replace('.', ',')})`, saran: 'kinerja menyimpan rupiah bulat: bulatkan di sumbernya' };
    return { ada: true, nilai: bulat };
  }
  let t = v.replace(/[\u00a0\u202f\s]/g, '');
  if (t === '') return { ada: false };
  if (/^[-–—]$/.test(t)) return { ada: true, nilai: 0 };
  t = t.replace(/^Rp\.?/i, '').replace(/,-$/, '');
  if (/^[-–(]/.test(t)) return { salah: `rupiah negatif "${v}"`, saran: 'realisasi dan pagu tidak boleh negatif' };
  if (ID_KELOMPOK.test(t) || ID_POLOS.test(t)) {
    const [bulat, sen = ''] = t.split(',') as [string, string?];
    if (/[1-9]/.test(sen)) return { salah: `rupiah bersen "${v}"`, saran: `kinerja menyimpan rupiah bulat: bulatkan di sumbernya, misalnya ${bulat}` };
    return { ada: true, nilai: Number(bulat.replace(/\./g, '')) };
  }
  if (EN_KELOMPOK.test(t) || TITIK_DESIMAL.test(t))
    return { salah: `angka bukan format Indonesia "${v}"`, saran: 'titik memisahkan ribuan dan koma desimal: tulis misalnya 1.234.567 atau 1.234.567,00' };
  return { salah: `teks "${v.length > 40 ? v.slice(0, 40) + '…' : v}" di tempat angka`, saran: 'tulis angka rupiah, misalnya 1.234.567, atau kosongkan bila belum dilaporkan' };
}
