// The vanilla floor's script (see index.html): for an answer, Continue and a language switch it
// makes the same DOM changes as Signaal's question screen (Yew updates only the text nodes and
// properties that changed; so does this), and nothing else. Questions go round in a circle.
'use strict';
const T = {
  nl: {
    exit: 'Verlaat deze pagina', hidden: 'Noodgeval:', skip: 'Snel weg van deze pagina', language: 'Taal', island: 'Eiland',
    islands: ['Aruba', 'Bonaire', 'Curaçao', 'Saba', 'Sint Eustatius', 'Sint Maarten', 'Ergens anders (Nederland of een ander land)'],
    danger: 'Nu in gevaar? Bel 911', back: 'Terug', count: 'Vraag {n} van {total}', neutral: 'Informatie',
    answers: ['Ja', 'Nee', 'Dat weet ik niet'], next: 'Verder',
    footer: 'Niets van wat je hier kiest wordt bewaard of verstuurd. Geen cookies, geen tracking.', review: 'Taal: concept',
    questions: ['Is het werk anders dan wat je vooraf werd verteld?', 'Krijg je minder geld dan er was afgesproken?',
      'Heeft iemand anders je paspoort of je identiteitskaart?', 'Heb je een schuld bij je baas die steeds groter wordt?',
      'Mag je niet zelf kiezen waar je woont of met wie je praat?', 'Word je bedreigd als je wilt stoppen met dit werk?'],
  },
  'pap-AW': {
    exit: 'Sali for di e pagina', hidden: 'Emergencia:', skip: 'Sali rapido for di e pagina', language: 'Idioma', island: 'Isla',
    islands: ['Aruba', 'Bonaire', 'Corsou', 'Saba', 'Sint Eustatius', 'Sint Maarten', 'Un otro luga (Hulanda of un otro pais)'],
    danger: 'Den peliger awor? Yama 911', back: 'Bay bek', count: 'Pregunta {n} di {total}', neutral: 'Informacion',
    answers: ['Si', 'No', 'Mi no sa'], next: 'Sigui',
    footer: 'Nada di loke bo scoge aki ta keda warda of manda. Sin cookies, sin tracking.', review: 'Idioma: concepto',
    questions: ['E trabao ta diferente di loke nan a bisa bo prome?', 'Bo ta haya menos placa cu loke nan a palabra?',
      'Otro hende tin bo pasaporte of bo carchi di identidad?', 'Bo tin un debe cu bo hefe cu ta bira mas grandi?',
      'Bo no por scoge bo mes unda bo ta biba of cu ken bo ta papia?', 'Nan ta menasa bo si bo kier stop cu e trabao aki?'],
  },
  'pap-CW': {
    exit: 'Sali for di e página', hidden: 'Emergensia:', skip: 'Sali lihé for di e página', language: 'Idioma', island: 'Isla',
    islands: ['Aruba', 'Boneiru', 'Kòrsou', 'Saba', 'Sint Eustatius', 'Sint Maarten', 'Un otro lugá (Hulanda òf un otro pais)'],
    danger: 'Den peliger awor? Yama 911', back: 'Bai bèk', count: 'Pregunta {n} di {total}', neutral: 'Informashon',
    answers: ['Sí', 'Nò', 'Mi no sa'], next: 'Sigui',
    footer: 'Nada di loke bo skohe aki ta keda wardá òf mandá. Sin cookies, sin tracking.', review: 'Idioma: konsepto',
    questions: ['E trabou ta diferente for di loke nan a bisa bo promé?', 'Bo ta haña ménos plaka ku loke nan a palabrá?',
      'Otro hende tin bo pasaporte òf bo karchi di identidat?', 'Bo tin un debe ku bo hefe ku ta bira mas grandi?',
      'Bo no por skohe bo mes unda bo ta biba òf ku ken bo ta papia?', 'Nan ta menasá bo si bo ke stop ku e trabou aki?'],
  },
  en: {
    exit: 'Leave this page', hidden: 'Emergency:', skip: 'Leave this page now', language: 'Language', island: 'Island',
    islands: ['Aruba', 'Bonaire', 'Curaçao', 'Saba', 'Sint Eustatius', 'Sint Maarten', 'Somewhere else (the Netherlands or another country)'],
    danger: 'In danger now? Call 911', back: 'Back', count: 'Question {n} of {total}', neutral: 'Information',
    answers: ['Yes', 'No', 'I do not know'], next: 'Continue',
    footer: 'Nothing you choose here is kept or sent anywhere. No cookies, no tracking.', review: 'Language: draft',
    questions: ['Is the work different from what you were told before?', 'Do you get less money than was agreed?',
      'Does someone else hold your passport or your ID card?', 'Do you owe your boss a debt that keeps growing?',
      'Are you kept from choosing where you live or whom you talk to?', 'Are you threatened if you want to stop this work?'],
  },
  es: {
    exit: 'Salir de esta página', hidden: 'Emergencia:', skip: 'Salir ya de esta página', language: 'Idioma', island: 'Isla',
    islands: ['Aruba', 'Bonaire', 'Curazao', 'Saba', 'San Eustaquio', 'San Martín', 'Otro lugar (Países Bajos u otro país)'],
    danger: '¿En peligro ahora? Llama al 911', back: 'Atrás', count: 'Pregunta {n} de {total}', neutral: 'Información',
    answers: ['Sí', 'No', 'No lo sé'], next: 'Continuar',
    footer: 'Nada de lo que eliges aquí se guarda ni se envía. Sin cookies, sin rastreo.', review: 'Idioma: borrador',
    questions: ['¿El trabajo es distinto de lo que te dijeron antes?', '¿Recibes menos dinero de lo acordado?',
      '¿Otra persona tiene tu pasaporte o tu documento de identidad?', '¿Tienes con tu jefe una deuda que no deja de crecer?',
      '¿No puedes elegir dónde vives o con quién hablas?', '¿Te amenazan si quieres dejar este trabajo?'],
  },
};
const VALUES = ['yes', 'no', 'not-sure'];
const total = T.nl.questions.length;
const state = { lang: 'nl', q: 0, answers: [] };
const $ = (sel) => document.querySelector(sel);
const el = {
  bar: $('.sg-exit-bar'), skip: $('.sg-skip-exit'), hidden: $('.sg-exit .sg-visually-hidden').firstChild,
  exit: $('.sg-exit').lastChild, labels: document.querySelectorAll('.sg-switch label'), lang: $('#sg-lang'),
  island: $('#sg-island'), danger: $('.sg-danger a'), back: $('.sg-back'), count: $('#sg-count'), heading: $('#sg-heading'),
  radios: VALUES.map((v) => $(`#sg-answer-${v}`)), answerLabels: VALUES.map((v) => $(`label[for="sg-answer-${v}"]`)),
  next: $('#sg-continue'), footer: $('.sg-footer p'), review: $('.sg-footer .sg-small'), app: $('.sg-app'),
};
// Like a virtual-DOM text update: touch a text node only when its text changed.
const text = (node, s) => {
  const t = node.nodeType === Node.TEXT_NODE ? node : node.firstChild;
  if (t.nodeValue !== s) t.nodeValue = s;
};
const attr = (node, name, value) => { if (node.getAttribute(name) !== value) node.setAttribute(name, value); };
const count = (t) => t.count.replace('{n}', String(state.q + 1)).replace('{total}', String(total));
const title = (t) => { const s = `${count(t)} – ${t.neutral}`; if (document.title !== s) document.title = s; };
const checks = () => el.radios.forEach((r, i) => { r.checked = state.answers[state.q] === VALUES[i]; });

function step() {
  const t = T[state.lang];
  text(el.count, count(t));
  text(el.heading, t.questions[state.q]);
  checks();
  title(t);
}

function language() {
  const t = T[state.lang];
  attr(el.bar, 'aria-label', t.exit);
  text(el.skip, t.skip);
  text(el.hidden, `${t.hidden} `);
  text(el.exit, t.exit);
  text(el.labels[0], t.language);
  text(el.labels[1], t.island);
  [...el.lang.options].forEach((o) => { o.selected = o.value === state.lang; });
  [...el.island.options].forEach((o, i) => text(o, t.islands[i]));
  text(el.danger, t.danger);
  text(el.back, t.back);
  el.answerLabels.forEach((l, i) => text(l, t.answers[i]));
  text(el.next, t.next);
  text(el.footer, t.footer);
  text(el.review, t.review);
  attr(el.app, 'lang', state.lang);
  if (document.documentElement.lang !== state.lang) document.documentElement.lang = state.lang;
  step();
}

el.radios.forEach((r, i) => r.addEventListener('change', () => { state.answers[state.q] = VALUES[i]; checks(); }));
$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  state.q = (state.q + 1) % total;
  step();
  el.heading.focus();
  // As Signaal: the history entry (a step number only) once the new step is painted.
  const n = state.q + 1;
  requestAnimationFrame(() => setTimeout(() => history.pushState(n, ''), 0));
});
el.lang.addEventListener('change', () => { state.lang = el.lang.value; language(); });
language();
