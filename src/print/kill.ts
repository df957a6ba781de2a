// Ending a browser for good: its whole process group, helpers included.

/** Kills a process and its group (Chromium's renderers and zygote are in it). */
export function killGroup(pid: number): void {
  for (const target of process.platform === 'win32' ? [pid] : [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
