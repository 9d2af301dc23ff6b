/** Interface strings, French. Typed against the English ones: a missing key fails the build. */
import type { FlagProblem } from '../core/errors.js';
import type { Messages } from './en.js';

// U+00A0 (espace insécable) before : ; ? ! and inside « », as French typography wants.
const _ = '\u00A0';

/** Ce qui ne va pas dans une valeur de la ligne de commande, après « --option : » (l’option est nommée, jamais le champ d’un fichier). */
const flagWords: Record<FlagProblem, (p: { value: string; max: number; today: string }) => string> = {
  'bad-id': (p) =>
    `«${_}${p.value}${_}» n’est pas un identifiant${_}: de 1 à 64 lettres, chiffres, points, tirets ou soulignés, en commençant par une lettre ou un chiffre, par exemple comex-2027`,
  empty: () => `est vide${_}: donnez une valeur`,
  'too-long': (p) => `dépasse ${p.max}${_}caractères`,
  'control-chars': () =>
    `contient des caractères de contrôle (un saut de ligne, une tabulation ou un échappement)${_}: écrivez-la sur une seule ligne`,
  'not-a-date': (p) => `${p.value} n’est pas une date${_}: écrivez-la AAAA-MM-JJ, par exemple 2027-03-31`,
  'not-real-date': (p) => `${p.value} n’est pas une date réelle (AAAA-MM-JJ)`,
  'date-past': (p) =>
    `${p.value} est déjà passé (nous sommes le ${p.today})${_}: donnez une date à venir, ou ajoutez --allow-past pour la garder`,
  'bad-email': (p) => `«${_}${p.value}${_}» n’est pas une adresse e-mail`,
  'bad-url': (p) => `«${_}${p.value}${_}» n’est pas une adresse http(s), par exemple https://lrs.example.com/xapi/`,
  'bad-iri': (p) =>
    `«${_}${p.value}${_}» n’est pas un IRI, par exemple https://learning.example.com/programs/comex-2027`,
};

/**
 * The checks of the exchanged files (src/core/sponsor/formats.ts and zod's own) say what is wrong
 * in English; in a French message they are put in French, so that no sentence mixes the two.
 * A message not listed here is kept as it is.
 */
const FILE_DETAILS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^must be 1–64 letters, digits, dots, dashes or underscores$/,
    () => 'doit compter de 1 à 64 lettres, chiffres, points, tirets ou soulignés',
  ],
  [
    /^must be a kebab-case lesson id$/,
    () => 'doit être un identifiant de leçon (minuscules et chiffres reliés par des tirets)',
  ],
  [/^must not contain control characters$/, () => 'ne doit pas contenir de caractères de contrôle'],
  [/^must be a date as YYYY-MM-DD$/, () => 'doit être une date AAAA-MM-JJ'],
  [/^is not a real date$/, () => 'n’est pas une date réelle'],
  [/^must be an ISO time in UTC/, () => 'doit être une heure ISO en UTC, par exemple 2026-11-26T09:00:00.000Z'],
  [/^is not a real date and time$/, () => 'n’est pas une date et une heure réelles'],
  [/^is out of range$/, () => 'sort des limites (de 2020 à 2099)'],
  [/^must be (\d+) bytes in base64url$/, (m) => `doit faire ${m[1]}${_}octets en base64url`],
  [/^is not in canonical base64url$/, () => 'n’est pas en base64url canonique'],
  [/^must be an http\(s\) address$/, () => 'doit être une adresse http(s)'],
  [
    /^must be EXEC_COACH_LRS_PASSWORD/,
    () =>
      'doit être EXEC_COACH_LRS_PASSWORD ou un autre nom commençant par EXEC_COACH_LRS_ (le coach n’envoie aucune autre variable)',
  ],
  [
    /^must be "sha256:" followed by 32 hex digits/,
    () => `doit être «${_}sha256:${_}» suivi de 32${_}chiffres hexadécimaux, comme l’écrit \`coach program init\``,
  ],
  [/^Invalid input: expected (\w+), received (\w+)$/, (m) => `n’a pas le type attendu (${m[1]}, et non ${m[2]})`],
  [/^Unrecognized keys?: (.+)$/, (m) => `contient des champs inconnus${_}: ${m[1]}`],
  [/^Too big: expected \w+ to have <=(\d+)/, (m) => `est trop long (au plus ${m[1]})`],
  [/^Too small: expected \w+ to have >=(\d+)/, (m) => `est trop court (au moins ${m[1]})`],
  [
    /^Invalid discriminator value\. Expected (.+)$/,
    (m) => `doit être ${(m[1] ?? '').replace(/\u0027([^\u0027]*)\u0027/g, `«${_}$1${_}»`).replaceAll(' | ', ' ou ')}`,
  ],
  [/^Invalid email address$/, () => 'n’est pas une adresse e-mail'],
  [/^Invalid URL$/, () => 'n’est pas une adresse valide'],
  [/^Invalid UUID$/, () => 'n’est pas un UUID'],
  [/^Invalid input$/, () => 'n’est pas valide'],
  [/^must be "(.+)"$/, (m) => `doit être «${_}${m[1]}${_}»`],
];
const FILE_KINDS: Record<string, string> = {
  'exec-coach programme file': 'fichier de programme exec-coach',
  'exec-coach enrolment file': 'fichier d’inscription exec-coach',
  'exec-coach backup': 'fichier de sauvegarde exec-coach',
};
function fileDetail(message: string): string {
  for (const [pattern, say] of FILE_DETAILS) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return message;
}

export const fr: Messages = {
  lang: 'fr',
  languageName: 'Français',
  common: {
    colon: `${_}:`,
    minutes: (n) => `${n}${_}min`,
    step: (i, n) => `Étape ${i}/${n}`,
    yes: 'Oui',
    no: 'Non',
    none: 'aucun',
    required: 'obligatoire',
    optionalTrack: 'facultatif',
    status: { 'not-started': 'pas commencée', 'in-progress': 'en cours', completed: 'terminée' },
    mode: { live: 'publié', draft: 'brouillon' },
    outcome: { live: 'publié', draft: 'en brouillon' },
    networks: { 'viva-engage': 'Viva Engage', slack: 'Slack', teams: 'Microsoft Teams' },
  },
  errors: {
    prefix: 'Erreur',
    'store-unreadable': (p) =>
      `Impossible de lire votre fichier de progression (${p.reason})${_}: ${p.file}\nRien n’a été modifié. Vérifiez les droits du fichier, ou lancez \`coach doctor\`.`,
    'store-not-json': (p) =>
      `Votre fichier de progression est endommagé (${p.detail})${_}: ${p.file}\nRien n’a été modifié. Lancez \`coach doctor\` pour voir ce qui peut être récupéré, puis \`coach doctor --fix\` pour en garder une copie à part et repartir.`,
    'store-wrong-shape': (p) =>
      `Votre fichier de progression contient une valeur inattendue à «${_}${p.field}${_}»${_}: ${p.file}\nRien n’a été modifié. Lancez \`coach doctor\`, puis \`coach doctor --fix\` pour en garder une copie à part et récupérer ce qui peut l’être.`,
    'store-future': (p) =>
      `Votre fichier de progression a été écrit par une version plus récente d’exec-coach (format ${p.version})${_}: ${p.file}\nRien n’a été modifié. Mettez exec-coach à jour (npm install -g exec-coach@latest), puis réessayez.`,
    'store-is-folder': (p) =>
      `Un dossier occupe la place de votre fichier de progression${_}: ${p.file}\nRien n’a été modifié. Déplacez ou renommez ce dossier, ou lancez \`coach doctor --fix\`.`,
    'store-write-failed': (p) =>
      `Impossible d’enregistrer votre progression (${p.reason})${_}: ${p.file}\nVérifiez que le disque n’est pas plein et que vous pouvez écrire dans ce dossier, puis relancez la commande.`,
    'store-busy': (p) =>
      `Un autre coach enregistre sa progression en ce moment et n’a pas terminé à temps${_}: ${p.file}\nPatientez quelques secondes et réessayez${_}: un verrou laissé par un coach interrompu expire de lui-même.`,
    'lesson-unknown': (p) =>
      `Aucune leçon «${_}${p.id}${_}».${p.suggestions ? ` Vouliez-vous dire${_}: ${p.suggestions}${_}?` : ''}\nToutes les leçons${_}: \`coach list\`.`,
    'lesson-broken': (p) =>
      `Impossible de lire la leçon «${_}${p.id}${_}»${_}: ${p.file}${p.line ? `:${p.line}` : ''}${_}: ${p.message}\nLes autres leçons fonctionnent. Demandez à son auteur de la corriger (\`coach lint\` liste chaque problème).`,
    'lesson-no-language': (p) => `La leçon «${_}${p.id}${_}» n’a aucun texte à afficher.`,
    'input-needed': (p) => `Il faut une réponse, et aucun terminal ne permet de la demander. ${p.what}`,
    'step-out-of-range': (p) =>
      `La leçon «${_}${p.id}${_}» compte ${p.total}${_}étapes${_}; il n’y a pas d’étape ${p.step}. Utilisez --step de 1 à ${p.total}.`,
    'config-key-unknown': (p) => `Aucun réglage «${_}${p.key}${_}». Réglages${_}: ${p.keys}.`,
    'config-value-invalid': (p) =>
      `Cette valeur ne convient pas à «${_}${p.key}${_}». Valeurs possibles${_}: ${p.allowed}.`,
    'track-unknown': (p) => `Aucun parcours «${_}${p.track}${_}». Parcours${_}: ${p.tracks}.`,
    'lint-failed': (p) =>
      `${p.errors}${_}${p.errors === 1 ? 'problème' : 'problèmes'} à corriger avant de publier ces leçons.`,
    'lessons-dir-missing': (p) =>
      `Ce dossier de leçons n’existe pas${_}: ${p.dir}\nVérifiez --lessons, EXEC_COACH_LESSONS, ou le dossier donné à \`coach lint\`.`,
    'lessons-dir-unreadable': (p) =>
      `Impossible de lire ce dossier de leçons (${p.reason})${_}: ${p.dir}\nDonnez à votre utilisateur le droit de le lire (ou retirez-le de --lessons, d’EXEC_COACH_LESSONS ou de votre programme), puis réessayez. Les commandes qui n’affichent pas de leçons fonctionnent toujours.`,
    'command-unknown': (p) =>
      `Aucune commande «${_}${p.name}${_}».${p.suggestions ? ` Vouliez-vous dire${_}: ${p.suggestions}${_}?` : ''}\nLa liste des commandes${_}: \`coach --help\`.`,
    'file-missing': (p) => `Ce fichier n’existe pas${_}: ${p.file}\nVérifiez le chemin, puis réessayez.`,
    'file-unreadable': (p) =>
      `Impossible de lire ce fichier (${p.reason})${_}: ${p.file}\nVérifiez ses droits, puis réessayez.`,
    'file-too-large': (p) =>
      `Ce fichier dépasse ${p.limit}${_}: bien trop gros pour ce qu’attend exec-coach${_}: ${p.file}`,
    'file-not-json': (p) =>
      `Ce fichier n’est pas du JSON valide (${p.detail})${_}: ${p.file}\nDemandez-en une nouvelle copie.`,
    'file-invalid': (p) =>
      `Ce n’est pas un ${FILE_KINDS[p.what] ?? p.what} valide${_}: le champ «${_}${p.field}${_}» ${fileDetail(p.message)}${_}: ${p.file}\nDemandez-en une nouvelle copie.`,
    'file-exists': (p) =>
      `Ce fichier existe déjà et n’a pas été touché${_}: ${p.file}\nPour le remplacer, ajoutez ${p.flag}${_}; pour le garder, choisissez un autre dossier avec --out.`,
    'file-write-failed': (p) =>
      `Impossible d’écrire ce fichier (${p.reason})${_}: ${p.file}\nRien n’a été modifié. Réessayez, ou choisissez un autre emplacement avec --out.`,
    'disk-full': (p) =>
      `Le disque est plein${_}: impossible d’écrire ${p.file}.\nRien n’a été modifié et aucun fichier incomplet n’est resté. Libérez de la place, ou choisissez un autre disque avec --out, puis réessayez.`,
    'folder-read-only': (p) =>
      `Ce dossier est en lecture seule${_}: ${p.dir}\n${p.file} n’a pas été écrit. Choisissez avec --out un dossier où vous pouvez écrire.`,
    'folder-missing': (p) =>
      `Ce dossier n’existe pas${_}: ${p.dir}\n${p.file} n’a pas été écrit. Créez d’abord le dossier, ou choisissez-en un autre avec --out.`,
    'folder-not-writable': (p) =>
      `Vous n’avez pas le droit d’écrire dans ce dossier${_}: ${p.dir}\n${p.file} n’a pas été écrit. Choisissez un de vos dossiers avec --out, ou demandez l’accès en écriture.`,
    'key-invalid': (p) =>
      `Ce n’est pas un fichier de clé exec-coach (32${_}octets en base64url)${_}: ${p.file}\nUtilisez le fichier .key écrit par \`coach program init\`.`,
    // Issue 15 : les listes telles que les RH les ont, des clés et des programmes qui évitent les erreurs.
    'key-mismatch': (p) =>
      `Cette clé n’est pas celle de ce programme${_}: ${p.key}\nLe programme ${p.program} a été créé avec la clé ${p.expected}${_}; celle-ci est ${p.actual}. Rien n’a été écrit. Donnez le fichier .key que \`coach program init\` a écrit avec ce programme (avec une autre clé, tous les relevés seraient refusés).`,
    'key-replace-confirm': (p) =>
      `Une clé existe déjà${_}: ${p.file}\nUne nouvelle clé rend invalide chaque inscription déjà envoyée pour ce programme${_}: les relevés des apprenants seraient refusés jusqu’à ce que chacun reçoive un nouveau fichier d’inscription. Rien n’a changé. Il n’y a pas de terminal pour vous le demander${_}: ajoutez --yes pour remplacer la clé malgré tout.`,
    'flag-invalid': (p) => `${p.flag}${_}: ${flagWords[p.problem](p)}. Rien n’a été écrit.`,
    'roster-unusable': (p) =>
      `Cette liste d’apprenants est inutilisable${_}: ${p.file}${p.line ? `:${p.line}` : ''}${_}: ${p.reason}.\nRien n’a été écrit. Corrigez la liste, puis relancez la commande.`,
    'invite-would-replace': (p) =>
      `${p.dir} contient déjà des inscriptions à ce programme${_}: les écrire de nouveau donnerait ${p.count === 1 ? 'un nouveau fichier à cet apprenant' : `de nouveaux fichiers à ces ${p.count}${_}apprenants`}${_}: ${p.learners}\nRien n’a été écrit. Les fichiers déjà envoyés restent valables. Pour leur écrire quand même de nouveaux fichiers, ajoutez --force${_}; pour n’inviter que de nouveaux apprenants, donnez une liste sans eux, ou choisissez un autre dossier avec --out.`,
    'lesson-ids-unknown': (p) =>
      `Leçons ou parcours inconnus${_}: ${p.ids}.${p.suggestions ? ` Vouliez-vous dire${_}: ${p.suggestions}${_}?` : ''}\nLa liste${_}: \`coach list\`.`,
    'date-invalid': (p) =>
      `«${_}${p.value}${_}» n’est pas une date pour ${p.flag}${_}: écrivez-la AAAA-MM-JJ, par exemple 2027-03-31.`,
    'flag-missing': (p) => `Il faut ${p.flag} ici, par exemple ${p.example}`,
    'enroll-confirm': (p) =>
      `Vous êtes inscrit à «${_}${p.current}${_}». Rejoindre «${_}${p.next}${_}» remplace cette inscription (votre progression reste).\nRelancez avec --yes pour confirmer, ou dans un terminal pour qu’on vous le demande.`,
    'roster-no-rows': (p) =>
      `Aucune ligne utilisable dans la liste${_}: chaque ligne a été écartée (voir pourquoi ci-dessus)${_}: ${p.file}\nCorrigez les lignes nommées ci-dessus, puis relancez la commande.`,
    'report-nothing': () =>
      `Rien à présenter${_}: donnez des fichiers ou dossiers de relevés, ou une liste avec --learners.`,
    'roster-no-email': (p) =>
      `Aucune adresse e-mail dans la liste${_}: ${p.file}\nAjoutez une colonne «${_}email${_}» avec l’adresse de chaque participant (et, si vous voulez, «${_}lang${_}»${_}: en ou fr), puis relancez \`coach nudge\`.`,
    'strict-rejected': (p) =>
      `${p.count}${_}${p.count === 1 ? 'relevé a été rejeté ou n’est pas signé' : 'relevés ont été rejetés ou ne sont pas signés'} (voir le rapport)${_}; --strict en fait une erreur.`,
    'tz-unknown': (p) =>
      `«${_}${p.zone}${_}» n’est pas un fuseau horaire pour --tz${_}: donnez un nom de fuseau IANA, par exemple --tz Europe/Paris ou --tz UTC.`,
    'format-unknown': (p) =>
      `Impossible de déduire le format du rapport de ce nom de fichier${_}: ${p.file}\nAjoutez --format table, csv, json, md, html ou xlsx.`,
    'lrs-not-configured': (p) =>
      `Le programme «${_}${p.program}${_}» n’envoie pas ses relevés à un entrepôt d’apprentissage (LRS)${_}: envoyez votre relevé avec \`coach export\`.`,
    'lrs-not-enrolled': () =>
      `Vous n’avez encore rejoint aucun programme${_}: lancez \`coach enroll FICHIER\` avec le fichier reçu de votre sponsor.`,
    'lrs-insecure': (p) =>
      `L’adresse de l’entrepôt d’apprentissage n’est pas en https${_}: ${p.endpoint}\nRien n’a été envoyé. Demandez l’adresse https à votre sponsor.`,
    'lrs-refused': (p) =>
      `L’entrepôt d’apprentissage a refusé les relevés (HTTP ${p.status}${_}: ${p.message}). ${p.waiting}${_}déclarations attendent encore, rien n’est perdu.\n${p.hint ? `Vérifiez le mot de passe dans la variable d’environnement ${p.hint} (ou le fichier lrs-password de votre dossier exec-coach, mode 0600), puis relancez \`coach sync\`.` : 'Transmettez ce message à votre sponsor${_}; relancez `coach sync` une fois le problème réglé.'.replace('${_}', _)}`,
    'lrs-unreachable': (p) =>
      `Impossible de joindre l’entrepôt d’apprentissage (${p.detail})${_}: ${p.endpoint}\n${p.sent ? `${p.sent}${_}déclarations envoyées${_}; ` : ''}${p.waiting} attendent encore, rien n’est perdu. Relancez \`coach sync\` plus tard.`,
    'lrs-credentials-open': (p) =>
      `Votre fichier de mot de passe LRS est lisible par d’autres${_}: ${p.file}\nRendez-le privé (chmod 600 «${_}${p.file}${_}»), puis réessayez.`,
    'lrs-credentials-link': (p) =>
      `Votre fichier de mot de passe LRS est un lien symbolique, que le coach ne suit pas${_}: ${p.file}\nRien n’a été envoyé. Mettez le mot de passe dans ce fichier lui-même (mode 0600), ou dans EXEC_COACH_LRS_PASSWORD.`,
    'lrs-password-env': (p) =>
      `Votre inscription demande de prendre le mot de passe LRS dans la variable ${p.name}${_}; le coach n’utilise que EXEC_COACH_LRS_PASSWORD (ou un nom commençant par EXEC_COACH_LRS_), donc rien n’a été envoyé.\nDemandez un nouveau fichier d’inscription à votre sponsor et lancez \`coach enroll FICHIER\`${_}; vos déclarations attendent, rien n’est perdu.`,
    'lrs-timeout': (p) =>
      `L’entrepôt d’apprentissage n’a pas répondu en ${p.seconds}${_}s${_}: ${p.endpoint}\n${p.sent ? `${p.sent}${_}déclarations ont été envoyées${_}; ` : ''}${p.waiting}${_}attendent encore sur cet ordinateur, rien n’est perdu. Relancez \`coach sync\` plus tard (ajoutez --timeout 120 pour attendre plus longtemps).`,
    'lrs-foreign-link': (p) =>
      `L’entrepôt d’apprentissage a indiqué une autre adresse pour la page suivante (${p.link})${_}; le coach ne suit que les liens de ${p.endpoint}, il s’est donc arrêté là et n’a envoyé votre mot de passe nulle part ailleurs.\nDemandez à l’administrateur de l’entrepôt pourquoi il donne de tels liens.`,
    // coach report --lrs, for HR (issue 15): what to check, and that reading changed nothing.
    'report-lrs-address': (p) =>
      `«${_}${p.value}${_}» n’est pas une adresse web pour --lrs${_}: donnez l’adresse xAPI de l’entrepôt d’apprentissage, par exemple --lrs https://lrs.example.com/xapi.`,
    'report-lrs-insecure': (p) =>
      `Cette adresse d’entrepôt d’apprentissage est en http simple vers un autre ordinateur${_}: ${p.endpoint}\nRien n’a été lu et aucun mot de passe n’a été envoyé (en http simple, n’importe qui sur le trajet pourrait le lire). Utilisez l’adresse https de l’entrepôt${_}; le http simple n’est accepté que pour cet ordinateur (localhost, 127.0.0.1).`,
    'report-lrs-unreachable': (p) =>
      `Impossible de joindre l’entrepôt d’apprentissage (${p.detail})${_}: ${p.endpoint}\nAucun rapport n’a été produit et rien n’a été modifié. Vérifiez l’adresse (--lrs), le réseau de cet ordinateur (un proxy ou un VPN peut être nécessaire) et que l’entrepôt est en service, puis relancez le rapport.`,
    'report-lrs-auth': (p) =>
      `L’entrepôt d’apprentissage a refusé les identifiants (HTTP ${p.status}${_}: ${p.message})${_}: ${p.endpoint}\nAucun rapport n’a été produit et rien n’a été modifié. Vérifiez le nom d’utilisateur (lrs.username dans le fichier du programme), le mot de passe dans la variable d’environnement ${p.variable}, et que ce compte a le droit de lire les déclarations.`,
    'report-lrs-not-found': (p) =>
      `L’entrepôt d’apprentissage n’a pas de déclarations xAPI à cette adresse (HTTP 404)${_}: ${p.endpoint}\nAucun rapport n’a été produit et rien n’a été modifié. Vérifiez le chemin de l’adresse${_}: c’est le point d’accès xAPI que l’entrepôt indique pour les clients, qui finit souvent par /xapi ou /data/xAPI.`,
    'report-lrs-server': (p) =>
      `L’entrepôt d’apprentissage reste en panne de son côté (HTTP ${p.status}, plusieurs essais)${_}: ${p.endpoint}\nAucun rapport n’a été produit et rien n’a été modifié. Réessayez plus tard${_}; si cela continue, prévenez l’administrateur de l’entrepôt.`,
    'report-lrs-refused': (p) =>
      `L’entrepôt d’apprentissage a refusé de donner les déclarations (HTTP ${p.status}${_}: ${p.message})${_}: ${p.endpoint}\nAucun rapport n’a été produit et rien n’a été modifié. Transmettez sa réponse à l’administrateur de l’entrepôt.`,
    'report-xlsx-terminal': () =>
      `Un classeur Excel est un fichier, pas du texte à afficher${_}: ajoutez --out avec le fichier à écrire, par exemple --out rapport.xlsx.`,
    'timeout-invalid': (p) =>
      `«${_}${p.value}${_}» n’est pas un nombre de secondes pour --timeout${_}: donnez un nombre entier de 1 à 3600, par exemple --timeout 60.`,
    'enroll-lrs-consent': (p) =>
      `Ce programme envoie vos relevés d’apprentissage à ${p.host} (ce qui est envoyé est listé ci-dessus). Il n’y a pas de terminal pour vous le demander.\nRelancez avec --yes pour accepter${_}: \`coach enroll FICHIER --yes\`.`,
    'file-duplicate-name': (p) =>
      `Ce fichier donne «${_}${p.field}${_}» deux fois (ligne ${p.line}, colonne ${p.column}), il pourrait donc se lire de deux façons et a été refusé${_}: ${p.file}\nDemandez-en une nouvelle copie.`,
    'plan-at-invalid': (p) =>
      `«${_}${p.value}${_}» n’est pas une heure pour --at${_}: écrivez-la HH:MM sur 24${_}heures, par exemple --at 08:30. Rien n’a été écrit.`,
    'plan-days-invalid': (p) =>
      `«${_}${p.value}${_}» n’est pas une liste de jours pour --days${_}: donnez des jours parmi lun, mar, mer, jeu, ven, sam, dim (ou mon, tue, wed, thu, fri, sat, sun), séparés par des virgules, par exemple --days lun,mer,ven. Rien n’a été écrit.`,
    'plan-due-passed': (p) =>
      `L’échéance du programme «${_}${p.program}${_}» était le ${p.due}${_}: elle est passée, il ne reste donc plus de temps à planifier avant elle. Rien n’a été écrit. Continuez avec \`coach start\`, et demandez à votre sponsor si une nouvelle date s’applique.`,
    unexpected:
      'Un problème imprévu est survenu. Votre progression est enregistrée jusqu’à la dernière étape terminée. Relancez la commande avec --debug pour voir le détail, et signalez-le.',
    usage: 'Ajoutez --help à la commande pour voir comment l’utiliser.',
  },
  keyWords: {
    navigate: 'se déplacer',
    select: 'choisir',
    submit: 'valider',
    all: 'tout',
    invert: 'inverser',
    space: 'espace',
  },
  interrupted: `Arrêté. Votre progression est enregistrée${_}: relancez la même commande pour continuer.`,
  start: {
    header: (title, track, minutes) => `${title} · ${track} · ${minutes}`,
    objective: 'Objectif',
    resume: (i, n) => `Vous reprenez la leçon à l’étape ${i} sur ${n}.`,
    restart: `Vous avez déjà terminé cette leçon. La recommencer${_}?`,
    restartNeedsYes:
      'Cette leçon est déjà terminée. Pour la refaire, lancez `coach start LEÇON` dans un terminal, ou `coach reset LEÇON` avant.',
    noTerminal:
      'Lancez la leçon dans un terminal${_}: `coach start LEÇON`. Pour la lire sans répondre, utilisez `coach show LEÇON`.'.replace(
        '${_}',
        _,
      ),
    allDone: 'Vous avez terminé toutes les leçons. Bravo. Relisez-en une avec `coach show LEÇON`.',
    trackDone: (track) => `Vous avez terminé toutes les leçons de «${_}${track}${_}». Les autres${_}: \`coach list\`.`,
    requires: (titles) => `Cette leçon s’appuie sur ${titles}, que vous n’avez pas encore suivie.`,
    requiresQuestion: `La faire d’abord${_}?`,
    requiresFirst: (title) => `Oui${_}: «${_}${title}${_}» d’abord (recommandé), puis cette leçon`,
    requiresGoOn: `Non${_}: continuer cette leçon maintenant`,
    backTo: (title) => `Retour à «${_}${title}${_}».`,
    pressEnter: 'Appuyez sur Entrée pour continuer',
    later: 'Progression enregistrée. Lancez `coach start` quand vous voudrez reprendre.',
    finished: (title) => `Leçon terminée${_}: ${title}`,
    summary: (steps, minutes, quiz, outcome) =>
      `${steps}${_}étapes · ${minutes}${_}min · quiz ${quiz} du premier coup${outcome ? ` · ${outcome}` : ''}`,
    next: (title, id) => `Ensuite${_}: ${title}  →  coach start ${id}`,
    chooseNetwork: `Quel réseau interne votre entreprise utilise-t-elle${_}? (modifiable avec \`coach config network\`)`,
    networkNote: (name) => `Consignes adaptées à ${name}.`,
    langFallback: (lang) => `Cette leçon n’existe qu’en ${lang === 'English' ? 'anglais' : lang}.`,
  },
  task: {
    howDone: `Comment voulez-vous l’enregistrer${_}?`,
    pasteLink: 'C’est fait${_}: je colle le lien'.replace('${_}', _),
    asDraft:
      'Je ne peux pas publier maintenant${_}: garder un brouillon (le sponsor verra «${_}brouillon${_}»)'.replaceAll(
        '${_}',
        _,
      ),
    doLater: 'Je le ferai plus tard (progression enregistrée)',
    attest: `L’avez-vous fait${_}?`,
    attestYes: 'Oui, c’est fait',
    linkPrompt: (kind) => `Collez le lien vers ${kind}`,
    linkNumber: (i, n) => ` (${i} sur ${n})`,
    textPrompt: 'Tapez votre texte.',
    draftPrompt: 'Tapez votre brouillon. Il reste sur cet ordinateur.',
    accepted: 'Enregistré.',
    draftAccepted: 'Brouillon gardé sur cet ordinateur. La leçon apparaîtra comme terminée en mode brouillon.',
    length: (n, max) => `${n}${_}caractères${max}`,
    xLength: (n, max) => `${n}/${max} selon le décompte de X`,
    privateNote: 'Ce que vous tapez ici reste sur cet ordinateur.',
    insideWarning: (words) =>
      `Attention${_}: ce texte évoque ${words.map((w) => `«${_}${w}${_}»`).join(', ')}. Avant des résultats ou une opération, ces mots peuvent valoir divulgation d’une information privilégiée. Rien n’est bloqué, mais relisez-vous avant de publier quoi que ce soit de semblable.`,
    evidenceNames: {
      attest: 'votre confirmation',
      text: 'votre texte',
      url: 'la page',
      'linkedin-profile': 'votre profil LinkedIn',
      'linkedin-post': 'votre publication LinkedIn',
      'linkedin-comment': 'votre commentaire LinkedIn',
      'x-profile': 'votre profil X',
      'x-post': 'votre post X',
      'facebook-post': 'votre publication Facebook',
      'instagram-post': 'votre publication Instagram',
      'youtube-video': 'la vidéo YouTube',
      'viva-engage-thread': 'la conversation Viva Engage',
      'viva-engage-community': 'la communauté Viva Engage',
      'slack-message': 'le message Slack',
      'slack-canvas': 'le canvas Slack',
      'teams-message': 'le message Teams',
    },
    refusals: {
      empty: 'Rien n’a été saisi.',
      'not-a-link': (name) => `Ce n’est pas un lien. Collez l’adresse complète de ${name}, qui commence par https://.`,
      'not-https': 'Le lien doit commencer par https://.',
      'wrong-shape': (name) => `Ce lien ne ressemble pas à ${name}.`,
      'before-start': (when) =>
        `Ce lien date du ${when}, avant le début de cette leçon${_}: publiez quelque chose de nouveau, puis collez son lien.`,
      beforeToday: (when) =>
        `Ce lien date du ${when}, avant aujourd’hui${_}: faites la pratique du jour, puis collez son lien.`,
      'in-future': (when) =>
        `Ce lien porte une date future (${when})${_}: vérifiez l’horloge de votre ordinateur, ou copiez le lien à nouveau.`,
      'not-public-channel':
        'Ce message est dans une conversation privée ou un message direct${_}: publiez-le dans un canal public, puis copiez son lien.'.replace(
          '${_}',
          _,
        ),
      'pattern-mismatch': 'Ce lien n’est pas du type attendu par cette leçon.',
      duplicate: 'Vous avez déjà donné celui-ci${_}: chaque élément doit être différent.'.replace('${_}', _),
      'duplicate-parent':
        'Il porte sur la même publication qu’un précédent${_}: choisissez une autre publication.'.replace('${_}', _),
      'too-short': (limit, length) => `Trop court${_}: ${length}${_}caractères, au moins ${limit} attendus.`,
      'too-long': (limit, length) => `Trop long${_}: ${length}${_}caractères, ${limit} au plus.`,
      'too-few-lines': (limit, length) =>
        `Écrivez au moins ${limit}${_}lignes (${length} pour l’instant), une idée par ligne.`,
      example: (url) => `Forme attendue, par exemple${_}: ${url}`,
      tryAgain: 'Réessayez, ou validez une ligne vide pour choisir une autre option.',
    },
  },
  quiz: {
    right: 'Exact.',
    wrong: 'Pas tout à fait.',
    retry: `Réessayer${_}?`,
    pickAll: 'Cochez toutes les bonnes réponses (espace pour cocher, Entrée pour valider)',
    answerWas: (letters) => `La réponse${_}: ${letters}.`,
    hint: (text) => `Indice${_}: ${text} Encore un essai.`,
    lookAgain: (step, title) => `Relisez l’étape ${step}, «${_}${title}${_}». Encore un essai.`,
  },
  write: {
    help: (editor) =>
      `Entrée sur deux lignes vides, ou Ctrl-D, pour terminer${editor ? ` · Ctrl-O${_}: ouvrir dans ${editor}` : ''}`,
    emptyQuestion: `Rien n’est écrit pour l’instant. Que voulez-vous faire${_}?`,
    writeNow: 'L’écrire maintenant',
    later: 'Y revenir plus tard (votre place dans la leçon est gardée)',
    backForEditing: `Votre texte est revenu dans l’éditeur${_}: modifiez ce qu’il faut, rien n’est perdu.`,
    keepOrEdit: `Garder ce texte, ou le retoucher d’abord${_}?`,
    keep: 'Le garder tel quel',
    edit: 'Le retoucher',
    lengthX: (n, max) => `${n}/${max}, selon le décompte de X`,
    lengthChars: (n, max) =>
      max === undefined ? `${n}${_}caractères` : `${n}/${max.toLocaleString('fr')}${_}caractères`,
    previewTitle: `Ce que le fil affiche avant «${_}…voir plus${_}»${_}:`,
    seeMore: '…voir plus',
    quote: (word) => `«${_}${word}${_}»`,
    suggestions: {
      opener: (opener) =>
        `Votre première ligne commence par «${_}${opener}${_}»${_}: commencez plutôt par l’essentiel (ce qui change, un chiffre, une question). Le fil n’en montre que les premières lignes.`,
      firstLineLong: (n) =>
        `Votre première ligne compte ${n}${_}caractères${_}; le fil en affiche environ deux lignes. Mettez l’essentiel d’abord, puis revenez à la ligne.`,
      noQuestion: `Terminez par une question ou une invitation à répondre${_}: une publication qui demande obtient des réponses.`,
    },
  },
  welcome: {
    title: 'Bienvenue dans exec-coach.',
    what: (n) =>
      `${n}${_}leçons courtes, de 10 à 15${_}minutes, chacune avec une action réelle sur LinkedIn, X, votre réseau interne et les autres. Le coach vérifie ce qu’il peut et vous indique la suite.`,
    private: 'Ce que vous écrivez ici (réflexions, brouillons, liens) reste sur cet ordinateur.',
    sponsorSees: (program) =>
      `Pour «${_}${program}${_}», votre sponsor reçoit seulement les leçons terminées, leur date, leur durée et vos scores aux quiz${_}: jamais vos textes. \`coach export --preview\` le montre exactement.`,
    nobodySees: `Personne d’autre ne voit votre progression${_}: si votre entreprise vous inscrit, vous verrez ce qui est partagé avant que rien ne le soit.`,
    askLang: `Quelle langue pour le coach et les leçons${_}?`,
    askNetwork: `Quel réseau interne votre entreprise utilise-t-elle${_}? (modifiable avec \`coach config network\`)`,
    saved: 'C’est noté. Votre première leçon commence.',
  },
  notes: {
    title: 'Vos notes',
    none: `Pas encore de notes${_}: vos réflexions et les textes que vous écrivez dans les leçons apparaîtront ici. Elles restent sur cet ordinateur.`,
    kinds: { reflection: 'réflexion', text: 'votre texte', draft: 'brouillon' },
    step: (n, title) => `étape ${n}, «${_}${title}${_}»`,
  },
  today: {
    title: (date) => `Aujourd’hui, ${date}`,
    date: (day) =>
      new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      ),
    practice: (minutes, title) => `La pratique du jour, ${minutes}${_}min, tirée de «${_}${title}${_}»${_}:`,
    practiceDone: 'La pratique du jour est faite.',
    practiceRecorded: `Pratique faite${_}: bravo.`,
    practiceLater: `Elle reste la pratique du jour jusqu’à minuit${_}: relancez \`coach today\` une fois qu’elle est faite.`,
    review: (i, n, title) => `Question de révision ${i} sur ${n}, tirée de «${_}${title}${_}»`,
    reviewsDue: (n) =>
      n === 1
        ? 'Une question de révision vous attend aujourd’hui.'
        : `${n}${_}questions de révision vous attendent aujourd’hui.`,
    inTerminal: 'Lancez `coach today` dans un terminal pour la faire.',
    nothingYet: `Rien pour aujourd’hui${_}: la pratique du jour et les questions de révision viennent des leçons que vous avez terminées. Commencez-en une avec \`coach start\`.`,
    nothingLeft: (next) =>
      `Plus rien pour aujourd’hui${next ? `${_}: la prochaine question de révision arrive le ${next}` : ''}. À demain.`,
    allDone: (right, asked, next) =>
      `C’est tout pour aujourd’hui${asked ? `${_}: ${right} bonne${right > 1 ? 's' : ''} réponse${right > 1 ? 's' : ''} sur ${asked}` : ''}.${next ? ` Prochaine question de révision${_}: ${next}.` : ''}`,
  },
  rhythm: {
    title: (n) =>
      `Pratique, ${n}${_}dernières semaines (jours de pratique par semaine, de la plus ancienne à celle-ci)${_}:`,
    run: (n) =>
      n === 0
        ? `pas encore de semaines actives d’affilée${_}: une pratique cette semaine lance la série`
        : `${n}${_}semaine${n > 1 ? 's' : ''} active${n > 1 ? 's' : ''} d’affilée`,
    due: (practice, questions) =>
      `À faire aujourd’hui${_}: ${[practice ? 'une pratique' : '', questions ? `${questions}${_}question${questions > 1 ? 's' : ''} de révision` : ''].filter(Boolean).join(' et ')}  →  coach today`,
    nothingDue: (next) => `Rien à faire aujourd’hui${next ? `${_}; prochaine question de révision le ${next}` : ''}.`,
  },
  plan: {
    title: (n, days, at, until) =>
      `Votre plan${_}: ${n}${_}leçon${n > 1 ? 's' : ''}, les ${days} à ${at}, jusqu’au ${until}`,
    columns: { date: 'Date', time: 'Heure', lesson: 'Leçon', minutes: 'Durée' },
    dayNames: {
      mon: 'lundis',
      tue: 'mardis',
      wed: 'mercredis',
      thu: 'jeudis',
      fri: 'vendredis',
      sat: 'samedis',
      sun: 'dimanches',
    },
    list: (names) => new Intl.ListFormat('fr', { type: 'conjunction' }).format(names),
    date: (day) =>
      new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      ),
    required: 'obligatoire',
    noProgram: `Pas de programme${_}: plan sur les quatre prochaines semaines.`,
    tooFew: (n, required, until, days) =>
      `${n}${_}leçon${n > 1 ? 's' : ''} ne tien${n > 1 ? 'nent' : 't'} pas avant le ${until}${required ? ` (dont ${required} obligatoire${required > 1 ? 's' : ''})` : ''}. Plus de jours feraient de la place${_}: --days ${days}`,
    tooFewAllDays: (n, required, until) =>
      `${n}${_}leçon${n > 1 ? 's' : ''} ne tien${n > 1 ? 'nent' : 't'} pas avant le ${until}${required ? ` (dont ${required} obligatoire${required > 1 ? 's' : ''})` : ''}, même tous les jours de la semaine${_}: commencez dès aujourd’hui, et prévenez votre sponsor si la date ne peut pas être tenue.`,
    nothing: `Rien à planifier${_}: toutes les leçons sont terminées.`,
    written: (n, file) => `Calendrier écrit, ${n}${_}séance${n > 1 ? 's' : ''}${_}: ${file}
Importez-le dans Outlook, Google Agenda ou Calendrier d’Apple.`,
    calendarName: `exec-coach${_}: mes leçons`,
    event: (minutes, command) => `${minutes}${_}min. Dans un terminal${_}: ${command}`,
  },
  draft: {
    yourDraft: (step) => `Votre texte de l’étape ${step}, prêt à copier${_}:`,
    copied:
      'Il a aussi été envoyé dans votre presse-papiers. Si rien n’a été copié, le texte ci-dessus est votre brouillon.',
    keepEarlier: (step) =>
      `Je ne peux pas publier maintenant${_}: garder le texte de l’étape ${step} comme brouillon (le sponsor verra «${_}brouillon${_}»)`,
  },
  reflect: {
    note: 'Privé${_}: cela reste sur cet ordinateur et n’est jamais envoyé à personne.'.replace('${_}', _),
    optional: `(facultatif${_}: Entrée deux fois pour passer)`,
  },
  checklist: {
    prompt: 'Cochez chaque point réalisé (espace pour cocher, Entrée pour valider)',
    incomplete: (done, total) => `${done} sur ${total} cochés. Tous les points sont nécessaires pour cette étape.`,
    again: 'Les cocher maintenant',
  },
  list: {
    title: 'Leçons',
    track: (title, done, total) => `${title}  ${done}/${total}`,
    requiredMark: 'obligatoire dans votre programme',
    hint: 'Lancez-en une avec `coach start LEÇON`, ou simplement `coach start` pour la suivante.',
    empty: 'Aucune leçon trouvée.',
  },
  show: {
    objective: 'Objectif',
    quiz: 'Quiz',
    answer: 'Réponse',
    explain: 'Pourquoi',
    task: 'À faire',
    evidence: (what) => `Ce que vous enregistrez${_}: ${what}.`,
    count: (what, n) => `${what} (${n}${_}différents)`,
    draftOk: 'Si vous ne pouvez pas publier, un brouillon est accepté.',
    onNetwork: (network, what) => `sur ${network}, ${what}`,
    or: `${_}; `,
    reflect: 'Réflexion personnelle',
    checklist: 'Points à vérifier',
    forNetwork: (names) => `Pour ${names}${_}:`,
  },
  status: {
    title: 'Votre progression',
    overall: (done, total) => `${done} leçons terminées sur ${total}`,
    inProgress: (title, step) => `En cours${_}: ${title} (${step})`,
    next: (id) => `Ensuite${_}: coach start ${id}`,
    nothingNext: 'Plus rien à proposer${_}: toutes les leçons sont faites.'.replace('${_}', _),
    oneLine: (done, total, next) =>
      `${done}/${total} leçons terminées${next ? ` · ensuite${_}: coach start ${next}` : ''}`,
  },
  reset: {
    confirm: (ids) => `Recommencer ${ids}${_}? Les fins de leçon passées restent dans votre historique.`,
    needsYes: 'Ajoutez --yes pour confirmer hors terminal${_}: `coach reset LEÇON --yes`.'.replace('${_}', _),
    needsTarget: 'Indiquez les leçons à recommencer, ou --all.',
    done: (n) => `${n}${_}${n === 1 ? 'leçon recommencée' : 'leçons recommencées'}. L’historique est conservé.`,
    cancelled: 'Rien n’a été recommencé.',
    nothing: 'Rien à recommencer${_}: ces leçons ne sont pas commencées.'.replace('${_}', _),
  },
  config: {
    set: (key, value) => `${key} = ${value}`,
    unset: (key) => `${key} revient à sa valeur par défaut.`,
    notSet: 'non défini',
    keys: {
      lang: 'langue du coach et des leçons (en ou fr)',
      name: 'le nom par lequel le coach vous salue',
      network: 'votre réseau interne (viva-engage, slack ou teams)',
    },
  },
  doctor: {
    title: 'Bilan d’exec-coach',
    ok: 'ok',
    problem: 'problème',
    node: (v) => `Node.js ${v}`,
    nodeOld: (v) => `Node.js ${v}${_}: exec-coach demande la version 20.19 ou plus`,
    home: (dir) => `Dossier des données${_}: ${dir}`,
    storeFresh: 'Fichier de progression${_}: pas encore créé (il le sera à votre première leçon)'.replace('${_}', _),
    storeOk: (n) => `Fichier de progression${_}: lisible, ${n}${_}leçons avec une progression`,
    storeBad: 'Fichier de progression${_}: inutilisable'.replace('${_}', _),
    recoverable: (n) =>
      `Récupérable${_}: ${n}${_}leçons avec une progression, ainsi que vos réglages et votre inscription s’ils sont lisibles.`,
    fixHint:
      'Lancez `coach doctor --fix` pour garder ce fichier à part sous un autre nom et repartir avec ce qui peut être récupéré.',
    fixed: (aside, n) =>
      `Ancien fichier gardé sous ${aside}. Nouveau fichier de progression créé avec ${n}${_}leçons récupérées.`,
    nothingToFix: 'Rien à réparer.',
    leftovers: (n) =>
      `Fichiers temporaires laissés par des enregistrements interrompus${_}: ${n} (votre progression est intacte${_}; \`coach doctor --fix\` les supprime)`,
    leftoversRemoved: (n) => `Fichiers temporaires laissés par des enregistrements interrompus${_}: ${n} supprimés`,
    lessons: (n, dirs) => `Leçons${_}: ${n} trouvées dans ${dirs}${_}${dirs === 1 ? 'dossier' : 'dossiers'}`,
    lessonProblems: (n) => `Problèmes dans les leçons${_}: ${n} (détail${_}: coach lint)`,
    language: (lang) => `Langue${_}: ${lang}`,
    terminal: (yes) => (yes ? `Terminal${_}: interactif` : `Terminal${_}: non interactif (pas de questions)`),
    allGood: 'Tout semble en ordre.',
  },
  lint: {
    error: 'erreur',
    warning: 'avertissement',
    ok: (lessons, files) => `${lessons}${_}leçons, ${files}${_}fichiers${_}: aucun problème.`,
    warnings: (n) => `${n}${_}${n === 1 ? 'avertissement' : 'avertissements'}`,
  },
  home: {
    greeting: (name) => `Bonjour ${name}.`,
    question: `Que souhaitez-vous faire${_}?`,
    continue: (title) => `Continuer${_}: ${title}`,
    startNext: (title) => `Commencer la leçon suivante${_}: ${title}`,
    choose: 'Choisir une leçon',
    progress: 'Ma progression',
    settings: 'Réglages',
    quit: 'Quitter',
    pickLesson: `Quelle leçon${_}?`,
    pickSetting: `Quel réglage${_}?`,
    pickLang: 'Langue',
    pickName: 'Votre nom (pour vous saluer)',
    back: 'Retour',
    today: (minutes, questions) =>
      `Aujourd’hui${_}: ${[minutes ? `une pratique de ${minutes}${_}min` : '', questions ? `${questions}${_}question${questions > 1 ? 's' : ''} de révision` : ''].filter(Boolean).join(' et ')}`,
  },
  sponsor: {
    programWritten: (title, n, due) =>
      `Programme «${_}${title}${_}»${_}: ${n}${_}leçons obligatoires, échéance le ${due}.`,
    keepKeySecret: (key) =>
      `Gardez ${key} secret${_}: il signe le relevé de chaque participant. Ne l’envoyez jamais${_}; envoyez seulement les fichiers d’inscription.`,
    nextInvite: (program, key) =>
      `Ensuite${_}: coach invite --program ${program} --key ${key} --learners learners.csv --out invitations/`,
    invited: (n, dir, skipped) =>
      `${n}${_}${n === 1 ? 'fichier d’inscription écrit' : 'fichiers d’inscription écrits'} dans ${dir}${skipped ? `${_}; ${skipped}${_}${skipped === 1 ? 'ligne ignorée' : 'lignes ignorées'} (voir plus haut)` : ''}. Envoyez à chaque dirigeant son propre fichier${_}; il lance \`coach enroll FICHIER\`.`,
    reportWritten: (learners, rejected, file) =>
      `Rapport sur ${learners}${_}participants écrit dans ${file}${rejected ? ` (${rejected}${_}${rejected === 1 ? 'fichier rejeté' : 'fichiers rejetés'}, listés dans le rapport)` : ''}.`,
    rejectedCount: (n) =>
      `${n}${_}${n === 1 ? 'fichier a été rejeté' : 'fichiers ont été rejetés'}${_}: voir la liste dans le rapport.`,
    keyOpen: (file) =>
      `Attention${_}: ce fichier de clé est lisible par d’autres utilisateurs de cet ordinateur${_}: ${file}\nQuiconque le lit peut signer des relevés pour tous les participants. Rendez-le privé${_}: chmod 600 "${file}"`,
  },
  roster: {
    empty: () => `le fichier est vide${_}: la première ligne doit être un en-tête comme id,name,email,department`,
    'no-id-column': (p) =>
      `pas de colonne «${_}id${_}» dans l’en-tête (trouvé${_}: ${p.found})${_}: nommez «${_}identifiant${_}» ou «${_}id${_}» la colonne des identifiants`,
    'no-id': () => 'pas d’identifiant sur cette ligne',
    'bad-id': (p) =>
      `l’identifiant «${_}${p.id}${_}» doit compter de 1 à 64 lettres, chiffres, points, tirets ou soulignés`,
    'duplicate-id': (p) => `l’identifiant «${_}${p.id}${_}» figure déjà ligne ${p.first}`,
    'bad-field': (p) => `${p.column} est trop long ou contient des caractères de contrôle`,
    'bad-email': (p) => `«${_}${p.value}${_}» n’est pas une adresse e-mail`,
    'bad-lang': (p) => `«${_}${p.value}${_}» n’est pas une langue connue (en ou fr)`,
    'unknown-column': (p) =>
      `colonnes ignorées${_}: ${p.columns} (le coach lit identifiant, nom, prénom, nom de famille, e-mail, service, langue et responsable, en français ou en anglais)`,
    'repeated-column': (p) => `colonnes données deux fois, seule la première est lue${_}: ${p.columns}`,
    'case-duplicate-id': (p) =>
      `l’identifiant «${_}${p.id}${_}» ne diffère de «${_}${p.other}${_}» (ligne ${p.first}) que par les majuscules et minuscules${_}: les identifiants sont pris tels quels, et ces deux-là ne feraient qu’un fichier sous Windows et macOS. Gardez-en un seul, ou donnez deux identifiants bien distincts`,
    'control-char': (p) =>
      `cette ligne contient un caractère de contrôle (${p.char}) qu’aucun tableur n’écrit dans un fichier CSV${_}: enregistrez de nouveau la liste depuis le tableur au format «${_}CSV UTF-8${_}»`,
    xlsx: () =>
      `c’est un classeur Excel (.xlsx), pas un fichier CSV${_}: dans Excel, choisissez Fichier > Enregistrer sous > «${_}CSV UTF-8 (délimité par des virgules)${_}» et donnez ce fichier`,
    xls: () =>
      `c’est un classeur Excel 97-2003 (.xls), pas un fichier CSV${_}: dans Excel, choisissez Fichier > Enregistrer sous > «${_}CSV UTF-8 (délimité par des virgules)${_}» et donnez ce fichier`,
    binary: () =>
      `ce n’est pas un fichier texte${_}: enregistrez la liste depuis votre tableur au format «${_}CSV UTF-8${_}»`,
    'bad-encoding': () =>
      `le texte de ce fichier est abîmé (il se dit en UTF-16 mais ne l’est pas)${_}: enregistrez de nouveau la liste depuis votre tableur au format «${_}CSV UTF-8${_}»`,
  },
  programKey: {
    replaceAsk: (file) =>
      `${file} existe déjà. Une nouvelle clé rend invalide chaque inscription déjà envoyée pour ce programme${_}: les relevés des apprenants seront refusés jusqu’à ce que chacun reçoive un nouveau fichier d’inscription. Remplacer la clé${_}?`,
    kept: `Rien n’a changé${_}: la clé et le programme sont tels qu’ils étaient.`,
    replaced: (file) =>
      `La clé ${file} a été remplacée${_}: chaque apprenant a besoin d’un nouveau fichier d’inscription (coach invite ... --force).`,
  },
  enroll: {
    already: (title) => `Vous êtes déjà inscrit à «${_}${title}${_}» avec ce fichier. Rien n’a changé.`,
    confirmRenew: (title) =>
      `Vous êtes déjà inscrit à «${_}${title}${_}». Le remplacer par cette invitation plus récente${_}? (votre progression reste)`,
    confirmReplace: (current, next) =>
      `Vous êtes inscrit à «${_}${current}${_}». Le quitter pour «${_}${next}${_}»${_}? (votre progression reste)`,
    cancelled: 'Rien n’a changé.',
    welcome: (title, who) => `Bienvenue dans «${_}${title}${_}», ${who}.`,
    details: (n, due, days) =>
      `${n}${_}leçons obligatoires, échéance le ${due} (${days >= 0 ? `${days}${_}jours restants` : `${-days}${_}jours de retard`}). Elles passent en premier dans \`coach\` et \`coach list\`.`,
    lessonsMissing: (dir) =>
      `Votre programme fournit des leçons dans un dossier absent d’ici${_}: ${dir}\nPlacez le dossier envoyé par votre sponsor à côté du fichier d’inscription, puis relancez \`coach enroll FICHIER\`.`,
    missingLessons: (ids) =>
      `Cette version d’exec-coach n’a pas ces leçons obligatoires${_}: ${ids}. Mettez exec-coach à jour, ou demandez à votre sponsor.`,
    next: `Commencez par \`coach start\`. Une fois terminé, envoyez votre relevé avec \`coach export\`.`,
    lrsWhat: (host, learner) =>
      `Ce programme rend compte à un entrepôt d’apprentissage, ${host}. Ce qui y sera envoyé, après chaque leçon et par \`coach sync\`${_}:\n  - l’ouverture d’une leçon (launched), chaque étape terminée (progressed), chaque leçon achevée (completed, avec sa durée et son mode, réel ou brouillon)${_};\n  - votre première réponse à chaque question de quiz, juste ou fausse${_};\n  - votre identifiant, ${learner} (ni nom, ni e-mail).\nJamais envoyé${_}: vos textes, liens, réflexions ou notes.`,
    lrsConfirm: (host) => `Envoyer ces relevés d’apprentissage à ${host}${_}?`,
  },
  nudge: {
    help: {
      summary:
        'Écrire un e-mail de rappel (.eml) pour chaque participant en retard ou qui n’a pas commencé, à envoyer depuis votre messagerie',
      examples: [
        [
          'coach nudge releves/ --program comex-2027.program.json --key comex-2027.key --learners participants.csv --out rappels/',
          'un .eml par participant à relancer',
        ],
        ['coach nudge releves/ ... --out rappels/ --json', 'la liste, pour d’autres outils'],
        [
          'coach nudge releves/ ... --out rappels/ --lang en',
          'en anglais pour les participants sans langue dans la liste',
        ],
      ],
    },
    mail: {
      subject: (program, left, due, late) =>
        `Rappel${_}: ${program} (${left}${_}${left === 1 ? 'leçon restante' : 'leçons restantes'}, ${late ? `échéance du ${due} passée` : `échéance le ${due}`})`,
      subjectNoRecord: (program, due, late) =>
        `Rappel${_}: ${program} (${late ? `échéance du ${due} passée` : `échéance le ${due}`})`,
      hello: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
      late: (program, due, days) =>
        `Petit rappel au sujet du programme «${_}${program}${_}»${_}: l’échéance était le ${due}, il y a ${days}${_}${days === 1 ? 'jour' : 'jours'}.`,
      notStarted: (program, due) =>
        `Petit rappel au sujet du programme «${_}${program}${_}», à terminer pour le ${due}${_}: vous ne l’avez pas encore commencé.`,
      noRecord: (program, due) =>
        `Petit rappel au sujet du programme «${_}${program}${_}», à terminer pour le ${due}${_}: votre progression ne nous est pas encore parvenue.`,
      notReached: 'Votre progression ne nous est pas encore parvenue.',
      left: (n) => `Il vous reste ${n}${_}${n === 1 ? 'leçon obligatoire' : 'leçons obligatoires'}${_}:`,
      required: `Les leçons obligatoires${_}:`,
      begin: `Pour commencer, ouvrez un terminal et tapez${_}:`,
      goOn: `Pour continuer, ouvrez un terminal et tapez${_}:`,
      beginOrGoOn: `Pour commencer, ou pour continuer, ouvrez un terminal et tapez${_}:`,
      minutes: 'Chaque leçon prend quelques minutes, et le coach reprend là où vous en étiez.',
      export: 'Quand vous aurez terminé, lancez `coach export` et envoyez-nous le fichier qu’il écrit.',
      exportNoRecord:
        'Si vous en avez déjà fait certaines, lancez `coach export` dès maintenant et envoyez-nous le fichier qu’il écrit.',
      lrs: 'Votre progression nous parvient d’elle-même après chaque leçon (ou avec `coach sync`).',
      lrsNoRecord:
        'Si vous en avez déjà fait certaines, lancez `coach sync` pour que votre progression nous parvienne.',
      thanks: 'Merci,',
    },
    columns: { learner: 'Participant', email: 'Courriel', reason: 'Motif', file: 'Fichier' },
    reasons: {
      late: 'en retard',
      'not-started': 'pas commencé',
      'no-record': 'pas de relevé',
      'not-needed': 'inutile',
      'no-email': 'pas d’e-mail',
      'bad-email': 'adresse inutilisable',
      'not-in-roster': 'absent de la liste',
    },
    written: (n, dir) =>
      `${n} ${n === 1 ? 'rappel écrit' : 'rappels écrits'} dans ${dir}. Ouvrez chaque fichier dans votre messagerie (il s’ouvre comme un message à envoyer), relisez-le et envoyez-le.`,
    none: `Personne n’a besoin d’un rappel${_}: aucun fichier écrit.`,
    replaced: (n) =>
      `${n} d’entre eux ${n === 1 ? 'remplace' : 'remplacent'} le rappel du même participant écrit lors d’un passage précédent.`,
    removed: (n) =>
      `${n} ${n === 1 ? 'rappel précédent supprimé' : 'rappels précédents supprimés'}${_}: ${n === 1 ? 'ce participant n’en a plus besoin' : 'ces participants n’en ont plus besoin'}.`,
    unreachable: (n) =>
      `${n} ${n === 1 ? 'participant a' : 'participants ont'} besoin d’un rappel mais pas d’adresse e-mail utilisable dans la liste (voir la liste).`,
    programLang: (language) =>
      `Les participants sans langue dans la liste reçoivent leur rappel en ${language.toLowerCase()}, la langue de ce coach (--lang en ou --lang fr pour la changer).`,
  },
  exportRecord: {
    unsigned: `Vous n’avez rejoint aucun programme (\`coach enroll FICHIER\`)${_}: ce relevé n’est pas signé, et votre sponsor le verra «${_}non signé${_}».`,
    previewTitle: (title) => `Ce que votre sponsor recevra pour «${_}${title}${_}»`,
    noProgram: 'aucun programme',
    previewLearner: (id) => `Identifiant${_}: ${id} (ni nom, ni e-mail)`,
    previewEmpty: 'Aucune leçon commencée pour l’instant.',
    previewNever: `Jamais inclus${_}: vos réflexions, vos brouillons, les textes que vous avez écrits et les liens donnés. Ils restent sur cet ordinateur.`,
    written: (n, file) => `Relevé écrit (${n}${_}leçons terminées)${_}: ${file}\nEnvoyez ce fichier à votre sponsor.`,
  },
  backup: {
    written: (n, file) =>
      `Sauvegarde écrite (${n}${_}leçons avec une progression, notes personnelles comprises)${_}: ${file}\nGardez-la aussi privée que vos notes. Sur l’autre ordinateur${_}: \`coach restore FICHIER\`.`,
    plan: (restored, kept, added) =>
      `Depuis la sauvegarde${_}: ${restored}${_}leçons à restaurer, ${kept} gardées ici car plus récentes ici, ${added}${_}fins de leçon passées à ajouter.`,
    nothing: `Rien à restaurer${_}: cet ordinateur a déjà tout ce que contient la sauvegarde, ou plus récent.`,
    confirm: `Restaurer maintenant${_}?`,
    needsYes: `Ajoutez --yes pour restaurer hors terminal${_}: \`coach restore FICHIER --yes\`.`,
    cancelled: 'Rien n’a été modifié.',
    done: (n) => `${n}${_}leçons restaurées.`,
    kept: (ids) => `Progression plus récente gardée sur cet ordinateur pour${_}: ${ids}.`,
    enrollmentInvalid: (field, message) =>
      `L’inscription contenue dans la sauvegarde n’a pas été restaurée${_}: le champ «${_}${field}${_}» ${message}. Pour rejoindre le programme, lancez \`coach enroll FICHIER\` avec le fichier reçu de votre sponsor.`,
    enrollmentAsk: (title, host) =>
      `La sauvegarde contient aussi votre inscription à «${_}${title}${_}»${host ? `, qui envoie des relevés d’apprentissage à ${host}` : ''}. La restaurer aussi${_}?`,
    enrollmentSkipped: `L’inscription contenue dans la sauvegarde n’a pas été restaurée${_}; lancez \`coach enroll FICHIER\` pour rejoindre le programme.`,
  },
  sync: {
    sent: (n, endpoint) =>
      `${n}${_}${n === 1 ? 'déclaration envoyée' : 'déclarations envoyées'} à ${endpoint}. Plus rien n’attend.`,
    nothing: `Rien à envoyer${_}: tous les relevés ont atteint l’entrepôt d’apprentissage.`,
    laterNote: (n) =>
      `L’entrepôt d’apprentissage est injoignable pour l’instant${_}: ${n}${_}déclarations attendent sur cet ordinateur. Elles partiront avec \`coach sync\` ou après votre prochaine leçon.`,
    queued: (n) => `${n}${_}${n === 1 ? 'relevé attend' : 'relevés attendent'} d’être envoyés (coach sync).`,
    doctorOk: (endpoint) => `Entrepôt d’apprentissage${_}: joignable, identifiants acceptés (${endpoint})`,
    doctorBad: (endpoint, why) => `Entrepôt d’apprentissage${_}: ${why} (${endpoint})`,
    doctorQueue: (n) => `Déclarations en attente d’envoi${_}: ${n}`,
    otherEnrollment: (n) =>
      `${n}${_}déclarations d’une inscription précédente attendent${_}: elles ne partent que vers l’entrepôt d’apprentissage de ce programme-là, jamais vers celui-ci. Rejoignez de nouveau ce programme (\`coach enroll FICHIER\`) pour les envoyer.`,
    progress: (sent, total, attempt, waitS) =>
      `Envoi à l’entrepôt d’apprentissage${_}: ${sent} sur ${total} envoyées, tentative ${attempt}${waitS > 0 ? `, nouvel essai dans ${waitS}${_}s` : ''}…`,
  },
  program: {
    learner: (who) => `Participant${_}: ${who}`,
    line: (title, due, days) =>
      `Programme${_}: ${title}, échéance le ${due} (${days >= 0 ? `${days}${_}jours restants` : `${-days}${_}jours de retard`})`,
    required: (done, total) => `Leçons obligatoires${_}: ${done}/${total} terminées`,
  },
  cmd: {
    usage: '[commande] [options]',
    helpCommand: 'afficher l’aide d’une commande',
    stepInvalid: 'indiquez un numéro d’étape${_}: 1, 2, 3…'.replace('${_}', _),
    options: {
      version: 'afficher la version',
      help: 'afficher l’aide de la commande',
      lang: 'langue du coach et des leçons${_}: en ou fr'.replace('${_}', _),
      lessons: 'un dossier de leçons en plus (répétable${_}; aussi EXEC_COACH_LESSONS)'.replace('${_}', _),
      noColor: 'sans couleurs (aussi NO_COLOR=1)',
      noInput:
        'ne jamais poser de question${_}; échouer en nommant l’argument manquant (aussi EXEC_COACH_NO_INPUT=1)'.replace(
          '${_}',
          _,
        ),
      debug: 'afficher les détails techniques en cas de problème',
      json: 'sortie JSON pour d’autres programmes',
      track: 'seulement les leçons de ce parcours',
      step: 'seulement l’étape N',
      answers: 'afficher aussi les réponses des quiz (pour les auteurs)',
      all: 'toutes les leçons',
      yes: 'confirmer sans demander',
      fix: 'réparer ce qui peut l’être sans rien perdre',
      unset: 'revenir à la valeur par défaut',
      id: 'identifiant du programme (lettres, chiffres, points, tirets)',
      title: 'titre du programme, affiché aux participants',
      due: 'échéance, AAAA-MM-JJ',
      require: 'parcours et leçons obligatoires, séparés par des virgules (répétable)',
      lrs: 'adresse de l’entrepôt d’apprentissage (xAPI), facultatif',
      lrsUser: 'nom d’utilisateur pour l’entrepôt d’apprentissage',
      activityBase:
        'IRI sous laquelle le programme nomme ses activités xAPI (par défaut${_}: urn:exec-coach:program:ID)'.replace(
          '${_}',
          _,
        ),
      sponsorName: 'qui parraine le programme (affiché aux participants)',
      sponsorEmail: 'à qui les participants peuvent écrire',
      outDir: 'dossier où écrire (par défaut${_}: ici)'.replace('${_}', _),
      force: 'remplacer les fichiers existants',
      yesNewKey: 'remplacer une clé existante sans demander (chaque inscription déjà envoyée devient invalide)',
      allowPast: 'accepter une échéance déjà passée',
      forceInvite: 'réécrire les inscriptions que ce dossier contient déjà pour ces apprenants',
      programFile: 'le fichier du programme (ID.program.json)',
      keyFile: 'le fichier de clé du programme (ID.key)',
      learnersFile: 'la liste${_}: CSV avec id (obligatoire), name, email, department'.replace('${_}', _),
      outFile: 'fichier à écrire (- pour la sortie standard)',
      nudgeOut: 'dossier des fichiers .eml (créé si son dossier parent existe)',
      nudgeLearners: `la liste${_}: CSV avec id et email, et name, lang (en ou fr) si vous les avez`,
      preview: 'montrer ce qui sera envoyé, sans rien écrire',
      format:
        'table, csv, json, md, html ou xlsx (par défaut${_}: selon --out, sinon table dans un terminal, json hors terminal)'.replace(
          '${_}',
          _,
        ),
      by: 'une ligne par participant (par défaut) ou par leçon',
      delimiter:
        'séparateur CSV (par défaut${_}: ; pour un rapport en français, comme l’attend Excel en français, sinon ,)'.replace(
          '${_}',
          _,
        ),
      strict: 'sortir avec le code 1 si un relevé a été rejeté ou n’est pas signé',
      yesEnroll: 'remplacer une inscription précédente sans question',
      backupOut: 'le fichier de sauvegarde à écrire',
      notesFormat: 'text (par défaut) ou md (Markdown)',
      tz: 'fuseau horaire des dates et des jours affichés, par exemple Europe/Paris (par défaut${_}: celui du système)'.replace(
        '${_}',
        _,
      ),
      lrsRead: 'lire les déclarations dans cet entrepôt d’apprentissage (xAPI) plutôt que dans des fichiers',
      syncTimeout: 'abandonner après ce nombre de secondes (30 par défaut) ; rien n’est perdu, les relevés attendent',
      todayJson: 'afficher en JSON la pratique et les questions du jour, sans rien demander',
      ics: 'écrire le plan dans un fichier iCalendar (.ics) à importer dans votre agenda',
      at: 'heure de la séance quotidienne, HH:MM (08:30 par défaut)',
      days: `jours de la semaine, séparés par des virgules${_}: lun,mar,mer,jeu,ven,sam,dim ou mon,tue,wed,thu,fri,sat,sun (du lundi au vendredi par défaut)`,
    },
    args: {
      lesson: 'identifiant de la leçon, tel que `coach list` l’affiche',
      lessons: 'identifiants de leçons',
      key: 'réglage${_}: lang, name ou network'.replace('${_}', _),
      value: 'nouvelle valeur',
      dirs: 'dossiers de leçons (par défaut${_}: les leçons fournies et vos dossiers en plus)'.replace('${_}', _),
      file: 'le fichier d’inscription',
      paths: 'fichiers ou dossiers de relevés (lus récursivement)',
      backupFile: 'le fichier de sauvegarde',
    },
    home: {
      summary: 'Ouvrir le menu d’accueil (dans un terminal), ou afficher un bref état',
      examples: [
        ['coach', 'reprendre, choisir une leçon, voir sa progression'],
        ['coach --lang en', 'la même chose, en anglais'],
      ],
    },
    list: {
      summary: 'Lister les leçons par parcours, avec votre progression',
      examples: [
        ['coach list', 'toutes les leçons'],
        ['coach list --track linkedin', 'un seul parcours'],
        ['coach list --json', 'pour d’autres programmes'],
      ],
    },
    start: {
      summary: 'Suivre une leçon à partir de sa première étape non faite',
      examples: [
        ['coach start', 'la leçon suivante pour vous'],
        ['coach start linkedin-first-post', 'une leçon précise'],
      ],
    },
    show: {
      summary: 'Afficher une leçon sans questions (pour lire, prévisualiser, réviser)',
      examples: [
        ['coach show security-lock-down', 'toute la leçon'],
        ['coach show security-lock-down --step 2', 'une seule étape'],
        ['coach show security-lock-down | less', 'en Markdown brut hors terminal'],
      ],
    },
    notes: {
      summary: 'Relire vos propres réflexions et textes, par leçon et par date (ils restent sur cet ordinateur)',
      examples: [
        ['coach notes', 'toutes vos notes'],
        ['coach notes linkedin-first-post', 'une leçon'],
        ['coach notes --format md > notes.md', 'en Markdown, pour les garder ailleurs'],
      ],
    },
    today: {
      summary: `Vos cinq minutes du jour${_}: une petite action réelle tirée de vos leçons, et jusqu’à trois questions de révision`,
      examples: [
        ['coach today', 'la pratique et les questions du jour'],
        ['coach today --json', 'ce qui est à faire, pour d’autres programmes'],
      ],
    },
    plan: {
      summary: `Répartir les leçons restantes en séances de 15${_}minutes avant l’échéance, ou dans votre agenda`,
      examples: [
        ['coach plan', 'une séance par jour ouvré, à 08:30'],
        ['coach plan --days lun,mer,ven --at 07:45', 'trois matins par semaine'],
        ['coach plan --ics lecons.ics', 'un fichier pour votre agenda'],
      ],
    },
    status: {
      summary: 'Voir votre progression par parcours et la suite',
      examples: [
        ['coach status', 'barres de progression et leçon suivante'],
        ['coach status --json', 'pour d’autres programmes'],
      ],
    },
    reset: {
      summary: 'Recommencer des leçons (l’historique est conservé)',
      examples: [
        ['coach reset linkedin-first-post', 'une leçon, après confirmation'],
        ['coach reset --all --yes', 'toutes, sans demander'],
      ],
    },
    config: {
      summary: 'Lire ou modifier les réglages (lang, name, network)',
      examples: [
        ['coach config', 'tous les réglages'],
        ['coach config lang fr', 'en français désormais'],
        ['coach config network slack', 'votre réseau interne'],
        ['coach config name --unset', 'revenir à la valeur par défaut'],
      ],
    },
    doctor: {
      summary: 'Vérifier l’installation, votre fichier de progression et les leçons',
      examples: [
        ['coach doctor', 'vérifier sans rien changer'],
        ['coach doctor --fix', 'garder à part un fichier endommagé et repartir'],
      ],
    },
    program: {
      summary: 'Créer un programme (leçons obligatoires, échéance) et sa clé',
      examples: [
        [
          'coach program init --id comex-2027 --title "Comex 2027" --due 2027-03-31 --require foundations,security',
          'écrit comex-2027.program.json et comex-2027.key',
        ],
      ],
    },
    programInit: {
      summary: 'Écrire le fichier du programme et sa clé secrète (mode 0600)',
      examples: [
        [
          'coach program init --id comex-2027 --title "Comex 2027" --due 2027-03-31 --require foundations,security,linkedin-first-post',
          'parcours et leçons peuvent se mêler',
        ],
        ['coach program init ... --out rh/ --force', 'dans rh/, en remplaçant un programme précédent'],
      ],
    },
    invite: {
      summary: 'Écrire un fichier d’inscription par ligne de la liste',
      examples: [
        [
          'coach invite --program comex-2027.program.json --key comex-2027.key --learners learners.csv --out invitations/',
          'learners.csv${_}: id,name,email,department'.replace('${_}', _),
        ],
      ],
    },
    enroll: {
      summary: 'Rejoindre le programme d’un sponsor avec le fichier d’inscription reçu des RH',
      examples: [
        ['coach enroll ~/Downloads/ceo-042.enrollment.json', 'rejoindre le programme'],
        ['coach enroll nouveau.enrollment.json --yes', 'remplacer une inscription précédente sans question'],
      ],
    },
    export: {
      summary: 'Écrire votre relevé signé pour le sponsor',
      examples: [
        ['coach export --preview', 'voir ce que le sponsor recevra'],
        ['coach export', 'écrire le relevé dans ce dossier'],
        ['coach export --out releve.json', 'choisir le fichier'],
        ['coach export --out -', 'l’afficher'],
      ],
    },
    report: {
      summary: 'Vérifier les relevés et voir qui a terminé, qui est en retard ou pas commencé',
      examples: [
        [
          'coach report releves/ --program comex-2027.program.json --key comex-2027.key --learners learners.csv',
          'un tableau dans le terminal',
        ],
        ['coach report releves/ ... --out rapport.html', 'une page à partager (format selon l’extension)'],
        ['coach report releves/ ... --format csv --delimiter ";" --out rapport.csv', 'pour Excel en français'],
        ['coach report releves/ ... --by lesson', 'une ligne par leçon'],
      ],
    },
    backup: {
      summary: 'Sauvegarder toute votre progression et vos notes dans un fichier, pour changer d’ordinateur',
      examples: [['coach backup --out ~/exec-coach-sauvegarde.json', 'écrire la sauvegarde (à garder privée)']],
    },
    restore: {
      summary:
        'Récupérer la progression d’une sauvegarde${_}; une progression plus récente ici n’est jamais remplacée'.replace(
          '${_}',
          _,
        ),
      examples: [
        ['coach restore ~/exec-coach-sauvegarde.json', 'voir ce qui change, confirmer'],
        ['coach restore sauvegarde.json --yes', 'sans question'],
      ],
    },
    sync: {
      summary: 'Envoyer vos relevés en attente à l’entrepôt d’apprentissage du sponsor (xAPI)',
      examples: [
        ['coach sync', 'envoyer ce qui attend'],
        ['EXEC_COACH_LRS_PASSWORD=... coach sync', 'avec le mot de passe dans l’environnement'],
      ],
    },
    lint: {
      summary: 'Vérifier des dossiers de leçons avant de les publier',
      examples: [
        ['coach lint', 'les leçons fournies et vos dossiers en plus'],
        ['coach lint ./nos-lecons', 'un dossier de leçons de l’entreprise'],
      ],
    },
  },
  reportProgress: {
    reading: (done, total) =>
      `Vérification des relevés${_}: ${done.toLocaleString('fr')} sur ${total.toLocaleString('fr')}…`,
  },
  help: {
    description:
      'De courtes leçons pratiques pour que les dirigeants utilisent vraiment LinkedIn, X, Facebook, Instagram et le réseau interne, en quelques minutes par jour.',
    examples: `Exemples${_}:`,
    groups: {
      learner: `Commandes${_}:`,
      sponsor: `Pour les sponsors (RH)${_}:`,
      author: `Pour les auteurs de leçons${_}:`,
    },
    titles: {
      'Usage:': `Utilisation${_}:`,
      'Options:': `Options${_}:`,
      'Arguments:': `Arguments${_}:`,
      'Commands:': `Commandes${_}:`,
      'Global Options:': `Options globales${_}:`,
    },
  },
};
