// A batch's schedule: items are produced one at a time (each agency prepared on its own turn of
// the event loop, so that preparing the next overlaps printing the others) and worked on by at
// most `serentak` workers at once; results are handed on in the order the items were produced,
// whatever order they finished in, so a batch reports the same way however the machine ran it.

export interface Jadwal<T, R> {
  /** Gives the next items, or undefined when there are no more; may throw to stop the batch. */
  berikut: () => T[] | undefined;
  kerjakan: (item: T, index: number) => Promise<R>;
  /** Called in item order once every item is known (`total`) and this one is done. */
  selesai: (result: R, item: T, index: number, total: number) => void;
  serentak: number;
}

const giliran = () => new Promise<void>((r) => setImmediate(r));

/**
 * Runs the schedule; resolves with the number of items. The first failure (of `berikut` or of a
 * piece of work) stops new work from starting, waits for what is under way, and is thrown.
 */
export async function jalankan<T, R>(j: Jadwal<T, R>): Promise<number> {
  const items: T[] = [];
  const done = new Map<number, R>();
  let known = false;
  let failure: { e: unknown } | undefined;
  let said = 0;
  let wake: (() => void) | undefined;
  const bangun = () => {
    wake?.();
    wake = undefined;
  };
  const sampaikan = () => {
    if (!known) return;
    while (done.has(said)) {
      const r = done.get(said)!;
      done.delete(said);
      j.selesai(r, items[said]!, said, items.length);
      said++;
    }
  };
  const produce = async () => {
    try {
      for (;;) {
        await giliran();
        if (failure) return;
        const next = j.berikut();
        if (!next) break;
        items.push(...next);
        bangun();
      }
      known = true;
      sampaikan();
    } catch (e) {
      failure ??= { e };
    } finally {
      known = true;
      bangun();
    }
  };
  let taken = 0;
  const worker = async () => {
    for (;;) {
      while (taken >= items.length && !known && !failure) await new Promise<void>((r) => (wake = chain(wake, r)));
      if (failure || taken >= items.length) return;
      const i = taken++;
      try {
        done.set(i, await j.kerjakan(items[i]!, i));
        sampaikan();
      } catch (e) {
        failure ??= { e };
        return;
      }
    }
  };
  await Promise.all([produce(), ...Array.from({ length: Math.max(1, j.serentak) }, worker)]);
  if (failure) throw failure.e;
  return items.length;
}

/** Several waiters on one wake-up. */
function chain(a: (() => void) | undefined, b: () => void): () => void {
  return a ? () => (a(), b()) : b;
}
