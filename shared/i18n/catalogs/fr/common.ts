// Français : la traduction de ../en/common.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/common.js';

export default {
  action: {
    cancel: 'Annuler',
    close: 'Fermer',
    ok: 'OK',
    save: 'Enregistrer',
    apply: 'Appliquer',
    delete: 'Supprimer',
    remove: 'Retirer',
    add: 'Ajouter',
    edit: 'Modifier',
    rename: 'Renommer',
    create: 'Créer',
    next: 'Suivant',
    back: 'Précédent',
    retry: 'Réessayer',
    browse: 'Parcourir…',
    copy: 'Copier',
    copied: 'Copié',
    copyWhat: 'Copier {{what}}',
    open: 'Ouvrir',
    refresh: 'Actualiser',
    show: 'Afficher',
    hide: 'Masquer',
    more: 'Plus',
    dismiss: 'Fermer',
    help: 'Aide',
  },
  state: {
    loading: 'Chargement…',
    saving: 'Enregistrement…',
    none: 'Aucun',
    unknown: 'Inconnu',
    yes: 'Oui',
    no: 'Non',
    on: 'Activé',
    off: 'Désactivé',
    auto: 'Automatique',
  },
  language: {
    label: 'Langue',
    system: 'Système ({{language}})',
    hint: 'VirtDesk parle français et anglais ; « Système » suit votre navigateur ou votre bureau.',
  },
  units: {
    mib: 'Mio',
    gib: 'Gio',
  },
} satisfies Translation<typeof en>;
