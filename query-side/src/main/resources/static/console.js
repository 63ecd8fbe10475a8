// The processor console: every event processor of the query side, from /api/v1/processors, refreshed every
// two seconds, with the operators' actions (pause, resume, replay, rebuild, split, merge, dead letters), each confirmed first,
// and a line per legacy table with its columns and last schema drift (/api/v1/legacy-tables).

const REFRESH_MILLIS = 2000;
// The API pages dead letters (oldest first) through the first 10,000 of a processor.
const DEAD_LETTER_PAGE_SIZE = 50;
const DEAD_LETTER_ROWS = 10000;

const decimal = new Intl.NumberFormat(undefined, {maximumFractionDigits: 1});
const whole = new Intl.NumberFormat();
const percent = new Intl.NumberFormat(undefined, {style: 'percent', maximumFractionDigits: 0});
const clock = new Intl.DateTimeFormat(undefined, {dateStyle: 'short', timeStyle: 'medium'});

let operator = false;
let refreshProblem = false;
// The page of dead letters shown for each processor ({count, page, letters}): read again only when the processor's
// count of them changes, another page is asked for, or an action may have changed them; not on every refresh.
const deadLetterPages = new Map();

class ApiProblem extends Error {}

// Same-origin requests carry the Basic credentials the browser used to load this page. Paths are resolved
// against the origin: a page opened as http://user:password@host/ has a base URL that fetch refuses.
const fromOrigin = path => new URL(path, location.origin);

async function api(path, method = 'GET') {
  let response;
  try {
    // The header proves to the API that the request comes from our pages (a form of another site cannot send it).
    response = await fetch(fromOrigin(path), {method, headers: {Accept: 'application/json', 'X-Mirante-Request': 'console'}});
  } catch (error) {
    throw new ApiProblem(`The Mirante API is unreachable (${error.message}).`);
  }
  if (!response.ok) {
    let detail = '';
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || '';
    } catch (ignored) {
      // Not problem+json (a proxy's error page): the status says enough.
    }
    throw new ApiProblem(`The Mirante API answered ${response.status} to ${method} ${path}${detail ? ': ' + detail : ''}.`);
  }
  return response.status === 204 ? null : response.json();
}

function showProblem(error) {
  const banner = document.getElementById('problem');
  banner.textContent = error instanceof ApiProblem ? error.message : `The console failed: ${error.message}`;
  banner.hidden = false;
  document.documentElement.dataset.problem = 'true';
}

function clearProblem() {
  document.getElementById('problem').hidden = true;
  delete document.documentElement.dataset.problem;
}

function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}

function seconds(value) {
  if (value === null || value === undefined) return '–';
  if (value < 90) return `${decimal.format(value)} s`;
  if (value < 5400) return `${decimal.format(value / 60)} min`;
  return `${decimal.format(value / 3600)} h`;
}

// Resolves true when the operator confirms in the page's own dialog (not window.confirm, which a test cannot see).
function confirmed(question) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-question').textContent = question;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise(resolve => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'),
      {once: true}));
}

function action(label, question, path, method = 'POST', enabled = true) {
  const button = element('button', {type: 'button', textContent: label, disabled: !operator || !enabled});
  button.dataset.action = label.toLowerCase();
  button.title = operator ? question : 'Needs the operator role';
  button.onclick = async () => {
    if (!await confirmed(question)) return;
    button.disabled = true;
    clearProblem();
    try {
      await api(path, method);
      // A retry that fails again leaves the count as it was but not the letter's cause.
      deadLetterPages.forEach(shown => shown.count = null);
      await refresh();
    } catch (error) {
      button.disabled = false;
      showProblem(error);
    }
  };
  return button;
}

function figure(name, value, key) {
  const output = element('output', {textContent: value});
  output.dataset.figure = key;
  return element('div', {className: 'figure-cell'}, element('small', {textContent: name}), output);
}

function progress(processor) {
  const rebuild = processor.rebuild;
  const value = rebuild ? rebuild.progress : processor.replayProgress;
  const remaining = rebuild ? rebuild.secondsRemaining : processor.replaySecondsRemaining;
  const eta = rebuild?.switching ? 'switching to the new tables'
      : remaining === null ? 'estimating…' : `about ${seconds(remaining)} left`;
  const what = rebuild ? `Rebuilding version ${rebuild.version} beside the live tables: ` : '';
  const box = element('div', {className: 'replay'}, element('progress', {max: 1, value}),
      element('span', {textContent: `${what}${percent.format(value)} · ${eta}`}));
  box.hidden = !rebuild && processor.state !== 'REPLAYING';
  box.dataset.progress = value;
  box.dataset.kind = rebuild ? 'rebuild' : 'replay';
  return box;
}

function segmentRow(processor, segment) {
  const base = `/api/v1/processors/${encodeURIComponent(processor.name)}/segments/${segment.segment}`;
  const status = segment.error ? `error: ${segment.error}` : segment.replaying ? 'replaying'
      : segment.caughtUp ? 'caught up' : 'behind';
  const row = element('tr');
  row.dataset.segment = segment.segment;
  row.dataset.owner = segment.owner ?? '';
  for (const text of [segment.segment, segment.mask, segment.owner ?? '(unclaimed)', whole.format(segment.position)]) {
    row.insertCell().textContent = text;
  }
  const cell = row.insertCell();
  cell.textContent = status;
  cell.className = segment.error ? 'error' : segment.caughtUp ? 'ok' : '';
  row.insertCell().append(
      action('Split', `Split segment ${segment.segment} of ${processor.name} in two?`, `${base}/split`),
      action('Merge', `Merge segment ${segment.segment} of ${processor.name} with its sibling?`, `${base}/merge`,
          'POST', processor.segments.length > 1));
  return row;
}

function segmentsTable(processor) {
  const head = element('thead', {},
      element('tr', {}, ...['Segment', 'Mask', 'Owner', 'Position', 'Status', ''].map(text => element('th', {textContent: text}))));
  const body = element('tbody', {}, ...processor.segments.map(segment => segmentRow(processor, segment)));
  return element('div', {className: 'scroll'}, element('table', {className: 'segments'}, head, body));
}

function deadLetterRow(processor, letter) {
  const base = `/api/v1/processors/${encodeURIComponent(processor.name)}/dead-letters/${encodeURIComponent(letter.id)}`;
  const row = element('tr');
  row.dataset.deadLetter = letter.id;
  for (const text of [letter.eventType.replace(/.*\./, ''), letter.aggregateIdentifier ?? '',
    clock.format(new Date(letter.enqueuedAt)), `${letter.causeType?.replace(/.*\./, '') ?? ''}: ${letter.causeMessage ?? ''}`]) {
    row.insertCell().textContent = text;
  }
  row.insertCell().append(
      action('Retry', `Retry the ${letter.eventType.replace(/.*\./, '')} event of ${letter.aggregateIdentifier} in ${processor.name}?`,
          `${base}/retry`),
      action('Evict', `Evict (delete for good) the ${letter.eventType.replace(/.*\./, '')} event of ${letter.aggregateIdentifier}`
          + ` from ${processor.name}'s dead letters?`, base, 'DELETE'));
  return row;
}

function lastDeadLetterPage(count) {
  return Math.max(0, Math.ceil(Math.min(count, DEAD_LETTER_ROWS) / DEAD_LETTER_PAGE_SIZE) - 1);
}

async function deadLetterPage(processor) {
  const shown = deadLetterPages.get(processor.name);
  if (!processor.deadLetters) {
    deadLetterPages.delete(processor.name);
    return null;
  }
  if (shown && shown.count === processor.deadLetters) return shown.letters;
  const page = Math.min(shown?.page ?? 0, lastDeadLetterPage(processor.deadLetters));
  const letters = await api(`/api/v1/processors/${encodeURIComponent(processor.name)}/dead-letters`
      + `?page=${page}&size=${DEAD_LETTER_PAGE_SIZE}`);
  deadLetterPages.set(processor.name, {count: processor.deadLetters, page, letters});
  return letters;
}

function turnPage(processor, label, page, enabled) {
  const button = element('button', {type: 'button', textContent: label, disabled: !enabled});
  button.dataset.page = label.toLowerCase();
  button.onclick = async () => {
    deadLetterPages.set(processor.name, {count: null, page});
    await refresh();
  };
  return button;
}

function deadLetters(processor, letters) {
  const box = element('div', {className: 'dead-letters'});
  if (!processor.deadLetters) {
    box.append(element('p', {className: 'ok', textContent: 'No dead letters.'}));
    return box;
  }
  const head = element('thead', {}, element('tr', {},
      ...['Event', 'Aggregate', 'Enqueued', 'Cause', ''].map(text => element('th', {textContent: text}))));
  const first = letters.page * letters.size;
  const range = letters.items.length ? `${whole.format(first + 1)}–${whole.format(first + letters.items.length)}` : 'none';
  const pages = element('p', {className: 'pages'}, `Showing ${range} of ${whole.format(letters.total)}, oldest first `,
      turnPage(processor, 'Previous', letters.page - 1, letters.page > 0),
      turnPage(processor, 'Next', letters.page + 1, letters.page < lastDeadLetterPage(letters.total)));
  box.append(element('h3', {}, `Dead letters (${processor.deadLetters}) `,
      action('Retry all', `Retry all ${processor.deadLetters} dead letters of ${processor.name}?`,
          `/api/v1/processors/${encodeURIComponent(processor.name)}/dead-letters/retry`)),
  pages,
  element('div', {className: 'scroll'}, element('table', {}, head,
      element('tbody', {}, ...letters.items.map(letter => deadLetterRow(processor, letter))))));
  return box;
}

function card(processor, letters) {
  const base = `/api/v1/processors/${encodeURIComponent(processor.name)}`;
  const busy = processor.state === 'REPLAYING' || processor.state === 'REBUILDING';
  const state = element('span', {className: `state ${processor.state}`, textContent: processor.state});
  const article = element('article', {className: 'processor'},
      element('h2', {}, processor.name, ' ', state, element('small', {textContent: ` ${processor.mode}`})),
      element('div', {className: 'figures-row'},
          figure('Lag', `${whole.format(processor.lagEvents)} events`, 'lagEvents'),
          figure('Oldest unprocessed', seconds(processor.lagSeconds), 'lagSeconds'),
          figure('Throughput', `${decimal.format(processor.eventsPerSecond)} /s`, 'eventsPerSecond'),
          figure('Head', whole.format(processor.headPosition), 'headPosition')),
      progress(processor),
      element('div', {className: 'actions'},
          action('Pause', `Pause ${processor.name} on every node?`, `${base}/pause`, 'POST', processor.state !== 'PAUSED'),
          action('Resume', `Resume ${processor.name} on every node?`, `${base}/resume`, 'POST', processor.state === 'PAUSED'),
          action('Replay', `Replay ${processor.name} from the first event? Its query model is rebuilt on every node.`,
              `${base}/replay`, 'POST', !busy),
          action('Rebuild', `Rebuild ${processor.name} into new tables beside the live ones? The live model keeps`
              + ' serving until the new one has caught up, then they are switched.', `${base}/rebuild`, 'POST', !busy)),
      segmentsTable(processor),
      deadLetters(processor, letters));
  // Dead letters need reading: such a processor takes the whole width.
  article.classList.toggle('with-dead-letters', processor.deadLetters > 0);
  article.dataset.processor = processor.name;
  article.dataset.state = processor.state;
  return article;
}

// 'ADD_COLUMN' reads 'add column'.
const spoken = kind => kind.toLowerCase().replaceAll('_', ' ');

function lastDrift(table) {
  const change = table.changes[0];
  if (!change) return table.droppedAt ? '' : 'none reported';
  const columns = [...change.added.map(column => `+${column}`), ...change.dropped.map(column => `−${column}`)];
  return `${spoken(change.kind)}${columns.length ? ' ' + columns.join(' ') : ''}, ${clock.format(new Date(change.at))}`;
}

// One line per legacy table: its columns, its last schema change and its last reload by the DMS task.
function legacyTableRow(table) {
  const row = element('tr');
  row.dataset.legacyTable = table.table;
  const dropped = table.droppedAt ? `dropped ${clock.format(new Date(table.droppedAt))}` : null;
  const reload = table.reloads[0];
  for (const text of [table.table,
    table.columns.length ? `${table.columns.length}: ${table.columns.map(column => column.name).join(', ')}` : 'not reported',
    [dropped, lastDrift(table)].filter(Boolean).join('; '),
    reload ? clock.format(new Date(reload.reloadedAt)) : 'none']) {
    row.insertCell().textContent = text;
  }
  const drift = table.changes[0];
  row.cells[2].className = dropped || drift?.added.length || drift?.dropped.length ? 'error' : '';
  return row;
}

function legacyTables(tables) {
  const rows = tables.length ? tables.map(legacyTableRow)
      : [element('tr', {}, element('td', {colSpan: 4, className: 'ok', textContent: 'No schema change reported.'}))];
  document.querySelector('#legacy-tables tbody').replaceChildren(...rows);
}

async function refresh() {
  try {
    const [processors, tables] = await Promise.all([api('/api/v1/processors'), api('/api/v1/legacy-tables')]);
    const letters = await Promise.all(processors.map(deadLetterPage));
    document.getElementById('processors').replaceChildren(...processors.map((processor, i) => card(processor, letters[i])));
    legacyTables(tables);
    const refreshed = document.getElementById('refreshed');
    refreshed.textContent = `updated ${new Date().toLocaleTimeString()}`;
    refreshed.className = 'live on';
    if (refreshProblem) clearProblem();
    refreshProblem = false;
    document.documentElement.dataset.ready = 'true';
  } catch (error) {
    refreshProblem = true;
    document.getElementById('refreshed').className = 'live off';
    showProblem(error);
  }
}

async function load() {
  const me = await api('/api/v1/me');
  operator = me.roles.includes('OPERATOR');
  document.getElementById('user').textContent = `Signed in as ${me.username} (${me.roles.join(', ').toLowerCase()})`;
  document.getElementById('read-only').hidden = operator;
  await refresh();
  setTimeout(poll, REFRESH_MILLIS);
}

// The next refresh is timed from the end of the last one, so a slow API never has two under way.
async function poll() {
  // A refresh while the dialog is open would replace the button it was opened from: wait for the answer.
  if (!document.getElementById('confirm').open) await refresh();
  setTimeout(poll, REFRESH_MILLIS);
}

load().catch(showProblem);
