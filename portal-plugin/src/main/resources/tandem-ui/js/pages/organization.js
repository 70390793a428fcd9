// The organization: its mentoring policy, appointing its staff, and its network-mentoring agreements.
import { h, fill } from '../dom.js';
import { t, date } from '../i18n.js';
import { badge, dateInput, enc, errorNotice, field, notice, pickContext, select, table, today } from '../ui.js';

/** The policy's whole numbers, in the order of PUT /organizations/{org}/policy, with their least values. */
const POLICY_NUMBERS = [
  ['youngTeacherMaxAge', 1], ['youngTeacherMaxTeachingYears', 0], ['minMentorExperienceYears', 0],
  ['maxMenteesPerMentor', 1], ['minProgramMonths', 1], ['maxProgramMonths', 1], ['daysToFirstMeeting', 1],
  ['daysToPersonalizedProgram', 1],
];
const STAFF_ROLES = ['CURATOR', 'HEAD', 'COORDINATOR', 'METHODOLOGIST'];

export async function render(view, app) {
  const { organization, organizations } = await pickContext(app, { withProgram: false });
  view.append(h('h1', {}, t('organization.title')), h('p', { class: 'page-intro' }, t('organization.intro')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const [org, { agreements }] = await Promise.all([
    app.api.get(`organizations/${enc(organization)}`),
    app.api.get(`organizations/${enc(organization)}/agreements`),
  ]);
  const nameOf = (id) => organizations.find((o) => o.id === id)?.name || id;
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  view.append(
    h('section', { class: 'card', 'aria-labelledby': 'org-facts-heading' },
      h('h2', { id: 'org-facts-heading' }, org.name),
      h('dl', { class: 'facts' },
        h('dt', {}, t('organization.type')), h('dd', {}, t(`orgType.${org.type}`)),
        org.parent ? [h('dt', {}, t('organization.parent')), h('dd', {}, nameOf(org.parent))] : null,
        org.partnerKind ? [h('dt', {}, t('organization.partnerKind')), h('dd', {}, t(`partnerKind.${org.partnerKind}`))] : null)),
    policySection(app, org, reload),
    h('div', { class: 'grid' },
      agreementsSection(app, org, agreements, organizations, nameOf, reload),
      staffSection(app, org)));
}

function policySection(app, org, reload) {
  const errors = h('div');
  const policy = org.policy || {};
  const inputs = Object.fromEntries(POLICY_NUMBERS.map(([key, min]) => [key,
    h('input', { type: 'number', name: key, min, step: 1, required: true, value: policy[key] ?? '', class: 'narrow' })]));
  const training = h('input', { type: 'checkbox', name: 'mentorTrainingRequired', checked: Boolean(policy.mentorTrainingRequired) });
  const form = h('form', { class: 'card stack', id: 'policy-form', 'aria-labelledby': 'policy-heading' },
    h('h2', { id: 'policy-heading' }, t('policy.title')),
    h('p', { class: 'muted small' }, t('policy.intro')),
    h('fieldset', {}, h('legend', {}, t('policy.youngTeacher')),
      h('div', { class: 'row' }, field(t('policy.youngTeacherMaxAge'), inputs.youngTeacherMaxAge),
        field(t('policy.youngTeacherMaxTeachingYears'), inputs.youngTeacherMaxTeachingYears))),
    h('fieldset', {}, h('legend', {}, t('policy.mentors')),
      h('div', { class: 'row' }, field(t('policy.minMentorExperienceYears'), inputs.minMentorExperienceYears),
        field(t('policy.maxMenteesPerMentor'), inputs.maxMenteesPerMentor)),
      h('label', { class: 'check' }, training, ' ', t('policy.mentorTrainingRequired'))),
    h('fieldset', {}, h('legend', {}, t('policy.terms')),
      h('div', { class: 'row' }, field(t('policy.minProgramMonths'), inputs.minProgramMonths),
        field(t('policy.maxProgramMonths'), inputs.maxProgramMonths),
        field(t('policy.daysToFirstMeeting'), inputs.daysToFirstMeeting),
        field(t('policy.daysToPersonalizedProgram'), inputs.daysToPersonalizedProgram))),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t('policy.save'))), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    const body = Object.fromEntries(POLICY_NUMBERS.map(([key]) => [key, Number(inputs[key].value)]));
    body.mentorTrainingRequired = training.checked;
    try {
      await app.api.put(`organizations/${enc(org.id)}/policy`, body);
      app.toast(t('policy.saved'));
      reload();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  return form;
}

function agreementsSection(app, org, agreements, organizations, nameOf, reload) {
  const errors = h('div');
  const partners = organizations.filter((o) => o.id !== org.id);
  const number = h('input', { name: 'number', required: true, autocomplete: 'off', size: 10 });
  const partner = select(partners.map((o) => [o.id, o.name]), partners[0]?.id, { name: 'partner', required: true });
  const from = dateInput(today(), { name: 'from', required: true });
  const to = h('input', { type: 'date', name: 'to', required: true }); // no default: dateInput would put today
  const form = h('form', { class: 'stack', id: 'agreement-form' },
    h('h3', {}, t('agreements.record')),
    h('div', { class: 'row' }, field(t('agreements.number'), number), field(t('agreements.partner'), partner)),
    h('div', { class: 'row' }, field(t('agreements.from'), from), field(t('agreements.to'), to)),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t('agreements.save'))), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    try {
      const agreement = await app.api.post(`organizations/${enc(org.id)}/agreements`, {
        number: number.value.trim(), partner: partner.value, from: from.value, to: to.value || null,
      });
      app.toast(t('agreements.saved', { number: agreement.number, partner: nameOf(agreement.partner) }));
      reload();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  return h('section', { class: 'card', id: 'agreements', 'aria-labelledby': 'agreements-heading' },
    h('h2', { id: 'agreements-heading' }, t('agreements.title')),
    h('p', { class: 'muted small' }, t('agreements.intro')),
    table(t('agreements.caption'), [
      { label: t('agreements.number'), cell: (a) => a.number },
      { label: t('agreements.partner'), cell: (a) => nameOf(a.partner) },
      { label: t('agreements.term'), cell: (a) => `${date(a.from)} – ${date(a.to)}` },
      { label: t('agreements.today'), cell: (a) => (a.validToday ? badge('ok', t('agreements.valid')) : badge('neutral', t('agreements.notValid'))) },
    ], agreements, { empty: t('agreements.empty'), captionHidden: true, rowAttrs: (a) => ({ 'data-agreement': a.number }) }),
    partners.length ? form : notice('info', t('agreements.noPartners')));
}

function staffSection(app, org) {
  const errors = h('div');
  const result = h('div', { 'aria-live': 'polite' });
  const person = h('input', { name: 'person', required: true, autocomplete: 'off' });
  const fullName = h('input', { name: 'fullName', autocomplete: 'off', size: 30 });
  const birthDate = h('input', { type: 'date', name: 'birthDate' });
  const role = select(STAFF_ROLES.map((r) => [r, t(`staffRole.${r}`)]), 'CURATOR', { name: 'role' });
  const form = h('form', { class: 'stack', id: 'staff-form' },
    h('div', { class: 'row' }, field(t('staff.person'), person, t('staff.personHint')), field(t('staff.role'), role)),
    h('div', { class: 'row' }, field(t('staff.fullName'), fullName), field(t('staff.birthDate'), birthDate)),
    h('p', { class: 'muted small' }, t('staff.knownHint')),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t('staff.appoint'))), errors, result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    fill(result);
    try {
      const appointed = await app.api.post(`organizations/${enc(org.id)}/staff`, {
        person: person.value.trim(), fullName: fullName.value.trim() || null, birthDate: birthDate.value || null, role: role.value,
      });
      const text = t('staff.appointed', { name: appointed.fullName, role: t(`staffRole.${role.value}`), organization: org.name });
      fill(result, notice('ok', text));
      app.toast(text);
      form.reset();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  return h('section', { class: 'card', id: 'staff', 'aria-labelledby': 'staff-heading' },
    h('h2', { id: 'staff-heading' }, t('staff.title')),
    h('p', { class: 'muted small' }, t('staff.intro')),
    form);
}
