// Français : les labs (plusieurs clones liés d’une VM sur un réseau privé), mêmes clés que l’anglais.
import type { Translation } from '../../catalog-types.js';
import type en from '../en/labs.js';

export default {
  refuse: {
    labExists: 'Un lab nommé {{lab}} existe déjà ({{vms}})\u00a0: choisissez un autre nom, ou supprimez d’abord ce lab.',
    namesTaken: 'Des VM portent déjà ces noms\u00a0: {{names}}. Choisissez un autre nom de lab, ou renommez ces VM.',
    source:
      'Un lab est fait de clones liés de {{vm}}, dont les disques ne doivent pas changer tant que ses clones s’appuient dessus. {{reason}}',
  },
  task: {
    making: 'Création du lab {{lab}} ({{count}}\u00a0VM)',
    makingVm: 'Création de {{name}} ({{n}} sur {{count}})',
  },
  failed: {
    vm: 'Impossible de créer {{name}}\u00a0: {{error}} Rien n’a été gardé\u00a0: la VM source est telle qu’elle était.',
    vmAfter:
      'Impossible de créer {{name}}\u00a0: {{error}} Rien n’a été gardé\u00a0: {{removed}} ont été supprimées, et la VM source est telle qu’elle était.',
  },
  delete: {
    none: 'Aucune VM n’appartient à un lab nommé {{lab}}\u00a0: vérifiez le nom (la liste des VM indique le lab de chacune).',
    running:
      'Le lab ne peut pas être supprimé tant que certaines de ses VM tournent ({{vms}})\u00a0: arrêtez-les d’abord, ou forcez leur arrêt avec lui.',
  },
  menu: {
    makeLab: 'Créer un lab…',
    makeLabHint: 'Plusieurs clones liés de cette VM sur un réseau privé à eux',
  },
  dialog: {
    title: 'Créer un lab à partir de {{name}}',
    description:
      'Plusieurs clones liés de cette VM, numérotés, sur un réseau privé à eux\u00a0: ils se voient entre eux et sont supprimés ensemble.',
    name: 'Nom du lab',
    nameHint: 'C’est aussi le nom de son réseau privé. Les VM s’appelleront {{first}} … {{last}}.',
    count: 'Nombre de VM',
    keepNat: 'Garder la carte réseau NAT (Internet via l’hôte) à côté de la carte privée',
    plan: 'Ce qui sera fait',
    nicPrivate: 'réseau privé {{network}}',
    nicNat: 'NAT',
    commands: 'Les commandes exécutées ({{count}})',
    command: 'Commande {{n}}',
    commandsNote:
      'XXXXXX désigne six chiffres hexadécimaux aléatoires, et <{{first}}> le dossier de la nouvelle VM {{first}} (nommé d’après son identifiant).',
    linkedNote:
      'Les disques de la VM source deviennent une base en lecture seule sur laquelle elle et les VM du lab s’appuient\u00a0: la source continue de fonctionner, sur un disque de surcouche à elle.',
    checking: 'Vérification de la VM source…',
    submit: 'Créer le lab',
    making: 'Création des clones liés…',
    mayClose: 'Vous pouvez fermer cette fenêtre\u00a0: le lab est créé en arrière-plan.',
  },
  list: {
    header: 'Lab {{lab}}',
    startAll: 'Tout démarrer',
    startAllHint: 'Démarrer toutes les VM arrêtées du lab',
    deleteLab: 'Supprimer le lab…',
    deleteLabHint: 'Supprimer toutes les VM de ce lab',
    member: 'Dans le lab {{lab}}',
  },
  deleteDialog: {
    title: 'Supprimer le lab {{lab}}\u00a0?',
    text: 'Ces VM seront supprimées, avec les disques de leurs dossiers\u00a0:',
    keep: 'La VM source et le disque de base qu’elles partagent restent tels quels.',
    running: 'En marche\u00a0: {{vms}}. Elles seront d’abord arrêtées de force, comme en débranchant la prise.',
    submit: 'Supprimer le lab',
    submitForce: 'Forcer l’arrêt et supprimer',
  },
  notice: {
    made: 'Lab {{lab}} créé\u00a0: {{names}}',
    deleted: 'Lab {{lab}} supprimé\u00a0: {{names}}',
  },
  failedUi: {
    make: 'Impossible de créer le lab {{lab}}',
  },
} satisfies Translation<typeof en>;
