// The bad inputs around optional data (opsional-cases.ts), through the common harness.
import { describeCases } from './harness.ts';
import { OPSIONAL_CASES } from './opsional-cases.ts';

describeCases('bad inputs: optional data', OPSIONAL_CASES);
