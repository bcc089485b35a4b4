// English: the source text of labs (several linked clones of one VM on one private network, made and
// deleted together): the engine's messages (electron/engine/labs/, vms/labs.ts), the Make a lab
// dialog and the lab's rows in the VM list (renderer/features/labs/), the lab commands of the CLI.
export default {
  refuse: {
    labExists: 'A lab named {{lab}} exists already ({{vms}}): choose another name, or delete that lab first.',
    namesTaken: 'VMs with these names exist already: {{names}}. Choose another lab name, or rename those VMs.',
    source: 'A lab is made of linked clones of {{vm}}, whose disks must not change while its clones build on them. {{reason}}',
  },
  task: {
    making: 'Making the lab {{lab}} ({{count}} VMs)',
    makingVm: 'Making {{name}} ({{n}} of {{count}})',
  },
  failed: {
    vm: 'Could not make {{name}}: {{error}} Nothing was kept: the source VM is as it was.',
    vmAfter: 'Could not make {{name}}: {{error}} Nothing was kept: {{removed}} were removed again, and the source VM is as it was.',
  },
  delete: {
    none: 'No VM belongs to a lab named {{lab}}: check the name (the VM list shows each VM’s lab).',
    running: 'The lab cannot be deleted while VMs of it run ({{vms}}): shut them down first, or force them off with it.',
  },
  menu: {
    makeLab: 'Make a lab…',
    makeLabHint: 'Several linked clones of this VM on a private network of their own',
  },
  dialog: {
    title: 'Make a lab from {{name}}',
    description:
      'Several linked clones of this VM, numbered, on a private network of their own: they see each other, and are deleted together.',
    name: 'Lab name',
    nameHint: 'Also the name of its private network. The VMs will be {{first}} … {{last}}.',
    count: 'Number of VMs',
    keepNat: 'Keep the NAT network card (Internet through the host) beside the private one',
    plan: 'What it will do',
    nicPrivate: 'private network {{network}}',
    nicNat: 'NAT',
    commands: 'The commands it runs ({{count}})',
    command: 'Command {{n}}',
    commandsNote: 'XXXXXX stands for six random hex digits, and <{{first}}> for the folder of the new VM {{first}} (named after its id).',
    linkedNote:
      'The source VM’s disks become a read-only base that it and the lab’s VMs build on: the source keeps working, on an overlay of its own.',
    checking: 'Checking the source VM…',
    submit: 'Make the lab',
    making: 'Making the linked clones…',
    mayClose: 'You may close this window: the lab is made in the background.',
  },
  list: {
    header: 'Lab {{lab}}',
    startAll: 'Start all',
    startAllHint: 'Start every stopped VM of the lab',
    deleteLab: 'Delete lab…',
    deleteLabHint: 'Delete every VM of this lab',
    member: 'In the lab {{lab}}',
  },
  deleteDialog: {
    title: 'Delete the lab {{lab}}?',
    text: 'These VMs go, with the disks in their folders:',
    keep: 'The source VM and the base disk they share stay as they are.',
    running: 'Running now: {{vms}}. They will be forced off first, like pulling the plug.',
    submit: 'Delete the lab',
    submitForce: 'Force off and delete',
  },
  notice: {
    made: 'Made the lab {{lab}}: {{names}}',
    deleted: 'Deleted the lab {{lab}}: {{names}}',
  },
  failedUi: {
    make: 'Could not make the lab {{lab}}',
  },
};
