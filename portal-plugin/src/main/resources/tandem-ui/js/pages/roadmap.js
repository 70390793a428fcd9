// The roadmap board: activities by stage with their deadlines, what is overdue and due soon, the rules' findings.
import { h, fill } from '../dom.js';
import { t, date } from '../i18n.js';
import { badge, dateInput, enc, errorNotice, field, notice, pickContext, select, table, today } from '../ui.js';

const SEVERITY = { INFO: 'info', WARNING: 'warn', ERROR: 'bad', PROBLEM: 'bad' };

export async function render(view, app) {
  const { organization } = await pickContext(app, { withProgram: false });
  view.append(h('h1', {}, t('roadmap.title')), h('p', { class: 'page-intro' }, t('roadmap.intro')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const { roadmaps } = await app.api.get(`organizations/${enc(organization)}/roadmaps`);
  view.append(uploadForm(app, organization));
  if (!roadmaps.length) {
    view.append(notice('info', t('roadmap.none')));
    return;
  }
  const chosen = roadmaps.find((r) => r.id === app.params.id)?.id || roadmaps.find((r) => r.id === app.state.roadmap)?.id || roadmaps[0].id;
  app.remember('roadmap', chosen);
  const on = app.params.on || today();
  const roadmapSelect = select(roadmaps.map((r) => [r.id, r.title]), chosen, { name: 'roadmap' });
  const onInput = dateInput(on, { name: 'on' });
  const deletion = deleteDialog(app, roadmaps.find((r) => r.id === chosen));
  const controls = h('form', { class: 'row card' }, field(t('roadmap.choose'), roadmapSelect), field(t('roadmap.on'), onInput),
    h('button', { type: 'submit', class: 'secondary' }, t('roadmap.show')),
    h('button', { type: 'button', class: 'danger', id: 'roadmap-delete', onclick: deletion.open }, t('roadmap.delete')));
  controls.addEventListener('submit', (e) => { e.preventDefault(); app.navigate('roadmap', { id: roadmapSelect.value, on: onInput.value }); });
  view.append(controls, deletion.element);

  const roadmap = await app.api.get(`roadmaps/${enc(chosen)}?on=${enc(on)}&days=30`);
  const overdueKeys = new Set(roadmap.overdue.map((o) => o.activity));
  const upcomingKeys = new Set(roadmap.upcoming.map((u) => u.activity));
  const total = roadmap.sections.reduce((n, sec) => n + sec.activities.length, 0);
  const done = roadmap.sections.reduce((n, sec) => n + sec.activities.filter((a) => a.executions.length).length, 0);

  view.append(
    h('div', { class: 'kpis' },
      kpi(String(total), t('roadmap.kpi.activities')),
      kpi(String(done), t('roadmap.kpi.done')),
      kpi(String(roadmap.overdue.length), t('roadmap.kpi.overdue'), roadmap.overdue.length ? 'bad' : null),
      kpi(String(roadmap.upcoming.length), t('roadmap.kpi.upcoming')),
      kpi(String(roadmap.findings.length), t('roadmap.kpi.findings'))),
    h('section', { 'aria-labelledby': 'board-heading' },
      h('h2', { id: 'board-heading' }, t('roadmap.board', { title: roadmap.title })),
      roadmap.period ? h('p', { class: 'muted' }, t('roadmap.period', { start: date(roadmap.period.start), end: date(roadmap.period.end) })) : null,
      h('div', { class: 'board' }, roadmap.sections.map((section) => h('section', { class: 'board-column', 'aria-label': section.title },
        h('h3', {}, section.stage ? t(`stage.${section.stage}`) : `${section.number}. ${section.title}`),
        section.stage && section.title && t(`stage.${section.stage}`) !== `${section.number}. ${section.title}`
          ? h('p', { class: 'muted small' }, `${section.number}. ${section.title}`) : null,
        h('ol', {}, section.activities.map((a) => activityCard(a, overdueKeys, upcomingKeys, app, chosen))))))),
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'overdue-heading' },
        h('h2', { id: 'overdue-heading' }, t('roadmap.overdue')),
        table(t('roadmap.overdue'), [
          { label: '№', cell: (o) => o.activity },
          { label: t('roadmap.activity'), cell: (o) => o.title },
          { label: t('roadmap.window'), cell: (o) => `${date(o.from)} – ${date(o.to)}` },
        ], roadmap.overdue, { empty: t('roadmap.noOverdue'), captionHidden: true })),
      h('section', { class: 'card', 'aria-labelledby': 'upcoming-heading' },
        h('h2', { id: 'upcoming-heading' }, t('roadmap.upcoming')),
        table(t('roadmap.upcoming'), [
          { label: '№', cell: (u) => u.activity },
          { label: t('roadmap.activity'), cell: (u) => u.title },
          { label: t('roadmap.window'), cell: (u) => `${date(u.from)} – ${date(u.to)}` },
          { label: t('roadmap.responsible'), cell: (u) => (u.responsible || []).join(', ') || '—' },
        ], roadmap.upcoming, { empty: t('roadmap.noUpcoming'), captionHidden: true }))),
    h('section', { class: 'card', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading' }, t('roadmap.findings')),
      table(t('roadmap.findings'), [
        { label: t('roadmap.severity'), cell: (f) => badge(SEVERITY[f.severity] || 'neutral', t(`severity.${f.severity}`)) },
        { label: t('roadmap.subject'), rowHeader: false, cell: (f) => (f.subject ? `${t(`subject.${f.subject.kind}`)} ${f.subject.key || ''}` : '—') },
        { label: t('roadmap.message'), rowHeader: false, cell: (f) => f.message },
      ], roadmap.findings, { empty: t('roadmap.noFindings'), captionHidden: true })));
}

/** A confirmation before DELETE /roadmaps/{id}: the plan and its executions are gone (the audit log keeps them). */
function deleteDialog(app, summary) {
  const element = h('dialog', { class: 'card', 'aria-labelledby': 'roadmap-delete-title' });
  function open() {
    const errors = h('div');
    const form = h('form', { method: 'dialog', class: 'stack' },
      h('h2', { id: 'roadmap-delete-title' }, t('roadmap.delete.title', { title: summary.title })),
      notice('warn', t('roadmap.delete.warning', { activities: summary.activities, executions: summary.executions })),
      errors,
      h('div', { class: 'row' },
        h('button', { type: 'submit', class: 'danger' }, t('roadmap.delete.confirm')),
        h('button', { type: 'button', class: 'secondary', onclick: () => element.close() }, t('common.cancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      fill(errors);
      try {
        await app.api.del(`roadmaps/${enc(summary.id)}`);
        element.close();
        app.remember('roadmap', null);
        app.toast(t('roadmap.deleted', { title: summary.title }));
        if (location.hash === '#/roadmap') window.dispatchEvent(new HashChangeEvent('hashchange'));
        else app.navigate('roadmap');
      } catch (error) {
        fill(errors, errorNotice(error));
      }
    });
    fill(element, form);
    element.showModal();
    form.querySelector('button.secondary')?.focus();
  }
  return { element, open };
}

function kpi(value, label, kind) {
  return h('div', { class: `kpi ${kind || ''}` }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}

function activityCard(a, overdueKeys, upcomingKeys, app, roadmapId) {
  const isDone = a.executions.length > 0;
  const isOverdue = overdueKeys.has(a.number);
  const state = isDone ? 'done' : isOverdue ? 'overdue' : '';
  const errors = h('div');
  const mark = isDone ? null : executionForm(a, app, roadmapId, errors);
  return h('li', { class: `activity ${state}`, 'data-activity': a.number },
    h('strong', {}, `${a.number} `), a.title,
    h('span', { class: 'deadline' }, `${t('roadmap.deadline')}: ${a.deadlineText || '—'}`),
    a.responsible?.length ? h('span', { class: 'deadline' }, `${t('roadmap.responsible')}: ${a.responsible.map((r) => r.name).join(', ')}`) : null,
    h('span', { class: 'deadline' },
      isDone ? badge('ok', t('roadmap.doneOn', { date: date(a.executions[a.executions.length - 1].doneOn) }))
        : isOverdue ? badge('bad', t('roadmap.isOverdue'))
          : upcomingKeys.has(a.number) ? badge('warn', t('roadmap.isUpcoming')) : null,
      ' '),
    mark, errors);
}

/** Marking an activity done needs its evidence: the number of the document (order, report) or a link to it. */
function executionForm(a, app, roadmapId, errors) {
  const doneOn = dateInput(today(), { name: 'doneOn', required: true });
  const number = h('input', { name: 'documentNumber', autocomplete: 'off', size: 8 });
  const link = h('input', { name: 'link', type: 'url', autocomplete: 'off', size: 12 });
  const form = h('form', { class: 'stack small' },
    field(t('roadmap.execution.on'), doneOn), field(t('roadmap.execution.number'), number),
    field(t('roadmap.execution.link'), link, t('roadmap.execution.hint')),
    h('button', { type: 'submit', class: 'small' }, t('roadmap.execution.save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    try {
      await app.api.post(`roadmaps/${enc(roadmapId)}/executions`, {
        activity: a.number, doneOn: doneOn.value, documentNumber: number.value.trim() || null,
        documentDate: number.value.trim() ? doneOn.value : null, link: link.value.trim() || null,
      });
      app.toast(t('roadmap.marked', { number: a.number }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  return h('details', { class: 'execution' }, h('summary', {}, t('roadmap.markDone')), form);
}

function uploadForm(app, organization) {
  const file = h('input', { type: 'file', name: 'file', accept: '.tsv,.txt,.json,text/tab-separated-values,text/plain,application/json', required: true });
  const id = h('input', { name: 'id', autocomplete: 'off', required: true, placeholder: 'rm-2025' });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'stack' },
    h('div', { class: 'row' }, field(t('roadmap.upload.file'), file, t('roadmap.upload.hint')), field(t('roadmap.upload.id'), id),
      h('button', { type: 'submit' }, t('roadmap.upload.submit'))), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(result);
    const chosen = file.files[0];
    if (!chosen || !id.value.trim()) { fill(result, notice('bad', t('roadmap.upload.missing'))); return; }
    const type = /\.json$/i.test(chosen.name) ? 'application/json' : 'text/tab-separated-values';
    try {
      const answer = await app.api.upload(`organizations/${enc(organization)}/roadmaps?id=${enc(id.value.trim())}`, chosen, type);
      const problems = (answer.importFindings || []).filter((f) => f.problem);
      app.remember('roadmap', answer.roadmap.id);
      app.toast(t('roadmap.upload.done', { count: answer.roadmap.activities }));
      if (problems.length) {
        fill(result, notice('warn', t('roadmap.upload.findings', { count: problems.length }),
          h('ul', {}, problems.map((f) => h('li', {}, `${f.line}: ${f.reason}`)))));
      } else {
        app.navigate('roadmap', { id: answer.roadmap.id });
      }
    } catch (error) {
      fill(result, errorNotice(error));
    }
  });
  return h('details', { class: 'card' }, h('summary', {}, t('roadmap.upload')), form);
}
