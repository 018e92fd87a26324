/** The administrators' pages. */
const admin = {
  audit: {
    title: 'Audit log',
    lead: 'Every change of state, newest first: who did what to which entity, and when.',
    entity: 'Entity',
    actor: 'Actor (e-mail)',
    action: 'Action',
    apply: 'Filter',
    reset: 'Clear filters',
    download: 'Download as CSV',
    empty: 'No entries match these filters.',
    shown_one: 'Latest {{count}} entry',
    shown_other: 'Latest {{count}} entries',
    columns: {
      at: 'When',
      actor: 'Who',
      action: 'Action',
      entity: 'Entity',
      details: 'Before → after',
    },
    details: 'Show',
  },
};

export default admin;
