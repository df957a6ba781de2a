// Stage timings on stderr when KINERJA_WAKTU is set: where a slow build spends its time.
const on = !!process.env.KINERJA_WAKTU;
let last = performance.now();

export function lap(stage: string): void {
  if (!on) return;
  const now = performance.now();
  // process.uptime(), not performance.now(): the print worker's clock starts with the worker.
  process.stderr.write(`waktu: ${stage} ${(now - last).toFixed(0)} ms (sejak mulai proses ${(process.uptime() * 1000).toFixed(0)} ms)\n`);
  last = now;
}
