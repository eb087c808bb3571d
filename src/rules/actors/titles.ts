/**
 * Titles, honorifics and role nouns (DATA ONLY), lower case. A title before a capitalized name makes
 * it a person ("Sen. Jane Doe"); a title heading an appositive gives the role ("Doe, the senator,").
 * Multi-word titles are listed whole so the longest one wins ("attorney general" over "general").
 */
import type { TitleFormRow, TitleRow } from './types.js';

const t = (title: string, example: string, gender?: 'male' | 'female'): TitleRow => ({
  id: `title:${title.replace(/[^a-z]+/g, '-')}`, title, person: true, example, ...(gender ? { gender } : {}),
});

/**
 * A multi-word title with its plural written out ("the Prime Ministers of X and Y", "one of its Vice Presidents,
 * Jane Doe": a title, not a name). One-word titles keep none: their plural names teams ("the Cardinals").
 */
const tp = (title: string, plural: string, example: string): TitleRow => ({ ...t(title, example), plural });

/** Honorifics: courtesy titles, the only reliable source of gender. */
export const HONORIFICS: readonly TitleRow[] = [
  t('mr.', 'Mr. Doe said', 'male'), t('mr', 'Mr Doe said', 'male'),
  t('mrs.', 'Mrs. Doe said', 'female'), t('mrs', 'Mrs Doe said', 'female'),
  t('ms.', 'Ms. Doe said', 'female'), t('ms', 'Ms Doe said', 'female'),
  t('miss', 'Miss Doe said', 'female'), t('sir', 'Sir John Doe', 'male'), t('dame', 'Dame Jane Doe', 'female'),
  t('lord', 'Lord Doe', 'male'), t('lady', 'Lady Doe', 'female'),
  t('madame', 'Madame Doe', 'female'), t('mme.', 'Mme. Doe', 'female'), t('mme', 'Mme Doe', 'female'), t('mademoiselle', 'Mademoiselle Doe', 'female'), t('mlle.', 'Mlle. Doe', 'female'), t('mlle', 'Mlle Doe', 'female'),
  t('monsieur', 'Monsieur Doe', 'male'), t('herr', 'Herr Doe', 'male'), t('frau', 'Frau Doe', 'female'),
  t('comrade', 'Comrade Doe'), t('cde', 'Cde Doe'), t('cde.', 'Cde. Doe'),
    t('dr.', 'Dr. Jane Doe', undefined), t('dr', 'Dr Jane Doe'), t('prof.', 'Prof. Jane Doe'), t('professor', 'Professor Jane Doe'),
];

/** Offices and roles. Head words close a role phrase ("Treasury Secretary", "Acme's chief executive"). */
export const TITLES: readonly TitleRow[] = [
  t('president', 'President Jane Doe'), tp('vice president', 'vice presidents', 'Vice President Jane Doe'), t('president-elect', 'President-elect Jane Doe'),
  tp('former president', 'former presidents', 'former President John Doe'), tp('prime minister', 'prime ministers', 'Prime Minister Jane Doe'),
  t('premier', 'Premier Jane Doe'), t('chancellor', 'Chancellor Jane Doe'), t('minister', 'Foreign Minister Jane Doe'),
  t('secretary', 'Treasury Secretary Jane Doe'), t('secretary-general', 'Secretary-General Jane Doe'), t('secretary general', 'Secretary General Jane Doe'), t('secretary of state', 'Secretary of State Jane Doe'), tp('under secretary', 'under secretaries', 'Under Secretary of Commerce Jane Doe'), t('undersecretary', 'Undersecretary Jane Doe'),
  t('attorney general', 'Attorney General Jane Doe'), t('ambassador', 'Ambassador Jane Doe'), t('envoy', 'envoy Jane Doe'),
  t('senator', 'Senator Jane Doe'), t('senators', 'Senators Jane Doe and John Roe'), t('sens.', 'Sens. Jane Doe and John Roe'), t('sen.', 'Sen. Jane Doe'), t('sen', 'Sen Jane Doe'),
  t('representative', 'Representative Jane Doe'), t('reps.', 'Reps. Jane Doe and John Roe'), t('rep.', 'Rep. Jane Doe'), t('rep', 'Rep Jane Doe'),
  t('congressman', 'Congressman John Doe', 'male'), t('congresswoman', 'Congresswoman Jane Doe', 'female'),
  t('governor', 'Governor Jane Doe'), t('gov.', 'Gov. Jane Doe'), t('gov', 'Gov Jane Doe'), t('lt. gov.', 'Lt. Gov. Jane Doe'),
  t('mayor', 'Mayor Jane Doe'), tp('police chief', 'police chiefs', 'Police Chief Jane Doe'), t('chief', 'Chief Jane Doe'), t('speaker', 'Speaker Jane Doe'), t('leader', 'Chinese leader Jane Doe'),
  tp('majority leader', 'majority leaders', 'Majority Leader Jane Doe'), tp('minority leader', 'minority leaders', 'Minority Leader Jane Doe'),
  t('chairman', 'Chairman John Doe', 'male'), t('chairwoman', 'Chairwoman Jane Doe', 'female'), t('chair', 'Chair Jane Doe'),
  tp('chief executive', 'chief executives', "Acme's chief executive, Jane Doe"), tp('chief executive officer', 'chief executive officers', 'Chief Executive Officer Jane Doe'),
  t('ceo', 'Acme CEO Jane Doe'), t('cfo', 'Acme CFO Jane Doe'), t('coo', 'Acme COO Jane Doe'), t('founder', 'founder Jane Doe'),
  t('co-founder', 'co-founder Jane Doe'), t('director', 'Director Jane Doe'), t('commissioner', 'Commissioner Jane Doe'),
  t('administrator', 'Administrator Jane Doe'), t('spokesperson', 'spokesperson Jane Doe'),
  t('spokesman', 'spokesman John Doe', 'male'), t('spokeswoman', 'spokeswoman Jane Doe', 'female'),
  tp('press secretary', 'press secretaries', 'press secretary Jane Doe'), t('adviser', 'adviser Jane Doe'), t('advisor', 'advisor Jane Doe'),
  t('judge', 'Judge Jane Doe'), t('justice', 'Justice Jane Doe'), tp('chief justice', 'chief justices', 'Chief Justice Jane Doe'),
  t('general', 'General Jane Doe'), t('gen.', 'Gen. Jane Doe'), t('admiral', 'Admiral Jane Doe'), t('adm.', 'Adm. Jane Doe'),
  t('col.', 'Col. Jane Doe'), t('colonel', 'Colonel Jane Doe'), t('lt.', 'Lt. Jane Doe'), t('sgt.', 'Sgt. Jane Doe'),
  // military ranks and offices of legislatures and counties (the US Army and Navy rank lists; the usual US county offices)
  t('capt.', 'Navy Capt. Jane Doe'), t('captain', 'Captain Jane Doe'), t('cmdr.', 'Cmdr. Jane Doe'), t('commander', 'Commander Jane Doe'),
  t('lieutenant', 'Lieutenant Jane Doe'), t('maj.', 'Maj. Jane Doe'), t('cpl.', 'Cpl. Jane Doe'), t('pvt.', 'Pvt. Jane Doe'),
  tp('navy seal', 'navy seals', 'Navy SEAL Jane Doe'), t('whip', 'Whip Jane Doe'), tp('majority whip', 'majority whips', 'Senate Majority Whip Jane Doe'), tp('minority whip', 'minority whips', 'House Minority Whip Jane Doe'),
  tp('ranking member', 'ranking members', 'Ranking Member Jane Doe'), tp('ranking democrat', 'ranking democrats', 'Intelligence Committee Ranking Democrat Jane Doe'), tp('ranking republican', 'ranking republicans', 'Ranking Republican Jane Doe'),
  t('counsel', 'White House Counsel Jane Doe'), t('recorder', 'County Recorder Jane Doe'), t('sheriff', 'Sheriff Jane Doe'),
  t('treasurer', 'State Treasurer Jane Doe'), t('comptroller', 'Comptroller Jane Doe'), t('dj', 'the DJ Jane Doe'),
  t('king', 'King John', 'male'), t('queen', 'Queen Jane', 'female'), t('prince', 'Prince John', 'male'),
  t('princess', 'Princess Jane', 'female'), t('pope', 'Pope John', 'male'), t('rev.', 'Rev. Jane Doe'),
  t('fr.', 'Fr. John Doe', 'male'),
  t('reverend', 'Reverend Jane Doe'), t('candidate', 'candidate Jane Doe'), t('nominee', 'nominee Jane Doe'),
  t('analyst', 'analyst Jane Doe'), t('economist', 'economist Jane Doe'), t('lawyer', 'lawyer Jane Doe'),
  t('attorney', 'attorney Jane Doe'), t('pollster', 'pollster Jane Doe'), t('strategist', 'strategist Jane Doe'),
  t('executive', 'executive Jane Doe'), t('official', 'official Jane Doe'), t('head', 'head Jane Doe'),
  t('president and ceo', 'president and CEO Jane Doe'), t('chief of staff', 'chief of staff Jane Doe'),
  t('deputy', 'deputy Jane Doe'), t('aide', 'aide Jane Doe'),
  // officers and superintendents of agencies and police forces ('Regional Liaison Officer Jane Doe', 'Chief Superintendent Ivo Doe'); counter: 'the Officer Training School'
  t('officer', 'Regional Liaison Officer Jane Doe said'), t('superintendent', 'Chief Superintendent Ivo Doe said'),
  // police ranks before a name ('Detective Sergeant Ivo Doe', 'Detective Inspector Jane Doe', 'Constable Ivo Doe'); "inspector" only with its rank ('the series Inspector Doe Mysteries' names no one)
  t('sergeant', 'Detective Sergeant Ivo Doe said'), t('constable', 'Detective Constable Ivo Doe said'), t('detective', 'Detective Jane Doe said'),
  tp('detective inspector', 'detective inspectors', 'Detective Inspector Jane Doe said'), tp('chief inspector', 'chief inspectors', 'Chief Inspector Ivo Doe said'),
  // the scientist who leads a research project or a space mission ('Mission Principal Investigator Jane Doe said', 'the study's principal investigator, Ivo Doe,'); "investigator" alone names police and inquiry staff
  tp('principal investigator', 'principal investigators', 'Principal Investigator Jane Doe said'),
  // professions that introduce a name ("the Freedonian journalist Jane Doe")
  t('journalist', 'the journalist Jane Doe'), t('reporter', 'reporter Jane Doe'), t('columnist', 'columnist Jane Doe'),
  t('correspondent', 'correspondent Jane Doe'), t('commentator', 'commentator Jane Doe'), t('anchor', 'news anchor Jane Doe'),
  t('host', 'talk show host Jane Doe'), t('editor', 'editor Jane Doe'), t('writer', 'writer Jane Doe'), t('author', 'author Jane Doe'),
  t('historian', 'historian Jane Doe'), t('scientist', 'scientist Jane Doe'), t('researcher', 'researcher Jane Doe'),
  t('activist', 'activist Jane Doe'), t('physician', 'physician Jane Doe'), t('prosecutor', 'prosecutor Jane Doe'),
  t('diplomat', 'diplomat Jane Doe'), t('lawmaker', 'lawmaker Jane Doe'), t('businessman', 'businessman John Doe', 'male'),
  t('businesswoman', 'businesswoman Jane Doe', 'female'), t('entrepreneur', 'entrepreneur Jane Doe'), t('investor', 'investor Jane Doe'),
  t('billionaire', 'billionaire Jane Doe'),
  // rulers, nobility and clergy before a name ("Tsar Peter", "Emperor Norton", "Shah Abbas", "Abbot Quaspel")
  t('emperor', 'Emperor Norbert', 'male'), t('empress', 'Empress Mara', 'female'), t('tsar', 'Tsar Ivo', 'male'), t('czar', 'Czar Ivo', 'male'),
  t('tsarina', 'Tsarina Mara', 'female'), t('tsarevna', 'Tsarevna Mara', 'female'), t('tsarevich', 'Tsarevich Ivo', 'male'),
  t('sultan', 'Sultan Ivo', 'male'), t('shah', 'Shah Ivo', 'male'), t('caliph', 'Caliph Ivo', 'male'), t('emir', 'Emir Ivo', 'male'),
  t('pharaoh', 'Pharaoh Ivo'), t('duke', 'Duke Ivo', 'male'), t('duchess', 'Duchess Mara', 'female'), t('earl', 'Earl Ivo Doe', 'male'),
  t('countess', 'Countess Mara', 'female'), t('baron', 'Baron Ivo', 'male'), t('baroness', 'Baroness Mara', 'female'),
  t('marquis', 'Marquis Ivo', 'male'), t('viscount', 'Viscount Ivo', 'male'), t('archbishop', 'Archbishop Ivo Doe'), t('bishop', 'Bishop Ivo Doe'),
  t('cardinal', 'Cardinal Ivo Doe'), t('abbot', 'Abbot Ivo', 'male'), t('abbess', 'Abbess Mara', 'female'), t('rabbi', 'Rabbi Ivo Doe'),
  t('imam', 'Imam Ivo Doe', 'male'), t('sheikh', 'Sheikh Ivo Doe', 'male'), t('filmmaker', 'filmmaker Jane Doe'), t('novelist', 'novelist Jane Doe'),
];

const f = (form: string, office: string, example: string): TitleFormRow => ({ id: `title-form:${form.replace(/[^a-z]+/g, '-')}`, form, office, example });

/**
 * Abbreviated and variant title words and the office they name, so that "Sen. Doe" finds the person
 * introduced as "Senator Jane Doe" and not the one introduced as "Rep. John Doe". Lower case, no period.
 */
export const TITLE_FORMS: readonly TitleFormRow[] = [
  f('sen', 'senator', 'Sen. Doe'), f('sens', 'senator', 'Sens. Doe and Roe'), f('senators', 'senator', 'Senators Doe and Roe'),
  f('rep', 'representative', 'Rep. Doe'), f('reps', 'representative', 'Reps. Doe and Roe'),
  f('congressman', 'representative', 'Congressman Doe'), f('congresswoman', 'representative', 'Congresswoman Doe'),
  f('gov', 'governor', 'Gov. Doe'), f('pres', 'president', 'Pres. Doe'), f('gen', 'general', 'Gen. Doe'),
  f('adm', 'admiral', 'Adm. Doe'), f('col', 'colonel', 'Col. Doe'), f('sgt', 'sergeant', 'Sgt. Doe'),
  f('amb', 'ambassador', 'Amb. Doe'), f('sec', 'secretary', 'Sec. Doe'), f('atty', 'attorney', 'Atty. Doe'),
  f('capt', 'captain', 'Capt. Doe'), f('cmdr', 'commander', 'Cmdr. Doe'), f('supt', 'superintendent', 'Supt. Doe'),
  f('chairwoman', 'chair', 'Chairwoman Doe'), f('chairman', 'chair', 'Chairman Doe'),
  f('spokeswoman', 'spokesperson', 'spokeswoman Doe'), f('spokesman', 'spokesperson', 'spokesman Doe'),
];
