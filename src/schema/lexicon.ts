/**
 * A user lexicon file (`--lexicon FILE`, or named by the config file's `lexicon`): rows that join the
 * built-in lexicons as rows of the same kind. Every list is optional; unknown keys are refused (a
 * typo such as "actor" must not pass silently). `tiktok-claims schema lexicon` prints its JSON Schema.
 */
import { z } from 'zod';
import { ActorType } from './doc.js';

const Words = z.string().trim().min(1, 'is empty');

export const LexiconFile = z
  .object({
    actors: z
      .array(
        z
          .object({
            name: Words.describe('the canonical name'),
            type: ActorType,
            aliases: z.array(Words).optional().describe('other names the text may use'),
            role: Words.optional().describe('the role to show when the text gives none'),
          })
          .strict(),
      )
      .optional()
      .describe('names of people, organizations, countries, media and places'),
    outlets: z.array(Words).optional().describe('names of media outlets (actors of type media)'),
    titles: z.array(Words).optional().describe('role words that precede a name ("Prefect", "Ombudsman")'),
    reportingVerbs: z
      .array(z.string().regex(/^[a-z]+(?:-[a-z]+)?$/i, 'expected one verb in its base form ("opine")'))
      .optional()
      .describe('verbs of reporting, base form; every inflection is recognized'),
    nonActors: z.array(Words).optional().describe('strings never to be actors'),
    deadlineCues: z.array(z.string().regex(/^[a-z][a-z-]*$/i, 'expected one word')).optional().describe('nouns of a span that closes ("tender" in "the tender closes on May 3")'),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFile>;

/** A row of a user lexicon with the id that says where it came from: `user:FILE#actors[0]`. */
export interface UserRow<T> {
  id: string;
  value: T;
}

/** The user lexicons of one run, merged (files in order), each row with its id. Plain data: it crosses to worker threads. */
export interface UserLexicon {
  actors: UserRow<{ name: string; type: ActorType; aliases: string[]; role: string | null }>[];
  outlets: UserRow<string>[];
  titles: UserRow<string>[];
  /** each verb with its inflections (base, -s, past, participle, -ing) */
  reportingVerbs: UserRow<{ verb: string; forms: string[] }>[];
  nonActors: UserRow<string>[];
  deadlineCues: UserRow<string>[];
}
