/** Development entry (`npm run dev -- extract FILE`): the same as bin/, from TypeScript sources via tsx. */
import { main } from './main.js';

main(process).then((code) => (process.exitCode = code));
