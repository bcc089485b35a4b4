// Français : les mots propres à la ligne de commande (electron/cli/), mêmes clés que l’anglais.
import type { Translation } from '../../catalog-types.js';
import type en from '../en/cli.js';

export default {
  help: `Commandes (elles s’adressent à VirtDesk en marche, ou démarrent son moteur le temps de la commande)\u00a0:
  virtdesk list [--names]                les VM, leur état, leurs processeurs et leur mémoire (--names\u00a0: les noms seuls)
  virtdesk info NOM                      les réglages et l’état d’une VM
  virtdesk start NOM [--disposable]      la démarrer (ou restaurer son état sauvegardé)
  virtdesk shutdown NOM [--timeout S]    demander à son agent invité ou appuyer sur son bouton d’alimentation, puis attendre qu’elle soit éteinte (forcée après S secondes)
  virtdesk force-off NOM                 couper l’alimentation
  virtdesk console NOM                   sa console série sur ce terminal\u00a0; Ctrl+] pour la quitter
  virtdesk monitor NOM                   le moniteur QEMU sur ce terminal\u00a0; Ctrl+] pour le quitter
  virtdesk create --name NOM [--memory MIO] [--cpus N] [--iso FICHIER | --kernel FICHIER [--initrd FICHIER] [--append TEXTE] | --import FICHIER]
                  [--disk-size GIO | --no-disk] [--network user|none] [--accel auto|kvm|tcg] [--display none|vnc] [--console serial|virtio] [--os ID]
  virtdesk create --from FICHIER.json [options qui remplacent celles du fichier]
  virtdesk snapshot list|create|revert|delete NOM [INSTANTANÉ] [--description TEXTE]
  virtdesk lab create SOURCE LAB [--count N] [--keep-nat]
                                         N clones liés de SOURCE (3 par défaut), LAB-1..LAB-N, sur le réseau privé LAB
  virtdesk lab delete LAB [--force-off]  toutes les VM du lab avec leurs fichiers (jamais la VM source ni la base partagée)
  virtdesk network list|create|delete [RÉSEAU]   les réseaux privés entre VM, leurs groupes et leurs membres
  virtdesk export NOM [--output FICHIER] un script shell qui lance la VM sans VirtDesk
  virtdesk completion bash               la complétion pour bash (ajoutez «\u00a0source <(virtdesk completion bash)\u00a0» à ~/.bashrc)
NOM est le nom ou l’identifiant d’une VM. Chaque commande accepte --json (le résultat, ou l’erreur, en JSON sur
la sortie standard), --data-dir DOSSIER et --runtime-dir DOSSIER.
Code de sortie\u00a0: 0 fait, 1 échec, 2 commande ou saisie incorrecte, 3 VM ou instantané introuvable, 4 impossible dans l’état de la VM (ou nom déjà pris).`,
  usage: {
    unknownCommand: 'Commande inconnue\u00a0: «\u00a0{{command}}\u00a0». Commandes\u00a0: {{commands}}. Voir virtdesk --help.',
    noCommand: 'Indiquez une commande\u00a0: {{commands}}. Voir virtdesk --help.',
    unknownOption: 'L’option {{option}} n’existe pas pour «\u00a0{{command}}\u00a0». Voir virtdesk --help.',
    missingValue: 'L’option {{option}} attend une valeur, comme dans {{option}}=VALEUR.',
    noValue: 'L’option {{option}} ne prend pas de valeur\u00a0: écrivez {{option}} seule.',
    missingArg: '«\u00a0{{command}}\u00a0» attend {{arg}}\u00a0: virtdesk {{command}} {{args}}.',
    extraArg: '«\u00a0{{command}}\u00a0» ne prend pas d’autre argument, et «\u00a0{{arg}}\u00a0» est de trop. Voir virtdesk --help.',
    badNumber: '{{option}} doit être un nombre entier, pas «\u00a0{{value}}\u00a0».',
    oneSource: 'Indiquez une seule source parmi --iso, --kernel et --import.',
    readFile:
      'Impossible de lire {{file}}\u00a0: {{cause}}. Indiquez le chemin d’un fichier JSON qui décrit la nouvelle VM (comme «\u00a0virtdesk create --json\u00a0» l’affiche dans «\u00a0input\u00a0»).',
    notJson: '{{file}} n’est pas un objet JSON ({{cause}}). Décrivez la nouvelle VM en un seul objet JSON.',
  },
  vm: {
    notFound: 'Aucune VM ne s’appelle «\u00a0{{name}}\u00a0» ni n’a cet identifiant. Les noms s’affichent avec\u00a0: virtdesk list',
    ambiguous: 'Plusieurs VM s’appellent «\u00a0{{name}}\u00a0»\u00a0: désignez-la par son identifiant ({{ids}}).',
  },
  issue: '{{field}}\u00a0: {{message}}',
  invalidInput: 'La saisie n’est pas valable\u00a0:',
  engine: {
    gone: 'La connexion à VirtDesk ({{url}}) s’est fermée avant la réponse. Est-il toujours en marche\u00a0? Réessayez.',
    unreachable:
      'VirtDesk (pid {{pid}}) tient {{lock}} mais ne répond pas à {{url}}\u00a0: {{cause}}. Attendez la fin de son démarrage et réessayez\u00a0; s’il reste bloqué, arrêtez-le avec `kill {{pid}}` (ses VM continuent de tourner et seront rattachées)\u00a0; si le processus {{pid}} n’est pas VirtDesk, supprimez {{lock}}.',
  },
  list: {
    empty: 'Aucune VM pour l’instant. Créez-en une avec\u00a0: virtdesk create --name NOM --iso FICHIER',
    name: 'NOM',
    state: 'ÉTAT',
    cpus: 'PROC.',
    memory: 'MÉMOIRE',
    id: 'ID',
  },
  info: {
    /** Une étiquette devant sa valeur (espace insécable avant les deux-points). */
    label: '{{label}}\u00a0:',
    name: 'Nom',
    id: 'Identifiant',
    state: 'État',
    accel: 'Accélérateur',
    pid: 'pid de QEMU',
    cpus: 'Processeurs',
    memory: 'Mémoire',
    firmware: 'Micrologiciel',
    machine: 'Machine',
    disk: 'Disque',
    cdrom: 'CD-ROM',
    kernel: 'Noyau',
    nic: 'Réseau',
    console: 'Console',
    display: 'Affichage',
    description: 'Description',
    problem: 'Problème',
    warning: 'Attention',
    emptyDrive: 'vide',
    diskLine: '{{file}} ({{format}}, {{bus}})',
    nicUser: '{{model}} {{mac}}, NAT en mode utilisateur',
    nicBridge: '{{model}} {{mac}}, pont {{bridge}}',
    nicPrivate: '{{model}} {{mac}}, réseau privé {{network}}',
    forward: '{{proto}} hôte {{hostPort}} -> invité {{guestPort}}',
  },
  snapshot: {
    none: 'Aucun instantané de {{name}}.',
    name: 'NOM',
    taken: 'PRIS LE',
    kind: 'TYPE',
    description: 'DESCRIPTION',
    live: 'à chaud ({{size, bytes}})',
    disks: 'disques seuls',
    unavailable: 'Les instantanés sont impossibles pour cette VM\u00a0: {{reason}}',
  },
  done: {
    start: '{{name}} est {{state}}.',
    shutdown: '{{name}} est {{state}}.',
    forceOff: '{{name}} est {{state}}.',
    create: '{{name}} est créée ({{id}}).',
    snapshotCreate: 'Instantané {{snapshot}} de {{name}} pris.',
    snapshotRevert: '{{name}} est revenue à l’instantané {{snapshot}}.',
    snapshotDelete: 'Instantané {{snapshot}} de {{name}} supprimé.',
    exported: '{{file}} est écrit.',
  },
  console: {
    attached: 'Connecté à {{name}} ({{stream}}). Ctrl+] pour quitter.',
    left: 'Console de {{name}} quittée.',
    closed: 'La console de {{name}} s’est fermée\u00a0: la VM s’est arrêtée, ou VirtDesk.',
  },
} satisfies Translation<typeof en>;
