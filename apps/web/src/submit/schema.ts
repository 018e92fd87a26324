import {
  DeploymentInputSchema,
  FIELD_LIST,
  PartialLabelSchema,
  ProposedAgencySchema,
  type SubmissionInput,
} from '@aila/domain';
import { z } from 'zod';
import { type FormValues, toInput } from './draft.ts';

const nullable = (path: string) =>
  (DeploymentInputSchema.shape as Record<string, z.ZodType>)[path]?.safeParse(null).success ?? false;

/** Bilingual texts may be given in one language: the API copies them and marks them "not translated". */
const ONE_LANGUAGE_OR_BOTH = Object.fromEntries(
  FIELD_LIST.filter((f) => f.kind === 'label' && f.path).map((f) => [
    f.path as string,
    nullable(f.path as string) ? PartialLabelSchema.nullable().default(null) : PartialLabelSchema,
  ]),
);

/** A record as an agency submits it: the published-record schema, less what the API sets itself. */
export const SubmittedRecordSchema = DeploymentInputSchema.omit({
  id: true,
  untranslated: true,
  provenance: true,
  reviewedOn: true,
}).extend(ONE_LANGUAGE_OR_BOTH);

/** The form's check before sending: the values, as the API will receive them, against the domain's schemas. */
export const SubmissionFormSchema = z
  .custom<FormValues>()
  .transform((values): SubmissionInput => toInput(values, {}, 'submit'))
  .pipe(z.object({ record: SubmittedRecordSchema, proposedAgency: ProposedAgencySchema.nullable() }));
