// The contacts page: plain DOM and fetch, no build step. Every text goes in through textContent.
'use strict';
const $ = (id) => document.getElementById(id);
const state = { org: null, orgs: [], dept: null, role: null, page: 0, size: 20, mode: 'dept', query: '', editing: null, deptAction: null };

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) { init.body = body; }
  else if (body !== undefined) { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
  const res = await fetch('/api/orgs' + path, init);
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error((data && data.detail) || res.statusText);
    err.field = data && data.field; err.status = res.status;
    throw err;
  }
  return data;
}

function toast(message, ok) {
  const t = $('toast');
  t.textContent = message; t.className = ok ? 'ok' : ''; t.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => { t.hidden = true; }, 5000);
}
const fail = (e) => toast(e.field ? e.field + ': ' + e.message : e.message);
const el = (tag, props, ...children) => {
  const n = document.createElement(tag);
  Object.assign(n, props || {});
  children.forEach((c) => n.append(c));
  return n;
};
const base = () => '/api/orgs/' + state.org.id;

// organizations
async function loadOrgs(selectId) {
  state.orgs = await api('GET', '');
  const sel = $('org'); sel.replaceChildren();
  state.orgs.forEach((o) => sel.append(el('option', { value: o.id, textContent: o.name + (o.synced ? ' (' + o.type + ')' : '') })));
  const chosen = state.orgs.find((o) => o.id === selectId) || state.orgs.find((o) => o.isDefault) || state.orgs[0];
  sel.value = chosen.id;
  await selectOrg(chosen);
}

async function selectOrg(o) {
  state.org = o; state.dept = null; state.role = null; state.page = 0;
  document.body.classList.toggle('readonly', o.synced);
  $('sync-tools').hidden = !o.synced; $('edit-tools').hidden = o.synced;
  $('template').href = base() + '/template?format=xlsx';
  $('template-link').href = base() + '/template?format=xlsx';
  $('search').value = ''; state.query = '';
  await Promise.all([loadTree(), loadRoles(), loadHeld()]);
}

// department tree
async function loadTree() {
  const root = await api('GET', '/' + state.org.id + '/departments/tree');
  state.root = root;
  state.depts = [];
  const render = (node, depth) => {
    state.depts.push({ id: node.id, name: node.name, depth });
    const label = el('span', { className: 'dept', textContent: node.name });
    label.dataset.id = node.id;
    label.onclick = () => selectDept(node);
    const li = el('li', {}, label);
    if (node.children.length) li.append(el('ul', {}, ...node.children.map((c) => render(c, depth + 1))));
    return li;
  };
  $('tree').replaceChildren(render(root, 0));
  const keep = state.dept && state.depts.find((d) => d.id === state.dept.id);
  await selectDept(keep ? state.dept : root);
}

async function selectDept(node) {
  state.dept = node; state.role = null; state.mode = 'dept'; state.page = 0;
  document.querySelectorAll('.dept, .role').forEach((n) => n.classList.toggle('selected', n.dataset.id === node.id));
  $('title').textContent = node.name;
  await loadMembers();
}

// members
async function loadMembers() {
  if (state.mode === 'search') return runSearch();
  let items, info = '';
  if (state.mode === 'role') {
    items = await api('GET', '/' + state.org.id + '/roles/' + state.role.id + '/members');
    info = items.length + ' member(s)';
    $('prev').disabled = true; $('next').disabled = true;
  } else {
    const p = await api('GET', '/' + state.org.id + '/departments/' + state.dept.id + '/members?page=' + state.page + '&size=' + state.size + '&sub=' + $('sub').checked);
    items = p.items;
    const pages = Math.max(1, Math.ceil(p.total / p.size));
    info = 'page ' + (p.page + 1) + ' of ' + pages + ' · ' + p.total + ' member(s)';
    $('prev').disabled = p.page === 0; $('next').disabled = p.page + 1 >= pages;
  }
  $('page-info').textContent = info;
  renderMembers(items.map((m) => ({ member: m, highlights: [] })));
}

function highlighted(text, field, highlights) {
  const frag = document.createDocumentFragment();
  if (!text) return frag;
  let at = 0;
  highlights.filter((h) => h.field === field).sort((a, b) => a.start - b.start).forEach((h) => {
    if (h.start < at) return;
    frag.append(text.slice(at, h.start), el('mark', { textContent: text.slice(h.start, h.end) }));
    at = h.end;
  });
  frag.append(text.slice(at));
  return frag;
}

function renderMembers(hits) {
  const rows = hits.map(({ member: m, highlights: hl }) => {
    const box = el('input', { type: 'checkbox', className: 'pick' }); box.dataset.id = m.id;
    const edit = el('button', { textContent: 'Edit', className: 'editing', onclick: () => openMember(m) });
    const tr = el('tr', {},
      el('td', {}, box),
      el('td', { className: 'name' }, highlighted(m.name, 'NAME', hl)),
      el('td', {}, highlighted(m.employeeId, 'EMPLOYEE_ID', hl)),
      el('td', {}, highlighted(m.phone, 'PHONE', hl)),
      el('td', {}, highlighted(m.email, 'EMAIL', hl)),
      el('td', { textContent: m.position || '' }),
      el('td', {}, edit));
    tr.dataset.id = m.id;
    return tr;
  });
  $('members').replaceChildren(...rows);
  $('select-all').checked = false;
}
const selectedMembers = () => [...document.querySelectorAll('.pick:checked')].map((b) => b.dataset.id);

// search
let searchTimer;
async function runSearch() {
  const q = state.query;
  const r = await api('GET', '/' + state.org.id + '/search?q=' + encodeURIComponent(q) + '&limit=50');
  $('title').textContent = 'Search: ' + q;
  $('page-info').textContent = r.hits.length + ' hit(s)' + (r.next ? ' (first 50)' : '');
  $('prev').disabled = true; $('next').disabled = true;
  renderMembers(r.hits);
}
$('search').oninput = () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    state.query = $('search').value.trim();
    if (state.query) { state.mode = 'search'; runSearch().catch(fail); } else { selectDept(state.dept).catch(fail); }
  }, 250);
};

// roles
async function loadRoles() {
  const groups = await api('GET', '/' + state.org.id + '/roles');
  state.groups = groups;
  $('roles').replaceChildren(...groups.map((g) => el('li', {}, el('div', { className: 'group', textContent: g.name }),
    el('ul', {}, ...g.roles.map((r) => {
      const s = el('span', { className: 'role', textContent: r.name, onclick: () => selectRole(r) });
      s.dataset.id = r.id;
      return el('li', {}, s);
    })))));
}
async function selectRole(r) {
  state.role = r; state.mode = 'role';
  document.querySelectorAll('.dept, .role').forEach((n) => n.classList.toggle('selected', n.dataset.id === r.id));
  $('title').textContent = 'Role: ' + r.name;
  await loadMembers();
}

// department dialog: new, rename, move, merge
function openDept(action) {
  state.deptAction = action;
  const titles = { new: 'New department under ' + state.dept.name, rename: 'Rename ' + state.dept.name, move: 'Move ' + state.dept.name + ' under…', merge: 'Merge ' + state.dept.name + ' into…', group: 'New role group', role: 'New role' };
  $('dept-dialog-title').textContent = titles[action];
  $('dept-name').value = action === 'rename' ? state.dept.name : '';
  $('dept-name').parentElement.hidden = action === 'move' || action === 'merge';
  $('dept-target-row').hidden = !(action === 'move' || action === 'merge' || action === 'role');
  const target = $('dept-target'); target.replaceChildren();
  if (action === 'role') state.groups.forEach((g) => target.append(el('option', { value: g.id, textContent: g.name })));
  else state.depts.filter((d) => d.id !== state.dept.id).forEach((d) => target.append(el('option', { value: d.id, textContent: '  '.repeat(d.depth) + d.name })));
  $('dept-error').textContent = '';
  $('dept-dialog').showModal();
}
$('dept-save').onclick = async (ev) => {
  ev.preventDefault();
  const org = '/' + state.org.id, name = $('dept-name').value, target = $('dept-target').value;
  try {
    switch (state.deptAction) {
      case 'new': state.dept = await api('POST', org + '/departments', { parentId: state.dept.id, name }); break;
      case 'rename': await api('PATCH', org + '/departments/' + state.dept.id, { name }); break;
      case 'move': await api('POST', org + '/departments/' + state.dept.id + '/move', { parentId: target }); break;
      case 'merge': state.dept = await api('POST', org + '/departments/merge', { sourceIds: [state.dept.id], targetId: target }); break;
      case 'group': await api('POST', org + '/role-groups', { name }); break;
      case 'role': await api('POST', org + '/roles', { groupId: target, name }); break;
    }
    $('dept-dialog').close();
    if (state.deptAction === 'group' || state.deptAction === 'role') await loadRoles(); else await loadTree();
  } catch (e) { $('dept-error').textContent = (e.field ? e.field + ': ' : '') + e.message; }
};
$('dept-new').onclick = () => openDept('new');
$('dept-rename').onclick = () => openDept('rename');
$('dept-move').onclick = () => openDept('move');
$('dept-merge').onclick = () => openDept('merge');
$('group-new').onclick = () => openDept('group');
$('role-new').onclick = () => state.groups.length ? openDept('role') : toast('Create a role group first');
$('dept-delete').onclick = async () => {
  if (!confirm('Delete ' + state.dept.name + '?')) return;
  try { await api('DELETE', '/' + state.org.id + '/departments/' + state.dept.id); state.dept = null; await loadTree(); } catch (e) { fail(e); }
};

// member dialog: add, edit
const fields = { name: 'm-name', employeeId: 'm-employee', phone: 'm-phone', email: 'm-email', position: 'm-position' };
function openMember(m) {
  state.editing = m || null;
  $('member-dialog-title').textContent = m ? 'Edit ' + m.name : 'Add member to ' + state.dept.name;
  Object.entries(fields).forEach(([k, id]) => { $(id).value = (m && m[k]) || ''; });
  $('member-error').textContent = '';
  $('member-dialog').showModal();
}
$('member-new').onclick = () => openMember(null);
$('member-save').onclick = async (ev) => {
  ev.preventDefault();
  const body = {};
  Object.entries(fields).forEach(([k, id]) => { body[k] = $(id).value; });
  try {
    if (state.editing) await api('PATCH', '/' + state.org.id + '/members/' + state.editing.id, body);
    else await api('POST', '/' + state.org.id + '/members', { ...body, departmentIds: [state.dept.id] });
    $('member-dialog').close();
    await loadMembers();
    toast('Saved', true);
  } catch (e) { $('member-error').textContent = (e.field ? e.field + ': ' : '') + e.message; }
};
$('resign').onclick = async () => {
  const ids = selectedMembers();
  if (!ids.length) return toast('Select members first');
  if (!confirm('Resign ' + ids.length + ' member(s)? They are kept on record.')) return;
  try { await api('POST', '/' + state.org.id + '/members/resign', { memberIds: ids }); await loadMembers(); toast(ids.length + ' resigned', true); } catch (e) { fail(e); }
};
$('role-add').onclick = async () => {
  const ids = selectedMembers();
  const roles = state.groups.flatMap((g) => g.roles);
  if (!ids.length || !roles.length) return toast('Select members, and create a role first');
  const name = prompt('Add to which role? ' + roles.map((r) => r.name).join(', '));
  const role = roles.find((r) => r.name === name);
  if (!role) return;
  try { await api('POST', '/' + state.org.id + '/roles/' + role.id + '/members', { memberIds: ids }); toast('Added to ' + role.name, true); } catch (e) { fail(e); }
};
$('select-all').onchange = () => document.querySelectorAll('.pick').forEach((b) => { b.checked = $('select-all').checked; });

// leader
async function loadCandidates() {
  const from = $('leader-from').value;
  let q = '';
  if (from === 'department') q = '?department=' + state.dept.id;
  if (from === 'role') { if (!state.role) { $('leader-error').textContent = 'select a role on the left first'; return; } q = '?role=' + state.role.id; }
  $('leader-error').textContent = '';
  const list = await api('GET', '/' + state.org.id + '/leader-candidates' + q);
  $('leader-candidates').replaceChildren(...list.map((m) => el('option', { value: m.id, textContent: m.name + (m.employeeId ? ' (' + m.employeeId + ')' : '') })));
}
$('leader-open').onclick = () => { $('leader-dialog').showModal(); loadCandidates().catch(fail); };
$('leader-from').onchange = () => loadCandidates().catch(fail);
$('leader-save').onclick = async (ev) => {
  ev.preventDefault();
  try { await api('PUT', '/' + state.org.id + '/leader', { memberId: $('leader-candidates').value }); $('leader-dialog').close(); toast('Leader set', true); } catch (e) { $('leader-error').textContent = e.message; }
};

// import
$('import-open').onclick = () => { $('import-result').replaceChildren(); $('import-report').hidden = true; $('import-dialog').showModal(); };
$('import-go').onclick = async (ev) => {
  ev.preventDefault();
  const file = $('import-file').files[0];
  if (!file) { $('import-result').textContent = 'Choose a file first'; return; }
  const form = new FormData(); form.append('file', file);
  const q = '?mode=' + $('import-mode').value + '&createDepartments=' + $('import-create').checked;
  try {
    const r = await api('POST', '/' + state.org.id + '/imports' + q, form);
    const summary = el('p', { id: 'import-summary', textContent: 'Read ' + r.read + ', created ' + r.created + ', updated ' + r.updated + ', skipped ' + r.skipped + ', failed ' + r.failed + (r.written ? '' : ' — nothing written') });
    const errors = el('table', { id: 'import-errors' }, ...r.errors.map((e) => el('tr', {}, el('td', { textContent: 'row ' + e.row }), el('td', { textContent: e.column || '' }), el('td', { textContent: e.message }))));
    $('import-result').replaceChildren(summary, errors);
    $('import-report').hidden = !r.errorReport;
    if (r.errorReport) $('import-report').href = r.errorReport;
    await loadTree();
  } catch (e) { $('import-result').textContent = (e.field ? e.field + ': ' : '') + e.message; }
};

// export
function exportHref() {
  const scope = $('export-scope').value;
  let q = '?scope=' + scope + '&format=' + $('export-format').value;
  if (scope === 'department') q += '&department=' + state.dept.id + '&sub=' + $('sub').checked;
  if (scope === 'members') q += '&members=' + selectedMembers().join(',');
  $('export-go').href = base() + '/export' + q;
}
$('export-open').onclick = () => { exportHref(); $('export-dialog').showModal(); };
$('export-scope').onchange = exportHref;
$('export-format').onchange = exportHref;
$('export-go').onclick = (ev) => {
  if ($('export-scope').value === 'members' && !selectedMembers().length) { ev.preventDefault(); toast('Select members first'); }
};

// sync
$('sync').onclick = async () => {
  try {
    await api('POST', '/' + state.org.id + '/sync');
    $('sync').disabled = true; $('sync-progress').hidden = false;
    pollSync();
  } catch (e) { fail(e); }
};
async function pollSync() {
  const p = await api('GET', '/' + state.org.id + '/sync/progress');
  const bar = $('sync-progress');
  if (p.total > 0) { bar.max = p.total; bar.value = p.done; } else { bar.removeAttribute('value'); }
  $('sync-status').textContent = p.phase + (p.total > 0 ? ' ' + p.done + '/' + p.total : '');
  if (p.running) { setTimeout(() => pollSync().catch(fail), 300); return; }
  $('sync').disabled = false; bar.hidden = true;
  if (p.error) { $('sync-status').textContent = 'Sync failed'; toast(p.error); }
  else if (p.report) {
    const total = Object.values(p.report.counts).reduce((a, b) => a + b, 0);
    $('sync-status').textContent = 'Synced: ' + p.report.outcome + ', ' + total + ' change(s)';
  }
  await Promise.all([loadTree(), loadHeld()]);
}
$('dry-run').onclick = async () => {
  try {
    const plan = await api('POST', '/' + state.org.id + '/sync/dry-run');
    info('Dry run (nothing written)', 'Would apply ' + JSON.stringify(plan.counts) + '\nPlatform: ' + plan.remoteDepartments + ' departments, ' + plan.remoteMembers + ' members, ' + plan.apiCalls + ' API calls' + (plan.held ? '\nWould be held: ' + plan.heldReason : '') + '\n\n' + plan.changes.map((c) => c.kind + ' ' + c.name + (c.detail ? ' ' + c.detail : '')).join('\n'));
  } catch (e) { fail(e); }
};
$('history-open').onclick = async () => {
  try {
    const h = await api('GET', '/' + state.org.id + '/sync/history');
    info('Sync history', h.runs.map((r) => r.finishedAt + '  ' + r.operation + '  ' + r.outcome + '  ' + JSON.stringify(r.counts) + '  ' + r.apiCalls + ' calls, ' + r.millis + ' ms' + (r.error ? '  ' + r.error : '')).join('\n') || 'No sync since the application started' + (h.last ? '\nLast stored: ' + h.last.outcome + ' at ' + h.last.finishedAt : ''));
  } catch (e) { fail(e); }
};
async function loadHeld() {
  if (!state.org.synced) { $('held').hidden = true; return; }
  const held = await api('GET', '/' + state.org.id + '/sync/held');
  $('held').hidden = !held;
  if (held) { $('held-reason').textContent = held.reason; state.held = held; }
}
$('held-approve').onclick = async () => { try { await api('POST', '/' + state.org.id + '/sync/held/approve', { planId: state.held.planId }); await Promise.all([loadTree(), loadHeld()]); } catch (e) { fail(e); } };
$('held-discard').onclick = async () => { try { await api('DELETE', '/' + state.org.id + '/sync/held'); await loadHeld(); } catch (e) { fail(e); } };

function info(title, text) { $('info-title').textContent = title; $('info-body').textContent = text; $('info-dialog').showModal(); }

$('org').onchange = () => selectOrg(state.orgs.find((o) => o.id === $('org').value)).catch(fail);
$('sub').onchange = () => { state.page = 0; loadMembers().catch(fail); };
$('prev').onclick = () => { state.page--; loadMembers().catch(fail); };
$('next').onclick = () => { state.page++; loadMembers().catch(fail); };
loadOrgs().then(() => document.body.dataset.ready = 'true').catch(fail);
