import type { Diagnostics } from '../../diagnostics/index.ts';
import type { InstansiData } from '../../model/input.ts';
import type { SourceMap } from '../source-map.ts';

/** What every rule sees: the typed data, where each fact came from, and where to report. */
export interface RuleContext {
  data: InstansiData;
  src: SourceMap;
  diags: Diagnostics;
}

export type Rule = (ctx: RuleContext) => void;
