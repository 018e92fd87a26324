const recommendations = {
  title: 'Policy recommendations',
  lead: 'The six recommendations of the AI Landscape Assessment, ranked by the gaps found in the catalogue.',
  scope:
    'Ranked by the gaps found in this scope: {{total}} deployments, of which {{assessed}} have a source-backed gap assessment. Unassessed deployments do not count.',
  number: 'Recommendation {{n}} of the report',
  priority: 'Priority {{p}} · ranked {{rank}} of {{of}} here',
  priorityHelp:
    'Priority is the mean, over the gap-assessed systems in this scope, of the worst gap each recommendation addresses: 0% when none of them has such a gap, 100% when every one has a gap that blocks it. Numbers are the report’s own.',
  smallBase: '* Fewer than {{min}} assessed systems: read the priorities as examples, not as a ranking.',
  evidence: 'evidence in {{n}} of {{of}} assessed deployments',
  linked_one: '{{count}} deployment with an addressed gap',
  linked_other: '{{count}} deployments with an addressed gap',
  progress: 'Progress',
  status: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
};

export default recommendations;
