// The managers' dashboard: reads the query API, draws with uPlot and stays live on /api/v1/live.
// One view per page load (?hotel=ID, or the chain); ?date=YYYY-MM-DD names the day, else the browser's today.

const FIGURES = ['occupancy', 'adr', 'revpar', 'totalRevenue'];
const HISTORY_DAYS = 30;
const AHEAD_NIGHTS = 30;

const params = new URLSearchParams(location.search);
const hotelId = params.get('hotel') || null;
const day = params.get('date') || isoDate(new Date());
const scope = hotelId ? `/api/v1/hotels/${encodeURIComponent(hotelId)}` : '/api/v1/chain';
const from = addDays(day, 1 - HISTORY_DAYS);
const to = hotelId ? addDays(day, AHEAD_NIGHTS - 1) : day;

const figuresByDate = new Map();
const charts = new Map();
const waitingForDraw = new Set();

const percent = new Intl.NumberFormat(undefined, {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1});
const money = new Intl.NumberFormat(undefined, {style: 'currency', currency: 'BRL'});
const FORMATS = {occupancy: v => percent.format(v), adr: v => money.format(v), revpar: v => money.format(v),
  totalRevenue: v => money.format(v)};

function isoDate(date) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

function addDays(iso, days) {
  const date = new Date(iso + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function dates(first, last) {
  const all = [];
  for (let d = first; d <= last; d = addDays(d, 1)) all.push(d);
  return all;
}

const epochSeconds = iso => Date.parse(iso + 'T00:00:00Z') / 1000;

class ApiProblem extends Error {}

// Same-origin requests carry the Basic credentials the browser used to load this page. Paths are resolved
// against the origin: a page opened as http://user:password@host/ has a base URL that fetch refuses.
const fromOrigin = path => new URL(path, location.origin);

async function api(path) {
  let response;
  try {
    // The header proves to the API that the request comes from our pages (a form of another site cannot send it).
    response = await fetch(fromOrigin(path), {headers: {Accept: 'application/json', 'X-Mirante-Request': 'dashboard'}});
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
    throw new ApiProblem(`The Mirante API answered ${response.status} to ${path}${detail ? ': ' + detail : ''}.`);
  }
  return response.json();
}

function showProblem(error) {
  const banner = document.getElementById('problem');
  banner.textContent = error instanceof ApiProblem ? error.message : `The dashboard failed: ${error.message}`;
  banner.hidden = false;
  document.documentElement.dataset.problem = 'true';
}

function markDrawn(name) {
  waitingForDraw.delete(name);
  if (waitingForDraw.size === 0 && window.dashboardReadyAt === undefined) {
    window.dashboardReadyAt = performance.now();
    document.documentElement.dataset.ready = 'true';
  }
}

function chart(name, container, series, data, tick = String) {
  if (charts.has(name)) {
    charts.get(name).setData(data);
    return;
  }
  waitingForDraw.add(name);
  const options = {
    width: Math.max(container.clientWidth, 200), height: 150, legend: {show: false},
    scales: {x: {time: true}},
    axes: [{}, {size: 70, values: (plot, splits) => splits.map(tick)}],
    series: [{}, ...series],
    hooks: {draw: [() => markDrawn(name)]},
  };
  charts.set(name, new uPlot(options, data, container));
}

function figureSeries(key, nights) {
  return nights.map(d => {
    const value = figuresByDate.get(d)?.[key];
    return value === null || value === undefined ? null : Number(value);
  });
}

function renderFigures() {
  const history = dates(from, day);
  const x = history.map(epochSeconds);
  for (const key of FIGURES) {
    const article = document.querySelector(`[data-figure="${key}"]`);
    const today = figuresByDate.get(day)?.[key];
    const lastWeek = figuresByDate.get(addDays(day, -7))?.[key];
    const output = article.querySelector('[data-today]');
    output.dataset.value = today ?? '';
    output.textContent = today === null || today === undefined ? '–' : FORMATS[key](Number(today));
    const change = article.querySelector('[data-change]');
    if (today !== null && today !== undefined && lastWeek) {
      const ratio = Number(today) / Number(lastWeek) - 1;
      change.textContent = `${ratio >= 0 ? '▲' : '▼'} ${percent.format(Math.abs(ratio))} vs ${addDays(day, -7)}`;
      change.className = ratio >= 0 ? 'up' : 'down';
    } else {
      change.textContent = `no figure for ${addDays(day, -7)}`;
      change.className = '';
    }
    chart(key, article.querySelector('.chart'), [{label: key, stroke: '#14324f', width: 2}],
        [x, figureSeries(key, history)], key === 'occupancy' ? v => percent.format(v) : v => v.toLocaleString());
  }
  const cancellations = figuresByDate.get(day)?.cancellations;
  document.getElementById('cancellations').textContent = cancellations ?? '–';
  if (hotelId) renderPickup();
}

function renderPickup() {
  const ahead = dates(day, addDays(day, AHEAD_NIGHTS - 1));
  chart('pickup', document.getElementById('pickup'),
      [{label: 'rooms sold', stroke: '#2e8b57', width: 2}, {label: 'rooms available', stroke: '#999', dash: [4, 4]}],
      [ahead.map(epochSeconds), ahead.map(d => figuresByDate.get(d)?.roomsSold ?? null),
        ahead.map(d => figuresByDate.get(d)?.roomsAvailable ?? null)]);
  document.getElementById('pickup').dataset.roomsSold = ahead.map(d => figuresByDate.get(d)?.roomsSold ?? '').join(',');
}

function renderToday(today) {
  for (const key of ['arrivals', 'departures', 'inHouse']) document.getElementById(key).textContent = today[key];
}

function renderChannels(channels) {
  const total = channels.reduce((sum, share) => sum + share.reservations, 0);
  const rows = channels.map(share => {
    const row = document.createElement('tr');
    row.dataset.channel = share.channel ?? '';
    for (const text of [share.channel ?? '(not given)', share.reservations, share.roomNights,
      percent.format(share.reservations / total)]) {
      row.insertCell().textContent = text;
    }
    return row;
  });
  document.querySelector('#channels tbody').replaceChildren(...rows);
}

function roomTile(room) {
  const tile = document.querySelector(`#rooms [data-room="${CSS.escape(room.room)}"]`) || document.createElement('div');
  tile.dataset.room = room.room;
  tile.dataset.housekeeping = room.housekeeping;
  tile.dataset.occupancy = room.occupancy;
  tile.className = ['tile', room.housekeeping, room.occupancy === 'OCCUPIED' ? 'occupied' : '',
    room.outOfService ? 'out-of-service' : ''].join(' ').trim();
  tile.textContent = room.room;
  tile.title = [`Room ${room.room}`, room.floor != null ? `floor ${room.floor}` : null, room.roomType,
    room.housekeeping.toLowerCase(), room.occupancy.toLowerCase(),
    room.outOfService ? `out of service: ${room.outOfServiceReason ?? 'no reason given'}` : null]
      .filter(Boolean).join(' · ');
  return tile;
}

function renderRooms(rooms) {
  document.getElementById('rooms').replaceChildren(...rooms.map(roomTile));
}

async function refreshCounts() {
  const [today, channels] = await Promise.all([api(`${scope}/today?date=${day}`),
    api(`${scope}/channels?from=${from}&to=${addDays(day, AHEAD_NIGHTS)}`)]);
  renderToday(today);
  renderChannels(channels);
}

function listen() {
  const live = document.getElementById('live');
  const source = new EventSource(fromOrigin(`/api/v1/live${hotelId ? '?hotelId=' + encodeURIComponent(hotelId) : ''}`));
  source.onopen = () => {
    live.textContent = 'live';
    live.className = 'live on';
  };
  source.onerror = () => {
    live.textContent = source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting…';
    live.className = 'live off';
  };
  source.addEventListener('daily', message => {
    const change = JSON.parse(message.data);
    if ((change.hotelId ?? null) !== hotelId) return;
    change.figures.filter(f => f.date >= from && f.date <= to).forEach(f => figuresByDate.set(f.date, f));
    renderFigures();
    // Arrivals, departures and the channel mix come from the reservations: what changed the nights may change them.
    refreshCounts().catch(showProblem);
  });
  source.addEventListener('room', message => {
    const room = JSON.parse(message.data);
    if (room.hotelId !== hotelId) return;
    const tile = roomTile(room);
    if (!tile.parentNode) document.getElementById('rooms').append(tile);
  });
  source.addEventListener('room-removed', message => {
    const removed = JSON.parse(message.data);
    if (removed.hotelId === hotelId) document.querySelector(`#rooms [data-room="${CSS.escape(removed.room)}"]`)?.remove();
  });
}

function renderHeader(me, hotels) {
  document.getElementById('user').textContent = `Signed in as ${me.username} (${me.roles.join(', ').toLowerCase()})`;
  document.getElementById('day').textContent = day;
  const select = document.getElementById('view');
  select.append(...hotels.map(hotel => new Option(`${hotel.name} (${hotel.hotelId})`, hotel.hotelId)));
  select.value = hotelId ?? '';
  select.onchange = () => {
    const next = new URLSearchParams(params);
    if (select.value) next.set('hotel', select.value); else next.delete('hotel');
    location.search = next.toString();
  };
}

async function load() {
  const me = api('/api/v1/me');
  const hotels = api('/api/v1/hotels');
  const daily = api(`${scope}/daily?from=${from}&to=${to}`);
  const counts = refreshCounts();
  const rooms = hotelId ? api(`${scope}/rooms`) : Promise.resolve(null);
  document.querySelectorAll('.hotel-only').forEach(section => section.hidden = !hotelId);
  renderHeader(await me, await hotels);
  (await daily).forEach(f => figuresByDate.set(f.date, f));
  renderFigures();
  if (hotelId) renderRooms(await rooms);
  await counts;
  listen();
}

window.addEventListener('resize', () => charts.forEach(plot =>
    plot.setSize({width: Math.max(plot.root.parentNode.clientWidth, 200), height: 150})));

load().catch(showProblem);
