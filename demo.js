// The demo page's own glue, as a host page would write it: the result of
// the self-diagnosis becomes the assessment of the maturity report below
// it, when the user reaches the result and when the page is reloaded
// with every question already answered; the response of the perception
// survey is shown as the site receives it, where a municipality's script
// would store it or send it on.
const wizard = document.querySelector(
  'sctmm-self-diagnosis[storage-key="san-isidro-autodiagnostico"]',
);
const report = document.querySelector('#informe');

function show(assessment) {
  if (assessment) report.assessment = assessment;
}

wizard.addEventListener('sctmm-complete', (event) => {
  show(event.detail.assessment);
});

customElements.whenDefined('sctmm-self-diagnosis').then(async () => {
  await wizard.updateComplete;
  const result = wizard.result;
  if (result && result.answered === result.total) {
    show(wizard.exportAssessment());
  }
});

const survey = document.querySelector('sctmm-perception-survey');
const received = document.querySelector('#respuesta-encuesta');

survey.addEventListener('sctmm-submit', (event) => {
  const json = JSON.stringify(event.detail.response, null, 2);
  received.querySelector('#respuesta-json').textContent = json;
  received.hidden = false;
});
