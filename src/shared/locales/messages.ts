/**
 * Every string a widget shows that does not come from the dataset, in each language of
 * `LANGS`, in that order: English, French, German. A string's translations sit side by side,
 * so a new string cannot miss one (TypeScript checks each has three; the tests check their
 * placeholders). Adding a language is adding its code to `LANGS` and a string to every row.
 */
export const LANGS = ['en', 'fr', 'de'] as const;

export const messages = {
  loading: [
    'Loading the data…',
    'Chargement des données…',
    'Daten werden geladen…',
  ],
  showData: [
    'Show the data',
    'Afficher les données',
    'Daten anzeigen',
  ],
  callsChanged: [
    'Calls per workflow: {calls}.',
    'Appels par chaîne de traitement\u00a0: {calls}.',
    'Aufrufe pro Workflow: {calls}.',
  ],
  errorTitle: [
    'This chart could not be shown',
    'Impossible d’afficher ce graphique',
    'Diese Grafik kann nicht angezeigt werden',
  ],
  badUrl: [
    'The dataset URL "{url}" is not a valid URL.',
    'L’URL du jeu de données «\u00a0{url}\u00a0» n’est pas valide.',
    'Die Datensatz-URL „{url}“ ist ungültig.',
  ],
  sources: [
    'Sources',
    'Sources',
    'Quellen',
  ],
  source: [
    'Source',
    'Source',
    'Quelle',
  ],
  asOf: [
    'As of {date}',
    'Données\u00a0: {date}',
    'Stand: {date}',
  ],
  about: [
    'about {value}',
    'environ {value}',
    'rund {value}',
  ],
  'more-than': [
    'more than {value}',
    'plus de {value}',
    'mehr als {value}',
  ],
  'at-least': [
    'at least {value}',
    'au moins {value}',
    'mindestens {value}',
  ],
  'up-to': [
    'up to {value}',
    'jusqu’à {value}',
    'bis zu {value}',
  ],
  'at-most': [
    'at most {value}',
    'au plus {value}',
    'höchstens {value}',
  ],
  'less-than': [
    'less than {value}',
    'moins de {value}',
    'weniger als {value}',
  ],
  quarter: [
    'Q{q} {year}',
    'T{q} {year}',
    'Q{q} {year}',
  ],
  'unit-people': [
    '{n} person|{n} people',
    '{n} personne|{n} personnes|{n} de personnes',
    '{n} Person|{n} Personen',
  ],
  'unit-documents': [
    '{n} document|{n} documents',
    '{n} document|{n} documents|{n} de documents',
    '{n} Dokument|{n} Dokumente',
  ],
  'unit-customers': [
    '{n} customer|{n} customers',
    '{n} client|{n} clients|{n} de clients',
    '{n} Kunde|{n} Kunden',
  ],
  'unit-rounds': [
    '{n} funding round|{n} funding rounds',
    '{n} tour de table|{n} tours de table|{n} de tours de table',
    '{n} Finanzierungsrunde|{n} Finanzierungsrunden',
  ],
  'say-done': [
    'done ({date})',
    'réalisé ({date})',
    'erfolgt ({date})',
  ],
  'say-upcoming': [
    'planned for {date}',
    'prévu pour {date}',
    'geplant für {date}',
  ],
  'say-target': [
    'targeted for {date}',
    'visé pour {date}',
    'angestrebt für {date}',
  ],
  'say-due-unconfirmed': [
    'due by {date}, unconfirmed',
    'attendu pour {date}, non confirmé',
    'fällig bis {date}, unbestätigt',
  ],
  ratioSentence: [
    'as much for {rival} as for {subject}',
    'autant pour {rival} que pour {subject}',
    'so viel bei {rival} wie bei {subject}',
  ],
  logScale: [
    'Logarithmic scale: each gridline is ten times the one before.',
    'Échelle logarithmique\u00a0: chaque graduation vaut dix fois la précédente.',
    'Logarithmische Skala: Jede Gitterlinie steht für das Zehnfache der vorherigen.',
  ],
  party: [
    'Who',
    'Entreprise',
    'Unternehmen',
  ],
  figure: [
    'Figure',
    'Chiffre',
    'Wert',
  ],
  chartLabel: [
    '{title}: {items}.',
    '{title}\u00a0: {items}.',
    '{title}: {items}.',
  ],
  metric: [
    'Metric',
    'Indicateur',
    'Kennzahl',
  ],
  illustrative: [
    'Illustrative index (large model = 100)',
    'Indice illustratif (grand modèle = 100)',
    'Illustrativer Index (großes Modell = 100)',
  ],
  lowerBetter: [
    'lower is better',
    'plus c’est bas, mieux c’est',
    'niedriger ist besser',
  ],
  higherBetter: [
    'higher is better',
    'plus c’est haut, mieux c’est',
    'höher ist besser',
  ],
  wins: [
    '{model} comes out ahead on {metric} ({direction}).',
    '{model}\u00a0: avantage en {metric} ({direction}).',
    '{model}: vorn bei {metric} ({direction}).',
  ],
  ahead: [
    'ahead',
    'en tête',
    'vorn',
  ],
  tie: [
    'Neither model comes out ahead on {metric}.',
    'Aucun des deux modèles n’a l’avantage en {metric}.',
    'Bei {metric} liegt keines der beiden Modelle vorn.',
  ],
  callsLabel: [
    'Calls per workflow',
    'Appels par chaîne de traitement',
    'Aufrufe pro Workflow',
  ],
  perCall: [
    'Per call',
    'Par appel',
    'Pro Aufruf',
  ],
  perWorkflow: [
    'Per workflow (calls: {calls})',
    'Par chaîne (appels\u00a0: {calls})',
    'Pro Workflow (Aufrufe: {calls})',
  ],
  model: [
    'Model',
    'Modèle',
    'Modell',
  ],
  compounds: [
    'Over the workflow ({calls} × per call) the gap grows to {gap} index points: {small} against {large}.',
    'Sur la chaîne ({calls} × le coût d’un appel), l’écart atteint {gap} points d’indice\u00a0: {small} contre {large}.',
    'Über den Workflow ({calls} × pro Aufruf) wächst der Abstand auf {gap} Indexpunkte: {small} gegenüber {large}.',
  ],
  notAdditive: [
    '{metric} does not add up over calls: every answer is only as good as the model giving it.',
    'Le critère «\u00a0{metric}\u00a0» ne s’additionne pas d’un appel à l’autre\u00a0: chaque réponse ne vaut que ce que vaut le modèle qui la produit.',
    '{metric} summiert sich nicht über die Aufrufe: Jede Antwort ist nur so gut wie das Modell, das sie gibt.',
  ],
  bull: [
    'The optimistic reading',
    'La lecture optimiste',
    'Die optimistische Lesart',
  ],
  bear: [
    'The skeptical reading',
    'La lecture sceptique',
    'Die skeptische Lesart',
  ],
  statusAsOf: [
    'Status as of {date}',
    'Situation au {date}',
    'Stand: {date}',
  ],
  done: [
    'Done',
    'Réalisé',
    'Erfolgt',
  ],
  operating: [
    'Operating',
    'En service',
    'In Betrieb',
  ],
  'under-way': [
    'Under way',
    'En cours',
    'Im Bau',
  ],
  upcoming: [
    'Upcoming',
    'À venir',
    'Bevorstehend',
  ],
  target: [
    'Target',
    'Objectif',
    'Ziel',
  ],
  'due-unconfirmed': [
    'Due, unconfirmed',
    'Échéance passée, non confirmé',
    'Fällig, unbestätigt',
  ],
  noDate: [
    'no date given',
    'date non précisée',
    'ohne Datum',
  ],
  watch: [
    'What to watch next',
    'À suivre',
    'Worauf es jetzt ankommt',
  ],
  finance: [
    'Finance',
    'Finance',
    'Finanzen',
  ],
  voice: [
    'Voice',
    'Voix',
    'Sprache',
  ],
  industry: [
    'Industry',
    'Industrie',
    'Industrie',
  ],
  documents: [
    'Documents',
    'Documents',
    'Dokumente',
  ],
  research: [
    'Research',
    'Recherche',
    'Forschung',
  ],
  noCases: [
    'No use case in the sector "{filter}".',
    'Aucun cas d’usage dans le secteur «\u00a0{filter}\u00a0».',
    'Kein Anwendungsfall im Bereich „{filter}“.',
  ],
  allSources: [
    'All sources',
    'Toutes les sources',
    'Alle Quellen',
  ],
  unknownSections: [
    'No known section in "{sections}".',
    'Aucune section connue dans «\u00a0{sections}\u00a0».',
    'Kein bekannter Abschnitt in „{sections}“.',
  ],
  actions: [
    'Download or embed',
    'Télécharger ou intégrer',
    'Herunterladen oder einbetten',
  ],
  png: [
    'Download image (PNG)',
    'Télécharger l’image (PNG)',
    'Bild herunterladen (PNG)',
  ],
  csv: [
    'Download data (CSV)',
    'Télécharger les données (CSV)',
    'Daten herunterladen (CSV)',
  ],
  embed: [
    'Copy embed code',
    'Copier le code d’intégration',
    'Einbettungscode kopieren',
  ],
  copied: [
    'Copied.',
    'Copié.',
    'Kopiert.',
  ],
  copyHand: [
    'Selected: press Ctrl+C to copy.',
    'Sélectionné\u00a0: Ctrl+C pour copier.',
    'Markiert: mit Strg+C kopieren.',
  ],
  failed: [
    'That did not work.',
    'Cela n’a pas marché.',
    'Das hat nicht geklappt.',
  ],
} satisfies Record<string, readonly [en: string, fr: string, de: string]>;
