// The hostile corpus of the security issue, through the same harness as the bad inputs: each
// case with its message and place, a refused build with an untouched output folder, an empty
// temporary folder and no connection attempted. Its own file, so it runs beside the other.
import { describeCases } from './harness.ts';
import { HOSTILE_LOAD } from './hostile-load.ts';
import { HOSTILE_NARASI } from './hostile-narasi.ts';

describeCases('hostile inputs: load', HOSTILE_LOAD);
describeCases('hostile inputs: narrative', HOSTILE_NARASI);
