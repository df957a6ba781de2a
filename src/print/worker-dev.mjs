// The print worker run from the TypeScript sources (tests, or a CLI whose bundle cannot be
// built): a worker thread does not inherit the tsx loader, so it registers it itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
