const recommendations = {
  title: 'Policy recommendations',
  lead: 'The six recommendations of the AI Landscape Assessment, ranked by the gaps found in the catalogue.',
  scope:
    'Ranked by the gaps found in this scope: {{total}} deployments, of which {{assessed}} have a source-backed gap assessment. Unassessed deployments do not count.',
  rank: 'Rank {{n}}',
  priority: 'Priority {{p}}',
  evidence: 'evidence in {{n}} of {{of}} assessed deployments',
  linked_one: '{{count}} deployment with an addressed gap',
  linked_other: '{{count}} deployments with an addressed gap',
  progress: 'Progress',
  status: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
};

export default recommendations;
