/**
 * What `coach lint` (and a lesson that cannot be read) says about a lesson file, in English and
 * French. The parser records a code and its parameters; the words are chosen when they are shown.
 * French is typed against English: a missing key fails the build.
 */
import type { IssueParams as P, LessonIssueCode } from '../core/lessons/issue.js';
import type { LessonIssue } from '../core/lessons/types.js';

const _ = '\u00A0';

const en: Record<LessonIssueCode, (p: P) => string> = {
  'too-large': (p: P) => `the file is larger than ${p.kb} KB; split the lesson`,
  'control-character': () => 'this line holds a terminal control character; remove it (lessons are plain text)',
  'no-front-matter': () => 'the file must start with front matter: a line "---", the YAML fields, then "---"',
  'front-matter-open': () => 'the front matter is not closed: add a line "---" after its fields',
  'no-step': () => 'the lesson has no step: each step starts with a "## " heading',
  'block-outside-step': (p: P) => `a ${p.kind} block must sit inside a step (under a "## " heading)`,
  'two-blocks': (p: P) =>
    `a step holds at most one block; this step (line ${p.stepLine}) already has a ${p.kind} block: start a new "## " step`,
  'text-before-step': () => 'text before the first step: start each step with a "## " heading',
  'fence-open': () => 'this fenced block is never closed',
  'pattern-invalid': (p: P) =>
    `task block field "pattern" is not a regular expression the coach can run (RE2 syntax: no look-around, no back-references): ${p.detail}`,
  'yaml-unreadable': (p: P) => `YAML could not be read: ${p.detail}`,
  'yaml-error': (p: P) => `YAML: ${p.detail}`,
  'yaml-alias': (p: P) => `YAML: ${p.detail} (aliases are not allowed in lessons)`,
  'field-invalid': (p: P) => `${p.what}${p.field ? ` field "${p.field}"` : ''}: ${p.detail}`,
  'folder-name': () =>
    'this folder is not read: a track folder is named with its id (lower-case letters, digits and dashes)',
  'track-id-mismatch': (p: P) => `track id "${p.id}" must match its folder name "${p.folder}"`,
  'not-a-lesson-file': () => 'not read as a lesson: lesson files are named NN-slug.en.md or NN-slug.fr.md',
  'track-defined-twice': (p: P) =>
    `track "${p.id}" is already defined in ${p.other}; an extra folder adds lessons to it without its own track.yaml`,
  'no-track-yaml': (p: P) => `the folder "${p.track}" has no track.yaml: add one (id, order, title, summary)`,
  'duplicate-id': (p: P) => `duplicate lesson id "${p.id}": also used by ${p.other}`,
  'missing-language': (p: P) => `no ${p.lang === 'fr' ? 'French (.fr.md)' : 'English (.en.md)'} version of this lesson`,
  'parity-minutes': (p: P) => `minutes differ: ${p.here} here, ${p.there} in English (compared with ${p.other})`,
  'parity-version': (p: P) => `version differs: ${p.here} here, ${p.there} in English (compared with ${p.other})`,
  'parity-network': (p: P) => `"network" differs between the languages (compared with ${p.other})`,
  'parity-steps': (p: P) => `${p.here} steps here, ${p.there} in English (compared with ${p.other})`,
  'parity-kind': (p: P) =>
    `step ${p.step} is a ${p.here} step here but a ${p.there} step in English (compared with ${p.other})`,
  'parity-block': (p: P) => `step ${p.step}: ${p.here} here, ${p.there} in English (compared with ${p.other})`,
  'step-count': (p: P) => `${p.count} steps: a lesson has 3 to 6`,
  'no-quiz': () => 'no quiz: every lesson has at least one',
  'unknown-network': (p: P) => `unknown network section "${p.names}": use viva-engage, slack or teams`,
  'sections-need-network': () => 'network sections need "network: true" in the front matter',
  'map-needs-network': () => 'an evidence map by network needs "network: true" in the front matter',
  'requires-unknown': (p: P) => `"requires" names lessons that do not exist: ${p.ids}`,
  'parity-requires': (p: P) => `"requires" differs between the languages (compared with ${p.other})`,
  'url-example-missing': () =>
    'a url task with a "pattern" needs an "example:" link that the pattern accepts (it is shown when a link is refused)',
  'url-example-mismatch': (p: P) => `the "example:" link does not match the task's "pattern": ${p.example}`,
  'step-too-long': (p: P) =>
    `this step holds ${p.words} words of prose, more than ${p.limit} (the "Sources" line does not count): cut it, or split it into two steps`,
  'straight-apostrophe': (p: P) =>
    `straight apostrophe (') in French text, as in "${p.example}" (${p.count} in this step): use the typographic apostrophe (’)`,
  'parity-practice': (p: P) =>
    `the practices differ: ${p.here} here, ${p.there} in English (compared with ${p.other}); give both languages as many practices, with the same minutes and evidence`,
  'practice-apostrophe': (p: P) =>
    `straight apostrophe (') in this practice's French text, as in "${p.example}": use the typographic apostrophe (’)`,
};

const fr: typeof en = {
  'too-large': (p) => `le fichier dépasse ${p.kb}${_}Ko${_}: découpez la leçon`,
  'control-character': () =>
    `cette ligne contient un caractère de contrôle du terminal${_}: retirez-le (une leçon est du texte simple)`,
  'no-front-matter': () =>
    `le fichier doit commencer par un en-tête${_}: une ligne «${_}---${_}», les champs YAML, puis «${_}---${_}»`,
  'front-matter-open': () => `l’en-tête n’est pas fermé${_}: ajoutez une ligne «${_}---${_}» après ses champs`,
  'no-step': () => `la leçon n’a aucune étape${_}: chaque étape commence par un titre «${_}## ${_}»`,
  'block-outside-step': (p) => `un bloc ${p.kind} doit se trouver dans une étape (sous un titre «${_}## ${_}»)`,
  'two-blocks': (p) =>
    `une étape contient au plus un bloc${_}; cette étape (ligne ${p.stepLine}) a déjà un bloc ${p.kind}${_}: commencez une nouvelle étape «${_}## ${_}»`,
  'text-before-step': () => `du texte avant la première étape${_}: commencez chaque étape par un titre «${_}## ${_}»`,
  'fence-open': () => 'ce bloc de code n’est jamais fermé',
  'pattern-invalid': (p) =>
    `le champ «${_}pattern${_}» du bloc task n’est pas une expression régulière que le coach peut exécuter (syntaxe RE2${_}: ni assertion avant ou arrière, ni référence arrière)${_}: ${p.detail}`,
  'yaml-unreadable': (p) => `YAML illisible${_}: ${p.detail}`,
  'yaml-error': (p) => `YAML${_}: ${p.detail}`,
  'yaml-alias': (p) => `YAML${_}: ${p.detail} (les alias sont interdits dans les leçons)`,
  'field-invalid': (p) =>
    `${frWhat(String(p.what))}${p.field ? `, champ «${_}${p.field}${_}»` : ''}${_}: ${frDetail(String(p.detail))}`,
  'folder-name': () =>
    `ce dossier n’est pas lu${_}: un dossier de parcours porte son identifiant (minuscules, chiffres et tirets)`,
  'track-id-mismatch': (p) =>
    `l’identifiant de parcours «${_}${p.id}${_}» doit être le nom de son dossier, «${_}${p.folder}${_}»`,
  'not-a-lesson-file': () =>
    `pas lu comme une leçon${_}: les fichiers de leçon se nomment NN-nom.en.md ou NN-nom.fr.md`,
  'track-defined-twice': (p) =>
    `le parcours «${_}${p.id}${_}» est déjà défini dans ${p.other}${_}; un dossier en plus y ajoute des leçons sans son propre track.yaml`,
  'no-track-yaml': (p) =>
    `le dossier «${_}${p.track}${_}» n’a pas de track.yaml${_}: ajoutez-en un (id, order, title, summary)`,
  'duplicate-id': (p) => `identifiant de leçon en double «${_}${p.id}${_}»${_}: déjà utilisé par ${p.other}`,
  'missing-language': (p) =>
    `pas de version ${p.lang === 'fr' ? 'française (.fr.md)' : 'anglaise (.en.md)'} de cette leçon`,
  'parity-minutes': (p) => `durées différentes${_}: ${p.here} ici, ${p.there} en anglais (comparé à ${p.other})`,
  'parity-version': (p) => `versions différentes${_}: ${p.here} ici, ${p.there} en anglais (comparé à ${p.other})`,
  'parity-network': (p) => `«${_}network${_}» diffère entre les langues (comparé à ${p.other})`,
  'parity-steps': (p) => `${p.here}${_}étapes ici, ${p.there} en anglais (comparé à ${p.other})`,
  'parity-kind': (p) => `l’étape ${p.step} est de type ${p.here} ici mais ${p.there} en anglais (comparé à ${p.other})`,
  'parity-block': (p) => `étape ${p.step}${_}: ${p.here} ici, ${p.there} en anglais (comparé à ${p.other})`,
  'step-count': (p) => `${p.count}${_}étapes${_}: une leçon en a de 3 à 6`,
  'no-quiz': () => `aucun quiz${_}: chaque leçon en a au moins un`,
  'unknown-network': (p) => `section de réseau inconnue «${_}${p.names}${_}»${_}: utilisez viva-engage, slack ou teams`,
  'sections-need-network': () => `les sections par réseau demandent «${_}network: true${_}» dans l’en-tête`,
  'map-needs-network': () => `des preuves par réseau demandent «${_}network: true${_}» dans l’en-tête`,
  'requires-unknown': (p) => `«${_}requires${_}» nomme des leçons qui n’existent pas${_}: ${p.ids}`,
  'parity-requires': (p) => `«${_}requires${_}» diffère entre les langues (comparé à ${p.other})`,
  'url-example-missing': () =>
    `une tâche url avec un «${_}pattern${_}» demande un lien «${_}example:${_}» que le motif accepte (il est montré quand un lien est refusé)`,
  'url-example-mismatch': (p) =>
    `le lien «${_}example:${_}» ne correspond pas au «${_}pattern${_}» de la tâche${_}: ${p.example}`,
  'step-too-long': (p) =>
    `cette étape compte ${p.words}${_}mots de texte, plus que ${p.limit} (la ligne «${_}Sources${_}» ne compte pas)${_}: raccourcissez-la, ou scindez-la en deux étapes`,
  'straight-apostrophe': (p) =>
    `apostrophe droite dans le texte français, par exemple dans «${_}${p.example}${_}» (${p.count} dans cette étape)${_}: utilisez l’apostrophe typographique (’)`,
  'parity-practice': (p) =>
    `les pratiques diffèrent${_}: ${p.here} ici, ${p.there} en anglais (comparé à ${p.other})${_}; donnez aux deux langues autant de pratiques, avec les mêmes minutes et la même preuve`,
  'practice-apostrophe': (p) =>
    `apostrophe droite dans le texte français de cette pratique, par exemple dans «${_}${p.example}${_}»${_}: utilisez l’apostrophe typographique (’)`,
};

/** The blocks and files a field belongs to, as the English messages name them. */
const WHAT_FR: Record<string, string> = {
  'front matter': 'l’en-tête',
  'track.yaml': 'track.yaml',
  'task block': 'le bloc task',
  'quiz block': 'le bloc quiz',
  'reflect block': 'le bloc reflect',
  'checklist block': 'le bloc checklist',
};
function frWhat(what: string): string {
  return WHAT_FR[what] ?? what;
}

/** The schema's own messages (src/core/lessons/schema.ts); zod's built-in ones come in French from its locale. */
const DETAIL_FR: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be kebab-case: .*$/, () => 'doit être en minuscules, chiffres et tirets (par exemple linkedin-first-post)'],
  [/^must not be empty$/, () => 'ne doit pas être vide'],
  [/^must not contain terminal control characters$/, () => 'ne doit pas contenir de caractère de contrôle du terminal'],
  [/^must be between 3 and 20$/, () => 'doit être entre 3 et 20'],
  [/^must be between 1 and 5$/, () => 'doit être entre 1 et 5'],
  [/^must be one of: (.*)$/, (m) => `doit être l’un de${_}: ${m[1]}`],
  [/^min must not exceed max$/, () => 'min ne doit pas dépasser max'],
  [/^names no network$/, () => 'ne nomme aucun réseau'],
  [
    /^choice keys are single lower-case letters.*$/,
    () => 'les choix sont désignés par une lettre minuscule (a, b, c…)',
  ],
  [/^a quiz needs at least two choices$/, () => 'un quiz demande au moins deux choix'],
  [/^"(.*)" is not one of the choices \((.*)\)$/, (m) => `«${_}${m[1]}${_}» n’est pas l’un des choix (${m[2]})`],
];
function frDetail(detail: string): string {
  for (const [re, to] of DETAIL_FR) {
    const m = re.exec(detail);
    if (m) return to(m);
  }
  return detail;
}

export const LESSON_ISSUES = { en, fr };

/** An issue in the reader's language. */
export function issueText(lang: 'en' | 'fr', issue: Pick<LessonIssue, 'code' | 'params'>): string {
  return LESSON_ISSUES[lang][issue.code](issue.params);
}
