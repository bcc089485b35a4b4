// Français : la traduction de ../en/teach.ts, clé pour clé (le type le vérifie). Le vocabulaire est
// celui d'un cours de virtualisation : hyperviseur, émulation, paravirtualisation, pont réseau.
import type { Translation } from '../../catalog-types.js';
import type en from '../en/teach.js';

export default {
  option: {
    name: 'Le nom de la VM, affiché dans les messages de QEMU et dans la liste des processus de l’hôte ; debug-threads nomme les threads de QEMU pour que top et ps les distinguent.',
    uuid: 'L’identifiant unique de la machine, que l’invité lit dans les tables de son micrologiciel (SMBIOS), comme sur un vrai ordinateur.',
    machineQ35: 'La carte mère émulée : q35, un chipset Intel moderne avec PCI Express, conseillé pour l’UEFI et les systèmes récents.',
    machinePc: 'La carte mère émulée : pc (i440FX), le chipset classique que tous les anciens systèmes connaissent.',
    machineOther: 'La carte mère émulée : {{type}}.',
    accelKvm:
      'L’accélération matérielle : l’hyperviseur KVM, dans le noyau Linux, exécute les instructions de l’invité directement sur le processeur (Intel VT-x / AMD-V). En premier dans la liste, il est utilisé s’il fonctionne.',
    accelTcg:
      'L’émulation : TCG, le traducteur de QEMU, convertit chaque instruction de l’invité en code de l’hôte. Cela fonctionne partout, sans KVM, mais plusieurs fois plus lentement.',
    cpuHost: 'L’invité voit le modèle et les fonctions du processeur de l’hôte : le plus rapide avec KVM.',
    cpuModel: 'Le modèle de processeur que voit l’invité : {{model}}.',
    memory: 'La mémoire vive (RAM) de l’invité, prise sur celle de l’hôte tant que la VM fonctionne.',
    smp: 'Le nombre de processeurs virtuels (vCPU) ; chacun est un thread de QEMU sur l’hôte.',
    nodefaults: 'Aucun périphérique par défaut : seuls ceux listés ici existent, la machine est exactement ce que vous voyez.',
    vgaNone: 'Pas de carte graphique émulée : cette VM communique par sa console série.',
    vga: 'La carte graphique émulée ({{model}}).',
    displayNone: 'QEMU n’ouvre pas de fenêtre : c’est VirtDesk qui affiche l’écran et les consoles.',
    vnc: 'L’écran est servi en VNC sur un socket privé que seul VirtDesk ouvre.',
    serial: 'Le port série de l’invité (ttyS0 sous Linux), relié au socket défini plus haut.',
    serialStdio: 'Le port série et le moniteur QEMU sur ce terminal : Ctrl+A puis C passe de l’un à l’autre.',
    mon: 'Le moniteur QEMU (commandes pour les humains, comme info block ou eject) sur son propre socket.',
    monOnConsole: 'Le moniteur QEMU, qui partage le terminal avec la console virtio ci-dessus.',
    qmp: 'QMP, le protocole machine de QEMU (JSON), par lequel VirtDesk démarre, met en pause, arrête et surveille la VM.',
    pidfile: 'QEMU écrit ici le numéro de son processus, pour que VirtDesk retrouve la VM après un redémarrage.',
    boot: 'L’ordre de démarrage et le menu de démarrage du micrologiciel.',
    kernel: 'Démarrage direct du noyau : QEMU charge lui-même ce noyau Linux, sans chargeur d’amorçage sur un disque.',
    initrd: 'Le disque mémoire initial (initrd) que le noyau monte en premier.',
    append: 'La ligne de commande du noyau (par exemple console=ttyS0 pour écrire sur le port série, console=hvc0 sur la console virtio).',
    rtc: 'L’horloge de l’invité : base=utc pour Linux, localtime pour Windows.',
    startPaused: 'QEMU démarre processeur arrêté, pour que VirtDesk branche la console avant le premier octet ; il envoie ensuite cont.',
    snapshot:
      'Une exécution jetable : les écritures vont dans des fichiers temporaires que QEMU supprime à la fin ; les disques restent intacts.',
    incoming: 'QEMU attend un état sauvegardé (migration) au lieu de démarrer : c’est ainsi qu’une VM sauvegardée est restaurée.',
    loadvm: 'Démarre dans l’état de cet instantané interne (mémoire et disques).',
    unknown: 'Un argument que vous avez ajouté vous-même : VirtDesk le transmet tel quel à QEMU.',
  },
  drive: {
    disk: 'Une image disque ({{format}}) : le fichier qui contient le disque virtuel. if=none : le périphérique ci-dessous le branche sur la machine.',
    cdrom: 'Le support d’installation (une image ISO) dans un lecteur CD en lecture seule.',
    cdromEmpty: 'Un lecteur CD vide, prêt à recevoir une image ISO.',
    firmwareCode: 'Le micrologiciel UEFI (OVMF), en lecture seule et partagé par toutes les VM.',
    firmwareVars: 'Les variables UEFI propres à cette VM (entrées de démarrage, clés Secure Boot).',
  },
  device: {
    virtioBlk:
      'Un disque virtio : un périphérique paravirtualisé. L’invité sait qu’il tourne dans une VM et dialogue avec QEMU par des files en mémoire partagée, bien plus vite qu’avec un contrôleur de disque émulé.',
    virtioScsi: 'Un contrôleur SCSI virtio : paravirtualisé comme virtio-blk, pour de nombreux disques et lecteurs CD.',
    scsiHd: 'Un disque sur le contrôleur SCSI virtio.',
    scsiCd: 'Un lecteur CD sur le contrôleur SCSI virtio.',
    ideHd: 'Un disque sur un contrôleur IDE émulé : lent, mais connu de tous les systèmes, même les plus anciens.',
    ideCd: 'Un lecteur CD sur un contrôleur IDE (ou SATA) émulé, sur lequel tout programme d’installation sait démarrer.',
    ahci: 'Un contrôleur SATA (AHCI) émulé, comme dans un vrai PC : compatible, plus lent que virtio.',
    virtioNet:
      'Une carte réseau virtio : paravirtualisée, la plus rapide ; Linux a son pilote intégré, Windows demande les pilotes virtio.',
    emulatedNic: 'Une carte réseau émulée ({{model}}) : QEMU imite un vrai matériel, donc tout système a un pilote, au prix de la vitesse.',
    balloon: 'Le ballon mémoire (virtio) : permet à l’hôte de demander à l’invité de rendre la mémoire qu’il n’utilise pas.',
    virtioSerial:
      'Un contrôleur virtio-serial : un bus paravirtualisé de ports caractère entre l’invité et l’hôte, qui porte les ports ci-dessous (la console virtio, le canal de l’agent invité).',
    virtconsole:
      'La console virtio (hvc0 sous Linux, démarrez avec console=hvc0) : paravirtualisée, donc plus rapide que le port série. L’UART émulé coûte une sortie vers QEMU à chaque octet ; virtio fait passer des tampons entiers par des files en mémoire partagée, soit 8 à 13 fois le débit sous TCG dans nos mesures (4 300 à 5 000 Ko/s sur hvc0 contre 350 à 600 Ko/s sur l’UART, sur deux machines).',
    other: 'Un périphérique : {{model}}.',
  },
  netdev: {
    user: 'Le réseau en mode utilisateur (NAT, « slirp ») : l’invité accède au réseau à travers QEMU, sur 10.0.2.0/24, sans droits root ; rien de l’extérieur ne peut le joindre.',
    userForwards:
      'Le réseau en mode utilisateur (NAT) avec des redirections de port : hostfwd ouvre sur 127.0.0.1 de l’hôte un port qui mène à un port de l’invité.',
    bridge:
      'Un pont réseau : l’invité est sur le réseau de l’hôte comme un autre ordinateur (mis en place une fois par root, via qemu-bridge-helper).',
    privateMcast:
      'Un réseau privé entre les VM de cet hôte, sans droits root : les trames de la carte partent vers le groupe multicast {{group}} sur l’interface de bouclage (localaddr=127.0.0.1), que rejoint le QEMU de chaque VM de ce réseau ; chacune les reçoit donc toutes, diffusions comprises, et rien ne quitte l’hôte. L’invité n’en reçoit pas d’adresse : fixez-en une (ip addr add) ou faites tourner un serveur DHCP dans un invité.',
    other: 'Une interface réseau côté hôte : {{backend}}.',
  },
  chardev: {
    serialKept:
      'Un socket pour la console série, que lit le gardien des journaux de console de VirtDesk : il consigne tout ce que l’invité affiche, même quand VirtDesk est fermé (le logfile= de QEMU écrirait chaque octet deux fois).',
    serialLogged: 'Un socket pour un port série supplémentaire ; logfile garde tout ce que l’invité y affiche.',
    monitor: 'Un socket pour le moniteur QEMU.',
    virtioConsoleKept:
      'Un socket pour la console virtio, lu comme le port série par le gardien des journaux de console de VirtDesk, qui consigne tout ce que l’invité affiche, même quand VirtDesk est fermé.',
    virtioConsoleStdio: 'La console virtio et le moniteur QEMU sur ce terminal (mux=on) : Ctrl+A puis C passe de l’un à l’autre.',
  },
  field: {
    bus: {
      label: 'Bus',
      virtio: 'VirtIO (paravirtualisé, le plus rapide ; Linux, BSD, Windows avec pilotes)',
      sata: 'SATA (AHCI émulé ; tous les systèmes)',
      ide: 'IDE (émulé ; anciens systèmes)',
      scsi: 'SCSI (virtio-scsi, paravirtualisé)',
    },
    nic: {
      virtio: 'virtio-net-pci — paravirtualisée, la plus rapide ; pilote intégré à Linux et BSD',
      e1000: 'e1000 — Intel PRO/1000 émulée, tous les systèmes ont un pilote',
      e1000e: 'e1000e — Intel 82574 émulée, pour les Windows récents',
      rtl8139: 'rtl8139 — Realtek émulée, pour les très anciens systèmes',
      recommended: '{{model}} (recommandé)',
    },
    console: {
      label: 'Console',
      serial: 'Port série (émulé ; fonctionne avec tous les systèmes)',
      virtio: 'Console virtio (paravirtualisée, plus rapide ; Linux avec console=hvc0)',
      hint: 'Le « port série émulé » coûte à QEMU une interruption à chaque octet ; la « console virtio (paravirtualisée) » fait passer des tampons entiers par la mémoire partagée, environ 8 fois plus vite ici.',
      appendSaysTtyS0:
        'La ligne de commande du noyau indique encore console=ttyS0 : l’invité écrit donc sur le port série, pas sur la console virtio. Remplacez-la par console=hvc0 dans Options de démarrage → Arguments du noyau.',
    },
  },
  explained: {
    title: 'Ce que fait chaque option',
    show: 'Expliquer chaque option',
  },
} satisfies Translation<typeof en>;
