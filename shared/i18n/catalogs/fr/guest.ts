// Français : la traduction de ../en/guest.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/guest.js';

export default {
  teach: {
    channel:
      'Le canal de l’agent invité QEMU : un port virtio-serial nommé org.qemu.guest_agent.0, sur lequel écoute qemu-ga dans l’invité. Par lui, l’hôte demande à l’invité lui-même son nom, son système et ses adresses IP, un arrêt propre, ou de geler ses systèmes de fichiers pendant un instantané. Un canal paravirtualisé plutôt que le réseau : il marche même sans réseau, et l’invité n’a aucun port à ouvrir.',
    chardev: 'Un socket pour le canal de l’agent invité : VirtDesk y parle à qemu-ga (wait=off : QEMU ne l’attend pas).',
  },
  field: {
    label: 'Canal de l’agent invité QEMU',
    hint: 'VirtDesk demande à qemu-ga dans l’invité (paquet qemu-guest-agent) son nom et ses adresses IP, l’arrête proprement et gèle ses systèmes de fichiers pour les instantanés à chaud. Sans danger sans qemu-ga : rien ne répond, rien n’attend.',
  },
  info: {
    hostname: 'Nom d’hôte',
    os: 'Système invité',
    addresses: 'Adresses IP',
    agent: 'Agent invité',
    noAddress: 'pas encore d’adresse',
    interface: '{{name}} : {{addresses}}',
    waiting: 'En attente de l’agent invité…',
    silent: 'Pas de réponse. Installez et démarrez qemu-guest-agent dans l’invité pour voir ici son nom et ses adresses.',
    listAddress: 'Adresse IP donnée par l’agent invité',
  },
  snapshot: {
    teach:
      'L’agent invité répond : ses systèmes de fichiers sont gelés pour l’instantané (leurs caches écrits sur disque, les nouvelles écritures retenues), puis dégelés.',
    frozen: 'L’agent invité a gelé les systèmes de fichiers de l’invité pendant l’instantané ({{n}} gelés), puis les a dégelés.',
    refused: 'L’agent invité n’a pas pu geler les systèmes de fichiers : l’instantané a été pris sans les geler.',
    noAgent:
      'Systèmes de fichiers non gelés (aucun agent invité ne répond). L’instantané garde aussi la mémoire : ce que l’invité n’avait pas encore écrit n’est pas perdu.',
  },
} satisfies Translation<typeof en>;
