// Mentorships of a program, and one mentorship: its personalized program, meetings and feedback.
import { h, fill } from '../dom.js';
import { t, date, num } from '../i18n.js';
import { badge, dateInput, enc, errorNotice, field, name, names, notice, pickContext, select, table, today, percent } from '../ui.js';
import { statusBadge } from './matching.js';
import { progressBar } from '../charts.js';

export async function render(view, app) {
  if (app.params.id) {
    await renderOne(view, app, app.params.id);
    return;
  }
  const { program } = await pickContext(app);
  view.append(h('h1', {}, t('mentorships.title')), h('p', { class: 'page-intro' }, t('mentorships.intro')));
  if (!program) {
    view.append(notice('info', t('context.noPrograms')));
    return;
  }
  const { mentorships } = await app.api.get(`programs/${enc(program)}/mentorships`);
  const shown = mentorships.filter((m) => m.status !== 'REJECTED');
  view.append(table(t('mentorships.caption'), [
    { label: t('mentorship.mentor'), cell: (m) => h('a', { href: `#/mentorships?id=${enc(m.id)}` }, name(m.mentor)) },
    { label: t('mentorship.mentees'), cell: (m) => names(m.mentees) },
    { label: t('mentorship.status'), cell: (m) => statusBadge(m.status) },
    { label: t('mentorship.proposedOn'), cell: (m) => date(m.proposedOn) },
    { label: t('mentorship.order'), cell: (m) => (m.order ? t('mentorship.orderText', { number: m.order.number, date: date(m.order.date) }) : '—') },
  ], shown, { empty: t('mentorships.empty') }));
}

async function renderOne(view, app, id) {
  const m = await app.api.get(`mentorships/${enc(id)}`);
  const canReassign = ['APPROVED', 'ACTIVE'].includes(m.status) && m.organization;
  const mentors = canReassign
    ? (await app.api.get(`organizations/${enc(m.organization)}/participants?role=MENTOR`).catch(() => ({ participants: [] }))).participants
    : [];
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  view.append(
    h('p', {}, h('a', { href: '#/mentorships' }, `← ${t('mentorships.back')}`)),
    h('h1', {}, t('mentorship.title', { mentor: name(m.mentor), mentees: names(m.mentees) })),
    h('section', { class: 'card', 'aria-labelledby': 'facts-heading' },
      h('h2', { id: 'facts-heading' }, t('mentorship.facts')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('mentorship.status')), h('dd', {}, statusBadge(m.status)),
        h('dt', {}, t('mentorship.mentor')), h('dd', {}, name(m.mentor)),
        h('dt', {}, t('mentorship.mentees')), h('dd', {}, names(m.mentees)),
        h('dt', {}, t('mentorship.proposedOn')), h('dd', {}, date(m.proposedOn)),
        h('dt', {}, t('mentorship.order')), h('dd', {}, m.order ? t('mentorship.orderText', { number: m.order.number, date: date(m.order.date) }) : '—'),
        h('dt', {}, t('mentorship.activatedOn')), h('dd', {}, m.activatedOn ? date(m.activatedOn) : '—'),
        m.endedOn ? [h('dt', {}, t('mentorship.endedOn')), h('dd', {}, `${date(m.endedOn)}${m.outcome ? ` · ${t(`outcome.${m.outcome}`)}` : ''}${m.endReason ? ` · ${m.endReason}` : ''}`)] : null,
        m.reassignedFrom ? [h('dt', {}, t('mentorship.reassignedFrom')),
          h('dd', {}, h('a', { href: `#/mentorships?id=${enc(m.reassignedFrom)}`, id: 'reassigned-from' }, t('mentorship.reassignedFromLink')))] : null)),
    programSection(m, app, reload),
    h('div', { class: 'grid' }, meetingsSection(m, app, reload), feedbackSection(m, app, reload)),
    canReassign ? reassignSection(m, mentors, app) : null);
}

/** Moving a mentee of this approved pair or group to another mentor of the organization by the head's order. */
function reassignSection(m, mentors, app) {
  const errors = h('div');
  const others = mentors.filter((p) => p.id !== m.mentor.id && !p.erased);
  const mentee = select(m.mentees.map((p) => [p.id, name(p)]), m.mentees[0]?.id, { name: 'mentee', required: true });
  const newMentor = select(others.map((p) => [p.id, p.fullName]), others[0]?.id, { name: 'newMentor', required: true });
  const reason = h('input', { name: 'reason', required: true, autocomplete: 'off', size: 40 });
  const orderNumber = h('input', { name: 'orderNumber', required: true, autocomplete: 'off', size: 8 });
  const orderDate = dateInput(today(), { name: 'orderDate', required: true });
  const form = h('form', { class: 'stack', id: 'reassign-form' },
    h('p', { class: 'muted small' }, t('reassign.intro')),
    h('div', { class: 'row' }, field(t('reassign.mentee'), mentee), field(t('reassign.newMentor'), newMentor)),
    field(t('reassign.reason'), reason),
    h('div', { class: 'row' }, field(t('matching.orderNumber'), orderNumber), field(t('matching.orderDate'), orderDate),
      h('button', { type: 'submit' }, t('reassign.submit'))), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const next = await app.api.post(`mentorships/${enc(m.id)}/reassignment`, {
        mentee: mentee.value, newMentor: newMentor.value, reason: reason.value.trim(),
        orderNumber: orderNumber.value.trim(), orderDate: orderDate.value || null,
      });
      app.toast(t('reassign.done', { mentee: names(next.mentees), mentor: name(next.mentor) }));
      app.navigate('mentorships', { id: next.id });
    } catch (error) {
      fill(errors, errorNotice(error));
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { class: 'card', id: 'reassign', 'aria-labelledby': 'reassign-heading' },
    h('h2', { id: 'reassign-heading' }, t('reassign.title')),
    others.length ? form : notice('info', t('reassign.noMentors')));
}

function programSection(m, app, reload) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'program-heading' },
    h('h2', { id: 'program-heading' }, t('program.title')));
  const errors = h('div');
  const pp = m.personalizedProgram;
  if (!pp) {
    const start = dateInput(today(), { name: 'start', required: true });
    const end = dateInput('', { name: 'end', required: true });
    const taskTitle = h('input', { name: 'taskTitle', autocomplete: 'off' });
    const taskDeadline = dateInput('', { name: 'taskDeadline' });
    const expected = h('input', { name: 'expected', autocomplete: 'off' });
    const form = h('form', { class: 'stack' },
      h('p', { class: 'muted' }, t('program.none')),
      h('div', { class: 'row' }, field(t('program.start'), start), field(t('program.end'), end)),
      h('div', { class: 'row' }, field(t('program.firstTask'), taskTitle), field(t('program.taskDeadline'), taskDeadline)),
      field(t('program.expected'), expected),
      h('p', { class: 'muted small' }, t('program.goalsHint')),
      h('button', { type: 'submit' }, t('program.draft')), errors);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      fill(errors);
      try {
        await app.api.post(`mentorships/${enc(m.id)}/personalized-program`, {
          start: start.value, end: end.value || null, goals: [],
          tasks: taskTitle.value ? [{ title: taskTitle.value, deadline: taskDeadline.value || null, responsible: m.mentees[0]?.id }] : [],
          expectedResults: expected.value ? [expected.value] : [],
        });
        app.toast(t('program.drafted'));
        reload();
      } catch (error) { fill(errors, errorNotice(error)); }
    });
    section.append(form);
    return section;
  }
  const people = Object.fromEntries([m.mentor, ...m.mentees].map((p) => [p.id, p.name]));
  section.append(
    h('p', { class: 'muted' }, t('program.period', { start: date(pp.start), end: date(pp.end), drafted: date(pp.draftedOn) })),
    progressBar(pp.progress, t('program.progress', { percent: percent(pp.progress) })),
    h('h3', {}, t('program.goals')),
    table(t('program.goals.caption'), [
      { label: '№', className: 'num', cell: (g) => String(g.number) },
      { label: t('program.goal'), cell: (g) => g.description },
      { label: t('program.deficit'), cell: (g) => g.deficit?.name || '—' },
      { label: t('program.assessment'), rowHeader: false, cell: (g) => (g.assessment
        ? badge(g.assessment === 'ACHIEVED' ? 'ok' : g.assessment === 'NOT_ACHIEVED' ? 'bad' : 'warn', t(`assessment.${g.assessment}`))
        : assessControl(g, m, app, reload, errors)) },
    ], pp.goals, { empty: t('program.noGoals'), captionHidden: true }),
    h('h3', {}, t('program.tasks')),
    table(t('program.tasks.caption'), [
      { label: '№', className: 'num', cell: (task) => String(task.number) },
      { label: t('program.task'), cell: (task) => task.title },
      { label: t('program.taskDeadline'), cell: (task) => (task.deadline ? date(task.deadline) : '—') },
      { label: t('program.responsible'), cell: (task) => people[task.responsible] || task.responsible || '—' },
      { label: t('program.done'), rowHeader: false, cell: (task) => (task.doneOn ? badge('ok', t('program.doneOn', { date: date(task.doneOn) }))
        : h('button', { type: 'button', class: 'small secondary', 'aria-label': t('program.markDoneFor', { title: task.title }), onclick: async () => {
          try {
            await app.api.post(`mentorships/${enc(m.id)}/personalized-program/tasks/${task.number}/done`, { on: today() });
            reload();
          } catch (error) { fill(errors, errorNotice(error)); }
        } }, t('program.markDone'))) },
    ], pp.tasks, { empty: t('program.noTasks'), captionHidden: true }),
    ...(pp.expectedResults?.length ? [h('h3', {}, t('program.expected')), h('ul', {}, pp.expectedResults.map((r) => h('li', {}, r)))] : []),
    errors);
  return section;
}

function assessControl(goal, m, app, reload, errors) {
  const choice = select([['', t('program.assess')], ...['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'].map((a) => [a, t(`assessment.${a}`)])], '',
    { 'aria-label': t('program.assessGoal', { number: goal.number }) });
  choice.addEventListener('change', async () => {
    if (!choice.value) return;
    try {
      await app.api.post(`mentorships/${enc(m.id)}/personalized-program/goals/${goal.number}/assessment`, { assessment: choice.value });
      reload();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  return choice;
}

function meetingsSection(m, app, reload) {
  const errors = h('div');
  const type = select(['FIRST_ORGANIZATIONAL', 'PLANNING', 'REGULAR', 'FINAL'].map((v) => [v, t(`meeting.${v}`)]),
    m.meetings.length ? 'REGULAR' : 'FIRST_ORGANIZATIONAL', { name: 'type' });
  const on = dateInput(today(), { name: 'on', required: true });
  const summary = h('textarea', { name: 'summary', rows: 2 });
  const form = h('form', { class: 'stack' },
    h('h3', {}, t('meetings.record')),
    h('div', { class: 'row' }, field(t('meetings.type'), type), field(t('meetings.on'), on)),
    field(t('meetings.summary'), summary),
    h('button', { type: 'submit' }, t('meetings.save')), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    try {
      await app.api.post(`mentorships/${enc(m.id)}/meetings`, { type: type.value, on: on.value, summary: summary.value });
      app.toast(t('meetings.saved'));
      reload();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  const canRecord = ['APPROVED', 'ACTIVE'].includes(m.status);
  return h('section', { class: 'card', 'aria-labelledby': 'meetings-heading' },
    h('h2', { id: 'meetings-heading' }, t('meetings.title')),
    table(t('meetings.caption'), [
      { label: t('meetings.on'), cell: (x) => date(x.on) },
      { label: t('meetings.type'), cell: (x) => t(`meeting.${x.type}`) },
      { label: t('meetings.summary'), cell: (x) => x.summary || '—' },
    ], m.meetings, { empty: t('meetings.empty'), captionHidden: true }),
    canRecord ? form : null);
}

function feedbackSection(m, app, reload) {
  const errors = h('div');
  const role = select(['CURATOR', 'MENTOR', 'MENTEE'].map((v) => [v, t(`feedbackRole.${v}`)]), 'CURATOR', { name: 'role' });
  const stage = select(['INTERMEDIATE', 'FINAL'].map((v) => [v, t(`feedbackStage.${v}`)]), 'INTERMEDIATE', { name: 'stage' });
  const rating = select([1, 2, 3, 4, 5].map((v) => [String(v), String(v)]), '5', { name: 'rating' });
  const comment = h('textarea', { name: 'comment', rows: 2 });
  const form = h('form', { class: 'stack' },
    h('h3', {}, t('feedback.give')),
    h('div', { class: 'row' }, field(t('feedback.role'), role), field(t('feedback.stage'), stage), field(t('feedback.rating'), rating)),
    field(t('feedback.comment'), comment),
    h('button', { type: 'submit' }, t('feedback.save')), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    try {
      await app.api.post(`mentorships/${enc(m.id)}/feedback`, {
        role: role.value, stage: stage.value, on: today(), ratings: { satisfaction: Number(rating.value) }, comment: comment.value,
      });
      app.toast(t('feedback.saved'));
      reload();
    } catch (error) { fill(errors, errorNotice(error)); }
  });
  const canGive = ['ACTIVE', 'APPROVED', 'COMPLETED'].includes(m.status);
  return h('section', { class: 'card', 'aria-labelledby': 'feedback-heading' },
    h('h2', { id: 'feedback-heading' }, t('feedback.title')),
    table(t('feedback.caption'), [
      { label: t('feedback.on'), cell: (f) => date(f.on) },
      { label: t('feedback.role'), cell: (f) => t(`feedbackRole.${f.role}`) },
      { label: t('feedback.stage'), cell: (f) => t(`feedbackStage.${f.stage}`) },
      { label: t('feedback.average'), className: 'num', cell: (f) => num(f.average, { maximumFractionDigits: 1 }) },
      { label: t('feedback.comment'), cell: (f) => f.comment || '—' },
    ], m.feedback, { empty: t('feedback.empty'), captionHidden: true }),
    canGive ? form : null);
}
