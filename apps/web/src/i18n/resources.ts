import type about from './en/about.ts';
import type account from './en/account.ts';
import type admin from './en/admin.ts';
import type brief from './en/brief.ts';
import type changes from './en/changes.ts';
import type common from './en/common.ts';
import type compare from './en/compare.ts';
import type explore from './en/explore.ts';
import type landscape from './en/landscape.ts';
import type readiness from './en/readiness.ts';
import type recommendations from './en/recommendations.ts';
import type record from './en/record.ts';
import type review from './en/review.ts';
import type submit from './en/submit.ts';

/** One namespace per page that loads on its own; `common` holds the frame, the overview and the charts. */
export interface Resources {
  common: typeof common;
  explore: typeof explore;
  record: typeof record;
  recommendations: typeof recommendations;
  landscape: typeof landscape;
  about: typeof about;
  brief: typeof brief;
  account: typeof account;
  submit: typeof submit;
  review: typeof review;
  changes: typeof changes;
  admin: typeof admin;
  readiness: typeof readiness;
  compare: typeof compare;
}
export type Namespace = keyof Resources;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
