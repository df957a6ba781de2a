// The bad inputs an author is most likely to write (cases.ts), each with its exact message and
// place, through the harness (harness.ts). The hostile corpus runs beside it (hostile.test.ts).
import { CASES } from './cases.ts';
import { describeCases } from './harness.ts';

describeCases('bad inputs', CASES);
