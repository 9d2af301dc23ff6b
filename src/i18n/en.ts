/**
 * Interface strings, English. `fr.ts` must provide every key with the same shape: a missing or
 * extra key is a type error, so it fails the build. Lesson text lives in lessons/, not here.
 */
import type { FlagProblem } from '../core/errors.js';

/** What is wrong with a command-line value, after "--flag: " (the flag is named, never a file's field). */
const flagWords: Record<FlagProblem, (p: { value: string; max: number; today: string }) => string> = {
  'bad-id': (p: { value: string }) =>
    `"${p.value}" is not an id: use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or a digit, e.g. comex-2027`,
  empty: () => 'is empty: give a value',
  'too-long': (p: { max: number }) => `is longer than ${p.max} characters`,
  'control-chars': () => 'holds control characters (a line break, a tab or an escape): give it on one line',
  'not-a-date': (p: { value: string }) => `${p.value} is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31`,
  'not-real-date': (p: { value: string }) => `${p.value} is not a real date (YYYY-MM-DD)`,
  'date-past': (p: { value: string; today: string }) =>
    `${p.value} is in the past (today is ${p.today}): give a later date, or add --allow-past to keep it`,
  'bad-email': (p: { value: string }) => `"${p.value}" is not an e-mail address`,
  'bad-url': (p: { value: string }) => `"${p.value}" is not an http(s) address, e.g. https://lrs.example.com/xapi/`,
  'bad-iri': (p: { value: string }) =>
    `"${p.value}" is not an IRI, e.g. https://learning.example.com/programs/comex-2027`,
};

/**
 * `eager`, plus each of `sections` as a property built on first use (and kept): a command reads a
 * few sections, and building all of them (hundreds of objects and closures) at every start cost
 * start-up time. The properties are enumerable getters, so the table reads, lists and compares
 * like a plain object (test/core/i18n.test.ts); French (fr.ts) gives the same shape as plain objects.
 */
function withSections<E extends object, S extends Record<string, () => unknown>>(
  eager: E,
  sections: S,
): E & { readonly [K in keyof S]: ReturnType<S[K]> } {
  for (const [key, build] of Object.entries(sections)) {
    let built: unknown;
    Object.defineProperty(eager, key, { enumerable: true, get: () => (built ??= build()) });
  }
  return eager as E & { readonly [K in keyof S]: ReturnType<S[K]> };
}

const commandWords = {
  usage: '[command] [options]',
  helpCommand: 'show help for a command',
  stepInvalid: 'give a step number: 1, 2, 3...',
  options: {
    version: 'print the version',
    help: 'show help for the command',
    lang: 'language of the coach and lessons: en or fr',
    lessons: 'an extra lesson folder (repeatable; also EXEC_COACH_LESSONS)',
    noColor: 'no colours (also NO_COLOR=1)',
    noInput: 'never ask questions; fail and name the missing argument (also EXEC_COACH_NO_INPUT=1)',
    debug: 'show technical details when something fails',
    json: 'print JSON for other programs',
    track: 'only the lessons of this track',
    step: 'only step N',
    answers: 'also show quiz answers (for authors)',
    all: 'every lesson',
    yes: 'confirm without asking',
    fix: 'repair what can be repaired without losing anything',
    unset: 'go back to the default',
    id: 'programme id (letters, digits, dots, dashes)',
    title: 'programme title, shown to learners',
    due: 'due date, YYYY-MM-DD',
    require: 'required tracks and lessons, comma-separated (repeatable)',
    lrs: 'learning record store endpoint (xAPI), optional',
    lrsUser: 'user name for the learning record store',
    activityBase: 'IRI under which the programme names its xAPI activities (default: urn:exec-coach:program:ID)',
    sponsorName: 'who sponsors the programme (shown to learners)',
    sponsorEmail: 'whom learners can write to',
    outDir: 'folder to write into (default: here)',
    force: 'replace existing files',
    yesNewKey: 'replace an existing key without asking (every enrolment already sent becomes invalid)',
    allowPast: 'accept a due date in the past',
    forceInvite: 'write again the enrolments this folder already holds for these learners',
    programFile: 'the programme file (ID.program.json)',
    keyFile: 'the programme key file (ID.key)',
    learnersFile: 'the roster: CSV with id (required), name, email, department',
    outFile: 'file to write (- for standard output)',
    nudgeOut: 'folder for the .eml files (created if its parent folder exists)',
    nudgeLearners: 'the roster: CSV with id and email, and name, lang (en or fr) if you have them',
    preview: 'show what will be sent, write nothing',
    format: 'table, csv, json, md, html or xlsx (default: from --out, else table on a terminal, json when piped)',
    by: 'one row per learner (default) or per lesson',
    delimiter: 'CSV separator (default: ; for a French report, as French Excel expects, else ,)',
    strict: 'exit 1 if any record was rejected or is unsigned',
    yesEnroll: 'replace an earlier enrolment without asking',
    backupOut: 'the backup file to write',
    notesFormat: 'text (default) or md (Markdown)',
    tz: "time zone of the dates and days shown, e.g. Europe/Paris (default: the system's)",
    lrsRead: 'read the statements from this learning record store (xAPI) instead of files',
    syncTimeout: 'give up after this many seconds (default 30); nothing is lost, the records wait',
    todayJson: "print today's practice and questions as JSON, ask nothing",
    ics: 'write the plan as an iCalendar file (.ics) to import in your calendar',
    at: 'time of the daily session, HH:MM (default 08:30)',
    days: 'days of the week, comma-separated: mon,tue,wed,thu,fri,sat,sun (default mon,tue,wed,thu,fri)',
  },
  args: {
    lesson: 'lesson id, as shown by `coach list`',
    lessons: 'lesson ids',
    key: 'setting: lang, name or network',
    value: 'new value',
    dirs: 'lesson folders (default: the bundled lessons and your extra folders)',
    file: 'the enrolment file',
    paths: 'record files or folders (read recursively)',
    backupFile: 'the backup file',
  },
};

/** The help of each command: one is shown per run (all of them for `coach --help`). */
const commandHelp = {
  home: () => ({
    summary: 'Open the home menu (on a terminal), or show a short status',
    examples: [
      ['coach', 'continue where you left off, choose a lesson, see progress'],
      ['coach --lang fr', 'the same, in French'],
    ] as [string, string][],
  }),
  list: () => ({
    summary: 'List the lessons by track, with your progress',
    examples: [
      ['coach list', 'every lesson'],
      ['coach list --track linkedin', 'one track'],
      ['coach list --json', 'for other programs'],
    ] as [string, string][],
  }),
  start: () => ({
    summary: 'Run a lesson from its first unfinished step',
    examples: [
      ['coach start', 'the next lesson for you'],
      ['coach start linkedin-first-post', 'a given lesson'],
    ] as [string, string][],
  }),
  show: () => ({
    summary: 'Print a lesson without questions (to read, preview or review)',
    examples: [
      ['coach show security-lock-down', 'the whole lesson'],
      ['coach show security-lock-down --step 2', 'one step'],
      ['coach show security-lock-down | less', 'plain Markdown when piped'],
    ] as [string, string][],
  }),
  notes: () => ({
    summary: 'Read your own reflections and texts again, by lesson and date (they stay on this computer)',
    examples: [
      ['coach notes', 'every note'],
      ['coach notes linkedin-first-post', 'one lesson'],
      ['coach notes --format md > notes.md', 'as Markdown, to keep elsewhere'],
    ] as [string, string][],
  }),
  today: () => ({
    summary: "Today's five minutes: one small real action from your lessons, and up to three review questions",
    examples: [
      ['coach today', 'the practice and the questions due today'],
      ['coach today --json', 'what is due, for other programs'],
    ] as [string, string][],
  }),
  plan: () => ({
    summary: 'Spread the lessons left into 15-minute sessions before the due date, or into your calendar',
    examples: [
      ['coach plan', 'one session a weekday, at 08:30'],
      ['coach plan --days mon,wed,fri --at 07:45', 'three mornings a week'],
      ['coach plan --ics lessons.ics', 'a calendar file to import'],
    ] as [string, string][],
  }),
  status: () => ({
    summary: 'Show your progress per track and what comes next',
    examples: [
      ['coach status', 'progress bars and the next lesson'],
      ['coach status --json', 'for other programs'],
    ] as [string, string][],
  }),
  reset: () => ({
    summary: 'Start lessons over (past completions are kept)',
    examples: [
      ['coach reset linkedin-first-post', 'one lesson, after confirming'],
      ['coach reset --all --yes', 'every lesson, without asking'],
    ] as [string, string][],
  }),
  config: () => ({
    summary: 'Read or change settings (lang, name, network)',
    examples: [
      ['coach config', 'every setting'],
      ['coach config lang fr', 'French from now on'],
      ['coach config network slack', 'your internal network'],
      ['coach config name --unset', 'back to the default'],
    ] as [string, string][],
  }),
  doctor: () => ({
    summary: 'Check the installation, your progress file and the lessons',
    examples: [
      ['coach doctor', 'check, change nothing'],
      ['coach doctor --fix', 'keep a damaged progress file aside and start again'],
    ] as [string, string][],
  }),
  program: () => ({
    summary: 'Create a programme (required lessons, due date) and its key',
    examples: [
      [
        'coach program init --id comex-2027 --title "Comex 2027" --due 2027-03-31 --require foundations,security',
        'writes comex-2027.program.json and comex-2027.key',
      ],
    ] as [string, string][],
  }),
  programInit: () => ({
    summary: 'Write the programme file and its secret key (mode 0600)',
    examples: [
      [
        'coach program init --id comex-2027 --title "Comex 2027" --due 2027-03-31 --require foundations,security,linkedin-first-post',
        'tracks and lessons may be mixed',
      ],
      ['coach program init ... --out hr/ --force', 'into hr/, replacing an earlier programme'],
    ] as [string, string][],
  }),
  invite: () => ({
    summary: 'Write one enrolment file per row of the roster',
    examples: [
      [
        'coach invite --program comex-2027.program.json --key comex-2027.key --learners learners.csv --out invitations/',
        'learners.csv: id,name,email,department',
      ],
    ] as [string, string][],
  }),
  enroll: () => ({
    summary: "Join a sponsor's programme from the enrolment file HR sent",
    examples: [
      ['coach enroll ~/Downloads/ceo-042.enrollment.json', 'join the programme'],
      ['coach enroll new.enrollment.json --yes', 'replace an earlier enrolment without asking'],
    ] as [string, string][],
  }),
  export: () => ({
    summary: 'Write your signed completion record for the sponsor',
    examples: [
      ['coach export --preview', 'see what the sponsor will receive'],
      ['coach export', 'write the record in this folder'],
      ['coach export --out record.json', 'choose the file'],
      ['coach export --out -', 'print it'],
    ] as [string, string][],
  }),
  report: () => ({
    summary: 'Check completion records and report who is done, late or not started',
    examples: [
      [
        'coach report records/ --program comex-2027.program.json --key comex-2027.key --learners learners.csv',
        'a table on the terminal',
      ],
      ['coach report records/ ... --out report.html', 'a page to share (format from the extension)'],
      ['coach report records/ ... --format csv --delimiter ";" --out report.csv', 'for Excel in French'],
      ['coach report records/ ... --by lesson', 'one row per lesson'],
    ] as [string, string][],
  }),
  backup: () => ({
    summary: 'Save all your progress and private notes to a file, to move to another computer',
    examples: [['coach backup --out ~/exec-coach-backup.json', 'write the backup (keep it private)']] as [
      string,
      string,
    ][],
  }),
  restore: () => ({
    summary: 'Bring progress back from a backup; newer progress here is never replaced',
    examples: [
      ['coach restore ~/exec-coach-backup.json', 'see what changes, confirm'],
      ['coach restore backup.json --yes', 'without asking'],
    ] as [string, string][],
  }),
  sync: () => ({
    summary: "Send your queued learning records to the sponsor's learning record store (xAPI)",
    examples: [
      ['coach sync', 'send what waits'],
      ['EXEC_COACH_LRS_PASSWORD=... coach sync', 'with the password in the environment'],
    ] as [string, string][],
  }),
  lint: () => ({
    summary: 'Check lesson folders before they ship',
    examples: [
      ['coach lint', 'the bundled lessons and your extra folders'],
      ['coach lint ./our-lessons', 'a folder of company lessons'],
    ] as [string, string][],
  }),
};

/** What the commands say, section by section: built when first read (withSections). */
const sections = {
  start: () => ({
    header: (title: string, track: string, minutes: string) => `${title} · ${track} · ${minutes}`,
    objective: 'Objective',
    resume: (i: number, n: number) => `Welcome back: resuming at step ${i} of ${n}.`,
    restart: 'You completed this lesson before. Start it again?',
    restartNeedsYes:
      'This lesson is already completed. To do it again, run `coach start LESSON` on a terminal, or `coach reset LESSON` first.',
    noTerminal:
      'Pass a lesson and run it in a terminal: `coach start LESSON`. To read a lesson without answering, use `coach show LESSON`.',
    allDone: 'You have completed every lesson. Well done. Review one with `coach show LESSON`.',
    trackDone: (track: string) => `You have completed every lesson of “${track}”. See the others with \`coach list\`.`,
    requires: (titles: string) => `This lesson builds on ${titles}, which you have not done yet.`,
    requiresQuestion: 'Do it first?',
    requiresFirst: (title: string) => `Yes: “${title}” first (recommended), then this lesson`,
    requiresGoOn: 'No: go on with this lesson now',
    backTo: (title: string) => `Now, back to “${title}”.`,
    pressEnter: 'Press Enter to continue',
    later: 'Progress saved. Run `coach start` when you are ready to continue.',
    finished: (title: string) => `Lesson complete: ${title}`,
    summary: (steps: number, minutes: number, quiz: string, outcome: string) =>
      `${steps} steps · ${minutes} min · quiz ${quiz} on the first try${outcome ? ` · ${outcome}` : ''}`,
    next: (title: string, id: string) => `Next: ${title}  →  coach start ${id}`,
    chooseNetwork: 'Which internal network does your company use? (you can change it with `coach config network`)',
    networkNote: (name: string) => `Instructions adapted to ${name}.`,
    langFallback: (lang: string) => `This lesson exists only in ${lang}.`,
  }),
  task: () => ({
    howDone: 'How do you want to record this?',
    pasteLink: 'I did it: paste the link',
    asDraft: 'I cannot publish now: keep it as a draft (the sponsor sees "draft")',
    doLater: 'I will do it later (progress saved)',
    attest: 'Have you done it?',
    attestYes: 'Yes, it is done',
    linkPrompt: (kind: string) => `Paste the link to ${kind}`,
    linkNumber: (i: number, n: number) => ` (${i} of ${n})`,
    textPrompt: 'Type your text.',
    draftPrompt: 'Type your draft. It stays on this computer.',
    accepted: 'Recorded.',
    draftAccepted: 'Draft kept on this computer. The lesson will show as completed in draft mode.',
    length: (n: number, max: string) => `${n} characters${max}`,
    xLength: (n: number, max: number) => `${n}/${max} as X counts them`,
    privateNote: 'What you type here stays on this computer.',
    insideWarning: (words: string[]) =>
      `Careful: this mentions ${words.map((w) => `"${w}"`).join(', ')}. Before results or a deal, such words can amount to disclosing inside information. Nothing is blocked, but read it again before you post anything similar.`,
    evidenceNames: {
      attest: 'your confirmation',
      text: 'your text',
      url: 'the page',
      'linkedin-profile': 'your LinkedIn profile',
      'linkedin-post': 'your LinkedIn post',
      'linkedin-comment': 'your LinkedIn comment',
      'x-profile': 'your X profile',
      'x-post': 'your X post',
      'facebook-post': 'your Facebook post',
      'instagram-post': 'your Instagram post',
      'youtube-video': 'the YouTube video',
      'viva-engage-thread': 'the Viva Engage conversation',
      'viva-engage-community': 'the Viva Engage community',
      'slack-message': 'the Slack message',
      'slack-canvas': 'the Slack canvas',
      'teams-message': 'the Teams message',
    } as Record<string, string>,
    refusals: {
      empty: 'Nothing was typed.',
      'not-a-link': (name: string) => `That is not a link. Paste the full address of ${name}, starting with https://.`,
      'not-https': 'The link must start with https://.',
      'wrong-shape': (name: string) => `That link does not look like ${name}.`,
      'before-start': (when: string) =>
        `That link dates from ${when}, before you started this lesson: post something new, then paste its link.`,
      beforeToday: (when: string) =>
        `That link dates from ${when}, before today: do today's practice, then paste its link.`,
      'in-future': (when: string) =>
        `That link carries a time in the future (${when}): check your computer's clock, or copy the link again.`,
      'not-public-channel':
        'That message is in a private conversation or a direct message: post it in a public channel, then copy its link.',
      'pattern-mismatch': 'That link is not the kind this lesson expects.',
      duplicate: 'You already gave that one: each item must be different.',
      'duplicate-parent': 'That is on the same post as an earlier one: choose a different post.',
      'too-short': (limit: number, length: number) => `Too short: ${length} characters, at least ${limit} expected.`,
      'too-long': (limit: number, length: number) => `Too long: ${length} characters, at most ${limit}.`,
      'too-few-lines': (limit: number, length: number) =>
        `Write at least ${limit} lines (${length} so far), one idea per line.`,
      example: (url: string) => `Expected something like: ${url}`,
      tryAgain: 'Try again, or press Enter on an empty line to choose another option.',
    },
  }),
  quiz: () => ({
    right: 'Right.',
    wrong: 'Not quite.',
    retry: 'Try again?',
    pickAll: 'Select every right answer (space to select, Enter to confirm)',
    answerWas: (letters: string) => `The answer: ${letters}.`,
    hint: (text: string) => `Hint: ${text} One more try.`,
    lookAgain: (step: number, title: string) => `Look again at step ${step}, “${title}”. One more try.`,
  }),
  write: () => ({
    help: (editor: string | undefined) =>
      `Enter on two empty lines, or Ctrl-D, to finish${editor ? ` · Ctrl-O: open in ${editor}` : ''}`,
    emptyQuestion: 'Nothing is written yet. What would you like to do?',
    writeNow: 'Write it now',
    later: 'Come back to it later (your place in the lesson is kept)',
    backForEditing: 'Your text is back in the editor: change what is needed, nothing is lost.',
    keepOrEdit: 'Keep this text, or edit it first?',
    keep: 'Keep it as it is',
    edit: 'Edit it',
    lengthX: (n: number, max: number) => `${n}/${max}, as X counts them`,
    lengthChars: (n: number, max: number | undefined) =>
      max === undefined ? `${n} characters` : `${n}/${max.toLocaleString('en')} characters`,
    previewTitle: 'What the feed shows before “…see more”:',
    seeMore: '…see more',
    quote: (word: string) => `“${word}”`,
    suggestions: {
      opener: (opener: string) =>
        `Your first line opens with “${opener}”: start with the point instead (what changed, a figure, a question). The feed shows only the first lines.`,
      firstLineLong: (n: number) =>
        `Your first line runs to ${n} characters; the feed shows about two lines. Put the point first, then break the line.`,
      noQuestion: 'End with a question or an invitation to reply: a post that asks gets answers.',
    },
  }),
  welcome: () => ({
    title: 'Welcome to exec-coach.',
    what: (n: number) =>
      `${n} short lessons, 10 to 15 minutes each, each with one real action on LinkedIn, X, your internal network and the rest. The coach checks what it can and tells you what comes next.`,
    private: 'What you write here (reflections, drafts, links) stays on this computer.',
    sponsorSees: (program: string) =>
      `For “${program}”, your sponsor receives only which lessons you completed, when, for how long, and your quiz scores: never your texts. \`coach export --preview\` shows it exactly.`,
    nobodySees:
      'Nobody else sees your progress: if your company enrols you, you will see what is shared before anything is.',
    askLang: 'Which language for the coach and the lessons?',
    askNetwork: 'Which internal network does your company use? (you can change it with `coach config network`)',
    saved: 'Saved. Your first lesson starts now.',
  }),
  notes: () => ({
    title: 'Your notes',
    none: 'No notes yet: your reflections and the texts you write in lessons appear here. They stay on this computer.',
    kinds: { reflection: 'reflection', text: 'your text', draft: 'draft' } as Record<
      'reflection' | 'text' | 'draft',
      string
    >,
    step: (n: number, title: string) => `step ${n}, “${title}”`,
  }),
  today: () => ({
    title: (date: string) => `Today, ${date}`,
    /** A calendar day (YYYY-MM-DD) as the learner reads it. */
    date: (day: string) =>
      new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      ),
    practice: (minutes: number, title: string) => `Today's practice, ${minutes} min, from “${title}”:`,
    practiceDone: "Today's practice is done.",
    practiceRecorded: 'Practice done: well done.',
    practiceLater: "It stays today's practice until midnight: run `coach today` again once it is done.",
    review: (i: number, n: number, title: string) => `Review question ${i} of ${n}, from “${title}”`,
    reviewsDue: (n: number) => `${n} review ${n === 1 ? 'question is' : 'questions are'} due today.`,
    inTerminal: 'Run `coach today` in a terminal to do it.',
    nothingYet:
      'Nothing for today yet: the daily practice and the review questions come from the lessons you have completed. Start one with `coach start`.',
    nothingLeft: (next: string | null) =>
      `Nothing left for today${next ? `: the next review question comes on ${next}` : ''}. See you tomorrow.`,
    allDone: (right: number, asked: number, next: string | null) =>
      `That is all for today${asked ? `: ${right} of ${asked} review ${asked === 1 ? 'answer' : 'answers'} right` : ''}.${next ? ` Next review question: ${next}.` : ''}`,
  }),
  rhythm: () => ({
    title: (n: number) => `Practice, last ${n} weeks (days with practice each week, oldest first):`,
    run: (n: number) =>
      n === 0
        ? 'no run of active weeks yet: a practice this week starts one'
        : `${n} active ${n === 1 ? 'week' : 'weeks'} in a row`,
    due: (practice: boolean, questions: number) =>
      `Due today: ${[practice ? 'a practice' : '', questions ? `${questions} review ${questions === 1 ? 'question' : 'questions'}` : ''].filter(Boolean).join(' and ')}  →  coach today`,
    nothingDue: (next: string | null) => `Nothing due today${next ? `; next review question on ${next}` : ''}.`,
  }),
  plan: () => ({
    title: (n: number, days: string, at: string, until: string) =>
      `Your plan: ${n} ${n === 1 ? 'lesson' : 'lessons'}, on ${days} at ${at}, until ${until}`,
    columns: { date: 'Date', time: 'Time', lesson: 'Lesson', minutes: 'Length' },
    dayNames: {
      mon: 'Mondays',
      tue: 'Tuesdays',
      wed: 'Wednesdays',
      thu: 'Thursdays',
      fri: 'Fridays',
      sat: 'Saturdays',
      sun: 'Sundays',
    } as Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string>,
    list: (names: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(names),
    date: (day: string) =>
      new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      ),
    required: 'required',
    noProgram: 'No programme: planned over the next four weeks.',
    tooFew: (n: number, required: number, until: string, days: string) =>
      `${n} ${n === 1 ? 'lesson does' : 'lessons do'} not fit before ${until}${required ? ` (${required} of them required)` : ''}. More days would make room: --days ${days}`,
    tooFewAllDays: (n: number, required: number, until: string) =>
      `${n} ${n === 1 ? 'lesson does' : 'lessons do'} not fit before ${until}${required ? ` (${required} of them required)` : ''}, even on every day of the week: start today, and tell your sponsor if the date cannot be kept.`,
    nothing: 'Nothing to plan: every lesson is completed.',
    written: (n: number, file: string) => `Calendar written, ${n} ${n === 1 ? 'session' : 'sessions'}: ${file}
Import it in Outlook, Google Calendar or Apple Calendar.`,
    calendarName: 'exec-coach: my lessons',
    event: (minutes: number, command: string) => `${minutes} min. In a terminal: ${command}`,
  }),
  draft: () => ({
    yourDraft: (step: number) => `Your text from step ${step}, ready to copy:`,
    copied: 'It was also sent to your clipboard. If nothing was copied, the text above is your draft.',
    keepEarlier: (step: number) =>
      `I cannot publish now: keep the text from step ${step} as a draft (the sponsor sees “draft”)`,
  }),
  reflect: () => ({
    note: 'Private: this stays on this computer and is never sent to anyone.',
    optional: '(optional: Enter twice to skip)',
  }),
  checklist: () => ({
    prompt: 'Tick each item you have done (space to tick, Enter to confirm)',
    incomplete: (done: number, total: number) => `${done} of ${total} ticked. Every item is needed for this step.`,
    again: 'Tick them now',
  }),
  list: () => ({
    title: 'Lessons',
    track: (title: string, done: number, total: number) => `${title}  ${done}/${total}`,
    requiredMark: 'required by your programme',
    hint: 'Start one with `coach start LESSON`, or just `coach start` for the next one.',
    empty: 'No lessons found.',
  }),
  show: () => ({
    objective: 'Objective',
    quiz: 'Quiz',
    answer: 'Answer',
    explain: 'Why',
    task: 'Task',
    evidence: (what: string) => `What you record: ${what}.`,
    count: (what: string, n: number) => `${what} (${n} different ones)`,
    draftOk: 'If you cannot publish, a draft is accepted.',
    onNetwork: (network: string, what: string) => `on ${network}, ${what}`,
    or: '; ',
    reflect: 'Private reflection',
    checklist: 'Checklist',
    forNetwork: (names: string) => `For ${names}:`,
  }),
  status: () => ({
    title: 'Your progress',
    overall: (done: number, total: number) => `${done} of ${total} lessons completed`,
    inProgress: (title: string, step: string) => `In progress: ${title} (${step})`,
    next: (id: string) => `Next: coach start ${id}`,
    nothingNext: 'Nothing left to suggest: every lesson is done.',
    oneLine: (done: number, total: number, next: string | null) =>
      `${done}/${total} lessons completed${next ? ` · next: coach start ${next}` : ''}`,
  }),
  reset: () => ({
    confirm: (ids: string) => `Start over ${ids}? Past completions stay in your history.`,
    needsYes: 'Add --yes to confirm when not on a terminal: `coach reset LESSON --yes`.',
    needsTarget: 'Name the lessons to start over, or pass --all.',
    done: (n: number) => `${n} ${n === 1 ? 'lesson' : 'lessons'} reset. Past completions are kept.`,
    cancelled: 'Nothing was reset.',
    nothing: 'Nothing to reset: those lessons were not started.',
  }),
  config: () => ({
    set: (key: string, value: string) => `${key} = ${value}`,
    unset: (key: string) => `${key} is back to its default.`,
    notSet: 'not set',
    keys: {
      lang: 'language of the coach and lessons (en or fr)',
      name: 'how the coach greets you',
      network: 'your internal network (viva-engage, slack or teams)',
    } as Record<'lang' | 'name' | 'network', string>,
  }),
  doctor: () => ({
    title: 'exec-coach check-up',
    ok: 'ok',
    problem: 'problem',
    node: (v: string) => `Node.js ${v}`,
    nodeOld: (v: string) => `Node.js ${v}: exec-coach needs 20.19 or newer`,
    home: (dir: string) => `State folder: ${dir}`,
    storeFresh: 'Progress file: none yet (created at your first lesson)',
    storeOk: (n: number) => `Progress file: readable, ${n} lessons with progress`,
    storeBad: 'Progress file: cannot be used',
    recoverable: (n: number) =>
      `Recoverable: ${n} lessons with progress, and your settings and enrolment if they can be read.`,
    fixHint:
      'Run `coach doctor --fix` to keep this file aside under a new name and start again with what can be recovered.',
    fixed: (aside: string, n: number) =>
      `Kept the old file as ${aside}. New progress file started with ${n} recovered lessons.`,
    nothingToFix: 'Nothing to fix.',
    leftovers: (n: number) =>
      `Temporary files left by interrupted saves: ${n} (your progress is intact; \`coach doctor --fix\` removes them)`,
    leftoversRemoved: (n: number) => `Temporary files left by interrupted saves: ${n} removed`,
    lessons: (n: number, dirs: number) => `Lessons: ${n} found in ${dirs} ${dirs === 1 ? 'folder' : 'folders'}`,
    lessonProblems: (n: number) => `Lesson problems: ${n} (details: coach lint)`,
    language: (lang: string) => `Language: ${lang}`,
    terminal: (yes: boolean): string => (yes ? 'Terminal: interactive' : 'Terminal: not interactive (prompts are off)'),
    allGood: 'Everything looks fine.',
  }),
  lint: () => ({
    error: 'error',
    warning: 'warning',
    ok: (lessons: number, files: number) => `${lessons} lessons, ${files} files: no problem found.`,
    warnings: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  }),
  home: () => ({
    greeting: (name: string) => `Hello ${name}.`,
    question: 'What would you like to do?',
    continue: (title: string) => `Continue: ${title}`,
    startNext: (title: string) => `Start the next lesson: ${title}`,
    choose: 'Choose a lesson',
    progress: 'My progress',
    settings: 'Settings',
    quit: 'Quit',
    pickLesson: 'Which lesson?',
    pickSetting: 'Which setting?',
    pickLang: 'Language',
    pickName: 'Your name (as the coach greets you)',
    back: 'Back',
    today: (minutes: number | null, questions: number) =>
      `Today: ${[minutes ? `a ${minutes}-minute practice` : '', questions ? `${questions} review ${questions === 1 ? 'question' : 'questions'}` : ''].filter(Boolean).join(' and ')}`,
  }),
  sponsor: () => ({
    programWritten: (title: string, n: number, due: string) =>
      `Programme "${title}": ${n} required lessons, due ${due}.`,
    keepKeySecret: (key: string) =>
      `Keep ${key} secret: it signs every learner's record. Never send it; send only the enrolment files.`,
    nextInvite: (program: string, key: string) =>
      `Next: coach invite --program ${program} --key ${key} --learners learners.csv --out invitations/`,
    invited: (n: number, dir: string, skipped: number) =>
      `${n} enrolment ${n === 1 ? 'file' : 'files'} written to ${dir}${skipped ? `; ${skipped} ${skipped === 1 ? 'row' : 'rows'} skipped (see above)` : ''}. Send each executive their own file; they run \`coach enroll FILE\`.`,
    reportWritten: (learners: number, rejected: number, file: string) =>
      `Report on ${learners} learners written to ${file}${rejected ? ` (${rejected} ${rejected === 1 ? 'file' : 'files'} rejected, listed in the report)` : ''}.`,
    rejectedCount: (n: number) => `${n} ${n === 1 ? 'file was' : 'files were'} rejected: see the list in the report.`,
    keyOpen: (file: string) =>
      `Warning: this key file can be read by other users of this computer: ${file}\nAnyone who reads it can sign records for every learner. Make it private: chmod 600 "${file}"`,
  }),
  roster: () => ({
    empty: () => 'the file is empty: the first line must be a header such as id,name,email,department',
    'no-id-column': (p: Record<string, string | number>) =>
      `no "id" column in the header (found: ${p.found}): call the column of learner ids "id" or "identifiant"`,
    'no-id': () => 'no id on this row',
    'bad-id': (p: Record<string, string | number>) =>
      `id "${p.id}" must be 1–64 letters, digits, dots, dashes or underscores`,
    'duplicate-id': (p: Record<string, string | number>) => `id "${p.id}" already appears on line ${p.first}`,
    'bad-field': (p: Record<string, string | number>) => `${p.column} is too long or holds control characters`,
    'bad-email': (p: Record<string, string | number>) => `email "${p.value}" is not an address`,
    'bad-lang': (p: Record<string, string | number>) => `language "${p.value}" is not en or fr`,
    'unknown-column': (p: Record<string, string | number>) =>
      `columns ignored: ${p.columns} (the coach reads id, name, first name, last name, email, department, lang and manager, in English or French)`,
    'repeated-column': (p: Record<string, string | number>) =>
      `columns given twice, only the first one is read: ${p.columns}`,
    'case-duplicate-id': (p: Record<string, string | number>) =>
      `id "${p.id}" differs from "${p.other}" (line ${p.first}) only in upper and lower case: ids are used exactly as written, and these two would be one file on Windows and macOS. Keep one of them, or give two clearly different ids`,
    'control-char': (p: Record<string, string | number>) =>
      `this line holds a control character (${p.char}) that no spreadsheet writes in a CSV file: save the roster again from the spreadsheet as "CSV UTF-8"`,
    xlsx: () =>
      'this is an Excel workbook (.xlsx), not a CSV file: in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" and give that file',
    xls: () =>
      'this is an Excel 97-2003 workbook (.xls), not a CSV file: in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" and give that file',
    binary: () => 'this is not a text file: save the roster from your spreadsheet as "CSV UTF-8"',
    'bad-encoding': () =>
      'the text of this file is damaged (it announces UTF-16 but is not): save the roster again from your spreadsheet as "CSV UTF-8"',
  }),
  /** Issue 15: the questions and notes around a programme's key. */
  programKey: () => ({
    replaceAsk: (file: string) =>
      `${file} already exists. A new key makes every enrolment already sent for this programme invalid: the learners' records will be rejected until each of them gets a new enrolment file. Replace the key?`,
    kept: 'Nothing was changed: the key and the programme are as they were.',
    replaced: (file: string) =>
      `The key ${file} was replaced: every learner needs a new enrolment file (coach invite ... --force).`,
  }),
  enroll: () => ({
    already: (title: string) => `You are already enrolled in "${title}" with this file. Nothing changed.`,
    confirmRenew: (title: string) =>
      `You are already enrolled in "${title}". Replace it with this newer invitation? (your progress stays)`,
    confirmReplace: (current: string, next: string) =>
      `You are enrolled in "${current}". Leave it for "${next}"? (your progress stays)`,
    cancelled: 'Nothing changed.',
    welcome: (title: string, who: string) => `Welcome to "${title}", ${who}.`,
    details: (n: number, due: string, days: number) =>
      `${n} required lessons, due ${due} (${days >= 0 ? `${days} days left` : `${-days} days late`}). They come first in \`coach\` and \`coach list\`.`,
    lessonsMissing: (dir: string) =>
      `Your programme ships lessons in a folder that is not here: ${dir}\nPut the folder your sponsor sent beside the enrolment file, then run \`coach enroll FILE\` again.`,
    missingLessons: (ids: string) =>
      `This version of exec-coach does not have these required lessons: ${ids}. Update exec-coach, or ask your sponsor.`,
    next: 'Start with `coach start`. When you are done, send your record with `coach export`.',
    lrsWhat: (host: string, learner: string) =>
      `This programme reports to a learning record store at ${host}. What will be sent there, after each lesson and by \`coach sync\`:\n  - when you open a lesson (launched), each step you finish (progressed), each lesson you complete (completed, with its duration and live or draft mode);\n  - your first answer to each quiz question, right or wrong;\n  - your learner id, ${learner} (no name, no e-mail).\nNever sent: your texts, links, reflections or notes.`,
    lrsConfirm: (host: string) => `Send these learning records to ${host}?`,
  }),
  /** `coach nudge`: the reminder e-mails (in the learner's language) and what the command says to HR. */
  nudge: () => ({
    help: {
      summary:
        'Write a reminder e-mail (.eml) for each learner who is late or has not started, to send from your mail client',
      examples: [
        [
          'coach nudge records/ --program comex-2027.program.json --key comex-2027.key --learners learners.csv --out reminders/',
          'one .eml per learner to remind',
        ],
        ['coach nudge records/ ... --out reminders/ --json', 'the list, for other tools'],
        ['coach nudge records/ ... --out reminders/ --lang fr', 'in French for learners without a lang in the roster'],
      ] as [string, string][],
    },
    mail: {
      subject: (program: string, left: number, due: string, late: boolean) =>
        `Reminder: ${program} (${left} ${left === 1 ? 'lesson' : 'lessons'} left, ${late ? 'was due' : 'due'} ${due})`,
      subjectNoRecord: (program: string, due: string, late: boolean) =>
        `Reminder: ${program} (${late ? 'was due' : 'due'} ${due})`,
      hello: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
      late: (program: string, due: string, days: number) =>
        `This is a reminder about the programme "${program}": it was due on ${due}, ${days} ${days === 1 ? 'day' : 'days'} ago.`,
      notStarted: (program: string, due: string) =>
        `This is a reminder about the programme "${program}", due on ${due}: you have not started it yet.`,
      noRecord: (program: string, due: string) =>
        `This is a reminder about the programme "${program}", due on ${due}: your progress has not reached us yet.`,
      notReached: 'Your progress has not reached us yet.',
      left: (n: number) => `${n} required ${n === 1 ? 'lesson is' : 'lessons are'} left:`,
      required: 'The required lessons:',
      begin: 'To begin, open a terminal and run:',
      goOn: 'To go on, open a terminal and run:',
      beginOrGoOn: 'To begin, or to go on, open a terminal and run:',
      minutes: 'Each lesson takes a few minutes, and the coach picks up where you left off.',
      export: 'When you have finished, run `coach export` and send us the file it writes.',
      exportNoRecord: 'If you have already done some of them, run `coach export` now and send us the file it writes.',
      lrs: 'Your progress reaches us by itself after each lesson (or with `coach sync`).',
      lrsNoRecord: 'If you have already done some of them, run `coach sync` so that your progress reaches us.',
      thanks: 'Thank you,',
    },
    columns: { learner: 'Learner', email: 'E-mail', reason: 'Reason', file: 'File' },
    reasons: {
      late: 'late',
      'not-started': 'not started',
      'no-record': 'no record',
      'not-needed': 'not needed',
      'no-email': 'no e-mail',
      'bad-email': 'address not usable',
      'not-in-roster': 'not in the roster',
    } as Record<
      'late' | 'not-started' | 'no-record' | 'not-needed' | 'no-email' | 'bad-email' | 'not-in-roster',
      string
    >,
    written: (n: number, dir: string) =>
      `${n} ${n === 1 ? 'reminder' : 'reminders'} written to ${dir}. Open each file in your mail client (it opens as a message to send), check it and send it.`,
    none: 'Nobody needs a reminder: no file written.',
    replaced: (n: number) => `${n} of them replaced the reminder of the same learner from an earlier run.`,
    removed: (n: number) =>
      `${n} earlier ${n === 1 ? 'reminder was' : 'reminders were'} removed: ${n === 1 ? 'that learner no longer needs one' : 'those learners no longer need one'}.`,
    unreachable: (n: number) =>
      `${n} ${n === 1 ? 'learner needs' : 'learners need'} a reminder but ${n === 1 ? 'has' : 'have'} no usable e-mail address in the roster (see the list).`,
    programLang: (language: string) =>
      `Learners without a lang in the roster get their reminder in ${language}, the language of this coach (--lang en or --lang fr to change it).`,
  }),
  exportRecord: () => ({
    unsigned:
      'You have not joined a programme (`coach enroll FILE`): this record is not signed, and your sponsor will see it as "unsigned".',
    previewTitle: (title: string) => `What your sponsor will receive for "${title}"`,
    noProgram: 'no programme',
    previewLearner: (id: string) => `Learner id: ${id} (no name, no e-mail)`,
    previewEmpty: 'No lesson started yet.',
    previewNever:
      'Never included: your reflections, drafts, the texts you wrote and the links you gave. They stay on this computer.',
    written: (n: number, file: string) =>
      `Record written (${n} lessons completed): ${file}\nSend this file to your sponsor.`,
  }),
  backup: () => ({
    written: (n: number, file: string) =>
      `Backup written (${n} lessons with progress, private notes included): ${file}\nKeep it as private as your notes. On the other computer: \`coach restore FILE\`.`,
    plan: (restored: number, kept: number, added: number) =>
      `From the backup: ${restored} lessons to restore, ${kept} kept here because they are newer here, ${added} past completions to add.`,
    nothing: 'Nothing to restore: this computer already has everything in the backup, or newer.',
    confirm: 'Restore now?',
    needsYes: 'Add --yes to restore without a terminal: `coach restore FILE --yes`.',
    cancelled: 'Nothing was changed.',
    done: (n: number) => `Restored ${n} lessons.`,
    kept: (ids: string) => `Kept the newer progress on this computer for: ${ids}.`,
    enrollmentInvalid: (field: string, message: string) =>
      `The enrolment in the backup was not restored: field "${field}" ${message}. To join the programme, run \`coach enroll FILE\` with the file your sponsor sent.`,
    enrollmentAsk: (title: string, host: string) =>
      `The backup also holds your enrolment in "${title}"${host ? `, which sends learning records to ${host}` : ''}. Restore it too?`,
    enrollmentSkipped: 'The enrolment in the backup was not restored; run `coach enroll FILE` to join the programme.',
  }),
  sync: () => ({
    sent: (n: number, endpoint: string) =>
      `Sent ${n} ${n === 1 ? 'statement' : 'statements'} to ${endpoint}. Nothing waits.`,
    nothing: 'Nothing to send: every learning record has reached the learning record store.',
    laterNote: (n: number) =>
      `The learning record store could not be reached just now: ${n} statements wait on this computer. They will go with \`coach sync\` or after your next lesson.`,
    queued: (n: number) => `${n} learning ${n === 1 ? 'record waits' : 'records wait'} to be sent (coach sync).`,
    doctorOk: (endpoint: string) => `Learning record store: reachable, credentials accepted (${endpoint})`,
    doctorBad: (endpoint: string, why: string) => `Learning record store: ${why} (${endpoint})`,
    doctorQueue: (n: number) => `Statements waiting to be sent: ${n}`,
    otherEnrollment: (n: number) =>
      `${n} statements from an earlier enrolment wait: they go only to that programme's learning record store, never to this one. Join that programme again (\`coach enroll FILE\`) to send them.`,
    progress: (sent: number, total: number, attempt: number, waitS: number) =>
      `Sending to the learning record store: ${sent} of ${total} sent, attempt ${attempt}${waitS > 0 ? `, next try in ${waitS}\u00a0s` : ''}...`,
  }),
  program: () => ({
    learner: (who: string) => `Learner: ${who}`,
    line: (title: string, due: string, days: number) =>
      `Programme: ${title}, due ${due} (${days >= 0 ? `${days} days left` : `${-days} days late`})`,
    required: (done: number, total: number) => `Required lessons: ${done}/${total} completed`,
  }),
  /** The report's progress line (stderr, on a terminal, for reports that take over a second). */
  reportProgress: () => ({
    reading: (done: number, total: number) =>
      `Checking records: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`,
  }),
};

const eager = {
  lang: 'en' as 'en' | 'fr',
  languageName: 'English',
  common: {
    /** Before a colon, French puts a non-breaking space. */
    colon: ':',
    minutes: (n: number) => `${n} min`,
    step: (i: number, n: number) => `Step ${i}/${n}`,
    yes: 'Yes',
    no: 'No',
    none: 'none',
    required: 'required',
    optionalTrack: 'optional',
    status: { 'not-started': 'not started', 'in-progress': 'in progress', completed: 'completed' } as Record<
      'not-started' | 'in-progress' | 'completed',
      string
    >,
    mode: { live: 'live', draft: 'draft' } as Record<'live' | 'draft', string>,
    /** How a lesson that publishes ended: what the learner and the sponsor read instead of a mode. */
    outcome: { live: 'published', draft: 'drafted' } as Record<'live' | 'draft', string>,
    networks: { 'viva-engage': 'Viva Engage', slack: 'Slack', teams: 'Microsoft Teams' } as Record<
      'viva-engage' | 'slack' | 'teams',
      string
    >,
  },
  errors: {
    prefix: 'Error',
    'store-unreadable': (p: { file: string; reason: string }) =>
      `Your progress file cannot be read (${p.reason}): ${p.file}\nNothing was changed. Check the file's permissions, or run \`coach doctor\`.`,
    'store-not-json': (p: { file: string; detail: string }) =>
      `Your progress file is damaged (${p.detail}): ${p.file}\nNothing was changed. Run \`coach doctor\` to see what can be recovered, then \`coach doctor --fix\` to keep a copy aside and start again.`,
    'store-wrong-shape': (p: { file: string; field: string }) =>
      `Your progress file has an unexpected content at "${p.field}": ${p.file}\nNothing was changed. Run \`coach doctor\`, then \`coach doctor --fix\` to keep a copy aside and recover what can be recovered.`,
    'store-future': (p: { file: string; version: number }) =>
      `Your progress file was written by a newer version of exec-coach (format ${p.version}): ${p.file}\nNothing was changed. Update exec-coach (npm install -g exec-coach@latest) and try again.`,
    'store-is-folder': (p: { file: string }) =>
      `A folder stands where your progress file should be: ${p.file}\nNothing was changed. Move or rename that folder, or run \`coach doctor --fix\`.`,
    'store-write-failed': (p: { file: string; reason: string }) =>
      `Your progress could not be saved (${p.reason}): ${p.file}\nCheck that the disk is not full and that you can write to that folder, then run the command again.`,
    'store-busy': (p: { file: string }) =>
      `Another coach is saving progress right now and did not finish in time: ${p.file}\nWait a few seconds and try again: a lock left by a coach that was stopped expires by itself.`,
    'lesson-unknown': (p: { id: string; suggestions: string }) =>
      `There is no lesson "${p.id}".${p.suggestions ? ` Did you mean: ${p.suggestions}?` : ''}\nSee all lessons with \`coach list\`.`,
    'lesson-broken': (p: { id: string; file: string; line: number; message: string }) =>
      `The lesson "${p.id}" cannot be read: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\nOther lessons still work. Ask the lesson's author to fix it (\`coach lint\` lists every problem).`,
    'lesson-no-language': (p: { id: string }) => `The lesson "${p.id}" has no text to show.`,
    'input-needed': (p: { what: string }) => `This needs an answer, and there is no terminal to ask it on. ${p.what}`,
    'step-out-of-range': (p: { id: string; step: number; total: number }) =>
      `The lesson "${p.id}" has ${p.total} steps; there is no step ${p.step}. Use --step 1 to ${p.total}.`,
    'config-key-unknown': (p: { key: string; keys: string }) => `There is no setting "${p.key}". Settings: ${p.keys}.`,
    'config-value-invalid': (p: { key: string; allowed: string }) =>
      `That value does not fit "${p.key}". Allowed: ${p.allowed}.`,
    'track-unknown': (p: { track: string; tracks: string }) => `There is no track "${p.track}". Tracks: ${p.tracks}.`,
    'lint-failed': (p: { errors: number }) =>
      `${p.errors} ${p.errors === 1 ? 'problem' : 'problems'} to fix before these lessons can ship.`,
    'lessons-dir-missing': (p: { dir: string }) =>
      `This lesson folder does not exist: ${p.dir}\nCheck --lessons, EXEC_COACH_LESSONS, or the folder you gave to \`coach lint\`.`,
    'lessons-dir-unreadable': (p: { dir: string; reason: string }) =>
      `This lesson folder cannot be read (${p.reason}): ${p.dir}\nGive your user the right to read it (or remove it from --lessons, EXEC_COACH_LESSONS or your programme), then try again. Commands that do not show lessons still work.`,
    'command-unknown': (p: { name: string; suggestions: string }) =>
      `There is no command "${p.name}".${p.suggestions ? ` Did you mean: ${p.suggestions}?` : ''}\nSee the commands with \`coach --help\`.`,
    'file-missing': (p: { file: string }) => `This file does not exist: ${p.file}\nCheck the path, then try again.`,
    'file-unreadable': (p: { file: string; reason: string }) =>
      `This file cannot be read (${p.reason}): ${p.file}\nCheck its permissions, then try again.`,
    'file-too-large': (p: { file: string; limit: string }) =>
      `This file is larger than ${p.limit}, too large to be what exec-coach expects: ${p.file}`,
    'file-not-json': (p: { file: string; detail: string }) =>
      `This file is not valid JSON (${p.detail}): ${p.file}\nAsk for a fresh copy of the file.`,
    'file-invalid': (p: { file: string; what: string; field: string; message: string }) =>
      `This is not a valid ${p.what}: field "${p.field}" ${p.message}: ${p.file}\nAsk for a fresh copy of the file.`,
    'file-exists': (p: { file: string; flag: string }) =>
      `This file already exists and was left as it is: ${p.file}\nTo replace it, add ${p.flag}; to keep it, choose another folder with --out.`,
    'file-write-failed': (p: { file: string; reason: string }) =>
      `This file could not be written (${p.reason}): ${p.file}\nNothing was changed. Try again, or choose another place with --out.`,
    'disk-full': (p: { file: string }) =>
      `The disk is full: ${p.file} could not be written.\nNothing was changed and no partial file was left. Free some space, or choose another disk with --out, then try again.`,
    'folder-read-only': (p: { file: string; dir: string }) =>
      `This folder is read-only: ${p.dir}\n${p.file} was not written. Choose a folder you can write to with --out.`,
    'folder-missing': (p: { file: string; dir: string }) =>
      `This folder does not exist: ${p.dir}\n${p.file} was not written. Create the folder first, or choose another one with --out.`,
    'folder-not-writable': (p: { file: string; dir: string }) =>
      `You are not allowed to write in this folder: ${p.dir}\n${p.file} was not written. Choose a folder of yours with --out, or ask for write access.`,
    'key-invalid': (p: { file: string }) =>
      `This is not an exec-coach key file (32 bytes in base64url): ${p.file}\nUse the .key file written by \`coach program init\`.`,
    // Issue 15: rosters as HR has them, keys and programmes that protect HR from mistakes.
    'key-mismatch': (p: { program: string; key: string; expected: string; actual: string }) =>
      `This key is not the key of this programme: ${p.key}\nThe programme ${p.program} was made with the key ${p.expected}; this one is ${p.actual}. Nothing was written. Give the .key file that \`coach program init\` wrote with this programme (records checked with another key would all be rejected).`,
    'key-replace-confirm': (p: { file: string }) =>
      `A key already exists: ${p.file}\nA new key makes every enrolment already sent for this programme invalid: the learners' records would be rejected until each of them gets a new enrolment file. Nothing was changed. There is no terminal to ask you: add --yes to replace the key anyway.`,
    'flag-invalid': (p: { flag: string; value: string; problem: FlagProblem; max: number; today: string }) =>
      `${p.flag}: ${flagWords[p.problem](p)}. Nothing was written.`,
    'roster-unusable': (p: { file: string; line: number; reason: string }) =>
      `This roster cannot be used: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}.\nNothing was written. Fix the roster, then run the command again.`,
    'invite-would-replace': (p: { dir: string; count: number; learners: string }) =>
      `${p.dir} already holds enrolments for this programme: writing again would give ${p.count === 1 ? 'this learner a new file' : `these ${p.count} learners new files`}: ${p.learners}\nNothing was written. The files already sent still work. To write new files for them anyway, add --force; to invite only new learners, give a roster without them, or choose another folder with --out.`,
    'lesson-ids-unknown': (p: { ids: string; suggestions: string }) =>
      `Unknown lessons or tracks: ${p.ids}.${p.suggestions ? ` Did you mean: ${p.suggestions}?` : ''}\nSee them with \`coach list\`.`,
    'date-invalid': (p: { value: string; flag: string }) =>
      `"${p.value}" is not a date for ${p.flag}: write it as YYYY-MM-DD, e.g. 2027-03-31.`,
    'flag-missing': (p: { flag: string; example: string }) => `${p.flag} is needed here, e.g. ${p.example}`,
    'enroll-confirm': (p: { current: string; next: string }) =>
      `You are enrolled in "${p.current}". Joining "${p.next}" replaces that enrolment (your progress stays).\nRun again with --yes to confirm, or on a terminal to be asked.`,
    'roster-no-rows': (p: { file: string }) =>
      `No usable row in the roster: every row was left out (see why above): ${p.file}\nFix the rows named above, then run the command again.`,
    'report-nothing': () => 'Nothing to report: give record files or folders, or a roster with --learners.',
    'roster-no-email': (p: { file: string }) =>
      `No e-mail address in the roster: ${p.file}\nAdd an "email" column with each learner's address (and, if you like, "lang": en or fr), then run \`coach nudge\` again.`,
    'strict-rejected': (p: { count: number }) =>
      `${p.count} ${p.count === 1 ? 'record was' : 'records were'} rejected or unsigned (see the report); --strict makes that an error.`,
    'tz-unknown': (p: { zone: string }) =>
      `"${p.zone}" is not a time zone for --tz: give an IANA zone name, e.g. --tz Europe/Paris or --tz UTC.`,
    'format-unknown': (p: { file: string }) =>
      `Cannot tell the report format from this file name: ${p.file}\nAdd --format table, csv, json, md, html or xlsx.`,
    'lrs-not-configured': (p: { program: string }) =>
      `The programme "${p.program}" does not report to a learning record store: send your record with \`coach export\` instead.`,
    'lrs-not-enrolled': () =>
      'You have not joined a programme yet: run `coach enroll FILE` with the file your sponsor sent.',
    'lrs-insecure': (p: { endpoint: string }) =>
      `The learning record store address is not https: ${p.endpoint}\nNothing was sent. Ask your sponsor for the https address.`,
    'lrs-refused': (p: { status: number; message: string; waiting: number; hint: string }) =>
      `The learning record store refused the records (HTTP ${p.status}: ${p.message}). ${p.waiting} statements still wait, nothing is lost.\n${p.hint ? `Check the password in the environment variable ${p.hint} (or the file lrs-password in your exec-coach folder, mode 0600), then run \`coach sync\` again.` : 'Tell your sponsor what it says; run `coach sync` again once it is fixed.'}`,
    'lrs-unreachable': (p: { endpoint: string; detail: string; waiting: number; sent: number }) =>
      `The learning record store could not be reached (${p.detail}): ${p.endpoint}\n${p.sent ? `${p.sent} statements were sent; ` : ''}${p.waiting} still wait, nothing is lost. Run \`coach sync\` later.`,
    'lrs-credentials-open': (p: { file: string }) =>
      `Your LRS password file can be read by others: ${p.file}\nMake it private (chmod 600 "${p.file}"), then try again.`,
    'lrs-credentials-link': (p: { file: string }) =>
      `Your LRS password file is a symbolic link, and the coach does not follow it: ${p.file}\nNothing was sent. Put the password in that file itself (mode 0600), or in EXEC_COACH_LRS_PASSWORD.`,
    'lrs-password-env': (p: { name: string }) =>
      `Your enrolment says to take the LRS password from the variable ${p.name}; the coach only uses EXEC_COACH_LRS_PASSWORD (or names starting with EXEC_COACH_LRS_), so nothing was sent.\nAsk your sponsor for a new enrolment file and run \`coach enroll FILE\`; your statements wait, nothing is lost.`,
    'lrs-timeout': (p: { endpoint: string; seconds: number; sent: number; waiting: number }) =>
      `The learning record store did not answer within ${p.seconds} s: ${p.endpoint}\n${p.sent ? `${p.sent} statements were sent; ` : ''}${p.waiting} still wait on this computer, nothing is lost. Run \`coach sync\` later (add --timeout 120 to wait longer).`,
    'lrs-foreign-link': (p: { link: string; endpoint: string }) =>
      `The learning record store pointed to another address for the next page (${p.link}); the coach only follows links on ${p.endpoint}, so it stopped there and sent your password nowhere else.\nAsk the LRS's administrator why it gives such links.`,
    // coach report --lrs, for HR (issue 15): what to check, and that reading changed nothing.
    'report-lrs-address': (p: { value: string }) =>
      `"${p.value}" is not a web address for --lrs: give the learning record store's xAPI address, e.g. --lrs https://lrs.example.com/xapi.`,
    'report-lrs-insecure': (p: { endpoint: string }) =>
      `This learning record store address is plain http on another computer: ${p.endpoint}\nNothing was read and no password was sent (over plain http, anyone on the way could read it). Use the LRS's https address; plain http is accepted only for this computer (localhost, 127.0.0.1).`,
    'report-lrs-unreachable': (p: { endpoint: string; detail: string }) =>
      `The learning record store could not be reached (${p.detail}): ${p.endpoint}\nNo report was made and nothing was changed. Check the address (--lrs), this computer's network (a proxy or VPN may be needed) and that the LRS is up, then run the report again.`,
    'report-lrs-auth': (p: { endpoint: string; status: number; message: string; variable: string }) =>
      `The learning record store refused the credentials (HTTP ${p.status}: ${p.message}): ${p.endpoint}\nNo report was made and nothing was changed. Check the user name (lrs.username in the programme file), the password in the environment variable ${p.variable}, and that this account may read statements.`,
    'report-lrs-not-found': (p: { endpoint: string }) =>
      `The learning record store has no xAPI statements at this address (HTTP 404): ${p.endpoint}\nNo report was made and nothing was changed. Check the path of the address: it is the xAPI endpoint the LRS gives for clients, often ending in /xapi or /data/xAPI.`,
    'report-lrs-server': (p: { endpoint: string; status: number }) =>
      `The learning record store kept failing on its side (HTTP ${p.status}, several tries): ${p.endpoint}\nNo report was made and nothing was changed. Try again later; if it goes on, tell the LRS's administrator.`,
    'report-lrs-refused': (p: { endpoint: string; status: number; message: string }) =>
      `The learning record store refused to give the statements (HTTP ${p.status}: ${p.message}): ${p.endpoint}\nNo report was made and nothing was changed. Tell the LRS's administrator what it says.`,
    'report-xlsx-terminal': () =>
      'An Excel workbook is a file, not text to print: add --out with the file to write, e.g. --out report.xlsx.',
    'timeout-invalid': (p: { value: string }) =>
      `"${p.value}" is not a number of seconds for --timeout: give a whole number from 1 to 3600, e.g. --timeout 60.`,
    'enroll-lrs-consent': (p: { host: string }) =>
      `This programme sends your learning records to ${p.host} (what is sent is listed above). There is no terminal to ask you.\nRun again with --yes to agree: \`coach enroll FILE --yes\`.`,
    'file-duplicate-name': (p: { file: string; field: string; line: number; column: number }) =>
      `This file gives "${p.field}" twice (line ${p.line}, column ${p.column}), so it could be read two ways, and was refused: ${p.file}\nAsk for a fresh copy of the file.`,
    'plan-at-invalid': (p: { value: string }) =>
      `"${p.value}" is not a time for --at: write it as HH:MM on a 24-hour clock, e.g. --at 08:30. Nothing was written.`,
    'plan-days-invalid': (p: { value: string }) =>
      `"${p.value}" is not a list of days for --days: give days among mon, tue, wed, thu, fri, sat, sun, separated by commas, e.g. --days mon,wed,fri. Nothing was written.`,
    'plan-due-passed': (p: { program: string; due: string }) =>
      `The programme "${p.program}" was due on ${p.due}: that date has passed, so there is no time left to plan before it. Nothing was written. Go on with \`coach start\`, and ask your sponsor whether a new date applies.`,
    unexpected:
      'Something went wrong that exec-coach did not expect. Your progress up to the last completed step is saved. Run the command again with --debug to see details, and report it.',
    usage: 'Run the command with --help to see how to use it.',
  },
  /** Inquirer's key hints. */
  keyWords: {
    navigate: 'navigate',
    select: 'select',
    submit: 'confirm',
    all: 'all',
    invert: 'invert',
    space: 'space',
  } as Record<string, string>,
  interrupted: 'Stopped. Your progress is saved: run the same command again to go on.',
  cmd: withSections(commandWords, commandHelp),
  help: {
    description:
      'Short hands-on lessons that get leaders using LinkedIn, X, Facebook, Instagram and the internal network, in minutes a day.',
    examples: 'Examples:',
    groups: { learner: 'Commands:', sponsor: 'For sponsors (HR):', author: 'For lesson authors:' },
    /** Commander's own section titles. */
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Arguments:': 'Arguments:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global options:',
    } as Record<string, string>,
  },
};

export const en = withSections(eager, sections);

export type Messages = typeof en;
