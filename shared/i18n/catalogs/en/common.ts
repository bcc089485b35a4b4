// English: the source text. Words every screen uses; a screen's own sentences live in its namespace.
export default {
  action: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    delete: 'Delete',
    remove: 'Remove',
    create: 'Create',
    next: 'Next',
    back: 'Back',
    retry: 'Try again',
    browse: 'Browse…',
    copy: 'Copy',
    copied: 'Copied',
    copyWhat: 'Copy {{what}}',
    open: 'Open',
    refresh: 'Refresh',
    dismiss: 'Dismiss',
  },
  state: {
    none: 'None',
    yes: 'Yes',
    no: 'No',
  },
  language: {
    label: 'Language',
    system: 'System ({{language}})',
    hint: 'VirtDesk speaks English and French; "System" follows your browser or desktop.',
  },
  units: {
    mib: 'MiB',
    gib: 'GiB',
  },
} as const;
