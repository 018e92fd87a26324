const brief = {
  title: 'AI in the public sector — brief',
  scope: 'Scope',
  all: 'the whole catalogue',
  generated: 'Generated {{date}}',
  print: 'Print or save as PDF',
  back: 'Back to the overview',
  recs: 'Recommendations that matter most here',
  evidence: 'evidence in {{n}} of {{of}} gap-assessed deployments',
  noEvidence:
    'None yet: no significant gap is on record in the {{n}} gap-assessed deployments of this scope. See all six under Recommendations.',
  sourcesText:
    'Every figure counts deployments in the AILA catalogue, each with its public sources (see /about). Frameworks: UNDP / IPS AI Landscape Assessment; Law on AI No. 134/2025/QH15; National AI Ethics Framework (Circular 05/2026/TT-BKHCN).',
};

export default brief;
