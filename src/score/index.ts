/** The scoring library: SCHEMA.md "Scoring" rules as code. */
export { scoreArticle } from './score.js';
export { aggregate } from './aggregate.js';
export { normalizeText, normalizeName, containsEither } from './normalize.js';
export { matchOneToOne } from './match.js';
export { Gold, parseGold } from './gold-schema.js';
export { PredDoc, parsePred } from './pred-schema.js';
export { loadGoldDir, readGold, type GoldEntry } from './load.js';
export { metricNames, isMetricName, metricValue, checkThresholds, type ThresholdResult } from './metric.js';
export { renderFields, renderFindings, NO_PAINT, type Paint } from './report.js';
export * from './types.js';
export { parseMinSpecs, parseThresholds, loadThresholdsFile, type Minimums } from './thresholds.js';
export { summarize, renderRun, runJson, renderArticles, renderThresholds, type ScoreRun } from './result.js';
