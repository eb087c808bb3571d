/**
 * Government bodies, legislatures, courts, parties and international organizations (DATA ONLY),
 * with their short forms. All are `organization` actors. General knowledge only.
 */
import { type EntityRow, wordRows, type WordRow } from './types.js';

const o = (id: string, name: string, aliases: string[], example: string): EntityRow => ({ id, name, type: 'organization', aliases, example });

export const BODIES: readonly EntityRow[] = [
  o('wh', 'White House', [], 'the White House said'),
  o('congress', 'Congress', ['U.S. Congress', 'US Congress'], 'Congress passed the bill'),
  o('house', 'House of Representatives', ['the House', 'House', 'U.S. House'], 'the House voted'),
  o('senate', 'Senate', ['the Senate', 'U.S. Senate'], 'the Senate confirmed her'),
  o('scotus', 'Supreme Court', ['U.S. Supreme Court', 'the Supreme Court'], 'the Supreme Court ruled'),
  o('treasury', 'Treasury Department', ['Treasury', 'Department of the Treasury', 'U.S. Treasury'], 'the Treasury Department said'),
  o('state', 'State Department', ['Department of State'], 'the State Department said'),
  o('commerce', 'Commerce Department', ['Department of Commerce'], 'the Commerce Department said'),
  o('justice', 'Justice Department', ['Department of Justice', 'DOJ'], 'the Justice Department sued'),
  o('defense', 'Defense Department', ['Department of Defense', 'DOD', 'DoD', 'Pentagon', 'the Pentagon'], 'the Pentagon said'),
  o('dhs', 'Homeland Security Department', ['Department of Homeland Security', 'Homeland Security', 'DHS'], 'DHS said'),
  o('energy', 'Energy Department', ['Department of Energy', 'DOE'], 'the Energy Department said'),
  o('labor', 'Labor Department', ['Department of Labor'], 'the Labor Department said'),
  o('education', 'Education Department', ['Department of Education'], 'the Education Department said'),
  o('hhs', 'Health and Human Services Department', ['Department of Health and Human Services', 'HHS'], 'HHS said'),
  o('agriculture', 'Agriculture Department', ['Department of Agriculture', 'USDA'], 'the USDA said'),
  o('interior', 'Interior Department', ['Department of the Interior'], 'the Interior Department said'),
  o('transport', 'Transportation Department', ['Department of Transportation', 'DOT'], 'the Transportation Department said'),
  o('va', 'Veterans Affairs Department', ['Department of Veterans Affairs', 'VA'], 'the VA said'),
  o('hud', 'Housing and Urban Development Department', ['Department of Housing and Urban Development', 'HUD'], 'HUD said'),
  o('ustr', 'Office of the U.S. Trade Representative', ['USTR'], 'USTR said'),
  o('cfius', 'Committee on Foreign Investment in the United States', ['CFIUS'], 'CFIUS reviewed the deal'),
  o('fbi', 'Federal Bureau of Investigation', ['FBI'], 'the FBI said'),
  o('cia', 'Central Intelligence Agency', ['CIA'], 'the CIA said'),
  o('nsa', 'National Security Agency', ['NSA'], 'the NSA said'),
  o('nsc', 'National Security Council', ['NSC'], 'the NSC said'),
  o('fcc', 'Federal Communications Commission', ['FCC'], 'the FCC voted'),
  o('ftc', 'Federal Trade Commission', ['FTC'], 'the FTC sued'),
  o('sec', 'Securities and Exchange Commission', ['SEC', 'S.E.C.'], 'the SEC charged'),
  o('fed', 'Federal Reserve', ['Fed', 'the Fed', 'Federal Reserve Board'], 'the Fed raised rates'),
  o('epa', 'Environmental Protection Agency', ['EPA'], 'the EPA said'),
  o('fda', 'Food and Drug Administration', ['FDA'], 'the FDA approved'),
  o('cdc', 'Centers for Disease Control and Prevention', ['CDC', 'C.D.C.', 'Centers for Disease Control'], 'the CDC said'),
  o('irs', 'Internal Revenue Service', ['IRS'], 'the IRS said'),
  o('fema', 'Federal Emergency Management Agency', ['FEMA'], 'FEMA extended the deadline'),
  o('faa', 'Federal Aviation Administration', ['FAA'], 'the FAA said'),
  o('dea', 'Drug Enforcement Administration', ['DEA'], 'the DEA said'),
  o('ice', 'Immigration and Customs Enforcement', ['ICE'], 'ICE agents said'),
  o('cbp', 'Customs and Border Protection', ['CBP'], 'CBP said'),
  o('uscis', 'Citizenship and Immigration Services', ['USCIS', 'U.S. Citizenship and Immigration Services'], 'USCIS said'),
  o('gao', 'Government Accountability Office', ['GAO'], 'the GAO found'),
  o('cbo', 'Congressional Budget Office', ['CBO'], 'the CBO estimated'),
  o('gop', 'Republican Party', ['GOP'], 'the GOP said'),
  o('rnc', 'Republican National Committee', ['RNC'], 'the RNC said'),
  o('dems', 'Democratic Party', [], 'the Democratic Party said'),
  o('dnc', 'Democratic National Committee', ['DNC'], 'the DNC said'),
  o('un', 'United Nations', ['UN', 'U.N.'], 'the United Nations said'),
  o('unsc', 'UN Security Council', ['U.N. Security Council', 'United Nations Security Council', 'Security Council'], 'the Security Council met'),
  o('eu', 'European Union', ['EU', 'E.U.'], 'the EU fined the company'),
  o('ec', 'European Commission', [], 'the European Commission said'),
  o('ep', 'European Parliament', [], 'the European Parliament voted'),
  o('ecb', 'European Central Bank', ['ECB'], 'the ECB held rates'),
  o('nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'], 'NATO allies said'),
  o('who', 'World Health Organization', ['WHO', 'World Health Organisation'], 'the WHO warned'),
  o('wto', 'World Trade Organization', ['WTO', 'World Trade Organisation'], 'the WTO ruled'),
  o('imf', 'International Monetary Fund', ['IMF'], 'the IMF forecast'),
  o('wb', 'World Bank', [], 'the World Bank said'),
  o('opec', 'OPEC', ['Organization of the Petroleum Exporting Countries'], 'OPEC cut output'),
  o('g7', 'G7', ['G-7', 'Group of Seven'], 'G7 leaders said'),
  o('g20', 'G20', ['G-20', 'Group of 20'], 'G20 ministers met'),
  o('asean', 'ASEAN', ['Association of Southeast Asian Nations'], 'ASEAN members said'),
  o('icc', 'International Criminal Court', ['ICC'], 'the ICC issued a warrant'),
  // United Nations agencies (their full names hold commas and "and", which no capitalized run reads whole; "UNESCO" alone stays an acronym: "a UNESCO World Heritage Site" is a designation)
  o('unesco', 'United Nations Educational, Scientific and Cultural Organization', ['United Nations Educational, Scientific and Cultural Organisation'], 'the United Nations Educational, Scientific and Cultural Organization said'),
  o('unicef', 'UNICEF', ["United Nations Children's Fund", "UN Children's Fund"], 'UNICEF warned of famine'),
  o('wfp', 'World Food Programme', ['WFP', 'World Food Program', 'UN World Food Programme'], 'the World Food Programme said'),
  o('fao', 'Food and Agriculture Organization', ['FAO', 'Food and Agriculture Organisation', 'UN Food and Agriculture Organization'], 'the FAO said'),
  o('unhcr', 'UNHCR', ['Office of the United Nations High Commissioner for Refugees', 'UN refugee agency'], 'UNHCR said'),
  o('iaea', 'International Atomic Energy Agency', ['IAEA'], 'the IAEA said'),
  o('parliament-uk', 'Parliament', [], 'Parliament voted'),
  o('parliament-ca', 'Parliament of Canada', ['Canadian Parliament'], 'the Canadian Parliament passed the bill'),
  o('kremlin', 'Kremlin', ['the Kremlin'], 'the Kremlin said'),
  o('mofcom', 'Chinese Commerce Ministry', ['Ministry of Commerce', 'Commerce Ministry', 'MOFCOM'], 'the Commerce Ministry said'),
  o('mfa-cn', 'Chinese Foreign Ministry', ['Foreign Ministry', 'Ministry of Foreign Affairs'], 'the Foreign Ministry said'),
  o('ccp', 'Chinese Communist Party', ['Communist Party', 'CCP', 'Communist Party of China'], 'the Communist Party said'),
];

/**
 * Generic names of bodies that many states have ("the Senate", "the Supreme Court", "Parliament"): the lexicon
 * reads them as the rows above, but an article that also names a body of its own with that head ("the Doeland
 * Senate", "the Supreme Court of Doeland") means that body (src/extract/actors/generic.ts).
 */
export const GENERIC_BODY_NAMES: readonly WordRow[] = wordRows(
  'generic-body',
  'senate supreme_court parliament',
  'The Doeland Senate sued the governor; the Senate said the law was void.',
);

/** The article a generic body name may open with ("the Senate" is "senate"; "The Senate" too). */
export const GENERIC_BODY_ARTICLES: readonly WordRow[] = wordRows('generic-body-article', 'the', 'the Senate said the law was void');

/** The link after which a generic name heads a longer one ("the Supreme Court of Doeland"). */
export const GENERIC_BODY_LINKS: readonly WordRow[] = wordRows('generic-body-link', 'of', 'the Supreme Court of Doeland');
