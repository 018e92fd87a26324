const about = {
  title: 'About AILA',
  lead: 'AILA is an open catalogue and dashboard of artificial intelligence in the public sector, starting from Vietnam.',
  method: 'Method',
  methodSources:
    'Each record describes one AI system run by a public body. It is written in our own words from public sources — official portals, agency announcements and the press — and cites them. Fields the sources do not state stay unknown rather than guessed.',
  methodPlaces:
    'Places follow the 34 provincial units in force since 1 July 2025. A record from an older source is mapped from the former province to its current unit, and the place named in the source is kept.',
  methodGaps:
    'Gaps are recorded only where a source describes them, with the source on each gap. Severity: 1 when a source mentions the problem as a concern, 2 when it is described as limiting the system, 3 when it blocks it. A record without such evidence is “not assessed” — never counted as having no gaps.',
  assessed: 'Gaps assessed for {{n}} of {{total}} deployments; the rest are not assessed.',
  frameworks: 'Frameworks and sources',
  frameworksText:
    'Gap dimensions and the six recommendations follow the UNDP / IPS AI Landscape Assessment of Vietnam’s public sector. Risk tiers follow the Law on AI (in force 1 March 2026); ethics follow the National AI Ethics Framework (in force 10 March 2026); readiness follows UNESCO’s RAM and the Government AI Readiness Index. A suggested risk tier is indicative, never a legal determination.',
  indicative: 'The indicative risk tier',
  indicativeText:
    'No record in the catalogue has an official risk tier: providers classify their own systems under guidance still to be issued, and the list of high-risk systems was published as a draft in February 2026. So that readers can still ask how many systems would likely be high risk, AILA reads each record against the Law on AI and the principles of that draft. The rules are tried in this order; the first that fits gives the tier. When an agency has answered the five-criteria questionnaire, its answers decide instead.',
  indicativeRest:
    'A record that meets none of these rules — for example because its users or its use are not stated — reads “not enough known”. A tier declared by the agency or a source is shown apart and never changed by this reading.',
  cite: 'How to cite a record',
  citeText:
    'Cite the record by its stable id and revision, and its own sources. Every record page has a ready-made citation and a stable URL; the API answers the same record at /api/v1/deployments/{id}.',
  citeExample:
    'AILA (2026). Virtual assistant for judges [Record court-judges-assistant, revision 1]. Open catalogue of AI in the public sector. /deployments/court-judges-assistant',
  api: 'Open API',
  apiText: 'Every view is available as JSON through the documented API.',
  dump: 'The whole catalogue, with every revision, agencies and imported registers:',
  dumpPackage: 'Data Package (ZIP)',
  dumpSqlite: 'SQLite database',
  licence: 'Licence and attribution',
  licenceText:
    'Catalogue data: CC BY 4.0 — cite the record and its sources. Code: MIT. Province boundaries: TaliaCao/Vietnam-Shape-Map (MIT), base data Open Development Vietnam. Typeface: Be Vietnam Pro (SIL Open Font Licence).',
  dictionary: 'Data dictionary',
  dictionaryText:
    'The fields of a deployment record, generated from the field registry and the schema that validates every record.',
  field: 'Field',
  type: 'Type',
  filter: 'Filter',
  meaning: 'Meaning',
  codes_one: '{{count}} code — see /api/v1/taxonomy',
  codes_other: '{{count}} codes — see /api/v1/taxonomy',
  requiredNote: '* required in every published record.',
};

export default about;
