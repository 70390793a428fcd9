// The JSON API at /tandem/api: every request names the UI's language in Accept-Language.
import { language } from './i18n.js';

const BASE = new URL('../api/', new URL('.', document.baseURI)).pathname; // /tandem/api/

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.error = body?.error;
    this.body = body;
  }
}

async function request(method, path, { json, body, contentType } = {}) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': language() };
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(BASE + path.replace(/^\//, ''), { method, headers, body: payload, credentials: 'same-origin' });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { message: text }; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const api = {
  base: BASE,
  get: (path) => request('GET', path),
  post: (path, json) => request('POST', path, { json }),
  put: (path, json) => request('PUT', path, { json }),
  patch: (path, json) => request('PATCH', path, { json }),
  del: (path) => request('DELETE', path),
  /** Sends a FormData as multipart/form-data (the browser sets the boundary). */
  form: (path, formData) => request('POST', path, { body: formData }),
  /** Sends `file` (a File or Blob) as the raw body. */
  upload: (path, file, contentType) => request('POST', path, { body: file, contentType: contentType || file.type || 'text/csv' }),
};
