// Français : la traduction de ../en/networks.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/networks.js';

export default {
  registry: {
    unusable:
      '{{file}} est inutilisable ({{why}}) : corrigez-le ou supprimez-le. Les réseaux où sont vos VM restent listés ; créer ou supprimer un réseau attend jusque-là.',
    cannotRead: 'il ne peut pas être lu : {{code}}',
    notJson: 'ce n’est pas du JSON : {{error}}',
    badField: '{{field}} : {{error}}',
  },
  errors: {
    exists: 'name : un réseau nommé « {{name}} » existe déjà. Choisissez un autre nom, ou mettez la carte de la VM sur celui-là.',
    tooMany: 'name : VirtDesk garde au plus {{max}} réseaux nommés. Supprimez d’abord un réseau qui ne sert plus.',
    notFound: 'name : aucun réseau ne s’appelle « {{name}} ». Leurs noms sont dans la vue Réseaux ou dans `virtdesk network list`.',
    missing: 'network : choisissez le réseau privé que rejoint cette carte, ou tapez le nom d’un nouveau réseau.',
    inUse:
      'name : le réseau « {{name}} » est utilisé par {{users}}. Mettez d’abord leurs cartes réseau sur un autre réseau (ou retirez-les).',
  },
  view: {
    title: 'Réseaux',
    toolbar: 'Réseaux',
    toolbarHint: 'Les réseaux privés entre vos VM, et qui est sur chacun',
    intro:
      'Un réseau privé est un segment Ethernet entre des VM de cet ordinateur. Il ne demande pas de droits root : le QEMU de chaque membre rejoint un groupe multicast sur l’interface de bouclage (127.0.0.1), si bien que chaque trame, diffusions comprises, parvient à tous les membres sans jamais quitter l’hôte.',
    newNetwork: 'Nouveau réseau',
    newTitle: 'Nouveau réseau privé',
    nameHint: 'Lettres, chiffres, - et _ (32 au plus). Mettez-y une VM depuis sa page Carte réseau.',
    created: 'Réseau « {{name}} » créé',
    deleted: 'Réseau « {{name}} » supprimé',
    delete: 'Supprimer',
    deleteName: 'Supprimer le réseau {{name}}',
    deleteHint: 'Oublier ce réseau (son nom seulement : aucune VM n’y est)',
    inUseHint: 'Utilisé par {{users}} : mettez d’abord leurs cartes réseau sur un autre réseau',
    implicitHint: 'Existe tant qu’une VM y est (créé par un lab ou une carte réseau) ; rien à supprimer',
    kindNamed: 'créé par son nom',
    kindImplicit: 'créé par ses VM',
    members_zero: 'Aucune VM pour l’instant',
    members_one: '{{count}} carte réseau',
    members_other: '{{count}} cartes réseau',
    group: 'Groupe multicast {{group}}',
    groupHint: 'QEMU : -netdev socket,mcast={{group}},localaddr=127.0.0.1 — le même pour chaque membre.',
    member: '{{vm}}, carte {{n}}',
    memberMac: 'MAC {{mac}}',
    showVm: 'Afficher {{vm}}',
    list: 'Réseaux privés',
    loading: 'Lecture des réseaux…',
    loadFailed: 'Impossible de lire les réseaux.',
  },
  empty: {
    title: 'Pas encore de réseau privé',
    what: 'Un réseau privé relie entre elles des VM de cet ordinateur, comme un commutateur : deux invités sur « lab1 » se joignent, et personne d’autre.',
    noRoot:
      'Il ne demande ni droits root ni configuration de l’hôte : QEMU envoie les trames à un groupe multicast sur l’interface de bouclage (127.0.0.1), que chaque membre rejoint.',
    addresses:
      'Les adresses sont l’affaire des invités : fixez-en une dans chacun (par exemple ip addr add 10.10.0.1/24 dev eth1), ou faites tourner un serveur DHCP dans l’un d’eux. VirtDesk ne propose pas encore de DHCP sur un réseau privé.',
    compare:
      'À comparer : le réseau en mode utilisateur (NAT) donne à chaque VM 10.0.2.15 sur son propre 10.0.2.0/24, avec Internet mais sans ses voisines ; un pont met la VM sur le vrai réseau de l’hôte, et root doit le mettre en place une fois. Une VM peut avoir à la fois une carte NAT et une carte privée.',
    start: 'Créez un réseau ici, ou choisissez « Réseau privé » dans la page Carte réseau d’une VM.',
  },
  nic: {
    mode: 'Réseau privé',
    choose: 'Réseau privé à rejoindre',
    newName: 'Nouveau réseau…',
    newNameLabel: 'Nom du nouveau réseau',
    hint: 'Seules les VM du même réseau privé voient les trames de cette carte. Donnez vous-même une adresse à l’invité (ip addr add …) : il n’y a pas de DHCP.',
    members_zero: 'Aucune autre VM n’y est encore.',
    members_one: 'Aussi sur ce réseau : {{names}}',
    members_other: 'Aussi sur ce réseau : {{names}}',
  },
  cli: {
    columns: { name: 'RÉSEAU', group: 'GROUPE', kind: 'TYPE', members: 'MEMBRES' },
    named: 'nommé',
    implicit: 'par ses VM',
    none: 'Aucun réseau privé. Créez-en un avec `virtdesk network create NOM`, ou mettez la carte d’une VM sur l’un d’eux.',
    member: '{{vm}} (carte {{n}}, {{mac}}, {{state}})',
    created: 'Réseau {{name}} créé (groupe {{group}}).',
    deleted: 'Réseau {{name}} supprimé.',
  },
} satisfies Translation<typeof en>;
