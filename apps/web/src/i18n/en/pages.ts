const pages = {
  submit: {
    title: 'Submit a deployment',
    lead: 'Agency officers will submit and update their agency’s entries here; reviewers approve them and every published version is kept.',
  },
  inPreparation: 'This section is being prepared. The catalogue and the overview already work.',
};

export default pages;
