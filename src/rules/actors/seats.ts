/**
 * Seats of governments and international bodies used as metonyms (DATA ONLY): when the place acts
 * ("Brussels fined the firm") it names the body; after a locative ("talks in Brussels", "on Capitol Hill") it is a place.
 * Country capitals live in countries.ts; these are the seats that stand for something else.
 */
import type { SeatRow } from './types.js';

const s = (id: string, seat: string, key: string, example: string): SeatRow => ({ id, seat, key, example });

export const SEATS: readonly SeatRow[] = [
  s('brussels', 'Brussels', 'organization:eu', 'Brussels fined the company'),
  s('downing-street', 'Downing Street', 'country:uk', 'Downing Street said the talks would continue'),
  s('whitehall', 'Whitehall', 'country:uk', 'Whitehall officials said'),
  s('elysee', 'Elysee', 'country:fr', 'the Elysee said'),
  s('elysee-accent', 'Élysée', 'country:fr', 'the Élysée said'),
  s('elysee-palace', 'Elysee Palace', 'country:fr', 'the Elysee Palace said'),
  s('zhongnanhai', 'Zhongnanhai', 'country:cn', 'Zhongnanhai signaled a shift'),
  s('foggy-bottom', 'Foggy Bottom', 'organization:state', 'Foggy Bottom pushed back'),
  s('turtle-bay', 'Turtle Bay', 'organization:un', 'diplomats at Turtle Bay said'),
  s('capitol-hill', 'Capitol Hill', 'organization:congress', 'Capitol Hill balked at the plan; on Capitol Hill, a place'),
  s('parliament-hill', 'Parliament Hill', 'organization:parliament-ca', 'Parliament Hill debated the bill; on Parliament Hill, a place'),
  s('parliament-house', 'Parliament House', 'organization:parliament-uk', 'Parliament House approved the bill; at Parliament House, a place'),
  s('langley', 'Langley', 'organization:cia', 'Langley assessed the threat'),
];
