/**
 * Labels of the sponsor's completion report (`coach report`), English and French.
 * Only labels are translated: field values in JSON and CSV stay language-neutral (ids, ISO dates,
 * numbers, status codes). The table, Markdown and HTML formats show the human labels below.
 * `fr` is typed against `en`, so a missing or extra key fails `tsc`.
 */
import type {
  LearnerField,
  LearnerStatus,
  LessonRow,
  LessonState,
  RemindReason,
  Verification,
} from '../core/sponsor/report-types.js';

/** Codes that start a rejected file's reason ("code: detail"); the detail is kept as is. */
export type { RejectCode } from '../core/sponsor/verify.js';
import type { RejectCode } from '../core/sponsor/verify.js';

type SummaryKey = 'learners' | 'completed' | 'inProgress' | 'notStarted' | 'noRecord' | 'overdue' | 'completionRate';
/** The short headers of the terminal, Markdown and HTML learner tables (the terminal shows required and progress in one column). */
type TableColumn =
  | 'learner'
  | 'department'
  | 'status'
  | 'required'
  | 'progress'
  | 'due'
  | 'lastActivity'
  | 'minutes'
  | 'quiz'
  | 'drafts'
  | 'verification';

const enSummary: Record<SummaryKey, string> = {
  learners: 'Learners',
  completed: 'Completed',
  inProgress: 'In progress',
  notStarted: 'Not started',
  noRecord: 'No record',
  overdue: 'Overdue',
  completionRate: 'Completion rate',
};
const frSummary: Record<SummaryKey, string> = {
  learners: 'Participants',
  completed: 'Terminé',
  inProgress: 'En cours',
  notStarted: 'Pas commencé',
  noRecord: 'Aucun relevé',
  overdue: 'En retard',
  completionRate: 'Taux de réalisation',
};
/** The department table's columns: the summary's words, between the department's name and the (short) rate. */
function departmentColumns(words: Record<SummaryKey, string>, name: string, rate: string) {
  const { learners, completed, inProgress, notStarted, noRecord, overdue } = words;
  return { name, learners, completed, inProgress, notStarted, noRecord, overdue, rate };
}

const en = {
  /** Before a colon, French puts a non-breaking space. */
  colon: ':',
  reportTitle: 'Completion report',
  titleLine: (title: string, id: string, due: string) => `${title} (${id}) · due ${due}`,
  programme: 'Programme',
  dueDate: 'Due date',
  generated: (when: string) => `Generated ${when}`,
  /** A percentage given from 0 to 100, at most one decimal. */
  percent: (pct: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(pct)}%`,
  yes: 'yes',
  no: 'no',
  none: 'None.',
  narrowNote:
    'A narrow terminal: e-mail, last activity, data as of, minutes, quiz and drafts are left out here (and the department below 90 columns); --format md, csv or html has every column.',
  /** Full column names of the CSV, one per LearnerRow field. */
  learnerColumns: {
    id: 'ID',
    name: 'Name',
    department: 'Department',
    status: 'Status',
    requiredDone: 'Required done',
    requiredTotal: 'Required total',
    progressPct: 'Progress (%)',
    due: 'Due date',
    overdue: 'Overdue',
    firstActivityAt: 'First activity',
    lastActivityAt: 'Last activity',
    completedAt: 'Completed at',
    minutes: 'Minutes',
    quizScorePct: 'Quiz score (%)',
    draftLessons: 'Draft lessons',
    verification: 'Verification',
    source: 'Source file',
    email: 'E-mail',
    lang: 'Language',
    daysOverdue: 'Days overdue',
    recordAt: 'Data as of',
    remind: 'Remind',
  } as Record<LearnerField, string>,
  lessonColumns: {
    id: 'Lesson',
    title: 'Title',
    required: 'Required',
    track: 'Track',
    completed: 'Completed',
    inProgress: 'In progress',
    notStarted: 'Not started',
  } as Record<keyof LessonRow, string>,
  tableColumns: {
    learner: 'Learner',
    department: 'Department',
    status: 'Status',
    required: 'Required',
    progress: 'Progress',
    due: 'Due',
    lastActivity: 'Last activity',
    minutes: 'Min',
    quiz: 'Quiz',
    drafts: 'Drafts',
    verification: 'Verification',
  } as Record<TableColumn, string>,
  overdueMark: 'overdue',
  status: {
    completed: 'completed',
    'in-progress': 'in progress',
    'not-started': 'not started',
    'no-record': 'no record',
  } as Record<LearnerStatus, string>,
  verification: {
    valid: 'valid',
    unsigned: 'unsigned',
    'invalid-signature': 'invalid signature',
    'other-program': 'other programme',
    'not-in-roster': 'not in roster',
  } as Record<Verification, string>,
  summary: enSummary,
  summarySentence: (completed: number, learners: number, rate: string) =>
    `${completed} of ${learners} ${learners === 1 ? 'learner' : 'learners'} completed the programme (${rate}).`,
  overdueSentence: (n: number) =>
    n === 0 ? 'Nobody is overdue.' : `${n} ${n === 1 ? 'learner is' : 'learners are'} overdue.`,
  sections: {
    summary: 'Summary',
    learners: 'Learners',
    lessons: 'Lessons',
    tracks: 'Completion by track',
    unfinished: 'Lessons most often left unfinished',
    rejected: 'Rejected files',
  },
  unfinishedCount: (n: number) => `${n} ${n === 1 ? 'learner' : 'learners'}`,
  rejectedColumns: { path: 'File', reason: 'Reason' },
  rejectedHint: 'These files were not counted.',
  reasons: {
    'not-json': 'not a JSON file',
    'wrong-format': 'not a completion record',
    schema: 'unexpected content',
    'invalid-signature': 'signature does not match',
    'other-program': 'record for another programme',
    duplicate: 'duplicate record',
    'too-large': 'file too large',
    unreadable: 'cannot be read',
    'not-a-file': 'not a file',
    'in-future': "dated in the future (check the learner's clock)",
  } as Record<RejectCode, string>,
  /** Issue 15 (the board's report): sponsor, zone, days late, data as of, departments, matrix, who to remind, weeks, filter. */
  board: {
    sponsor: 'Sponsor',
    zoneNote: (zone: string) => `Dates and times are in the ${zone} time zone.`,
    /** Days past the due date, short, after the date in the due column. */
    daysLate: (n: number) => `+${n} d`,
    daysLateLong: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} late`,
    daysLateNote: '+N d: days past the due date.',
    dataAsOf: 'Data as of',
    email: 'E-mail',
    noDepartment: '(no department)',
    sections: {
      departments: 'By department',
      matrix: 'Learner × lesson',
      remind: 'Who to remind',
      weeks: 'Completion over time',
    },
    departmentColumns: departmentColumns(enSummary, 'Department', 'Rate'),
    lessonState: { completed: 'completed', 'in-progress': 'in progress', 'not-started': 'not started' } as Record<
      LessonState,
      string
    >,
    matrixKey: 'Lessons',
    optional: 'optional',
    whatToDo: 'What to do',
    remindColumns: { learner: 'Learner', email: 'E-mail', reason: 'Reason', late: 'Days late', left: 'Left to do' },
    remindReason: { late: 'late', 'not-started': 'not started', 'no-record': 'no record received' } as Record<
      RemindReason,
      string
    >,
    left: 'left',
    nobodyToRemind: 'Nobody to remind.',
    weekColumns: { week: 'Week of', completions: 'Completions', cumulative: 'Completed so far', share: 'Share' },
    weeksNone: 'No completion yet.',
    weeksLines: { weekly: 'Each week', cumulative: 'Cumulative', due: 'due' },
    weeksRange: (from: string, to: string, max: number) =>
      `Weeks from ${from} to ${to}; at most ${max} ${max === 1 ? 'completion' : 'completions'} in a week.`,
    chartTitle: 'Completion over time',
    chartLegend: {
      bars: 'Learners who completed that week (left scale)',
      line: 'Share of learners completed so far (right scale)',
      due: 'Due date',
    },
    chartDesc: (weeks: number, from: string, to: string, share: string, due: string) =>
      `Weekly new completions as bars and the cumulative share of learners completed as a line, over ${weeks} ${weeks === 1 ? 'week' : 'weeks'} from ${from} to ${to}: ${share} completed; the due date, ${due}, is marked.`,
    filterStatus: 'Status',
    filterDepartment: 'Department',
    filterAll: 'All',
    filterShown: 'shown',
    /** What to do about a rejected file, by its code; null: nothing to do. */
    advice: {
      'not-json': 'Ask the learner for a new export (`coach export`).',
      'wrong-format': 'Ask the learner for a new export (`coach export`).',
      schema: 'Ask the learner for a new export (`coach export`).',
      'invalid-signature': 'Ask the learner for a new export (`coach export`).',
      'too-large': 'Ask the learner for a new export (`coach export`).',
      'in-future': 'Ask the learner to check their clock, then export again.',
      'other-program': "Check the learner's enrolment: this record is for another programme.",
      duplicate: null,
      unreadable: "Check the file's permissions, or copy it again.",
      'not-a-file': 'Give record files, not folders or devices.',
    } as Record<RejectCode, string | null>,
  },
  chart: {
    statusTitle: 'Learners by status',
    statusDesc: (parts: string) => `Learners by status: ${parts}.`,
    tracksTitle: 'Required lessons completed, by track',
    tracksDesc: (parts: string) => `Required lessons completed, by track: ${parts}.`,
  },
  /** The CSV and the Excel workbook (issue 15): values in the report's language, sheet names, summary rows. */
  spreadsheet: {
    remind: { late: 'late', 'not-started': 'not started', 'no-record': 'no record' } as Record<RemindReason, string>,
    /** Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
    sheets: {
      summary: 'Summary',
      learners: 'Learners',
      lessons: 'Lessons',
      matrix: 'Learner × lesson',
      rejected: 'Rejected files',
    },
    programmeId: 'Programme ID',
    sponsor: 'Sponsor',
    generated: 'Generated',
    timeZone: 'Time zone',
    notCounted: 'Shown, not counted',
    item: 'Item',
    value: 'Value',
  },
};

/** The shape every language must provide. */
export type ReportLabels = typeof en;

// U+00A0 (espace insécable) before : ; ? ! % and inside « », as French typography wants.
const _ = '\u00A0';

const fr: ReportLabels = {
  colon: `${_}:`,
  reportTitle: 'Rapport de suivi',
  titleLine: (title, id, due) => `${title} (${id}) · échéance${_}: ${due}`,
  programme: 'Programme',
  dueDate: 'Échéance',
  generated: (when) => `Généré le ${when}`,
  percent: (pct) => `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(pct).replace(/\s/g, _)}${_}%`,
  yes: 'oui',
  no: 'non',
  none: 'Aucun.',
  narrowNote:
    'Terminal étroit\u00A0: courriel, dernière activité, données au, minutes, quiz et brouillons sont omis ici (et le service sous 90\u00A0colonnes)\u00A0; --format md, csv ou html donne toutes les colonnes.',
  learnerColumns: {
    id: 'Identifiant',
    name: 'Nom',
    department: 'Service',
    status: 'Statut',
    requiredDone: 'Obligatoires terminées',
    requiredTotal: 'Obligatoires au total',
    progressPct: 'Progression (%)',
    due: 'Échéance',
    overdue: 'En retard',
    firstActivityAt: 'Première activité',
    lastActivityAt: 'Dernière activité',
    completedAt: 'Terminé le',
    minutes: 'Minutes',
    quizScorePct: 'Score aux quiz (%)',
    draftLessons: 'Leçons en brouillon',
    verification: 'Vérification',
    source: 'Fichier source',
    email: 'Courriel',
    lang: 'Langue',
    daysOverdue: 'Jours de retard',
    recordAt: 'Données au',
    remind: 'À relancer',
  },
  lessonColumns: {
    id: 'Leçon',
    title: 'Titre',
    required: 'Obligatoire',
    track: 'Parcours',
    completed: 'Terminé',
    inProgress: 'En cours',
    notStarted: 'Pas commencé',
  },
  tableColumns: {
    learner: 'Participant',
    department: 'Service',
    status: 'Statut',
    required: 'Obligatoires',
    progress: 'Réalisé',
    due: 'Échéance',
    lastActivity: 'Dernière activité',
    minutes: 'Min',
    quiz: 'Quiz',
    drafts: 'En brouillon',
    verification: 'Vérification',
  },
  overdueMark: 'en retard',
  status: {
    completed: 'terminé',
    'in-progress': 'en cours',
    'not-started': 'pas commencé',
    'no-record': 'aucun relevé',
  },
  verification: {
    valid: 'valide',
    unsigned: 'non signé',
    'invalid-signature': 'signature invalide',
    'other-program': 'autre programme',
    'not-in-roster': 'hors de la liste',
  },
  summary: frSummary,
  summarySentence: (completed, learners, rate) =>
    `${completed}${_}participant${completed > 1 ? 's' : ''} sur ${learners} ${completed > 1 ? 'ont' : 'a'} terminé le programme (${rate}).`,
  overdueSentence: (n) =>
    n === 0 ? 'Personne n’est en retard.' : `${n}${_}participant${n > 1 ? 's sont' : ' est'} en retard.`,
  sections: {
    summary: 'Synthèse',
    learners: 'Participants',
    lessons: 'Leçons',
    tracks: 'Réalisation par parcours',
    unfinished: 'Leçons le plus souvent laissées en cours',
    rejected: 'Fichiers refusés',
  },
  unfinishedCount: (n) => `${n}${_}participant${n > 1 ? 's' : ''}`,
  rejectedColumns: { path: 'Fichier', reason: 'Motif' },
  rejectedHint: 'Ces fichiers n’ont pas été comptés.',
  reasons: {
    'not-json': 'pas un fichier JSON',
    'wrong-format': 'pas un relevé de progression',
    schema: 'contenu inattendu',
    'invalid-signature': 'signature non conforme',
    'other-program': 'relevé d’un autre programme',
    duplicate: 'relevé en double',
    'too-large': 'fichier trop volumineux',
    unreadable: 'illisible',
    'not-a-file': 'pas un fichier',
    'in-future': 'daté dans le futur (vérifiez l’horloge de l’apprenant)',
  },
  board: {
    sponsor: 'Commanditaire',
    zoneNote: (zone) => `Dates et heures dans le fuseau horaire ${zone}.`,
    daysLate: (n) => `+${n}${_}j`,
    daysLateLong: (n) => `${n}${_}jour${n > 1 ? 's' : ''} de retard`,
    daysLateNote: `+N${_}j${_}: jours de retard sur l’échéance.`,
    dataAsOf: 'Données au',
    email: 'Courriel',
    noDepartment: '(sans service)',
    sections: {
      departments: 'Par service',
      matrix: 'Participants × leçons',
      remind: 'À relancer',
      weeks: 'Réalisation dans le temps',
    },
    departmentColumns: departmentColumns(frSummary, 'Service', 'Taux'),
    lessonState: { completed: 'terminée', 'in-progress': 'en cours', 'not-started': 'pas commencée' },
    matrixKey: 'Leçons',
    optional: 'facultative',
    whatToDo: 'Que faire',
    remindColumns: {
      learner: 'Participant',
      email: 'Courriel',
      reason: 'Motif',
      late: 'Jours de retard',
      left: 'Reste à faire',
    },
    remindReason: { late: 'en retard', 'not-started': 'pas commencé', 'no-record': 'aucun relevé reçu' },
    left: 'reste',
    nobodyToRemind: 'Personne à relancer.',
    weekColumns: { week: 'Semaine du', completions: 'Terminés', cumulative: 'Terminés au total', share: 'Part' },
    weeksNone: 'Aucun participant n’a encore terminé.',
    weeksLines: { weekly: 'Chaque semaine', cumulative: 'Cumul', due: 'échéance' },
    weeksRange: (from, to, max) =>
      `Semaines du ${from} au ${to}${_}; au plus ${max}${_}participant${max > 1 ? 's' : ''} terminé${max > 1 ? 's' : ''} en une semaine.`,
    chartTitle: 'Réalisation dans le temps',
    chartLegend: {
      bars: 'Participants ayant terminé dans la semaine (échelle de gauche)',
      line: 'Part des participants ayant terminé (échelle de droite)',
      due: 'Échéance',
    },
    chartDesc: (weeks, from, to, share, due) =>
      `Nouveaux participants ayant terminé chaque semaine (barres) et part cumulée des participants ayant terminé (courbe), sur ${weeks}${_}semaine${weeks > 1 ? 's' : ''} du ${from} au ${to}${_}: ${share} ont terminé${_}; l’échéance, le ${due}, est marquée.`,
    filterStatus: 'Statut',
    filterDepartment: 'Service',
    filterAll: 'Tous',
    filterShown: 'affichés',
    advice: {
      'not-json': 'Demandez au participant un nouvel export (`coach export`).',
      'wrong-format': 'Demandez au participant un nouvel export (`coach export`).',
      schema: 'Demandez au participant un nouvel export (`coach export`).',
      'invalid-signature': 'Demandez au participant un nouvel export (`coach export`).',
      'too-large': 'Demandez au participant un nouvel export (`coach export`).',
      'in-future': 'Demandez au participant de vérifier son horloge, puis d’exporter à nouveau.',
      'other-program': `Vérifiez l’inscription du participant${_}: ce relevé est celui d’un autre programme.`,
      duplicate: null,
      unreadable: 'Vérifiez les droits du fichier, ou copiez-le à nouveau.',
      'not-a-file': 'Donnez des fichiers de relevé, pas des dossiers.',
    },
  },
  chart: {
    statusTitle: 'Participants par statut',
    statusDesc: (parts) => `Participants par statut${_}: ${parts}.`,
    tracksTitle: 'Leçons obligatoires terminées, par parcours',
    tracksDesc: (parts) => `Leçons obligatoires terminées, par parcours${_}: ${parts}.`,
  },
  spreadsheet: {
    remind: { late: 'en retard', 'not-started': 'pas commencé', 'no-record': 'aucun relevé' },
    sheets: {
      summary: 'Synthèse',
      learners: 'Participants',
      lessons: 'Leçons',
      matrix: 'Participant × leçon',
      rejected: 'Fichiers refusés',
    },
    programmeId: 'Identifiant du programme',
    sponsor: 'Commanditaire',
    generated: 'Généré le',
    timeZone: 'Fuseau horaire',
    notCounted: 'Affichés, non comptés',
    item: 'Élément',
    value: 'Valeur',
  },
};

/** The report's labels by language. */
export const reportLabels: Record<'en' | 'fr', ReportLabels> = { en, fr };
