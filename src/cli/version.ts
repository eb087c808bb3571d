/** The package version (src/version.ts; kept here for the CLI's imports). */
export { packageVersion } from '../version.js';
