/**
 * Actor corpus for recall, name boundaries and merging (issue 16, actrec), each class with negatives.
 * Invented sentences; invented people, places and bodies.
 */
import type { ActorCase } from './actors.cases.js';

/** Where a name ends: campuses, "of the State of X", a known body's longer name, a sentence's last period. */
export const EXTENT_CASES: ActorCase[] = [
  { id: 'campus-at', text: 'He taught at the University of Doeland at Kells for ten years.', expect: [{ name: 'University of Doeland at Kells', type: 'organization' }] },
  { id: 'campus-comma', text: 'She was a professor at the University of Doeland, Kells. She retired in 1994.', expect: [{ name: 'University of Doeland, Kells', type: 'organization' }] },
  // negatives: "at" + a time, a person after the comma, a list of names
  { id: 'campus-at-negative', text: 'He taught at the University of Doeland at night for ten years.', expect: [{ name: 'University of Doeland', type: 'organization' }] },
  { id: 'campus-comma-person', text: 'At the University of Doeland, Johann, unable to wait, left early.', expect: [{ name: 'University of Doeland', type: 'organization' }], absent: ['University of Doeland, Johann'] },
  { id: 'campus-repeat', text: 'He studied at the University of Doeland, Kells. Later the University of Doeland hired him.', expect: [{ name: 'University of Doeland, Kells', type: 'organization', aliases: ['University of Doeland'] }], count: 1 },
  { id: 'court-of-state', text: 'She argued before the Supreme Court of the State of Doeland on Monday.', expect: [{ name: 'Supreme Court of the State of Doeland', type: 'organization' }] },
  { id: 'congress-of', text: 'She spoke at the Congress of Music and Letters in 1911.', expect: [{ name: 'Congress of Music and Letters', type: 'organization' }], absent: ['Congress'] },
  // negative: the known body under its full name stays the known body
  { id: 'court-of-united-states', text: 'She argued before the Supreme Court of the United States on Monday.', expect: [{ name: 'Supreme Court', type: 'organization' }] },
  { id: 'regnal-i', text: 'He served in the guard under Tsar Vadim I, and in 1712 he retired.', expect: [{ name: 'Vadim I', type: 'person', aliases: ['Tsar Vadim I'] }] },
  // negative: the pronoun "I" after a name starts a clause
  { id: 'pronoun-i-after-name', text: 'After two years in Air Force ROTC I applied for flight school.', expect: [{ name: 'Air Force ROTC', type: 'organization' }], absent: ['Air Force ROTC I'] },
  { id: 'title-inside-name', text: 'In the 1950s he joined the Society for General Doeland Research.', expect: [{ name: 'Society for General Doeland Research', type: 'organization' }], absent: ['Doeland Research'] },
  { id: 'title-outside-name', text: 'In the 1950s the Society thanked General Doeland for his research.', expect: [{ name: 'Doeland', type: 'person', aliases: ['General Doeland'] }] },
  { id: 'given-name-of-place', text: 'As a student he copied Hilary of Kells on the Psalms.', expect: [{ name: 'Hilary of Kells', type: 'person' }] },
  { id: 'places-and-court', text: 'What the Doeland and Kells Court of Appeal did is nothing new.', expect: [{ name: 'Doeland and Kells Court of Appeal', type: 'organization' }], absent: ['Kells Court of Appeal'] },
  // negative: a person and a court joined by "and" stay two
  { id: 'person-and-court', text: 'What Mara Quell and Kells Court did is nothing new.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Kells Court', type: 'organization' }] },
  { id: 'country-given-name', text: 'She starred with Jordan Quaspel in a horror film.', expect: [{ name: 'Jordan Quaspel', type: 'person' }], absent: ['Jordan'] },
  // negative: the country before a common word stays the country
  { id: 'country-given-name-negative', text: 'Jordan Valley farmers met officials from Jordan.', expect: [{ name: 'Jordan', type: 'country' }], absent: ['Jordan Valley farmers'] },
  { id: 'leading-particle', text: 'She helped found the reformist al-Quaspel group in 1948.', expect: [{ name: 'al-Quaspel', type: 'organization' }] },
  { id: 'hyphened-modifier-before-name', text: 'His fellow-Doelanders Paul Quaspel and Alexander Tarnavik also came.', expect: [{ name: 'Paul Quaspel', type: 'person' }, { name: 'Alexander Tarnavik', type: 'person' }], absent: ['Doelanders Paul Quaspel'] },
  { id: 'abbreviation-at-paragraph-end', text: 'She trained at the Harlow Academy of Dramatic Art.\nShe then moved to Kells.', expect: [{ name: 'Harlow Academy of Dramatic Art', type: 'organization' }] },
];

/** One participant under a longer and a shorter full name. */
export const MERGE_CASES: ActorCase[] = [
  { id: 'middle-and-surname', text: 'Jens Otto Harry Quaspel or Otto Quaspel was a linguist. Quaspel died in 1943.', expect: [{ name: 'Jens Otto Harry Quaspel', type: 'person', aliases: ['Otto Quaspel', 'Quaspel'] }], count: 1 },
  { id: 'first-names-only', text: 'Jean Luc Marveau was born in Doeville. Jean Luc later ran the family farm.', expect: [{ name: 'Jean Luc Marveau', type: 'person', aliases: ['Jean Luc'] }] },
  { id: 'known-as', text: 'Mara Quell (born 1986 [1]), better known by her pseudonym Mara Vess, wrote plays.', expect: [{ name: 'Mara Quell', type: 'person', aliases: ['Mara Vess'] }], count: 1 },
  { id: 'also-known-as-list', text: 'The Doeland Front, also known as the DF or Quell Army, said it would fight.', expect: [{ name: 'Doeland Front', type: 'organization', aliases: ['DF', 'Quell Army'] }], count: 1 },
  { id: 'pen-name-of', text: 'Sela Orvik (1901 - 1958) was a pen name of the author Mara Quell, who wrote songs.', expect: [{ name: 'Sela Orvik', type: 'person', aliases: ['Mara Quell'] }], count: 1 },
  { id: 'born-as', text: 'Mara Vess (born Mara Quell; 1986) is a writer.', expect: [{ name: 'Mara Quell', type: 'person', aliases: ['Mara Vess'] }], count: 1 },
  { id: 'body-tail', text: 'The Ghana Air Force hired her. The Air Force took only 60 pilots that year.', expect: [{ name: 'Ghana Air Force', type: 'organization', aliases: ['Air Force'] }], count: 1 },
  // negatives: "a friend of", "born in", "known for", and a name after the list is another actor
  { id: 'friend-of-negative', text: 'Ichiko Vess (1872 - 1896) was a friend of the author Mara Quell, who wrote plays.', expect: [{ name: 'Ichiko Vess', type: 'person' }, { name: 'Mara Quell', type: 'person' }], count: 2 },
  { id: 'born-in-negative', text: 'Mara Vess (born in Kells in 1986) met Ana Quell, a writer.', expect: [{ name: 'Mara Vess', type: 'person' }, { name: 'Ana Quell', type: 'person' }] },
  { id: 'known-for-negative', text: 'Mara Quell (born 1986), better known for her plays, met Ana Vess.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Ana Vess', type: 'person' }], count: 2 },
  { id: 'known-as-then-other', text: 'The Doeland Front, also known as the DF, met the Quell Army, which said it would fight.', expect: [{ name: 'Doeland Front', type: 'organization', aliases: ['DF'] }, { name: 'Quell Army', type: 'organization' }], count: 2 },
  { id: 'nickname', text: 'Lawrence Quaspel wrote the book. Larry Quaspel spoke later.', expect: [{ name: 'Lawrence Quaspel', type: 'person', aliases: ['Larry Quaspel'] }], count: 1 },
  // negatives: another surname; a nickname of two names in play stays apart
  { id: 'nickname-other-surname', text: 'Lawrence Quaspel wrote the book. Larry Tarnavik spoke later.', expect: [{ name: 'Lawrence Quaspel', type: 'person' }, { name: 'Larry Tarnavik', type: 'person' }], count: 2 },
  { id: 'nickname-two-partners', text: 'William Quaspel and Bill Quaspel and Willis Quaspel met.', expect: [], count: 3 },
  // negative: two longer names contain the shorter one: it stays apart
  { id: 'two-hosts', text: 'Mara Quell spoke. Ana Mara Quell and Lena Mara Quell agreed.', expect: [{ name: 'Mara Quell', type: 'person' }], count: 3 },
];

/** Single names and small organizations with evidence around them; negatives beside each. */
export const EVIDENCE_RECALL_CASES: ActorCase[] = [
  { id: 'quoted-author', text: 'There is a famous line attributed to Quaspel about luck, and the words of Tarnavik too.', expect: [{ name: 'Quaspel', type: 'person' }, { name: 'Tarnavik', type: 'person' }] },
  { id: 'quoted-author-negative', text: 'There is a wonderful view from Quaspel over the bay.', expect: [], count: 0 },
  { id: 'self-named', text: 'People stop me and say, "Hi Dana, my name is Quaspel," and I nod.', expect: [{ name: 'Quaspel', type: 'person' }] },
  { id: 'with-me', text: 'Stone Arrow Gaming is basically me and Quaspel.', expect: [{ name: 'Quaspel', type: 'person' }, { name: 'Stone Arrow Gaming', type: 'organization' }] },
  { id: 'with-me-negative', text: 'The studio is basically me in Quaspel.', expect: [], count: 0 },
  { id: 'team-in-season', text: 'He began the 2010 season with the Doeville Marauders before his injury.', expect: [{ name: 'Doeville Marauders', type: 'organization' }] },
  { id: 'team-negative', text: 'He began the day with the Doeville Marauders exhibit before his lunch.', expect: [], count: 0 },
  { id: 'team-city-paragraph', text: 'He hit well that season. He later joined Triple-A Denver Indians.', expect: [{ name: 'Denver Indians', type: 'organization' }] },
  // negatives: no sport in the paragraph (a city's people), a person whose surname ends in -s
  { id: 'team-city-negative', text: 'He hit well that year. He later joined the Denver Indians.', expect: [{ name: 'Denver Indians', type: 'place' }] },
  { id: 'team-person-negative', text: 'In the season opener Leonhard Quaspels hit a double.', expect: [{ name: 'Leonhard Quaspels', type: 'person' }] },
  { id: 'team-tail', text: 'He signed with the Denver Mudcats that season. He played every position for the Mudcats.', expect: [{ name: 'Denver Mudcats', type: 'organization', aliases: ['Mudcats'] }], count: 1 },
  { id: 'team-tail-most-named', text: 'The Denver Mudcats won the league. The Denver Mudcats drafted him. He played a season for the Toledo Mudcats and later for the Mudcats in the playoffs.', expect: [{ name: 'Denver Mudcats', type: 'organization', aliases: ['Mudcats'] }, { name: 'Toledo Mudcats', type: 'organization' }], count: 2 },
  { id: 'team-noun', text: 'We went to Kells as the Quaspel Gliders team that year.', expect: [{ name: 'Quaspel Gliders', type: 'organization' }] },
  { id: 'leisure-business', text: 'She started her career with Harlow Sports and later joined Doe Tours.', expect: [{ name: 'Harlow Sports', type: 'organization' }, { name: 'Doe Tours', type: 'organization' }] },
  // an interview's answer without a stop is speech, not a headline; a headline stays one
  { id: 'answer-not-headline', text: 'What did you build?\nLater Quaspel and I built it together', expect: [{ name: 'Quaspel', type: 'person' }] },
  { id: 'headline-negative', text: 'Quaspel wins the vote\nThe count ended on Monday.', expect: [], count: 0 },
  // armed groups and movements by their context, the longer form an alias; a place before the fighters' word is no group
  { id: 'armed-members', text: 'Villagers fled when Varkosh rebels shelled the road. The army said Varkosh had lost ground.', expect: [{ name: 'Varkosh', type: 'organization', aliases: ['Varkosh rebels'] }] },
  { id: 'armed-group-named', text: 'The attack was blamed on the rebel group Tolvenna by the army.', expect: [{ name: 'Tolvenna', type: 'organization', aliases: ['rebel group Tolvenna'] }] },
  { id: 'armed-has-acted', text: 'The Ardwell Front have claimed the attack on the depot.', expect: [{ name: 'Ardwell Front', type: 'organization' }] },
  { id: 'armed-negative', text: 'Villagers fled when rebels shelled the Varkosh road.', expect: [], absent: ['Varkosh'] },
  // a country under the name the text writes when it differs from the lexicon's by an article; a name two countries share joins the one named
  { id: 'country-as-written', text: 'Floods hit the Democratic Republic of Congo in May. Aid reached Congo on Monday.', expect: [{ name: 'Democratic Republic of Congo', type: 'country', aliases: ['Congo'] }], count: 1 },
  { id: 'shared-country-alone', text: 'Floods hit Congo in May and aid reached Kenya on Monday.', expect: [{ name: 'Congo', type: 'place' }, { name: 'Kenya', type: 'country' }] },
  // a one-word group named in the plural with its article is the bare word's group; a title's word stays apart
  { id: 'plural-group', text: 'Villagers fled when Tolvenna rebels shelled the road. Talks with the Tolvennas failed in May.', expect: [{ name: 'Tolvennas', type: 'organization', aliases: ['Tolvenna', 'Tolvenna rebels'] }], count: 1 },
  { id: 'plural-group-negative', text: 'Quorvex said profits rose. Mara Quell wrote a memoir, Life with Quorvexs, in 1990.', expect: [{ name: 'Quorvex', type: 'organization' }], absent: ['Quorvexs'] },
  // a country's or a body's name before its embassy, consulate or mission, with the place: one office (the capital or the country both name it)
  { id: 'country-embassy-in', text: 'Protesters gathered outside the U.S. Embassy in Doeland on Monday. The United States Embassy in Kells said it was closed.', expect: [{ name: 'United States Embassy in Kells', type: 'organization', aliases: ['U.S. Embassy in Doeland'] }], absent: ['United States', 'Embassy'] },
  { id: 'body-mission-in', text: 'The U.N. Mission in Doeland says the camps need work.', expect: [{ name: 'U.N. Mission in Doeland', type: 'organization' }] },
  { id: 'country-possessive-ministry-negative', text: "China's Ministry of Commerce said exports rose.", expect: [{ name: 'Ministry of Commerce', type: 'organization' }], absent: ["China's Ministry"] },
];
