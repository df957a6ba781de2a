// Processes as the tests see them: whether one still runs.

/** Whether a process with this id exists (signal 0 asks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
