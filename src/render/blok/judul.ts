// A table's caption as the block templates print it (`{{> caption t}}`): its number, taken in
// document order when the view asks for it, and its title.
import type { BlokKonteks, Nomor } from './types.ts';

export function judul(k: BlokKonteks, teks: string): Nomor & { judul: string } {
  return { ...k.tabel(teks), judul: teks };
}
