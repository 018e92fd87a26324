const compare = {
  title: 'Compare countries and registers',
  lead: 'Two or more countries or public registers of AI side by side. Registers differ in what they cover, how they classify risk and what they leave out: read each column with its coverage and caveats, and follow any number to the records behind it.',
  picker: {
    label: 'What to compare',
    column: 'Column {{n}}',
    countries: 'Countries',
    registers: 'Registers',
    country: '{{name}} (all records)',
    add: 'Add a column',
    remove: 'Remove column {{n}}',
    reset: 'Back to the default comparison',
    share: 'The address of this page keeps the comparison: copy it to share.',
  },
  kind: {
    country: 'Country',
    register: 'Register',
  },
  column: {
    records: 'Records',
    recordsLink: 'See the {{n}} records of {{scope}}',
    agencies: 'Agencies',
    countries: 'Country',
    registers: 'From',
  },
  figure: {
    of: '<count>{{count}}</count> of <total>{{base}}</total>',
    unknown: '{{n}} not stated',
    notStated: 'Not stated by this register',
    allUnknown: 'none of its {{n}} records says',
  },
  declared: {
    title: 'High-risk or high-impact, as the register classifies it',
    none: 'No tiers declared',
    noneVn: 'Vietnam’s records declare no risk tier under the Law on AI yet.',
    meaning: 'The register’s own classification; registers define it differently.',
    meaningRiskTier: 'Tier declared under Vietnam’s Law on AI.',
    meanings: {
      'us-omb-2025':
        '“High-impact” as defined by OMB memorandum M-25-21 (AI whose output is a principal basis for decisions with legal or significant effects on rights or safety).',
    },
  },
  indicative: {
    title: 'Likely high risk — AILA’s indicative reading',
    note: 'Indicative only: AILA’s reading of each record against the Law on AI, not an official classification. Base: records whose reading could be determined.',
  },
  assessed: {
    title: 'Impact assessment carried out',
    meaning: 'As the register states (e.g. an IAMA or DPIA, or a completed high-impact assessment).',
  },
  published: {
    title: 'Impact assessment published',
    meaning: 'Records that link to a published assessment report.',
    none: 'This register’s file gives no link to an assessment.',
  },
  source: {
    title: 'Coverage and caveats',
    publisher: 'Published by {{publisher}}',
    licence: 'Licence: {{licence}}',
    file: 'File of {{date}}: {{rows}} rows, {{records}} records imported',
    fileUndated: 'Undated file: {{rows}} rows, {{records}} records imported',
    imported: 'imported {{date}}',
    open: 'Open the register',
    caveats: 'Caveats',
    aila: {
      name: 'AILA catalogue',
      publisher: 'AILA',
      licence: 'CC BY 4.0',
      coverage:
        'Vietnam’s public sector: systems curated from public sources (government portals, the press, agencies’ own reports), and records submitted by agencies and reviewed before publication. Not exhaustive: a system no public source mentions is missing.',
      caveats: {
        unknown:
          'Most governance fields are unknown: sources seldom state risk tier, gaps, ethics or impact assessment. Unknown is shown as unknown, never as “no”.',
        coverage:
          'Of {{total}} records: risk tier stated for {{risk}}, gaps assessed for {{gaps}}, ethics reported for {{ethics}}.',
        indicative:
          'The “likely high risk” reading is AILA’s own, from each record’s facts; it is not a tier under the Law on AI.',
      },
      about: 'How the catalogue is built',
    },
  },
  charts: {
    stage: 'Stage of each system',
    stageSub: 'Share of each column’s records; unknown stages are shown as unknown',
    category: 'Application',
    categorySub: 'Share of each column’s records by type of application',
    categoryNone: '{{scopes}}: the register names no application type, so every record is “other”.',
    growth: 'Growth by year',
    growthSub: 'Systems piloted, in production or retired, by the year they started; planned systems are left out',
    growthShare: 'As a share of each column',
    growthCount: 'As numbers of systems',
    growthMode: 'Show growth',
    growthDated: '{{scope}}: {{dated}} of {{adopted}} systems in use have a start year.',
    growthUndated:
      '{{scope}}: no start year is given — this register dates its records only by when they were registered or published, so it is not drawn here.',
    growthNone: 'No column has systems with a start year.',
    empty: 'No records to draw.',
    value: 'Records',
  },
  print: 'Print',
};

export default compare;
