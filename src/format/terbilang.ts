// Amounts in words, as official documents write them: "Empat Puluh Tujuh Miliar … Rupiah".
const SATUAN = ['', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh', 'Sebelas'];
const SKALA: [bigint, string][] = [
  [10n ** 12n, 'Triliun'],
  [10n ** 9n, 'Miliar'],
  [10n ** 6n, 'Juta'],
  [1000n, 'Ribu'],
];

function di(n: number): string {
  if (n < 12) return SATUAN[n]!;
  if (n < 20) return `${SATUAN[n - 10]} Belas`;
  if (n < 100) return `${SATUAN[Math.floor(n / 10)]} Puluh${n % 10 ? ' ' + SATUAN[n % 10] : ''}`;
  if (n < 200) return `Seratus${n % 100 ? ' ' + di(n % 100) : ''}`;
  return `${SATUAN[Math.floor(n / 100)]} Ratus${n % 100 ? ' ' + di(n % 100) : ''}`;
}

/** Whole number in words, capitalised per word. */
export function terbilang(value: number | bigint): string {
  let n = BigInt(value);
  if (n === 0n) return 'Nol';
  if (n < 0n) return `Minus ${terbilang(-n)}`;
  const parts: string[] = [];
  for (const [size, name] of SKALA) {
    if (n >= size) {
      const q = n / size;
      n %= size;
      parts.push(size === 1000n && q === 1n ? 'Seribu' : `${terbilang(q)} ${name}`);
    }
  }
  if (n > 0n) parts.push(di(Number(n)));
  return parts.join(' ');
}

export function terbilangRupiah(value: number): string {
  return `${terbilang(value)} Rupiah`;
}
