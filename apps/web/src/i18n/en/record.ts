const record = {
  details: 'Details',
  unknown: 'Unknown',
  gaps: 'Gaps',
  gapsNotAssessed: 'Not assessed: no source describes this system’s gaps yet.',
  gapsNone: 'Assessed: the sources describe no gaps.',
  severity: 'Severity',
  evidence: 'Evidence',
  ethics: 'Ethics self-assessment',
  ethicsUnknown: 'No self-assessment against the National AI Ethics Framework yet.',
  record: 'Record',
  revision: 'Revision {{n}}',
  published: 'First published',
  updated: 'Last updated',
  history: 'Published versions',
  cite: 'Cite this record',
  citation:
    'AILA ({{year}}). {{title}} [Record {{id}}, revision {{revision}}, updated {{date}}]. Open catalogue of AI in the public sector. {{url}}',
  copy: 'Copy',
  copied: 'Copied',
  notFound: 'No deployment has this id.',
};

export default record;
