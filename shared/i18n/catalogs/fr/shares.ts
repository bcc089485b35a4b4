// Français : la traduction de ../en/shares.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/shares.js';

export default {
  policy: {
    subject: 'Le dossier partagé {{file}}',
    cause: {
      own: 'est dans le dossier de cette VM, avec ses disques et les fichiers de VirtDesk',
      virtdesk: 'est dans les dossiers de VirtDesk ({{root}}), où sont les disques et les fichiers des VM',
      holds: 'contient le dossier de VirtDesk {{root}} : l’invité atteindrait les disques de toutes les VM',
      notFolder: 'n’est pas un dossier',
      notReadable: 'n’est pas lisible par cet utilisateur',
      notWritable: 'n’est pas modifiable par cet utilisateur',
    },
    fix: {
      pickOther: 'choisissez un dossier à vous hors des dossiers de VirtDesk, ou un sous-dossier qui ne les contient pas',
      pickFolder: 'choisissez un dossier (l’invité monte un dossier entier, pas un fichier)',
      permissions: 'vérifiez ses droits et ceux des dossiers au-dessus',
      readOnly: 'cochez « Lecture seule », ou donnez à cet utilisateur le droit d’écrire',
    },
  },
  start: {
    failed:
      'Démarrage impossible : le dossier partagé « {{tag}} » ({{path}}) n’a pas pu être servi : {{cause}}. Vérifiez le dossier, ou retirez-le dans Paramètres → Dossiers partagés.',
    vanished: 'le dossier n’existe plus',
  },
  extraArgs: {
    cause: 'VirtDesk partage lui-même les dossiers de l’hôte, après avoir vérifié ceux qu’une VM peut atteindre',
    fix: 'Ajoutez plutôt le dossier dans les paramètres Dossiers partagés (virtiofs ou 9p, en lecture seule si vous voulez), et retirez-le',
  },
  state: {
    virtiofs:
      'la VM partage {{tags}} en virtiofs, et QEMU ne sait pas sauvegarder l’état d’un périphérique virtiofs (ses fichiers ouverts sont dans virtiofsd, hors de QEMU). Arrêtez d’abord la VM : l’instantané d’une VM arrêtée contient ses disques',
  },
  transport: {
    virtiofs: 'virtiofs',
    '9p': '9p',
    why: {
      virtiofs: 'virtiofsd, un processus à part, sert le dossier : plus rapide que 9p.',
      readOnly:
        'Le virtiofsd de ce QEMU ne sait pas partager un dossier en lecture seule ; QEMU le sert donc lui-même en 9p, en lecture seule.',
      noVirtiofsd: 'virtiofsd ne peut pas tourner ici (absent, ou il lui faut root) ; QEMU sert donc lui-même le dossier en 9p.',
    },
  },
  page: {
    none: 'Aucun dossier partagé : l’invité ne voit aucun dossier de cet ordinateur.',
    title: 'Dossier partagé {{n}}',
    remove: 'Retirer le dossier partagé {{n}}',
    removeHint: 'Ne plus partager ce dossier (le dossier lui-même reste tel quel)',
    folder: 'Dossier sur cet ordinateur',
    browse: 'Choisir le dossier du dossier partagé {{n}}',
    tag: 'Étiquette de montage',
    tagHint: 'Le nom sous lequel l’invité le monte.',
    readOnly: 'Lecture seule',
    transport: 'Partagé par',
    mount: 'Dans l’invité (en root)',
    mountHintVirtiofs: 'Le Linux de l’invité a besoin du module virtiofs (présent dans la plupart des distributions, depuis Linux 5.4).',
    mountHint9p:
      'Le Linux de l’invité a besoin des modules 9p et 9pnet_virtio (présents dans la plupart des distributions ; certains noyaux « cloud » ne les ont pas).',
    add: 'Ajouter un dossier partagé',
  },
  teach: {
    memoryBackend:
      'La RAM de l’invité en mémoire partagée (un memfd, share=on) : virtiofsd, un processus à part, lit et écrit sur place les tampons de l’invité ; il doit donc pouvoir projeter cette mémoire.',
    virtiofsSocket: 'Le socket de virtiofsd, le processus qui sert un dossier partagé (vhost-user : QEMU lui confie les files virtio).',
    virtiofsDevice:
      'Un dossier partagé en virtiofs : les requêtes FUSE passent par des files virtio jusqu’à virtiofsd, qui les exécute sur le dossier de l’hôte (sans fenêtre DAX ici : les données sont copiées par les files). Plus rapide que 9p : l’invité garde en cache ce qu’il a lu (cache=auto) et virtiofsd répond sur plusieurs threads, alors que 9p coûte un aller-retour vers QEMU pour presque chaque opération ; et il se comporte comme un système de fichiers local (l’invité le monte par mount -t virtiofs {{tag}} /mnt).',
    fsdev: 'Un dossier de l’hôte que QEMU sert lui-même en 9p (le protocole de fichiers de Plan 9).',
    fsdevReadOnly:
      'Un dossier de l’hôte que QEMU sert lui-même en 9p (le protocole de fichiers de Plan 9), en lecture seule : QEMU refuse toute écriture.',
    virtio9p:
      'Un dossier partagé en 9p (virtio-9p) : chaque opération sur un fichier est un message 9p auquel QEMU répond lui-même, plus simple que virtiofs mais plus lent. L’invité le monte par mount -t 9p -o trans=virtio,version=9p2000.L {{tag}} /mnt.',
  },
} satisfies Translation<typeof en>;
