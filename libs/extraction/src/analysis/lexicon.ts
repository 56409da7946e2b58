import { DEADLINE_LABELS, DEADLINE_STARTS } from '../rules/deadlines';
import * as discourse from '../rules/discourse';
import * as narrative from '../rules/narrative';
import * as units from '../rules/units';
import * as words from '../rules/vocabulary';
import { alternation, Pattern } from '../text/pattern';

/**
 * The rule lists of rules/ prepared for matching, in one place: every module that reads the text
 * asks for its words here, so a word added to a list takes effect everywhere it should.
 */
const phrases = Pattern.phrases;

// Instructions
export const assigning = phrases(words.ASSIGNING_VERBS);
export const weakAssigning = phrases(words.WEAK_ASSIGNING_VERBS);
export const notAssigning = phrases(words.NOT_ASSIGNING);
export const strongAssigning = phrases(
  words.ASSIGNING_VERBS.filter((v) => !words.WEAK_ASSIGNING_VERBS.includes(v)),
);
export const commands = phrases([...words.COMMAND_VERBS, ...words.COMMAND_ADVERBS]);
export const modals = phrases(words.MODALS);
/** An adverb or a modal: after a relative clause, these rather than its verbs open the action. */
export const strongOpeners = phrases([...words.COMMAND_ADVERBS, ...words.MODALS]);
/** Where the action begins after a subject: a verb, an adverb of command, a modal, a role, an assigning verb. */
export const actionOpeners = phrases([
  ...words.COMMAND_VERBS,
  ...words.COMMAND_ADVERBS,
  ...words.MODALS,
  ...words.LEAD_ROLE,
  ...words.COORDINATION,
  ...words.ASSIGNING_VERBS,
]);
export const auxiliaries = phrases(words.SPEAKER_AUXILIARIES);
export const aspect = phrases(words.ASPECT_WORDS);
export const negators = phrases(words.NEGATORS);
export const connectives = phrases(words.CONNECTIVES);
export const topicPrefixes = phrases(words.TOPIC_PREFIXES);
export const unitTopicPrefixes = phrases(words.UNIT_TOPIC_PREFIXES);
export const occasionTopics = phrases(narrative.OCCASION_TOPICS);
export const topicNouns = phrases(words.TOPIC_NOUNS);
export const leadRole = phrases(words.LEAD_ROLE);
export const coordination = phrases(words.COORDINATION);
export const coordinationWith = phrases(words.COORDINATION.filter((c) => c !== 'phối hợp'));
export const handOver = phrases(words.HAND_OVER);
export const genericActions = phrases(words.GENERIC_ACTIONS);
/** What an exhortation is made of: "nghiêm túc triển khai thực hiện", "tổ chức thực hiện". */
export const emptyActionWords = phrases([
  ...words.GENERIC_ACTIONS,
  ...words.COMMAND_ADVERBS,
  ...words.EXHORTATION_WORDS,
]);
export const listIntro = phrases(words.LIST_INTRO_ENDINGS);
export const listAnnouncement = Pattern.regex(discourse.LIST_ANNOUNCEMENT);
export const secondTask = phrases(words.SECOND_TASK_STARTERS);
export const secondTaskConnectives = phrases(words.SECOND_TASK_CONNECTIVES);
export const directing = phrases(discourse.DIRECTING_VERBS);
export const examples = phrases(discourse.EXAMPLE_MARKERS);
export const avoidance = phrases(discourse.AVOIDANCE);
export const sharedDeadline = phrases(discourse.SHARED_DEADLINE_CUES);
export const closingWords = phrases(words.CLOSING_WORDS);
export const tasksAbove = phrases(discourse.TASKS_ABOVE);
export const addressees = phrases(words.ADDRESSEES);
export const documentNouns = phrases(words.DOCUMENT_NOUNS);
export const titleFillers = phrases(words.TITLE_FILLERS);
export const and = phrases(['và']);
/** "... kết luận như sau", "... yêu cầu", "... chỉ đạo các nội dung sau" ending a list introduction. */
export const conclusionOpener = Pattern.regex(
  `(?<![\\p{L}])(?:${alternation(words.CONCLUSION_OPENERS)})(?:\\s*,\\s*(?:${alternation(words.CONCLUSION_OPENERS)}))?` +
    `(?:\\s+(?:${alternation(words.LIST_INTRO_ENDINGS)}|${alternation(words.CONCLUSION_OBJECTS)}|[^:]{0,40}\\s+sau))?\\s*$`,
);

// Units
export const heads = phrases(units.UNIT_HEADS);
export const falseHeads = phrases(units.FALSE_HEADS);
export const placeHeads = phrases(units.PLACE_HEADS);
export const personHeads = phrases(units.PERSON_HEADS);
export const comrades = phrases(units.COMRADE_MARKERS);
export const inCharge = phrases(units.IN_CHARGE_OF);
export const authorityHeads = phrases(units.AUTHORITY_HEADS);
export const acronymHeads = phrases(units.ACRONYM_HEADS);
export const determiners = phrases(units.GROUP_DETERMINERS);
export const groupNouns = phrases(units.GROUP_NOUNS);
/** What a group starts with: its nouns, or people by their title ("các Phó Chủ tịch UBND huyện"). */
export const groupHeads = phrases([...units.GROUP_NOUNS, ...units.GROUP_NOUNS_WITH_COMPLEMENT]);
export const beneficiaries = phrases(units.BENEFICIARY_GROUPS);
export const complementNouns = phrases(units.GROUP_NOUNS_WITH_COMPLEMENT);
/** Standard names, and the same names with their usual short forms ("ban qlda đầu tư xây dựng"). */
export const standardNames = phrases(
  units.STANDARD_UNIT_NAMES.flatMap((name) => [
    name,
    ...units.NAME_ABBREVIATIONS.flatMap(([long, shorts]) =>
      name.startsWith(`${long} `) ? shorts.map((short) => short + name.slice(long.length)) : [],
    ),
  ]),
);
export const standardDepartments = phrases(units.STANDARD_DEPARTMENTS);
export const qualifiers = phrases(units.GROUP_QUALIFIERS);
export const remits = phrases(units.REMIT_PHRASES);
export const compounds = phrases(units.COMPOUND_NOUNS);
export const standaloneHeads = phrases(units.STANDALONE_HEADS);
export const prepositions = phrases(units.PREPOSITIONS);
/** Words that end a unit name: prepositions and function words, and every word that opens an action. */
export const nameStops = phrases([
  ...units.NAME_STOP_WORDS,
  ...words.COMMAND_VERBS,
  ...words.COMMAND_ADVERBS,
  ...words.MODALS,
  ...words.ASSIGNING_VERBS,
  ...words.LEAD_ROLE,
  ...words.COORDINATION,
]);

// Narrative
export const narrativeWords = phrases(narrative.NARRATIVE_WORDS);
export const narrativeRegexes = narrative.NARRATIVE_REGEXES.map((r) => Pattern.regex(r));
export const nonTaskOpeners = phrases(narrative.NON_TASK_OPENERS);
export const nonTaskAnywhere = narrative.NON_TASK_REGEXES.map((r) => Pattern.regex(r));
export const copula = Pattern.regex(narrative.COPULA);
export const datedFrame = Pattern.regex(narrative.DATED_FRAME);
export const resultFigure = Pattern.regex(narrative.RESULT_FIGURE);
export const goalWords = phrases(narrative.GOAL_WORDS);
export const accountability = Pattern.regex(narrative.ACCOUNTABILITY);
export const directiveHeading = phrases(narrative.DIRECTIVE_HEADING_WORDS);
/** "Về ..." opening a heading: "2. Về nhiệm vụ thời gian tới". */
export const about = phrases(['về']);
export const narrativeHeading = phrases(narrative.NARRATIVE_HEADING_WORDS);

// Deadlines
export const deadlineStart = Pattern.regex(DEADLINE_STARTS);
export const deadlineLabel = phrases(DEADLINE_LABELS);
export const leadLabels = phrases(discourse.LEAD_LABELS);
export const coordinationLabels = phrases(discourse.COORDINATION_LABELS);
