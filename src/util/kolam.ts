// How much work runs at once: the print pool (print/kolam.ts) and the finish stage's deflates
// (finish/write.ts) are each bounded by one of these.

/** A counting semaphore: at most `size` holders at once, served in the order they asked. */
export class Kolam {
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {}

  async take(): Promise<() => void> {
    if (this.used < this.size) this.used++;
    else await new Promise<void>((r) => this.waiting.push(r)); // the slot is handed over, not counted again
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.used--;
    };
  }

  /** `f` holding a place: at most `size` run at once, the rest wait their turn. */
  async dengan<R>(f: () => Promise<R>): Promise<R> {
    const release = await this.take();
    try {
      return await f();
    } finally {
      release();
    }
  }
}
