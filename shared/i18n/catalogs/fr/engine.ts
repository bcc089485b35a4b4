// Français : la traduction de ../en/engine.ts, clé pour clé (le type le vérifie).
// Les chemins, pids, ports, noms d’options et les mots de QEMU lui-même sont des paramètres : jamais traduits.
import type { Translation } from '../../catalog-types.js';
import type en from '../en/engine.js';

export default {
  verbatim: '{{text}}',
  sentences: '{{first}} {{next}}',
  state: {
    stopped: 'arrêtée',
    starting: 'en cours de démarrage',
    running: 'en marche',
    paused: 'en pause',
    'shutting-down': 'en cours d’arrêt',
    saved: 'à l’état enregistré',
    crashed: 'plantée',
    broken: 'illisible',
  },
  cannot: {
    start: 'Impossible de démarrer',
    startDisposable: 'Impossible de démarrer en mode jetable',
    shutdown: 'Impossible d’arrêter',
    forceOff: 'Impossible de forcer l’arrêt',
    pause: 'Impossible de mettre en pause',
    resume: 'Impossible de reprendre',
    reset: 'Impossible de réinitialiser',
    reboot: 'Impossible de redémarrer',
    saveState: 'Impossible d’enregistrer l’état',
    discardSavedState: 'Impossible d’abandonner l’état enregistré',
    clone: 'Impossible de cloner',
    delete: 'Impossible de supprimer',
    openConsole: 'Impossible d’ouvrir la console',
    attachConsole: 'Impossible d’utiliser la console',
    screenshot: 'Impossible de faire une capture d’écran',
    sendKeys: 'Impossible d’envoyer des touches',
    readDrives: 'Impossible de lire ses lecteurs',
    because: '{{cannot}} : {{cause}}',
    notRunning: '{{cannot}} : la VM n’est pas en marche.',
    notRunningState: '{{cannot}} : la VM n’est pas en marche (elle est {{state}}).',
    inState: '{{cannot}} : la VM est {{state}}.',
  },
  refusal: {
    sentence: '{{cannot}} : la VM est {{state}} ; {{fix}}.',
    disposableSave:
      'Impossible d’enregistrer l’état d’une exécution jetable : ses écritures sur disque n’existent que tant que QEMU tourne. Arrêtez-la plutôt.',
    fix: {
      broken: 'son vm.json est illisible : corrigez le fichier, ou supprimez la VM',
      saved: 'restaurez-la (Démarrer) ou abandonnez d’abord l’état enregistré',
      noSavedState: 'elle n’a pas d’état enregistré',
      startFirst: 'démarrez-la d’abord',
      tryAgain: 'réessayez',
      shutDownFirst: 'arrêtez-la (ou forcez son arrêt) d’abord',
      waitStarted: 'attendez qu’elle ait démarré',
      waitOff: 'attendez qu’elle soit arrêtée, ou forcez son arrêt',
      resumeFirst: 'reprenez-la d’abord',
      runningAlready: 'elle est déjà en marche',
    },
  },
  vm: {
    notFound: 'Aucune VM n’a l’identifiant {{id}} : elle a peut-être été supprimée ; affichez à nouveau la liste des VM.',
    unusable: 'Cette VM est inutilisable : {{reason}}',
    outsideLock: 'La définition de {{id}} a été écrite hors de son verrou : merci de signaler ce problème.',
    savedHardware:
      'L’état de la VM est enregistré, et l’invité enregistré attend le matériel qu’il avait : restaurez-le (Démarrer) ou abandonnez l’état enregistré avant de modifier ses paramètres.',
  },
  store: {
    unreadable: '{{file}} : lecture impossible ({{code}}). Restaurez-le depuis une sauvegarde ou supprimez le dossier.',
    invalid: '{{file}} : {{why}}. Corrigez le fichier à la main ou supprimez le dossier de la VM ; VirtDesk ne l’écrasera pas.',
    notJson: 'ce n’est pas du JSON valide ({{detail}})',
    idMismatch: 'son identifiant {{id}} ne correspond pas à son dossier',
    notObject: 'vm.json ne contient pas d’objet JSON',
    badVersion: 'vm.json a un schemaVersion non valide ({{version}})',
    newer:
      'vm.json a été écrit par une version plus récente de VirtDesk (schéma {{version}} ; celle-ci lit jusqu’au schéma {{supported}}) : mettez VirtDesk à jour',
    noUpgrade: 'aucune mise à niveau depuis le schéma {{version}} de vm.json',
  },
  settings: {
    unreadable: 'est illisible ({{code}})',
    notJson: 'n’est pas du JSON valide ({{detail}})',
    notObject: 'ne contient pas d’objet de paramètres',
    badValue: 'contient une valeur que VirtDesk ne peut pas utiliser ({{issues}})',
    keptAside:
      'Votre fichier de paramètres {{why}}. VirtDesk l’a conservé sous le nom {{kept}} et utilise les paramètres par défaut : refaites vos réglages dans Paramètres (le fichier conservé montre ce qu’ils étaient), puis supprimez le fichier conservé.',
    notRenamed: '{{file}} {{why}} et n’a pas pu être renommé ({{code}})',
    blockedNotice:
      '{{blocked}}. VirtDesk utilise les paramètres par défaut et n’enregistrera plus de paramètres tant que vous n’aurez pas corrigé ou supprimé ce fichier.',
    notSaved: 'Les paramètres ne sont pas enregistrés : {{blocked}}. Corrigez ou supprimez ce fichier, puis réessayez.',
  },
  check: {
    fieldProblem: '{{field}} : {{problem}}',
    nameTaken: 'une VM nommée « {{name}} » existe déjà : choisissez un autre nom.',
    hostCpu: '« host » exige KVM, et cette VM utilise l’émulation (TCG) : choisissez plutôt « max ».',
    unknownCpu:
      'ce QEMU ({{version}}) n’a pas de modèle de processeur « {{model}} » : choisissez-en un dans sa liste (par exemple max, qemu64, Skylake-Client).',
    sameFile:
      '{{file}} est le même fichier que le disque {{n}} ({{other}}) : une image disque ne peut être attachée qu’une fois, retirez l’un des deux.',
    portClash: '{{clash}} Choisissez un autre port hôte.',
    portBusy: 'le port hôte {{port}}/{{proto}} est déjà utilisé par un autre programme sur cet hôte : choisissez un autre port hôte.',
  },
  console: {
    noSerial: 'Cette VM n’a pas de port série : ajoutez-en un dans ses paramètres (Ports série), puis redémarrez-la.',
    noVirtioConsole:
      'Cette machine virtuelle n’a pas de console virtio (hvc0) : sa console est le port série (serial0). Ouvrez celle-ci, ou choisissez la console virtio dans ses réglages (Ports série), puis redémarrez-la.',
    noDisplay: 'Cette VM n’a pas d’affichage : ajoutez-en un dans ses paramètres (Affichage : VNC), puis redémarrez-la.',
    notConnected: 'La console n’est pas encore connectée : réessayez dans un instant.',
    badKeys: 'keys : QEMU n’a pas accepté les touches {{keys}} : {{cause}}. Utilisez les qcodes de QEMU, comme ctrl, alt, delete, f1.',
  },
  deletion: {
    notAFile:
      'deleteFiles : {{file}} n’est pas un fichier de cette VM : décochez-le (VirtDesk ne supprime que les fichiers que deletionPlan énumère).',
    usedBy: 'deleteFiles : {{file}} est utilisé par {{users}} : le supprimer les casserait. Décochez-le.',
    running: 'La VM est en marche : confirmez qu’il faut d’abord forcer son arrêt (forceOff: true).',
    qemuRuns: 'QEMU tourne encore pour cette VM (pid {{pid}}) : confirmez qu’il faut d’abord l’arrêter (forceOff: true).',
  },
  busy: {
    disksLocked:
      'la VM est {{state}}, et QEMU verrouille ses disques : les modifier sous un invité en marche les corromprait. Arrêtez-la d’abord.',
    disksSaved:
      'l’état de la VM est enregistré et attend ses disques exactement tels qu’ils sont : restaurez-la (Démarrer) ou abandonnez d’abord l’état enregistré.',
    snapshotSaved: 'l’état de la VM est enregistré : restaurez-la (Démarrer) ou abandonnez d’abord l’état enregistré.',
    disposable:
      'c’est une exécution jetable : ses écritures sur disque vont dans des fichiers temporaires, il n’y a donc rien à conserver dans un instantané.',
    transition: 'la VM est {{state}} : attendez qu’elle tourne ou qu’elle soit arrêtée.',
  },
  power: {
    remedyNotApplicable: '« {{remedy}} » ne s’applique pas à cette VM maintenant (elle est {{state}}).',
    noQemu: 'qemu-system-x86_64 est introuvable : installez-le avec « apt-get install qemu-system-x86 ».',
    socketTooLong: '{{error}}. Donnez à VIRTDESK_RUNTIME_DIR un dossier au chemin plus court.',
    restoreFailed:
      'L’état enregistré n’a pas pu être restauré : {{cause}}. Il est conservé ; « Abandonner l’état enregistré » redémarre plutôt la VM de zéro.',
    forcedOff:
      '{{name}} ne s’est pas arrêtée en {{timeout, number}} s et son arrêt a été forcé : l’invité n’a pas répondu à temps au bouton d’alimentation (ACPI), et tout ce qu’il n’avait pas enregistré est perdu. Arrêtez-la depuis l’invité la prochaine fois, ou laissez-lui plus de temps.',
    saveCancelled: 'L’enregistrement a été annulé ; la VM continue de tourner.',
    saveFailed: 'QEMU n’a pas pu enregistrer l’état : {{cause}}',
    restoreStateFailed: 'QEMU n’a pas pu restaurer l’état : {{cause}}',
  },
  process: {
    already: 'La VM est déjà {{state}}.',
    spawnFailed: 'QEMU n’a pas pu être lancé : {{cause}}.',
    checkSettings: 'Vérifiez les paramètres de la VM (Ligne de commande) et réessayez.',
    binaryMissing: '{{binary}} est introuvable : installez-le avec « apt-get install qemu-system-x86 ».',
    didNotStart: 'QEMU n’a pas démarré.',
    didNotStartExit: 'QEMU n’a pas démarré ({{exit}}).',
    startCancelled: 'Le démarrage a été annulé : l’arrêt de la VM a été forcé.',
    diedAtStart: 'QEMU s’est arrêté juste après son lancement : {{cause}}',
    consoleFailed: 'Impossible de connecter la console : {{cause}}',
    rebootIncomplete: 'Le redémarrage n’a pas abouti : {{cause}}. Réinitialisez la VM ou forcez son arrêt.',
    notRunning: 'La VM n’est pas en marche (elle est {{state}}).',
    stopTimeout: 'QEMU ne s’est pas arrêté en {{s, number}} s.',
    endedAway: 'QEMU (pid {{pid}}) s’est terminé sans arrêt propre pendant que VirtDesk ne tournait pas.',
    endedAwayExit: 'QEMU (pid {{pid}}) s’est terminé sans arrêt propre pendant que VirtDesk ne tournait pas ({{exit}}).',
    qmpSilent: 'QEMU tourne (pid {{pid}}) mais son socket QMP ne répond pas : {{cause}}',
  },
  exit: {
    signal: 'tué par {{signal}}',
    code: 'code de sortie {{code}}',
    aborted: 'code de sortie {{code}}, interrompu par abort',
    qemuPid: 'QEMU (pid {{pid}})',
    ended: '{{who}} s’est interrompu brutalement.',
    endedExit: '{{who}} s’est interrompu brutalement ({{exit}}).',
    logSignal: 'Le journal de QEMU indique qu’il a été arrêté par le signal {{signal}}.',
    logSignalFrom: 'Le journal de QEMU indique qu’il a été arrêté par le signal {{signal}}, envoyé par le pid {{pid}}.',
    logSignalFromCommand:
      'Le journal de QEMU indique qu’il a été arrêté par le signal {{signal}}, envoyé par le pid {{pid}} ({{command}}).',
    logAssertion: 'Le journal de QEMU montre une assertion non vérifiée (QEMU s’interrompt alors) : {{line}}',
    unknowable:
      'Son code de sortie et son signal ne peuvent pas être connus : il a été lancé avant le dernier redémarrage de VirtDesk, il n’est donc pas un processus enfant de VirtDesk, et seul le processus qui l’a adopté (en général init) les apprend.',
    seeLog:
      'Voyez les dernières lignes de son journal ; si l’hôte a manqué de mémoire, le journal du noyau (dmesg) nomme le processus qu’il a tué.',
  },
  watchdog: {
    noSignOfLife:
      'Aucun signe de vie depuis {{s, number}} s sous KVM : l’invité n’a rien affiché et ses processeurs virtuels n’ont exécuté aucun code invité (ils tournent dans le noyau de l’hôte). Sur certains hôtes, en virtualisation imbriquée surtout, KVM bloque ainsi les invités. Redémarrez la VM en émulation, ou continuez d’attendre.',
  },
  stats: {
    noNetCounters:
      'Le réseau en mode utilisateur de QEMU (NAT) ne tient aucun compteur d’octets : il n’a donc pas de graphique réseau ; les cartes réseau en pont en ont un.',
  },
  task: {
    saving: 'Enregistrement de l’état sur le disque',
    restoring: 'Restauration de l’état enregistré',
    creating: 'Création de la VM',
    notRunning: 'Cette tâche n’est pas en cours (elle est terminée, ou l’identifiant est faux) : affichez à nouveau la liste des tâches.',
    notCancellable: 'La tâche « {{title}} » ne peut plus être annulée une fois lancée : QEMU n’offre aucun moyen propre de l’interrompre.',
  },
  runtimeDir: {
    refused:
      'VirtDesk n’utilisera pas le dossier d’exécution {{dir}} : {{cause}}. Supprimez-le (rm -r {{dir}}) s’il ne contient rien à vous, ou indiquez à VirtDesk un dossier privé qui vous appartient : définissez XDG_RUNTIME_DIR (en général /run/user/<votre uid>) ou VIRTDESK_RUNTIME_DIR (ou --runtime-dir).',
    cannotCreate: 'il ne peut pas être créé ({{code}})',
    symlink: 'c’est un lien symbolique (vers {{target}}), que son auteur peut faire pointer ailleurs',
    notFolder: 'ce n’est pas un dossier',
    notYours: 'il appartient à {{owner}}, pas à vous (uid {{uid}}) : cet utilisateur pourrait déplacer les sockets de vos VM',
    openMode: 'son mode est {{mode}} : d’autres utilisateurs peuvent y écrire et pourraient déplacer les sockets de vos VM',
    parentOwner: 'le dossier qui le contient, {{parent}}, appartient à {{owner}} : cet utilisateur pourrait le remplacer',
    parentMode:
      'le dossier qui le contient, {{parent}}, a le mode {{mode}} : d’autres utilisateurs peuvent y écrire (et il n’a pas le bit sticky comme /tmp), ils pourraient donc le remplacer',
  },
  serve: {
    unknownMethod: 'method : méthode inconnue {{name}} ; utilisez l’une de celles-ci : {{methods}}.',
    notAName: 'une valeur de type {{type}}',
    internal: 'Erreur interne dans {{method}} : {{cause}}. Merci de la signaler, avec le journal du moteur.',
  },
  lock: {
    heldByHeadless:
      'Un autre moteur VirtDesk tourne déjà sur ces dossiers\u00a0: `virtdesk --headless`, processus {{pid}}, à l’adresse {{url}} (depuis {{since}}). Utilisez celui-là, ou arrêtez-le d’abord avec `kill {{pid}}` (ses VM continuent de tourner et seront rattachées). Si le processus {{pid}} n’est pas VirtDesk, supprimez {{file}}.',
    heldByCommand:
      'Une commande `virtdesk` (processus {{pid}}, depuis {{since}}) utilise ces dossiers avec son propre moteur, à l’adresse {{url}}\u00a0; elle les libère quand elle se termine. Attendez-la, ou arrêtez-la avec `kill {{pid}}` (ses VM continuent de tourner et seront rattachées). Si le processus {{pid}} n’est pas VirtDesk, supprimez {{file}}.',
    heldByApp:
      'L’application VirtDesk (processus {{appPid}}) fait déjà tourner le moteur de ces dossiers\u00a0: son processus moteur {{pid}}, à l’adresse {{url}} (depuis {{since}}). Utilisez l’application, ou quittez-la d’abord (Fichier > Quitter, ou `kill {{appPid}}`\u00a0; ses VM continuent de tourner et seront rattachées). Si le processus {{pid}} n’est pas VirtDesk, supprimez {{file}}.',
  },
  desktop: {
    menu: {
      file: 'Fichier',
      quit: 'Quitter',
      edit: 'Édition',
      undo: 'Annuler',
      redo: 'Rétablir',
      cut: 'Couper',
      copy: 'Copier',
      paste: 'Coller',
      delete: 'Supprimer',
      selectAll: 'Tout sélectionner',
      view: 'Affichage',
      reload: 'Recharger',
      devTools: 'Outils de développement',
      actualSize: 'Taille réelle',
      zoomIn: 'Zoom avant',
      zoomOut: 'Zoom arrière',
      fullScreen: 'Plein écran',
      window: 'Fenêtre',
      minimize: 'Réduire',
      close: 'Fermer',
      newVm: 'Nouvelle VM…',
      host: 'Hôte',
      help: 'Aide',
      helpContents: 'Aide de VirtDesk',
      about: 'À propos de VirtDesk',
    },
    aboutText: 'Un gestionnaire de machines virtuelles QEMU/KVM pour le bureau.',
    cannotStart: 'VirtDesk ne peut pas démarrer',
    engineStarting: 'Le moteur de VirtDesk démarre encore. Réessayez dans un instant.',
    engineGone:
      'Le moteur de VirtDesk s’est arrêté avant de répondre\u00a0; il redémarre. L’action a pu être faite\u00a0: vérifiez la liste une fois le moteur revenu.',
    consoleWindow: 'Console VirtDesk',
    filter: {
      iso: 'Images ISO',
      kernel: 'Noyaux',
      initrd: 'Initrd',
      disk: 'Images disque',
      any: 'Tous les fichiers',
    },
  },
  cli: {
    usage: `Utilisation\u00a0: virtdesk --headless [--host 127.0.0.1] [--port 0] [--data-dir DOSSIER] [--runtime-dir DOSSIER]
              virtdesk host [--json] [--rerun]

host\u00a0: cette machine peut-elle faire tourner des VM, avec KVM ou seulement en émulation\u00a0? Vérifie le
processeur, les modules kvm, /dev/kvm et QEMU, puis lance un minuscule invité sous KVM pour voir si KVM
fonctionne vraiment (résultat gardé jusqu’au prochain démarrage de l’hôte\u00a0; --rerun le relance).
Code de sortie\u00a0: 0 KVM, 1 émulation seulement, 2 impossible de faire tourner des VM.

--headless\u00a0: sert l’interface de VirtDesk sur http://HÔTE:PORT/?token=... (le port 0 en choisit un libre).
Le jeton de l’URL affichée est obligatoire\u00a0; gardez-le pour vous. Écouter ailleurs que sur l’interface de
bouclage (loopback) expose vos VM au réseau\u00a0: ne le faites que derrière un pare-feu ou un tunnel SSH.
Un seul moteur tourne par dossier d’exécution\u00a0: s’il en tourne déjà un (l’application, ou un autre
--headless), il est nommé et le code de sortie est 1.
Environnement\u00a0: VIRTDESK_DATA_DIR, VIRTDESK_RUNTIME_DIR, VIRTDESK_TOKEN.`,
    badPort: '--port doit être un nombre de 0 à 65535, pas « {{value}} ».',
    stopped: 'VirtDesk est arrêté ; les VM en marche continuent de tourner et seront rattachées au prochain démarrage.',
  },
} satisfies Translation<typeof en>;
