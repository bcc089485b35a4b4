// Français : la traduction de ../en/common.ts, clé pour clé (le type le vérifie).
import type { Translation } from '../../catalog-types.js';
import type en from '../en/common.js';

export default {
  action: {
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    delete: 'Supprimer',
    remove: 'Retirer',
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
    dismiss: 'Fermer',
  },
  state: {
    none: 'Aucun',
    yes: 'Oui',
    no: 'Non',
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
