const landscape = {
  title: 'National landscape',
  lead: 'Readiness indicators, the legal framework and the landscape findings, each with its source.',
  year: 'Year',
  score: 'Score',
  discrepancy:
    '* 2023 is reported both as 39th and as 59th of 193, with the same score of 54.48. Both are shown until the primary report can be checked.',
  milestones: 'Law, strategy and assessments',
  findings: 'Landscape findings by gap dimension',
  law: 'Risk tiers under the Law on AI',
  criteria: 'Criteria for identifying high-risk systems (used by the risk questionnaire)',
  ethics: 'National AI Ethics Framework: principles',
  ram: 'UNESCO Readiness Assessment Methodology: dimensions',
  targets: 'National AI strategy targets',
};

export default landscape;
