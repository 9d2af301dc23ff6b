/**
 * Labels of the sponsor's completion report (`coach report`), English and French.
 * Only labels are translated: field values in JSON and CSV stay language-neutral (ids, ISO dates,
 * numbers, status codes). The table, Markdown and HTML formats show the human labels below.
 * `fr` is typed against `en`, so a missing or extra key fails `tsc`.
 */
import type { LearnerField, LearnerStatus, LessonRow, RemindReason, Verification } from '../core/sponsor/report-types.js';

/** Codes that start a rejected file's reason ("code: detail"); the detail is kept as is. */
export type RejectCode = 'not-json' | 'wrong-format' | 'schema' | 'invalid-signature' | 'other-program' | 'duplicate' | 'too-large' | 'unreadable' | 'not-a-file' | 'in-future';

type SummaryKey = 'learners' | 'completed' | 'inProgress' | 'notStarted' | 'noRecord' | 'overdue' | 'completionRate';
/** The short headers of the terminal, Markdown and HTML learner tables (the terminal shows required and progress in one column). */
type TableColumn = 'learner' | 'department' | 'status' | 'required' | 'progress' | 'due' | 'lastActivity' | 'minutes' | 'quiz' | 'drafts' | 'verification';

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
  dateNote: 'Dates are shown as YYYY-MM-DD (UTC).',
  narrowNote: 'A narrow terminal: last activity, minutes, quiz and drafts are left out here; --format md, csv or html has every column.',
  /** Full column names of the CSV, one per LearnerRow field. */
  learnerColumns: {
    id: 'ID', name: 'Name', department: 'Department', status: 'Status', requiredDone: 'Required done', requiredTotal: 'Required total',
    progressPct: 'Progress (%)', due: 'Due date', overdue: 'Overdue', firstActivityAt: 'First activity', lastActivityAt: 'Last activity',
    completedAt: 'Completed at', minutes: 'Minutes', quizScorePct: 'Quiz score (%)', draftLessons: 'Draft lessons', verification: 'Verification', source: 'Source file',
    email: 'E-mail', lang: 'Language', daysOverdue: 'Days overdue', recordAt: 'Data as of', remind: 'Remind',
  } as Record<LearnerField, string>,
  lessonColumns: { id: 'Lesson', title: 'Title', required: 'Required', track: 'Track', completed: 'Completed', inProgress: 'In progress', notStarted: 'Not started' } as Record<keyof LessonRow, string>,
  tableColumns: {
    learner: 'Learner', department: 'Department', status: 'Status', required: 'Required', progress: 'Progress', due: 'Due',
    lastActivity: 'Last activity', minutes: 'Min', quiz: 'Quiz', drafts: 'Drafts', verification: 'Verification',
  } as Record<TableColumn, string>,
  overdueMark: 'overdue',
  status: { completed: 'completed', 'in-progress': 'in progress', 'not-started': 'not started', 'no-record': 'no record' } as Record<LearnerStatus, string>,
  verification: { valid: 'valid', unsigned: 'unsigned', 'invalid-signature': 'invalid signature', 'other-program': 'other programme', 'not-in-roster': 'not in roster' } as Record<Verification, string>,
  summary: {
    learners: 'Learners', completed: 'Completed', inProgress: 'In progress', notStarted: 'Not started', noRecord: 'No record', overdue: 'Overdue', completionRate: 'Completion rate',
  } as Record<SummaryKey, string>,
  summarySentence: (completed: number, learners: number, rate: string) =>
    `${completed} of ${learners} ${learners === 1 ? 'learner' : 'learners'} completed the programme (${rate}).`,
  overdueSentence: (n: number) => (n === 0 ? 'Nobody is overdue.' : `${n} ${n === 1 ? 'learner is' : 'learners are'} overdue.`),
  sections: { summary: 'Summary', learners: 'Learners', lessons: 'Lessons', tracks: 'Completion by track', unfinished: 'Lessons most often left unfinished', rejected: 'Rejected files' },
  unfinishedCount: (n: number) => `${n} ${n === 1 ? 'learner' : 'learners'}`,
  rejectedColumns: { path: 'File', reason: 'Reason' },
  rejectedHint: 'These files were not counted. Ask the learner for a new export (`coach export`).',
  reasons: {
    'not-json': 'not a JSON file', 'wrong-format': 'not a completion record', schema: 'unexpected content', 'invalid-signature': 'signature does not match',
    'other-program': 'record for another programme', duplicate: 'duplicate record', 'too-large': 'file too large', unreadable: 'cannot be read', 'not-a-file': 'not a file',
    'in-future': "dated in the future (check the learner's clock)",
  } as Record<RejectCode, string>,
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
    sheets: { summary: 'Summary', learners: 'Learners', lessons: 'Lessons', matrix: 'Learner × lesson', rejected: 'Rejected files' },
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
  dateNote: 'Dates au format AAAA-MM-JJ (UTC).',
  narrowNote: 'Terminal étroit\u00A0: dernière activité, minutes, quiz et brouillons sont omis ici\u00A0; --format md, csv ou html donne toutes les colonnes.',
  learnerColumns: {
    id: 'Identifiant', name: 'Nom', department: 'Service', status: 'Statut', requiredDone: 'Obligatoires terminées', requiredTotal: 'Obligatoires au total',
    progressPct: 'Progression (%)', due: 'Échéance', overdue: 'En retard', firstActivityAt: 'Première activité', lastActivityAt: 'Dernière activité',
    completedAt: 'Terminé le', minutes: 'Minutes', quizScorePct: 'Score aux quiz (%)', draftLessons: 'Leçons en brouillon', verification: 'Vérification', source: 'Fichier source',
    email: 'Courriel', lang: 'Langue', daysOverdue: 'Jours de retard', recordAt: 'Données au', remind: 'À relancer',
  },
  lessonColumns: { id: 'Leçon', title: 'Titre', required: 'Obligatoire', track: 'Parcours', completed: 'Terminé', inProgress: 'En cours', notStarted: 'Pas commencé' },
  tableColumns: {
    learner: 'Participant', department: 'Service', status: 'Statut', required: 'Obligatoires', progress: 'Réalisé', due: 'Échéance',
    lastActivity: 'Dernière activité', minutes: 'Min', quiz: 'Quiz', drafts: 'En brouillon', verification: 'Vérification',
  },
  overdueMark: 'en retard',
  status: { completed: 'terminé', 'in-progress': 'en cours', 'not-started': 'pas commencé', 'no-record': 'aucun relevé' },
  verification: { valid: 'valide', unsigned: 'non signé', 'invalid-signature': 'signature invalide', 'other-program': 'autre programme', 'not-in-roster': 'hors de la liste' },
  summary: {
    learners: 'Participants', completed: 'Terminé', inProgress: 'En cours', notStarted: 'Pas commencé', noRecord: 'Aucun relevé', overdue: 'En retard', completionRate: 'Taux de réalisation',
  },
  summarySentence: (completed, learners, rate) =>
    `${completed}${_}participant${completed > 1 ? 's' : ''} sur ${learners} ${completed > 1 ? 'ont' : 'a'} terminé le programme (${rate}).`,
  overdueSentence: (n) => (n === 0 ? "Personne n’est en retard." : `${n}${_}participant${n > 1 ? 's sont' : ' est'} en retard.`),
  sections: { summary: 'Synthèse', learners: 'Participants', lessons: 'Leçons', tracks: 'Réalisation par parcours', unfinished: 'Leçons le plus souvent laissées en cours', rejected: 'Fichiers refusés' },
  unfinishedCount: (n) => `${n}${_}participant${n > 1 ? 's' : ''}`,
  rejectedColumns: { path: 'Fichier', reason: 'Motif' },
  rejectedHint: 'Ces fichiers n’ont pas été comptés. Demandez au participant un nouvel export (`coach export`).',
  reasons: {
    'not-json': 'pas un fichier JSON', 'wrong-format': 'pas un relevé de progression', schema: 'contenu inattendu', 'invalid-signature': 'signature non conforme',
    'other-program': 'relevé d’un autre programme', duplicate: 'relevé en double', 'too-large': 'fichier trop volumineux', unreadable: 'illisible', 'not-a-file': 'pas un fichier',
    'in-future': 'daté dans le futur (vérifiez l’horloge de l’apprenant)',
  },
  chart: {
    statusTitle: 'Participants par statut',
    statusDesc: (parts) => `Participants par statut${_}: ${parts}.`,
    tracksTitle: 'Leçons obligatoires terminées, par parcours',
    tracksDesc: (parts) => `Leçons obligatoires terminées, par parcours${_}: ${parts}.`,
  },
  spreadsheet: {
    remind: { late: 'en retard', 'not-started': 'pas commencé', 'no-record': 'aucun relevé' },
    sheets: { summary: 'Synthèse', learners: 'Participants', lessons: 'Leçons', matrix: 'Participant × leçon', rejected: 'Fichiers refusés' },
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
