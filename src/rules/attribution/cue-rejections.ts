/**
 * Why a reporting-word match is no cue (DATA ONLY): the ordered rejection rows of the cue stage,
 * checked in this order (src/refine/attribution/cue-accept.ts holds each row's test, by id). A
 * rejected match is recorded in the trace under the row's id (`--explain` lists it as dropped).
 */
export interface CueRejection {
  id: string;
  example: string;
  counter?: string;
  note: string;
  /** a verb-cue rejection decided by an engine pattern (the capture is the cue): the row holds when it matches and no `unless` does */
  match?: string;
  /** patterns (the capture is the cue) that keep the cue although the row's test holds */
  unless?: readonly string[];
}

const r = (id: string, note: string, example: string, counter?: string, match?: { match?: string; unless?: readonly string[] }): CueRejection => ({ id: `cue.reject.${id}`, note, example, ...(counter ? { counter } : {}), ...(match ?? {}) });

export const CUE_REJECTIONS = {
  inQuote: r('in-quote', 'a cue word inside a quotation is part of what was said, not a report of the article', '"I always say the plan is dead," Voss explained.', 'Voss said the plan is dead.'),
  nounNoPossessor: r('noun-no-possessor', 'an attribution noun needs a possessor and "that"/"of"/":" after it', 'The statement that the mill closed was false.', "Voss's statement that the mill closed was false."),
  perAfterNumber: r('per-after-number', '"per" before anything but a name, "the", a possessive or a pronoun is a rate ("$40 per visit"), not a credit', 'Fees rose to $40 per visit last year.', 'Fees rose 4%, per the Ledger.', { match: '[per] !(@cap|the|@poss|%pronouns%)' }),
  creditNoSource: r('credit-no-source', 'a credit phrase followed by a number or a date names no source: its verb reads on its own ("the Ledger reported in 2014")', 'The group disbanded after the vote, the Ledger reported in 2014.', 'The group was reported by local media to have disbanded.'),
  capitalized: r('capitalized', 'a capitalized cue word that is not tagged a verb is a name or a title word', 'The Warning Signs exhibit opened in May.', 'Mara Voss warned that prices would rise.', { match: '[(!#Verb|#ProperNoun) .*]', unless: ['[!@cap .*]'] }),
  nounTagged: r('noun-tagged', 'a cue word the tagger reads as a noun after a determiner or a non-subject; not a plural-looking form after the comma that closes an appositive, with an object next ("Tom Hale, the mayor, calls the plan \"a fiasco\"")', 'The claims were dismissed by the court.', 'Mara Voss claims the vote was rigged.', { unless: [', [#Plural] (#Determiner|#Pronoun|#ProperNoun|that|to)', '(@cap|#Noun) [#Plural] (#Determiner|#Pronoun|#ProperNoun|that|to|whether)'] }),
  orderReason: r('order-reason', 'a participle "citing" after an order verb with an infinitive', 'The mayor ordered the port to close, citing the storm.', 'The mayor closed the port, citing the storm.', { match: '%orderVerbs% .* to .* , [citing]' }),
  askedWhether: r('asked-whether', '", asked whether ...," is the question put to the speaker, not a report', 'Mara Voss, asked whether the deal was dead, said it was not.', 'Mara Voss asked whether the deal was dead.', { match: ', [#PastTense] (whether|about|if|how|why|what|when)', unless: ['[.+] "'] }),
  reducedRelative: r('reduced-relative', '", announced in May," modifies the noun before it: a past participle after a comma (not said, told or wrote: ", said on TV, where ..."), a preposition next, and the comma piece closed by a comma outside any quotation', 'The sale, announced in May, faces a tight calendar.', 'The firm announced in May that the sale was off.', { match: ', [#PastTense] #Preposition !(@inQuote|@hasColon)* , !@inQuote', unless: ['[(said|told|wrote)]'] }),
  determiner: r('determiner', 'a determiner or possessive right before the cue word (no comma or quotation mark between; not a pronoun\'s "\'s" = has/is) makes it a noun or an adjective', "The firm's proposed sale was blocked.", '"It was tough for her," said Tom Ray.', { match: '(%determiners%|@possessor) [.+]', unless: [', [.+]', '" [.+]', '#Noun that [#Verb]'] }),
  adjective: r('adjective', 'a determiner and an adjective before the cue word make it a noun', 'A fresh promised review never came.', 'The board promised a fresh review.', { match: '%determiners% #Adjective [.+]', unless: ['#ProperNoun [.+]', '" [.+]'] }),
  infinitive: r('infinitive', '"to" before the cue word: a plan or an obligation, not a report; unless a word that makes nothing unreal comes before "to" and the content is at hand ("took to the radio to say that ...")', 'The mayor plans to announce that the budget is ready.', 'The mayor went on the radio on Monday to say that the budget is ready.'),
  naming: r('naming', '"a group called X": after an indefinite article and a thing noun, "called" names that noun (a person noun or a title keeps the cue: "a spokesman called the plan a fiasco")', 'They joined a small group called the Harbor Club.', 'Harbor Watch, a small group, called the plan a fiasco.', { match: '(a|an) (#Adjective|#Noun)* #Noun [called]', unless: ['(%titleWords%|#Person) [.+]', ', [.+]'] }),
  namingName: r('naming-name', '"a hall called \"Harbor Days\"", "a retreat for the mayor called Bryn Hall": "called" right after a thing noun and before a name or a quotation with no complement after it names that thing; a person, title, pronoun, name or plural before it (a subject: "what the Ledger called it", "lawmakers called"), or a complement after the name ("called Hale a liar", "called Hale \"weak\""), keeps the cue', 'The firm ran a retreat by the river called Bryn Hall before it closed.', 'The mayor called Hale a liar before the vote.', { match: '#Noun [called] (@cap|")', unless: ['(%titleWords%|#Person|#Pronoun|@cap|#Plural) [.+]', '[.+] @cap+ (#Determiner|#Adjective|@poss)', '[.+] @cap+ "', '[.+] @poss'] }),
  alsoCalled: r('also-called', '", also called a slipway,": a second name for the thing before the comma, not a report', 'The boat sat on the ramp, also called a slipway, until May.', 'Voss also called the plan a fiasco.', { match: ', also [called]' }),
  reducedPassive: r('reduced-passive', 'a participle right after a bare plural thing noun, then "with"/"by", modifies that noun', 'Many turned into ghost depots, yards announced with speeches but never used.', 'The judge agreed with the plaintiffs.', { match: '#Plural [.+] (with|by)', unless: ['%determiners% . [.+]', '(%pronouns%|%groupNouns%|%institutionNouns%|@cap|!#Noun) [.+]', '[!#PastTense .*]', '(,|"|;|:|—) [.+]', '^ [.+]'] }),
  participle: r('participle', 'a participle-only form ("written") without "have" before it is a passive or an adjective', 'The rule, as it is currently written, adds a new step.', 'Mara Voss has written that the rule adds a new step.', { match: '[(written|spoken|shown|given|known|drawn|sworn|forgotten|forbidden|foretold|bidden)]', unless: ["(have|has|had|having|'ve) .? .? [.+]"] }),
  passive: r('passive', 'a form of "be" before a past participle: the subject is reported about, not reporting', 'The deal is expected to close in May.', 'Analysts expected the deal to close in May.'),
  passiveAdverb: r('passive-adverb', 'a form of "be" and one or more adverbs before a past participle: the subject is reported about ("were mistakenly charged fees", "was widely reported")', 'Customers were mistakenly charged fees for a year.', 'Customers mistakenly charged that the fees were illegal.', { match: '%be% #Adverb+ [.+]', unless: ['%be% #Adverb+ [#Gerund]'] }),
  statementAbsolute: r('statement-absolute', '"issued a statement, Hale saying X and Roe calling it Y": a statement whose content is given by absolute clauses after its comma (a name, then its participle, which the tagger may call a noun), each with its own speaker and cue, is no report of its own', 'Both sides issued a statement, Tom Hale saying the talks were useful.', 'Both sides issued a statement saying the talks were useful.', { match: '[.+ statement] , (#Person|#ProperNoun)+ (#Gerund|#Noun)' }),
} as const;

export type CueRejectionName = keyof typeof CUE_REJECTIONS;
