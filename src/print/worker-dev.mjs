// The print worker run from the TypeScript sources (tests, or a CLI whose bundle cannot be
// built): a worker thread does not inherit the tsx loader, so it registers it itself — without
// tsx's cache, which it would keep in the temporary folder (a build leaves nothing there).
process.env.TSX_DISABLE_CACHE ??= '1';
const { register } = await import('tsx/esm/api');

register();
await import('./worker.ts');
