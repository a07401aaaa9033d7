// The appliance's REST API as the task pane uses it: sign-in, organizations and workspaces, the
// model packs' models, WebSocket tokens. Tokens stay in memory: closing the pane signs out.

/** A failed call, carrying the RFC 9457 problem the server sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem type's last segment, e.g. "mfa-required". */
  get kind() {
    const type = this.problem.type || '';
    return type.substring(type.lastIndexOf(':') + 1);
  }
}

export class Api {
  constructor(base = '') {
    this.base = base;
    this.accessToken = null;
    this.refreshToken = null;
  }

  async login(username, password, otp) {
    const body = { username, password };
    if (otp) {
      body.otp = otp;
    }
    const tokens = await this.#call('POST', '/api/v1/auth/login', body, false);
    this.accessToken = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    return tokens;
  }

  /** Every workspace the caller can open, with its organization's name, sorted by name. */
  async workspaces() {
    const orgs = await this.#all('/api/v1/orgs');
    const lists = await Promise.all(orgs.map(async (org) => {
      const spaces = await this.#all(`/api/v1/orgs/${encodeURIComponent(org.id)}/workspaces`);
      return spaces.map((w) => ({ id: w.id, name: w.name, orgId: org.id, orgName: org.name }));
    }));
    return lists.flat().sort((a, b) => a.orgName.localeCompare(b.orgName) || a.name.localeCompare(b.name));
  }

  /** The models of the enabled model packs, as {id, name}, sorted by name. */
  async models() {
    const list = await this.#call('GET', '/api/v1/models', undefined, true);
    const items = Array.isArray(list) ? list : list.items || [];
    return items.map((m) => ({ id: m.id, name: m.name || m.id })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A single-use token for /ws (REALTIME.md). */
  async wsToken() {
    const answer = await this.#call('POST', '/api/v1/auth/ws-token', undefined, true);
    return answer.token;
  }

  async #all(path) {
    const items = [];
    let cursor = null;
    do {
      const query = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200';
      const page = await this.#call('GET', path + query, undefined, true);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async #call(method, path, body, authenticated, retried = false) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (authenticated && this.accessToken) {
      headers.Authorization = `Bearer ${this.accessToken}`;
    }
    const response = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.status === 401 && authenticated && !retried && this.refreshToken) {
      if (await this.#refresh()) {
        return this.#call(method, path, body, authenticated, true);
      }
    }
    const data = parse(await response.text());
    if (!response.ok) {
      throw new ApiError(response.status, data);
    }
    return data;
  }

  async #refresh() {
    try {
      const tokens = await this.#call('POST', '/api/v1/auth/refresh', { refreshToken: this.refreshToken }, false);
      this.accessToken = tokens.accessToken;
      this.refreshToken = tokens.refreshToken;
      return true;
    } catch (e) {
      this.accessToken = null;
      this.refreshToken = null;
      return false;
    }
  }
}

function parse(text) {
  if (!text) {
    return {};
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.substring(0, 200) };
  }
}
