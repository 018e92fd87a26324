/** Signing in and out, the account menu and pages that need a role. */
const account = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  account: 'Account',
  signedIn: 'Signed in as',
  roles: {
    submitter: 'Agency officer',
    reviewer: 'Reviewer',
    admin: 'Administrator',
  },
  menu: {
    submissions: 'My submissions',
    review: 'Review',
    audit: 'Audit log',
  },
  login: {
    title: 'Sign in',
    lead: 'For agency officers, reviewers and administrators. Reading the catalogue needs no account.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    wrong: 'The e-mail or the password is not right.',
    tooMany_one: 'Too many sign-in attempts. Wait {{count}} minute and try again.',
    tooMany_other: 'Too many sign-in attempts. Wait {{count}} minutes and try again.',
    failed: 'Signing in did not work. Try again in a moment.',
    already: 'You are signed in as {{name}}.',
    required: 'Enter your e-mail and password.',
  },
  access: {
    signInTitle: 'Sign in to continue',
    signInText: 'This page is for signed-in agency officers, reviewers and administrators.',
    deniedTitle: 'Not available',
    deniedText: 'Your account does not give access to this page.',
  },
};

export default account;
