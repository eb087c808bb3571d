import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { CLASS_TABLES, REF } from './classes.cases.js';
import { NEWS_TABLES } from './news.cases.js';
import { NEWS2_TABLES } from './news2.cases.js';
import { NEWS3_TABLES } from './news3.cases.js';
import { NEWS4_TABLES } from './news4.cases.js';
import { NEWS5_TABLES } from './news5.cases.js';
import { NEWS6_TABLES } from './news6.cases.js';
import { NEWS7_TABLES } from './news7.cases.js';

for (const [name, cases] of Object.entries({ ...CLASS_TABLES, ...NEWS_TABLES, ...NEWS2_TABLES, ...NEWS3_TABLES, ...NEWS4_TABLES, ...NEWS5_TABLES, ...NEWS6_TABLES, ...NEWS7_TABLES })) {
  describe(`deadline class: ${name}`, () => {
    for (const c of cases) {
      it(c.id, () => {
        const doc = analyze(c.text, c.noRef ? {} : { referenceDate: REF });
        expect(doc.deadlines.map((d) => [d.text, d.value])).toEqual(c.expect);
      });
    }
  });
}
