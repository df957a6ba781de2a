// The documents `kinerja build` prints: one list for the command line (which must not load the
// build stage to know them) and the build itself.
export const DOKUMEN = ['lkjip', 'pk', 'rencana-aksi', 'rkt', 'survei', 'pohon'] as const;
export type Dokumen = (typeof DOKUMEN)[number];
