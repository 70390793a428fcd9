// Questionnaire import: a CSV or XLSX form export, all or nothing; row errors or the counts.
import { h, fill, uid } from '../dom.js';
import { t, num } from '../i18n.js';
import { csvHeaders, guessMapping } from '../csv.js';
import { enc, errorNotice, field, notice, pickContext, select, table } from '../ui.js';

const SIDES = { mentors: 'MENTOR', mentees: 'MENTEE' };
/** Fields that only one side has; the other side ignores them. */
const ONLY = { CAPACITY: 'MENTOR', TRAINING: 'MENTOR', WILLING_ELSEWHERE: 'MENTOR', ACHIEVEMENTS: 'MENTOR',
  REQUESTS: 'MENTEE', OBSERVATIONS: 'MENTEE' };

export async function render(view, app) {
  const { organization } = await pickContext(app, { withProgram: false });
  view.append(h('h1', {}, t('import.title')), h('p', { class: 'page-intro' }, t('import.intro')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const [{ fields }, { mappings }] = await Promise.all([
    app.api.get('catalog'),
    app.api.get(`organizations/${enc(organization)}/column-mappings`),
  ]);

  let side = app.params.side === 'mentees' ? 'mentees' : 'mentors';
  let headers = [];
  const sideChoice = h('fieldset', {},
    h('legend', {}, t('import.side')),
    h('div', { class: 'choices' }, Object.keys(SIDES).map((value) => h('label', {},
      h('input', { type: 'radio', name: 'side', value, checked: value === side,
        onchange: () => { side = value; drawMapping(); } }),
      t(`import.side.${value}`)))));
  const fileInput = h('input', { type: 'file', name: 'file', required: true,
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const savedSelect = select([['', t('import.mapping.manual')], ...mappings.map((m) => [m.id, m.id])], '', { name: 'mapping' });
  const mappingBox = h('div', { class: 'stack' });
  const saveAs = h('input', { name: 'saveAs', placeholder: t('import.mapping.saveAsPlaceholder'), autocomplete: 'off' });
  const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card stack', novalidate: true },
    h('h2', {}, t('import.form')),
    sideChoice,
    field(t('import.file'), fileInput, t('import.file.hint')),
    field(t('import.mapping.saved'), savedSelect),
    mappingBox,
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t('import.submit'))));
  view.append(form, result);

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    headers = file && /\.csv$/i.test(file.name) ? await csvHeaders(file) : [];
    drawMapping();
  });
  savedSelect.addEventListener('change', drawMapping);

  function sideFields() {
    return fields.filter((f) => !ONLY[f.field] || ONLY[f.field] === SIDES[side]);
  }

  function drawMapping() {
    if (savedSelect.value) {
      const saved = mappings.find((m) => m.id === savedSelect.value);
      fill(mappingBox, table(t('import.mapping.savedCaption', { id: saved.id }), [
        { label: t('import.mapping.field'), cell: (f) => f.label },
        { label: t('import.mapping.column'), cell: (f) => saved.columns[f.field] || '—' },
      ], sideFields().filter((f) => saved.columns[f.field])));
      return;
    }
    if (!headers.length) {
      fill(mappingBox, h('p', { class: 'muted' }, t('import.mapping.chooseFile')));
      return;
    }
    const guess = guessMapping(sideFields(), headers);
    const rows = sideFields().map((f) => {
      const required = f.requiredFor.includes(SIDES[side]);
      const id = uid('map');
      return h('tr', {},
        h('th', { scope: 'row' }, h('label', { for: id }, f.label, required ? h('span', { class: 'badge warn', title: t('import.mapping.required') }, '*') : null)),
        h('td', {}, select([['', t('import.mapping.none')], ...headers.map((hd) => [hd, hd])], guess[f.field] || '',
          { id, 'data-field': f.field, required })));
    });
    fill(mappingBox,
      h('div', { class: 'table-wrap' }, h('table', { class: 'mapping' },
        h('caption', {}, t('import.mapping.caption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('import.mapping.field')), h('th', { scope: 'col' }, t('import.mapping.column')))),
        h('tbody', {}, rows))),
      field(t('import.mapping.saveAs'), saveAs, t('import.mapping.saveAsHint')));
  }
  drawMapping();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('[type="submit"]');
    const file = fileInput.files[0];
    if (!file) {
      fill(result, notice('bad', t('import.noFile')));
      fileInput.focus();
      return;
    }
    const data = new FormData();
    data.append('file', file, file.name);
    let saveMapping = null;
    if (savedSelect.value) {
      data.append('mapping', savedSelect.value);
    } else {
      const columns = {};
      for (const choice of mappingBox.querySelectorAll('select[data-field]')) {
        if (choice.value) columns[choice.dataset.field] = choice.value;
      }
      if (!Object.keys(columns).length) {
        fill(result, notice('bad', t('import.mapping.empty')));
        return;
      }
      if (saveAs.value.trim()) {
        saveMapping = () => app.api.put(`organizations/${enc(organization)}/column-mappings/${enc(saveAs.value.trim())}`, { columns });
      }
      data.append('columns', JSON.stringify(columns));
    }
    submit.disabled = true;
    fill(result, h('p', { class: 'loading' }, t('import.sending')));
    try {
      if (saveMapping) await saveMapping();
      const report = await app.api.form(`organizations/${enc(organization)}/questionnaires/${side}`, data);
      fill(result, notice('ok',
        h('h2', {}, t('import.done')),
        h('p', { 'data-created': report.created }, t('import.counts', {
          created: num(report.created), updated: num(report.updated), unchanged: num(report.unchanged) }))),
      h('p', {}, h('a', { href: `#/participants?role=${SIDES[side]}` }, t('import.toParticipants'))));
    } catch (error) {
      if (error.error === 'import-rejected') {
        fill(result, h('section', { class: 'card', 'aria-labelledby': 'import-problems' },
          h('h2', { id: 'import-problems' }, t('import.rejected')),
          notice('bad', error.message),
          table(t('import.problems.caption'), [
            { label: t('import.problems.line'), className: 'num', cell: (p) => String(p.line) },
            { label: t('import.problems.column'), cell: (p) => p.column || '—' },
            { label: t('import.problems.reason'), cell: (p) => p.reason },
          ], error.body.problems || [])));
      } else {
        fill(result, errorNotice(error));
      }
    } finally {
      submit.disabled = false;
      result.querySelector('h2')?.setAttribute('tabindex', '-1');
      result.querySelector('h2')?.focus();
    }
  });
}
