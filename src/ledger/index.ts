/** Across articles: one ledger of actors, a timeline with deadline threads, and who said what. */
export { Ledger, type ArticleMeta } from './ledger.js';
export { nameKey } from './names.js';
export { deadlineFeatures, contentStems, stem } from './features.js';
export * from '../schema/ledger.js';
