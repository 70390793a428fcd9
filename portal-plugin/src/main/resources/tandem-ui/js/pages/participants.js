// Participants of an organization's bases with their consent to personal-data processing.
import { h, fill } from '../dom.js';
import { t, date } from '../i18n.js';
import { badge, dateInput, enc, errorNotice, field, notice, pickContext, select, table, today } from '../ui.js';

const CONSENT_BADGE = { VALID: 'ok', WITHDRAWN: 'bad', NONE: 'warn' };

export async function render(view, app) {
  const { organization } = await pickContext(app, { withProgram: false });
  view.append(h('h1', {}, t('participants.title')),
    h('p', { class: 'page-intro' }, t('participants.intro')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const role = ['MENTOR', 'MENTEE'].includes(app.params.role) ? app.params.role : '';
  const filter = h('fieldset', { class: 'card' },
    h('legend', {}, t('participants.filter')),
    h('div', { class: 'choices' },
      [['', t('participants.filter.all')], ['MENTOR', t('participants.filter.mentors')], ['MENTEE', t('participants.filter.mentees')]]
        .map(([value, text]) => h('label', {},
          h('input', { type: 'radio', name: 'role', value, checked: value === role,
            onchange: () => app.navigate('participants', value ? { role: value } : {}) }), text))));
  const list = h('section', { 'aria-labelledby': 'participants-heading' });
  view.append(filter, list);

  const { participants } = await app.api.get(`organizations/${enc(organization)}/participants${role ? `?role=${role}` : ''}`);
  const dialog = consentDialog(app);
  view.append(dialog.element);

  const counts = participants.reduce((acc, p) => ({ ...acc, [p.consentStatus]: (acc[p.consentStatus] || 0) + 1 }), {});
  fill(list,
    h('h2', { id: 'participants-heading' }, t('participants.list', { count: participants.length })),
    h('p', { class: 'muted' }, t('participants.summary', { valid: counts.VALID || 0, withdrawn: counts.WITHDRAWN || 0, none: counts.NONE || 0 })),
    table(t('participants.caption'), [
      { label: t('participants.col.name'), cell: (p) => p.erased ? h('span', { class: 'muted' }, t('participants.erased')) : p.fullName },
      { label: t('participants.col.role'), cell: (p) => rolesOf(p, organization) },
      { label: t('participants.col.category'), cell: (p) => categoryOf(p) },
      { label: t('participants.col.details'), cell: (p) => detailsOf(p) },
      { label: t('participants.col.consent'), cell: (p) => consentOf(p) },
      { label: t('participants.col.actions'), className: 'actions', rowHeader: false, cell: (p) => actionsOf(p, dialog) },
    ], participants, { empty: t('participants.empty'), rowAttrs: (p) => ({ 'data-person': p.id }) }));
}

function rolesOf(participant, organization) {
  return participant.roles.filter((r) => r.organization === organization && ['MENTOR', 'MENTEE'].includes(r.role))
    .map((r) => t(`role.${r.role}`)).join(', ');
}

function categoryOf(p) {
  const category = p.mentee?.category || p.mentor?.category;
  return category ? t(`category.${category}`) : '—';
}

function detailsOf(p) {
  if (p.mentee) {
    return h('span', { class: 'small' }, t('participants.deficits', { count: p.mentee.deficits.length }),
      p.mentee.subjects?.length ? ` · ${p.mentee.subjects.join(', ')}` : '');
  }
  if (p.mentor) {
    return h('span', { class: 'small' }, t('participants.capacity', { count: p.mentor.capacity ?? '—' }),
      p.mentor.subjects?.length ? ` · ${p.mentor.subjects.join(', ')}` : '');
  }
  return h('span', { class: 'muted small' }, t('participants.noQuestionnaire'));
}

function consentOf(p) {
  const mentoring = [...(p.consents || [])].reverse().find((c) => c.purpose === 'MENTORING');
  const status = p.consentStatus || 'NONE';
  const when = status === 'VALID' && mentoring ? t('consent.givenOn', { date: date(mentoring.givenOn) })
    : status === 'WITHDRAWN' && mentoring?.withdrawnOn ? t('consent.withdrawnOn', { date: date(mentoring.withdrawnOn) }) : '';
  const by = status === 'VALID' && mentoring && mentoring.givenBy !== 'SELF'
    ? ` · ${t(`consent.by.${mentoring.givenBy}`)}${mentoring.representative ? ` (${mentoring.representative})` : ''}` : '';
  return h('span', {}, badge(CONSENT_BADGE[status] || 'neutral', t(`consent.status.${status}`)),
    when ? h('span', { class: 'muted small' }, ` ${when}${by}`) : null);
}

function actionsOf(p, dialog) {
  if (p.consentStatus === 'VALID') {
    return h('button', { type: 'button', class: 'small danger', onclick: () => dialog.withdraw(p),
      'aria-label': t('consent.withdrawFor', { name: p.fullName }) }, t('consent.withdraw'));
  }
  return h('button', { type: 'button', class: 'small secondary', onclick: () => dialog.give(p),
    'aria-label': t('consent.giveFor', { name: p.erased ? t('participants.erased') : p.fullName }) }, t('consent.give'));
}

/** One <dialog> for giving and withdrawing consent. */
function consentDialog(app) {
  const element = h('dialog', { class: 'card', 'aria-labelledby': 'consent-dialog-title' });
  function open(title, body, submitText, submitClass, submit) {
    const errors = h('div');
    const form = h('form', { method: 'dialog' },
      h('h2', { id: 'consent-dialog-title' }, title), body, errors,
      h('div', { class: 'row' },
        h('button', { type: 'submit', class: submitClass }, submitText),
        h('button', { type: 'button', class: 'secondary', onclick: () => element.close() }, t('common.cancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      fill(errors);
      try {
        await submit(new FormData(form));
        element.close();
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      } catch (error) {
        fill(errors, errorNotice(error));
      }
    });
    fill(element, form);
    element.showModal();
    form.querySelector('input, select')?.focus();
  }
  return {
    element,
    withdraw(p) {
      open(t('consent.withdraw.title', { name: p.fullName }),
        h('div', { class: 'stack' },
          notice('warn', t('consent.withdraw.warning')),
          field(t('consent.withdraw.on'), dateInput(today(), { name: 'on', required: true }))),
        t('consent.withdraw.confirm'), 'danger',
        async (data) => {
          await app.api.post(`participants/${enc(p.id)}/consents/MENTORING/withdrawal`, { on: data.get('on') });
          app.toast(t('consent.withdrawn'));
        });
    },
    give(p) {
      const by = select(['SELF', 'PARENT', 'LEGAL_REPRESENTATIVE'].map((v) => [v, t(`consent.by.${v}`)]), 'SELF', { name: 'givenBy' });
      const representative = h('input', { name: 'representative', autocomplete: 'off' });
      open(t('consent.give.title', { name: p.erased ? t('participants.erased') : p.fullName }),
        h('div', { class: 'stack' },
          field(t('consent.give.on'), dateInput(today(), { name: 'givenOn', required: true })),
          field(t('consent.give.by'), by),
          field(t('consent.give.representative'), representative, t('consent.give.representativeHint'))),
        t('consent.give.confirm'), '',
        async (data) => {
          await app.api.post(`participants/${enc(p.id)}/consents`, {
            purpose: 'MENTORING', givenOn: data.get('givenOn'), givenBy: data.get('givenBy'),
            representative: data.get('representative') || null,
          });
          app.toast(t('consent.given'));
        });
    },
  };
}
