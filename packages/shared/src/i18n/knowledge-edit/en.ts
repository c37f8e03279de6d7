/**
 * The texts of the knowledge editing screens (on-call contacts in the directory, editing library
 * documents and news, linking action-plan responsible bodies to organisations), spread into en.ts.
 * The other languages declare the same shape, so a missing key does not compile.
 */
export const knowledgeEditEn = {
  knowledgeEdit: {
    onCall: {
      add: 'Add an on-call contact',
      edit: 'Edit',
      editTitle: 'Edit on-call contact',
      remove: 'Remove',
      removeTitle: 'Remove on-call contact',
      removeConfirm: 'Remove the on-call contact “{{label}}”? Professionals will no longer see it.',
      label: 'Function',
      labelHelp: 'A function such as “magistrate on duty”, never a person’s name.',
      phone: 'Phone',
      phoneInvalid: 'Enter a phone number (digits, spaces, + ( ) . / -).',
      email: 'E-mail',
      emailInvalid: 'Enter a valid e-mail address.',
      hours: 'When reachable',
      districts: 'Judicial districts covered',
      districtsHelp: 'Leave empty when the line covers every district the organisation serves.',
      save: 'Save',
      cancel: 'Cancel',
      none: 'No on-call contacts yet.',
      labelTooShort: 'At least 2 characters.',
    },
    library: {
      edit: 'Edit',
      editDocument: 'Edit document “{{title}}”',
      editNews: 'Edit news item “{{title}}”',
      save: 'Save changes',
      replaceFile: 'Replace the file (optional)',
      restrictedNeedsTypes: 'Choose at least one organisation type.',
      clearFile: 'Remove the chosen file',
      fileRequired: 'Choose a file.',
      titleRequired: 'A title is required.',
      bodyInvalid: 'Write some text, without HTML and with links to https:, mailto: or tel: only.',
    },
    bodies: {
      title: 'Responsible bodies and their organisations',
      intro: 'Users of the organisations linked to a body update that body’s projects. Only the coordination bureau changes these links.',
      organisations: 'Organisations acting for {{body}}',
      save: 'Save links',
      saved: 'Links saved.',
      noneLinked: 'No organisation linked.',
      show: 'Manage responsible bodies',
      hide: 'Hide responsible bodies',
    },
  },
};
