// Every call to the server goes through here: JSON in and out, the server's error record turned into an
// Error with its message, and a stale request of a view cancelled when a newer one starts.
const controllers = new Map();

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function request(method, path, body, channel) {
  if (channel) {
    controllers.get(channel)?.abort();
  }
  const controller = new AbortController();
  if (channel) controllers.set(channel, controller);
  const response = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
    signal: controller.signal,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const api = {
  get: (path, channel = 'view') => request('GET', path, null, channel),
  post: (path, body, channel = 'view') => request('POST', path, body, channel),
};

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') q.set(k, Array.isArray(v) ? v.join(',') : v);
  });
  const s = q.toString();
  return s ? `?${s}` : '';
}
