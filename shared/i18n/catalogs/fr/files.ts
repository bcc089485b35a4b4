// Français : la traduction de ../en/files.ts, clé pour clé (le type le vérifie). Chemins, options et mots de QEMU : des paramètres.
import policy from './files.policy.js';
import type { Translation } from '../../catalog-types.js';
import type en from '../en/files.js';

export default {
  join: {
    lines: '{{first}}\n{{rest}}',
    list: '{{first}}, {{rest}}',
  },
  ...policy,
  img: {
    notFound: 'qemu-img est introuvable ({{bin}}) : installez-le avec « apt-get install qemu-utils ».',
    missing: 'qemu-img est introuvable : installez-le avec « apt-get install qemu-utils ».',
    failed: 'qemu-img {{what}} a échoué : {{detail}}',
    exitCode: 'code de sortie {{code}}',
    locked: '{{stderr}} (un QEMU en marche utilise cette image : arrêtez d’abord cette VM)',
    hasSnapshots:
      '{{stderr}} (une image qcow2 ne peut pas changer de taille tant qu’elle contient des instantanés internes : supprimez-les d’abord)',
    cancelled: 'La conversion a été annulée ; rien n’a été écrit.',
    overlay: 'qemu-img n’a pas pu créer de surcouche sur {{base}} : {{error}}',
    converting: 'Conversion de {{file}} en {{format}}',
  },
  chooser: {
    notFound: '{{path}} n’existe pas : vérifiez le chemin, ou remontez jusqu’à un dossier qui existe.',
    notDir: '{{path}} n’existe pas : une partie du chemin est un fichier, pas un dossier. Vérifiez le chemin.',
    denied:
      '{{path}} n’est pas lisible par l’utilisateur du moteur de VirtDesk ({{user}}) : permission refusée. Choisissez un autre dossier, ou donnez à {{user}} le droit de le lire.',
    loop: '{{path}} est une boucle de liens symboliques : corrigez les liens, ou choisissez un autre dossier.',
    tooLong: '{{path}} est un chemin trop long pour ce système : choisissez-en un plus court.',
    other: 'Impossible de lister {{path}} ({{code}}) : choisissez un autre dossier.',
    notFile: '{{file}} n’est pas un fichier : choisissez une image ISO.',
    notIso: '{{file}} n’est pas une image ISO (on dirait {{what}}) : choisissez un fichier .iso.',
    isFile: '{{folder}} est un fichier, pas un dossier : choisissez le dossier qui le contient.',
    unreadable: '{{folder}} n’est pas lisible par l’utilisateur du moteur : rendez-le lisible, ou choisissez un autre dossier.',
  },
  library: {
    defaultMissing: '{{folder}} n’existe pas ou n’est pas lisible : ajoutez le dossier où se trouvent vos images.',
    missing: '{{folder}} n’existe pas : créez-le, ou retirez-le de la bibliothèque.',
    denied: '{{folder}} n’est pas lisible par l’utilisateur du moteur : rendez-le lisible, ou retirez-le.',
    unreadable: '{{folder}} est illisible ({{code}}) : retirez-le, ou choisissez un autre dossier.',
    names: 'VirtDesk a examiné {{n}} noms et s’est arrêté : choisissez des dossiers plus petits (ceux où sont vos images ISO).',
    time: 'L’analyse s’est arrêtée au bout de {{seconds, seconds}} : choisissez des dossiers plus petits (ceux où sont vos images ISO).',
    items: 'La bibliothèque montre les {{n}} premières images trouvées : choisissez des dossiers plus petits pour voir les autres.',
    unusable:
      'La liste des dossiers de la bibliothèque ({{file}}) {{why}} : la bibliothèque montre donc le dossier des téléchargements. Ajoutez à nouveau vos dossiers pour remplacer le fichier.',
    cannotRead: 'est illisible ({{code}})',
    notJson: 'n’est pas du JSON valide ({{error}})',
    notList: 'ne contient pas de liste de chemins absolus de dossiers',
  },
  disks: {
    builtOn: 'Cette image sert de base à {{vms}} : la modifier corromprait leurs disques.',
    sharedBase:
      'Une image de base en lecture seule, partagée par des clones liés ({{vms}}) : elle reste telle quelle tant qu’ils existent.',
    unusedBase:
      'Une image de base en lecture seule sur laquelle plus aucune VM ne repose : on ne peut que la supprimer (Disques, Supprimer la base…).',
    missingFile: 'Le fichier est manquant.',
    shrink:
      '{{size}} octets, c’est moins que la taille actuelle du disque ({{now}}) : réduire détruit tout ce qui se trouve après la nouvelle fin. Réduisez d’abord les systèmes de fichiers et les partitions de l’invité, puis confirmez la réduction.',
    noDisk: 'Cette VM n’a pas de disque {{n}} : utilisez l’index de l’un de ses disques (listDisks).',
    cannotResize: 'Impossible de redimensionner {{file}} : {{reason}}',
    cannotConvert: 'Impossible de convertir {{file}} : {{reason}}',
    cannotCheck: 'Impossible de vérifier {{file}} : {{reason}}',
    noChecks: 'Ce format d’image n’a pas de vérification de cohérence.',
    corrupt:
      '{{corruptions}} cluster(s) corrompu(s) : restaurez ce disque depuis une sauvegarde, ou essayez « qemu-img check -r all » sur une copie.',
    corruptLeaks:
      '{{corruptions}} cluster(s) corrompu(s) et {{leaks}} perdu(s) : restaurez ce disque depuis une sauvegarde, ou essayez « qemu-img check -r all » sur une copie.',
    leaks:
      '{{leaks}} cluster(s) perdu(s) : de la place est gaspillée, mais aucune donnée n’est touchée (« qemu-img check -r leaks » la récupère).',
    clean: 'Aucune erreur n’a été trouvée dans l’image.',
  },
  bases: {
    gone: '{{file}} n’existe pas (ou plus) : rien à supprimer.',
    notBase:
      '{{file}} n’est pas une image de base de clones liés : VirtDesk ne supprime ainsi que les fichiers image placés directement dans son dossier des images de base ({{bases}}). Supprimez le disque d’une VM avec la VM (Supprimer…).',
    unreadableVms_one:
      'Impossible de savoir si {{vms}} repose sur {{base}} : sa définition est illisible. Réparez ou supprimez d’abord cette VM, puis supprimez l’image de base.',
    unreadableVms_other:
      'Impossible de savoir si {{vms}} reposent sur {{base}} : leurs définitions sont illisibles. Réparez ou supprimez d’abord ces VM, puis supprimez l’image de base.',
    inUse:
      '{{base}} est l’image de base de {{users}} : la supprimer détruirait leurs disques. Supprimez-les d’abord ; cette image de base pourra ensuite partir.',
    unknownUsers:
      'Impossible de savoir si {{vms}} reposent sur {{base}} : qemu-img ne peut pas lire leurs disques. Réparez d’abord ces disques (voir la vue Disques).',
    theBase: 'l’image de base {{file}}',
  },
  snapshots: {
    exists: 'Un instantané nommé « {{name}} » existe déjà : choisissez un autre nom.',
    none: 'Aucun instantané ne s’appelle « {{name}} ».',
    diskOnly: '« {{name}} » ne contient que les disques (il a été pris VM arrêtée) : arrêtez la VM, puis restaurez-le.',
    inconsistent: '{{error}}. La mémoire de l’invité est maintenant incohérente : réinitialisez la VM ou forcez son arrêt.',
    cannotTake: 'Impossible de prendre un instantané : {{reason}}',
    cannotRevert: 'Impossible de restaurer un instantané : {{reason}}',
    cannotDelete: 'Impossible de supprimer un instantané : {{reason}}',
    taking: 'Prise de l’instantané « {{name}} »',
    reverting: 'Retour à « {{name}} »',
    deleting: 'Suppression de l’instantané « {{name}} »',
    lostJob: 'QEMU a perdu la trace de sa tâche {{command}}.',
    failed: '{{command}} a échoué : {{error}}',
    noWritableDisk: 'Cette VM n’a aucun disque accessible en écriture pour contenir des instantanés : ajoutez d’abord un disque qcow2.',
    notQcow2:
      '{{file}} est une image {{format}}, et seules les images qcow2 peuvent contenir des instantanés : convertissez-la d’abord en qcow2 (Disques, Convertir, « utiliser l’image convertie »).',
    uefi:
      'Cette VM démarre en UEFI, et ses variables de micrologiciel (OVMF_VARS.fd) sont un fichier raw dont QEMU ne peut pas prendre d’instantané : ' +
      'une restauration remettrait les disques en place, mais pas les entrées de démarrage qui vont avec. VirtDesk ne prend pas d’instantanés des VM UEFI ; ' +
      'clonez plutôt la VM (copie complète) pour garder un point de restauration.',
  },
  clone: {
    snapshots_one:
      '{{file}} contient {{count}} instantané : dans une image de base partagée, il serait hors de portée des deux VM. Supprimez-le (onglet Instantanés), ou faites une copie complète.',
    snapshots_other:
      '{{file}} contient {{count}} instantanés : dans une image de base partagée, ils seraient hors de portée des deux VM. Supprimez-les (onglet Instantanés), ou faites une copie complète.',
    unreadable: 'Les disques ne peuvent pas être lus : {{error}}',
    nameTaken: 'Une VM nommée « {{name}} » existe déjà : choisissez un autre nom.',
    cloning: 'Clonage vers « {{name}} »',
  },
  create: {
    macTaken: 'L’adresse MAC {{mac}} appartient à la VM « {{vm}} » : laissez le champ vide pour en obtenir une nouvelle.',
    noMachine: 'Ce QEMU ({{version}}) n’a pas de type de machine « {{machine}} » : choisissez-en un dans sa liste (par exemple pc ou q35).',
    noOvmf: 'firmware : le micrologiciel UEFI (OVMF) n’est pas installé. Installez le paquet « ovmf », ou choisissez BIOS.',
    noOvmfVm: 'Le micrologiciel UEFI (OVMF) n’est pas installé : installez le paquet « ovmf », ou passez cette VM en BIOS.',
    memoryShare:
      '{{memory}} Mio, c’est plus de 80 % des {{total}} Mio de cet hôte : l’hôte risque de se mettre à utiliser son espace d’échange (swap).',
    kvmUnusable: 'L’accélération KVM a été choisie, mais {{detail}}',
    kvmUnusableArgv: 'L’accélération KVM a été choisie, mais la vérification de l’hôte la dit inutilisable ici.',
    idTaken:
      'L’identifiant de VM prévu {{id}} est déjà pris (par {{owner}}) : vérifiez le nouveau plan qu’affiche le récapitulatif et créez à nouveau (API : omettez id pour en obtenir un nouveau).',
    theVm: 'la VM « {{name}} »',
    aFolder: 'un dossier de VM',
    dataFolder: 'le dossier de données {{path}}',
    convertSpace:
      'La conversion copie environ {{size}} dans le dossier de la VM, et {{where}} n’a que {{free}} de libre : libérez de la place, ou laissez l’image où elle est (surcouche ou utilisation sur place).',
    rawSpace:
      'Un disque raw de {{size}} est un fichier de toute cette taille (une copie l’écrit en entier, et l’invité peut le remplir), et {{where}} n’a que {{free}} de libre : donnez une taille plus petite, ou choisissez qcow2, dont le fichier ne contient que ce que l’invité a écrit.',
    growNew:
      'Le disque {{format}} de {{size}} peut dépasser les {{free}} libres dans {{where}} : quand cet espace sera plein, l’invité s’arrêtera sur une erreur d’E/S. Libérez de la place, ou donnez une taille plus petite.',
    growOverlay:
      'La surcouche de {{size}} peut dépasser les {{free}} libres dans {{where}} : quand cet espace sera plein, l’invité s’arrêtera sur une erreur d’E/S. Libérez de la place, ou donnez une taille plus petite.',
    mib: '{{n, number}} Mio',
    gib: '{{n, number}} Gio',
    noFreePort: 'Aucun port hôte libre à partir de {{port}} : saisissez-en un vous-même.',
  },
  net: {
    forwardedTwice: 'Le port hôte {{port}}/{{proto}} est redirigé deux fois dans cette VM.',
    forwardedByOther: 'Le port hôte {{port}}/{{proto}} est déjà redirigé par la VM « {{vm}} ».',
    problem: '{{problem}} {{fix}}',
    noBridge: 'Il n’y a pas de pont réseau nommé {{bridge}} sur cet hôte.',
    noBridgeFix: 'Créez-le (par exemple avec NetworkManager : nmcli con add type bridge ifname {{bridge}}) ou choisissez un pont existant.',
    noHelper: '{{helper}} est absent.',
    noHelperFix: 'Installez qemu-system-common (il fournit l’assistant de pont réseau).',
    notSetuid: '{{helper}} n’est pas setuid root : il ne peut donc pas relier des VM à un pont réseau.',
    notSetuidFix: 'sudo chmod u+s {{helper}}',
    notAllowed: '{{conf}} n’autorise pas le pont {{bridge}}.',
    notAllowedFix: "Ajoutez la ligne « allow {{bridge}} » à {{conf}} (en root : echo 'allow {{bridge}}' | sudo tee -a {{conf}}).",
  },
  argv: {
    socketTooLong: 'chemin de socket trop long pour un socket Unix ({{bytes}} octets) : {{path}}',
    tooManyDevices: 'Trop de périphériques {{bus}} pour ce type de machine : passez des disques ou des lecteurs CD en virtio ou en SCSI.',
  },
} satisfies Translation<typeof en>;
