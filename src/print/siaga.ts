// The tabs that wait for the next print. A print that asks for it (PrintOptions.pakaiUlang) takes
// one that shows a document with the same head and only replaces the body; any other print
// takes, and a full set gives up, the tab whose document costs least to load again (the smallest;
// a fresh tab's none), so that the long chapters of a watch preview keep their tabs while the
// short page overlays and front matter make room.
import type { Dokumen } from './isi-tab.ts';

interface TabSiaga {
  dokumen?: Dokumen;
}

export class Siaga<T extends TabSiaga> {
  /** Oldest first. */
  private tabs: T[] = [];
  constructor(private readonly batas: () => number) {}

  get length(): number {
    return this.tabs.length;
  }

  /** A tab that shows a document with the head and assets of `dokumen`, taken from the set. */
  ambilSama(dokumen: Dokumen | undefined): T | undefined {
    const i = dokumen ? this.tabs.findIndex((t) => t.dokumen?.kepala === dokumen.kepala && t.dokumen.aset === dokumen.aset) : -1;
    return i < 0 ? undefined : this.tabs.splice(i, 1)[0];
  }

  /** Any tab, for a print that no tab shows: the one least worth keeping. */
  ambil(): T | undefined {
    const i = this.termurah();
    return i < 0 ? undefined : this.tabs.splice(i, 1)[0];
  }

  /** Keeps `tab`; returns the tab that makes room for it when the set is full (perhaps `tab` itself). */
  simpan(tab: T): T | undefined {
    if (this.batas() < 1) return tab;
    this.tabs.push(tab);
    return this.tabs.length > this.batas() ? this.tabs.splice(this.termurah(), 1)[0] : undefined;
  }

  /** Every tab, the set left empty (the browser is closing). */
  kosongkan(): T[] {
    return this.tabs.splice(0);
  }

  /** Index of the tab whose document is the smallest, the oldest of equals (-1 for none). */
  private termurah(): number {
    let best = -1;
    this.tabs.forEach((t, i) => {
      if (best < 0 || (t.dokumen?.ukuran ?? 0) < (this.tabs[best]!.dokumen?.ukuran ?? 0)) best = i;
    });
    return best;
  }
}
