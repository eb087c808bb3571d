/** The rule engine: token patterns, rows and decision lists, and the per-document trace. No English in here. */
export { compile, matchAt, matchIn, matchSpan, type Pattern, type Match, type MatchEnv, type TokenRange, type Lexicons, type Predicates } from './pattern.js';
export { BUILTIN_PREDICATES, gapText, type TokenPredicate } from './predicates.js';
export { table, type Rule, type RuleTable } from './rule.js';
export { decide, holds, propose, sentenceRange, type Decision, type DecideContext } from './decide.js';
export { Trace, NO_TRACE, type TraceEvent, type Verdict } from './trace.js';
